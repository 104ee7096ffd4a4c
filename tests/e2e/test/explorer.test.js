// The explorer in a real headless Chromium against a dev node in instant sealing on which the
// attribution story ran: every page shows exactly what the runtime API answers, the Sankey's
// parts sum to the fee, a claim from the account page changes the balance, pages follow new
// blocks, and unknown ids and a node that is down get a clear message. Screenshots go to
// tests/e2e/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startNode, sendAndFinalize, waitFor, nodePorts } from '../lib/node.js';
import { runStory, storyKeys } from '../lib/story.js';
import { EXPLORER_DIST, launchBrowser, serveStatic } from '../lib/browser.js';
import { claimOf, receipt } from '../lib/receipts.js';

const PORTS = await nodePorts();
const RPC_PORT = PORTS.rpcPort;
const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
let node;
let api;
let keys;
let story;
let second; // a second settled call, left unclaimed
let site;
let browser;
let page;

const advance = async (n) => {
  for (let i = 0; i < n; i += 1) await api.rpc.engine.createBlock(true, true);
};

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  node = await startNode('dev-explorer', ['--dev', '--tmp', '--sealing', 'instant'],
    PORTS);
  api = node.api;
  keys = storyKeys();
  story = await runStory(api, keys, advance);
  // A second paid call on the adapter, settled and not claimed: something to claim in the page.
  const requested = await sendAndFinalize(api, api.tx.inference.requestInference(story.adapter,
    keys.Ferdie.address, `0x${'61'.repeat(32)}`, story.price), keys.User);
  second = requested.events.find((e) => e.section === 'inference' && e.method === 'Requested').data.inference.toNumber();
  await sendAndFinalize(api, api.tx.inference.submitResult(second, `0x${'62'.repeat(32)}`, story.attribution), keys.Ferdie);
  await waitFor('the second call settles', async () => {
    await advance(1);
    return (await api.call.attributionApi.receipt(second)).isSome;
  }, 60_000, 0);
  site = await serveStatic(EXPLORER_DIST);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (node) assert.equal(await node.stop(), 0);
});

/** Opens `path` (e.g. `inference/0`) and waits until the page has drawn it. */
async function open(path, rpc = `ws://127.0.0.1:${RPC_PORT}`) {
  await page.goto(`${site.url}?rpc=${encodeURIComponent(rpc)}#/${path}`);
  await page.waitForFunction(() => ['ready', 'not-found', 'error', 'node-down']
    .includes(document.getElementById('app').dataset.state), null, { timeout: 60_000 });
  return page.evaluate(() => document.getElementById('app').dataset.state);
}

const attr = (selector, name) => page.$$eval(selector, (els, n) => els.map((el) => el.getAttribute(n)), name);
const texts = (selector) => page.$$eval(selector, (els) => els.map((el) => el.textContent));
const planck = async (testid) => (await attr(`[data-testid="${testid}"]`, 'data-planck'))[0];

test('the inference page draws every party of the fee, to the planck, summing to the fee', async () => {
  assert.equal(await open(`inference/${story.inference}`), 'ready');
  const receipt = (await api.call.attributionApi.receipt(story.inference)).unwrap();
  const expected = [
    ['treasury', receipt.treasury], ['provider', receipt.provider.amount], ['owner', receipt.owner.amount],
    ...receipt.ancestors.map((a) => ['ancestor', a.amount]),
    ...receipt.contributors.map((c) => ['contributor', c.amount]),
    ...receipt.pools.map((p) => ['pool', p.amount]),
  ].map(([role, amount]) => `${role}:${amount.toString()}`);
  const roles = await attr('[data-testid="sankey-part"]', 'data-role');
  const amounts = await attr('[data-testid="sankey-part"]', 'data-planck');
  const drawn = roles.map((role, i) => `${role}:${amounts[i]}`);
  assert.deepEqual(drawn.slice().sort(), expected.slice().sort());
  const fee = receipt.fee.toBigInt();
  assert.equal(amounts.reduce((sum, a) => sum + BigInt(a), 0n), fee);
  assert.equal(await attr('[data-testid="sankey"]', 'data-fee').then((v) => v[0]), fee.toString());
  // The sides drawn in the middle hold exactly their parties.
  const sides = await attr('[data-testid="sankey-side"]', 'data-planck');
  const model = receipt.owner.amount.toBigInt() + receipt.ancestors.reduce((s, a) => s + a.amount.toBigInt(), 0n);
  const data = receipt.contributors.reduce((s, c) => s + c.amount.toBigInt(), 0n)
    + receipt.pools.reduce((s, p) => s + p.amount.toBigInt(), 0n);
  assert.deepEqual(sides, [model.toString(), data.toString()]);
  // The table lists the same parties, and the attribution that paid them.
  const rows = await attr('[data-testid="party-row"]', 'data-planck');
  assert.deepEqual(rows, amounts);
  assert.equal((await texts('[data-testid="attribution"] tbody tr')).length,
    story.attribution.contributions.length + story.attribution.datanets.length);
  await page.screenshot({ path: `${ARTIFACTS}explorer-inference.png`, fullPage: true });
});

