//! Boundary crosswalks on real boundaries (data/geo): the wijken of 's-Gravenhage in the 2016 layout
//! (wijk_2016_6.geojson) laid over a recent layout (wijkgeo_denhaag_e_o.json, "2022 or later" per
//! data/README; stored here as 2022). The 2016 inhabitants of every wijk (WijkEenzaamheid2016.csv,
//! real) carried over to the new layout keep the gemeente's total within 0.5 %.

mod common;

use common::process::{bin, run};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use wijkwijzer::domain::crosswalk::{self, Change};
use wijkwijzer::store::Store;

fn data(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(rel).display().to_string()
}

fn cli(db: &str, args: &[&str]) -> String {
    let mut c = bin();
    c.args([args[0], "--database", db]).args(&args[1..]);
    let (ok, out, err) = run(c, "");
    assert!(ok, "{args:?}: {err}");
    out
}

/// Inhabitants of the 2016 wijken of a gemeente, as published.
fn inhabitants_2016(gm_prefix: &str) -> HashMap<String, f64> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(data("gezondheid/WijkEenzaamheid2016.csv.gz")).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let code = headers.iter().position(|h| h == "wijkcode").unwrap();
    let total = headers.iter().position(|h| h == "Totale bevolking").unwrap();
    reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| r[code].starts_with(gm_prefix))
        .map(|r| (r[code].to_string(), r[total].parse::<f64>().unwrap()))
        .collect()
}

#[tokio::test]
async fn the_wijken_of_the_hague_carry_their_inhabitants_into_a_later_layout() {
    let tmp = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", tmp.path().join("ww.db").display());
    cli(&db, &["import", "--layout-year", "2016", &data("geo/wijk_2016_6.geojson.gz")]);
    cli(&db, &["import", "--layout-year", "2022", &data("geo/wijkgeo_denhaag_e_o.json.gz")]);
    let out = cli(&db, &["crosswalk", "--from", "2016", "--to", "2022", "--level", "wijk", "--municipality", "GM0518"]);
    assert!(out.contains("Gebiedsindeling 2016 → 2022: 44 gebieden over 45 nieuwe verdeeld"), "{out}");

    let store = Store::connect(&db).await.unwrap();
    let pieces = store.crosswalk(2016, 2022).await.unwrap();
    let codes: Vec<String> =
        pieces.iter().map(|p| p.from.clone()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
    assert_eq!(codes.len(), 44);
    let changes = crosswalk::changes(&pieces, &codes);
    let unchanged = changes.values().filter(|c| **c == Change::Unchanged).count();
    eprintln!(
        "changes: {:?}",
        changes.values().fold(HashMap::new(), |mut m: HashMap<&str, usize>, c| {
            *m.entry(c.key()).or_default() += 1;
            m
        })
    );
    assert!(unchanged >= 35, "most wijken of The Hague kept their borders: {unchanged} of 44");

    let before = inhabitants_2016("WK0518");
    assert_eq!(before.len(), 44);
    let total_before: f64 = before.values().sum();
    assert_eq!(total_before, 519_905.0, "the published 2016 total");
    let after = crosswalk::carry_counts(&before, &pieces);
    let total_after: f64 = after.values().sum();
    let off = (total_after - total_before).abs() / total_before;
    eprintln!("inhabitants 2016 → layout 2022: {total_before} → {total_after:.0} ({:.3} %)", off * 100.0);
    assert!(off < 0.005, "the total moved by {:.3} %", off * 100.0);
    // Every new wijk that lies in the old gemeente gets inhabitants.
    assert!(after.len() >= 44, "{} new wijken received inhabitants", after.len());
}
