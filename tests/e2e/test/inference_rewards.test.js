// A paid inference call from polkadot.js, against a dev node in instant sealing: request on the
// seeded LoRA adapter through the seeded provider (Dave), answer with an attribution, let the
// challenge window pass, settle in on_idle, and have every party claim what the receipt says.
// Amounts are checked in planck, transaction fees accounted for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { startNode, sendAndFinalize, nodePorts } from '../lib/node.js';
import { event, feePaid, free } from '../lib/story.js';

const ADAPTER = 1;
let node;
let api;
let keys;

before(async () => {
  node = await startNode('dev-inference', ['--dev', '--tmp', '--sealing', 'instant'],
    await nodePorts());
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519' });
  keys = Object.fromEntries(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve']
    .map((n) => [n, keyring.addFromUri(`//${n}`)]));
});

after(async () => { if (node) assert.equal(await node.stop(), 0); });


test('a paid call settles and every party claims its receipt', { timeout: 300_000 }, async () => {
  const price = (await api.query.models.models(ADAPTER)).unwrap().price.toBigInt();
  const provider = await api.query.inference.providers(keys.Dave.address);
  assert.ok(provider.isSome, 'the dev chain has a provider');

  // The first mistakes: offering less than the price; answering someone else's request.
  await assert.rejects(sendAndFinalize(api,
    api.tx.inference.requestInference(ADAPTER, keys.Dave.address, '0x' + '01'.repeat(32), price - 1n),
    keys.Eve), /inference\.PriceAboveMaxFee/);
  const eveBefore = await free(api, keys.Eve.address);
  const requested = await sendAndFinalize(api,
    api.tx.inference.requestInference(ADAPTER, keys.Dave.address, '0x' + '01'.repeat(32), price), keys.Eve);
  const request = event(requested.events, 'inference', 'Requested').data;
  const id = request.inference.toNumber();
  assert.equal(request.fee.toBigInt(), price);

  const attribution = { contributions: [[0, 200_000_000]], datanets: [[0, 300_000_000]] };
  await assert.rejects(sendAndFinalize(api,
    api.tx.inference.submitResult(id, '0x' + '02'.repeat(32), attribution), keys.Alice),
  /inference\.NotAssignedProvider/);
  await assert.rejects(sendAndFinalize(api,
    api.tx.inference.submitResult(id, '0x' + '02'.repeat(32),
      { contributions: [[0, 800_000_000]], datanets: [[0, 300_000_000]] }), keys.Dave),
  /inference\.ScoresOverHundredPercent/);
  const answered = await sendAndFinalize(api,
    api.tx.inference.submitResult(id, '0x' + '02'.repeat(32), attribution), keys.Dave);
  assert.ok(event(answered.events, 'inference', 'ResultSubmitted'));
  const answeredAt = (await api.rpc.chain.getHeader(answered.blockHash)).number.toNumber();

  // Empty blocks until the challenge window has passed; on_idle settles the result.
  const window = api.consts.inference.challengeWindow.toNumber();
  let receipt = await api.query.rewards.receipts(id);
  for (let i = 0; i < window + 1 && receipt.isNone; i += 1) {
    await api.rpc.engine.createBlock(true, true);
    receipt = await api.query.rewards.receipts(id);
  }
  assert.ok(receipt.isSome, 'settled by on_idle after the window');
  receipt = receipt.unwrap();
  assert.ok(receipt.settledAt.toNumber() >= answeredAt + window);
  assert.equal(receipt.fee.toBigInt(), price);
  const parts = [receipt.treasury, receipt.provider.amount, receipt.owner.amount,
    ...receipt.ancestors.map((a) => a.amount), ...receipt.contributors.map((c) => c.amount),
    ...receipt.pools.map((p) => p.amount)].reduce((sum, x) => sum + x.toBigInt(), 0n);
  assert.equal(parts, price, 'the parts sum to the fee');
  // Eve paid the price and a fee for each of her transactions; the request deposit came back,
  // and the receipt holds its own deposit from her until it is pruned.
  const receiptDeposit = api.consts.rewards.receiptDeposit.toBigInt();
  assert.equal(eveBefore - await free(api, keys.Eve.address),
    price + feePaid(requested.events) + receiptDeposit);
  assert.deepEqual((await api.query.rewards.receiptDeposits(id)).unwrap().map((v) => v.toString()),
    [keys.Eve.address, receiptDeposit.toString()]);
  await assert.rejects(sendAndFinalize(api, api.tx.inference.settle(id), keys.Eve),
    /inference\.RequestClosed/);

  // Credits: Bob owns the adapter, Alice the base, Dave serves, Charlie was attributed.
  const credits = new Map();
  const credit = (who, amount) => credits.set(who.toString(), (credits.get(who.toString()) ?? 0n) + amount.toBigInt());
  credit(receipt.provider.account, receipt.provider.amount);
  credit(receipt.owner.account, receipt.owner.amount);
  receipt.ancestors.forEach((a) => credit(a.owner, a.amount));
  receipt.contributors.forEach((c) => credit(c.contributor, c.amount));
  assert.equal(receipt.owner.account.toString(), keys.Bob.address);
  assert.equal(receipt.ancestors[0].owner.toString(), keys.Alice.address);
  assert.equal(receipt.contributors[0].contributor.toString(), keys.Charlie.address);
  for (const [name, pair] of Object.entries(keys)) {
    const expected = credits.get(pair.address);
    if (!expected) continue;
    const before = await free(api, pair.address);
    const { events } = await sendAndFinalize(api, api.tx.rewards.claim(), pair);
    assert.equal(event(events, 'rewards', 'CreditsClaimed').data.amount.toBigInt(), expected, name);
    assert.equal(await free(api, pair.address) - before, expected - feePaid(events), `${name} in planck`);
    await assert.rejects(sendAndFinalize(api, api.tx.rewards.claim(), pair), /rewards\.NothingToClaim/);
  }
  // Charlie also claims from datanet 0's pool, which the rest of the data side went to.
  const pool = receipt.pools.find((p) => p.datanet.toNumber() === 0);
  assert.ok(pool && pool.amount.toBigInt() > 0n);
  const before = await free(api, keys.Charlie.address);
  const { events } = await sendAndFinalize(api, api.tx.rewards.claimPool(0), keys.Charlie);
  const claimed = event(events, 'rewards', 'PoolClaimed').data.amount.toBigInt();
  assert.ok(claimed > 0n && claimed <= pool.amount.toBigInt());
  assert.equal(await free(api, keys.Charlie.address) - before, claimed - feePaid(events));
});
