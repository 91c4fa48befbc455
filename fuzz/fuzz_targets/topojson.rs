#![no_main]
//! cargo fuzz run topojson: see fuzz/README.md.
libfuzzer_sys::fuzz_target!(|data: &[u8]| wijkwijzer::import::fuzz::topojson(data));
