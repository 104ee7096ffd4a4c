// The whole story against a dev node in instant sealing, asserted in planck: every balance
// change equals the receipt, the receipt equals the earlier dry run, the parts sum to the fee,
// and the attribution RPC and the runtime API (reached through metadata alone) agree.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNode, sendAndFinalize, nodePorts } from '../lib/node.js';
import { canon, event, runStory, storyKeys, PERCENT } from '../lib/story.js';

const PORTS = await nodePorts();
const RPC_PORT = PORTS.rpcPort;
let node;
let api;
let keys;
let story;

before(async () => {
  node = await startNode('dev-story', ['--dev', '--tmp', '--sealing', 'instant'],
    PORTS);
  api = node.api;
  keys = storyKeys();
});

after(async () => { if (node) assert.equal(await node.stop(), 0); });

const advance = async (n) => {
  for (let i = 0; i < n; i += 1) await api.rpc.engine.createBlock(true, true);
};
const sum = (values) => values.reduce((total, v) => total + BigInt(v), 0n);

test('the story: the receipt equals the dry run, every party is paid it', { timeout: 300_000 }, async () => {
  story = await runStory(api, keys, advance);
  const { receiptRpc, receiptApi, dryRunRpc, dryRunApi, price } = story;

  // The RPC and the runtime API agree, on the dry run and on the receipt.
  assert.deepEqual(canon(dryRunRpc), canon(dryRunApi));
  assert.deepEqual(canon(receiptRpc), canon(receiptApi));
  // The receipt is the dry run, but for the block of settlement.
  assert.deepEqual({ ...canon(receiptRpc), settledAt: '0' }, canon(dryRunRpc));
  assert.ok(Number(receiptRpc.settledAt) > 0);

  // The parts sum to the fee; the user paid exactly the fee (the request deposit came back;
  // the receipt's is held from the user, not spent, until the receipt is pruned).
  const parts = sum([receiptRpc.treasury, receiptRpc.provider.amount, receiptRpc.owner.amount,
    ...receiptRpc.ancestors.map((a) => a.amount), ...receiptRpc.contributors.map((c) => c.amount),
    ...receiptRpc.pools.map((p) => p.amount)]);
  assert.equal(parts, price);
  assert.equal(BigInt(receiptRpc.fee), price);
  const receiptDeposit = api.consts.rewards.receiptDeposit.toBigInt();
  assert.equal(story.userPaid, price);
  const held = await api.query.rewards.receiptDeposits(story.inference);
  assert.deepEqual(held.unwrap().map((v) => v.toString()),
    [keys.User.address, receiptDeposit.toString()]);

  // Who the design says: Bob owns the adapter, Alice the base (15%), Ferdie served, Charlie and
  // Eve were attributed; the rest of the data side went to both pools.
  assert.equal(receiptRpc.owner.account, keys.Bob.address);
  assert.equal(receiptRpc.ancestors[0].owner, keys.Alice.address);
  assert.equal(receiptRpc.provider.account, keys.Ferdie.address);
  assert.deepEqual(receiptRpc.contributors.map((c) => c.contributor),
    [keys.Charlie.address, keys.Eve.address]);
  assert.deepEqual(receiptRpc.pools.map((p) => p.datanet).sort((a, b) => a - b),
    [story.open, story.curated].sort((a, b) => a - b));

  // Every balance change equals the receipt: credits exactly, pools pro rata to share.
  const credited = new Map();
  const credit = (who, amount) => credited.set(who, (credited.get(who) ?? 0n) + BigInt(amount));
  credit(receiptRpc.provider.account, receiptRpc.provider.amount);
  credit(receiptRpc.owner.account, receiptRpc.owner.amount);
  receiptRpc.ancestors.forEach((a) => credit(a.owner, a.amount));
  receiptRpc.contributors.forEach((c) => credit(c.contributor, c.amount));
  for (const claim of story.claims) {
    assert.equal(claim.credits, credited.get(claim.address) ?? 0n, `${claim.name}'s credits`);
    assert.equal(claim.received, claim.credits + sum(claim.pools.map((p) => p.amount)),
      `${claim.name}'s balance change in planck`);
    // What the RPC said was claimable is what was claimed; the API said the same.
    assert.equal(BigInt(claim.rewardsRpc.claimableTotal), claim.received, claim.name);
    assert.deepEqual(canon(claim.rewardsRpc), canon(claim.rewardsApi));
  }
  for (const [who] of credited) {
    assert.ok(story.claims.some((c) => c.address === who), `${who} claimed`);
  }
  // Pools: the curated datanet's pool splits Eve (graded 3) : Charlie (1) = 3 : 1, to the planck.
  const curatedPool = BigInt(receiptRpc.pools.find((p) => p.datanet === story.curated).amount);
  const poolOf = (name, datanet) => story.claims.find((c) => c.name === name).pools
    .find((p) => p.datanet === datanet)?.amount ?? 0n;
  assert.ok(poolOf('Eve', story.curated) - (curatedPool * 3n) / 4n <= 1n);
  assert.ok(poolOf('Charlie', story.curated) - curatedPool / 4n <= 1n);
  assert.equal(poolOf('Dave', story.curated), 0n, "Dave's rejected contribution earns nothing");
});

