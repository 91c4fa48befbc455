//! The short fuzz run that `cargo test` (and so CI) does: every import fuzz target of
//! `wijkwijzer::import::fuzz` gets its real-shaped seeds and a few hundred deterministic mutations
//! of them. A panic or a call that takes over ten seconds fails the test, and the input is written
//! to `target/fuzz-smoke/` to reproduce it. The coverage-guided runs with cargo-fuzz are in `fuzz/`
//! (see fuzz/README.md for the ten-minute runs and their last figures).

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;
use wijkwijzer::import::fuzz::TARGETS;

const MUTATIONS_PER_TARGET: usize = 1500;
/// Seeds are cut to this size: mutations of a 4 MB sheet would take minutes in a debug build.
const MAX_SEED: usize = 48 * 1024;

/// A small deterministic generator (xorshift64*): the same inputs on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

/// Tokens that break parsers: structure, numbers at the edges, odd encodings.
const TOKENS: &[&[u8]] = &[
    b"\"",
    b",",
    b";",
    b"\n",
    b"\r\n",
    b"{",
    b"}",
    b"[",
    b"]",
    b"null",
    b"-1",
    b"1e309",
    b"NaN",
    b"-0",
    b"9223372036854775808",
    b"\xF0\x90\x80\x80",
    b"\xC3",
    b"\0",
    b"\xEF\xBB\xBF",
    b"\"value\":",
    b"\"type\":",
    b"\"features\":[",
    b"\"arcs\":[[[0,0]]]",
    b"\"coordinates\":[[[0,0]]]",
    b"2020JJ00",
    b"BU05991081",
    b"GM0599",
    b"PK\x03\x04",
    b"\x1f\x8b",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(7) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] ^= 1 << rng.below(8);
            }
            1 => v.insert(at, rng.next() as u8),
            2 if !v.is_empty() => {
                let end = (at + 1 + rng.below(64)).min(v.len());
                v.drain(at.min(end)..end);
            }
            3 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                v.splice(at..at, t.iter().copied());
            }
            4 if !v.is_empty() => {
                let start = rng.below(v.len());
                let end = (start + 1 + rng.below(256)).min(v.len());
                let chunk = v[start..end].to_vec();
                v.splice(at..at, chunk);
            }
            5 => v.truncate(at),
            _ => {
                let digit = b'0' + rng.below(10) as u8;
                if let Some(i) = v.iter().position(|b| b.is_ascii_digit()) {
                    let j = (i + rng.below(16)).min(v.len() - 1);
                    v[j] = digit;
                }
            }
        }
    }
    v
}

/// Real-shaped inputs for a target: the import fixtures and the shipped open data of its format.
fn seeds(target: &str) -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures/import"))
        .unwrap()
        .chain(std::fs::read_dir(root.join("data/kwb")).into_iter().flatten())
        .chain(std::fs::read_dir(root.join("data/geo")).into_iter().flatten())
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let wanted = |name: &str| match target {
        "statline_json" => name.contains(".json"),
        "csv_table" | "code_list" => name.contains(".csv"),
        "xlsx" => name.ends_with(".xlsx"),
        "kwb_dbf" => name.contains(".dbf"),
        "geojson" | "topojson" => name.contains("geo") || name.contains("topo"),
        _ => true,
    };
    let mut out: Vec<Vec<u8>> = files
        .iter()
        .filter(|p| wanted(&p.file_name().unwrap().to_string_lossy()))
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| match wijkwijzer::import::unpack("seed", &b) {
            Ok((_, inner)) if target != "any_file" => inner.into_owned(),
            _ => b,
        })
        .map(|mut b| {
            if target != "xlsx" {
                b.truncate(MAX_SEED);
            }
            b
        })
        .collect();
    // Small hand-made shapes, so that every target has something to start from.
    out.push(br#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"BU05991081","statnaam":"Bloemhof"},"geometry":{"type":"Polygon","coordinates":[[[92000,433000],[93000,433000],[93000,434000],[92000,433000]]]}}]}"#.to_vec());
    out.push(br#"{"type":"Topology","objects":{"b":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0]],"properties":{"statcode":"BU05991081"}}]}},"arcs":[[[0,0],[1,0],[0,1],[-1,-1]]],"transform":{"scale":[1,1],"translate":[92000,433000]}}"#.to_vec());
    out.push(b"Identifier,Title\nBU05991081,Bloemhof\nGM0599,Rotterdam\n".to_vec());
    out
}

#[test]
fn every_import_format_survives_mutated_real_files_without_panic_or_hang() {
    let failures_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-smoke");
    let mut report = Vec::new();
    for (name, target) in TARGETS {
        let seeds = seeds(name);
        assert!(!seeds.is_empty(), "{name} has seeds");
        let mut rng = Rng(0x5eed_0000 ^ name.len() as u64 ^ (name.as_bytes()[0] as u64) << 32);
        let mut inputs: Vec<Vec<u8>> = seeds.clone();
        let mutations = if name == "xlsx" { MUTATIONS_PER_TARGET / 8 } else { MUTATIONS_PER_TARGET };
        for _ in 0..mutations {
            let seed = &seeds[rng.below(seeds.len())];
            inputs.push(mutate(&mut rng, seed));
        }
        let count = inputs.len();
        for input in inputs {
            let (tx, rx) = mpsc::channel();
            let copy = input.clone();
            std::thread::spawn(move || {
                let outcome = std::panic::catch_unwind(|| target(&copy));
                let _ = tx.send(outcome.is_ok());
            });
            let verdict = match rx.recv_timeout(Duration::from_secs(10)) {
                Ok(true) => None,
                Ok(false) => Some("panic"),
                Err(_) => Some("hang"),
            };
            if let Some(what) = verdict {
                std::fs::create_dir_all(&failures_dir).unwrap();
                let file = failures_dir.join(format!("{name}-{what}.bin"));
                std::fs::write(&file, &input).unwrap();
                panic!("{name}: {what} on an input of {} bytes, saved as {}", input.len(), file.display());
            }
        }
        report.push(format!("{name} {count}"));
    }
    eprintln!("fuzz smoke: inputs per target: {}", report.join(", "));
}
