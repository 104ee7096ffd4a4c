//! The seeded generator: fuzz inputs written from the runtime's own type information, so that
//! almost every call it writes decodes, and its arguments are the values that reach deep code
//! (the ids that exist, the dev accounts, balances of a sensible size, scores that sum to at
//! most 100%, and now and then a bound overstepped). Any call of any pallet of the runtime can
//! come out, nested ones (`utility.batch`, `sudo.sudo`, scheduled calls) included, and the
//! same seed always writes the same bytes.

use codec::{Compact, Encode};
use openledger_runtime::{AccountId, RuntimeCall};
use scale_info::{form::PortableForm, PortableRegistry, Type, TypeDef, TypeDefPrimitive};
use sp_core::{Pair, H256};

use crate::input::{ADVANCE_TAG, EXTRINSIC_TAG, LONG_ADVANCE_TAG};

/// splitmix64: reproducible on every platform, no dependency.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
	/// A generator seeded with `seed`.
	pub fn new(seed: u64) -> Self {
		Self(seed)
	}
	/// The next 64 random bits.
	pub fn next_u64(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}
	/// A number in `0..n` (0 when `n` is 0).
	pub fn below(&mut self, n: u64) -> u64 {
		if n == 0 {
			0
		} else {
			self.next_u64() % n
		}
	}
	/// `true` with probability `percent`%.
	pub fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
}

/// How deep the generator nests calls in calls.
const MAX_NESTING: u32 = 3;

/// Writes fuzz inputs from the runtime's types.
pub struct Generator {
	registry: PortableRegistry,
	call: u32,
	rng: Rng,
	accounts: Vec<AccountId>,
	hashes: Vec<H256>,
	nesting: u32,
	/// Requests and contributions the story asked for so far: the ids later steps aim at.
	requests: u64,
	contributions: u64,
	/// The signers, for the receipts of the batch story.
	signers: Vec<sp_core::sr25519::Pair>,
	/// The genesis hash receipts name.
	genesis: [u8; 32],
	/// The block open when the next operation applies (blocks a full block adds are not
	/// counted: a batch story then misses its window, and is refused).
	block: u64,
	/// The id the next batch the story submits gets.
	next_batch: u64,
}

impl Generator {
	/// A generator for `seed`.
	pub fn new(seed: u64) -> Self {
		let mut registry = scale_info::Registry::new();
		let call = registry.register_type(&scale_info::meta_type::<RuntimeCall>()).id;
		let signers = crate::harness::signers();
		let mut accounts: Vec<AccountId> = signers.iter().map(|p| p.public().into()).collect();
		accounts.push(
			<openledger_runtime::configs::TreasuryAccount as frame_support::traits::Get<_>>::get(),
		);
		accounts.push(pallet_rewards::Pallet::<openledger_runtime::Runtime>::account_id());
		// A handful of content and output hashes, so that duplicates and matches happen.
		let hashes = (0u8..12).map(H256::repeat_byte).collect();
		Self {
			registry: registry.into(),
			call,
			rng: Rng::new(seed),
			accounts,
			hashes,
			nesting: 0,
			requests: 0,
			contributions: 5,
			signers,
			genesis: crate::harness::genesis_hash(),
			block: 1,
			next_batch: 0,
		}
	}

	/// The bytes of `ops` operations: mostly signed calls, now and then blocks passing.
	pub fn input(&mut self, ops: usize) -> Vec<u8> {
		let mut out = Vec::new();
		for _ in 0..ops {
			match self.rng.below(100) {
				0..=7 => {
					let n = self.rng.next_u64() as u8;
					self.block += 1 + u64::from(n % 8);
					out.extend([ADVANCE_TAG, n]);
				}
				8 => {
					let n = self.rng.next_u64() as u8;
					self.block += 1 + u64::from(n % 64);
					out.extend([LONG_ADVANCE_TAG, n]);
				}
				// Now and then a batch of paid calls, from escrow to tail claims.
				55 if self.rng.chance(50) => {
					let mut chain = crate::batch_story::Chain {
						signers: &self.signers,
						genesis: self.genesis,
						block: &mut self.block,
						next_batch: &mut self.next_batch,
						contributions: self.contributions,
					};
					crate::batch_story::write(&mut self.rng, &mut chain, &mut out);
				}
				// Half the calls follow the chain's story (contribute, curate, publish, request,
				// answer, challenge, settle, claim, judge) with arguments that can succeed; the
				// other half are any call of any pallet.
				9..=54 => {
					let (signer, call) = self.story_call();
					out.extend([EXTRINSIC_TAG, signer]);
					call.encode_to(&mut out);
				}
				_ => {
					out.extend([EXTRINSIC_TAG, self.rng.next_u64() as u8]);
					out.extend(self.decodable_call());
				}
			}
		}
		out
	}

