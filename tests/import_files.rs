//! The importer on real publications (../shared/data, skipped with a message when absent) and on
//! hand-made broken files (tests/fixtures/import): every broken file is refused whole, with file,
//! row, column and value named, and nothing of the import is stored.

mod common;

use common::process::{bin, client, run, start};
use std::path::{Path, PathBuf};
use wijkwijzer::domain::statistics::Cell;
use wijkwijzer::store::Store;

fn shared(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if dir.is_dir() {
        Some(dir.join(sub))
    } else {
        common::skipped("tests on ../shared/data", "the folder is absent (CI always has it)");
        None
    }
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name).display().to_string()
}

fn import(db: &str, args: &[&str]) -> (bool, String, String) {
    let mut c = bin();
    c.args(["import", "--database", db]).args(args);
    run(c, "")
}

fn sqlite_db(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}", dir.path().join("ww.db").display())
}

async fn open(db: &str) -> Store {
    let store = Store::connect(db).await.unwrap();
    store.migrate().await.unwrap();
    store
}

#[tokio::test]
async fn the_five_rivm_health_tables_import_with_age_groups_as_variants() {
    let Some(dir) = shared("gezondheid") else { return };
    let tmp = tempfile::tempdir().unwrap();
    let db = sqlite_db(&tmp);
    for (file, period, ages) in [
        ("50090NED_2012_18plus.xlsx", "2012", "20300"),
        ("50090NED_2016_18plus.xlsx", "2016", "20300"),
        ("50090NED_2016_65plus.xlsx", "2016", "80200"),
        ("50090NED_2020_18plus.xlsx", "2020", "20300"),
        ("50090NED_2020_65plus.xlsx", "2020", "80200"),
    ] {
        let path = dir.join(file);
        let (ok, out, err) = import(&db, &["--table", "50090NED", path.to_str().unwrap()]);
        assert!(ok, "{file}: {err}");
        assert!(out.contains("17.341 gebieden") && out.contains(&format!("periode(n) {period}")), "{out}");
        let _ = ages;
    }
    let store = open(&db).await;
    let adults = "Leeftijd=20300;Marges=MW00000";
    let get = |area: &'static str, key: &'static str, period: &'static str| {
        let store = store.clone();
        async move { store.observation("50090NED", key, adults, area, period).await.unwrap() }
    };
    // Figures exactly as published (read independently from the xlsx XML).
    assert_eq!(get("GM0599", "Eenzaam_28", "2020JJ00").await, Some(Cell::Value { value: 55.7, symbol: None }));
    assert_eq!(
        get("BU05991081", "MoeiteMetRondkomen_38", "2020JJ00").await,
        Some(Cell::Value { value: 33.6, symbol: None })
    );
    assert_eq!(get("NL01", "Roker_11", "2012JJ00").await, Some(Cell::Value { value: 24.1, symbol: None }));
    assert_eq!(get("BU05991081", "Eenzaam_28", "2012JJ00").await, Some(Cell::Value { value: 60.2, symbol: None }));
    // A suppressed figure is missing, not zero; a figure not measured in 2012 is absent.
    assert_eq!(get("BU16800709", "Roker_11", "2012JJ00").await, Some(Cell::Missing('.')));
    assert_eq!(get("NL01", "SociaalEenzaam_31", "2012JJ00").await, None);
    // The 65+ tables are their own variant.
    let elderly = store
        .observation("50090NED", "Eenzaam_28", "Leeftijd=80200;Marges=MW00000", "GM0599", "2020JJ00")
        .await
        .unwrap();
    assert!(matches!(elderly, Some(Cell::Value { .. })));
    assert_eq!(store.area_name("GM0599", 2020).await.unwrap(), Some(("Rotterdam".into(), "gemeente".into())));
}

