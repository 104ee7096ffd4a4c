// A model: its lineage with royalty rates, its earnings by party over time, its derivatives.
import type { ApiPromise } from '@polkadot/api';
import { earningsChart, type Point } from '../chart';
import { allPages, NotFound, parseId } from '../chain';
import { h, link, table } from '../dom';
import { open, percent, short, text } from '../format';
import { lineageGraph, type LineageNode } from '../lineage';
import { feeParties } from '../sankey';

export async function modelPage(api: ApiPromise, arg?: string): Promise<HTMLElement> {
  const id = parseId(arg);
  if (id === null) throw new NotFound(`“${arg ?? ''}” is not a model id.`);
  const [lineage, earnings, info, openCases] = await Promise.all([
    api.call.attributionApi.lineage(id),
    api.call.attributionApi.modelEarnings(id),
    api.query.models.models(id),
    api.query.inference.openCasesOf(id),
  ]);
  if (lineage.isNone || info.isNone) throw new NotFound(`No model ${id} on this chain.`);
  const model = info.unwrap();
  const [derivatives, receipts] = await Promise.all([
    allPages(async (start: number | null) => {
      const page = await api.call.attributionApi.modelDerivatives(id, start, 100);
      return { items: page.items.map((m) => m.toNumber()), next: page.next.isSome ? page.next.unwrap().toNumber() : null };
    }),
    api.query.rewards.receipts.entries(),
  ]);
  const l = lineage.unwrap();
  // The model itself, then each ancestor; each link's royalty is what the one below pays up.
  const chain: LineageNode[] = [{ model: id, owner: l.owner.toString() }];
  l.ancestors.forEach((ancestor, i) => {
    chain[i].royalty = ancestor.royalty.toBigInt();
    chain.push({ model: ancestor.model.toNumber(), owner: ancestor.owner.toString() });
  });

  // Earnings by party over time, from the receipts still kept.
  const series = new Map<string, Point[]>();
  for (const [, maybe] of receipts) {
    if (maybe.isNone) continue;
    const receipt = maybe.unwrap();
    if (receipt.model.toNumber() !== id) continue;
    const block = receipt.settledAt.toNumber();
    for (const party of feeParties(receipt)) {
      if (party.amount === 0n) continue;
      const key = party.href ? party.href.replace(/^account\//, '') : party.label;
      const points = series.get(key) ?? [];
      points.push({ block, amount: party.amount });
      series.set(key, points);
    }
  }

  const totals = earnings.isSome ? earnings.unwrap().totals : undefined;
  const figure = (key: string, label: string, value: bigint | undefined) =>
    [label, h('span', { 'data-testid': `earnings-${key}`, 'data-planck': String(value ?? 0n) }, open(value ?? 0n))];
  const kind = model.kind.isBase ? 'base model'
    : model.kind.isFineTune ? `fine-tune of #${model.kind.asFineTune.parent.toString()}`
      : `adapter on #${model.kind.asAdapter.base.toString()}`;
  return h('section', {},
    h('h1', {}, `Model #${id}: ${text(model.metadata.name)}`),
    h('p', { class: 'lead' }, `${kind} · owner `, link(`account/${model.owner.toString()}`, short(model.owner.toString())),
      ` · price ${open(model.price.toBigInt())} per call · ${model.status.type.toLowerCase()}`),
    // Its owner is a party of each open challenge it is paid by: it cannot change hands.
    openCases.toNumber() === 0 ? null : h('p', { 'data-testid': 'ownership-locked' },
      `Ownership locked: ${openCases.toNumber()} open challenge${openCases.toNumber() === 1 ? '' : 's'} `
        + 'of calls that pay this model\'s owner; it can be transferred after the verdict.'),
    h('h2', {}, 'Lineage'),
    h('div', { class: 'card' }, lineageGraph(chain, derivatives)),
    table(['Model', 'Owner', 'Royalty it pays up'], chain.map((node) => [
      link(`model/${node.model}`, `#${node.model}`), link(`account/${node.owner}`, short(node.owner)),
      node.royalty === undefined ? '—' : percent(node.royalty)]), 'lineage'),
    h('h2', {}, 'Trained on'),
    table(['Datanet', 'Version', 'Training share'], model.training.map((source) => [
      link(`datanet/${source.datanet.toString()}`, `#${source.datanet.toString()}`), source.version.toString(),
      percent(source.share.toBigInt())]), 'training'),
    h('h2', {}, 'Earnings'),
    table(['', 'Amount'], [
      ['Calls', h('span', { 'data-testid': 'earnings-calls' }, totals?.calls.toString() ?? '0')],
      figure('fees', 'Fees paid', totals?.fees.toBigInt()),
      figure('to-owner', 'To the owner', totals?.toOwner.toBigInt()),
      figure('to-ancestors', 'To ancestors (royalties)', totals?.toAncestors.toBigInt()),
      figure('to-providers', 'To providers', totals?.toProviders.toBigInt()),
      figure('to-data', 'To the data side', totals?.toData.toBigInt()),
      figure('to-treasury', 'To the treasury', totals?.toTreasury.toBigInt()),
      figure('royalties-received', 'Royalties received from derivatives', totals?.royaltiesReceived.toBigInt()),
    ], 'earnings'),
    h('h3', {}, 'By party over time'),
    earningsChart(series),
    h('h2', {}, 'Derivatives'),
    derivatives.length
      ? h('ul', { 'data-testid': 'derivatives' }, derivatives.map((m) => h('li', {}, link(`model/${m}`, `Model #${m}`))))
      : h('p', {}, 'No model is built on this one yet.'));
}
