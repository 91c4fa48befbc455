#![no_main]
//! cargo fuzz run statline_json: see fuzz/README.md.
libfuzzer_sys::fuzz_target!(|data: &[u8]| wijkwijzer::import::fuzz::statline_json(data));