test('the datanet page shows its contributions by status, versions, pool and models', async () => {
  const id = story.curated;
  assert.equal(await open(`datanet/${id}`), 'ready');
  const { datanet: stats, pool } = (await api.call.attributionApi.datanetStats(id)).unwrap();
  for (const status of ['Pending', 'Accepted', 'Rejected', 'Removed']) {
    assert.equal((await texts(`[data-testid="count-${status}"]`))[0], stats[status.toLowerCase()].toString(), status);
  }
  assert.equal(await planck('pool-paid-in'), pool.paidIn.toString());
  assert.equal(await planck('pool-claimed'), pool.claimed.toString());
  assert.equal(await planck('pool-direct'), pool.direct.toString());
  assert.equal((await texts('[data-testid="total-share"]'))[0], stats.totalShare.toString());
  const contributions = (await api.call.attributionApi.datanetContributions(id, null, 100)).items;
  assert.deepEqual(await texts('[data-testid="contribution-id"]'), contributions.map((c) => c.id.toString()));
  assert.deepEqual(await texts('[data-testid="contribution-status"]'), contributions.map((c) => c.status.type));
  const versions = (await api.call.attributionApi.datanetVersions(id, null, 100)).items;
  assert.deepEqual(await texts('[data-testid="commitment"]'), versions.map(([, v]) => v.commitment.toHex()));
  const models = (await api.call.attributionApi.datanetModels(id, null, 100)).items.map((m) => `Model #${m}`);
  assert.deepEqual(await texts('[data-testid="models"] li'), models);
  await page.screenshot({ path: `${ARTIFACTS}explorer-datanet.png`, fullPage: true });

  // A new contribution shows up as the block that holds it arrives, without a reload.
  const pending = stats.pending.toNumber();
  await sendAndFinalize(api, api.tx.datanets.contribute(id, `0x${'77'.repeat(32)}`, 10, 'ipfs://late'), keys.Dave);
  await page.waitForFunction((n) => document.querySelector('[data-testid="count-Pending"]')?.textContent === String(n),
    pending + 1, { timeout: 30_000 });
});

test('the model page draws the lineage with its royalty, the earnings, and derivatives', async () => {
  assert.equal(await open(`model/${story.adapter}`), 'ready');
  const lineage = (await api.call.attributionApi.lineage(story.adapter)).unwrap();
  const nodes = await attr('[data-testid="lineage-node"]', 'data-model');
  assert.deepEqual(nodes, [...lineage.ancestors.map((a) => a.model.toString()).reverse(), String(story.adapter)]);
  // Drawn top down: the base's edge first.
  assert.deepEqual(await attr('[data-testid="royalty"]', 'data-parts'),
    lineage.ancestors.map((a) => a.royalty.toString()).reverse());
  const { totals } = (await api.call.attributionApi.modelEarnings(story.adapter)).unwrap();
  assert.equal((await texts('[data-testid="earnings-calls"]'))[0], totals.calls.toString());
  for (const [testid, value] of [['fees', totals.fees], ['to-owner', totals.toOwner], ['to-ancestors', totals.toAncestors],
    ['to-providers', totals.toProviders], ['to-data', totals.toData], ['to-treasury', totals.toTreasury]]) {
    assert.equal(await planck(`earnings-${testid}`), value.toString(), testid);
  }
  assert.ok(await page.$('[data-testid="earnings-chart"]'), 'earnings over time');
  await page.screenshot({ path: `${ARTIFACTS}explorer-model.png`, fullPage: true });
  // The base lists the adapter as its derivative.
  assert.equal(await open(`model/${story.base}`), 'ready');
  assert.deepEqual(await attr('[data-testid="derivative-node"]', 'data-model'), [String(story.adapter)]);
  assert.equal(await planck('earnings-royalties-received'),
    (await api.call.attributionApi.modelEarnings(story.base)).unwrap().totals.royaltiesReceived.toString());
});

test('the account page shows what is claimable, and its claim button pays it', async () => {
  const bob = keys.Bob.address;
  assert.equal(await open(`account/${bob}`), 'ready');
  const rewards = await api.call.attributionApi.accountRewards(bob);
  const claimable = rewards.claimableTotal.toBigInt();
  assert.ok(claimable > 0n, 'Bob owns the adapter of the second, unclaimed call');
  assert.equal(await planck('claimable-total'), claimable.toString());
  assert.equal(await planck('claimable-credits'), rewards.claimableCredits.toString());
  assert.equal(await planck('lifetime-owner'), rewards.lifetime.asOwner.toString());
  const before = (await api.query.system.account(bob)).data.free.toBigInt();
  assert.equal(await planck('free-balance'), before.toString());
  await page.screenshot({ path: `${ARTIFACTS}explorer-account.png`, fullPage: true });
  await page.click('[data-testid="claim"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="claim-message"]')?.dataset.state
    || document.querySelector('[data-testid="claimable-total"]')?.dataset.planck === '0', null, { timeout: 60_000 });
  // The page redraws at the next block: nothing left to claim.
  await page.waitForFunction(() => document.querySelector('[data-testid="claimable-total"]')?.dataset.planck === '0',
    null, { timeout: 60_000 });
  const after = (await api.query.system.account(bob)).data.free.toBigInt();
  assert.ok(after > before, 'the claim paid Bob');
  assert.ok(after - before < claimable && after - before > claimable - 10n ** 17n, 'the claim less its transaction fee');
  assert.equal((await api.call.attributionApi.accountRewards(bob)).claimableTotal.toBigInt(), 0n);
});

