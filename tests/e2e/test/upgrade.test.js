// Issue 14, G20: a dev chain running the runtime of the commit before the integrity work
// (fixtures/runtime-69ca8e5, spec 102) is upgraded with `sudo(system.set_code)` to the runtime
// this tree builds, with datanets, models, an answered and an unanswered request and unclaimed
// pools in state. Afterwards every storage version is bumped, the answered call settles, the
// unanswered one is refunded, and the pool pays its contributor exactly what it reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import { xxhashAsHex } from '@polkadot/util-crypto';
import { NODE_BIN, startNode, sendAndFinalize, nodePorts } from '../lib/node.js';
import { chainSpecWith } from '../lib/specs.js';
import { event, feePaid, free, OPEN, PERCENT } from '../lib/story.js';

const OLD_WASM = new URL('../fixtures/runtime-69ca8e5.compact.compressed.wasm', import.meta.url);
const NEW_WASM = process.env.RUNTIME_WASM;

/** Pallets this tree's `development` preset configures that the old runtime does not have. */
const NEW_PALLETS = ['court', 'origins', 'technicalCommittee'];

/** A dev chain spec whose genesis is built by the old runtime's own `development` preset. */
function oldChainSpec() {
  const path = join(mkdtempSync(join(tmpdir(), 'openledger-upgrade-')), 'spec.json');
  return chainSpecWith(NODE_BIN, 'dev', path, (json) => {
    const patch = json.genesis.runtimeGenesis.patch;
    for (const pallet of NEW_PALLETS) delete patch[pallet];
    json.genesis.runtimeGenesis.code = u8aToHex(readFileSync(OLD_WASM));
  });
}

/** The on-chain storage version of `pallet`. */
async function storageVersion(api, pallet) {
  const key = xxhashAsHex(pallet, 128) + xxhashAsHex(':__STORAGE_VERSION__:', 128).slice(2);
  const value = await api.rpc.state.getStorage(key);
  return value.isSome ? api.createType('u16', value.unwrap()).toNumber() : 0;
}

