// Issue 14, F18: under `--sealing instant` every valid transaction of a burst is included. A
// burst of 1,000 signed transactions from five accounts, consecutive nonces each, is sent;
// every one must land in a block, none dropped or stranded in the future queue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { startNode, waitFor, nodePorts } from '../lib/node.js';

const SENDERS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve'];
const PER_SENDER = 200;

async function burst(name, order) {
  const node = await startNode(name, ['--dev', '--tmp', '--sealing', 'instant'],
    await nodePorts());
  try {
    const { api } = node;
    const keyring = new Keyring({ type: 'sr25519' });
    const pairs = SENDERS.map((name) => keyring.addFromUri(`//${name}`));
    const start = await api.rpc.chain.getHeader();
    const first = new Map();
    for (const pair of pairs) {
      first.set(pair.address, (await api.rpc.system.accountNextIndex(pair.address)).toNumber());
    }

    // Sign everything first (immortal, explicit nonces), then send it all at once, senders
    // interleaved, without waiting for any answer in between.
    const signed = [];
    for (let i = 0; i < PER_SENDER; i += 1) {
      for (const pair of pairs) {
        const tx = api.tx.system.remarkWithEvent(`burst ${pair.address} ${i}`);
        signed.push(await tx.signAsync(pair, { nonce: first.get(pair.address) + i, era: 0 }));
      }
    }
    const results = await order(signed, (tx) => api.rpc.author.submitExtrinsic(tx));
    const refused = results.filter((r) => r.status === 'rejected').map((r) => String(r.reason));
    assert.deepEqual(refused, [], 'the pool accepts every transaction of the burst');

    // Every sender's nonce reaches the end of its burst: each transaction was included.
    await waitFor('every transaction of the burst in a block', async () => {
      for (const pair of pairs) {
        const { nonce } = await api.query.system.account(pair.address);
        if (nonce.toNumber() < first.get(pair.address) + PER_SENDER) return false;
      }
      return true;
    }, 180_000, 500);
    const pending = await api.rpc.author.pendingExtrinsics();
    assert.equal(pending.length, 0, 'nothing is left in the pool');

    // And each was executed once: 1,000 Remarked events since the burst began.
    const head = await api.rpc.chain.getHeader();
    let remarks = 0;
    for (let n = start.number.toNumber() + 1; n <= head.number.toNumber(); n += 1) {
      const at = await api.at(await api.rpc.chain.getBlockHash(n));
      const events = await at.query.system.events();
      remarks += events.filter(({ event }) => api.events.system.Remarked.is(event)).length;
    }
    assert.equal(remarks, SENDERS.length * PER_SENDER);
  } finally {
    assert.equal(await node.stop(), 0, 'the node exits cleanly');
  }
}

test('--sealing instant: a burst of 1,000 transactions is included in full', { timeout: 300_000 },
  () => burst('dev-burst', (txs, send) => Promise.allSettled(txs.map(send))));

// Under load the pool imports a burst's transactions out of order, and those that wait for an
// earlier nonce queue as "future". The future queue held a tenth of the pool (819): past that,
// the pool dropped transactions it had already accepted. Here the order is the worst one, each
// sender's last nonce first, so every transaction but the last waits in the future queue.
test('--sealing instant: a burst that arrives in reverse nonce order is included in full',
  { timeout: 300_000 }, () => burst('dev-burst-reversed', async (txs, send) => {
    const results = [];
    for (const tx of [...txs].reverse()) {
      results.push(await send(tx).then((value) => ({ status: 'fulfilled', value }),
        (reason) => ({ status: 'rejected', reason })));
    }
    return results;
  }));
