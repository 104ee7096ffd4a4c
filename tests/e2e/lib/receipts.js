// Batched calls' receipts as a payer signs them, encoded here from the formula's definition
// (`openledger_formulas::batch::receipt_payload`): SCALE of ("openledger/receipt", genesis hash,
// payer, provider, model: u32, epoch: u32, sequence: u64, cumulative fee: u128, request hash),
// so the daemon, the CLI and the chain are checked against an independent encoding.
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';

/** `pair`'s signed receipt for its call `sequence` to `provider`, as the daemon's JSON takes it. */
export function receipt(api, pair, provider, { model, epoch, sequence, cumulativeFee, prompt }) {
  const requestHash = blake2AsU8a(stringToU8a(prompt));
  const payload = u8aConcat(stringToU8a('openledger/receipt'), api.genesisHash.toU8a(), pair.publicKey,
    decodeAddress(provider), api.createType('u32', model).toU8a(), api.createType('u32', epoch).toU8a(),
    api.createType('u64', sequence).toU8a(), api.createType('u128', cumulativeFee).toU8a(), requestHash);
  return { payer: pair.address, provider, model, epoch, sequence, cumulativeFee: String(cumulativeFee),
    requestHash: u8aToHex(requestHash), signature: u8aToHex(pair.sign(payload)) };
}

/** The receipt as `batches.submitBatch` claims it. */
export const claimOf = (r) => ({ payer: r.payer, sequence: r.sequence, cumulativeFee: r.cumulativeFee,
  requestHash: r.requestHash, signature: { Sr25519: r.signature } });
