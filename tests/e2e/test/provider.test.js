// Issue 15: a paid call end to end with the real programs. A dev node (instant sealing) with the
// seeded content; the provider daemon (`openledger-provider`) serving the reference model; the
// client CLI (`openledger`) paying, posting the prompt, and verifying. The attribution on chain
// is the engine's; `verify` agrees; a forged attribution is caught and challenged; the daemon
// refuses a wrong prompt, answers each request once, and resumes an answer it prepared before
// it was killed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { blake2AsHex } from '@polkadot/util-crypto';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { startNode, waitFor, sendAndFinalize, freePorts } from '../lib/node.js';
import { event, feePaid, free } from '../lib/story.js';
import { runCli, startDaemon } from '../lib/tools.js';

const { PROVIDER_BIN, CLI_BIN } = process.env;
const LOG_DIR = process.env.E2E_LOG_DIR || '/tmp/openledger-e2e';
const [RPC, P2P, HTTP, FERDIE_HTTP, SPARE_HTTP] = await freePorts(5);
const URL = `ws://127.0.0.1:${RPC}`;
const PROVIDER_URL = `http://127.0.0.1:${HTTP}`;

const cli = (args, env = {}) => runCli(URL, args, env);

/** Starts the provider daemon serving models 0 and 1 as Dave. */
const startProvider = (name, stateDir, env = {}) => startDaemon(name, ['--url', URL, '--suri', '//Dave',
  '--model', '0', '--model', '1', '--listen', `127.0.0.1:${HTTP}`, '--state-dir', stateDir,
  '--content-dir', join(stateDir, 'content'), '--index-dir', join(stateDir, 'indexes'), '--request-wait', '3'],
PROVIDER_URL, env);

async function request(api, user, prompt, model = 0) {
  const dave = new Keyring({ type: 'sr25519' }).addFromUri('//Dave');
  const price = (await api.query.models.models(model)).unwrap().price;
  const { events } = await sendAndFinalize(api,
    api.tx.inference.requestInference(model, dave.address, blake2AsHex(prompt), price), user);
  return event(events, 'inference', 'Requested').data.inference.toNumber();
}

const post = (id, prompt) => fetch(`${PROVIDER_URL}/inferences/${id}`, { method: 'POST', body: prompt });

