#![no_main]
//! cargo fuzz run code_list: see fuzz/README.md.
libfuzzer_sys::fuzz_target!(|data: &[u8]| wijkwijzer::import::fuzz::code_list(data));