test('statistics, lineage and listings agree between RPC and runtime API', { timeout: 120_000 }, async () => {
  assert.ok(story, 'the story ran');
  const stats = (await api.rpc.attribution.datanetStats(story.curated)).toJSON();
  assert.deepEqual(canon(stats), canon((await api.call.attributionApi.datanetStats(story.curated)).unwrap().toPrimitive()));
  assert.equal(stats.datanet.accepted, 2);
  assert.equal(stats.datanet.rejected, 1);
  assert.equal(stats.datanet.totalShare, 4, 'Eve 3 + Charlie 1');
  assert.equal(stats.datanet.latestVersion, 1);
  assert.ok(BigInt(stats.pool.paidIn) > 0n);
  // Both contributors claimed it all but the rounding dust.
  assert.ok(BigInt(stats.pool.paidIn) - BigInt(stats.pool.claimed) <= 2n);

  const earnings = (await api.rpc.attribution.modelEarnings(story.adapter)).toJSON();
  assert.deepEqual(canon(earnings), canon((await api.call.attributionApi.modelEarnings(story.adapter)).unwrap().toPrimitive()));
  assert.equal(earnings.totals.calls, 1);
  assert.equal(BigInt(earnings.totals.fees), story.price);
  assert.equal(sum([earnings.totals.toOwner, earnings.totals.toAncestors, earnings.totals.toProviders,
    earnings.totals.toData, earnings.totals.toTreasury]), story.price);

  // The versions listing: version 1 with the commitment stored on chain, the same from both.
  const versions = (await api.rpc.attribution.datanetVersions(story.curated, null, 10)).toJSON();
  assert.deepEqual(canon(versions),
    canon((await api.call.attributionApi.datanetVersions(story.curated, null, 10)).toPrimitive()));
  assert.equal(versions.items.length, 1);
  assert.equal(versions.next, null);
  const [number, snapshot] = versions.items[0];
  const stored = (await api.query.datanets.versions(story.curated, 1)).unwrap();
  assert.equal(number, 1);
  assert.equal(snapshot.commitment, stored.commitment.toHex());
  assert.equal(snapshot.totalShare, stored.totalShare.toNumber());

  const lineage = (await api.rpc.attribution.lineage(story.adapter)).toJSON();
  assert.deepEqual(lineage.ancestors, [{ model: story.base, owner: keys.Alice.address, royalty: 15 * PERCENT }]);

  // Unknown ids answer null (raw JSON-RPC over HTTP); a page over the cap is refused with a clear
  // message.
  const raw = async (method, params) => (await (await fetch(`http://127.0.0.1:${RPC_PORT}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })).json());
  assert.deepEqual((await raw('attribution_receipt', [9_999])).result, null);
  assert.deepEqual((await raw('attribution_datanetStats', [9_999])).result, null);
  const refused = await raw('attribution_modelDerivatives', [story.base, null, 101]);
  assert.equal(refused.error.code, -32602);
  assert.match(refused.error.message, /page size 101 is not within 1..=100/);
  // Balances are decimal strings in JSON.
  assert.match((await raw('attribution_modelEarnings', [story.adapter])).result.totals.fees, /^[0-9]+$/);
  await assert.rejects(api.rpc.attribution.datanetContributions(story.curated, null, 1_000),
    /page size 1000 is not within 1..=100/);
  await assert.rejects(api.rpc.attribution.dryRun(story.adapter, keys.Ferdie.address, 'lots', null),
    /not a whole number of planck/);

  // Paging through a datanet's contributions one at a time finds both kept ones, once each (a
  // rejected contribution leaves the datanet).
  const seen = [];
  let start = null;
  do {
    const page = (await api.rpc.attribution.datanetContributions(story.curated, start, 1)).toJSON();
    seen.push(...page.items.map((c) => c.id));
    start = page.next;
  } while (start !== null);
  const numeric = (a, b) => a - b;
  assert.deepEqual(seen.sort(numeric),
    [story.contributions.eveCurated, story.contributions.charlieCurated].sort(numeric));
  const models = (await api.rpc.attribution.datanetModels(story.curated, null, 10)).toJSON();
  assert.deepEqual(models.items.sort(numeric), [story.base, story.adapter].sort(numeric));
  const derivatives = (await api.call.attributionApi.modelDerivatives(story.base, null, 10)).toPrimitive();
  assert.deepEqual(derivatives.items, [story.adapter]);
});

test('the mistakes a user meets first have names', { timeout: 120_000 }, async () => {
  assert.ok(story, 'the story ran');
  const { adapter, price } = story;
  const requested = await sendAndFinalize(api,
    api.tx.inference.requestInference(adapter, keys.Ferdie.address, `0x${'61'.repeat(32)}`, price), keys.User);
  const inference = event(requested.events, 'inference', 'Requested').data.inference.toNumber();
  // Wrong origin: only the assigned provider answers.
  await assert.rejects(sendAndFinalize(api,
    api.tx.inference.submitResult(inference, `0x${'62'.repeat(32)}`, { contributions: [], datanets: [] }),
    keys.Bob), /inference\.NotAssignedProvider/);
  // Bad attribution: a contribution of a datanet neither the adapter nor its base was trained on.
  await assert.rejects(sendAndFinalize(api,
    api.tx.inference.submitResult(inference, `0x${'62'.repeat(32)}`, { contributions: [[0, PERCENT]], datanets: [] }),
    keys.Ferdie), /inference\.ContributionNotAttributable/);
  // Double claim.
  await assert.rejects(sendAndFinalize(api, api.tx.rewards.claim(), keys.Bob), /rewards\.NothingToClaim/);
  // Settling before the window has passed.
  await sendAndFinalize(api,
    api.tx.inference.submitResult(inference, `0x${'62'.repeat(32)}`, { contributions: [], datanets: [] }), keys.Ferdie);
  await assert.rejects(sendAndFinalize(api, api.tx.inference.settle(inference), keys.Eve),
    /inference\.ChallengeWindowOpen/);
});

test('account rewards come in pages; a dry run refuses an oversized list while parsing', { timeout: 120_000 }, async () => {
  assert.ok(story, 'the story ran');
  // Charlie has a pool in both story datanets (and the seeded one): one pool per page until
  // `next` is null, the same pools as the first page of 100.
  const who = keys.Charlie.address;
  const all = (await api.rpc.attribution.accountRewards(who)).toJSON();
  assert.equal(all.next, null);
  const paged = [];
  let next = null;
  do {
    const page = (await api.rpc.attribution.accountRewardsPage(who, next, 1)).toJSON();
    assert.equal(page.pools.length, 1);
    paged.push(page.pools[0].datanet);
    next = page.next;
  } while (next !== null && paged.length <= all.pools.length);
  assert.deepEqual(paged, all.pools.map((p) => p.datanet));
  assert.ok(paged.includes(story.open) && paged.includes(story.curated));
  await assert.rejects(api.rpc.attribution.accountRewardsPage(who, null, 101), /page size 101/);
  const tooLong = { contributions: Array.from({ length: 1_025 }, (_, i) => [i, 1]), datanets: [] };
  await assert.rejects(api.rpc.attribution.dryRun(story.adapter, keys.Ferdie.address, '1000', tooLong),
    /more than 1024 pairs/);
});

test('a dev node answers for a block 1,000 blocks back', { timeout: 300_000 }, async () => {
  assert.ok(story, 'the story ran');
  const then = await api.rpc.chain.getBlockHash();
  const statsThen = (await api.rpc.attribution.datanetStats(story.curated, then)).toJSON();
  await advance(1_000);
  // With the default pruning (256 blocks) this fails with "State already discarded"; a `--dev`
  // node keeps every state.
  assert.deepEqual((await api.rpc.attribution.datanetStats(story.curated, then)).toJSON(), statsThen);
  const apiThen = await api.at(then);
  assert.deepEqual(canon((await apiThen.call.attributionApi.datanetStats(story.curated)).unwrap().toPrimitive()),
    canon(statsThen));
});
