// Issue 16: no sudo. Against a dev node in instant sealing (track periods of 5 blocks, chosen
// by the development preset): a referendum on the `economic_params` track changes the split
// policy; a challenged inference is decided by a jury drawn from jurors registered here, who
// commit and reveal their votes, and the provider is slashed; an appeal draws a larger jury.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { blake2AsHex } from '@polkadot/util-crypto';
import { startNode, sendAndFinalize, nodePorts } from '../lib/node.js';
import { event, free, OPEN, PERCENT } from '../lib/story.js';

let node;
let api;
let keys;

before(async () => {
  node = await startNode('dev-governance', ['--dev', '--tmp', '--sealing', 'instant'],
    await nodePorts());
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519' });
  keys = Object.fromEntries(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']
    .flatMap((n) => [[n, keyring.addFromUri(`//${n}`)],
      [`${n}Stash`, keyring.addFromUri(`//${n}//stash`)]]));
});

after(async () => { if (node) assert.equal(await node.stop(), 0); });

const advance = async (n) => {
  for (let i = 0; i < n; i += 1) await api.rpc.engine.createBlock(true, true);
};
const stakeOf = async (who) => (await api.query.inference.providers(who)).unwrap().stake.toBigInt();

test('a referendum on economic_params changes the split policy', { timeout: 120_000 }, async () => {
  const started = Date.now();
  const policy = { treasury: 10 * PERCENT, provider: 20 * PERCENT, model: 30 * PERCENT, data: 40 * PERCENT };
  const call = api.tx.rewards.setPolicy(policy);
  // No account may set it directly, not even Alice (the dev chain's sudo key).
  await assert.rejects(sendAndFinalize(api, call, keys.Alice), /BadOrigin/);

  const index = (await api.query.referenda.referendumCount()).toNumber();
  await sendAndFinalize(api, api.tx.referenda.submit({ Origins: 'EconomicParams' },
    { Inline: call.method.toHex() }, { After: 1 }), keys.Alice);
  const info = (await api.query.referenda.referendumInfoFor(index)).unwrap();
  assert.equal(info.asOngoing.track.toNumber(), 10, 'economic_params is track 10');
  await sendAndFinalize(api, api.tx.referenda.placeDecisionDeposit(index), keys.Alice);
  for (const voter of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => keys[n])) {
    const balance = (await free(api, voter.address)) - 10n * OPEN;
    await sendAndFinalize(api, api.tx.convictionVoting.vote(index,
      { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance } }), voter);
  }
  let blocks = 0;
  while (!(await api.query.referenda.referendumInfoFor(index)).unwrap().isApproved && blocks < 40) {
    await advance(1);
    blocks += 1;
  }
  assert.ok((await api.query.referenda.referendumInfoFor(index)).unwrap().isApproved,
    `approved within ${blocks} blocks`);
  await advance(2); // enactment: one block after approval
  const now = (await api.query.rewards.policy()).toJSON();
  assert.deepEqual(now, policy);
  assert.ok(Date.now() - started < 60_000, 'the referendum passed in under a minute');
});

/** `juror`'s commitment to `upheld` in `round` of the case of `inference`. */
function commitment(juror, inference, round, upheld, salt) {
  const encoded = api.createType('(AccountId32, u64, u32, bool, [u8; 32])',
    [juror, inference, round, upheld, salt]).toU8a();
  return blake2AsHex(encoded, 256);
}

