// Where one fee went, from the receipt the runtime keeps, drawn as a Sankey diagram: the fee,
// then the treasury, the provider, the model side and the data side, then every party of the
// model and data sides. Every part carries its exact amount in planck.
import type { PalletRewardsReceipt } from '@polkadot/types/lookup';
import { h, s } from './dom';
import { open, percent, short } from './format';

/** One recipient of a fee. */
export interface Party {
  /** `treasury`, `provider`, `owner`, `ancestor`, `contributor` or `pool`. */
  role: string;
  /** The side it is paid from: `treasury`, `provider`, `model` or `data`. */
  side: string;
  label: string;
  detail: string;
  /** Where the explorer shows it: an account, a datanet. */
  href: string;
  amount: bigint;
}

/** Every recipient of the fee a receipt records; their amounts sum to the fee. */
export function feeParties(receipt: PalletRewardsReceipt): Party[] {
  const scores = new Map<string, bigint>();
  for (const [id, score] of receipt.attribution.contributions) scores.set(`c${id.toString()}`, score.toBigInt());
  for (const [id, score] of receipt.attribution.datanets) scores.set(`d${id.toString()}`, score.toBigInt());
  const account = (who: { toString(): string }) => `account/${who.toString()}`;
  const parties: Party[] = [
    { role: 'treasury', side: 'treasury', label: 'Treasury', detail: 'its rate and every rounding remainder',
      href: '', amount: receipt.treasury.toBigInt() },
    { role: 'provider', side: 'provider', label: `Provider ${short(receipt.provider.account.toString())}`,
      detail: 'served the call', href: account(receipt.provider.account), amount: receipt.provider.amount.toBigInt() },
    { role: 'owner', side: 'model', label: `Owner ${short(receipt.owner.account.toString())}`,
      detail: `model #${receipt.model.toString()}`, href: account(receipt.owner.account),
      amount: receipt.owner.amount.toBigInt() },
  ];
  for (const part of receipt.ancestors) {
    parties.push({ role: 'ancestor', side: 'model', label: `Ancestor model #${part.model.toString()}`,
      detail: `owner ${short(part.owner.toString())}, royalty`, href: account(part.owner),
      amount: part.amount.toBigInt() });
  }
  for (const part of receipt.contributors) {
    const score = scores.get(`c${part.contribution.toString()}`);
    parties.push({ role: 'contributor', side: 'data', label: `Contribution #${part.contribution.toString()}`,
      detail: `${short(part.contributor.toString())}, score ${score === undefined ? '?' : percent(score)}`,
      href: account(part.contributor), amount: part.amount.toBigInt() });
  }
  for (const part of receipt.pools) {
    const score = scores.get(`d${part.datanet.toString()}`);
    parties.push({ role: 'pool', side: 'data', label: `Pool of datanet #${part.datanet.toString()}`,
      detail: score === undefined ? 'training share of the unscored data side' : `score ${percent(score)} (and any training share)`,
      href: `datanet/${part.datanet.toString()}`, amount: part.amount.toBigInt() });
  }
  return parties;
}

const SIDES: Record<string, { label: string; color: string }> = {
  treasury: { label: 'Treasury', color: '#8a8f98' },
  provider: { label: 'Provider', color: '#e0913a' },
  model: { label: 'Model side', color: '#4f7fd9' },
  data: { label: 'Data side', color: '#3aa675' },
};

