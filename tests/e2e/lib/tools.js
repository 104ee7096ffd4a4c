// The off-chain programs as end-to-end tests run them: the `openledger` CLI to its end, and the
// provider daemon until its endpoint answers. PROVIDER_BIN and CLI_BIN come from run.sh.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { waitFor } from './node.js';

const { PROVIDER_BIN, CLI_BIN } = process.env;
const LOG_DIR = process.env.E2E_LOG_DIR || '/tmp/openledger-e2e';

/** Runs the CLI against the node at `url` to the end: { code, stdout, stderr }. */
export function runCli(url, args, env = {}) {
  return new Promise((resolve) => {
    const proc = spawn(CLI_BIN, ['--url', url, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => { stdout += d; });
    proc.stderr.on('data', (d) => { stderr += d; });
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Starts the provider daemon with `args` (its log in LOG_DIR/<name>.log); resolves once
 * `endpoint`/health answers, or the daemon exited: { proc, exit, stop }.
 */
export async function startDaemon(name, args, endpoint, env = {}) {
  const log = createWriteStream(`${LOG_DIR}/${name}.log`);
  const proc = spawn(PROVIDER_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  proc.stdout.pipe(log);
  proc.stderr.pipe(log);
  const exit = new Promise((resolve) => proc.on('exit', (code, signal) => resolve(code ?? signal)));
  let exited = false;
  exit.then(() => { exited = true; });
  await waitFor(`${name} endpoint`, async () => {
    if (exited) return true;
    return (await fetch(`${endpoint}/health`)).ok;
  }, 120_000);
  return { proc, exit, stop: async () => { proc.kill('SIGTERM'); return exit; } };
}
