// The whole OpenLedger story from polkadot.js, shared by the end-to-end test (which asserts on
// it) and the demo (which prints it): datanets, contributions and curation, a version, a base
// model and a LoRA adapter with a royalty, a provider, a paid inference call with an
// attribution, settlement, and every party claiming.
import { Keyring, sendAndFinalize } from './chain.js';

export const OPEN = 10n ** 18n;
export const PERCENT = 10_000_000; // Perbill parts

export const event = (events, section, method) =>
  events.find((e) => e.section === section && e.method === method);
export const feePaid = (events) =>
  event(events, 'transactionPayment', 'TransactionFeePaid').data.actualFee.toBigInt();
export const free = async (api, who) => (await api.query.system.account(who)).data.free.toBigInt();
/** What `who` owns: free and held (deposits held are still theirs). */
export const owned = async (api, who) => {
  const { data } = await api.query.system.account(who);
  return data.free.toBigInt() + data.reserved.toBigInt();
};

/** A plain, comparable form of a value: numbers as decimal strings, keys in camelCase. */
export function canon(value) {
  if (Array.isArray(value)) return value.map(canon);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [
      key.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), canon(value[key])]));
  }
  return value;
}

/** The story's signers: the dev accounts Alice to Ferdie, and User (`//Alice//stash`). */
export function storyKeys() {
  const keyring = new Keyring({ type: 'sr25519' });
  const keys = Object.fromEntries(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']
    .map((n) => [n, keyring.addFromUri(`//${n}`)]));
  keys.User = keyring.addFromUri('//Alice//stash');
  return keys;
}

/**
 * Runs the story. `keys` holds Alice, Bob, Charlie, Dave, Eve, Ferdie and User (keyring pairs);
 * `advance(n)` must produce `n` more blocks. `log(step)` hears about each step.
 */
