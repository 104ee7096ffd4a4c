//! Answers on disk: one JSON file per request, written before the result is submitted, so a
//! restart neither loses an answer nor makes a second one.

pub use openledger_sdk::answer::{Answer, Stage};
use std::path::{Path, PathBuf};

/// The directory of answers.
#[derive(Clone)]
pub struct AnswerStore {
	dir: PathBuf,
}

impl AnswerStore {
	/// The store in `dir`, created if missing.
	///
	/// # Errors
	/// When the directory cannot be created.
	pub fn open(dir: &Path) -> anyhow::Result<Self> {
		std::fs::create_dir_all(dir)?;
		Ok(Self { dir: dir.into() })
	}

	fn path(&self, inference: u64) -> PathBuf {
		self.dir.join(format!("{inference}.json"))
	}

	/// The answer to `inference`, if one was saved.
	///
	/// # Errors
	/// When the file exists but cannot be read or parsed.
	pub fn get(&self, inference: u64) -> anyhow::Result<Option<Answer>> {
		let path = self.path(inference);
		match std::fs::read(&path) {
			Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
			Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
			Err(e) => Err(e.into()),
		}
	}

	/// Saves `answer` atomically (written aside, synced, renamed).
	///
	/// # Errors
	/// When the file cannot be written.
	pub fn put(&self, answer: &Answer) -> anyhow::Result<()> {
		write_json(&self.path(answer.inference), answer)
	}

	/// Every saved answer still [`Stage::Prepared`].
	///
	/// # Errors
	/// When the directory cannot be read.
	pub fn prepared(&self) -> anyhow::Result<Vec<Answer>> {
		let mut answers = Vec::new();
		for entry in std::fs::read_dir(&self.dir)? {
			let path = entry?.path();
			if path.extension().is_some_and(|e| e == "json") {
				let answer: Answer = serde_json::from_slice(&std::fs::read(&path)?)?;
				if answer.stage == Stage::Prepared {
					answers.push(answer);
				}
			}
		}
		answers.sort_by_key(|a| a.inference);
		Ok(answers)
	}
}

/// Writes `value` as JSON to `path` atomically: written aside, synced, renamed, so a crash
/// leaves the old file or the new one, never half of one.
///
/// # Errors
/// When the file cannot be written.
pub fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> anyhow::Result<()> {
	use std::io::Write;
	let partial = path.with_extension("partial");
	let mut file = std::fs::File::create(&partial)?;
	file.write_all(&serde_json::to_vec_pretty(value)?)?;
	file.sync_all()?;
	std::fs::rename(&partial, path)?;
	Ok(())
}
