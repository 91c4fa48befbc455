#![no_main]
//! cargo fuzz run csv_table: see fuzz/README.md.
libfuzzer_sys::fuzz_target!(|data: &[u8]| wijkwijzer::import::fuzz::csv_table(data));
