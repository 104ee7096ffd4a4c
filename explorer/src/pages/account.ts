// An account: what it can claim now, pool by pool; what it earned in each role; and a claim
// button that signs with a browser extension, or with the dev account on a dev chain.
import { Keyring, type ApiPromise } from '@polkadot/api';
import type { Signer } from '@polkadot/api/types';
import { decodeAddress } from '@polkadot/util-crypto';
import { NotFound } from '../chain';
import { h, link, table } from '../dom';
import { open } from '../format';

const DEV_ACCOUNTS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

/** The dev account with `address`, when the chain is a development or local one. */
async function devSigner(api: ApiPromise, address: string) {
  const chainType = await api.rpc.system.chainType();
  if (!chainType.isDevelopment && !chainType.isLocal) return undefined;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
  return DEV_ACCOUNTS.map((name) => keyring.addFromUri(`//${name}`, { name }))
    .find((pair) => pair.address === keyring.encodeAddress(address));
}

interface Injected { enable(origin: string): Promise<{ signer: Signer; accounts: { get(): Promise<{ address: string }[]> } }> }

/** A browser extension (polkadot.js, Talisman, SubWallet, …) that holds `address`. */
async function extensionSigner(address: string): Promise<Signer | undefined> {
  const injected = (window as unknown as { injectedWeb3?: Record<string, Injected> }).injectedWeb3 ?? {};
  const target = decodeAddress(address).toString();
  for (const extension of Object.values(injected)) {
    const enabled = await extension.enable('OpenLedger explorer');
    const accounts = await enabled.accounts.get();
    if (accounts.some((account) => decodeAddress(account.address).toString() === target)) return enabled.signer;
  }
  return undefined;
}

export async function accountPage(api: ApiPromise, arg?: string): Promise<HTMLElement> {
  let address: string;
  try {
    address = api.createType('AccountId32', decodeAddress(arg ?? '')).toString();
  } catch {
    throw new NotFound(`“${arg ?? ''}” is not an account address.`);
  }
  const [rewards, account] = await Promise.all([
    api.call.attributionApi.accountRewards(address),
    api.query.system.account(address),
  ]);
  const maxPools = api.consts.rewards.maxClaimPools.toNumber();
  const claimableTotal = rewards.claimableTotal.toBigInt();
  const pools = rewards.pools.toArray();
  const lifetime = rewards.lifetime;
  const amount = (testid: string, value: bigint) => h('span', { 'data-testid': testid, 'data-planck': value.toString() }, open(value));

  const message = h('p', { 'data-testid': 'claim-message', class: 'message' });
  const button = h('button', { 'data-testid': 'claim', type: 'button' }, `Claim ${open(claimableTotal)}`);
  if (claimableTotal === 0n) button.setAttribute('disabled', '');
  button.addEventListener('click', () => {
    button.setAttribute('disabled', '');
    message.textContent = 'Signing…';
    void (async () => {
      try {
        // Credits and the pools with something to claim, as many as one call takes.
        const datanets = pools.filter((p) => p.claimable.toBigInt() > 0n).slice(0, maxPools).map((p) => p.datanet);
        const tx = api.tx.rewards.claimAll(datanets);
        const pair = await devSigner(api, address);
        const signer = pair ? undefined : await extensionSigner(address);
        if (!pair && !signer) throw new Error('No signer for this account: install a wallet extension holding it.');
        await new Promise<void>((resolve, reject) => {
          const done = (result: { status: { isInBlock: boolean; isFinalized: boolean }; dispatchError?: { toString(): string } }) => {
            if (result.dispatchError) reject(new Error(result.dispatchError.toString()));
            else if (result.status.isInBlock || result.status.isFinalized) resolve();
          };
          (pair ? tx.signAndSend(pair, done) : tx.signAndSend(address, { signer }, done)).catch(reject);
        });
        message.textContent = `Claimed ${open(claimableTotal)}.`;
        message.dataset.state = 'done';
      } catch (error) {
        message.textContent = `Claim failed: ${error instanceof Error ? error.message : String(error)}`;
        message.dataset.state = 'failed';
        button.removeAttribute('disabled');
      }
    })();
  });

  return h('section', {},
    h('h1', {}, 'Account'),
    h('p', { class: 'lead' }, h('code', { 'data-testid': 'address' }, address)),
    h('div', { class: 'figures' },
      h('div', { class: 'figure' }, h('span', {}, 'Free balance'), h('strong', {}, amount('free-balance', account.data.free.toBigInt()))),
      h('div', { class: 'figure' }, h('span', {}, 'Claimable now'), h('strong', {}, amount('claimable-total', claimableTotal))),
      h('div', { class: 'figure' }, h('span', {}, 'of which credits'),
        h('strong', {}, amount('claimable-credits', rewards.claimableCredits.toBigInt())))),
    h('div', { class: 'actions' }, button, message),
    h('h2', {}, 'Claimable by pool'),
    pools.length
      ? table(['Datanet', 'Share', 'Claimable', 'Claimed'], pools.map((p) => [
        link(`datanet/${p.datanet.toString()}`, `#${p.datanet.toString()}`), p.share.toString(),
        h('span', { 'data-testid': 'pool-claimable', 'data-datanet': p.datanet.toString(), 'data-planck': p.claimable.toString() },
          open(p.claimable.toBigInt())),
        open(p.claimed.toBigInt())]), 'pools')
      : h('p', {}, 'No pool membership.'),
    h('h2', {}, 'Lifetime earnings by role'),
    table(['Role', 'Earned'], [
      ['Model owner', amount('lifetime-owner', lifetime.asOwner.toBigInt())],
      ['Ancestor (royalties)', amount('lifetime-ancestor', lifetime.asAncestor.toBigInt())],
      ['Provider', amount('lifetime-provider', lifetime.asProvider.toBigInt())],
      ['Attributed contributor', amount('lifetime-contributor', lifetime.asContributor.toBigInt())],
      ['From datanet pools (claimed)', amount('lifetime-pools', lifetime.fromPools.toBigInt())],
    ], 'lifetime'));
}
