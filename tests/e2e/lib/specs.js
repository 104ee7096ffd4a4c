// Chain specs derived from the node's own: edited as JSON without turning the balances (above
// 2^53) into floats. Also a command line, for scripts/local4.sh:
//   node tests/e2e/lib/specs.js local4 <out.json>   (prints: name node-key peer-id, per validator)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Keyring } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** The four validators of `local4`, in authority order. */
export const VALIDATORS = ['Alice', 'Bob', 'Charlie', 'Dave'];

/** The libp2p node key (hex) of validator `index` and the peer id it gives. */
export const NODE_KEYS = [
  ['0'.repeat(63) + '1', '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp'],
  ['0'.repeat(63) + '2', '12D3KooWHdiAxVd8uMQR1hGWXccidmfCwLqcMpGwR6QcTP6QRMuD'],
  ['0'.repeat(63) + '3', '12D3KooWSCufgHzV4fCwRijfH2k3abrpAJxTKxEvN1FDuRXA2U9x'],
  ['0'.repeat(63) + '4', '12D3KooWSsChzF81YDUKpe9Uk5AHV5oqAaXAcWNSPYgoLauUk4st'],
];

/** `nodeBin build-spec --chain chain`, edited by `edit(json)`, written to `path`. */
export function chainSpecWith(nodeBin, chain, path, edit) {
  const spec = execFileSync(nodeBin, ['build-spec', '--chain', chain],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  // Long numbers are quoted while the JSON is edited, and unquoted again.
  const json = JSON.parse(spec.replace(/([:[,]\s*)(\d{16,})/g, '$1"__big$2"'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 1).replace(/"__big(\d+)"/g, '$1'));
  return path;
}

/** The `local` chain with Alice, Bob, Charlie and Dave as Aura and GRANDPA authorities. */
export async function fourValidatorSpec(nodeBin, path) {
  await cryptoWaitReady();
  const sr = new Keyring({ type: 'sr25519' });
  const ed = new Keyring({ type: 'ed25519' });
  return chainSpecWith(nodeBin, 'local', path, (json) => {
    json.name = 'OpenLedger four validators';
    json.id = 'openledger_local4';
    const patch = json.genesis.runtimeGenesis.patch;
    patch.aura.authorities = VALIDATORS.map((n) => sr.addFromUri(`//${n}`).address);
    patch.grandpa.authorities = VALIDATORS.map((n) => [ed.addFromUri(`//${n}`).address, 1]);
  });
}

// Writes the spec, then prints a line per validator: its name, node key and peer id.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())
    && process.argv[2] === 'local4') {
  await fourValidatorSpec(process.env.NODE_BIN, process.argv[3]);
  VALIDATORS.forEach((name, i) => console.log(`${name.toLowerCase()} ${NODE_KEYS[i].join(' ')}`));
}