test('upgrade from the previous runtime keeps every promise to the planck', { timeout: 300_000 }, async () => {
  assert.ok(NEW_WASM, 'RUNTIME_WASM names the runtime this tree builds (tests/e2e/run.sh sets it)');
  const node = await startNode('dev-upgrade',
    ['--chain', oldChainSpec(), '--alice', '--tmp', '--sealing', 'instant',
      '--node-key', `${'0'.repeat(63)}1`],
    await nodePorts());
  try {
    const { api } = node;
    const advance = async (n) => {
      for (let i = 0; i < n; i += 1) await api.rpc.engine.createBlock(true, true);
    };
    const keyring = new Keyring({ type: 'sr25519' });
    const [alice, charlie, dave] = ['Alice', 'Charlie', 'Dave'].map((n) => keyring.addFromUri(`//${n}`));
    const user = keyring.addFromUri('//Alice//stash');
    assert.equal(api.runtimeVersion.specVersion.toNumber(), 102);

    // The seeded adapter (model 1, trained on datanet 0), served by Dave. One call settled
    // into the pool of datanet 0, one answered and one unanswered at the upgrade.
    const adapter = 1;
    const price = (await api.query.models.models(adapter)).unwrap().price.toBigInt();
    const attribution = { contributions: [[0, 10 * PERCENT]], datanets: [] };
    const request = async () => event((await sendAndFinalize(api,
      api.tx.inference.requestInference(adapter, dave.address, `0x${'51'.repeat(32)}`, price), user))
      .events, 'inference', 'Requested').data.inference.toNumber();
    const answer = (inference) => sendAndFinalize(api,
      api.tx.inference.submitResult(inference, `0x${'52'.repeat(32)}`, attribution), dave);
    const window = api.consts.inference.challengeWindow.toNumber();
    const settled = await request();
    await answer(settled);
    await advance(window + 1);
    assert.ok((await api.query.rewards.receipts(settled)).isSome, 'the first call settled');
    const answered = await request();
    await answer(answered);
    const unanswered = await request();
    const claimableBefore = BigInt((await api.rpc.attribution.accountRewards(charlie.address))
      .toJSON().claimableTotal);
    assert.ok(claimableBefore > 0n, 'Charlie has unclaimed rewards before the upgrade');

    // The upgrade.
    const code = u8aToHex(readFileSync(NEW_WASM));
    await sendAndFinalize(api, api.tx.sudo.sudoUncheckedWeight(api.tx.system.setCode(code),
      { refTime: 0, proofSize: 0 }), alice);
    await advance(1);
    const version = await api.rpc.state.getRuntimeVersion();
    assert.ok(version.specVersion.toNumber() > 102, 'the new runtime runs');
    for (const [pallet, version] of [['Datanets', 2], ['Inference', 5], ['Rewards', 5], ['Court', 2],
      ['Batches', 3]]) {
      assert.equal(await storageVersion(api, pallet), version, `${pallet} migrated to ${version}`);
    }
    // No challenge was open: no model is locked against transfer (inference storage v3).
    assert.equal((await api.query.inference.openCasesOf.entries()).length, 0);
    // The court joined the running chain with the production parameters.
    const court = (await api.query.court.parameters()).unwrap();
    assert.equal(court.jurySize.toNumber(), 3);
    assert.equal(court.jurorFee.toBigInt(), 2n * OPEN, 'with the production juror fee');
    assert.equal((await api.query.origins.timing()).isProduction, true);
    // The batches pallet joined with its account, so that a tail of any size can be paid in.
    const batchesAccount = u8aToHex(new Uint8Array([...new TextEncoder().encode('modl'),
      ...new TextEncoder().encode('ol/batch'), ...new Uint8Array(20)]));
    assert.ok(await free(api, batchesAccount) >= api.consts.balances.existentialDeposit.toBigInt(),
      'the batches account exists');
    // The index of each account's pools filled up in on_idle (a handful of records here).
    assert.equal((await api.query.rewards.memberIndexCursor()).isNone, true);
    const claimableAfter = BigInt((await api.rpc.attribution.accountRewards(charlie.address))
      .toJSON().claimableTotal);
    assert.equal(claimableAfter, claimableBefore, 'the migration changed no one\'s rewards');

    // The answered call settles (its window passes), the unanswered one is expired by hand.
    await advance(window + 1);
    const receipt = (await api.rpc.attribution.receipt(answered)).toJSON();
    assert.ok(receipt, 'the call answered before the upgrade settled after it');
    const parts = [receipt.treasury, receipt.provider.amount, receipt.owner.amount,
      ...receipt.ancestors.map((a) => a.amount), ...receipt.contributors.map((c) => c.amount),
      ...receipt.pools.map((p) => p.amount)].reduce((sum, v) => sum + BigInt(v), 0n);
    assert.equal(parts, price, 'its parts sum to its fee');
    const deadline = (await api.query.inference.requests(unanswered)).unwrap().deadline.toNumber();
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    await advance(Math.max(0, deadline - now + 1));
    const userBefore = await free(api, user.address);
    const expired = await sendAndFinalize(api, api.tx.inference.expireRequest(unanswered), user);
    const deposit = api.consts.inference.requestDeposit.toBigInt();
    assert.equal(await free(api, user.address) - userBefore + feePaid(expired.events),
      price + deposit, 'the unanswered call is refunded in full');

    // Charlie claims exactly what the chain reports, to the planck.
    const claimable = BigInt((await api.rpc.attribution.accountRewards(charlie.address))
      .toJSON().claimableTotal);
    assert.ok(claimable > claimableBefore, 'the settlement after the upgrade paid Charlie');
    const charlieBefore = await free(api, charlie.address);
    const claim = await sendAndFinalize(api, api.tx.rewards.claimAll([0, 1]), charlie);
    assert.equal(await free(api, charlie.address) - charlieBefore + feePaid(claim.events), claimable);
  } finally {
    assert.equal(await node.stop(), 0, 'the node exits cleanly');
  }
});
