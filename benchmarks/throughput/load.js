// Throughput of a dev node in normal Aura mode (6 s blocks, GRANDPA finality): full inference
// cycles (request, result, settlement) from many accounts, then plain balance transfers as the
// baseline, in the same run. Prints sustained calls per second, block fullness by weight,
// finality lag, the ratio to the transfer baseline, and the weight-derived capacity.
//
//   benchmarks/throughput/run.sh            # starts its own node
//   SECONDS_PER_PHASE=120 USERS=64 benchmarks/throughput/run.sh
import { startNode } from '../../tests/e2e/lib/node.js';
import { Keyring, localNonces } from '../../tests/e2e/lib/chain.js';

const USERS = Number(process.env.USERS ?? 48);
const PROVIDERS = Number(process.env.PROVIDERS ?? 8);
const PHASE_MS = 1_000 * Number(process.env.SECONDS_PER_PHASE ?? 90);
const IN_FLIGHT = Number(process.env.IN_FLIGHT ?? 60); // requests per user per 6 s round
// Transfers per user per round: enough to offer more than a block holds, so the baseline is
// the chain's and not the generator's.
const TRANSFERS_IN_FLIGHT = Number(process.env.TRANSFERS_IN_FLIGHT ?? 144);
const OPEN = 10n ** 18n;

const node = await startNode('throughput', ['--dev', '--tmp', '--pool-limit', '65536',
  '--pool-kbytes', '262144'], { rpcPort: 9970, p2pPort: 30370 });
const { api } = node;
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const users = Array.from({ length: USERS }, (_, i) => keyring.addFromUri(`//Load/user/${i}`));
const providers = Array.from({ length: PROVIDERS }, (_, i) => keyring.addFromUri(`//Load/provider/${i}`));
const nextNonce = localNonces(api);
const send = async (tx, pair) => tx.signAndSend(pair, { nonce: await nextNonce(pair) });

async function untilBlock(predicate, what) {
  for (let i = 0; i < 60; i += 1) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`timed out: ${what}`);
}

// Setup: fund everyone in one batch, register the providers for both seeded models.
console.log(`setup: ${USERS} users, ${PROVIDERS} providers`);
const everyone = [...users, ...providers];
await send(api.tx.utility.batchAll(everyone.map((p) =>
  api.tx.balances.transferKeepAlive(p.address, 10_000n * OPEN))), alice);
await untilBlock(async () => (await api.query.system.account(providers.at(-1).address)).data.free.toBigInt() > 0n,
  'funding');
const stake = api.consts.inference.defaultMinProviderStake.toBigInt();
for (const provider of providers) await send(api.tx.inference.registerProvider([0, 1], stake), provider);
await untilBlock(async () => (await api.query.inference.providers(providers.at(-1).address)).isSome,
  'provider registration');
const price = (await api.query.models.models(1)).unwrap().price.toBigInt();

// Weight-derived capacity: one cycle's weight against the block's normal-class limit.
const weights = api.consts.system.blockWeights;
const normalMax = weights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
// `queryInfo` gives the call's and its extensions' weight; a block also charges every
// extrinsic the class's base weight.
const baseExtrinsic = weights.perClass.normal.baseExtrinsic.refTime.toBigInt();
const weightOf = async (tx, signer) => baseExtrinsic + (await api.call.transactionPaymentApi.queryInfo(
  (await tx.signAsync(signer, { nonce: -1 })).toU8a(), 0)).weight.refTime.toBigInt();
const attribution = { contributions: [[0, 200_000_000]], datanets: [[0, 300_000_000]] };
const cycleTxs = {
  request: await weightOf(api.tx.inference.requestInference(1, providers[0].address, `0x${'11'.repeat(32)}`, price), users[0]),
  result: await weightOf(api.tx.inference.submitResult(0, `0x${'22'.repeat(32)}`, attribution), providers[0]),
  settle: await weightOf(api.tx.inference.settle(0), users[0]),
};
const transferWeight = await weightOf(api.tx.balances.transferKeepAlive(users[1].address, OPEN), users[0]);
const cycleWeight = cycleTxs.request + cycleTxs.result + cycleTxs.settle;

