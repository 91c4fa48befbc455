#![no_main]
//! cargo fuzz run geojson: see fuzz/README.md.
libfuzzer_sys::fuzz_target!(|data: &[u8]| wijkwijzer::import::fuzz::geojson(data));
