#![no_main]
//! cargo fuzz run xlsx: see fuzz/README.md.
libfuzzer_sys::fuzz_target!(|data: &[u8]| wijkwijzer::import::fuzz::xlsx(data));
