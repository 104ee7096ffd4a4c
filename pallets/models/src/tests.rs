//! Unit tests: every call and error path, lineage at and past its bound, royalty snapshots;
//! `try_state` of both pallets runs after each test.
#![allow(clippy::arithmetic_side_effects)]

use crate::Models as ModelRecords;
use crate::{
	mock::*, DerivativeTerms, Derivatives, Error, Event, HoldReason, LineageLink, ModelsByDatanet,
	NextModelId,
};
use codec::{Decode, Encode};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
/// The `Models` storage map (the pallet itself is `mock::Models`).
use openledger_primitives::bounded;
use openledger_primitives::{ModelId, ModelKind, ModelStatus, ModelsInspect, VersionNumber};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, Perbill};

const OWNER: AccountId = 1;
const ALICE: AccountId = 2;
const BOB: AccountId = 3;

fn terms(allowed: bool, royalty: u32) -> DerivativeTerms {
	DerivativeTerms { allowed, royalty: Perbill::from_percent(royalty) }
}

type Training = Vec<(u32, VersionNumber, Perbill)>;

fn register(
	who: AccountId,
	kind: ModelKind,
	training: Training,
	terms: DerivativeTerms,
) -> Result<ModelId, DispatchError> {
	Models::register_model(
		RuntimeOrigin::signed(who),
		bounded(b"model".to_vec()),
		bounded(b"ipfs://card".to_vec()),
		H256::repeat_byte(7),
		kind,
		bounded(training),
		100,
		terms,
	)
	.map(|_| NextModelId::<Test>::get() - 1)
}

fn whole(datanet: u32) -> Training {
	vec![(datanet, 1, Perbill::one())]
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ModelDeposit.into(), &who)
}

#[test]
fn register_base_model() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let (d1, _) = datanet_with_version();
		let training = vec![(d0, 1, Perbill::from_percent(70)), (d1, 1, Perbill::from_percent(30))];
		let id = register(OWNER, ModelKind::Base, training, terms(true, 10)).unwrap();
		assert_eq!(id, 0);
		let info = ModelRecords::<Test>::get(id).unwrap();
		assert_eq!(info.owner, OWNER);
		assert_eq!(info.price, 100);
		assert_eq!(info.training.len(), 2);
		assert!(info.lineage.is_empty());
		assert_eq!(info.status, ModelStatus::Active);
		assert_eq!(held(OWNER), MODEL_DEPOSIT);
		assert!(ModelsByDatanet::<Test>::contains_key(d0, id));
		assert!(ModelsByDatanet::<Test>::contains_key(d1, id));
		assert_eq!(
			last_event(),
			Event::ModelRegistered {
				model: id,
				owner: OWNER,
				kind: ModelKind::Base,
				price: 100,
				deposit: MODEL_DEPOSIT,
			}
		);
		// A base model may declare no training data (e.g. imported weights).
		assert_ok!(register(ALICE, ModelKind::Base, vec![], terms(false, 0)));
	});
}

