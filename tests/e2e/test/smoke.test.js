// Smoke tests of the node: the dev chain in its real consensus (Aura + GRANDPA), the instant
// sealing mode, and a two-node local testnet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { startNode, waitFor, finalizedNumber, sendAndFinalize, nodePorts } from '../lib/node.js';

const OPEN = 10n ** 18n;

async function transferAndCheck(api) {
  const keyring = new Keyring({ type: 'sr25519' });
  const alice = keyring.addFromUri('//Alice');
  const bob = keyring.addFromUri('//Bob');
  const amount = 12n * OPEN + 345n;

  const before = {
    alice: (await api.query.system.account(alice.address)).data.free.toBigInt(),
    bob: (await api.query.system.account(bob.address)).data.free.toBigInt(),
  };
  const tx = api.tx.balances.transferKeepAlive(bob.address, amount);
  const { blockHash, events } = await sendAndFinalize(api, tx, alice);

  const transfer = events.find((e) => api.events.balances.Transfer.is(e));
  assert.ok(transfer, 'a Balances.Transfer event');
  assert.equal(transfer.data.from.toString(), alice.address);
  assert.equal(transfer.data.to.toString(), bob.address);
  assert.equal(transfer.data.amount.toBigInt(), amount);

  const fee = events.find((e) => api.events.transactionPayment.TransactionFeePaid.is(e));
  assert.ok(fee, 'a TransactionFeePaid event');
  const paid = fee.data.actualFee.toBigInt() + fee.data.tip.toBigInt();
  assert.ok(paid > 0n, 'transactions cost a fee');

  const at = await api.at(blockHash);
  const after = {
    alice: (await at.query.system.account(alice.address)).data.free.toBigInt(),
    bob: (await at.query.system.account(bob.address)).data.free.toBigInt(),
  };
  assert.equal(after.bob - before.bob, amount, 'Bob received exactly the amount');
  assert.equal(before.alice - after.alice, amount + paid, 'Alice paid the amount and the fee');
}

test('dev chain (Aura + GRANDPA): finalizes blocks and a balance transfer', { timeout: 240_000 }, async () => {
  const node = await startNode('dev-aura', ['--dev', '--tmp'], await nodePorts());
  try {
    const { api } = node;
    const props = api.registry.getChainProperties();
    assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'OPEN');
    assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 18);
    assert.equal(api.runtimeVersion.specName.toString(), 'openledger');

    await waitFor('a finalized block', async () => (await finalizedNumber(api)) >= 1, 90_000, 500);
    await transferAndCheck(api);
  } finally {
    assert.equal(await node.stop(), 0, 'the node exits cleanly');
  }
});

test('--sealing instant: a block per transaction, finalized at once', { timeout: 240_000 }, async () => {
  const node = await startNode('dev-instant', ['--dev', '--tmp', '--sealing', 'instant'],
    await nodePorts());
  try {
    const { api } = node;
    assert.equal(await finalizedNumber(api), 0, 'no block before a transaction');
    await transferAndCheck(api);
    assert.equal(await finalizedNumber(api), 1, 'one block for one transaction, finalized');
    // Empty blocks on demand, so tests can let block-based deadlines pass.
    await api.rpc.engine.createBlock(true, true);
    assert.equal(await finalizedNumber(api), 2);
  } finally {
    assert.equal(await node.stop(), 0, 'the node exits cleanly');
  }
});

test('local testnet: Alice and Bob peer and finalize together', { timeout: 240_000 }, async () => {
  // Node key 0x…01 has this well-known peer id, so Bob can find Alice without mDNS.
  const aliceKey = '0000000000000000000000000000000000000000000000000000000000000001';
  const alicePeer = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';
  // Authorities need a stable network key; Bob gets another fixed one.
  const bobKey = '0000000000000000000000000000000000000000000000000000000000000002';
  const alicePorts = await nodePorts();
  const alice = await startNode('local-alice',
    ['--chain', 'local', '--alice', '--tmp', '--node-key', aliceKey], alicePorts);
  let bob;
  try {
    bob = await startNode('local-bob',
      ['--chain', 'local', '--bob', '--tmp', '--node-key', bobKey,
        '--bootnodes', `/ip4/127.0.0.1/tcp/${alicePorts.p2pPort}/p2p/${alicePeer}`],
      await nodePorts());
    for (const node of [alice, bob]) {
      await waitFor(`${node.name} has a peer`,
        async () => (await node.api.rpc.system.health()).peers.toNumber() >= 1, 60_000, 500);
    }
    // With two GRANDPA voters of equal weight, finality needs both of them.
    for (const node of [alice, bob]) {
      await waitFor(`${node.name} finalizes block 2`,
        async () => (await finalizedNumber(node.api)) >= 2, 120_000, 500);
    }
  } finally {
    if (bob) assert.equal(await bob.stop(), 0);
    assert.equal(await alice.stop(), 0);
  }
});

test('bad --chain input ends the node with a clear message and a non-zero exit', { timeout: 60_000 }, async () => {
  const { spawnSync } = await import('node:child_process');
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const run = (chain) => spawnSync(process.env.NODE_BIN, ['--chain', chain, '--tmp'], { encoding: 'utf8', timeout: 30_000 });

  const unknown = run('no-such-chain');
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /unknown chain `no-such-chain`/);
  assert.doesNotMatch(unknown.stderr, /panicked/);

  const file = `${mkdtempSync(`${tmpdir()}/openledger-`)}/broken.json`;
  writeFileSync(file, '{ "name": "broken", ');
  const malformed = run(file);
  assert.notEqual(malformed.status, 0);
  assert.match(malformed.stderr, /invalid chain spec/);
  assert.doesNotMatch(malformed.stderr, /panicked/);

  // The production template names no validator until its operators add theirs.
  const template = run('production');
  assert.notEqual(template.status, 0);
  assert.match(template.stderr, /names no validator/);
  assert.doesNotMatch(template.stderr, /panicked/);
});
