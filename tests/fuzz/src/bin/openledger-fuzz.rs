//! `openledger-fuzz`: the runtime fuzzer's seeded driver. Writes inputs from a seed, runs each
//! from the `development` genesis, and keeps any input that breaks an invariant.
//!
//! ```sh
//! openledger-fuzz run --seed 1 --inputs 1200 --jobs 2       # about 10^6 extrinsics
//! openledger-fuzz replay tests/fuzz/regressions/*.bin      # raw inputs, e.g. from libFuzzer
//! openledger-fuzz seeds --count 64 --out corpus/            # a starting corpus for libFuzzer
//! ```

use std::{
	panic::{catch_unwind, AssertUnwindSafe},
	path::PathBuf,
	sync::{
		atomic::{AtomicBool, AtomicU64, Ordering},
		Mutex,
	},
	time::Instant,
};

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use openledger_fuzz::{generate::Generator, Fuzzer, Stats};

#[derive(Parser)]
#[command(about = "Fuzz the OpenLedger runtime through Executive, checking every invariant")]
struct Args {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Generate inputs from a seed and run each from genesis.
	Run {
		/// Seed of the first input; input `i` uses `seed + i`.
		#[arg(long, default_value_t = 1)]
		seed: u64,
		/// How many inputs (each a fresh chain).
		#[arg(long, default_value_t = 10)]
		inputs: u64,
		/// Operations (extrinsics and block advances) per input.
		#[arg(long, default_value_t = 1000)]
		ops: usize,
		/// Threads, each running whole inputs (the figures do not depend on it).
		#[arg(long, default_value_t = 1)]
		jobs: usize,
		/// Where an input that breaks an invariant is saved.
		#[arg(long, default_value = "fuzz-crashes")]
		crashes: PathBuf,
	},
	/// Write generated inputs to files (a starting corpus for libFuzzer).
	Seeds {
		/// Seed of the first input.
		#[arg(long, default_value_t = 1)]
		seed: u64,
		/// How many inputs.
		#[arg(long, default_value_t = 64)]
		count: u64,
		/// Operations per input.
		#[arg(long, default_value_t = 200)]
		ops: usize,
		/// The directory to write them to.
		#[arg(long)]
		out: PathBuf,
	},
	/// Run raw input files (a crash kept earlier, a libFuzzer corpus).
	Replay {
		/// The files.
		files: Vec<PathBuf>,
	},
}

fn main() -> Result<()> {
	match Args::parse().command {
		Command::Run { seed, inputs, ops, jobs, crashes } => run(seed, inputs, ops, jobs, &crashes),
		Command::Seeds { seed, count, ops, out } => {
			std::fs::create_dir_all(&out)?;
			for i in 0..count {
				let bytes = Generator::new(seed.wrapping_add(i)).input(ops);
				std::fs::write(out.join(format!("seed-{}", seed.wrapping_add(i))), bytes)?;
			}
			println!("wrote {count} inputs to {}", out.display());
			Ok(())
		}
		Command::Replay { files } => replay(&files),
	}
}

/// Run `bytes` from genesis; the panic message if an invariant broke.
fn attempt(bytes: &[u8]) -> Result<Stats, String> {
	catch_unwind(AssertUnwindSafe(|| Fuzzer::run(bytes))).map_err(|panic| {
		let message = panic
			.downcast_ref::<String>()
			.cloned()
			.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
			.unwrap_or_else(|| "panic".into());
		format!("{message} (at the {})", openledger_fuzz::last_step())
	})
}

fn run(seed: u64, inputs: u64, ops: usize, jobs: usize, crashes: &std::path::Path) -> Result<()> {
	let bar = ProgressBar::new(inputs);
	bar.set_style(
		ProgressStyle::with_template("{elapsed_precise} [{bar:40}] {pos}/{len} inputs {msg}")
			.context("progress template")?,
	);
	let started = Instant::now();
	let next = AtomicU64::new(0);
	let stop = AtomicBool::new(false);
	let total = Mutex::new((Stats::default(), 0usize));
	let crash = Mutex::new(None::<(u64, Vec<u8>, String)>);
	std::thread::scope(|scope| -> Result<()> {
		for _ in 0..jobs.max(1) {
			// Each thread runs its own chains; the runtime's native code wants a deep stack.
			std::thread::Builder::new().stack_size(64 << 20).spawn_scoped(scope, || {
				while !stop.load(Ordering::Relaxed) {
					let i = next.fetch_add(1, Ordering::Relaxed);
					if i >= inputs {
						break;
					}
					let bytes = Generator::new(seed.wrapping_add(i)).input(ops);
					match attempt(&bytes) {
						Ok(stats) => {
							let mut total = lock(&total);
							total.0.add(&stats);
							total.1 += bytes.len();
							let rate = total.0.applied as f64 / started.elapsed().as_secs_f64();
							bar.set_message(format!("{} extrinsics, {rate:.0}/s", total.0.applied));
							bar.inc(1);
						}
						Err(message) => {
							stop.store(true, Ordering::Relaxed);
							lock(&crash).get_or_insert((seed.wrapping_add(i), bytes, message));
						}
					}
				}
			})?;
		}
		Ok(())
	})?;
	if let Some((seed, bytes, message)) = lock(&crash).take() {
		bar.abandon();
		std::fs::create_dir_all(crashes)?;
		let path = crashes.join(format!("seed-{seed}.bin"));
		std::fs::write(&path, &bytes)?;
		bail!("input of seed {seed} broke an invariant: {message}\nsaved to {}", path.display());
	}
	bar.finish();
	let (total, bytes) = &*lock(&total);
	report(total, started, inputs, *bytes);
	Ok(())
}

/// A mutex's contents; a thread that panicked while holding it left them whole (every panic
/// of a run is caught inside `attempt`, outside any lock).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
	mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn replay(files: &[PathBuf]) -> Result<()> {
	let started = Instant::now();
	let mut total = Stats::default();
	let mut bytes_total = 0;
	for file in files {
		let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
		bytes_total += bytes.len();
		match attempt(&bytes) {
			Ok(stats) => total.add(&stats),
			Err(message) => bail!("{} broke an invariant: {message}", file.display()),
		}
	}
	report(&total, started, files.len() as u64, bytes_total);
	Ok(())
}

fn report(total: &Stats, started: Instant, inputs: u64, bytes: usize) {
	let seconds = started.elapsed().as_secs_f64();
	println!("inputs:        {inputs} ({bytes} bytes)");
	println!(
		"extrinsics:    {} applied ({} dispatched without error), {} refused before dispatch, \
		 {} filtered",
		total.applied, total.succeeded, total.refused, total.filtered
	);
	println!("blocks:        {}", total.blocks);
	println!(
		"settlements:   {} checked by the oracle ({} of batches, and {} tail claims), {} steps ambiguous",
		total.settlements, total.batch_settlements, total.tail_claims, total.ambiguous
	);
	println!("disputes:      {} verdicts applied to disputed batches", total.dispute_verdicts);
	println!("pallets with a successful call: {:?}", total.pallets_ok);
	println!(
		"time:          {seconds:.1} s, {:.0} extrinsics/s, {:.0} blocks/s",
		total.applied as f64 / seconds,
		total.blocks as f64 / seconds
	);
	println!("every invariant held after every extrinsic and block");
}