#[test]
fn register_refuses_bad_input() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let (d1, _) = datanet_with_version();
		let base = register(OWNER, ModelKind::Base, whole(d0), terms(true, 10)).unwrap();
		let fine = ModelKind::FineTune { parent: base };
		let p = Perbill::from_percent;
		let cases: Vec<(ModelKind, Training, DerivativeTerms, Error<Test>)> = vec![
			(ModelKind::Base, whole(d0), terms(true, 51), Error::RoyaltyTooHigh),
			(fine, vec![], terms(true, 0), Error::NoTrainingData),
			(ModelKind::Base, whole(42), terms(true, 0), Error::UnknownDatanet),
			(ModelKind::Base, vec![(d0, 2, Perbill::one())], terms(true, 0), Error::UnknownVersion),
			(
				ModelKind::Base,
				vec![(d0, 1, p(50)), (d0, 1, p(50))],
				terms(true, 0),
				Error::DuplicateDatanet,
			),
			(
				ModelKind::Base,
				vec![(d0, 1, p(50)), (d1, 1, p(40))],
				terms(true, 0),
				Error::SharesNotWhole,
			),
			(
				ModelKind::Base,
				vec![(d0, 1, p(60)), (d1, 1, p(50))],
				terms(true, 0),
				Error::SharesNotWhole,
			),
			(ModelKind::FineTune { parent: 9 }, whole(d0), terms(true, 0), Error::UnknownParent),
			(ModelKind::Adapter { base: 9 }, whole(d0), terms(true, 0), Error::UnknownParent),
		];
		for (kind, training, terms, error) in cases {
			assert_noop!(
				Models::register_model(
					RuntimeOrigin::signed(ALICE),
					bounded(b"m".to_vec()),
					bounded(vec![]),
					H256::zero(),
					kind,
					bounded(training),
					1,
					terms
				),
				error
			);
		}
		let call = |name: Vec<u8>, uri: Vec<u8>, price| {
			Models::register_model(
				RuntimeOrigin::signed(ALICE),
				bounded(name),
				bounded(uri),
				H256::zero(),
				ModelKind::Base,
				bounded(vec![]),
				price,
				terms(true, 0),
			)
		};
		assert_noop!(call(vec![], vec![], 1), Error::<Test>::EmptyName);
		// Over-long names, URIs and training lists do not even decode: such a call never
		// reaches the pallet (and never enters the transaction pool).
		let training = |n: usize| vec![(0u32, 1u32, Perbill::from_percent(1)); n];
		for (name, uri, sources) in [
			(vec![b'n'; 17], vec![], training(1)),
			(vec![b'n'], vec![b'u'; 25], training(1)),
			(vec![b'n'], vec![], training(4)),
		] {
			let register =
				(0u8, &name, &uri, H256::zero(), ModelKind::Base, sources, 1u128, terms(true, 0));
			assert!(crate::Call::<Test>::decode(&mut &register.encode()[..]).is_err());
			let update = (2u8, 0u32, &name, &uri);
			let long_text = name.len() > 16 || uri.len() > 24;
			assert_eq!(crate::Call::<Test>::decode(&mut &update.encode()[..]).is_err(), long_text);
		}
		assert_noop!(call(b"n".to_vec(), vec![], 0), Error::<Test>::PriceBelowMinimum);
		let base_from = |origin| {
			Models::register_model(
				origin,
				bounded(b"n".to_vec()),
				bounded(vec![]),
				H256::zero(),
				ModelKind::Base,
				bounded(vec![]),
				1,
				terms(true, 0),
			)
		};
		assert_noop!(base_from(RuntimeOrigin::signed(POOR)), Error::<Test>::InsufficientBalance);
		assert_noop!(base_from(RuntimeOrigin::root()), DispatchError::BadOrigin);
	});
}

#[test]
fn derivatives_need_an_active_parent_that_allows_them() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let closed = register(OWNER, ModelKind::Base, whole(d0), terms(false, 10)).unwrap();
		assert_eq!(
			register(ALICE, ModelKind::Adapter { base: closed }, whole(d0), terms(true, 0)),
			Err(Error::<Test>::DerivativesNotAllowed.into())
		);
		let open = register(OWNER, ModelKind::Base, whole(d0), terms(true, 10)).unwrap();
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(OWNER), open));
		assert_eq!(
			register(ALICE, ModelKind::FineTune { parent: open }, whole(d0), terms(true, 0)),
			Err(Error::<Test>::ParentDeprecated.into())
		);
		assert_eq!(NextModelId::<Test>::get(), 2, "nothing stored for refused registrations");
	});
}

#[test]
fn lineage_at_the_bound_and_one_past() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let mut parent = register(OWNER, ModelKind::Base, whole(d0), terms(true, 10)).unwrap();
		for depth in 1..=MAX_DEPTH {
			parent = register(ALICE, ModelKind::FineTune { parent }, whole(d0), terms(true, 10))
				.unwrap();
			assert_eq!(ModelRecords::<Test>::get(parent).unwrap().lineage.len() as u32, depth);
		}
		assert_eq!(
			register(BOB, ModelKind::Adapter { base: parent }, whole(d0), terms(true, 10)),
			Err(Error::<Test>::LineageTooDeep.into())
		);
		let view = Models::payees(parent).unwrap();
		assert_eq!(view.lineage.len() as u32, MAX_DEPTH);
		assert_eq!(view.lineage.last().unwrap().model, 0, "the lineage ends at the base");
	});
}

#[test]
fn royalty_stack_over_one_hundred_percent_is_refused() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let base = register(OWNER, ModelKind::Base, whole(d0), terms(true, 50)).unwrap();
		let a = register(ALICE, ModelKind::FineTune { parent: base }, whole(d0), terms(true, 50))
			.unwrap();
		// 50% + 50% = 100%: still allowed.
		let b =
			register(BOB, ModelKind::FineTune { parent: a }, whole(d0), terms(true, 1)).unwrap();
		assert_eq!(
			register(BOB, ModelKind::Adapter { base: b }, whole(d0), terms(true, 0)),
			Err(Error::<Test>::RoyaltyStackTooHigh.into())
		);
	});
}

