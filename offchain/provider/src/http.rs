//! The HTTP endpoint users post prompts to.
//!
//! - `POST /inferences/{id}`: the prompt (the request body, UTF-8) for request `id`. Answers
//!   `200` with the answer JSON (`output`, `outputHash`, `attribution`, …) once the result is
//!   on chain; `404` when the request is not on chain, `403` when it is another provider's,
//!   `422` when the prompt does not hash to the request's input hash or the model is not
//!   served, `409` when the request was answered otherwise, `500` on a failure.
//!   `503` when the model is served but could not be loaded (its content is missing, say).
//! - `GET /inferences/{id}`: the saved answer, to its payer only: the `x-openledger-signature`
//!   header must hold the payer's sr25519 signature of `openledger-answer:<id>` (`401` without
//!   one, `403` when it is not the payer's); `404` when there is no answer.
//! - `GET /content/{hash}`: the content with that hash (`0x` and hex) from the provider's store,
//!   or `404`: so verifiers can rebuild a model whose contributors' URIs are gone (they check
//!   the bytes against the hash; the provider is not trusted).
//! - `GET /health`: `200` with the provider's account, the models it serves and those it could
//!   not load (with the reason).
//!
//! Batched calls (paid from an escrow, settled once per epoch; `openledger_sdk::batched`):
//! - `POST /batched`: a `BatchedRequest` (the prompt and the payer's signed receipt). Answers
//!   `200` with the `BatchedAnswer` (output, attribution, the provider's signed
//!   acknowledgement); posting the same receipt again returns the same answer. `403` when the
//!   receipt is for another provider, `422` when it is not signed by its payer or the prompt
//!   does not hash to its request hash or its tree of receipts is not the payer's calls so far
//!   and this one, or the model is not served, `409` when its epoch is
//!   not the current one or its sequence does not follow the payer's last receipt, `402` when
//!   the fee added is below the model's price or the escrow does not cover the receipts, `503`
//!   when the epoch's batch is full.
//! - `GET /batched/{model}/{payer}`: the current epoch, the payer's last receipt in it (or
//!   `null`) and its tree of receipts as peaks: where its next receipt starts (the payer checks
//!   its own signature on it, and that the peaks are of the root it signed).
//! - `GET /batches/{batch}/tail/{contribution}`: the contribution's leaf in the batch's tail
//!   and its proof, for `batches.claimTail`; `404` when it is not in the tail.

use crate::{
	batched::BatchedRefusal,
	provider::{Provider, Refusal},
};
use axum::{
	extract::{Path, State},
	http::{HeaderMap, StatusCode},
	response::{IntoResponse, Response},
	routing::get,
	Json, Router,
};
use openledger_sdk::{
	answer::{is_payers_read, SIGNATURE_HEADER},
	batched::BatchedRequest,
	chain::AccountId,
	content::hex_hash,
};
use std::{sync::Arc, time::Duration};

/// Largest prompt accepted (1 MiB).
const MAX_PROMPT: usize = 1 << 20;

/// The routes.
pub fn router(provider: Arc<Provider>, wait: Duration) -> Router {
	Router::new()
		.route(
			"/inferences/{id}",
			get(saved).post(move |state, path, body| answer(state, path, body, wait)),
		)
		.route("/batched", axum::routing::post(batched_call))
		.route("/batched/{model}/{payer}", get(last_receipt))
		.route("/batches/{batch}/tail/{contribution}", get(tail_proof))
		.route("/batches/{batch}/records", get(batch_records))
		.route("/content/{hash}", get(content))
		.route("/health", get(health))
		.layer(axum::extract::DefaultBodyLimit::max(MAX_PROMPT))
		.with_state(provider)
}

fn error(status: StatusCode, message: String) -> Response {
	(status, Json(serde_json::json!({ "error": message }))).into_response()
}

async fn answer(
	State(provider): State<Arc<Provider>>,
	Path(id): Path<u64>,
	body: String,
	wait: Duration,
) -> Response {
	match provider.answer(id, &body, wait).await {
		Ok(answer) => Json(answer).into_response(),
		Err(refusal) => {
			let status = match &refusal {
				Refusal::UnknownRequest(_) => StatusCode::NOT_FOUND,
				Refusal::NotOurs(_) => StatusCode::FORBIDDEN,
				Refusal::ModelNotServed { .. } | Refusal::WrongPrompt { .. } => {
					StatusCode::UNPROCESSABLE_ENTITY
				}
				Refusal::ModelUnavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
				Refusal::AlreadyAnswered(_) => StatusCode::CONFLICT,
				Refusal::PromptTooLong { .. } => StatusCode::PAYLOAD_TOO_LARGE,
				Refusal::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
			};
			tracing::warn!(inference = id, %status, "{refusal}");
			error(status, refusal.to_string())
		}
	}
}

