// A datanet: its contributions by status, its versions and their commitments, its pool, and
// the models trained on it.
import type { ApiPromise } from '@polkadot/api';
import { allPages, NotFound, parseId } from '../chain';
import { h, link, table } from '../dom';
import { open, short, text } from '../format';

const STATUSES = ['Pending', 'Accepted', 'Rejected', 'Removed'] as const;

export async function datanetPage(api: ApiPromise, arg?: string): Promise<HTMLElement> {
  const id = parseId(arg);
  if (id === null) throw new NotFound(`“${arg ?? ''}” is not a datanet id.`);
  const report = await api.call.attributionApi.datanetStats(id);
  if (report.isNone) throw new NotFound(`No datanet ${id} on this chain.`);
  const { datanet: stats, pool } = report.unwrap();
  const [info, contributions, versions, models] = await Promise.all([
    api.query.datanets.datanets(id),
    allPages(async (start: number | null) => {
      const page = await api.call.attributionApi.datanetContributions(id, start, 100);
      return { items: page.items.toArray(), next: page.next.isSome ? page.next.unwrap().toNumber() : null };
    }),
    allPages(async (start: number | null) => {
      const page = await api.call.attributionApi.datanetVersions(id, start, 100);
      return { items: page.items.toArray(), next: page.next.isSome ? page.next.unwrap().toNumber() : null };
    }),
    allPages(async (start: number | null) => {
      const page = await api.call.attributionApi.datanetModels(id, start, 100);
      return { items: page.items.toArray(), next: page.next.isSome ? page.next.unwrap().toNumber() : null };
    }),
  ]);
  const name = info.isSome ? text(info.unwrap().metadata.name) : `#${id}`;
  const counts: Record<string, number> = {
    Pending: stats.pending.toNumber(), Accepted: stats.accepted.toNumber(),
    Rejected: stats.rejected.toNumber(), Removed: stats.removed.toNumber(),
  };
  const figure = (testid: string, label: string, value: bigint) =>
    h('div', { class: 'figure' }, h('span', {}, label),
      h('strong', { 'data-testid': testid, 'data-planck': value.toString() }, open(value)));
  return h('section', {},
    h('h1', {}, `Datanet #${id}: ${name}`),
    h('p', { class: 'lead' }, 'Curator ', link(`account/${stats.curator.toString()}`, short(stats.curator.toString())),
      ` · ${stats.active.isTrue ? 'active' : 'closed'} · ${stats.contributors.toString()} contributors · total share `,
      h('span', { 'data-testid': 'total-share' }, stats.totalShare.toString()),
      ` · latest version ${stats.latestVersion.toString()}`),
    h('h2', {}, 'Pool'),
    h('div', { class: 'figures' },
      figure('pool-paid-in', 'Paid in', pool.paidIn.toBigInt()),
      figure('pool-claimed', 'Claimed', pool.claimed.toBigInt()),
      figure('pool-direct', 'Paid directly to attributed contributions', pool.direct.toBigInt()),
      h('div', { class: 'figure' }, h('span', {}, 'Payments'), h('strong', { 'data-testid': 'pool-payments' },
        pool.payments.toString()))),
    h('h2', {}, 'Contributions by status'),
    table(STATUSES.slice(), [STATUSES.map((status) => h('span', { 'data-testid': `count-${status}` },
      String(counts[status])))], 'status-counts'),
    table(['Id', 'Contributor', 'Status', 'Weight', 'Size', 'Content hash'], contributions.map((c) => [
      h('span', { 'data-testid': 'contribution-id' }, c.id.toString()),
      link(`account/${c.contributor.toString()}`, short(c.contributor.toString())),
      h('span', { 'data-testid': 'contribution-status' }, c.status.type), c.weight.toString(),
      `${c.size.toString()} B`, h('code', {}, short(c.contentHash.toHex()))]), 'contributions'),
    h('h2', {}, 'Versions'),
    versions.length
      ? table(['Version', 'Contributions', 'Total share', 'Commitment', 'Published at'], versions.map(([v, info_]) => [
        v.toString(), info_.contributions.toString(), info_.totalShare.toString(),
        h('code', { 'data-testid': 'commitment', 'data-version': v.toString() }, info_.commitment.toHex()),
        `#${info_.publishedAt.toString()}`]), 'versions')
      : h('p', {}, 'No version published yet.'),
    h('h2', {}, 'Models trained on it'),
    models.length
      ? h('ul', { 'data-testid': 'models' }, models.map((m) => h('li', {}, link(`model/${m.toString()}`, `Model #${m.toString()}`))))
      : h('p', {}, 'No model cites this datanet yet.'));
}