#[test]
fn royalty_terms_are_snapshotted_at_registration() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let base = register(OWNER, ModelKind::Base, whole(d0), terms(true, 10)).unwrap();
		let early =
			register(ALICE, ModelKind::Adapter { base }, whole(d0), terms(true, 5)).unwrap();
		assert_ok!(Models::set_derivative_terms(
			RuntimeOrigin::signed(OWNER),
			base,
			terms(true, 30)
		));
		assert_eq!(
			last_event(),
			Event::DerivativeTermsChanged { model: base, terms: terms(true, 30) }
		);
		let late = register(BOB, ModelKind::Adapter { base }, whole(d0), terms(true, 5)).unwrap();
		let royalty = |m| ModelRecords::<Test>::get(m).unwrap().lineage.to_vec();
		assert_eq!(
			royalty(early),
			vec![LineageLink { model: base, royalty: Perbill::from_percent(10) }]
		);
		assert_eq!(
			royalty(late),
			vec![LineageLink { model: base, royalty: Perbill::from_percent(30) }]
		);
		// A grandchild inherits its parent's lineage as fixed then.
		let grandchild =
			register(BOB, ModelKind::FineTune { parent: early }, whole(d0), terms(true, 0))
				.unwrap();
		assert_eq!(
			royalty(grandchild),
			vec![
				LineageLink { model: early, royalty: Perbill::from_percent(5) },
				LineageLink { model: base, royalty: Perbill::from_percent(10) },
			]
		);
		assert_eq!(ModelRecords::<Test>::get(base).unwrap().derivatives, 2);
		assert!(Derivatives::<Test>::contains_key(base, early));
		assert!(Derivatives::<Test>::contains_key(early, grandchild));
		assert_noop!(
			Models::set_derivative_terms(RuntimeOrigin::signed(ALICE), base, terms(true, 1)),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Models::set_derivative_terms(RuntimeOrigin::signed(OWNER), base, terms(true, 51)),
			Error::<Test>::RoyaltyTooHigh
		);
	});
}

#[test]
fn owner_calls_and_their_errors() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let m = register(OWNER, ModelKind::Base, whole(d0), terms(true, 10)).unwrap();
		let o = || RuntimeOrigin::signed(OWNER);

		assert_ok!(Models::update_price(o(), m, 250));
		assert_eq!(last_event(), Event::PriceUpdated { model: m, price: 250 });
		assert_eq!(Models::status_and_price(m).unwrap().1, 250);
		assert_noop!(Models::update_price(o(), m, 0), Error::<Test>::PriceBelowMinimum);
		assert_noop!(
			Models::update_price(RuntimeOrigin::signed(ALICE), m, 5),
			Error::<Test>::NotOwner
		);
		assert_noop!(Models::update_price(o(), 9, 5), Error::<Test>::UnknownModel);

		assert_ok!(Models::update_metadata(
			o(),
			m,
			bounded(b"renamed".to_vec()),
			bounded(b"ipfs://x".to_vec())
		));
		assert_eq!(last_event(), Event::MetadataUpdated { model: m });
		assert_eq!(
			ModelRecords::<Test>::get(m).unwrap().metadata.name.to_vec(),
			b"renamed".to_vec()
		);

		assert_noop!(Models::transfer_ownership(o(), m, OWNER), Error::<Test>::AlreadyOwner);
		assert_ok!(Models::transfer_ownership(o(), m, ALICE));
		assert_eq!(last_event(), Event::OwnershipTransferred { model: m, from: OWNER, to: ALICE });
		assert_noop!(Models::update_price(o(), m, 5), Error::<Test>::NotOwner);
		assert_eq!(held(OWNER), MODEL_DEPOSIT, "the deposit stays with who paid it");

		let a = || RuntimeOrigin::signed(ALICE);
		assert_eq!(Models::status_and_price(m), Some((ModelStatus::Active, 250)));
		assert_ok!(Models::deprecate(a(), m));
		assert_eq!(last_event(), Event::ModelDeprecated { model: m });
		// No request is open (this runtime has no inference pallet): the deposit returns at
		// once to whoever paid it, and the record stays for lineage.
		assert!(System::events().iter().any(|record| record.event
			== RuntimeEvent::Models(Event::DepositReleased {
				model: m,
				depositor: OWNER,
				amount: MODEL_DEPOSIT
			})));
		assert_eq!(held(OWNER), 0);
		assert_noop!(Models::release_deposit(a(), m), Error::<Test>::DepositAlreadyReleased);
		assert_eq!(Models::status_and_price(m), Some((ModelStatus::Deprecated, 250)));
		assert_eq!(Models::status_and_price(m).unwrap().0, ModelStatus::Deprecated);
		assert_noop!(Models::deprecate(a(), m), Error::<Test>::AlreadyDeprecated);
		assert_noop!(Models::deprecate(o(), m), Error::<Test>::NotOwner);
	});
}