// Block observer: counts what each block carried.
const blocks = [];
let phase = 'setup';
const unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
  const hash = header.hash;
  const [events, finalized] = await Promise.all([
    api.query.system.events.at(hash), api.rpc.chain.getFinalizedHead()]);
  const finalizedNumber = (await api.rpc.chain.getHeader(finalized)).number.toNumber();
  const blockWeight = await api.query.system.blockWeight.at(hash);
  const weight = blockWeight.normal.refTime.toBigInt();
  const count = (section, method) => events.filter((r) => r.event.section === section && r.event.method === method).length;
  blocks.push({
    phase,
    number: header.number.toNumber(),
    requests: count('inference', 'Requested'),
    results: count('inference', 'ResultSubmitted'),
    settled: count('inference', 'Settled'),
    transfers: count('balances', 'Transfer'),
    fullness: Number((weight * 10_000n) / normalMax) / 100,
    // `on_idle` (settlements) is charged to the mandatory class, with the timestamp inherent.
    mandatory: blockWeight.mandatory.refTime.toBigInt(),
    lag: header.number.toNumber() - finalizedNumber,
  });
});

// Providers answer every request addressed to them.
const providerByAddress = new Map(providers.map((p) => [p.address, p]));
const answered = new Set();
const unsubscribeEvents = await api.query.system.events(async (records) => {
  for (const { event } of records) {
    if (event.section !== 'inference' || event.method !== 'Requested') continue;
    const id = event.data.inference.toNumber();
    const provider = providerByAddress.get(event.data.provider.toString());
    if (!provider || answered.has(id)) continue;
    answered.add(id);
    send(api.tx.inference.submitResult(id, `0x${'22'.repeat(32)}`, attribution), provider).catch(() => {});
  }
});

