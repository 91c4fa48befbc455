#![no_main]
//! cargo fuzz run any_file: see fuzz/README.md.
libfuzzer_sys::fuzz_target!(|data: &[u8]| wijkwijzer::import::fuzz::any_file(data));
