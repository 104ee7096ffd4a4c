// Batched calls' receipts as a payer signs them, encoded here from the formulas' definitions
// (`openledger_formulas::batch::receipt_payload`, `receipt_leaf`, `openledger_formulas::merkle`):
// SCALE of ("openledger/receipt", genesis hash, payer, provider, model: u32, epoch: u32,
// sequence: u64, cumulative fee: u128, request hash, root of the payer's tree of receipts), so
// the daemon, the CLI and the chain are checked against an independent encoding.
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';
import { hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';

const leafNode = (leaf) => blake2AsU8a(u8aConcat(new Uint8Array([0]), leaf));
const innerNode = (left, right) => blake2AsU8a(u8aConcat(new Uint8Array([1]), left, right));

/** Call `sequence`'s leaf in its payer's tree of receipts. */
export function receiptLeaf(api, sequence, cumulativeFee, requestHash) {
  return blake2AsU8a(u8aConcat(stringToU8a('openledger/receipt-leaf'), api.createType('u64', sequence).toU8a(),
    api.createType('u128', cumulativeFee).toU8a(), requestHash));
}

/** A payer's tree of receipts, grown leaf by leaf from its peaks (a level of odd length carries
 *  its last node up, so the tree is its peaks joined from the right). */
export class ReceiptTree {
  constructor() { this.calls = 0; this.peaks = []; }

  /** The root over the peaks. */
  root() {
    if (this.peaks.length === 0) return new Uint8Array(32);
    return this.peaks.slice(0, -1).reduceRight((right, left) => innerNode(left, right), this.peaks.at(-1));
  }

  /** Add `leaf` as the next call's. */
  push(leaf) {
    let node = leafNode(leaf);
    for (let width = this.calls; width % 2 === 1; width = Math.floor(width / 2)) node = innerNode(this.peaks.pop(), node);
    this.peaks.push(node);
    this.calls += 1;
  }

  /** The root once `leaf` joins, the tree left as it is. */
  next(leaf) {
    const copy = new ReceiptTree();
    copy.calls = this.calls;
    copy.peaks = [...this.peaks];
    copy.push(leaf);
    return copy.root();
  }

  /** Add the leaf of a receipt as the daemon's JSON has it. */
  pushReceipt(api, r) {
    this.push(receiptLeaf(api, r.sequence, BigInt(r.cumulativeFee), hexToU8a(r.requestHash)));
  }
}

/** `pair`'s signed receipt for its call `sequence` to `provider`, as the daemon's JSON takes it,
 *  its tree of receipts `tree` before this call (an empty one when not given). */
export function receipt(api, pair, provider, { model, epoch, sequence, cumulativeFee, prompt }, tree = new ReceiptTree()) {
  const requestHash = blake2AsU8a(stringToU8a(prompt));
  const receiptsRoot = tree.next(receiptLeaf(api, sequence, cumulativeFee, requestHash));
  const payload = u8aConcat(stringToU8a('openledger/receipt'), api.genesisHash.toU8a(), pair.publicKey,
    decodeAddress(provider), api.createType('u32', model).toU8a(), api.createType('u32', epoch).toU8a(),
    api.createType('u64', sequence).toU8a(), api.createType('u128', cumulativeFee).toU8a(), requestHash,
    receiptsRoot);
  return { payer: pair.address, provider, model, epoch, sequence, cumulativeFee: String(cumulativeFee),
    requestHash: u8aToHex(requestHash), receiptsRoot: u8aToHex(receiptsRoot), signature: u8aToHex(pair.sign(payload)) };
}

/** The receipt as `batches.submitBatch` claims it. */
export const claimOf = (r) => ({ payer: r.payer, sequence: r.sequence, cumulativeFee: r.cumulativeFee,
  requestHash: r.requestHash, receiptsRoot: r.receiptsRoot, signature: { Sr25519: r.signature } });