	/// A step of the story and who signs it (an index into the dev accounts: Alice 0, Bob 1,
	/// Charlie 2, Dave 3, the seeded provider).
	fn story_call(&mut self) -> (u8, RuntimeCall) {
		use openledger_runtime::OPEN;
		use pallet_batches::Call as Batches;
		use pallet_court::Call as Court;
		use pallet_datanets::Call as Datanets;
		use pallet_inference::Call as Inference;
		use pallet_rewards::Call as Rewards;
		const DAVE: u8 = 3;
		let anyone = self.rng.below(12) as u8;
		let curator = self.rng.below(3) as u8;
		let contribution = self.rng.below(self.contributions + 6);
		let inference = self.requests.saturating_sub(1 + self.rng.below(4));
		let hash = H256::from_low_u64_be(self.rng.next_u64());
		let scores = |rng: &mut Rng, n: u64| -> Vec<(u64, sp_runtime::Perbill)> {
			(0..rng.below(n))
				.map(|_| {
					(rng.below(6), sp_runtime::Perbill::from_parts(rng.below(250_000_000) as u32))
				})
				.collect()
		};
		let dave = self.accounts[usize::from(DAVE)].clone();
		match self.rng.below(27) {
			// Escrows for batched calls with the seeded provider.
			23 => {
				let amount = OPEN / 10 * (1 + u128::from(self.rng.below(20)));
				(anyone, Batches::open_escrow { provider: dave, amount }.into())
			}
			24 => (anyone, Batches::top_up { provider: dave, amount: OPEN }.into()),
			25 => (anyone, Batches::request_unlock { provider: dave }.into()),
			26 => (anyone, Batches::withdraw { provider: dave }.into()),
			// Fees and rates that do not divide evenly, where rounding shows.
			20 => {
				let price = OPEN / 100 + u128::from(self.rng.below(1_000_000_007));
				(
					curator,
					pallet_models::Call::update_price { model: self.rng.below(2) as u32, price }
						.into(),
				)
			}
			21 => {
				let side = sp_runtime::Perbill::from_parts(
					200_000_000 + self.rng.below(400_000_000) as u32,
				);
				let call = Rewards::set_model_data_side {
					model: self.rng.below(2) as u32,
					data_side: Some(side),
				};
				(curator, call.into())
			}
			0 | 1 => {
				self.contributions += 1;
				let datanet = self.rng.below(3) as u32;
				let call = Datanets::contribute {
					datanet,
					content_hash: hash,
					size: 1 + self.rng.below(10_000),
					uri: Default::default(),
				};
				(anyone, call.into())
			}
			2 => (curator, Datanets::accept_contribution { contribution }.into()),
			3 => (
				curator,
				Datanets::grade_contribution {
					contribution,
					weight: 1 + self.rng.below(10) as u32,
				}
				.into(),
			),
			4 => (curator, Datanets::publish_version { datanet: self.rng.below(2) as u32 }.into()),
			5 => (anyone, Datanets::withdraw_contribution { contribution }.into()),
			6..=8 => {
				self.requests += 1;
				let provider = dave.clone();
				let model = self.rng.below(2) as u32;
				let call = Inference::request_inference {
					model,
					provider,
					input_hash: hash,
					max_fee: 1_000 * OPEN,
				};
				(anyone, call.into())
			}
			9..=11 => {
				let contributions = scores(&mut self.rng, 4).try_into().unwrap_or_default();
				let datanets = scores(&mut self.rng, 3)
					.into_iter()
					.map(|(d, score)| ((d % 3) as u32, score))
					.collect::<Vec<_>>()
					.try_into()
					.unwrap_or_default();
				let attribution = openledger_primitives::Attribution { contributions, datanets };
				(
					DAVE,
					Inference::submit_result { inference, output_hash: hash, attribution }.into(),
				)
			}
			12 | 13 => (anyone, Inference::settle { inference }.into()),
			14 => {
				(anyone, Inference::challenge { inference, output_uri: Default::default() }.into())
			}
			15 => (anyone, Rewards::claim {}.into()),
			16 => {
				let datanets = vec![0, 1, 2].try_into().unwrap_or_default();
				(anyone, Rewards::claim_all { datanets }.into())
			}
			17 => (
				anyone,
				Court::join_jury { stake: (10 + u128::from(self.rng.below(90))) * OPEN }.into(),
			),
			18 => (anyone, Court::draw_jury { inference }.into()),
			_ => (anyone, Court::tally { inference }.into()),
		}
	}