/** Every drawn juror of the current round commits and reveals `upheld`; then the tally. */
async function juryVotes(inference, upheld) {
  const round = (await api.query.court.cases(inference)).unwrap().rounds.toNumber() - 1;
  const seats = (await api.query.court.rounds(inference, round)).unwrap().seats;
  const byAddress = Object.fromEntries(Object.values(keys).map((k) => [k.address, k]));
  const jurors = seats.map((seat) => byAddress[seat.juror.toString()]);
  assert.ok(jurors.every(Boolean), 'every drawn juror is one of ours');
  const salt = `0x${'5a'.repeat(32)}`;
  for (const juror of jurors) {
    await sendAndFinalize(api, api.tx.court.commitVote(inference,
      commitment(juror.address, inference, round, upheld, salt)), juror);
  }
  // A reveal that does not match its commitment is refused.
  await assert.rejects(sendAndFinalize(api, api.tx.court.revealVote(inference, !upheld, salt),
    jurors[0]), /court\.CommitmentMismatch/);
  for (const juror of jurors) {
    await sendAndFinalize(api, api.tx.court.revealVote(inference, upheld, salt), juror);
  }
  const { events } = await sendAndFinalize(api, api.tx.court.tally(inference), keys.Eve);
  assert.equal(event(events, 'court', 'RoundRuled').data.upheld.isTrue, upheld);
  return jurors;
}

/** Ferdie pays for a call on model 0 through Dave, who answers naming Charlie's contribution 0;
 *  Eve challenges it. The call's id. */
async function challengedCall() {
  const price = (await api.query.models.models(0)).unwrap().price.toBigInt();
  const id = (await api.query.inference.nextInferenceId()).toNumber();
  await sendAndFinalize(api, api.tx.inference.requestInference(0, keys.Dave.address,
    `0x${'01'.repeat(32)}`, price), keys.Ferdie);
  await sendAndFinalize(api, api.tx.inference.submitResult(id, `0x${'02'.repeat(32)}`,
    { contributions: [[0, 60 * PERCENT]], datanets: [] }), keys.Dave);
  const { events } = await sendAndFinalize(api,
    api.tx.inference.challenge(id, 'https://example.org/outputs/1.txt'), keys.Eve);
  assert.ok(event(events, 'court', 'CaseOpened'));
  return id;
}

/** Let the draw block pass: `on_idle` of the next block draws the round by itself, and
 *  `drawJury` then finds nothing to draw. The round's jurors' addresses. */
async function draw(inference) {
  await advance(2);
  const open = (await api.query.court.cases(inference)).unwrap();
  assert.ok(open.phase.isVoting, `on_idle drew the jury (phase ${open.phase.type})`);
  await assert.rejects(sendAndFinalize(api, api.tx.court.drawJury(inference), keys.Eve),
    /court\.NotDrawing/);
  const round = open.rounds.toNumber() - 1;
  return (await api.query.court.rounds(inference, round)).unwrap().seats
    .map((seat) => seat.juror.toString());
}

/** The events of the block (one of the last ten) in which `on_idle` closed `inference`'s case. */
async function closingEvents(inference) {
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  for (let n = head; n > Math.max(0, head - 10); n -= 1) {
    const at = await api.at(await api.rpc.chain.getBlockHash(n));
    const events = (await at.query.system.events()).map(({ event: e }) => e);
    const closed = events.find((e) => e.section === 'court' && e.method === 'CaseClosed');
    if (closed && closed.data.inference.toNumber() === inference) return events;
  }
  throw new Error(`the case of ${inference} was not closed in the last ten blocks`);
}

