// Issue 17, item 4: crash safety. A dev node (instant sealing: a block, finalized, per
// transaction, so the database is written all the time) under a stream of transfers is killed
// with SIGKILL and restarted on the same --base-path: the database opens without repair, a
// finalized block read back before the crash is still there with the same state, finality does
// not go back below it, and the chain goes on. Finalized blocks announced in the last instant
// before the kill and lost with ParityDB's commit queue are counted in the output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { startNode, sendAndFinalize, finalizedNumber, nodePorts } from '../lib/node.js';
import { localNonces } from '../lib/chain.js';
import { OPEN } from '../lib/story.js';

const PORTS = await nodePorts();

test('a node killed with SIGKILL under load restarts with its state intact', { timeout: 300_000 }, async () => {
  const base = mkdtempSync(join(tmpdir(), 'openledger-crash-'));
  const args = ['--dev', '--base-path', base, '--sealing', 'instant'];
  try {
    let node = await startNode('dev-crash', args, PORTS);
    const keyring = new Keyring({ type: 'sr25519' });
    const senders = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve'].map((n) => keyring.addFromUri(`//${n}`));
    const target = keyring.addFromUri('//Ferdie').address;
    const nonce = localNonces(node.api);

    // Load: transfers from five accounts, fire and forget, until the crash.
    let sent = 0;
    let loading = true;
    (async () => {
      while (loading) {
        await Promise.all(senders.map(async (pair) => {
          const tx = node.api.tx.balances.transferKeepAlive(target, OPEN);
          await tx.signAndSend(pair, { nonce: await nonce(pair) }).then(() => { sent += 1; }, () => {});
        }));
        // Yield to I/O, so that a failing send cannot starve the event loop.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })().catch(() => {});
    // The last finalized block announced before the crash, to report what a crash loses.
    let announced = 0;
    await node.api.rpc.chain.subscribeFinalizedHeads((h) => { announced = h.number.toNumber(); });
    // Let a hundred blocks be written, note a finalized block and its state, then crash.
    while (await finalizedNumber(node.api) < 100) await new Promise((r) => setTimeout(r, 100));
    const hash = await node.api.rpc.chain.getFinalizedHead();
    const number = (await node.api.rpc.chain.getHeader(hash)).number.toNumber();
    const before = (await (await node.api.at(hash)).query.system.account(target)).data.free.toBigInt();
    const code = await node.kill('SIGKILL');
    loading = false;
    assert.equal(code, null, 'the node died of the signal, not by itself');
    assert.ok(sent > 0, 'transfers were in flight');

    // Restart on the same database: it opens, and the finalized block before the crash is
    // there, with the same state.
    node = await startNode('dev-crash-restarted', args, PORTS);
    const { api } = node;
    assert.ok(await finalizedNumber(api) >= number, 'finality did not go back');
    const header = await api.rpc.chain.getHeader(hash);
    assert.equal(header.number.toNumber(), number, 'the block finalized before the crash is kept');
    const after = (await (await api.at(hash)).query.system.account(target)).data.free.toBigInt();
    assert.equal(after, before, 'its state is the same');
    // The chain goes on: a transfer is included and finalized on top.
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const free = (await api.query.system.account(target)).data.free.toBigInt();
    await sendAndFinalize(api, api.tx.balances.transferKeepAlive(target, OPEN), senders[0]);
    assert.ok(await finalizedNumber(api) > best, 'a new block was finalized');
    assert.equal((await api.query.system.account(target)).data.free.toBigInt(), free + OPEN);
    // What the database does not promise: ParityDB queues a commit and its log thread writes
    // it a moment later, so a block finalized in the last instant before a SIGKILL may be lost
    // with its queue. Whether one was depends on the thread's timing against the kill, so it is
    // reported, not asserted; see tests/RELIABILITY.md. (The noted block was finalized several
    // RPC round trips before the kill, long after its commit left the queue.)
    console.log(`crash: ${sent} transfers sent, block ${number} checked, ${announced} the last `
      + `finalized announced; restarted at ${best} (${Math.max(0, announced - best)} finalized blocks lost)`);
    assert.equal(await node.stop(), 0);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