/** The Sankey diagram of `fee` paid to `parties`. */
export function sankey(fee: bigint, parties: Party[]): SVGElement {
  const width = 960;
  const gap = 10;
  const nodeWidth = 14;
  const columns = [20, 330, 640];
  const bodies = Math.max(parties.length, 4);
  const height = Math.max(320, bodies * 34);
  const usable = height - gap * (bodies + 1);
  const scale = (amount: bigint) => (fee === 0n ? 0 : Math.max(2, (Number((amount * 1_000_000n) / fee) / 1_000_000) * usable));

  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'data-testid': 'sankey',
    'data-fee': fee.toString(), 'aria-label': `Sankey diagram of ${open(fee)}` });
  const feeHeight = Math.max(...[scale(fee), 2]);
  const feeTop = (height - feeHeight) / 2;
  svg.append(s('rect', { x: columns[0], y: feeTop, width: nodeWidth, height: feeHeight, fill: '#333' }),
    s('text', { x: columns[0] + nodeWidth + 6, y: feeTop - 6, class: 'node-label' }, `Fee ${open(fee)}`));

  // Column 2: each side; the treasury and the provider end there, the others go on.
  const sides = ['treasury', 'provider', 'model', 'data']
    .map((side) => ({ side, amount: parties.filter((p) => p.side === side).reduce((sum, p) => sum + p.amount, 0n) }))
    .filter((side) => side.amount > 0n || side.side === 'treasury' || side.side === 'provider');
  let y = gap;
  let feeOut = feeTop;
  const sideTops = new Map<string, number>();
  for (const { side, amount } of sides) {
    const size = scale(amount);
    const { color, label } = SIDES[side];
    sideTops.set(side, y);
    const band = ribbon(columns[0] + nodeWidth, feeOut, columns[1], y, size);
    svg.append(s('path', { d: band, fill: color, opacity: 0.35 }));
    const node = s('g', side === 'treasury' || side === 'provider'
      ? { 'data-testid': 'sankey-part', 'data-role': side, 'data-planck': amount.toString() }
      : { 'data-testid': 'sankey-side', 'data-side': side, 'data-planck': amount.toString() },
    s('rect', { x: columns[1], y, width: nodeWidth, height: size, fill: color }),
    s('text', { x: columns[1] + nodeWidth + 6, y: y + Math.min(size / 2, 14) + 4, class: 'node-label' },
      `${label} ${open(amount)}`));
    svg.append(node);
    feeOut += size;
    y += size + gap;
  }

  // Column 3: the parties of the model and data sides.
  let partyY = gap;
  const sideOut = new Map(sideTops);
  for (const party of parties.filter((p) => p.side === 'model' || p.side === 'data')) {
    const size = scale(party.amount);
    const from = sideOut.get(party.side) ?? 0;
    svg.append(s('path', { d: ribbon(columns[1] + nodeWidth, from, columns[2], partyY, size),
      fill: SIDES[party.side].color, opacity: 0.3 }));
    sideOut.set(party.side, from + size);
    const label = s('text', { x: columns[2] + nodeWidth + 6, y: partyY + Math.min(size / 2, 14) + 4, class: 'node-label' },
      `${party.label}: ${open(party.amount)}`);
    svg.append(s('g', { 'data-testid': 'sankey-part', 'data-role': party.role, 'data-planck': party.amount.toString() },
      s('rect', { x: columns[2], y: partyY, width: nodeWidth, height: size, fill: SIDES[party.side].color }),
      party.href ? s('a', { href: `#/${party.href}` }, label) : label));
    partyY += size + gap;
  }
  return svg;
}

/** A band of `size` from (x0, y0) to (x1, y1), its top edge at those points. */
function ribbon(x0: number, y0: number, x1: number, y1: number, size: number): string {
  const mid = (x0 + x1) / 2;
  return `M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1} L${x1},${y1 + size} C${mid},${y1 + size} ${mid},${y0 + size} ${x0},${y0 + size} Z`;
}

/** The parties as a table, to the planck. */
export function partiesTable(parties: Party[]): HTMLTableElement {
  return h('table', { 'data-testid': 'parties' },
    h('thead', {}, h('tr', {}, ['Party', 'Role', 'Why', 'Amount', 'Planck'].map((t) => h('th', {}, t)))),
    h('tbody', {}, parties.map((party) => h('tr', { 'data-testid': 'party-row', 'data-role': party.role,
      'data-planck': party.amount.toString() },
    h('td', {}, party.href ? h('a', { href: `#/${party.href}` }, party.label) : party.label),
    h('td', {}, party.role), h('td', {}, party.detail), h('td', { class: 'num' }, open(party.amount)),
    h('td', { class: 'num' }, party.amount.toString())))));
}
