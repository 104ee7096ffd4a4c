// Cumulative earnings of each party over blocks, as a line chart.
import { h, s } from './dom';
import { open, short } from './format';

export interface Point { block: number; amount: bigint }

const COLORS = ['#4f7fd9', '#3aa675', '#e0913a', '#b05cc8', '#d9534f', '#8a8f98', '#2bb3c0', '#c0a32b'];

/** One line per party: its earnings summed up to each block where it earned. */
export function earningsChart(series: Map<string, Point[]>): HTMLElement {
  const width = 720;
  const height = 260;
  const pad = 40;
  const all = [...series.values()].flat();
  if (!all.length) return h('p', {}, 'No settled call yet.');
  const blocks = all.map((p) => p.block);
  const [first, last] = [Math.min(...blocks), Math.max(...blocks)];
  const totals = [...series.values()].map((points) => points.reduce((sum, p) => sum + p.amount, 0n));
  const max = totals.reduce((a, b) => (a > b ? a : b), 1n);
  const x = (block: number) => pad + ((block - first) / Math.max(1, last - first)) * (width - 2 * pad);
  const y = (amount: bigint) => height - pad - (Number((amount * 10_000n) / max) / 10_000) * (height - 2 * pad);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'data-testid': 'earnings-chart' },
    s('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: 'axis' }),
    s('text', { x: pad, y: height - 12, class: 'axis-label' }, `block #${first}`),
    s('text', { x: width - pad, y: height - 12, 'text-anchor': 'end', class: 'axis-label' }, `#${last}`));
  const legend = h('ul', { class: 'legend' });
  [...series.entries()].forEach(([party, points], i) => {
    let sum = 0n;
    const path = points
      .slice()
      .sort((a, b) => a.block - b.block)
      .map((p, j) => {
        sum += p.amount;
        return `${j ? 'L' : 'M'}${x(p.block).toFixed(1)},${y(sum).toFixed(1)}`;
      })
      .join(' ');
    const color = COLORS[i % COLORS.length];
    svg.append(s('path', { d: points.length === 1 ? `${path} h4` : path, stroke: color, fill: 'none', 'stroke-width': 2.5 }));
    legend.append(h('li', {}, h('span', { class: 'swatch', style: `background:${color}` }), `${short(party)}: ${open(sum)}`));
  });
  return h('div', {}, svg, legend);
}