async function drive(name, perUser, makeTx) {
  phase = name;
  const start = Date.now();
  let sent = 0;
  let round = 0;
  while (Date.now() - start < PHASE_MS) {
    const roundStart = Date.now();
    const batch = [];
    for (const [i, user] of users.entries()) {
      for (let k = 0; k < perUser; k += 1) batch.push(send(makeTx(i, round, k), user).then(() => { sent += 1; }, () => {}));
    }
    await Promise.all(batch);
    round += 1;
    // One round per block time: wait only for what signing and submitting left of it, so a
    // generator slower than the chain keeps submitting without pause.
    const left = 6_000 - (Date.now() - roundStart);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
  return sent;
}

console.log(`phase 1: inference cycles for ${PHASE_MS / 1000} s`);
const inferenceSent = await drive('inference', IN_FLIGHT, (i, round, k) => api.tx.inference.requestInference(
  round % 2, providers[(i + k) % PROVIDERS].address, `0x${(round * 1000 + k).toString(16).padStart(64, '0')}`, price));
// Let the last results pass the challenge window so their settlements are counted.
phase = 'inference-drain';
await new Promise((resolve) => setTimeout(resolve, 12 * 6_000));
console.log(`phase 2: balance transfers for ${PHASE_MS / 1000} s`);
const transfersSent = await drive('transfers', TRANSFERS_IN_FLIGHT, (i) => api.tx.balances.transferKeepAlive(
  users[(i + 1) % USERS].address, OPEN / 1000n));
phase = 'done';
await new Promise((resolve) => setTimeout(resolve, 12_000));
unsubscribe();
unsubscribeEvents();

const summarize = (names) => {
  const chosen = blocks.filter((b) => names.includes(b.phase));
  const seconds = chosen.length * 6;
  const total = (key) => chosen.reduce((s, b) => s + b[key], 0);
  return {
    blocks: chosen.length,
    seconds,
    total,
    perSecond: (key) => (seconds ? total(key) / seconds : 0),
    fullness: chosen.length ? Math.max(...chosen.map((b) => b.fullness)) : 0,
    meanFullness: chosen.length ? chosen.reduce((s, b) => s + b.fullness, 0) / chosen.length : 0,
    maxLag: chosen.length ? Math.max(...chosen.map((b) => b.lag)) : 0,
    meanLag: chosen.length ? chosen.reduce((s, b) => s + b.lag, 0) / chosen.length : 0,
  };
};
const inference = summarize(['inference', 'inference-drain']);
const transfers = summarize(['transfers']);
const cyclesPerSecond = inference.perSecond('settled');
const inferenceCallsPerSecond = (inference.total('requests') + inference.total('results') + inference.total('settled')) / inference.seconds;
const transfersPerSecond = transfers.perSecond('transfers');
const fmt = (x, digits = 2) => Number(x).toFixed(digits);

console.log(`\nOpenLedger throughput, dev node (Aura 6 s blocks), ${USERS} users, ${PROVIDERS} providers, ${IN_FLIGHT} requests / ${TRANSFERS_IN_FLIGHT} transfers per user per round`);
console.log('| workload | blocks | submitted | included | per second | peak block fullness (normal, by weight) | mean fullness | finality lag (mean / max blocks) |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(`| inference cycles (request + result + on_idle settlement) | ${inference.blocks} | ${inferenceSent} requests | ${inference.total('requests')} requests, ${inference.total('results')} results, ${inference.total('settled')} settled | ${fmt(cyclesPerSecond)} cycles/s (${fmt(inferenceCallsPerSecond)} calls/s) | ${fmt(inference.fullness)}% | ${fmt(inference.meanFullness)}% | ${fmt(inference.meanLag, 1)} / ${inference.maxLag} |`);
console.log(`| balance transfers | ${transfers.blocks} | ${transfersSent} | ${transfers.total('transfers')} | ${fmt(transfersPerSecond)} transfers/s | ${fmt(transfers.fullness)}% | ${fmt(transfers.meanFullness)}% | ${fmt(transfers.meanLag, 1)} / ${transfers.maxLag} |`);
const peak = (key) => Math.max(0, ...blocks.map((b) => b[key]));
console.log(`\nmost in one block: ${peak('requests')} requests, ${peak('results')} results, ${peak('settled')} settlements (on_idle), ${peak('transfers')} transfers`);
console.log(`ratio: ${fmt(inferenceCallsPerSecond / Math.max(transfersPerSecond, 1e-9), 3)} inference calls per transfer (sustained, this run); ${fmt(cyclesPerSecond / Math.max(transfersPerSecond, 1e-9), 3)} cycles per transfer`);
console.log(`weights (ref time, ps): request ${cycleTxs.request}, result ${cycleTxs.result}, settle ${cycleTxs.settle} (reserved: the largest split), cycle ${cycleWeight}; transfer_keep_alive ${transferWeight}; normal-class block limit ${normalMax}`);
console.log(`weight-derived capacity, settlement at the largest split: ${normalMax / cycleWeight} inference cycles per block (${fmt(Number(normalMax / cycleWeight) / 6)} per second), ${normalMax / transferWeight} transfers per block; a cycle weighs ${fmt(Number(cycleWeight) / Number(transferWeight))} transfers`);
// What settlements were charged in this run: mandatory weight of the blocks that settled, per
// settlement (a slight overestimate: it includes the timestamp inherent).
const settling = blocks.filter((b) => b.settled > 0);
const settledCount = settling.reduce((s, b) => s + b.settled, 0);
if (settledCount > 0) {
  const perSettlement = settling.reduce((s, b) => s + b.mandatory, 0n) / BigInt(settledCount);
  const charged = cycleTxs.request + cycleTxs.result + perSettlement;
  console.log(`weight-derived capacity, settlements as charged in this run (${perSettlement} ps each in on_idle): ${normalMax / charged} cycles per block (${fmt(Number(normalMax / charged) / 6)} per second); a cycle weighs ${fmt(Number(charged) / Number(transferWeight))} transfers`);
}
console.log('\nper block:');
for (const b of blocks) console.log(`  #${b.number} ${b.phase}: ${b.requests} requests, ${b.results} results, ${b.settled} settled, ${b.transfers} transfers, ${b.fullness}% full, lag ${b.lag}`);
process.exitCode = await node.stop() === 0 ? 0 : 1;
