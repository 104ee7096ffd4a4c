// Grows a dev chain's state so that `benchmark storage` measures ParityDB on a populated trie
// rather than on the ~90 keys of genesis (where one 4.8 MB `:code` value dominates the mean).
//
//   NODE_BIN=... node benchmarks/db/populate.js <base-path>
//
// Starts `--dev` on <base-path> (kept), then: ACCOUNTS (200,000) new accounts endowed in
// `utility.batch`es of BATCH (1,000) transfers from the six dev accounts; CONTRIBUTORS (200)
// accounts that each make CONTRIBUTIONS (20) contributions to the open seeded datanet. Stops the
// node once the last batch is final, so the database is closed cleanly for the benchmark.
import { randomBytes } from 'node:crypto';
import { startNode, waitFor } from '../../tests/e2e/lib/node.js';
import { Keyring, localNonces } from '../../tests/e2e/lib/chain.js';

const [basePath] = process.argv.slice(2);
if (!basePath) throw new Error('usage: populate.js <base-path>');
const ACCOUNTS = Number(process.env.ACCOUNTS ?? 200_000);
const BATCH = Number(process.env.BATCH ?? 1_000);
const CONTRIBUTORS = Number(process.env.CONTRIBUTORS ?? 200);
const CONTRIBUTIONS = Number(process.env.CONTRIBUTIONS ?? 20);
const OPEN = 10n ** 18n;

const node = await startNode('populate', ['--dev', '--base-path', basePath, '--database', 'paritydb',
  '--pool-limit', '65536', '--pool-kbytes', '524288'], { rpcPort: 9971, p2pPort: 30371 });
const { api } = node;
const keyring = new Keyring({ type: 'sr25519' });
const senders = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => keyring.addFromUri(`//${n}`));
const ed = api.consts.balances.existentialDeposit.toBigInt();

// Every sender's batches go out with consecutive nonces; each resolves once in a block.
const nextNonce = localNonces(api);
const included = (tx, pair, nonce) => new Promise((resolve, reject) => {
  tx.signAndSend(pair, { nonce }, ({ status, dispatchError }) => {
    if (dispatchError) reject(new Error(`${pair.address}: ${dispatchError.toString()}`));
    else if (status.isInBlock) resolve(status.asInBlock);
    else if (status.isInvalid || status.isDropped || status.isUsurped) reject(new Error(`${status.type}`));
  }).catch(reject);
});
const submit = async (tx, pair) => included(tx, pair, await nextNonce(pair));
// At most `limit` batches in the pool at once, so the pool's limits never drop one.
async function inWaves(items, limit, make) {
  for (let i = 0; i < items.length; i += limit) await Promise.all(items.slice(i, i + limit).map(make));
}

const started = Date.now();
const batches = Array.from({ length: Math.ceil(ACCOUNTS / BATCH) }, (_, i) => i);
await inWaves(batches, 4 * senders.length, async (i) => {
  const count = Math.min(BATCH, ACCOUNTS - i * BATCH);
  const calls = Array.from({ length: count }, () =>
    api.tx.balances.transferAllowDeath(`0x${randomBytes(32).toString('hex')}`, ed * 10n));
  await submit(api.tx.utility.batchAll(calls), senders[i % senders.length]);
});
console.log(`endowed ${ACCOUNTS} accounts in ${((Date.now() - started) / 1000).toFixed(0)} s`);

// Contributions: each contributor funded, then a batch of contributions to datanet 0.
const contributors = Array.from({ length: CONTRIBUTORS }, (_, i) => keyring.addFromUri(`//Populate/contributor/${i}`));
await submit(api.tx.utility.batchAll(contributors.map((c) =>
  api.tx.balances.transferKeepAlive(c.address, 1_000n * OPEN))), senders[0]);
await inWaves(contributors, 50, (c) => submit(api.tx.utility.batchAll(
  Array.from({ length: CONTRIBUTIONS }, (_, k) => api.tx.datanets.contribute(
    0, `0x${randomBytes(32).toString('hex')}`, 1_000 + k, `ipfs://populate/${c.address}/${k}`))), c));
console.log(`${CONTRIBUTORS * CONTRIBUTIONS} contributions in ${((Date.now() - started) / 1000).toFixed(0)} s`);

// Let what was imported become final, so the benchmark reads a settled state.
const best = (await api.rpc.chain.getHeader()).number.toNumber();
await waitFor('finality', async () => (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber() >= best, 120_000, 1_000);
console.log(`state populated and final at block #${best}; stopping the node`);
process.exitCode = await node.stop() === 0 ? 0 : 1;
