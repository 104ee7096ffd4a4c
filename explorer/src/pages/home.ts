// The start page: every datanet and model, and the latest inference calls.
import type { ApiPromise } from '@polkadot/api';
import { h, link, table } from '../dom';
import { open, short, text } from '../format';

export async function homePage(api: ApiPromise): Promise<HTMLElement> {
  const [datanets, models, nextInference] = await Promise.all([
    api.query.datanets.datanets.entries(),
    api.query.models.models.entries(),
    api.query.inference.nextInferenceId(),
  ]);
  const byId = <T,>(entries: [{ args: [{ toNumber(): number }] }, T][]) =>
    entries.map(([key, value]) => [key.args[0].toNumber(), value] as const).sort((a, b) => a[0] - b[0]);
  const latest = Array.from({ length: Math.min(10, Number(nextInference.toBigInt())) },
    (_, i) => Number(nextInference.toBigInt()) - 1 - i);
  return h('section', {},
    h('h1', {}, 'Where the value went'),
    h('p', { class: 'lead' }, 'Datanets, the models trained on them, and who earned what from every paid call.'),
    h('h2', {}, 'Datanets'),
    table(['Id', 'Name', 'Curator'], byId(datanets).map(([id, info]) => [
      link(`datanet/${id}`, `#${id}`), info.isSome ? text(info.unwrap().metadata.name) : '',
      info.isSome ? short(info.unwrap().curator.toString()) : '']), 'datanet-list'),
    h('h2', {}, 'Models'),
    table(['Id', 'Name', 'Price'], byId(models).map(([id, info]) => [
      link(`model/${id}`, `#${id}`), info.isSome ? text(info.unwrap().metadata.name) : '',
      info.isSome ? open(info.unwrap().price.toBigInt()) : '']), 'model-list'),
    h('h2', {}, 'Latest inference calls'),
    latest.length
      ? h('ul', {}, latest.map((id) => h('li', {}, link(`inference/${id}`, `Call #${id}`))))
      : h('p', {}, 'No call yet.'));
}