async fn saved(
	State(provider): State<Arc<Provider>>,
	Path(id): Path<u64>,
	headers: HeaderMap,
) -> Response {
	let answer = match provider.answers.get(id) {
		Ok(Some(answer)) => answer,
		Ok(None) => return error(StatusCode::NOT_FOUND, format!("no answer to request {id}")),
		Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}")),
	};
	let Some(signature) = headers.get(SIGNATURE_HEADER).and_then(|value| value.to_str().ok())
	else {
		return error(
			StatusCode::UNAUTHORIZED,
			format!(
				"answers are shown to their payer only: sign `openledger-answer:{id}` with the \
				 payer's key and send it in {SIGNATURE_HEADER}"
			),
		);
	};
	match answer.payer.as_deref() {
		Some(payer) if is_payers_read(payer, id, signature) => Json(answer).into_response(),
		_ => error(StatusCode::FORBIDDEN, format!("not signed by the payer of request {id}")),
	}
}

async fn batched_call(
	State(provider): State<Arc<Provider>>,
	Json(request): Json<BatchedRequest>,
) -> Response {
	match provider.answer_batched(request).await {
		Ok(answer) => Json(answer).into_response(),
		Err(refusal) => {
			let status = match &refusal {
				BatchedRefusal::NotOurs(_) => StatusCode::FORBIDDEN,
				BatchedRefusal::ModelNotServed(..) | BatchedRefusal::BadReceipt(_) => {
					StatusCode::UNPROCESSABLE_ENTITY
				}
				BatchedRefusal::WrongEpoch { .. } | BatchedRefusal::WrongSequence { .. } => {
					StatusCode::CONFLICT
				}
				BatchedRefusal::Payment(_) => StatusCode::PAYMENT_REQUIRED,
				BatchedRefusal::Full(_) => StatusCode::SERVICE_UNAVAILABLE,
				BatchedRefusal::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
			};
			tracing::warn!(%status, "batched call refused: {refusal}");
			error(status, refusal.to_string())
		}
	}
}

async fn last_receipt(
	State(provider): State<Arc<Provider>>,
	Path((model, payer)): Path<(u32, String)>,
) -> Response {
	let Ok(payer) = payer.parse::<AccountId>() else {
		return error(StatusCode::BAD_REQUEST, format!("{payer} is not an SS58 account"));
	};
	match provider.last_receipt(model, &payer).await {
		Ok((epoch, receipt, tree)) => {
			Json(serde_json::json!({ "epoch": epoch, "receipt": receipt, "tree": tree }))
				.into_response()
		}
		Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}")),
	}
}

async fn tail_proof(
	State(provider): State<Arc<Provider>>,
	Path((batch, contribution)): Path<(u64, u64)>,
) -> Response {
	match provider.tail_proof(batch, contribution).await {
		Ok(Some(proof)) => Json(proof).into_response(),
		Ok(None) => error(
			StatusCode::NOT_FOUND,
			format!(
				"contribution {contribution} is not in the tail of this provider's batch {batch}"
			),
		),
		Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}")),
	}
}

async fn batch_records(State(provider): State<Arc<Provider>>, Path(batch): Path<u64>) -> Response {
	match provider.records(batch).await {
		Ok(Some(records)) => Json(records).into_response(),
		Ok(None) => {
			error(StatusCode::NOT_FOUND, format!("batch {batch} is not this provider's, or closed"))
		}
		Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}")),
	}
}

async fn content(State(provider): State<Arc<Provider>>, Path(hash): Path<String>) -> Response {
	let parsed = hash
		.strip_prefix("0x")
		.and_then(|hex| hex::decode(hex).ok())
		.and_then(|bytes| <[u8; 32]>::try_from(bytes).ok());
	let Some(hash) = parsed else {
		return error(StatusCode::BAD_REQUEST, format!("{hash} is not a 0x-prefixed 32-byte hash"));
	};
	match provider.store.stored(&hash) {
		Some(bytes) => bytes.into_response(),
		None => error(StatusCode::NOT_FOUND, format!("no content {}", hex_hash(&hash))),
	}
}

async fn health(State(provider): State<Arc<Provider>>) -> Response {
	let models: Vec<u32> = provider.models.keys().copied().collect();
	Json(serde_json::json!({
		"account": provider.account.to_string(),
		"models": models,
		"unavailable": provider.unavailable,
		"finalized": *provider.finalized.borrow(),
	}))
	.into_response()
}