	/// A call that decodes: values past a bound (a `BoundedVec` too long) make the whole call
	/// undecodable, so it is drawn again; undecodable bytes are the hostile-input test's job.
	fn decodable_call(&mut self) -> Vec<u8> {
		use codec::DecodeLimit;
		loop {
			let mut bytes = Vec::new();
			self.value(self.call, &mut bytes);
			let decoded = RuntimeCall::decode_all_with_depth_limit(
				crate::input::MAX_CALL_DEPTH,
				&mut &bytes[..],
			);
			if decoded.is_ok() {
				return bytes;
			}
		}
	}

	fn resolve(&self, id: u32) -> &Type<PortableForm> {
		self.registry.resolve(id).expect("ids come from the registry")
	}

	/// Append an encoded value of type `id`.
	fn value(&mut self, id: u32, out: &mut Vec<u8>) {
		let ty = self.resolve(id).clone();
		let name = ty.path.segments.last().map(String::as_str).unwrap_or_default();
		match name {
			"AccountId32" => return self.account(out),
			"H256" => return self.hash(out),
			"Perbill" => return self.perbill().encode_to(out),
			"RuntimeCall" => return self.runtime_call(&ty, out),
			_ => {}
		}
		match &ty.type_def {
			TypeDef::Composite(c) => {
				for field in &c.fields {
					self.value(field.ty.id, out);
				}
			}
			TypeDef::Variant(v) => {
				if v.variants.is_empty() {
					return;
				}
				// Addresses are accounts nearly always.
				let pick = if name == "MultiAddress" && self.rng.chance(90) {
					0
				} else {
					self.rng.below(v.variants.len() as u64) as usize
				};
				let variant = &v.variants[pick];
				out.push(variant.index);
				for field in &variant.fields {
					self.value(field.ty.id, out);
				}
			}
			TypeDef::Sequence(s) => {
				let element = s.type_param.id;
				let is_call = self.resolve(element).path.segments.last().map(String::as_str)
					== Some("RuntimeCall");
				let len = if is_call { self.rng.below(4) } else { self.length() };
				Compact(len as u32).encode_to(out);
				for _ in 0..len {
					self.value(element, out);
				}
			}
			TypeDef::Array(a) => {
				for _ in 0..a.len {
					self.value(a.type_param.id, out);
				}
			}
			TypeDef::Tuple(t) => {
				for field in &t.fields {
					self.value(field.id, out);
				}
			}
			TypeDef::Primitive(p) => self.primitive(p, out),
			TypeDef::Compact(c) => self.compact(c.type_param.id, out),
			TypeDef::BitSequence(_) => Compact(0u32).encode_to(out),
		}
	}

	/// A call: the OpenLedger pallets most of the time, any pallet of the runtime else.
	fn runtime_call(&mut self, ty: &Type<PortableForm>, out: &mut Vec<u8>) {
		let TypeDef::Variant(pallets) = &ty.type_def else { unreachable!("calls are enums") };
		let ours: Vec<_> = pallets.variants.iter().filter(|v| v.index >= 20).collect();
		let leaf = self.nesting >= MAX_NESTING;
		let pallet = if leaf {
			pallets.variants.iter().find(|v| v.index == 0).expect("System is pallet 0")
		} else if self.rng.chance(75) {
			ours[self.rng.below(ours.len() as u64) as usize]
		} else {
			&pallets.variants[self.rng.below(pallets.variants.len() as u64) as usize]
		};
		out.push(pallet.index);
		if leaf {
			// Deep enough: `system.remark` (call 0) of a few bytes ends the nesting.
			let len = self.rng.below(8) as usize;
			out.push(0);
			vec![0u8; len].encode_to(out);
			return;
		}
		let inner = pallet.fields.first().expect("a pallet's call type").ty.id;
		self.nesting += 1;
		self.value(inner, out);
		self.nesting -= 1;
	}