test('a drawn jury decides a challenge and the provider is slashed', { timeout: 180_000 }, async () => {
  // The dev chain starts with five jurors (the stash accounts of Alice to Eve); Bob and Dave
  // join. None of the stashes and Bob is a party (Dave provides, Eve challenges, Ferdie pays,
  // Alice owns model 0, Charlie is attributed); parties may join but are never drawn.
  const pool = (await api.query.court.pool()).map((j) => j.toString());
  assert.deepEqual(pool, ['AliceStash', 'BobStash', 'CharlieStash', 'DaveStash', 'EveStash']
    .map((name) => keys[name].address), 'the genesis jurors');
  for (const juror of ['Bob', 'Dave']) {
    await sendAndFinalize(api, api.tx.court.joinJury(100n * OPEN), keys[juror]);
  }
  const id = await challengedCall();
  const parties = [keys.Dave.address, keys.Eve.address, keys.Ferdie.address, keys.Alice.address,
    keys.Charlie.address];
  const drawn = await draw(id);
  assert.equal(drawn.length, 3);
  assert.ok(drawn.every((j) => !parties.includes(j)), 'no party sits on the jury');
  // Settlement waits for the verdict.
  assert.ok((await api.query.inference.requests(id)).isSome);
  const stake = await stakeOf(keys.Dave.address);
  await juryVotes(id, true);
  await assert.rejects(sendAndFinalize(api, api.tx.court.finalize(id), keys.Eve), /court\.AppealOpen/);
  await advance(6); // the appeal period (5 blocks): then on_idle closes the case
  await assert.rejects(sendAndFinalize(api, api.tx.court.finalize(id), keys.Eve),
    /court\.UnknownCase/);
  const events = await closingEvents(id);
  assert.ok(event(events, 'inference', 'ChallengeUpheld'));
  assert.equal(event(events, 'court', 'CaseClosed').data.verdict.toString(), 'Upheld');
  // The jurors who revealed were paid their seats' fee, which Eve advanced and Dave's stake
  // reimburses before the slash of 10% of what is left.
  const fee = (await api.query.court.parameters()).unwrap().jurorFee.toBigInt();
  const paid = events.filter((e) => e.section === 'court' && e.method === 'JurorPaid');
  assert.equal(paid.length, 3, 'each revealing juror was paid');
  assert.ok(paid.every((e) => e.data.amount.toBigInt() === fee));
  const reimbursed = event(events, 'inference', 'JuryFeeReimbursed').data;
  assert.equal(reimbursed.to.toString(), keys.Eve.address);
  assert.equal(reimbursed.amount.toBigInt(), 3n * fee);
  const left = stake - 3n * fee;
  assert.equal(await stakeOf(keys.Dave.address), left - left / 10n, 'fees, then 10% slashed');
  assert.ok((await api.query.inference.requests(id)).isNone, 'the user was refunded, the call ended');
});

test('an appeal goes to a larger jury', { timeout: 240_000 }, async () => {
  for (const juror of ['FerdieStash', 'Ferdie']) {
    await sendAndFinalize(api, api.tx.court.joinJury(100n * OPEN), keys[juror]);
  }
  const id = await challengedCall();
  assert.equal((await draw(id)).length, 3);
  await juryVotes(id, false);
  const eveBefore = await free(api, keys.Eve.address);
  const { events } = await sendAndFinalize(api, api.tx.court.appeal(id), keys.Eve);
  const bond = event(events, 'court', 'Appealed').data.bond.toBigInt();
  assert.equal(bond, 5n * OPEN, 'the first appeal bond');
  const drawn = await draw(id);
  assert.equal(drawn.length, 7, 'the appeal jury has 2n + 1 = 7 seats');
  const stake = await stakeOf(keys.Dave.address);
  await juryVotes(id, true);
  await advance(6);
  const closed = { events: await closingEvents(id) };
  assert.ok(event(closed.events, 'inference', 'ChallengeUpheld'));
  // Both juries' fees (3 + 7 seats) were advanced by Eve, on the side that won.
  const fee = (await api.query.court.parameters()).unwrap().jurorFee.toBigInt();
  const left = stake - 10n * fee;
  assert.equal(await stakeOf(keys.Dave.address), left - left / 10n);
  // The appeal changed the ruling: Eve's appeal bond came back (less the fee of appealing,
  // plus her part of the slash as challenger, returned bond of the challenge).
  const settled = event(closed.events, 'court', 'AppealBondSettled').data;
  assert.equal(settled.returned.isTrue, true);
  assert.ok((await free(api, keys.Eve.address)) > eveBefore, 'Eve gained from the upheld challenge');
});