#[tokio::test]
async fn the_kwb_extract_imports_with_its_column_dictionary_and_table_info() {
    let Some(dir) = shared("kwb") else { return };
    let tmp = tempfile::tempdir().unwrap();
    let db = sqlite_db(&tmp);
    let files: Vec<String> = [
        "kwb2024_85984NED_DataProperties.json",
        "kwb2024_85984NED_TableInfos.json",
        "kwb2024_85984NED_gm_wijk_stripped.json",
    ]
    .iter()
    .map(|f| dir.join(f).display().to_string())
    .collect();
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let (ok, out, err) = import(&db, &args);
    assert!(ok, "{err}");
    assert!(
        out.contains(
            "tabel 85984NED, 3.735 gebieden, 8 indicatoren, periode(n) 2024, 29.880 waarden, waarvan 40 zonder cijfer"
        ),
        "{out}"
    );
    let store = open(&db).await;
    assert_eq!(
        store
            .observation("85984NED", "Woningvoorraad_35", "", "WK059910", "2024JJ00")
            .await
            .unwrap()
            .map(|c| matches!(c, Cell::Value { .. })),
        Some(true)
    );
    // The names of the buurten come from the code list of the same table.
    let (ok, out, err) = import(
        &db,
        &["--table", "85984NED", "--layout-year", "2024", dir.join("buurtnamen_85984NED_2024.csv").to_str().unwrap()],
    );
    assert!(ok, "{err}");
    assert!(out.contains("namen van 14.574 gebieden (gebiedsindeling 2024)"), "{out}");
    assert_eq!(store.area_name("BU05991081", 2024).await.unwrap(), Some(("Bloemhof".into(), "buurt".into())));
    // The wijk list of the 2023 map (dBase), with the gemeenten it names.
    let (ok, out, err) = import(&db, &[dir.join("wijk_2023_v0.dbf").to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(out.contains("namen van 3.777 gebieden (gebiedsindeling 2023)"), "{out}");
    assert_eq!(store.area_name("WK059910", 2023).await.unwrap(), Some(("Feijenoord".into(), "wijk".into())));
    assert_eq!(store.area_name("GM0599", 2023).await.unwrap(), Some(("Rotterdam".into(), "gemeente".into())));
}

#[test]
fn every_broken_file_is_refused_with_file_row_column_and_value() {
    let tmp = tempfile::tempdir().unwrap();
    let db = sqlite_db(&tmp);
    for (file, expected) in [
        ("bad-value.json", "bad-value.json, rij 2, kolom Eenzaam_28: 'veel' is geen getal"),
        ("geo-no-code.geojson", "geo-no-code.geojson, object 2: geen gebiedscode"),
        ("geo-outside.geojson", "geo-outside.geojson, object 1: punt 13.4, 52.52 ligt niet in Nederland"),
        ("bad-area-code.json", "bad-area-code.json, rij 1, kolom WijkenEnBuurten: 'Rotterdam' is geen CBS-gebiedscode"),
        ("bad-period.json", "bad-period.json, rij 1, kolom Perioden: 'dit jaar' is geen StatLine-periode"),
        ("no-region-column.json", "no-region-column.json: geen kolom met gebiedscodes"),
        ("truncated.json", "truncated.json: geen geldige JSON"),
        ("unknown-format.txt", "unknown-format.txt: onbekend formaat"),
        ("broken.xlsx", "broken.xlsx: onbekend formaat"),
        ("broken-zip.xlsx", "broken-zip.xlsx: geen leesbaar xlsx-bestand"),
        ("duplicate-row.json", "duplicate-row.json, rij 2: GM0599 staat voor periode 2020 al eerder in het bestand"),
        ("bad-code-list.csv", "bad-code-list.csv, rij 3, kolom Identifier: 'BU0599108' is geen CBS-gebiedscode"),
        ("geen-tekst.csv", "geen-tekst.csv: de tekst is geen UTF-8 en ook geen Windows-1252"),
    ] {
        // A good file in the same import is not stored either: all or nothing.
        let (ok, out, err) = import(&db, &[&fixture("good.json"), &fixture(file)]);
        assert!(!ok, "{file} was accepted: {out}");
        assert!(err.contains(expected), "{file}: {err}");
        assert!(err.contains("Niets geïmporteerd"), "{file}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
    let (ok, out, _) = import(&db, &["--table", "HAND01", &fixture("good.json")]);
    assert!(ok && out.contains("2 waarden, waarvan 1 zonder cijfer"), "{out}");
}

#[test]
fn messages_follow_the_language_of_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let mut c = bin();
    c.env("LANG", "en_GB.UTF-8").args(["import", "--database", &sqlite_db(&tmp), &fixture("bad-value.json")]);
    let (ok, _, err) = run(c, "");
    assert!(!ok);
    assert!(
        err.contains("bad-value.json, row 2, column Eenzaam_28: 'veel' is neither a number nor a CBS symbol"),
        "{err}"
    );
}

#[tokio::test]
async fn import_creates_the_database_and_serve_uses_it() {
    let tmp = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", tmp.path().join("nieuw/ww.db").display());
    let (ok, _, err) = import(&db, &["--table", "HAND01", &fixture("good.json")]);
    assert!(ok, "{err}");
    let mut c = bin();
    c.args(["serve", "--database", &db, "--bind", "127.0.0.1:0"]);
    let server = start(c);
    assert_eq!(client().get(format!("{}/health", server.url)).send().await.unwrap().status().as_u16(), 200);
    let store = open(&db).await;
    assert_eq!(store.count_values("HAND01").await.unwrap(), 2);
}

#[tokio::test]
async fn the_cbs_csv_tables_import_as_published() {
    let Some(dir) = shared("") else { return };
    let tmp = tempfile::tempdir().unwrap();
    let db = sqlite_db(&tmp);
    let cases = [
        (
            "ses/SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv",
            vec!["--table", "85163NED"],
            "579 gebieden, 6 indicatoren, periode(n) 2019, 3.474 waarden, waarvan 450 zonder cijfer",
        ),
        (
            "inkomen/kvk2020-wb2023.csv",
            vec!["--table", "IIV-2020", "--period", "2020"],
            "3.695 gebieden, 3 indicatoren, periode(n) 2020, 11.085 waarden, waarvan 832 zonder cijfer",
        ),
        (
            "overig/gem-autobezit-huishouden_2023_wijk.csv",
            vec!["--table", "RDW-2023-wijk", "--period", "2023"],
            "3.352 gebieden, 1 indicatoren",
        ),
        (
            "overig/gem-autobezit-huishouden_2023_gem.csv",
            vec!["--table", "RDW-2023-gem", "--period", "2023"],
            "342 gebieden, 1 indicatoren",
        ),
        // Three rows of this file are the same row three times: read once.
        (
            "gezondheid/WijkEenzaamheid2016.csv",
            vec!["--table", "WIJK-2016", "--period", "2016", "--layout-year", "2016"],
            "2.981 gebieden, 14 indicatoren",
        ),
    ];
    for (file, args, expected) in cases {
        let path = dir.join(file).display().to_string();
        let mut all = args.clone();
        all.push(&path);
        let (ok, out, err) = import(&db, &all);
        assert!(ok, "{file}: {err}");
        assert!(out.contains(expected), "{file}: {out}");
    }
    let store = open(&db).await;
    let get = |table: &'static str, key: &'static str, area: &'static str, period: &'static str| {
        let store = store.clone();
        async move { store.observation(table, key, "", area, period).await.unwrap() }
    };
    let v = |value: f64| Some(Cell::Value { value, symbol: None });
    // Decimal commas, padded codes, title lines and footers, read as published.
    assert_eq!(
        get("IIV-2020", "Gemiddeld persoonlijk inkomen per inwoner x 1000 euro", "GM0599", "2020JJ00").await,
        v(26.1)
    );
    assert_eq!(
        get("IIV-2020", "40% huishoudens met laagste besteedbaar inkomen %", "WK001400", "2020JJ00").await,
        v(79.6)
    );
    assert_eq!(get("RDW-2023-wijk", "Personenauto's per huishouden (afgerond)", "WK059910", "2023JJ00").await, v(0.6));
    assert_eq!(get("85163NED", "Opleidingsniveau/Laag/Waarde (%)", "BU03630000", "2019JJ00").await, v(12.4));
    assert_eq!(
        get("85163NED", "SES-WOA/Totaalscore/Gemiddelde score (Getal)", "BU03630000", "2019JJ00").await,
        v(0.045)
    );
    assert_eq!(get("WIJK-2016", "% eenzaam*", "WK059910", "2016JJ00").await, v(59.0));
    assert_eq!(store.area_name("WK001400", 2023).await.unwrap(), Some(("Centrum".into(), "wijk".into())));
    assert_eq!(store.area_name("BU03630000", 2019).await.unwrap(), Some(("Kop Zeedijk".into(), "buurt".into())));
}

/// The real data shipped for the demo (data/) is the publications, byte for byte: gzip-compressed
/// copies and the xlsx files as published.
#[test]
fn demo_data_is_byte_identical_to_the_publications() {
    use std::io::Read;
    let Some(shared) = shared("") else { return };
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut checked = 0;
    for group in wijkwijzer::demo::IMPORTS.iter().chain(wijkwijzer::demo::MORE_IMPORTS.iter()) {
        for file in group.files {
            let ours = std::fs::read(data.join(file)).unwrap();
            let ours = match file.strip_suffix(".gz") {
                Some(_) => {
                    let mut out = Vec::new();
                    flate2::read::GzDecoder::new(&ours[..]).read_to_end(&mut out).unwrap();
                    out
                }
                None => ours,
            };
            let original = std::fs::read(shared.join(file.trim_end_matches(".gz"))).unwrap();
            assert!(ours == original, "{file} differs from ../shared/data");
            checked += 1;
        }
    }
    assert_eq!(checked, 19);
}

/// `import` reads gzip-compressed files as they are, under the name without `.gz`.
#[tokio::test]
async fn a_gzip_compressed_file_imports_like_the_original() {
    let tmp = tempfile::tempdir().unwrap();
    let db = sqlite_db(&tmp);
    let gz =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ses/SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv.gz");
    let (ok, out, err) = import(&db, &["--table", "85163NED", gz.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(
        out.contains("SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv: tabel 85163NED, 579 gebieden"),
        "{out}"
    );
    let store = open(&db).await;
    let score = store.observation("85163NED", "SES-WOA/Totaalscore/Gemiddelde score (Getal)", "", "GM0363", "2019JJ00");
    assert!(matches!(score.await.unwrap(), Some(Cell::Value { .. })));
    // Not gzip after all: refused with a pointed message, nothing stored.
    let fake = tmp.path().join("kapot.csv.gz");
    std::fs::write(&fake, [0x1f, 0x8b, 0x08, 0x00, 0x01]).unwrap();
    let (ok, _, err) = import(&db, &["--table", "KAPOT", fake.to_str().unwrap()]);
    assert!(!ok && err.contains("kapot.csv.gz: geen leesbaar gzip-bestand"), "{err}");
}

/// Boundaries as published: GeoJSON in RD New and in WGS84, TopoJSON quantised; every shape is
/// stored in RD New metres; an area drawn as two features is one shape; shapes that the
/// publication left empty (or that quantisation collapsed) are counted, not invented.
#[tokio::test]
async fn the_boundary_files_import_as_published() {
    let Some(dir) = shared("geo") else { return };
    let tmp = tempfile::tempdir().unwrap();
    let db = sqlite_db(&tmp);
    let path = |f: &str| dir.join(f).display().to_string();
    // A boundary file does not say its region layout: asked for, nothing stored.
    let (ok, _, err) = import(&db, &[&path("wijkgeo_denhaag_e_o.json")]);
    assert!(!ok && err.contains("noemt zijn gebiedsindeling niet; geef die op met --layout-year"), "{err}");
    let cases = [
        ("wijk_2016_6.geojson", "2016", "grenzen van 2.979 gebieden (gebiedsindeling 2016), 2 zonder bruikbare vorm"),
        ("wijkgeo_denhaag_e_o.json", "2022", "grenzen van 72 gebieden (gebiedsindeling 2022), 0 zonder bruikbare vorm"),
        (
            "Wijk_2014_layer_q1e3.json",
            "2014",
            "grenzen van 2.700 gebieden (gebiedsindeling 2014), 38 zonder bruikbare vorm",
        ),
        (
            "Buurt_2014_layer_q1e3.json",
            "2014",
            "grenzen van 10.637 gebieden (gebiedsindeling 2014), 1.054 zonder bruikbare vorm",
        ),
    ];
    for (file, year, expected) in cases {
        let (ok, out, err) = import(&db, &["--layout-year", year, &path(file)]);
        assert!(ok, "{file}: {err}");
        assert!(out.contains(expected), "{file}: {out}");
    }
    let store = open(&db).await;
    let shape = |code: &'static str, year: i64| {
        let store = store.clone();
        async move {
            let (_, text) = store.boundary(code, year).await.unwrap().unwrap();
            wijkwijzer::import::geo::from_geometry_text(&text).unwrap()
        }
    };
    // Wieringen (Hollands Kroon) is two features in the 2016 file: one shape of two parts.
    assert_eq!(shape("WK191104", 2016).await.len(), 2);
    // Den Haag's Oostduinen, published in WGS84, lands in RD New near the coast of Den Haag.
    let oostduinen = shape("WK051801", 2022).await;
    let (x, y) = oostduinen[0][0][0];
    assert!((75_000.0..85_000.0).contains(&x) && (455_000.0..462_000.0).contains(&y), "{x} {y}");
    assert_eq!(store.area_name("WK051801", 2022).await.unwrap(), Some(("Wijk 01 Oostduinen".into(), "wijk".into())));
    // The nearest layout that has a boundary answers for another year.
    assert_eq!(store.boundary("WK051801", 2024).await.unwrap().map(|(y, _)| y), Some(2022));
    assert_eq!(
        store.area_name("BU19870209", 2014).await.unwrap(),
        Some(("Verspreide huizen Meeden".into(), "buurt".into()))
    );
}

fn data_file(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(rel).display().to_string()
}

#[tokio::test]
async fn the_rivm_health_table_is_recognised_by_its_columns_and_is_scan_ready_without_options() {
    let tmp = tempfile::tempdir().unwrap();
    let db = sqlite_db(&tmp);
    let (ok, out, err) = import(&db, &[&data_file("gezondheid/50090NED_2020_18plus.xlsx")]);
    assert!(ok, "{err}");
    assert!(out.contains("tabel 50090NED"), "{out}");
    assert!(
        out.contains("50090NED_2020_18plus.xlsx: herkend als 50090NED (RIVM Gezondheidsmonitor) aan de kolommen."),
        "{out}"
    );
    let store = open(&db).await;
    assert!(store.scan_years().await.unwrap().contains(&2020), "the scan finds its figures");
    assert!(store.count_values("50090NED").await.unwrap() > 500_000);
}

#[tokio::test]
async fn a_kwb_flat_file_imports_without_options_onto_the_catalogue_indicators() {
    let tmp = tempfile::tempdir().unwrap();
    let db = sqlite_db(&tmp);
    let (ok, out, err) = import(&db, &[&fixture("kwb-2023.csv")]);
    assert!(ok, "{err}");
    assert!(out.contains("herkend als 85618NED (CBS Kerncijfers wijken en buurten)"), "{out}");
    assert!(out.contains("3 gebieden") && out.contains("periode(n) 2023"), "{out}");
    let store = open(&db).await;
    let obs = store.area_observations("WK001400", Some("2023JJ00")).await.unwrap();
    let cell = |stem: &str| obs.iter().find(|o| o.key.starts_with(&format!("{stem}_"))).map(|o| o.cell);
    assert_eq!(cell("AantalInwoners"), Some(Cell::Value { value: 25_000.0, symbol: None }));
    assert_eq!(cell("Nettoarbeidsparticipatie"), Some(Cell::Value { value: 70.1, symbol: None }), "decimal comma");
    assert_eq!(cell("GemiddeldeWOZWaardeVanWoningen"), Some(Cell::Missing('.')), "a dot is missing, never zero");
    assert!(cell("eigen_kolom").is_some(), "a column CBS does not have is kept under its own name");
    // The same indicator name as StatLine's column of the 2024 edition.
    let key = obs.iter().find(|o| o.key.starts_with("AantalInwoners_")).unwrap();
    assert_eq!(wijkwijzer::domain::catalogue::indicator_ref(&key.source_table, &key.key), "kwb:AantalInwoners");
    let area = store.area("BU00140000", Some(2023)).await.unwrap().unwrap();
    assert_eq!(area.name, "Binnenstad-Zuid", "names from the regio column");
    let obs = store.area_observations("BU00140000", Some("2023JJ00")).await.unwrap();
    assert!(!obs.iter().any(|o| o.key.starts_with("eigen_kolom_")), "an empty cell is not measured");
}

#[tokio::test]
async fn a_windows_1252_csv_is_read_as_such_and_said_so_and_unknown_columns_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let db = sqlite_db(&tmp);
    let (ok, out, err) = import(&db, &["--period", "2023", &fixture("maatwerk-windows-1252.csv")]);
    assert!(ok, "{err}");
    assert!(out.contains("gelezen als Windows-1252"), "{out}");
    assert!(out.contains("de kolommen staan niet in de catalogus"), "{out}");
    let store = open(&db).await;
    let names = store.municipality_names().await.unwrap();
    assert!(names.iter().any(|(_, n, _)| n == "Súdwest-Fryslân"), "{names:?}");
    assert!(names.iter().any(|(_, n, _)| n == "’s-Gravenhage"), "{names:?}");
}
