//! The HTTP endpoint users post prompts to.
//!
//! - `POST /inferences/{id}`: the prompt (the request body, UTF-8) for request `id`. Answers
//!   `200` with the answer JSON (`output`, `outputHash`, `attribution`, …) once the result is
//!   on chain; `404` when the request is not on chain, `403` when it is another provider's,
//!   `422` when the prompt does not hash to the request's input hash or the model is not
//!   served, `409` when the request was answered otherwise, `500` on a failure.
//! - `GET /inferences/{id}`: the saved answer, or `404`.
//! - `GET /health`: `200` with the provider's account and models.

use crate::provider::{Provider, Refusal};
use axum::{
	extract::{Path, State},
	http::StatusCode,
	response::{IntoResponse, Response},
	routing::get,
	Json, Router,
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
				Refusal::AlreadyAnswered(_) => StatusCode::CONFLICT,
				Refusal::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
			};
			tracing::warn!(inference = id, %status, "{refusal}");
			error(status, refusal.to_string())
		}
	}
}

async fn saved(State(provider): State<Arc<Provider>>, Path(id): Path<u64>) -> Response {
	match provider.answers.get(id) {
		Ok(Some(answer)) => Json(answer).into_response(),
		Ok(None) => error(StatusCode::NOT_FOUND, format!("no answer to request {id}")),
		Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}")),
	}
}

async fn health(State(provider): State<Arc<Provider>>) -> Response {
	let models: Vec<u32> = provider.models.keys().copied().collect();
	Json(serde_json::json!({
		"account": provider.account.to_string(),
		"models": models,
		"finalized": *provider.finalized.borrow(),
	}))
	.into_response()
}
