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

/// 2016 wijken of The Hague as a KWB flat file: the real 2016 inhabitants per wijk (the
/// Gezondheidsmonitor's "Totale bevolking", as the other test reads them) laid out as CBS lays out
/// `kwb-2016.csv`. Built by this test only; the demo ships no such file.
fn kwb_2016_flat_file(dir: &Path, inhabitants: &HashMap<String, f64>) -> String {
    let mut text = String::from("gwb_code_10;gwb_code_8;regio;gm_naam;recs;ind_wbi;a_inw\n");
    let total: f64 = inhabitants.values().sum();
    text.push_str(&format!("GM0518;518;'s-Gravenhage;'s-Gravenhage;Gemeente;.;{total}\n"));
    let mut codes: Vec<&String> = inhabitants.keys().collect();
    codes.sort();
    for code in codes {
        let n = &code[2..];
        text.push_str(&format!("{code};{n};Wijk {n};'s-Gravenhage;Wijk;1;{}\n", inhabitants[code]));
    }
    let path = dir.join("kwb-2016.csv");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// Dutch thousands: 12345 → "12.345".
fn dutch(n: f64) -> String {
    let digits = format!("{}", n.round() as i64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[tokio::test]
async fn a_profile_shows_inhabitants_across_a_moved_border_in_the_newest_layout_with_the_mark() {
    let tmp = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", tmp.path().join("ww.db").display());
    // The Hague's wijk codes in the recent boundary file are exactly those of KWB 2024 (plus
    // WK051899), so here it stands for the 2024 layout.
    cli(&db, &["import", "--layout-year", "2016", &data("geo/wijk_2016_6.geojson.gz")]);
    cli(&db, &["import", "--layout-year", "2024", &data("geo/wijkgeo_denhaag_e_o.json.gz")]);
    cli(
        &db,
        &[
            "import",
            &data("kwb/kwb2024_85984NED_DataProperties.json.gz"),
            &data("kwb/kwb2024_85984NED_TableInfos.json.gz"),
            &data("kwb/kwb2024_85984NED_gm_wijk_stripped.json.gz"),
        ],
    );
    let before = inhabitants_2016("WK0518");
    // One column is too few to recognise an edition by: the table is named (KWB 2016 = 83487NED).
    let out = cli(&db, &["import", "--table", "83487NED", &kwb_2016_flat_file(tmp.path(), &before)]);
    assert!(out.contains("tabel 83487NED, 45 gebieden") && out.contains("periode(n) 2016"), "{out}");
    cli(&db, &["crosswalk", "--from", "2016", "--to", "2024", "--level", "wijk", "--municipality", "GM0518"]);

    let store = Store::connect(&db).await.unwrap();
    let pieces = store.crosswalk(2016, 2024).await.unwrap();
    // A wijk of 2024 made of more than one wijk of 2016.
    // A wijk of 2016 whose border moved: in The Hague a strip of WK051808 went to WK051899 (water
    // and beach). Its 2016 figure is carried into the 2024 wijk of the same code from the pieces
    // of the 2016 wijken that lie in it.
    let codes: Vec<String> = before.keys().cloned().collect();
    let changes = crosswalk::changes(&pieces, &codes);
    let mut redrawn: Vec<&String> = changes.iter().filter(|(_, c)| **c == Change::Redrawn).map(|(k, _)| k).collect();
    redrawn.sort();
    let merged = redrawn.first().expect("The Hague has wijken whose border moved").as_str();
    let parts: Vec<&crosswalk::Piece> = pieces.iter().filter(|p| p.to == merged).collect();
    assert!(parts.len() > 1, "{parts:?}");
    let expected: f64 = parts.iter().map(|p| before.get(&p.from).copied().unwrap_or(0.0) * p.share).sum();
    eprintln!("{merged}: published 2016 {}, carried into 2024 layout {expected:.0}", before[merged]);
    let app = common::app::TestApp::on(&store);
    let page = app.server.get(&format!("/gebieden/{merged}")).await.text();
    let carried = format!("{} (omgerekend uit gebiedsindeling 2016, naar oppervlakte)", dutch(expected));
    assert!(page.contains(&carried), "{merged}: expected {carried}");
    assert!(page.contains("class=\"spark__division\""), "the chart marks the re-division");
    assert!(page.contains("het gebied is na 2016 anders ingedeeld"), "and says what the mark means");

    // A goal on the wijk follows the same series: 2016 carried over, 2024 as published.
    let series = store.catalogue_values(merged, "kwb:AantalInwoners", "").await.unwrap();
    assert_eq!(series.iter().map(|(y, _)| *y).collect::<Vec<_>>(), vec![2016, 2024], "{series:?}");
    assert_eq!(series[0].1, expected.round());

    // A wijk that kept its borders: its 2016 figure as published, and no mark.
    let kept = pieces
        .iter()
        .find(|p| p.from == p.to && p.share >= 0.99 && p.to_share >= 0.99 && before.contains_key(&p.from))
        .expect("most wijken kept their borders");
    let page = app.server.get(&format!("/gebieden/{}", kept.to)).await.text();
    assert!(page.contains(&dutch(before[&kept.from])), "{}: the published 2016 figure", kept.to);
    assert!(!page.contains("class=\"spark__division\""), "{}: no re-division", kept.to);
    let series = store.catalogue_values(&kept.to, "kwb:AantalInwoners", "").await.unwrap();
    assert_eq!(series[0], (2016, before[&kept.from]), "a goal's baseline as published");
}
