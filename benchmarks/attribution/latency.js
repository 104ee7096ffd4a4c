// Request -> answered -> settled latency of a paid call through the provider daemon, on a dev
// node with instant sealing (so block time is not part of the figure: every transaction makes
// and finalizes its block). For each call: the request transaction until finalized, the prompt
// posted until the provider's result is final on chain (generation, attribution, submission),
// and the block (engine_createBlock) whose on_idle settles the call once the challenge window
// has passed, until its receipt is readable. Prints medians and 90th percentiles.
import { spawn } from 'node:child_process';
import { mkdtempSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring, blake2AsHex } from '../../tests/e2e/lib/chain.js';
import { startNode, waitFor, sendAndFinalize } from '../../tests/e2e/lib/node.js';
import { event } from '../../tests/e2e/lib/story.js';

const CALLS = Number(process.env.CALLS || 20);
const RPC = 9961;
const HTTP = 8721;
const work = mkdtempSync(join(tmpdir(), 'openledger-latency-'));
const node = await startNode('latency', ['--dev', '--tmp', '--sealing', 'instant'], { rpcPort: RPC, p2pPort: 30351 });
const log = createWriteStream(join(work, 'provider.log'));
const provider = spawn(process.env.PROVIDER_BIN, ['--url', `ws://127.0.0.1:${RPC}`, '--suri', '//Dave',
  '--model', '0', '--listen', `127.0.0.1:${HTTP}`, '--state-dir', join(work, 'state'),
  '--content-dir', join(work, 'content'), '--index-dir', join(work, 'indexes')]);
provider.stdout.pipe(log);
provider.stderr.pipe(log);
try {
  await waitFor('provider', async () => (await fetch(`http://127.0.0.1:${HTTP}/health`)).ok);
  const { api } = node;
  const keyring = new Keyring({ type: 'sr25519' });
  const [alice, dave] = ['//Alice', '//Dave'].map((s) => keyring.addFromUri(s));
  const price = (await api.query.models.models(0)).unwrap().price;
  const prompts = ['Question: What is type 2 diabetes?', 'Question: What is hypertension?',
    'Question: Who should get a flu vaccine?', 'A contract is', 'Open content licences'];
  const phases = { requested: [], answered: [], settled: [] };
  for (let i = 0; i < CALLS; i += 1) {
    const prompt = `${prompts[i % prompts.length]}`;
    const t0 = performance.now();
    const { events } = await sendAndFinalize(api,
      api.tx.inference.requestInference(0, dave.address, blake2AsHex(prompt), price), alice);
    const id = event(events, 'inference', 'Requested').data.inference.toNumber();
    const t1 = performance.now();
    const res = await fetch(`http://127.0.0.1:${HTTP}/inferences/${id}`, { method: 'POST', body: prompt });
    if (!res.ok) throw new Error(await res.text());
    const t2 = performance.now();
    // Blocks one by one through the challenge window; the one whose on_idle settles the call
    // is timed, until its receipt is readable.
    let t3;
    let t4;
    for (let blocks = 0; ; blocks += 1) {
      if (blocks > 20) throw new Error(`call ${id} not settled`);
      t3 = performance.now();
      await api.rpc.engine.createBlock(true, true);
      if ((await api.call.attributionApi.receipt(id)).isSome) {
        t4 = performance.now();
        break;
      }
    }
    phases.requested.push(t1 - t0);
    phases.answered.push(t2 - t1);
    phases.settled.push(t4 - t3);
  }
  const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  console.log(`${CALLS} calls on model 0 (reference ∞-gram model, 64 tokens per answer), instant sealing:`);
  for (const [name, xs] of Object.entries(phases)) {
    console.log(`  ${name.padEnd(10)} p50 ${pct(xs, 0.5).toFixed(1)} ms  p90 ${pct(xs, 0.9).toFixed(1)} ms`);
  }
  const total = phases.requested.map((x, i) => x + phases.answered[i] + phases.settled[i]);
  console.log(`  total      p50 ${pct(total, 0.5).toFixed(1)} ms  p90 ${pct(total, 0.9).toFixed(1)} ms (challenge window blocks excluded)`);
} finally {
  provider.kill('SIGTERM');
  await node.stop();
}
