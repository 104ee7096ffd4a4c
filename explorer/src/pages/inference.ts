// An inference call: the flow of its fee to every party, with the attribution that paid them.
import type { ApiPromise } from '@polkadot/api';
import { NotFound, parseId } from '../chain';
import { h, link, table } from '../dom';
import { open, percent, short } from '../format';
import { feeParties, partiesTable, sankey } from '../sankey';

export async function inferencePage(api: ApiPromise, arg?: string): Promise<HTMLElement> {
  const id = parseId(arg);
  if (id === null) throw new NotFound(`“${arg ?? ''}” is not an inference call id.`);
  const [receipt, request] = await Promise.all([
    api.call.attributionApi.receipt(id),
    api.query.inference.requests(id),
  ]);
  if (receipt.isNone) {
    if (request.isNone) throw new NotFound(`No inference call ${id} on this chain (or its receipt was pruned).`);
    const open_ = request.unwrap();
    return h('section', {},
      h('h1', {}, `Inference call #${id}`),
      h('p', { 'data-testid': 'unsettled' },
        `Not settled yet: ${open_.status.type}. Fee in escrow: ${open(open_.fee.toBigInt())}. Model `,
        link(`model/${open_.model.toString()}`, `#${open_.model.toString()}`), ', provider ',
        link(`account/${open_.provider.toString()}`, short(open_.provider.toString())), '.'));
  }
  const r = receipt.unwrap();
  const fee = r.fee.toBigInt();
  const parties = feeParties(r);
  const attribution = [
    ...r.attribution.contributions.map(([c, score]) => [`contribution #${c.toString()}`, percent(score.toBigInt())]),
    ...r.attribution.datanets.map(([d, score]) => [link(`datanet/${d.toString()}`, `datanet #${d.toString()}`),
      percent(score.toBigInt())]),
  ];
  return h('section', {},
    h('h1', {}, `Inference call #${id}`),
    h('p', { class: 'lead' }, 'Model ', link(`model/${r.model.toString()}`, `#${r.model.toString()}`),
      ` · fee `, h('strong', { 'data-testid': 'fee', 'data-planck': fee.toString() }, open(fee)),
      ` · settled at block #${r.settledAt.toString()} · data side ${percent(r.dataSide.toBigInt())} of the fee`),
    h('div', { class: 'card' }, sankey(fee, parties)),
    h('h2', {}, 'Who earned what'),
    partiesTable(parties),
    h('h2', {}, 'The attribution that paid them'),
    attribution.length
      ? table(['Attributed', 'Score (of the data side)'], attribution, 'attribution')
      : h('p', {}, 'No scores: the whole data side went to the training datanets.'));
}
