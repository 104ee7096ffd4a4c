//! libFuzzer's entry: raw bytes, read as operations by `openledger_fuzz::input`, applied to the
//! development genesis with every invariant checked. A panic is a crash that libFuzzer keeps.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
	openledger_fuzz::Fuzzer::run(data);
});
