//! A corpus of local text files for figures: the `.rs` and `.md` files under some directories
//! (sorted by path, files under 1 MB, valid UTF-8), one document each, until a byte budget.

use crate::{blake2_256, Document};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
	let Ok(entries) = std::fs::read_dir(dir) else { return };
	for entry in entries.flatten() {
		let path = entry.path();
		if path.is_dir() {
			files(&path, out);
		} else if path.extension().is_some_and(|e| e == "rs" || e == "md")
			&& entry.metadata().is_ok_and(|m| m.len() < 1_000_000)
		{
			out.push(path);
		}
	}
}

/// Documents (contribution ids from 0, in path order) from the files under `dirs` until at
/// least `bytes` bytes of text, with the bytes read; fewer when the directories hold less.
pub fn source_files(dirs: &[PathBuf], bytes: u64) -> (Vec<Document>, u64) {
	let mut paths = Vec::new();
	for dir in dirs {
		files(dir, &mut paths);
	}
	paths.sort();
	let mut documents = Vec::new();
	let mut read = 0u64;
	for (id, path) in paths.iter().enumerate() {
		if read >= bytes {
			break;
		}
		let Ok(content) = std::fs::read(path) else { continue };
		let Ok(text) = String::from_utf8(content) else { continue };
		read += text.len() as u64;
		documents.push(Document {
			contribution: id as u64,
			content_hash: blake2_256(text.as_bytes()),
			text,
		});
	}
	(documents, read)
}

/// The directories and byte budget of a figures program's arguments, `<dir>... [--bytes N]`
/// (default 100 MB); other `--flag value` pairs are returned for the caller.
pub fn args(args: impl Iterator<Item = String>) -> (Vec<PathBuf>, u64, Vec<(String, String)>) {
	let mut dirs = Vec::new();
	let mut bytes = 100_000_000;
	let mut flags = Vec::new();
	let mut args = args.peekable();
	while let Some(arg) = args.next() {
		match arg.strip_prefix("--") {
			Some("bytes") => bytes = args.next().and_then(|n| n.parse().ok()).unwrap_or(bytes),
			Some(flag) => flags.push((flag.to_owned(), args.next().unwrap_or_default())),
			None => dirs.push(PathBuf::from(arg)),
		}
	}
	(dirs, bytes, flags)
}