test('the batch page shows a batch of calls: payers, status, and each part of its aggregated attribution', async () => {
  // Two calls of the User on model 0, paid from an escrow with Dave, the seeded provider; the
  // batch submitted after the epoch (its audit is pending).
  const dave = keys.Dave.address;
  const price = (await api.query.models.models(0)).unwrap().price.toBigInt();
  await sendAndFinalize(api, api.tx.batches.openEscrow(dave, 10n * price), keys.User);
  const length = api.consts.batches.epochLength.toNumber();
  const height = (await api.rpc.chain.getHeader()).number.toNumber();
  const epoch = Math.floor(height / length);
  const last = receipt(api, keys.User, dave, { model: 0, epoch, sequence: 2, cumulativeFee: 2n * price,
    prompt: 'Question: What is hypertension?' });
  await advance((epoch + 1) * length - height);
  const fees = 2n * price;
  const whole = fees * 1_000_000_000n;
  const { events } = await sendAndFinalize(api, api.tx.batches.submitBatch(0, epoch, [claimOf(last)],
    `0x${'71'.repeat(32)}`, { contributions: [[1, whole / 2n]], datanets: [[0, whole / 4n]], tail: whole / 8n },
    `0x${'72'.repeat(32)}`, 3), keys.Dave);
  const id = events.find((e) => e.section === 'batches' && e.method === 'BatchSubmitted').data.batch.toNumber();
  assert.equal(await open(`batch/${id}`), 'ready');
  assert.equal(await planck('fees'), fees.toString());
  assert.match((await texts('[data-testid="batch-status"]'))[0], /In audit/);
  assert.deepEqual((await texts('[data-testid="payers"] tbody tr td:nth-child(2)')), ['2']);
  const batch = (await api.query.batches.batches(id)).unwrap();
  const data = BigInt(batch.terms.data.toNumber());
  // Each part is the chain's rounding of the data side: ⌊data × weight / 10¹⁸⌋.
  const parts = await attr('[data-testid="batch-attribution"] tbody tr td:nth-child(3) span', 'data-planck');
  assert.deepEqual(parts, [whole / 2n, whole / 4n, whole / 8n].map((w) => ((data * w) / 10n ** 18n).toString()));
  assert.deepEqual(await texts('[data-testid="batch-disputes"]'), ['None open.']);
  // Ferdie disputes the aggregate: the page lists the dispute and its court case.
  const dispute = (await api.query.batches.nextDisputeId()).toBigInt();
  await sendAndFinalize(api, api.tx.batches.disputeBatch(id, 'Aggregate', '0x'), keys.Ferdie);
  assert.equal(await open(`batch/${id}`), 'ready');
  assert.deepEqual(await texts('[data-testid="batch-disputes"] tbody tr td:nth-child(2)'),
    [((1n << 63n) + dispute).toString()]);
  assert.match((await texts('[data-testid="batch-disputes"] tbody tr td:nth-child(4)'))[0], /the aggregate/);
  await page.screenshot({ path: `${ARTIFACTS}explorer-batch.png`, fullPage: true });
  assert.equal(await open('batch/999'), 'not-found');
  assert.match((await texts('[data-testid="not-found"]'))[0], /No batch 999/);
});

test('unknown ids, bad addresses and a node that is down get a clear message', async () => {
  assert.equal(await open('datanet/999'), 'not-found');
  assert.match((await texts('[data-testid="not-found"]'))[0], /No datanet 999/);
  assert.equal(await open('inference/424242'), 'not-found');
  assert.match((await texts('[data-testid="not-found"]'))[0], /No inference call 424242/);
  assert.equal(await open('model/abc'), 'not-found');
  assert.equal(await open('account/not-an-address'), 'not-found');
  assert.match((await texts('[data-testid="not-found"]'))[0], /not an account address/);
  assert.equal(await open('inference/0', 'ws://127.0.0.1:1'), 'node-down');
  assert.match((await texts('[data-testid="node-down"]'))[0], /Cannot reach the node at ws:\/\/127\.0\.0\.1:1/);
  await page.screenshot({ path: `${ARTIFACTS}explorer-node-down.png` });
});
