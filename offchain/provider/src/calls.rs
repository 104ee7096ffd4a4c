//! The log of batched calls on disk: one JSON file per answered call, by model and epoch,
//! written before the answer leaves the daemon (a call answered is a call the batch claims),
//! and where each epoch's batch stands on chain. A restart rebuilds everything from it.

use crate::state::write_json;
use openledger_sdk::batched::BatchedAnswer;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Where an epoch's batch stands.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase", tag = "stage")]
pub enum BatchStage {
	/// Submitted as batch `batch`; its audit is pending.
	Submitted {
		/// The batch's id on chain.
		batch: u64,
	},
	/// Its audit samples revealed; settlement is pending.
	Revealed {
		/// The batch's id on chain.
		batch: u64,
	},
	/// Settled: the fees are split.
	Settled {
		/// The batch's id on chain.
		batch: u64,
	},
	/// Void on chain (a sample was not revealed): the payers keep their fees.
	Void {
		/// The batch's id on chain.
		batch: u64,
	},
	/// Never submitted (its submission window passed, or the chain refused it).
	Missed,
}

/// The call log's directory.
#[derive(Clone)]
pub struct CallLog {
	dir: PathBuf,
}

impl CallLog {
	/// The log in `dir`, created if missing.
	///
	/// # Errors
	/// When the directories cannot be created.
	pub fn open(dir: &Path) -> anyhow::Result<Self> {
		std::fs::create_dir_all(dir.join("calls"))?;
		std::fs::create_dir_all(dir.join("batches"))?;
		Ok(Self { dir: dir.into() })
	}

	fn epoch_dir(&self, model: u32, epoch: u32) -> PathBuf {
		self.dir.join("calls").join(format!("{model}-{epoch}"))
	}

	fn call_path(&self, model: u32, epoch: u32, payer: &[u8; 32], sequence: u64) -> PathBuf {
		self.epoch_dir(model, epoch).join(format!("{}-{sequence}.json", hex::encode(payer)))
	}

	fn stage_path(&self, model: u32, epoch: u32) -> PathBuf {
		self.dir.join("batches").join(format!("{model}-{epoch}.json"))
	}

	/// Saves an answered call.
	///
	/// # Errors
	/// When the file cannot be written.
	pub fn put(&self, answer: &BatchedAnswer) -> anyhow::Result<()> {
		let receipt = &answer.receipt;
		std::fs::create_dir_all(self.epoch_dir(receipt.model, receipt.epoch))?;
		write_json(
			&self.call_path(receipt.model, receipt.epoch, &receipt.payer.0, receipt.sequence),
			answer,
		)
	}

	/// The answered call `sequence` of `payer` on `model` in `epoch`, if logged.
	///
	/// # Errors
	/// When the file exists but cannot be read or parsed.
	pub fn get(
		&self,
		model: u32,
		epoch: u32,
		payer: &[u8; 32],
		sequence: u64,
	) -> anyhow::Result<Option<BatchedAnswer>> {
		match std::fs::read(self.call_path(model, epoch, payer, sequence)) {
			Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
			Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
			Err(e) => Err(e.into()),
		}
	}

	/// Every call answered on `model` in `epoch`, by payer (account bytes) then sequence: the
	/// order of the batch's tree of calls.
	///
	/// # Errors
	/// When the directory or a file cannot be read or parsed.
	pub fn calls(&self, model: u32, epoch: u32) -> anyhow::Result<Vec<BatchedAnswer>> {
		let dir = self.epoch_dir(model, epoch);
		let mut calls = Vec::new();
		if dir.exists() {
			for entry in std::fs::read_dir(dir)? {
				let path = entry?.path();
				if path.extension().is_some_and(|e| e == "json") {
					calls.push(serde_json::from_slice::<BatchedAnswer>(&std::fs::read(&path)?)?);
				}
			}
		}
		calls.sort_by_key(|c| (c.receipt.payer.0, c.receipt.sequence));
		Ok(calls)
	}

	/// Every `(model, epoch)` with logged calls.
	///
	/// # Errors
	/// When the directory cannot be read.
	pub fn epochs(&self) -> anyhow::Result<Vec<(u32, u32)>> {
		let mut epochs = Vec::new();
		for entry in std::fs::read_dir(self.dir.join("calls"))? {
			let name = entry?.file_name();
			let parsed = name.to_str().and_then(|name| {
				let (model, epoch) = name.split_once('-')?;
				Some((model.parse().ok()?, epoch.parse().ok()?))
			});
			if let Some(key) = parsed {
				epochs.push(key);
			}
		}
		epochs.sort();
		Ok(epochs)
	}

	/// Where the batch of `model` in `epoch` stands (`None`: not submitted yet).
	///
	/// # Errors
	/// When the file exists but cannot be read or parsed.
	pub fn stage(&self, model: u32, epoch: u32) -> anyhow::Result<Option<BatchStage>> {
		match std::fs::read(self.stage_path(model, epoch)) {
			Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
			Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
			Err(e) => Err(e.into()),
		}
	}

	/// Records where the batch of `model` in `epoch` stands.
	///
	/// # Errors
	/// When the file cannot be written.
	pub fn set_stage(&self, model: u32, epoch: u32, stage: BatchStage) -> anyhow::Result<()> {
		write_json(&self.stage_path(model, epoch), &stage)
	}
}
