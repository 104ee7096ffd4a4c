// The attribution RPC under load. First the state: a dev chain (instant sealing, archive) with
// an open datanet of CONTRIBUTORS × PER_CONTRIBUTOR contributions (10 × 10,000 = 10^5 by
// default; the first account holds 10^4), a version, a model on it, and a settled call so pools
// and receipts exist. Then the load: RATE requests a second for SECONDS, spread over
// CONNECTIONS websocket connections and mixed evenly over every `attribution_*` method (the
// heavy account's rewards, pages of PAGE listing items, a dry run). Requests are sent on a fixed
// schedule whatever the answers (open loop), so latency includes any queueing. Prints p50 / p99
// / max per method and overall.
import { randomBytes } from 'node:crypto';
import { startNode, waitFor } from '../../tests/e2e/lib/node.js';
import { Keyring, WsProvider, sendAndFinalize } from '../../tests/e2e/lib/chain.js';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const RATE = env('RATE', 500);
const SECONDS = env('SECONDS', 20);
const CONNECTIONS = env('CONNECTIONS', 64);
const CONTRIBUTORS = env('CONTRIBUTORS', 10);
const PER_CONTRIBUTOR = env('PER_CONTRIBUTOR', 10_000);
const BATCH = env('BATCH', 500);
const PAGE = env('PAGE', 10);
const OPEN = 10n ** 18n;
const PERCENT = 10_000_000;

const node = await startNode('queries', ['--dev', '--tmp', '--sealing', 'instant',
  '--pool-limit', '65536', '--pool-kbytes', '524288', '--rpc-max-connections', '1000'],
{ rpcPort: 9981, p2pPort: 30381 });
const { api } = node;
try {
  const keyring = new Keyring({ type: 'sr25519' });
  const alice = keyring.addFromUri('//Alice');
  const dave = keyring.addFromUri('//Dave');
  // Each account's transactions one after another (contributors in parallel), each until final.
  const included = async (tx, pair) => (await sendAndFinalize(api, tx, pair)).events;
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(0);

  // An open datanet with the smallest contribution deposit, and its contributors, funded.
  const created = await included(api.tx.datanets.createDatanet('Load', '', '', '', 'Open',
    api.consts.datanets.minContributionDeposit), alice);
  const datanet = created.find((e) => e.method === 'DatanetCreated').data.datanet.toNumber();
  const contributors = Array.from({ length: CONTRIBUTORS }, (_, i) => keyring.addFromUri(`//Load/${i}`));
  await included(api.tx.utility.batchAll(contributors.map((c) =>
    api.tx.balances.transferKeepAlive(c.address, 10_000n * OPEN))), alice);
  // Every contributor's batches in parallel, each contributor's in order.
  await Promise.all(contributors.map(async (c, i) => {
    for (let done = 0; done < PER_CONTRIBUTOR; done += BATCH) {
      const count = Math.min(BATCH, PER_CONTRIBUTOR - done);
      await included(api.tx.utility.batchAll(Array.from({ length: count }, (_, k) =>
        api.tx.datanets.contribute(datanet, `0x${randomBytes(32).toString('hex')}`, 1_000 + k,
          `ipfs://load/${i}/${done + k}`))), c);
    }
  }));
  const total = CONTRIBUTORS * PER_CONTRIBUTOR;
  console.log(`${total} contributions from ${CONTRIBUTORS} accounts in ${seconds()} s`);

  // A version, a model citing it, Dave serving it, one settled call.
  await included(api.tx.datanets.publishVersion(datanet), alice);
  const registered = await included(api.tx.models.registerModel('Load model', '', `0x${'aa'.repeat(32)}`,
    'Base', [[datanet, 1, 100 * PERCENT]], OPEN / 10n, { allowed: true, royalty: 0 }), alice);
  const model = registered.find((e) => e.method === 'ModelRegistered').data.model.toNumber();
  await included(api.tx.inference.addModel(model), dave);
  const requested = await included(api.tx.inference.requestInference(model, dave.address,
    `0x${'51'.repeat(32)}`, OPEN / 10n), alice);
  const inference = requested.find((e) => e.method === 'Requested').data.inference.toNumber();
  const first = (await api.rpc.attribution.datanetContributions(datanet, null, 1)).toJSON().items[0].id;
  const attribution = { contributions: [[first, 10 * PERCENT]], datanets: [] };
  await included(api.tx.inference.submitResult(inference, `0x${'52'.repeat(32)}`, attribution), dave);
  for (let i = 0; i <= api.consts.inference.challengeWindow.toNumber(); i += 1) {
    await api.rpc.engine.createBlock(true, true);
  }
  await waitFor('the settlement', async () => (await api.rpc.attribution.receipt(inference)).toJSON());
  console.log(`state built in ${seconds()} s: datanet ${datanet}, model ${model}, call ${inference}`);

  // The load: every method, in turn, on a fixed schedule.
  const heavy = contributors[0].address;
  const methods = [
    ['accountRewards', [heavy]],
    ['accountRewardsPage', [heavy, null, PAGE]],
    ['receipt', [inference]],
    ['lineage', [model]],
    ['modelEarnings', [model]],
    ['datanetStats', [datanet]],
    ['dryRun', [model, dave.address, '1000000', attribution]],
    ['datanetContributions', [datanet, null, PAGE]],
    ['contributorContributions', [heavy, null, PAGE]],
    ['datanetVersions', [datanet, null, PAGE]],
    ['datanetModels', [datanet, null, PAGE]],
    ['modelDerivatives', [model, null, PAGE]],
  ];
  const url = 'ws://127.0.0.1:9981';
  const providers = await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    const provider = new WsProvider(url, false);
    await provider.connect();
    await waitFor('a connection', async () => provider.isConnected, 10_000, 20);
    return provider;
  }));
  const latencies = new Map(methods.map(([name]) => [name, []]));
  const failures = [];
  const count = RATE * SECONDS;
  const interval = 1000 / RATE;
  const begin = performance.now() + 100;
  const pending = [];
  for (let i = 0; i < count; i += 1) {
    const due = begin + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const [name, params] = methods[i % methods.length];
    pending.push(providers[i % CONNECTIONS].send(`attribution_${name}`, params).then(
      () => latencies.get(name).push(performance.now() - due),
      (e) => failures.push(`${name}: ${e.message}`)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - begin) / 1000;

  const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const row = (name, values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const f = (v) => (v === undefined ? '-' : v.toFixed(2));
    return `| ${name} | ${sorted.length} | ${f(quantile(sorted, 0.5))} | ${f(quantile(sorted, 0.99))} | ${f(sorted[sorted.length - 1])} |`;
  };
  console.log(`\n${count} requests at ${RATE}/s over ${CONNECTIONS} connections, sent in ${elapsed.toFixed(1)} s; ` +
    `${total} contributions in state, ${PER_CONTRIBUTOR} from the queried account\n`);
  console.log('| method | answers | p50 ms | p99 ms | max ms |');
  console.log('|---|---|---|---|---|');
  for (const [name, values] of latencies) console.log(row(name, values));
  console.log(row('**all**', [...latencies.values()].flat()));
  if (failures.length) {
    console.log(`\n${failures.length} failed, e.g. ${failures.slice(0, 3).join('; ')}`);
    process.exitCode = 1;
  }
  await Promise.all(providers.map((p) => p.disconnect()));
} finally {
  await node.stop();
}
