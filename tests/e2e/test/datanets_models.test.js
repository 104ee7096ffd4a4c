// Datanets and models from polkadot.js, against a dev node in instant sealing: what a user of
// the apps UI or @polkadot/api does first, including the errors they meet first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { startNode, sendAndFinalize, nodePorts } from '../lib/node.js';
import { event } from '../lib/story.js';

const OPEN = 10n ** 18n;
let node;
let api;
let keys;

before(async () => {
  node = await startNode('dev-pallets', ['--dev', '--tmp', '--sealing', 'instant'],
    await nodePorts());
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519' });
  keys = Object.fromEntries(['Alice', 'Bob', 'Charlie', 'Dave'].map((n) => [n, keyring.addFromUri(`//${n}`)]));
});

after(async () => { if (node) assert.equal(await node.stop(), 0); });


test('the dev chain is seeded with datanets and models', { timeout: 240_000 }, async () => {
  const open = (await api.query.datanets.datanets(0)).unwrap();
  assert.equal(open.mode.toString(), 'Open');
  assert.equal(open.curator.toString(), keys.Alice.address);
  assert.equal(open.accepted.toNumber(), 3);
  assert.equal(open.latestVersion.toNumber(), 1);
  const curated = (await api.query.datanets.datanets(1)).unwrap();
  assert.equal(curated.mode.toString(), 'Curated');
  assert.equal(curated.pending.toNumber(), 1);

  const lora = (await api.query.models.models(1)).unwrap();
  assert.equal(lora.owner.toString(), keys.Bob.address);
  assert.ok(lora.kind.isAdapter);
  assert.equal(lora.kind.asAdapter.base.toNumber(), 0);
  assert.equal(lora.lineage.length, 1);
  assert.equal(lora.lineage[0].royalty.toNumber(), 100_000_000, '10% as Perbill parts');
});

test('contribute, curate, publish a version and register a fine-tune on it', { timeout: 240_000 }, async () => {
  const hash = '0x' + 'ab'.repeat(32);
  const before = (await api.query.system.account(keys.Charlie.address)).data;
  const { events } = await sendAndFinalize(api,
    api.tx.datanets.contribute(1, hash, 4096, 'ipfs://charlie/1'), keys.Charlie);
  const submitted = event(events, 'datanets', 'ContributionSubmitted');
  assert.ok(submitted);
  const id = submitted.data.contribution.toNumber();
  const after = (await api.query.system.account(keys.Charlie.address)).data;
  assert.equal(after.reserved.toBigInt() - before.reserved.toBigInt(), 2n * OPEN, 'deposit held');

  // The first mistakes a user makes: the same content twice, curating someone else's datanet.
  await assert.rejects(sendAndFinalize(api,
    api.tx.datanets.contribute(1, hash, 4096, 'ipfs://again'), keys.Charlie), /datanets\.DuplicateContent/);
  await assert.rejects(sendAndFinalize(api,
    api.tx.datanets.acceptContribution(id), keys.Charlie), /datanets\.NotCurator/);

  const accepted = await sendAndFinalize(api, api.tx.datanets.acceptContribution(id), keys.Bob);
  assert.ok(event(accepted.events, 'datanets', 'ShareChanged'));
  const published = await sendAndFinalize(api, api.tx.datanets.publishVersion(1), keys.Bob);
  const version = event(published.events, 'datanets', 'VersionPublished');
  assert.equal(version.data.version.toNumber(), 2);
  assert.equal(version.data.contributions.toNumber(), 2);

  const register = (training) => api.tx.models.registerModel('Legal fine-tune', 'ipfs://card',
    '0x' + '11'.repeat(32), { FineTune: { parent: 0 } }, training, OPEN / 100n,
    { allowed: true, royalty: 50_000_000 });
  await assert.rejects(sendAndFinalize(api, register([[1, 2, 600_000_000]]), keys.Dave),
    /models\.SharesNotWhole/);
  await assert.rejects(sendAndFinalize(api, register([[1, 3, 1_000_000_000]]), keys.Dave),
    /models\.UnknownVersion/);
  const { events: registered } = await sendAndFinalize(api, register([[1, 2, 1_000_000_000]]), keys.Dave);
  const model = event(registered, 'models', 'ModelRegistered').data.model.toNumber();
  const info = (await api.query.models.models(model)).unwrap();
  assert.equal(info.lineage[0].model.toNumber(), 0);
  assert.equal(info.lineage[0].royalty.toNumber(), 100_000_000, 'the base model asks 10%');
});