#[test]
fn inspect_reports_lineage_with_current_owners() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let (d1, _) = datanet_with_version();
		let base = register(OWNER, ModelKind::Base, whole(d0), terms(true, 20)).unwrap();
		let lora = register(ALICE, ModelKind::Adapter { base }, whole(d1), terms(true, 0)).unwrap();
		assert_ok!(Models::transfer_ownership(RuntimeOrigin::signed(OWNER), base, BOB));
		let view = Models::payees(lora).unwrap();
		assert_eq!(view.owner, ALICE);
		assert_eq!(view.kind, ModelKind::Adapter { base });
		assert_eq!(
			view.training.to_vec(),
			vec![openledger_primitives::TrainingSource {
				datanet: d1,
				version: 1,
				share: Perbill::one()
			}]
		);
		assert_eq!(view.lineage.len(), 1);
		assert_eq!(view.lineage[0].model, base);
		assert_eq!(view.lineage[0].owner, BOB);
		assert_eq!(view.lineage[0].royalty, Perbill::from_percent(20));
		assert!(Models::payees(lora + 1).is_none());
		assert_eq!(Models::status_and_price(lora + 1), None);
	});
}

#[test]
fn genesis_registers_models() {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(1, ENDOWMENT), (2, ENDOWMENT), (6, ENDOWMENT), (TREASURY, 1)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_datanets::GenesisConfig::<Test> {
		datanets: vec![(6, b"d".to_vec(), pallet_datanets::CurationMode::Open, 10)],
		contributions: vec![(0, 2, H256::repeat_byte(1), 1, vec![], true)],
		versions: vec![0],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	crate::GenesisConfig::<Test> {
		models: vec![
			(
				1,
				b"base".to_vec(),
				H256::repeat_byte(1),
				ModelKind::Base,
				vec![],
				10,
				terms(true, 10),
			),
			(
				2,
				b"lora".to_vec(),
				H256::repeat_byte(2),
				ModelKind::Adapter { base: 0 },
				vec![openledger_primitives::TrainingSource {
					datanet: 0,
					version: 1,
					share: Perbill::one(),
				}],
				20,
				terms(false, 0),
			),
		],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	sp_io::TestExternalities::new(t).execute_with(|| {
		assert_eq!(Models::payees(1).unwrap().lineage[0].owner, 1);
		assert_eq!(held(1), MODEL_DEPOSIT);
		Models::do_try_state().unwrap();
	});
}

#[test]
fn try_state_detects_corruption() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let base = register(OWNER, ModelKind::Base, whole(d0), terms(true, 20)).unwrap();
		let lora = register(ALICE, ModelKind::Adapter { base }, whole(d0), terms(true, 0)).unwrap();
		ModelRecords::<Test>::mutate(lora, |m| m.as_mut().unwrap().lineage.clear());
		assert!(Models::do_try_state().is_err());
		ModelRecords::<Test>::mutate(lora, |m| {
			let m = m.as_mut().unwrap();
			m.lineage
				.try_push(LineageLink { model: base, royalty: Perbill::from_percent(20) })
				.unwrap();
			m.training[0].share = Perbill::from_percent(99);
		});
		assert!(Models::do_try_state().is_err());
		ModelRecords::<Test>::mutate(lora, |m| {
			m.as_mut().unwrap().training[0].share = Perbill::one()
		});
		assert_ok!(Models::do_try_state());
	});
}

#[test]
fn an_exhausted_id_is_refused_as_overflow() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		NextModelId::<Test>::put(ModelId::MAX);
		assert_eq!(
			register(OWNER, ModelKind::Base, whole(d0), terms(true, 0)),
			Err(Error::<Test>::Overflow.into())
		);
		NextModelId::<Test>::put(0);
	});
}

#[test]
fn narrow_reads_answer_one_fact() {
	build_and_execute(|| {
		let (d0, _) = datanet_with_version();
		let (d1, _) = datanet_with_version();
		let (d2, _) = datanet_with_version();
		let base = register(OWNER, ModelKind::Base, whole(d1), terms(true, 20)).unwrap();
		let tune = register(ALICE, ModelKind::FineTune { parent: base }, whole(d0), terms(true, 0))
			.unwrap();
		let lora =
			register(BOB, ModelKind::Adapter { base: tune }, whole(d2), terms(true, 0)).unwrap();
		assert_ok!(Models::transfer_ownership(RuntimeOrigin::signed(OWNER), base, BOB));
		assert_eq!(Models::owner(base), Some(BOB));
		assert_eq!(Models::owner(lora + 1), None);
		// The model's own datanets and every ancestor's, sorted, each once, with the version cited.
		assert_eq!(Models::attributable_versions(lora), Some(vec![(d0, 1), (d1, 1), (d2, 1)]));
		assert_eq!(Models::attributable_versions(tune), Some(vec![(d0, 1), (d1, 1)]));
		assert_eq!(Models::attributable_versions(lora + 1), None);
	});
}
