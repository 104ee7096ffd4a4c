// Issue 17, item 5: hostile input from outside. Raw extrinsic bytes no client would encode
// (truncated SCALE, lying and huge compact lengths, unknown pallet and call indices, bounded
// vectors over their bound, broken signatures, random bytes) sent to author_submitExtrinsic, and
// RPC abuse (unknown methods, malformed params, oversized pages, a bogus block hash, an oversized
// request, 1,000 concurrent connections). Each must be answered with an error; afterwards the
// node is healthy, nothing entered the pool or the chain, and it still accepts a valid
// transaction. The number of inputs tried is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { Keyring } from '@polkadot/api';
import { u8aToHex, hexToU8a, compactToU8a, u8aConcat } from '@polkadot/util';
import { startNode, sendAndFinalize, nodePorts } from '../lib/node.js';

const PORTS = await nodePorts();
const RPC = PORTS.rpcPort;
const HTTP_URL = `http://127.0.0.1:${RPC}`;

/** One raw JSON-RPC call over HTTP: the parsed response, or { transportError } if the
 * connection itself failed. */
async function rpc(method, params, id = 1) {
  try {
    const res = await fetch(HTTP_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id, method, params }),
    });
    const text = await res.text();
    try { return JSON.parse(text); } catch { return { httpStatus: res.status, body: text }; }
  } catch (e) {
    return { transportError: String(e) };
  }
}

/** A deterministic byte generator (xorshift32). */
function bytes(seed) {
  let s = seed >>> 0 || 1;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 1) {
      s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
      out[i] = s & 0xff;
    }
    return out;
  };
}

/** The body of an encoded extrinsic (without its compact length prefix) and the prefix size. */
function body(encoded) {
  const mode = encoded[0] & 3;
  const prefix = mode === 0 ? 1 : mode === 1 ? 2 : mode === 2 ? 4 : 1 + (encoded[0] >> 2) + 4;
  return encoded.subarray(prefix);
}
const withLength = (b) => u8aConcat(compactToU8a(b.length), b);

