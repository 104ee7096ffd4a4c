// A model's lineage drawn as a graph: its ancestors above it (each edge with the royalty rate
// the model below pays up), its derivatives below.
import { s } from './dom';
import { percent } from './format';

export interface LineageNode { model: number; owner: string; royalty?: bigint }

/** `chain` from the model itself up to its base; `derivatives` built on the model. */
export function lineageGraph(chain: LineageNode[], derivatives: number[]): SVGElement {
  const rowHeight = 78;
  const width = 720;
  const rows = chain.length + (derivatives.length ? 1 : 0);
  const svg = s('svg', { viewBox: `0 0 ${width} ${rows * rowHeight + 20}`, width: '100%', role: 'img',
    'data-testid': 'lineage-graph', 'aria-label': 'Lineage graph' });
  const box = (x: number, y: number, model: number, current: boolean, testid: string) =>
    s('a', { href: `#/model/${model}` },
      s('g', { 'data-testid': testid, 'data-model': model },
        s('rect', { x, y, width: 170, height: 40, rx: 8, class: current ? 'node current' : 'node' }),
        s('text', { x: x + 85, y: y + 25, 'text-anchor': 'middle' }, `Model #${model}`)));
  const center = (width - 170) / 2;
  // The base at the top, the model at the bottom of the chain.
  const top = [...chain].reverse();
  top.forEach((node, row) => {
    const y = 10 + row * rowHeight;
    svg.append(box(center, y, node.model, row === top.length - 1, 'lineage-node'));
    if (row > 0) {
      const below = top[row];
      svg.append(s('line', { x1: width / 2, y1: y, x2: width / 2, y2: y - rowHeight + 40, class: 'edge' }),
        s('text', { x: width / 2 + 10, y: y - 14, class: 'edge-label', 'data-testid': 'royalty',
          'data-model': below.model, 'data-parts': String(below.royalty ?? 0n) },
        `pays ${percent(below.royalty ?? 0n)} royalty up`));
    }
  });
  if (derivatives.length) {
    const y = 10 + chain.length * rowHeight;
    const step = width / derivatives.length;
    derivatives.forEach((model, i) => {
      const x = Math.max(0, Math.min(width - 170, step * i + (step - 170) / 2));
      svg.append(s('line', { x1: width / 2, y1: y - rowHeight + 50, x2: x + 85, y2: y, class: 'edge derived' }),
        box(x, y, model, false, 'derivative-node'));
    });
  }
  return svg;
}
