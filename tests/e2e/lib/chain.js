// Talking to an OpenLedger node from @polkadot/api: connecting with the attribution RPC
// definitions, and sending transactions until they are final. No node process is started here,
// so scripts against an already running chain (the demo) use it too.
import { readFileSync } from 'node:fs';
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';

export { Keyring, WsProvider };
export { blake2AsHex } from '@polkadot/util-crypto';

/** The `@polkadot/api` definitions of the `attribution_*` RPC methods. */
export const attributionRpc = JSON.parse(readFileSync(
  new URL('../../../node/attribution-rpc/rpc-definitions.json', import.meta.url), 'utf8'));

/** Connects to `url`, with the `attribution_*` methods under `api.rpc.attribution`. */
export async function connectTo(url) {
  const provider = new WsProvider(url, false);
  await provider.connect();
  for (let i = 0; i < 100 && !provider.isConnected; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!provider.isConnected) throw new Error(`cannot connect to ${url}`);
  return ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true, rpc: attributionRpc });
}

/**
 * Signs and sends `tx`; resolves when it is in a finalized block, with the events it emitted.
 * Rejects with the module error name (e.g. `balances.InsufficientBalance`) if it failed.
 */
export function sendAndFinalize(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsub();
        reject(new Error(`transaction ${status.type}`));
      }
      if (!status.isFinalized) return;
      unsub();
      if (dispatchError) {
        if (dispatchError.isModule) {
          const { section, name } = api.registry.findMetaError(dispatchError.asModule);
          reject(Object.assign(new Error(`${section}.${name}`), { section, name }));
        } else {
          reject(new Error(dispatchError.toString()));
        }
        return;
      }
      resolve({ blockHash: status.asFinalized, events: events.map((e) => e.event) });
    }).then((u) => { unsub = u; }, reject);
  });
}

/**
 * A nonce source for many transactions in flight at once: `next(pair)` hands out each
 * account's nonces locally, one promise chain per account, so concurrent senders never reuse
 * one (the first comes from `system_accountNextIndex`).
 */
export function localNonces(api) {
  const nonces = new Map();
  return (pair) => {
    const mine = nonces.get(pair.address)
      ?? api.rpc.system.accountNextIndex(pair.address).then((n) => n.toNumber());
    nonces.set(pair.address, mine.then((n) => n + 1));
    return mine;
  };
}
