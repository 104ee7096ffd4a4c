// Runs the whole OpenLedger story against a running dev chain and prints who paid what and who
// earned what. Start a chain first (`scripts/dev.sh`, either sealing mode), then:
//   scripts/demo.sh [ws://127.0.0.1:9944]
import { connectTo } from './lib/chain.js';
import { runStory, storyKeys, OPEN } from './lib/story.js';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';

function open(planck) {
  const value = BigInt(planck);
  const frac = (value % OPEN).toString().padStart(18, '0').replace(/0+$/, '');
  return `${value / OPEN}${frac ? `.${frac}` : ''} OPEN`;
}

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  rows.forEach((r) => console.log(line(r)));
}

const api = await connectTo(url);
const keys = storyKeys();
const names = new Map(Object.entries(keys).map(([name, pair]) => [pair.address, name]));
const who = (address) => names.get(address) ?? address;

// Instant sealing makes blocks on request; Aura makes one every 6 s.
async function advance(n) {
  try {
    for (let i = 0; i < n; i += 1) await api.rpc.engine.createBlock(true, true);
  } catch {
    const start = (await api.rpc.chain.getHeader()).number.toNumber();
    while ((await api.rpc.chain.getHeader()).number.toNumber() < start + n) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

console.log(`OpenLedger demo against ${url}`);
const story = await runStory(api, keys, advance, (step) => console.log(`  ✓ ${step}`));
const r = story.receiptRpc;

table(`Inference ${story.inference} on model ${story.adapter} (Radiology LoRA): who paid what`,
  ['payer', 'paid', 'planck'],
  [[who(keys.User.address), open(story.userPaid), story.userPaid]]);

table('Who earned what (the receipt; parts sum to the fee)', ['party', 'role', 'amount', 'planck'], [
  [who(r.provider.account), 'provider', open(r.provider.amount), r.provider.amount],
  [who(r.owner.account), `owner of model ${r.model}`, open(r.owner.amount), r.owner.amount],
  ...r.ancestors.map((a) => [who(a.owner), `royalty, ancestor model ${a.model}`, open(a.amount), a.amount]),
  ...r.contributors.map((c) => [who(c.contributor), `contribution ${c.contribution} (datanet ${c.datanet})`, open(c.amount), c.amount]),
  ...r.pools.map((p) => [`datanet ${p.datanet} pool`, 'contributors pro rata to share', open(p.amount), p.amount]),
  ['treasury', 'policy part and rounding', open(r.treasury), r.treasury],
  ['total', '', open(r.fee), r.fee],
]);

table('Claims (balance change + transaction fee = credits + pool rewards)',
  ['party', 'credits', 'pool rewards', 'received'],
  story.claims.map((c) => [c.name, open(c.credits),
    c.pools.map((p) => `datanet ${p.datanet}: ${open(p.amount)}`).join(', ') || '-', open(c.received)]));

console.log(`\nSee it in the explorer (scripts/explorer.sh ${url}):`);
console.log(`  http://127.0.0.1:4173/?rpc=${encodeURIComponent(url)}#/inference/${story.inference}`);
await api.disconnect();
