//! The content store: content checked against its hash, and fetches of contributor-chosen URIs
//! bounded by the fetch policy (no `file://` unless allowed, public hosts only, redirects
//! checked hop by hop, at most the size on chain).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use openledger_sdk::{
	content::{is_public, ContentError, ContentStore, FetchPolicy},
	engine::blake2_256,
};

#[test]
fn the_store_refuses_content_that_does_not_match_its_hash() {
	let dir = std::env::temp_dir().join(format!("openledger-store-test-{}", std::process::id()));
	let store = ContentStore::new(&dir)
		.with_policy(FetchPolicy { allow_file: true, ..FetchPolicy::default() });
	let hash = store.put(b"real content").unwrap();
	assert_eq!(store.get(&hash, None, None).unwrap(), b"real content");
	// A file fetched over file:// that is not the content asked for is refused, not stored.
	let other = dir.join("other.txt");
	std::fs::write(&other, b"something else").unwrap();
	let wanted = blake2_256(b"the content the chain names");
	let uri = format!("file://{}", other.display());
	let err = store.get(&wanted, Some(&uri), None).unwrap_err();
	assert!(err.to_string().contains("hashes to"), "{err}");
	assert!(store.get(&wanted, None, None).is_err());
	// The right file over file:// is fetched and kept.
	std::fs::write(&other, b"the content the chain names").unwrap();
	assert_eq!(store.get(&wanted, Some(&uri), None).unwrap(), b"the content the chain names");
	std::fs::remove_file(&other).unwrap();
	assert!(store.get(&wanted, None, None).is_ok());
	// A corrupted stored copy is caught.
	std::fs::write(dir.join(openledger_sdk::content::hex_hash(&hash)), b"tampered").unwrap();
	assert!(store.get(&hash, None, None).is_err());
	assert!(store.get(&hash, Some("gopher://nowhere"), None).is_err());
	std::fs::remove_dir_all(&dir).unwrap();
}

/// Issue 26: a contributor's `file://` URI is not read unless the operator allows it (it would
/// read the fetching machine's own files, `/dev/zero` included), and an allowed one is read
/// no further than the size on chain.
#[test]
fn file_uris_are_refused_by_default_and_bounded_when_allowed() {
	let dir = std::env::temp_dir().join(format!("openledger-file-test-{}", std::process::id()));
	let wanted = blake2_256(b"anything");
	let store = ContentStore::new(&dir);
	let err = store.get(&wanted, Some("file:///etc/hostname"), None).unwrap_err();
	assert!(matches!(err, ContentError::Refused { .. }), "{err}");
	let allowed = store.with_policy(FetchPolicy { allow_file: true, ..FetchPolicy::default() });
	let err = allowed.get(&wanted, Some("file:///dev/zero"), Some(1024)).unwrap_err();
	assert!(matches!(err, ContentError::TooLarge { limit: 1024, .. }), "{err}");
	let _ = std::fs::remove_dir_all(&dir);
}

/// A one-shot HTTP server on 127.0.0.1 answering each connection with `responses` in turn;
/// its address.
fn serve(responses: Vec<String>) -> std::net::SocketAddr {
	use std::io::{Read, Write};
	let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
	let address = listener.local_addr().unwrap();
	std::thread::spawn(move || {
		for response in responses {
			let Ok((mut stream, _)) = listener.accept() else { return };
			let mut request = [0u8; 4096];
			let _ = stream.read(&mut request);
			let _ = stream.write_all(response.as_bytes());
		}
	});
	address
}

fn ok(body: &str) -> String {
	format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
}

/// Issue 26: fetches go to public addresses only; a private host (here loopback) is refused
/// unless the operator allows it, and so is a redirect to one.
#[test]
fn private_hosts_and_redirects_to_them_are_refused() {
	let dir = std::env::temp_dir().join(format!("openledger-http-test-{}", std::process::id()));
	let body = "content served over http";
	let wanted = blake2_256(body.as_bytes());
	let address = serve(vec![ok(body)]);
	let uri = format!("http://{address}/content");
	let err = ContentStore::new(&dir).get(&wanted, Some(&uri), None).unwrap_err();
	assert!(matches!(err, ContentError::Refused { .. }), "{err}");
	// Allowed (local development), it is fetched.
	let local = FetchPolicy { allow_private: true, ..FetchPolicy::default() };
	let store = ContentStore::new(&dir).with_policy(local);
	assert_eq!(store.get(&wanted, Some(&uri), None).unwrap(), body.as_bytes());
	let _ = std::fs::remove_dir_all(&dir);
	// A redirect is followed hop by hop, each hop checked: here to a second local server.
	let target = serve(vec![ok(body)]);
	let redirect = serve(vec![format!(
		"HTTP/1.1 302 Found\r\nLocation: http://{target}/secret?token=1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
	)]);
	let store = ContentStore::new(&dir).with_policy(local);
	let fetched = store.get(&wanted, Some(&format!("http://{redirect}/start")), None).unwrap();
	assert_eq!(fetched, body.as_bytes());
	let _ = std::fs::remove_dir_all(&dir);
	// More than the size on chain is refused.
	let big = serve(vec![ok(body)]);
	let err = ContentStore::new(&dir)
		.with_policy(local)
		.get(&wanted, Some(&format!("http://{big}/")), Some(4))
		.unwrap_err();
	assert!(matches!(err, ContentError::TooLarge { limit: 4, .. }), "{err}");
	let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn only_public_unicast_addresses_are_public() {
	for private in [
		"127.0.0.1",
		"10.1.2.3",
		"172.16.0.1",
		"192.168.1.1",
		"169.254.169.254",
		"100.64.0.1",
		"0.0.0.0",
		"::1",
		"fd00::1",
		"fe80::1",
		"::ffff:127.0.0.1",
	] {
		assert!(!is_public(&private.parse().unwrap()), "{private}");
	}
	for public in ["1.1.1.1", "8.8.8.8", "2606:4700:4700::1111"] {
		assert!(is_public(&public.parse().unwrap()), "{public}");
	}
}
