// A batch of paid calls: one provider's calls on one model in one epoch, who paid for them,
// where its audit stands, and how its aggregated attribution pays the data side.
import type { ApiPromise } from '@polkadot/api';
import { NotFound, parseId } from '../chain';
import { h, link, table } from '../dom';
import { open, percent, short } from '../format';

const BILLION = 1_000_000_000n;

/** What a fee-weighted `weight` receives of a batch of `fees` whose data side is `data` parts
 * per billion: ⌊data × weight / 10¹⁸⌋, the chain's rounding (`openledger_formulas::batch`). */
const part = (data: bigint, weight: bigint): bigint => (data * weight) / (BILLION * BILLION);

/** A weight as a share of the batch's fees (`fees × 10⁹` is 100%), in parts per billion. */
const share = (weight: bigint, fees: bigint): bigint => (fees === 0n ? 0n : weight / fees);

/** An amount with its exact planck for tests and tools. */
const amount = (planck: bigint): HTMLElement => h('span', { 'data-planck': planck.toString() }, open(planck));

export async function batchPage(api: ApiPromise, arg?: string): Promise<HTMLElement> {
  const id = parseId(arg);
  if (id === null) throw new NotFound(`“${arg ?? ''}” is not a batch id.`);
  const stored = await api.query.batches.batches(id);
  if (stored.isNone) throw new NotFound(`No batch ${id} on this chain (or it was closed).`);
  const b = stored.unwrap();
  const fees = b.fees.toBigInt();
  const data = BigInt(b.terms.data.toNumber());
  const status = b.status;
  let standing: (Node | string)[];
  if (status.isAudit) {
    const audit = status.asAudit;
    const disputableUntil = audit.revealBy.toNumber() - api.consts.batches.revealWindow.toNumber();
    standing = [`In audit: samples drawn from block #${audit.seedAt.toString()}'s hash, `,
      `disputable until block #${disputableUntil}, then settled with its samples revealed (due by block `,
      `#${audit.revealBy.toString()}; ${audit.revealed.toNumber().toString(2).split('1').length - 1} revealed so far) `,
      `once no dispute is open.`];
  } else if (status.isSettled) {
    const settled = status.asSettled;
    standing = [`Settled: the fees were split once. The tail received ${open(settled.tail.toBigInt())}, `,
      `of which ${open(settled.claimed.toBigInt())} is claimed; claims close at block #${settled.claimsUntil.toString()}.`];
  } else {
    standing = [`Void: an audit sample was not revealed, or a dispute was upheld. The payers kept their fees and the provider was slashed; `,
      `closable from block #${status.asVoid.closableAt.toString()}.`];
  }
  // Open disputes of this batch, each a court case (its id: the dispute's with the top bit set).
  const disputes = (await api.query.batches.disputes.entries())
    .map(([key, d]) => ({ id: key.args[0].toBigInt(), dispute: d.unwrap() }))
    .filter(({ dispute }) => dispute.batch.toNumber() === id)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  const CASE = 1n << 63n;
  const subject = (s: (typeof disputes)[number]['dispute']['subject']): string =>
    s.isAggregate ? 'the aggregate (its records do not sum to it, or were not published)'
      : `call ${s.asCall.sequence.toString()} of payer #${s.asCall.payerIndex.toString()}: output ${short(s.asCall.outputHash.toHex())}, attribution ${short(s.asCall.attributionHash.toHex())}`;
  const scores = b.scores;
  const rows = [
    ...scores.contributions.map(([c, w]) => [`contribution #${c.toString()}`, percent(share(w.toBigInt(), fees)),
      amount(part(data, w.toBigInt()))]),
    ...scores.datanets.map(([d, w]) => [link(`datanet/${d.toString()}`, `datanet #${d.toString()} (pool)`),
      percent(share(w.toBigInt(), fees)), amount(part(data, w.toBigInt()))]),
    [`the tail: ${b.tailLeaves.toString()} contributions, claimed with proofs`,
      percent(share(scores.tail.toBigInt(), fees)), amount(part(data, scores.tail.toBigInt()))],
  ];
  return h('section', {},
    h('h1', {}, `Batch #${id}`),
    h('p', { class: 'lead' }, `${b.calls.toString()} calls on model `,
      link(`model/${b.model.toString()}`, `#${b.model.toString()}`), ` in epoch ${b.epoch.toString()}, served by `,
      link(`account/${b.provider.toString()}`, short(b.provider.toString())), ` · fees `,
      h('strong', { 'data-testid': 'fees', 'data-planck': fees.toString() }, open(fees)),
      ` · data side ${percent(data)} of the fees`),
    h('p', { 'data-testid': 'batch-status' }, ...standing),
    h('h2', {}, 'Who paid'),
    table(['Payer', 'Calls', 'Fee (its last receipt)'], b.payers.map((p) => [
      link(`account/${p.payer.toString()}`, short(p.payer.toString())), p.calls.toString(),
      open(p.fee.toBigInt())]), 'payers'),
    h('h2', {}, 'Disputes'),
    disputes.length === 0 ? h('p', { 'data-testid': 'batch-disputes' }, 'None open.')
      : table(['Dispute', 'Court case', 'Challenger', 'Disputed'], disputes.map(({ id: d, dispute }) => [
        `#${d.toString()}`, (CASE + d).toString(),
        link(`account/${dispute.challenger.toString()}`, short(dispute.challenger.toString())),
        subject(dispute.subject)]), 'batch-disputes'),
    h('h2', {}, 'The aggregated attribution'),
    h('p', {}, 'Each weight is the fee-weighted sum of the calls\' scores; its part of the data side is rounded down once.'),
    table(['Attributed', 'Share of the fees (before the data side)', 'Part'], rows, 'batch-attribution'),
    h('p', {}, `Calls root ${short(b.callsRoot.toHex())} · tail root ${short(b.tailRoot.toHex())}`));
}