test('a paid call answered by the provider daemon, verified, settled and claimed; a forgery caught',
  { timeout: 600_000 }, async () => {
    assert.ok(PROVIDER_BIN && CLI_BIN, 'PROVIDER_BIN and CLI_BIN are set by tests/e2e/run.sh');
    const work = mkdtempSync(join(tmpdir(), 'openledger-provider-'));
    const nodeArgs = ['--dev', '--base-path', join(work, 'chain'), '--sealing', 'instant'];
    let node = await startNode('dev-provider', nodeArgs, { rpcPort: RPC, p2pPort: P2P });
    const stateDir = join(work, 'provider');
    let provider = await startProvider('provider', stateDir);
    try {
      // A second daemon on the same address stops at once and says what to do.
      const busy = await new Promise((resolve) => {
        const proc = spawn(PROVIDER_BIN, ['--url', URL, '--suri', '//Dave', '--model', '0',
          '--listen', `127.0.0.1:${HTTP}`, '--state-dir', join(work, 'busy')]);
        let stderr = '';
        proc.stderr.on('data', (d) => { stderr += d; });
        proc.on('exit', (code) => resolve({ code, stderr }));
      });
      assert.notEqual(busy.code, 0);
      assert.match(busy.stderr, new RegExp(`127\\.0\\.0\\.1:${HTTP}`));
      assert.match(busy.stderr, /--listen/);
      let { api } = node;
      const keyring = new Keyring({ type: 'sr25519' });
      const [alice, dave, eve] = ['//Alice', '//Dave', '//Eve'].map((s) => keyring.addFromUri(s));
      const advance = async (n) => {
        for (let i = 0; i < n; i += 1) await api.rpc.engine.createBlock(true, true);
      };

      // The seeded reference model carries its index manifest hash; the CLI rebuilds it.
      const index = await cli(['--content-dir', join(work, 'c1'), '--index-dir', join(work, 'i1'), 'index', '0']);
      assert.equal(index.code, 0, index.stderr);
      assert.match(index.stdout, /the reference model/);

      // The RPC lists version 1 of the seeded medical datanet: its three contributions, added
      // in order, with the URIs of the seed texts.
      const log = (await api.rpc.attribution.versionLog(0, 1, null, 100)).toJSON();
      assert.deepEqual(log.items.map((i) => [i.position, i.entry.op, i.entry.contribution]),
        [[0, 'Add', 0], [1, 'Add', 1], [2, 'Add', 2]]);
      assert.match(log.items[0].uri, /content\/seed\/medical-qa-1\.txt$/);
      assert.equal(log.next, null);
      const paged = (await api.rpc.attribution.versionLog(0, 1, 0, 1)).toJSON();
      assert.deepEqual(paged.items.map((i) => i.position), [1]);
      assert.equal(paged.next, 1);

      // 1. A paid call through the CLI: request, prompt to the daemon, answer, attribution.
      const outputFile = join(work, 'output.txt');
      const prompt = 'Question: What is type 2 diabetes?';
      const requestRun = cli(['request', '--suri', '//Alice', '--model', '0', '--prompt', prompt,
        '--provider-url', PROVIDER_URL, '--save-output', outputFile, '--settle']);
      const answered = await waitFor('the result on chain', async () =>
        (await api.query.inference.attributions(0)).isSome && existsSync(outputFile), 120_000);
      assert.ok(answered);
      // The saved answer is its payer's: unsigned or signed by anyone else, it is refused.
      const read = (signer) => fetch(`${PROVIDER_URL}/inferences/0`, signer
        ? { headers: { 'x-openledger-signature': u8aToHex(signer.sign(stringToU8a('openledger-answer:0'))) } }
        : {});
      assert.equal((await read(null)).status, 401);
      assert.equal((await read(eve)).status, 403);
      const saved = await (await read(alice)).json();
      const onChain = (await api.query.inference.attributions(0)).unwrap().toJSON();
      assert.deepEqual(onChain.contributions, saved.attribution.contributions);
      assert.deepEqual(onChain.datanets, saved.attribution.datanets);
      // The answer copies the diabetes text of contribution 1, and the engine says so.
      assert.match(saved.output, /insulin/);
      assert.equal(saved.attribution.contributions[0][0], 1);
      const request0 = (await api.query.inference.requests(0)).unwrap().toJSON();
      assert.equal(request0.status.answered.outputHash, blake2AsHex(readFileSync(outputFile)));

      // 2. `verify` recomputes it from the chain's version listings and the content: equal.
      const verified = await cli(['--content-dir', join(work, 'c2'), '--index-dir', join(work, 'i2'),
        'verify', '0', '--output-file', outputFile]);
      assert.equal(verified.code, 0, verified.stdout + verified.stderr);
      assert.match(verified.stdout, /verified/);
      // From the provider's endpoint too.
      const viaProvider = await cli(['--content-dir', join(work, 'c2'), '--index-dir', join(work, 'i2'),
        'verify', '0', '--provider-url', PROVIDER_URL, '--payer-suri', '//Alice']);
      assert.equal(viaProvider.code, 0, viaProvider.stderr);

      // 3. The window passes; the CLI settles and prints the receipt; contributors claim.
      await advance(12);
      const done = await requestRun;
      assert.equal(done.code, 0, done.stdout + done.stderr);
      assert.match(done.stdout, /receipt of inference 0/);
      assert.match(done.stdout, /contribution 1 \(datanet 0\)/);
      const receipt = (await api.call.attributionApi.receipt(0)).unwrap().toJSON();
      assert.deepEqual(receipt.attribution.contributions, onChain.contributions);
      const claimable = BigInt((await api.rpc.attribution.accountRewards(dave.address)).toJSON().claimableTotal);
      assert.ok(claimable > 0n);
      const before = await free(api, dave.address);
      const claimed = await sendAndFinalize(api, api.tx.rewards.claimAll([0, 1]), dave);
      assert.equal(await free(api, dave.address), before + claimable - feePaid(claimed.events));

      // 4. The daemon refuses a prompt that is not the one paid for, and an unknown request.
      const wrong = await request(api, alice, 'Question: What is hypertension?');
      const refused = await post(wrong, 'Question: something else?');
      assert.equal(refused.status, 422);
      assert.match((await refused.json()).error, /hashes to/);
      assert.equal((await post(9999, 'anything')).status, 404);
      // The right prompt is answered, and posting it again returns the same answer, once.
      const first = await (await post(wrong, 'Question: What is hypertension?')).json();
      const again = await (await post(wrong, 'Question: What is hypertension?')).json();
      assert.deepEqual(again, first);
      assert.match(first.output, /blood pressure|arteries|hypertension/i);

      // Many requests in flight at once: each answered, once, with its own output.
      const prompts = ['Question: How is blood pressure measured?', 'Question: How is diabetes diagnosed?',
        'Question: When does a fever need a doctor?', 'Question: Do antibiotics help with a cold or the flu?'];
      const ids = [];
      for (const p of prompts) ids.push(await request(api, alice, p));
      const answers = await Promise.all(ids.map(async (id, i) => (await post(id, prompts[i])).json()));
      for (const [i, answer] of answers.entries()) {
        assert.equal(answer.inference, ids[i], JSON.stringify(answer));
        assert.equal(answer.stage, 'submitted');
        const status = (await api.query.inference.requests(ids[i])).unwrap().toJSON().status;
        assert.equal(status.answered.outputHash, answer.outputHash);
      }

      // 5. Killed after preparing an answer, restarted: the answer is submitted, once.
      await provider.stop();
      provider = await startProvider('provider-crash', stateDir,
        { OPENLEDGER_PROVIDER_EXIT_AFTER_PREPARE: '1' });
      const crashId = await request(api, alice, 'Question: Who should get a flu vaccine?');
      await post(crashId, 'Question: Who should get a flu vaccine?').catch(() => {});
      await provider.exit;
      assert.ok((await api.query.inference.attributions(crashId)).isNone, 'nothing submitted before the crash');
      assert.ok(existsSync(join(stateDir, 'answers', `${crashId}.json`)), 'the prepared answer is on disk');
      provider = await startProvider('provider-restarted', stateDir);
      await waitFor('the resumed answer on chain', async () =>
        (await api.query.inference.attributions(crashId)).isSome, 60_000);
      const resumed = await (await post(crashId, 'Question: Who should get a flu vaccine?')).json();
      assert.equal(resumed.stage, 'submitted');
      const status = (await api.query.inference.requests(crashId)).unwrap().toJSON().status;
      assert.equal(status.answered.outputHash, resumed.outputHash);

      // `contribute` stores a file and submits its hash; `--register-stake` makes a provider.
      const notes = join(work, 'notes.txt');
      writeFileSync(notes, 'Question: What is a sprain?\nAnswer: A stretched or torn ligament.\n');
      const contributed = await cli(['--content-dir', join(work, 'c3'), 'contribute', '--suri', '//Charlie',
        '--datanet', '0', '--file', notes]);
      assert.equal(contributed.code, 0, contributed.stderr);
      const id = Number(/contribution (\d+) to datanet 0/.exec(contributed.stdout)[1]);
      const record = (await api.query.datanets.contributions(id)).unwrap().toJSON();
      assert.equal(record.contentHash, blake2AsHex(readFileSync(notes)));
      assert.ok(existsSync(join(work, 'c3', record.contentHash)), 'the content is in the store');
      const ferdieLog = createWriteStream(`${LOG_DIR}/provider-ferdie.log`);
      const ferdie = spawn(PROVIDER_BIN, ['--url', URL, '--suri', '//Ferdie', '--model', '1',
        '--listen', `127.0.0.1:${FERDIE_HTTP}`, '--state-dir', join(work, 'ferdie'), '--register-stake',
        String(200n * 10n ** 18n)]);
      ferdie.stdout.pipe(ferdieLog);
      ferdie.stderr.pipe(ferdieLog);
      try {
        const ferdieAddress = keyring.addFromUri('//Ferdie').address;
        const registered = await waitFor('Ferdie registered', async () =>
          (await api.query.inference.providers(ferdieAddress)).unwrapOr(null), 120_000);
        assert.deepEqual(registered.models.toJSON(), [1]);
        assert.equal(registered.stake.toBigInt(), 200n * 10n ** 18n);
      } finally {
        ferdie.kill('SIGTERM');
      }

      // Content that cannot be had makes its model unavailable, never the daemon: a version
      // whose new contributions point at a file and at a private host (neither fetched by
      // default) and a model citing it.
      const [charlie, bob] = ['//Charlie', '//Bob'].map((s) => keyring.addFromUri(s));
      await sendAndFinalize(api, api.tx.datanets.contribute(0, '0x' + 'cd'.repeat(32), 64,
        'http://127.0.0.1:9/gone'), charlie);
      await sendAndFinalize(api, api.tx.datanets.publishVersion(0), alice);
      const { events: registeredModel } = await sendAndFinalize(api, api.tx.models.registerModel(
        'Unservable', 'ipfs://card', '0x' + '22'.repeat(32), 'Base', [[0, 2, 1_000_000_000]],
        10n ** 18n, { allowed: false, royalty: 0 }), bob);
      const unservable = event(registeredModel, 'models', 'ModelRegistered').data.model.toNumber();
      const spare = spawn(PROVIDER_BIN, ['--url', URL, '--suri', '//Dave', '--model', '0',
        '--model', String(unservable), '--listen', `127.0.0.1:${SPARE_HTTP}`,
        '--state-dir', join(work, 'spare')]);
      const spareLog = createWriteStream(`${LOG_DIR}/provider-spare.log`);
      spare.stdout.pipe(spareLog);
      spare.stderr.pipe(spareLog);
      try {
        const health = await waitFor('the spare daemon serving', async () => {
          try {
            return await (await fetch(`http://127.0.0.1:${SPARE_HTTP}/health`)).json();
          } catch { return null; }
        }, 120_000);
        assert.deepEqual(health.models, [0]);
        // Its version holds contribution 5 too (the `contribute` above, a `file://` URI) and
        // ours (a private host): neither is fetched.
        assert.match(health.unavailable[String(unservable)], /refusing to fetch/);
        // It serves content by hash (the seed content here) for verifiers whose URI is gone.
        const seedHash = (await api.query.datanets.contributions(1)).unwrap().contentHash.toHex();
        const served = await fetch(`http://127.0.0.1:${SPARE_HTTP}/content/${seedHash}`);
        assert.equal(served.status, 200);
        assert.equal(blake2AsHex(new Uint8Array(await served.arrayBuffer())), seedHash);
      } finally {
        spare.kill('SIGTERM');
      }

      // The node restarts (same database): the daemon reconnects and answers again.
      await node.stop();
      node = await startNode('dev-provider-restarted', nodeArgs, { rpcPort: RPC, p2pPort: P2P });
      ({ api } = node);
      const afterRestart = await request(api, alice, 'Question: What is low blood sugar and what should you do?');
      const number = (await api.rpc.chain.getHeader()).number.toNumber();
      await waitFor('the daemon back on the chain', async () =>
        (await (await fetch(`${PROVIDER_URL}/health`)).json()).finalized >= number, 120_000);
      const reanswered = await post(afterRestart, 'Question: What is low blood sugar and what should you do?');
      assert.equal(reanswered.status, 200, await reanswered.clone().text());
      assert.equal((await reanswered.json()).stage, 'submitted');

      // 6. A provider that posts a forged attribution (Dave, by hand) is caught by `verify`.
      const forgedPrompt = 'Question: What is a contract?';
      const forgedId = await request(api, alice, forgedPrompt);
      const forgedOutput = 'A contract is an agreement between two or more parties that the law will enforce.';
      const forgedFile = join(work, 'forged.txt');
      writeFileSync(forgedFile, forgedOutput);
      await sendAndFinalize(api, api.tx.inference.submitResult(forgedId, blake2AsHex(forgedOutput),
        { contributions: [[0, 600_000_000]], datanets: [] }), dave);
      const caught = await cli(['--content-dir', join(work, 'c2'), '--index-dir', join(work, 'i2'),
        'verify', String(forgedId), '--output-file', forgedFile]);
      assert.equal(caught.code, 1, caught.stdout + caught.stderr);
      assert.match(caught.stdout, /DIFFERS/);
      assert.match(caught.stdout, /contribution 0: on chain 60\.0000%, recomputed -/);
      assert.match(caught.stdout, /contribution 3: on chain -, recomputed 100\.0000%/);
      // A wrong output file is refused, not verified.
      const otherFile = join(work, 'other.txt');
      writeFileSync(otherFile, 'not the output');
      const mismatch = await cli(['verify', String(forgedId), '--output-file', otherFile]);
      assert.equal(mismatch.code, 2);
      assert.match(mismatch.stderr, /not the output of inference/);
      // …and challenged.
      const challenged = await cli(['--content-dir', join(work, 'c2'), '--index-dir', join(work, 'i2'),
        'challenge', String(forgedId), '--output-file', forgedFile, '--suri', '//Eve']);
      assert.equal(challenged.code, 0, challenged.stdout + challenged.stderr);
      const forgedStatus = (await api.query.inference.requests(forgedId)).unwrap().toJSON().status;
      assert.ok(forgedStatus.challenged, JSON.stringify(forgedStatus));
      assert.equal(forgedStatus.challenged.challenger, eve.address);
    } finally {
      await provider.stop().catch(() => {});
      await node.stop();
    }
  });
