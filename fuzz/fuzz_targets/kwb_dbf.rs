#![no_main]
//! cargo fuzz run kwb_dbf: see fuzz/README.md.
libfuzzer_sys::fuzz_target!(|data: &[u8]| wijkwijzer::import::fuzz::kwb_dbf(data));
