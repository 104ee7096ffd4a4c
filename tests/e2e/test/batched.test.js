// Issue 28: paid calls in audited batches, end to end with the real programs. A dev node
// (instant sealing); the provider daemon serving the reference model as Dave; three payers make
// hundreds of calls in one epoch, each with a receipt signed off chain (here, by this test's
// own encoding of the receipt, so the daemon, the CLI and the chain are checked against an
// independent one), and the CLI makes calls continuing the same count. The daemon submits the
// epoch's batch, reveals the audit's samples and settles it; every payer's escrow pays exactly
// its receipts, the batch's aggregated attribution is the one recomputed here from the answers,
// and each tail contribution claims exactly its part with the daemon's proof; the daemon is
// restarted mid-epoch and keeps every payer's count. Forged receipts
// are refused by the daemon, a forged batch by the chain, and the payers lose nothing to them.
// A dispute of the batch through the CLI goes to the court, and the batch settles only after
// its verdict; the batch audited against the records the daemon publishes is consistent, and
// altered records are caught.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { startNode, waitFor, sendAndFinalize, freePorts } from '../lib/node.js';
import { OPEN, event } from '../lib/story.js';
import { runCli, startDaemon } from '../lib/tools.js';
import { ReceiptTree, claimOf, receipt } from '../lib/receipts.js';

const [RPC, P2P, HTTP] = await freePorts(3);
const URL = `ws://127.0.0.1:${RPC}`;
const PROVIDER_URL = `http://127.0.0.1:${HTTP}`;
const CALLS_PER_PAYER = 80;
const PROMPTS = ['Question: What is type 2 diabetes?', 'Question: What is hypertension?',
  'Question: How is blood pressure measured?', 'Question: How is diabetes diagnosed?',
  'Question: When does a fever need a doctor?', 'Question: Do antibiotics help with a cold or the flu?',
  'Question: Who should get a flu vaccine?'];

const postCall = (body) => fetch(`${PROVIDER_URL}/batched`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
});

