//! The subxt macro reads `metadata/openledger.scale` at compile time; cargo does not see that
//! file, so tell it: a new metadata file rebuilds the generated client.
fn main() {
	println!("cargo:rerun-if-changed=metadata/openledger.scale");
}