test('hostile extrinsics and RPC abuse are refused with errors; the node stays healthy', { timeout: 300_000 }, async () => {
  const node = await startNode('dev-hostile', ['--dev', '--tmp', '--sealing', 'instant'],
    PORTS);
  try {
    const { api } = node;
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const bestBefore = (await api.rpc.chain.getHeader()).number.toNumber();
    const sign = async (tx) => hexToU8a((await tx.signAsync(alice, { nonce, era: 0 })).toHex());

    // A valid signed extrinsic to mutate, and its parts.
    const remark = api.tx.system.remarkWithEvent('0x0102030405');
    const valid = await sign(remark);
    const validBody = body(valid);
    const callBytes = remark.method.toU8a();
    const callAt = validBody.length - callBytes.length;
    // v4 signed: version byte, MultiAddress::Id (1 + 32), MultiSignature::Sr25519 (1 + 64).
    const signatureAt = 1 + 33 + 1;

    const inputs = [];
    const add = (what, u8a) => inputs.push({ what, hex: u8aToHex(u8a) });
    // Truncated SCALE: every cut of the body, with the original (lying) and a matching prefix.
    for (let cut = 0; cut < validBody.length; cut += 1) {
      add(`truncated to ${cut}, original length`, u8aConcat(compactToU8a(validBody.length), validBody.subarray(0, cut)));
      add(`truncated to ${cut}, matching length`, withLength(validBody.subarray(0, cut)));
    }
    // Lying and huge compact lengths.
    for (const claimed of [validBody.length + 1, validBody.length * 2, 1 << 20, 2 ** 30 - 1, 2 ** 32 - 1]) {
      add(`length ${claimed} claimed`, u8aConcat(compactToU8a(claimed), validBody));
    }
    add('maximal compact prefix', u8aConcat(new Uint8Array([0xff]), new Uint8Array(67).fill(0xff), validBody));
    // Unknown pallet and call indices (the signature no longer matches either).
    for (const [i, value] of [[0, 0xff], [0, 0x63], [1, 0xff], [1, 0x7f]]) {
      const mutated = validBody.slice();
      mutated[callAt + i] = value;
      add(`call byte ${i} = ${value}`, withLength(mutated));
    }
    // Unknown extrinsic versions and address kinds.
    for (const version of [0x00, 0x03, 0x06, 0x44, 0xc4, 0xff]) {
      const mutated = validBody.slice();
      mutated[0] = version;
      add(`version byte ${version}`, withLength(mutated));
    }
    for (const kind of [0x01, 0x02, 0x03, 0x04, 0x05]) {
      const mutated = validBody.slice();
      mutated[1] = kind;
      add(`address kind ${kind}`, withLength(mutated));
    }
    // Broken signatures: one flipped bit in each of eight places, and the wrong scheme tag.
    for (let i = 0; i < 64; i += 8) {
      const mutated = validBody.slice();
      mutated[signatureAt + i] ^= 0x01;
      add(`signature byte ${i} flipped`, withLength(mutated));
    }
    for (const scheme of [0x00, 0x02, 0x03]) {
      const mutated = validBody.slice();
      mutated[signatureAt - 1] = scheme;
      add(`signature scheme ${scheme}`, withLength(mutated));
    }
    // Properly signed calls whose bounded vectors exceed their bound (no client-side check).
    const oversized = [
      ['datanet name of 10,000 bytes', api.tx.datanets.createDatanet('0x' + 'aa'.repeat(10_000), '0x', '0x', '0x', 'Open', 10n ** 16n)],
      ['contribution URI of 100,000 bytes', api.tx.datanets.contribute(0, '0x' + '11'.repeat(32), 10, '0x' + 'bb'.repeat(100_000))],
      ['provider model list of 1,000', api.tx.inference.registerProvider(Array.from({ length: 1000 }, (_, i) => i), 10n ** 20n)],
      ['attribution of 10,000 contributions', api.tx.inference.submitResult(0, '0x' + '22'.repeat(32),
        { contributions: Array.from({ length: 10_000 }, (_, i) => [i, 1]), datanets: [] })],
      ['claim of 10,000 pools', api.tx.rewards.claimAll(Array.from({ length: 10_000 }, (_, i) => i))],
    ];
    for (const [what, tx] of oversized) add(what, await sign(tx));
    // Random bytes with a matching length prefix, and raw garbage.
    const random = bytes(0x5eed);
    for (let i = 0; i < 300; i += 1) add(`random ${i}`, withLength(random(i % 200)));
    for (let i = 0; i < 50; i += 1) add(`garbage ${i}`, random(1 + (i * 7) % 300));

    const accepted = [];
    for (const { what, hex } of inputs) {
      const answer = await rpc('author_submitExtrinsic', [hex]);
      if (!answer.error) accepted.push({ what, answer });
    }
    assert.deepEqual(accepted, [], 'every hostile extrinsic is refused with an error');

    // RPC abuse.
    const zeroHash = '0x' + '11'.repeat(32);
    const abuse = [
      ...Array.from({ length: 20 }, (_, i) => ['no_such_method' + i, []]),
      ['attribution_receipt', ['not a number']],
      ['attribution_receipt', [-1]],
      ['attribution_receipt', [0, zeroHash]],
      ['attribution_accountRewards', ['0xzz']],
      ['attribution_accountRewardsPage', [alice.address, null, 1_000_000]],
      ['attribution_datanetContributions', [0, null, 0]],
      ['attribution_datanetContributions', [0, null, 4_294_967_295]],
      ['attribution_versionLog', [0, 1, null, 100_000]],
      ['attribution_versionLog', [0, 1, null, 10, zeroHash]],
      ['attribution_datanetStats', [0, zeroHash]],
      ['attribution_dryRun', [0, alice.address, 'lots', { contributions: [], datanets: [] }]],
      ['attribution_dryRun', [0, alice.address, '1', { contributions: Array.from({ length: 2000 }, (_, i) => [i, 1]), datanets: [] }]],
      ['chain_getBlock', ['0x12']],
      ['state_getStorage', ['0x00', zeroHash]],
      ['state_call', ['AttributionApi_receipt', '0xff', zeroHash]],
      ['state_call', ['AttributionApi_receipt', '0x']],
      ['state_call', ['No_such_api', '0x']],
      ['author_submitExtrinsic', ['not hex']],
      ['author_submitExtrinsic', []],
      ['system_accountNextIndex', ['not an account']],
    ];
    const answered = [];
    for (const [i, [method, params]] of abuse.entries()) {
      const answer = await rpc(method, params, i);
      if (!answer.error) answered.push({ method, params, answer });
    }
    assert.deepEqual(answered, [], 'every abusive call is answered with an error');
    // Lookups of a block that does not exist answer "none" (null), as Substrate's RPC does.
    for (const method of ['chain_getBlock', 'chain_getHeader']) {
      const answer = await rpc(method, [zeroHash]);
      assert.ok(answer.error || answer.result === null, JSON.stringify(answer));
    }
    // An oversized request (20 MB) is refused, not parsed.
    const huge = await rpc('attribution_receipt', ['9'.repeat(20_000_000)]);
    assert.ok(huge.error || huge.httpStatus >= 400 || huge.transportError, JSON.stringify(huge).slice(0, 200));

    // 1,000 WebSocket connections at once, each asking for the node's health: each is answered
    // or refused (the node serves at most --rpc-max-connections, 100 by default).
    const outcomes = await Promise.all(Array.from({ length: 1000 }, () => new Promise((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${RPC}`);
      const done = (outcome) => { ws.terminate(); resolve(outcome); };
      const timer = setTimeout(() => done('timeout'), 30_000);
      ws.on('open', () => ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_health', params: [] })));
      ws.on('message', (m) => { clearTimeout(timer); done(JSON.parse(m).result ? 'answered' : 'error'); });
      ws.on('error', () => { clearTimeout(timer); done('refused'); });
      ws.on('unexpected-response', () => { clearTimeout(timer); done('refused'); });
    })));
    const tally = outcomes.reduce((t, o) => ({ ...t, [o]: (t[o] || 0) + 1 }), {});
    // How many get in depends on how fast the first ones finish: only require that some are
    // served, every one is answered or refused, and none hangs.
    assert.ok((tally.answered || 0) > 0, JSON.stringify(tally));
    assert.equal((tally.answered || 0) + (tally.refused || 0), 1000, JSON.stringify(tally));

    // The node is healthy, nothing was included or queued, and it still takes a valid one.
    assert.ok((await rpc('system_health', [])).result);
    assert.deepEqual((await rpc('author_pendingExtrinsics', [])).result, []);
    assert.equal((await api.rpc.chain.getHeader()).number.toNumber(), bestBefore);
    assert.equal((await api.rpc.system.accountNextIndex(alice.address)).toNumber(), nonce);
    await sendAndFinalize(api, api.tx.system.remarkWithEvent('0x01'), alice);
    console.log(`hostile input: ${inputs.length} extrinsics, ${abuse.length + 3} abusive calls, ` +
      `1000 connections (${JSON.stringify(tally)}): all refused or answered, node healthy`);
  } finally {
    await node.stop();
  }
});
