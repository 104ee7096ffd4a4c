// Starting and stopping openledger-node processes for end-to-end tests.
import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { createWriteStream, mkdirSync } from 'node:fs';
import { connectTo } from './chain.js';

export { sendAndFinalize } from './chain.js';

export const NODE_BIN = process.env.NODE_BIN;
const LOG_DIR = process.env.E2E_LOG_DIR || '/tmp/openledger-e2e';

if (!NODE_BIN) {
  throw new Error('NODE_BIN must point at the openledger-node binary (tests/e2e/run.sh sets it)');
}

/** Polls until `check()` returns a truthy value, or throws after `timeoutMs`. */
export async function waitFor(what, check, timeoutMs = 120_000, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

function connect(port) {
  return connectTo(`ws://127.0.0.1:${port}`);
}

/**
 * `n` distinct TCP ports that were free on 127.0.0.1 a moment ago, chosen by the kernel (all `n`
 * held open together, so they differ): test files run in parallel, so none hard-codes a port.
 */
export async function freePorts(n) {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  })));
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** A node's two ports: `{ rpcPort, p2pPort }`, from `freePorts`. */
export async function nodePorts() {
  const [rpcPort, p2pPort] = await freePorts(2);
  return { rpcPort, p2pPort };
}

/** Whether something already listens on 127.0.0.1:`port`. */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts a node with `args` (plus a private RPC and p2p port) and connects `@polkadot/api` to it.
 * Returns `{ api, stop, kill, name }`; `stop()` interrupts the node and waits for it to exit,
 * `kill(signal)` sends `signal` (e.g. `SIGKILL`: a crash) and waits.
 */
export async function startNode(name, args, { rpcPort, p2pPort }) {
  // A busy port would make the node pick another one and the test talk to a stranger.
  for (const port of [rpcPort, p2pPort]) {
    if (await portInUse(port)) throw new Error(`port ${port} is already in use`);
  }
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(`${LOG_DIR}/${name}.log`);
  const proc = spawn(
    NODE_BIN,
    [...args, '--rpc-port', String(rpcPort), '--port', String(p2pPort), '--no-prometheus',
      '--no-telemetry', '--no-mdns'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  proc.stdout.pipe(log);
  proc.stderr.pipe(log);
  let exited = false;
  const exit = new Promise((resolve) => proc.on('exit', (code) => { exited = true; resolve(code); }));

  const api = await waitFor(`${name} RPC`, async () => {
    if (exited) throw new Error(`${name} exited early; see ${LOG_DIR}/${name}.log`);
    return connect(rpcPort);
  }, 120_000, 250).catch((e) => { proc.kill('SIGKILL'); throw e; });

  const stop = async () => {
    await api.disconnect().catch(() => {});
    if (!exited) proc.kill('SIGINT');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    const code = await exit;
    clearTimeout(timer);
    return code;
  };
  /** Kills the node with `signal` (no shutdown of its own) and waits for it to exit. */
  const kill = async (signal) => {
    if (!exited) proc.kill(signal);
    const code = await exit;
    api.disconnect().catch(() => {});
    return code;
  };
  return { api, stop, kill, name, exit };
}

/** The best finalized block number. */
export async function finalizedNumber(api) {
  const hash = await api.rpc.chain.getFinalizedHead();
  const header = await api.rpc.chain.getHeader(hash);
  return header.number.toNumber();
}
