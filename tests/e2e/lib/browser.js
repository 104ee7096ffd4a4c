// A real headless Chromium (the system's, driven by playwright-core) and a static server for
// the built explorer (explorer/dist).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

export const EXPLORER_DIST = new URL('../../../explorer/dist/', import.meta.url).pathname;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/** Serves `root` on 127.0.0.1 at a free port; resolves to `{ url, close }`. */
export function serveStatic(root) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`no explorer build at ${root}: run scripts/explorer.sh --build`);
  }
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => server.close(done)),
  })));
}

/** The system's Chromium: $CHROMIUM_BIN, else the first of the usual names on the PATH. */
export function chromiumPath() {
  if (process.env.CHROMIUM_BIN) return process.env.CHROMIUM_BIN;
  const dirs = (process.env.PATH ?? '').split(':');
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
    if (found) return found;
  }
  throw new Error('no Chromium found: scripts/setup.sh installs it (Debian: apt-get install chromium), or set CHROMIUM_BIN');
}

/** Headless Chromium from the system's packages, driven by playwright-core. */
export async function launchBrowser() {
  const executablePath = chromiumPath();
  // The background-networking flags keep Chromium from calling home on a closed network.
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
