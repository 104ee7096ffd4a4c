//! Progress bars for index builds and spinners for waits (on stderr; hidden when it is not a
//! terminal).

use indicatif::{ProgressBar, ProgressStyle};
use openledger_sdk::reference::Progress;
use std::time::Duration;

/// A spinner showing `message` until finished.
pub fn spinner(message: impl Into<String>) -> ProgressBar {
	let bar = ProgressBar::new_spinner();
	bar.set_message(message.into());
	bar.enable_steady_tick(Duration::from_millis(120));
	bar
}

/// A reporter for [`openledger_sdk::reference::ReferenceModel::load`]: one bar per version,
/// in bytes indexed.
pub fn indexing() -> impl FnMut(Progress<'_>) {
	let mut bar: Option<ProgressBar> = None;
	move |event| match event {
		Progress::Version { datanet, version, bytes } => {
			if let Some(done) = bar.take() {
				done.finish();
			}
			let next = ProgressBar::new(bytes);
			if let Ok(style) = ProgressStyle::with_template(
				"{msg} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec})",
			) {
				next.set_style(style);
			}
			next.set_message(format!("indexing datanet {datanet} version {version}"));
			bar = Some(next);
		}
		Progress::Indexed(done) => {
			if let Some(bar) = &bar {
				bar.set_position(done);
			}
		}
		Progress::Cached(what) => eprintln!("index of {what}: from the cache"),
	}
}