export async function runStory(api, keys, advance, log = () => {}) {
  const send = async (step, tx, signer) => {
    const result = await sendAndFinalize(api, tx, signer);
    log(step, result);
    return result;
  };
  const id = (result, section, method, field) =>
    event(result.events, section, method).data[field].toNumber();

  // Two datanets: an open one by Alice, a curated one by Bob.
  const open = id(await send('Alice creates an open datanet',
    api.tx.datanets.createDatanet('Open Clinical Notes', 'Community clinical notes', 'ipfs://notes',
      'CC-BY-4.0', 'Open', OPEN / 10n), keys.Alice), 'datanets', 'DatanetCreated', 'datanet');
  const curated = id(await send('Bob creates a curated datanet',
    api.tx.datanets.createDatanet('Curated Radiology', 'Reviewed radiology reports', 'ipfs://radiology',
      'CC-BY-NC', 'Curated', OPEN / 10n), keys.Bob), 'datanets', 'DatanetCreated', 'datanet');

  // Three contributors.
  let content = 0;
  const contribute = async (who, datanet) => {
    content += 1;
    const hash = `0x${(0xc0de0000 + content + Date.now() % 1_000_000).toString(16).padStart(64, '0')}`;
    return id(await send(`${who} contributes to datanet ${datanet}`,
      api.tx.datanets.contribute(datanet, hash, 1_000 * content, `ipfs://${who}/${content}`), keys[who]),
    'datanets', 'ContributionSubmitted', 'contribution');
  };
  const contributions = {
    charlieOpen1: await contribute('Charlie', open),
    charlieOpen2: await contribute('Charlie', open),
    daveOpen: await contribute('Dave', open),
    eveCurated: await contribute('Eve', curated),
    charlieCurated: await contribute('Charlie', curated),
    daveCurated: await contribute('Dave', curated),
  };

  // Bob curates: accepts and grades Eve's, rejects Dave's, accepts Charlie's.
  await send("Bob accepts Eve's contribution", api.tx.datanets.acceptContribution(contributions.eveCurated), keys.Bob);
  await send("Bob grades Eve's contribution 3", api.tx.datanets.gradeContribution(contributions.eveCurated, 3), keys.Bob);
  await send("Bob rejects Dave's contribution", api.tx.datanets.rejectContribution(contributions.daveCurated), keys.Bob);
  await send("Bob accepts Charlie's contribution", api.tx.datanets.acceptContribution(contributions.charlieCurated), keys.Bob);
  await send('Alice publishes a version', api.tx.datanets.publishVersion(open), keys.Alice);
  await send('Bob publishes a version', api.tx.datanets.publishVersion(curated), keys.Bob);

  // A base model on both datanets, and a LoRA adapter on it owing it 15%.
  const base = id(await send('Alice registers a base model',
    api.tx.models.registerModel('Clinical Base 3B', 'ipfs://base-card', `0x${'ba'.repeat(32)}`, 'Base',
      [[open, 1, 60 * PERCENT], [curated, 1, 40 * PERCENT]], OPEN,
      { allowed: true, royalty: 15 * PERCENT }), keys.Alice), 'models', 'ModelRegistered', 'model');
  const price = 2n * OPEN;
  const adapter = id(await send('Bob registers a LoRA adapter on it',
    api.tx.models.registerModel('Radiology LoRA', 'ipfs://lora-card', `0x${'10'.repeat(32)}`,
      { Adapter: { base } }, [[curated, 1, 100 * PERCENT]], price,
      { allowed: false, royalty: 0 }), keys.Bob), 'models', 'ModelRegistered', 'model');

  // Ferdie serves the adapter.
  const stake = api.consts.inference.defaultMinProviderStake.toBigInt();
  await send('Ferdie registers as a provider', api.tx.inference.registerProvider([adapter], stake), keys.Ferdie);

  // The attribution the provider will submit, dry-run first through RPC and runtime API.
  const attribution = {
    contributions: [[contributions.charlieOpen1, 10 * PERCENT], [contributions.eveCurated, 25 * PERCENT]],
    datanets: [[curated, 30 * PERCENT], [open, 10 * PERCENT]],
  };
  const dryRunRpc = (await api.rpc.attribution.dryRun(adapter, keys.Ferdie.address, price.toString(),
    attribution)).toJSON();
  const dryRunApi = (await api.call.attributionApi.dryRun(adapter, keys.Ferdie.address, price,
    attribution)).asOk.toPrimitive();

  // The paid call.
  const userBefore = await owned(api, keys.User.address);
  const requested = await send('User requests an inference on the adapter through Ferdie',
    api.tx.inference.requestInference(adapter, keys.Ferdie.address, `0x${'51'.repeat(32)}`, price), keys.User);
  const inference = id(requested, 'inference', 'Requested', 'inference');
  await send('Ferdie submits the result with its attribution',
    api.tx.inference.submitResult(inference, `0x${'52'.repeat(32)}`, attribution), keys.Ferdie);
  const window = api.consts.inference.challengeWindow.toNumber();
  let receiptApi = await api.call.attributionApi.receipt(inference);
  for (let i = 0; i <= window && receiptApi.isNone; i += 1) {
    await advance(1);
    receiptApi = await api.call.attributionApi.receipt(inference);
  }
  if (receiptApi.isNone) throw new Error('the call was not settled after the challenge window');
  receiptApi = receiptApi.unwrap().toPrimitive();
  const receiptRpc = (await api.rpc.attribution.receipt(inference)).toJSON();
  log('on_idle settles the call after the challenge window', { events: [] });
  const userPaid = userBefore - await owned(api, keys.User.address) - feePaid(requested.events);

  // Everyone claims: credits (owner, ancestor, provider, attributed contributors) and pools.
  const claims = [];
  for (const name of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) {
    const before = await free(api, keys[name].address);
    const rewardsRpc = (await api.rpc.attribution.accountRewards(keys[name].address)).toJSON();
    const page = (await api.call.attributionApi.accountRewardsPage(keys[name].address, null, 100))
      .toPrimitive();
    const rewardsApi = { ...page.rewards, next: page.next }; // as the RPC flattens it
    if (BigInt(rewardsRpc.claimableTotal) === 0n) continue;
    const result = await send(`${name} claims everything`, api.tx.rewards.claimAll([open, curated]), keys[name]);
    const credits = event(result.events, 'rewards', 'CreditsClaimed');
    const pools = result.events.filter((e) => e.section === 'rewards' && e.method === 'PoolClaimed')
      .map((e) => ({ datanet: e.data.datanet.toNumber(), amount: e.data.amount.toBigInt() }));
    const fee = feePaid(result.events);
    claims.push({
      name,
      address: keys[name].address,
      rewardsRpc,
      rewardsApi,
      credits: credits ? credits.data.amount.toBigInt() : 0n,
      pools,
      fee,
      received: await free(api, keys[name].address) - before + fee,
    });
  }

  return {
    open, curated, contributions, base, adapter, price, attribution, inference,
    dryRunRpc, dryRunApi, receiptRpc, receiptApi, userPaid, claims,
  };
}
