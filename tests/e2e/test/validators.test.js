// Issue 17, item 3: four validators (Alice, Bob, Charlie, Dave: Aura and GRANDPA authorities of
// the `local` chain extended to four, tests/e2e/lib/specs.js) with failures. GRANDPA finalizes
// with more than two thirds of the voters: all four finalize; with one down finality goes on;
// with two down blocks go on but finality stalls, and resumes when one comes back; a validator
// restarted on its --base-path catches up to the finalized head with its state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { NODE_BIN, startNode, waitFor, finalizedNumber, freePorts } from '../lib/node.js';
import { fourValidatorSpec, NODE_KEYS, VALIDATORS } from '../lib/specs.js';

const PORTS = await freePorts(8);
const RPC = PORTS.slice(0, 4);
const P2P = PORTS.slice(4);

const bestNumber = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();

test('four validators: finality survives one failure, stalls with two, resumes, and restarted nodes catch up',
  { timeout: 900_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openledger-local4-'));
    const spec = await fourValidatorSpec(NODE_BIN, join(dir, 'local4.json'));
    const bootnodes = NODE_KEYS.map(([, peer], i) => `/ip4/127.0.0.1/tcp/${P2P[i]}/p2p/${peer}`);
    const start = (i) => startNode(`local4-${VALIDATORS[i].toLowerCase()}`,
      ['--chain', spec, `--${VALIDATORS[i].toLowerCase()}`, '--base-path', join(dir, VALIDATORS[i]),
        '--node-key', NODE_KEYS[i][0], '--bootnodes', ...bootnodes.filter((_, j) => j !== i)],
      { rpcPort: RPC[i], p2pPort: P2P[i] });
    const nodes = [];
    const figures = {};
    try {
      for (let i = 0; i < 4; i += 1) nodes.push(await start(i));
      const alice = nodes[0].api;
      // All four finalize.
      await waitFor('all four finalize block 3', async () => {
        const finalized = await Promise.all(nodes.map((n) => finalizedNumber(n.api)));
        return finalized.every((f) => f >= 3);
      }, 180_000, 1_000);

      // One down (Dave): three of four still finalize.
      await nodes[3].kill('SIGKILL');
      const oneDown = await finalizedNumber(alice);
      await waitFor('finality goes on with one validator down', async () =>
        (await finalizedNumber(alice)) >= oneDown + 3, 180_000, 1_000);

      // Two down (Charlie too): blocks go on, finality stalls.
      await nodes[2].kill('SIGKILL');
      const twoDownBest = await bestNumber(alice);
      await waitFor('blocks go on with two validators down', async () =>
        (await bestNumber(alice)) >= twoDownBest + 2, 180_000, 1_000);
      const stalled = await finalizedNumber(alice);
      const stallBest = await bestNumber(alice);
      await waitFor('two more blocks while stalled', async () =>
        (await bestNumber(alice)) >= stallBest + 2, 180_000, 1_000);
      assert.equal(await finalizedNumber(alice), stalled, 'finality stalled with two of four');
      figures.stalledAt = stalled;
      figures.bestWhileStalled = await bestNumber(alice);

      // Charlie comes back on its database: finality resumes, and it catches up.
      let since = Date.now();
      nodes[2] = await start(2);
      await waitFor('finality resumes with three of four', async () =>
        (await finalizedNumber(alice)) > figures.bestWhileStalled, 300_000, 1_000);
      figures.resumeSeconds = (Date.now() - since) / 1000;
      const charlie = nodes[2].api;
      await waitFor('the restarted validator reaches the finalized head', async () =>
        (await finalizedNumber(charlie)) >= (await finalizedNumber(alice)) - 1, 300_000, 1_000);

      // Dave comes back on its database: it catches up to the finalized head and its state is
      // the network's.
      since = Date.now();
      const target = await finalizedNumber(alice);
      nodes[3] = await start(3);
      await waitFor('Dave catches up', async () =>
        (await finalizedNumber(nodes[3].api)) >= target, 300_000, 1_000);
      figures.catchUpSeconds = (Date.now() - since) / 1000;
      const hash = await alice.rpc.chain.getBlockHash(target);
      const who = new Keyring({ type: 'sr25519' }).addFromUri('//Ferdie').address;
      const [there, here] = await Promise.all([alice, nodes[3].api].map(async (api) =>
        (await (await api.at(hash)).query.system.account(who)).toHex()));
      assert.equal(here, there, 'the restarted validator has the network state');
      console.log(`local4: ${JSON.stringify(figures)}`);
    } finally {
      for (const node of nodes) await node.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  });