	fn account(&mut self, out: &mut Vec<u8>) {
		if self.rng.chance(92) {
			let pick = self.rng.below(self.accounts.len() as u64) as usize;
			self.accounts[pick].encode_to(out);
		} else {
			out.extend(self.rng.next_u64().to_le_bytes().repeat(4));
		}
	}

	fn hash(&mut self, out: &mut Vec<u8>) {
		if self.rng.chance(80) {
			let pick = self.rng.below(self.hashes.len() as u64) as usize;
			self.hashes[pick].encode_to(out);
		} else {
			out.extend(self.rng.next_u64().to_le_bytes().repeat(4));
		}
	}

	/// Mostly small parts, so that several scores fit in 100%; now and then any, or above.
	fn perbill(&mut self) -> u32 {
		match self.rng.below(10) {
			0..=5 => self.rng.below(300_000_000) as u32,
			6 => 0,
			7 => 1_000_000_000,
			8 => self.rng.below(1_000_000_001) as u32,
			_ => self.rng.next_u64() as u32,
		}
	}

	/// The length of a sequence: short mostly, now and then past any bound.
	fn length(&mut self) -> u64 {
		match self.rng.below(100) {
			0..=59 => self.rng.below(4),
			60..=89 => self.rng.below(16),
			90..=97 => self.rng.below(80),
			_ => self.rng.below(600),
		}
	}

	/// A number of up to `bits` bits: small ones (ids that exist) most often.
	fn number(&mut self, bits: u32) -> u128 {
		let max = if bits >= 128 { u128::MAX } else { (1u128 << bits) - 1 };
		let value = match self.rng.below(20) {
			0..=9 => u128::from(self.rng.below(4)),
			10..=13 => u128::from(self.rng.below(40)),
			14 => max,
			15 => max.saturating_sub(1),
			16..=18 if bits >= 64 => {
				// A balance: a few OPEN, milli-OPEN or thousands of OPEN.
				let unit = 10u128.pow(15 + self.rng.below(7) as u32);
				unit * u128::from(1 + self.rng.below(100))
			}
			_ => u128::from(self.rng.next_u64()) | (u128::from(self.rng.next_u64()) << 64),
		};
		value & max
	}

	fn primitive(&mut self, p: &TypeDefPrimitive, out: &mut Vec<u8>) {
		match p {
			TypeDefPrimitive::Bool => (self.rng.below(2) == 1).encode_to(out),
			TypeDefPrimitive::Char => ('a' as u32 + self.rng.below(26) as u32).encode_to(out),
			TypeDefPrimitive::Str => {
				let len = self.length();
				let text: String =
					(0..len).map(|_| (b'a' + self.rng.below(26) as u8) as char).collect();
				text.encode_to(out)
			}
			TypeDefPrimitive::U8 => (self.number(8) as u8).encode_to(out),
			TypeDefPrimitive::U16 => (self.number(16) as u16).encode_to(out),
			TypeDefPrimitive::U32 => (self.number(32) as u32).encode_to(out),
			TypeDefPrimitive::U64 => (self.number(64) as u64).encode_to(out),
			TypeDefPrimitive::U128 => self.number(128).encode_to(out),
			TypeDefPrimitive::I8 => (self.number(8) as i8).encode_to(out),
			TypeDefPrimitive::I16 => (self.number(16) as i16).encode_to(out),
			TypeDefPrimitive::I32 => (self.number(32) as i32).encode_to(out),
			TypeDefPrimitive::I64 => (self.number(64) as i64).encode_to(out),
			TypeDefPrimitive::I128 => (self.number(128) as i128).encode_to(out),
			TypeDefPrimitive::U256 | TypeDefPrimitive::I256 => {
				self.number(128).encode_to(out);
				out.extend([0u8; 16]);
			}
		}
	}

	/// A compact number of the width of the primitive inside `id`.
	fn compact(&mut self, id: u32, out: &mut Vec<u8>) {
		let bits = match &self.resolve(id).type_def {
			TypeDef::Primitive(TypeDefPrimitive::U8) => 8,
			TypeDef::Primitive(TypeDefPrimitive::U16) => 16,
			TypeDef::Primitive(TypeDefPrimitive::U32) => 32,
			TypeDef::Primitive(TypeDefPrimitive::U64) => 64,
			TypeDef::Composite(_) => 32,
			_ => 128,
		};
		let value = if self.resolve(id).path.segments.last().map(String::as_str) == Some("Perbill")
		{
			u128::from(self.perbill())
		} else {
			self.number(bits)
		};
		Compact(value).encode_to(out);
	}
}
