// Issue 29: a real language model behind the provider. The dev chain registers SmolLM2-135M-
// Instruct's weights (model 2, its artifact hash the GGUF file's) and a retrieval-augmented model
// on them citing the seeded versions (model 3, its artifact hash the manifest that pins every
// parameter). A paid question is answered by the daemon from retrieved passages, attributed to
// them and to what it quoted, re-executed bit for bit by `openledger verify --regenerate`,
// settled and claimed; an output the model did not produce is caught and challenged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { blake2AsHex } from '@polkadot/util-crypto';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { startNode, waitFor, sendAndFinalize, freePorts } from '../lib/node.js';
import { event, feePaid, free } from '../lib/story.js';
import { runCli, startDaemon } from '../lib/tools.js';

const [RPC, P2P, HTTP] = await freePorts(3);
const URL = `ws://127.0.0.1:${RPC}`;
const PROVIDER_URL = `http://127.0.0.1:${HTTP}`;
const MODEL = 3;
const QUESTION = 'What blood pressure reading is usually called hypertension?';

test('the real model: a paid question answered from the seed, attributed, re-executed bit for bit, settled and claimed; another output caught',
  { timeout: 600_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'openledger-llm-'));
    const node = await startNode('dev-llm', ['--dev', '--base-path', join(work, 'chain'), '--sealing', 'instant'],
      { rpcPort: RPC, p2pPort: P2P });
    const stateDir = join(work, 'provider');
    const provider = await startDaemon('provider-llm', ['--url', URL, '--suri', '//Dave', '--model', String(MODEL),
      '--listen', `127.0.0.1:${HTTP}`, '--state-dir', stateDir, '--request-wait', '3'], PROVIDER_URL);
    const dirs = ['--content-dir', join(work, 'c'), '--index-dir', join(work, 'i')];
    const cli = (args) => runCli(URL, [...dirs, ...args]);
    try {
      const { api } = node;
      const keyring = new Keyring({ type: 'sr25519' });
      const [alice, charlie, dave, eve] = ['//Alice', '//Charlie', '//Dave', '//Eve'].map((s) => keyring.addFromUri(s));
      const advance = async (n) => {
        for (let i = 0; i < n; i += 1) await api.rpc.engine.createBlock(true, true);
      };

      // The lineage on chain: the weights (Eve's, a base citing nothing) and the model on them.
      const weights = (await api.query.models.models(2)).unwrap();
      assert.ok(weights.kind.isBase);
      assert.equal(weights.training.length, 0);
      const rag = (await api.query.models.models(MODEL)).unwrap();
      assert.equal(rag.kind.asAdapter.base.toNumber(), 2);
      assert.equal(rag.lineage[0].model.toNumber(), 2);
      // The CLI rebuilds the manifest from the chain, the content and the weights: it is the
      // model's artifact hash.
      const index = await cli(['index', String(MODEL)]);
      assert.equal(index.code, 0, index.stderr);
      assert.match(index.stdout, /"method": "openledger-rag-v1"/);
      assert.match(index.stdout, new RegExp(`"weights": "${weights.artifactHash.toHex()}"`));
      assert.match(index.stdout, /the reference model/);

      // 1. A paid question through the CLI: the daemon retrieves, generates and attributes.
      const outputFile = join(work, 'output.txt');
      const started = Date.now();
      const requestRun = cli(['request', '--suri', '//Alice', '--model', String(MODEL), '--prompt', QUESTION,
        '--provider-url', PROVIDER_URL, '--save-output', outputFile, '--settle']);
      await waitFor('the answer on chain', async () =>
        (await api.query.inference.attributions(0)).isSome && existsSync(outputFile), 300_000);
      console.log(`e2e: the real model answered and its result was on chain in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const signature = u8aToHex(alice.sign(stringToU8a('openledger-answer:0')));
      const saved = await (await fetch(`${PROVIDER_URL}/inferences/0`,
        { headers: { 'x-openledger-signature': signature } })).json();
      // The document that defines hypertension is the first passage; every passage is paid.
      assert.deepEqual(saved.passages.map((p) => p.contribution), [0, 1, 2]);
      assert.match(saved.output, /blood pressure/i);
      const onChain = (await api.query.inference.attributions(0)).unwrap().toJSON();
      assert.deepEqual(onChain.contributions, saved.attribution.contributions);
      const credited = new Map(onChain.contributions);
      for (const p of saved.passages) assert.ok(credited.get(p.contribution) >= 66_666_666, `passage ${p.contribution} credited`);
      // It quoted the first passage: more than its retrieval share.
      assert.ok(credited.get(0) > 66_666_667, JSON.stringify(onChain));

      // 2. Anyone re-executes it from the chain's data, the content store and the weights.
      const verified = await cli(['verify', '0', '--output-file', outputFile, '--prompt', QUESTION, '--regenerate']);
      assert.equal(verified.code, 0, verified.stdout + verified.stderr);
      assert.match(verified.stdout, /regenerated: equal/);
      assert.match(verified.stdout, /passage \[1\]: contribution 0 of datanet 0/);
      assert.match(verified.stdout, /verified: the attribution on chain is the one recomputed/);
      // Retrieval credit depends on the question: without it there is nothing to recompute.
      const noPrompt = await cli(['verify', '0', '--output-file', outputFile]);
      assert.equal(noPrompt.code, 2, noPrompt.stdout + noPrompt.stderr);
      assert.match(noPrompt.stderr, /give the prompt/);
      // A prompt that is not the one paid for is refused.
      const wrongPrompt = await cli(['verify', '0', '--output-file', outputFile, '--prompt', 'Something else?']);
      assert.equal(wrongPrompt.code, 2);
      assert.match(wrongPrompt.stderr, /was paid for input/);

      // 3. A provider that returns another output for the same question, with the attribution
      //    of the honest one, is caught by re-execution and taken to the court.
      const { events } = await sendAndFinalize(api, api.tx.inference.requestInference(MODEL, dave.address,
        blake2AsHex(QUESTION), rag.price), alice);
      const forgedId = event(events, 'inference', 'Requested').data.inference.toNumber();
      const forged = readFileSync(outputFile, 'utf8').replace(/blood pressure/i, 'body temperature');
      const forgedFile = join(work, 'forged.txt');
      writeFileSync(forgedFile, forged);
      await sendAndFinalize(api, api.tx.inference.submitResult(forgedId, blake2AsHex(forged),
        { contributions: onChain.contributions, datanets: onChain.datanets }), dave);
      const caught = await cli(['verify', String(forgedId), '--output-file', forgedFile, '--prompt', QUESTION, '--regenerate']);
      assert.equal(caught.code, 1, caught.stdout + caught.stderr);
      assert.match(caught.stdout, /regenerated: DIFFERS from byte \d+, in generated token \d+/);
      const challenged = await cli(['challenge', String(forgedId), '--output-file', forgedFile, '--prompt', QUESTION,
        '--regenerate', '--suri', '//Ferdie']);
      assert.equal(challenged.code, 0, challenged.stdout + challenged.stderr);
      const forgedStatus = (await api.query.inference.requests(forgedId)).unwrap().toJSON().status;
      assert.ok(forgedStatus.challenged, JSON.stringify(forgedStatus));

      // A paid question too long for the manifest's prompt is refused at once (413), before
      // it is tokenized: a 200 KB word would take the tokenizer minutes.
      const huge = 'a'.repeat(200_000);
      const hugeRequest = await sendAndFinalize(api, api.tx.inference.requestInference(MODEL, dave.address,
        blake2AsHex(huge), rag.price), alice);
      const hugeId = event(hugeRequest.events, 'inference', 'Requested').data.inference.toNumber();
      const tooLong = await fetch(`${PROVIDER_URL}/inferences/${hugeId}`, { method: 'POST', body: huge });
      assert.equal(tooLong.status, 413);
      assert.match((await tooLong.json()).error, /more than 448 tokens can hold/);

      // 4. The window passes; the honest call settles; the contributor of the passages and the
      //    owner of the weights (a royalty through the lineage) claim.
      await advance(12);
      const done = await requestRun;
      assert.equal(done.code, 0, done.stdout + done.stderr);
      assert.match(done.stdout, /passage \[1\] in the prompt: contribution 0 \(datanet 0\)/);
      assert.match(done.stdout, /receipt of inference 0/);
      for (const who of [charlie, eve]) {
        const claimable = BigInt((await api.rpc.attribution.accountRewards(who.address)).toJSON().claimableTotal);
        assert.ok(claimable > 0n, `${who.address} earned from the call`);
        const before = await free(api, who.address);
        const claimed = await sendAndFinalize(api, api.tx.rewards.claimAll([0, 1]), who);
        assert.equal(await free(api, who.address), before + claimable - feePaid(claimed.events));
      }
    } finally {
      await provider.stop().catch(() => {});
      await node.stop();
    }
  });
