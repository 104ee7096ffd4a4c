// The connection to the node: one ApiPromise over WebSocket, typed by @openledger/api-augment.
import { ApiPromise, WsProvider } from '@polkadot/api';

/** The node's WebSocket URL: `?rpc=ws://…` in the page's address, else the local dev node. */
export const endpoint: string = new URLSearchParams(location.search).get('rpc') ?? 'ws://127.0.0.1:9944';

export type Status =
  | { kind: 'connecting' }
  | { kind: 'down'; error: string }
  | { kind: 'ready'; api: ApiPromise };

/** Connect, and keep reporting the state of the connection (the provider reconnects). */
export function connect(report: (status: Status) => void): void {
  const provider = new WsProvider(endpoint, 2_000);
  let api: ApiPromise | undefined;
  let connected = false;
  const down = () => report({ kind: 'down', error: connected
    ? `Lost the node at ${endpoint}; reconnecting…`
    : `Cannot reach the node at ${endpoint}.` });
  provider.on('error', down);
  provider.on('disconnected', down);
  provider.on('connected', () => {
    connected = true;
    if (api?.isConnected) report({ kind: 'ready', api });
  });
  report({ kind: 'connecting' });
  ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: false })
    .then(async (ready) => {
      api = ready;
      await ready.isReady;
      report({ kind: 'ready', api: ready });
    })
    .catch((error: unknown) => report({ kind: 'down', error: String(error) }));
}

/** A page of a paged runtime API query, followed to the end (at most `limit` pages). */
export async function allPages<T, K>(
  fetch: (start: K | null) => Promise<{ items: T[]; next: K | null }>,
  limit = 20,
): Promise<T[]> {
  const items: T[] = [];
  let start: K | null = null;
  for (let page = 0; page < limit; page += 1) {
    const answer: { items: T[]; next: K | null } = await fetch(start);
    items.push(...answer.items);
    if (answer.next === null) break;
    start = answer.next;
  }
  return items;
}

/** A page's id from the address: a non-negative integer, or null. */
export function parseId(text: string | undefined): number | null {
  return text !== undefined && /^\d{1,10}$/.test(text) ? Number(text) : null;
}

/** Thrown by a page when what it shows does not exist: the page says so. */
export class NotFound extends Error {}