test('hundreds of calls in one epoch settle in one audited batch; every party paid exactly; forgeries refused',
  { timeout: 600_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'openledger-batched-'));
    const node = await startNode('dev-batched', ['--dev', '--base-path', join(work, 'chain'), '--sealing', 'instant'],
      { rpcPort: RPC, p2pPort: P2P });
    const stateDir = join(work, 'provider');
    // One contribution paid directly, the others in the tail: both paths are exercised.
    const daemonArgs = ['--url', URL, '--suri', '//Dave', '--model', '0', '--listen', `127.0.0.1:${HTTP}`,
      '--state-dir', stateDir, '--batch-direct', '1'];
    let provider = await startDaemon('provider-batched', daemonArgs, PROVIDER_URL);
    const cli = (args) => runCli(URL, ['--content-dir', join(work, 'c'), '--index-dir', join(work, 'i'), ...args]);
    try {
      const { api } = node;
      const keyring = new Keyring({ type: 'sr25519' });
      const [alice, bob, charlie, dave, eve] = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve']
        .map((s) => keyring.addFromUri(s));
      const advance = async (n) => {
        for (let i = 0; i < n; i += 1) await api.rpc.engine.createBlock(true, true);
      };
      const price = (await api.query.models.models(0)).unwrap().price.toBigInt();
      const escrow = async (who) => (await api.query.batches.escrows(who.address, dave.address)).unwrap();

      // Escrows: Alice's opened by the CLI with her first call, Bob's and Charlie's on chain.
      // Eve has none: her receipts are refused.
      const deposit = 100n * OPEN;
      for (const payer of [bob, charlie]) {
        await sendAndFinalize(api, api.tx.batches.openEscrow(dave.address, deposit), payer);
      }
      const first = await cli(['request', '--batched', '--suri', '//Alice', '--model', '0', '--prompt', PROMPTS[0],
        '--provider-url', PROVIDER_URL, '--escrow', String(deposit), '--save-answer', join(work, 'first.json'),
        '--no-receipt']);
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.match(first.stdout, /escrow opened/);
      assert.match(first.stdout, /batched call 1 of epoch (\d+)/);
      const epoch = Number(/batched call 1 of epoch (\d+)/.exec(first.stdout)[1]);
      const { epoch: served } = await (await fetch(`${PROVIDER_URL}/batched/0/${alice.address}`)).json();
      assert.equal(served, epoch, 'no block between the call and now');

      // Hundreds of calls, the payers' receipts signed here, three payers at once, each over
      // the payer's tree of receipts kept here (Alice's starts with the CLI's first call).
      const trees = new Map([alice, bob, charlie, eve].map((pair) => [pair.address, new ReceiptTree()]));
      trees.get(alice.address).pushReceipt(api, JSON.parse(readFileSync(join(work, 'first.json'), 'utf8')).receipt);
      const answers = [];
      const terms = (pair, sequence, prompt) => ({ model: 0, epoch, sequence, prompt,
        cumulativeFee: price * BigInt(sequence) });
      const started = Date.now();
      await Promise.all([alice, bob, charlie].map(async (pair) => {
        const start = pair === alice ? 2 : 1;
        for (let sequence = start; sequence < start + CALLS_PER_PAYER; sequence += 1) {
          const prompt = PROMPTS[sequence % PROMPTS.length];
          const tree = trees.get(pair.address);
          const response = await postCall({ receipt: receipt(api, pair, dave.address,
            terms(pair, sequence, prompt), tree), prompt });
          assert.equal(response.status, 200, await response.clone().text());
          const answer = await response.json();
          tree.pushReceipt(api, answer.receipt);
          answers.push(answer);
        }
      }));
      const seconds = (Date.now() - started) / 1000;
      console.log(`e2e: ${answers.length} batched calls through the daemon in ${seconds.toFixed(1)} s ` +
        `(${(answers.length / seconds).toFixed(1)} calls/s, three payers at once)`);

      // The daemon restarts: its call log is on disk, so it keeps every payer's count.
      assert.equal(await provider.stop(), 0);
      provider = await startDaemon('provider-batched-restarted', daemonArgs, PROVIDER_URL);

      // The CLI continues Alice's count from the receipts signed here: one encoding. It saves
      // the answer, then waits for the batch to settle (awaited below).
      const answerFile = join(work, 'answer.json');
      const lastRun = cli(['request', '--batched', '--suri', '//Alice', '--model', '0', '--prompt', PROMPTS[1],
        '--provider-url', PROVIDER_URL, '--save-answer', answerFile]);
      await waitFor('the CLI\'s answer saved', async () => existsSync(answerFile), 60_000);
      const cliAnswers = [JSON.parse(readFileSync(answerFile, 'utf8'))];
      cliAnswers.push(JSON.parse(readFileSync(join(work, 'first.json'), 'utf8')));
      answers.push(...cliAnswers);

      // Forged receipts at the daemon: replayed (a sequence already used, another prompt), an
      // overstated total never signed, a skipped sequence, another epoch, a fee under the
      // price, and a payer without an escrow.
      const next = CALLS_PER_PAYER + 1;
      const forge = async (pair, t, mutate = (r) => r, tree = trees.get(pair.address)) => {
        const response = await postCall({ receipt: mutate(receipt(api, pair, dave.address, t, tree)), prompt: t.prompt });
        return { status: response.status, error: (await response.json()).error };
      };
      assert.equal((await forge(bob, terms(bob, 5, 'Question: replayed?'))).status, 409);
      assert.equal((await forge(bob, terms(bob, next, PROMPTS[0]), (r) => ({ ...r, cumulativeFee: String(price * 1000n) }))).status, 422);
      assert.equal((await forge(bob, terms(bob, next + 1, PROMPTS[0]))).status, 409);
      assert.equal((await forge(bob, { ...terms(bob, next, PROMPTS[0]), epoch: epoch + 1 })).status, 409);
      assert.equal((await forge(bob, { ...terms(bob, next, PROMPTS[0]), cumulativeFee: price * BigInt(next) - 1n })).status, 402);
      // A receipt signed over another tree than Bob's calls so far (as if his first calls had
      // not been made): its root could not prove his calls in the audit.
      const rootless = await forge(bob, terms(bob, next, PROMPTS[0]), (r) => r, new ReceiptTree());
      assert.equal(rootless.status, 422);
      assert.match(rootless.error, /tree of receipts/);
      const noEscrow = await forge(eve, terms(eve, 1, PROMPTS[0]));
      assert.equal(noEscrow.status, 402);
      assert.match(noEscrow.error, /no escrow/);
      // The same receipt posted again returns the same answer, and is one call.
      const again = await (await postCall({ receipt: answers[0].receipt, prompt: PROMPTS[answers[0].receipt.sequence % PROMPTS.length] })).json();
      assert.deepEqual(again, answers[0]);

      // `verify` recomputes the CLI's call from the chain's data: it is the acknowledged one.
      const verified = await cli(['verify', '--batched-answer', answerFile]);
      assert.equal(verified.code, 0, verified.stdout + verified.stderr);
      assert.match(verified.stdout, /verified: the attribution acknowledged is the one recomputed/);
      // An answer altered after the fact is not what the provider signed.
      const altered = JSON.parse(readFileSync(answerFile, 'utf8'));
      altered.output += ' (edited)';
      writeFileSync(join(work, 'altered.json'), JSON.stringify(altered));
      const refused = await cli(['verify', '--batched-answer', join(work, 'altered.json')]);
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /does not hash to its output hash/);

      // The epoch ends: the daemon submits the batch. A forged batch claiming Alice's last
      // receipt on model 1 (another model than she signed) is refused by the chain.
      const epochLength = api.consts.batches.epochLength.toNumber();
      const end = (epoch + 1) * epochLength;
      const height = async () => (await api.rpc.chain.getHeader()).number.toNumber();
      await advance(Math.max(0, end - await height()));
      const { id: batchId } = await waitFor('the batch submitted', async () => {
        const id = await api.query.batches.batchOf(dave.address, 0, epoch);
        if (id.isSome) return { id: id.unwrap().toNumber() };
        await advance(1);
        return null;
      }, 120_000);
      await assert.rejects(sendAndFinalize(api, api.tx.batches.submitBatch(1, epoch, [claimOf(cliAnswers[0].receipt)], '0x' + '00'.repeat(32),
        { contributions: [], datanets: [], tail: 0 }, '0x' + '00'.repeat(32), 0), dave), /batches\.BadSignature/);

      // Ferdie disputes the batch with the CLI's acknowledged call (`--force`: it verifies, so
      // only a challenger who is wrong would): the court opens the case of dispute 0, and the
      // batch settles only once its verdict (no juror shows the call wrong: rejected) is in.
      const disputed = await cli(['challenge', '--batched-answer', answerFile, '--force', '--suri', '//Ferdie']);
      assert.equal(disputed.code, 0, disputed.stdout + disputed.stderr);
      assert.match(disputed.stdout, new RegExp(`disputed batch ${batchId} \\(dispute 0, court case 9223372036854775808\\)`));
      assert.ok((await api.query.court.cases('9223372036854775808')).isSome);

      // Audit and settlement, by the daemon, as blocks pass.
      const batch = async () => (await api.query.batches.batches(batchId)).unwrap();
      assert.equal((await batch()).calls.toNumber(), answers.length);
      let settledWhileDisputed = false;
      await waitFor('the batch settled', async () => {
        const open = (await api.query.batches.openDisputes(batchId)).toNumber();
        if ((await batch()).status.isSettled) {
          settledWhileDisputed ||= open > 0;
          return true;
        }
        await advance(1);
        return false;
      }, 240_000);
      assert.equal(settledWhileDisputed, false);
      assert.ok((await api.query.batches.disputes(0)).isNone, 'the dispute was decided');
      assert.ok((await api.query.court.cases('9223372036854775808')).isNone, 'the case is closed');
      const settled = await batch();
      const last = await lastRun;
      assert.equal(last.code, 0, last.stdout + last.stderr);
      assert.match(last.stdout, new RegExp(`batched call ${CALLS_PER_PAYER + 2} of epoch ${epoch}`));
      assert.match(last.stdout, new RegExp(`batch ${batchId} settled: ${CALLS_PER_PAYER * 3 + 2} calls`));
      console.log(`e2e: batch ${batchId} of epoch ${epoch} settled at block ${await height()}, ` +
        `${await height() - end} blocks after its epoch ended`);

      // Every payer paid exactly what its last receipt says, from its escrow.
      const owed = new Map();
      for (const a of answers) {
        const prior = owed.get(a.receipt.payer) ?? 0n;
        const total = BigInt(a.receipt.cumulativeFee);
        owed.set(a.receipt.payer, total > prior ? total : prior);
      }
      for (const pair of [alice, bob, charlie]) {
        const left = await escrow(pair);
        assert.equal(left.amount.toBigInt(), deposit - owed.get(pair.address), `${pair.address}'s escrow`);
      }
      assert.equal(owed.get(bob.address), price * BigInt(CALLS_PER_PAYER), 'forgeries charged nothing');
      assert.equal(settled.fees.toBigInt(), [...owed.values()].reduce((a, b) => a + b, 0n));

      // Anyone audits the batch against the records the daemon publishes (no outputs): they
      // are its tree of calls and sum to its aggregate. Records altered on the way (one call's
      // attribution) are caught.
      const audited = await cli(['audit-batch', String(batchId), '--provider-url', PROVIDER_URL]);
      assert.equal(audited.code, 0, audited.stdout + audited.stderr);
      assert.match(audited.stdout, /consistent: the published records are the batch's tree of calls/);
      const published = await (await fetch(`${PROVIDER_URL}/batches/${batchId}/records`)).json();
      assert.equal(published.records.length, answers.length);
      assert.ok(published.records.every((r) => r.output === undefined), 'no output is published');
      // Another contribution than the one the call credits, at 100%.
      const forged = published.records[0].attribution;
      forged.contributions = [[forged.contributions[0]?.[0] === 0 ? 1 : 0, 1_000_000_000]];
      const tampering = createServer((_, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(published));
      });
      await new Promise((resolve) => tampering.listen(0, '127.0.0.1', resolve));
      const caught = await cli(['audit-batch', String(batchId), '--provider-url', `http://127.0.0.1:${tampering.address().port}`]);
      tampering.close();
      assert.equal(caught.code, 1, caught.stdout + caught.stderr);
      assert.match(caught.stdout, /DIFFERS/);
      assert.match(caught.stdout, /the root of the calls/);

      // The aggregated attribution, recomputed from the answers: each contribution's and
      // datanet's fee-weighted total, the heaviest contribution direct, the rest the tail.
      const weights = new Map();
      const datanets = new Map();
      for (const a of answers) {
        const fee = BigInt(a.fee);
        for (const [c, ppb] of a.attribution.contributions) weights.set(c, (weights.get(c) ?? 0n) + fee * BigInt(ppb));
        for (const [d, ppb] of a.attribution.datanets) datanets.set(d, (datanets.get(d) ?? 0n) + fee * BigInt(ppb));
      }
      const ranked = [...weights.entries()].sort((x, y) => (y[1] > x[1] ? 1 : y[1] < x[1] ? -1 : x[0] - y[0]));
      const scores = settled.scores;
      assert.deepEqual(scores.contributions.map(([c, w]) => [c.toNumber(), w.toBigInt()]), ranked.slice(0, 1));
      assert.deepEqual(scores.datanets.map(([d, w]) => [d.toNumber(), w.toBigInt()]),
        [...datanets.entries()].sort((x, y) => x[0] - y[0]));
      const tail = ranked.slice(1);
      assert.ok(tail.length > 0, 'the answers credit more than one contribution');
      assert.equal(scores.tail.toBigInt(), tail.reduce((sum, [, w]) => sum + w, 0n));

      // Each tail contribution claims its exact part, ⌊data side × weight / 10¹⁸⌋, once; the
      // first through the CLI, the others with the daemon's proofs directly.
      const dataPpb = BigInt(settled.terms.data.toNumber());
      let claimedTotal = 0n;
      for (const [i, [contribution, weight]] of tail.entries()) {
        const expected = (dataPpb * weight) / 10n ** 18n;
        let amount;
        if (i === 0) {
          const run = await cli(['claim-tail', '--suri', '//Eve', '--batch', String(batchId),
            '--contribution', String(contribution), '--provider-url', PROVIDER_URL]);
          assert.equal(run.code, 0, run.stdout + run.stderr);
          const events = await api.query.system.events();
          amount = events.map((e) => e.event).find((e) => api.events.batches.TailClaimed.is(e)).data.amount.toBigInt();
        } else {
          const proof = await (await fetch(`${PROVIDER_URL}/batches/${batchId}/tail/${contribution}`)).json();
          assert.equal(BigInt(proof.weight), weight);
          const { events } = await sendAndFinalize(api, api.tx.batches.claimTail(batchId, proof.position,
            contribution, proof.weight, proof.proof), eve);
          amount = event(events, 'batches', 'TailClaimed').data.amount.toBigInt();
          // Claimed once.
          await assert.rejects(sendAndFinalize(api, api.tx.batches.claimTail(batchId, proof.position,
            contribution, proof.weight, proof.proof), eve), /batches\.AlreadyClaimed/);
        }
        assert.equal(amount, expected, `contribution ${contribution}'s tail part`);
        claimedTotal += amount;
      }
      const after = (await batch()).status.asSettled;
      assert.equal(after.claimed.toBigInt(), claimedTotal);
      assert.ok(claimedTotal <= after.tail.toBigInt());
      // The direct contribution's part was credited in the split itself.
      const [direct, directWeight] = ranked[0];
      const contributor = (await api.query.datanets.contributions(direct)).unwrap().contributor.toString();
      const earned = BigInt((await api.rpc.attribution.accountRewards(contributor)).toJSON().claimableTotal);
      assert.ok(earned >= (dataPpb * directWeight) / 10n ** 18n, 'the direct contribution is credited');
    } finally {
      await provider.stop();
      await node.stop();
    }
  });
