//! Lists the migration files of both dialects for `store::migrations` (each is embedded with
//! `include_str!`), so the store needs no proc macro to embed them.

use std::fmt::Write as _;
use std::path::Path;

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    names.sort();
    names
}

fn main() {
    // The binary carries some 300,000 relative relocations (vtables, string tables): packed
    // (DT_RELR, glibc ≥ 2.36) the loader applies them from a few kilobytes instead of reading a
    // 7 MB table at every start — a command like `wijkwijzer scan` starts in half the time.
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("linux-gnu") {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = String::new();
    for (name, folder) in [("SQLITE", "migrations/sqlite"), ("POSTGRES", "migrations/postgres")] {
        let dir = root.join(folder);
        let _ = writeln!(out, "static {name}: &[(&str, &str)] = &[");
        for file in files(&dir) {
            let path = dir.join(&file);
            let _ = writeln!(out, "    ({file:?}, include_str!({:?})),", path.display().to_string());
        }
        let _ = writeln!(out, "];");
    }
    let target = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("migrations.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=migrations/sqlite");
    println!("cargo:rerun-if-changed=migrations/postgres");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=templates");
}
