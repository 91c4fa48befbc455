//! The real data the demo ships (data/), loaded once the way `wijkwijzer demo` loads it: the
//! public neighbourhood profile read through the real router as a resident would, without logging
//! in, and the urgency scan run on it from the command line.

mod common;

use axum::http::StatusCode;
use axum_test::TestServer;
use common::app::{TestApp, main_of};
use common::process::{bin, run};
use wijkwijzer::demo::{StatisticsLoaded, load_statistics};
use wijkwijzer::domain::catalogue::Compare;
use wijkwijzer::domain::statistics::Cell;

fn text(html: &str) -> String {
    common::app::text_of(html)
}

/// The card of one figure on a profile page.
fn card<'a>(html: &'a str, anchor: &str) -> &'a str {
    let start = html.find(&format!("id=\"{anchor}\"")).unwrap_or_else(|| panic!("no figure {anchor}"));
    let end = html[start..].find("</article>").unwrap() + start;
    &html[start..end]
}

const RONDKOMEN_18: &str = "cijfer-50090ned-moeitemetrondkomen-38-leeftijd-20300-marges-mw00000";

#[tokio::test]
async fn real_figures_show_in_the_profile_against_gemeente_and_country_and_in_the_urgency_scan() {
    let (store, dir) = common::sqlite_store().await;
    let server = TestApp::on(&store).server;

    // Before any import: a clear empty state, and no profile.
    let empty = server.get("/gebieden").await;
    assert!(text(&empty.text()).contains("Er zijn nog geen gebieden geïmporteerd"));
    server.get("/gebieden/BU05991081").expect_failure().await.assert_status(StatusCode::NOT_FOUND);
    assert!(text(&server.get("/urgentie").await.text()).contains("Er zijn nog geen cijfers voor de scan geïmporteerd"));

    // The demo's first start: every shipped table, once.
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let first = load_statistics(&store, &data, &|_| {}).await.unwrap();
    assert_eq!(first.imports, 17, "19 files, of which two describe the KWB extract");
    assert!(first.values > 2_400_000, "{first:?}");
    let eenzaam = store.observation("50090NED", "Eenzaam_28", "Leeftijd=20300;Marges=MW00000", "GM0599", "2020JJ00");
    assert!(matches!(eenzaam.await.unwrap(), Some(Cell::Value { .. })));
    assert_eq!(load_statistics(&store, &data, &|_| {}).await.unwrap(), StatisticsLoaded::default());

    // Catalogue completeness: every indicator shown to people has a reviewed title and unit in
    // Dutch and English; only outdated classifications are left out.
    for i in store.indicators().await.unwrap() {
        let l = &i.label;
        assert!(
            l.reviewed || l.compare == Compare::Hidden,
            "{} {} has no reviewed title ({l:?})",
            i.source_table,
            i.key
        );
    }

    // Bloemhof (Rotterdam Feijenoord): figure, gemeente, country, difference, judgement, source.
    let page = server.get("/gebieden/BU05991081").await;
    page.assert_status_ok();
    let html = page.text();
    let all = text(&html);
    assert!(all.contains("Gebieden Nederland Rotterdam Feijenoord Bloemhof"), "breadcrumb: {all}");
    assert!(all.contains("buurt · gemeente Rotterdam · code BU05991081"));
    assert!(
        all.contains("Gebiedsindeling van deze cijfers: 2020 (RIVM)"),
        "the page says which layout its figures are in: {all}"
    );
    let c = text(card(&html, RONDKOMEN_18));
    assert!(c.contains("Moeite met rondkomen (18 jaar of ouder) 33,6% 2020"), "{c}");
    assert!(c.contains("Rotterdam 22,4%") && c.contains("Nederland 13,9%"), "{c}");
    assert!(c.contains("Verschil met Nederland +19,7 procentpunt ongunstiger"), "{c}");
    // The shipped RIVM exports hold the value only (Marges=MW00000): no interval is invented, and
    // the page says that "ongunstiger" is the direction, not a tested difference.
    assert!(!c.contains("95%-interval") && !c.contains("significant"), "{c}");
    assert!(all.contains("vergeleken cijfers is geen marge (betrouwbaarheidsinterval) geïmporteerd"), "{all}");
    assert!(c.contains("Bron: RIVM, Gezondheidsmonitor 2020"), "{c}");
    // The trend: a chart with a text alternative, and the same figures as a table.
    let raw = card(&html, RONDKOMEN_18);
    assert!(raw.contains("<svg") && raw.contains("role=\"img\"") && raw.contains("ontwikkeling 2012–2020"));
    assert_eq!(raw.matches("<polyline").count(), 3, "buurt, gemeente and country lines");
    assert!(
        c.contains("2012 49,9 34,9 24") && c.contains("2016 45,9 31,1 19,2") && c.contains("2020 33,6 22,4 13,9"),
        "{c}"
    );
    assert!(all.contains("Bron: CBS / RIVM, CC BY 4.0"));

    // A buurt whose figures are suppressed: "geen gegevens", never a zero, and no judgement.
    let waalhaven = server.get("/gebieden/BU05992194").await.text();
    let c = text(card(&waalhaven, "cijfer-50090ned-ervarengezondheidgoedzeergoed-4-leeftijd-20300-marges-mw00000"));
    assert!(c.contains("geen gegevens") && !c.contains("ongunstiger") && !c.contains("gunstiger"), "{c}");
    assert!(text(&waalhaven).contains("Waalhaven"), "the name comes from the 2024 list");

    // The gemeente: compared with the country only, its wijken listed, KWB figures with their source.
    let gm = server.get("/gebieden/GM0599").await.text();
    let gm_text = text(&gm);
    assert!(gm_text.contains("Wijken") && gm.contains("href=\"/gebieden/WK059910\""), "{gm_text}");
    assert!(gm_text.contains("Bron: CBS, Kerncijfers wijken en buurten 2024"), "{gm_text}");
    assert!(!gm_text.contains("Verschil met de gemeente"));
    // The wijk lists its buurten.
    let wk = server.get("/gebieden/WK059910").await.text();
    similar_areas_beside_the_country_and_the_gemeente(&server, &wk).await;
    assert!(wk.contains("href=\"/gebieden/BU05991081\""));
    // Plain titles, no raw keys or doubled units; counts are shown, not compared with the gemeente,
    // or compared per 1.000 inhabitants; the outdated "niet-westers allochtonen" is left out.
    let wk_text = text(&wk);
    for raw in [
        "Woningvoorraad_35",
        "Mannen_6",
        "Bevolkingsdichtheid_34",
        "(%) (%)",
        "afgerond",
        "niet-westers",
        "x 1000 euro",
        "*",
    ] {
        assert!(!wk_text.contains(raw), "{raw} on the wijk profile");
    }
    let people = text(card(&wk, "cijfer-85984ned-aantalinwoners-5-"));
    assert!(people.contains("Aantal inwoners 79.440 2024"), "{people}");
    assert!(!people.contains("Verschil") && !people.contains("670.610"), "a count is not compared: {people}");
    let homes = text(card(&wk, "cijfer-85984ned-woningvoorraad-35-"));
    assert!(homes.contains("Woningvoorraad 37.391 woningen 2024 470,7 per 1.000 inwoners"), "{homes}");
    assert!(
        homes.contains("Rotterdam 484 per 1.000 inwoners")
            && homes.contains("Verschil met de gemeente −13,3 per 1.000 inwoners"),
        "{homes}"
    );
    let income = text(card(&wk, "cijfer-iiv-2020-gemiddeld-persoonlijk-inkomen-per-inwoner-x-1000-euro-"));
    assert!(income.contains("Gemiddeld persoonlijk inkomen per inwoner 22 × 1.000 euro 2020"), "{income}");
    let wk_en = text(&server.get("/gebieden/WK059910").add_header("accept-language", "en").await.text());
    assert!(wk_en.contains("Housing stock 37,391 dwellings 2024 470.7 per 1,000 inhabitants"), "{wk_en}");
    assert!(wk_en.contains("Average personal income per inhabitant") && !wk_en.contains("Woningvoorraad"), "{wk_en}");
    // The country lists the gemeenten.
    let nl = server.get("/gebieden/NL01").await.text();
    assert!(nl.contains("href=\"/gebieden/GM0599\"") && text(&nl).contains("Rotterdam"));

    // In English: English number format and words.
    let en = server.get("/gebieden/BU05991081").add_header("accept-language", "en").await.text();
    let c = text(card(&en, RONDKOMEN_18));
    assert!(
        c.contains("33.6%") && c.contains("Difference with the Netherlands +19.7 percentage points less favourable"),
        "{c}"
    );
    assert!(c.contains("Source: RIVM, Health Monitor 2020"), "{c}");

    // Light on a phone: a buurt and a wijk profile travel compressed in under 30 kB.
    for area in ["/gebieden/BU05991081", "/gebieden/WK059910"] {
        let wire = server.get(area).add_header("accept-encoding", "gzip, deflate, br").await;
        assert_eq!(wire.header("content-encoding"), "br");
        let (sent, html) = (wire.as_bytes().len(), server.get(area).await.as_bytes().len());
        assert!(sent < 30_000, "{area}: {sent} bytes on the wire ({html} bytes of HTML)");
        println!("{area}: {sent} bytes on the wire, {html} bytes of HTML");
    }

    // Search by name or code, in pages; too short and nothing found say so.
    let found = text(&server.get("/gebieden?q=bloemhof").await.text());
    assert!(found.contains("Bloemhof buurt · BU05991081"), "{found}");
    assert!(text(&server.get("/gebieden?q=BU0599108").await.text()).contains("gebieden gevonden"));
    assert!(text(&server.get("/gebieden?q=a").await.text()).contains("Typ minstens twee tekens"));
    assert!(text(&server.get("/gebieden?q=qqzzqq").await.text()).contains("Geen gebied gevonden voor ‘qqzzqq’"));
    let many = text(&server.get("/gebieden?q=oost").await.text());
    assert!(many.contains("Volgende"), "more than one page of results: {many}");

    // Downloads of what the page shows: CSV (one line per indicator and period), Excel and JSON.
    // In English the CSV has commas and decimal points …
    let csv = server.get("/gebieden/BU05991081/profiel.csv").add_header("accept-language", "en").await;
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    assert!(csv.header("content-disposition").to_str().unwrap().contains("profiel-BU05991081.csv"));
    let csv = csv.text();
    assert!(csv.starts_with(
        "gebied,gebiedsnaam,thema,tabel,indicator,variant,titel,eenheid,periode,waarde,gemeente,nederland,bron\n"
    ));
    assert!(csv.contains(
        "BU05991081,Bloemhof,werk,50090NED,MoeiteMetRondkomen_38,18 years and older,Difficulty making ends meet,%,2012,49.9,34.9,24,\"Source: RIVM, Health Monitor 2012 · region layout 2020\""
    ), "{}", &csv[..600]);
    // … in Dutch semicolons, decimal commas and a byte order mark, so Dutch Excel opens it as columns.
    let dutch = server.get("/gebieden/BU05991081/profiel.csv").await.into_bytes();
    assert!(dutch.starts_with("\u{feff}gebied;gebiedsnaam;thema;".as_bytes()), "{:?}", &dutch[..40]);
    let dutch = String::from_utf8(dutch.to_vec()).unwrap();
    assert!(dutch.contains(
        "BU05991081;Bloemhof;werk;50090NED;MoeiteMetRondkomen_38;18 jaar of ouder;Moeite met rondkomen;%;2012;49,9;34,9;24;Bron: RIVM, Gezondheidsmonitor 2012 · gebiedsindeling 2020\n"
    ), "{}", &dutch[..600]);
    // The workbook holds the same lines with typed numbers, and the source below the table.
    let xlsx = server.get("/gebieden/BU05991081/profiel.xlsx").await;
    assert!(xlsx.header("content-disposition").to_str().unwrap().contains("profiel-BU05991081.xlsx"));
    let sheet = common::xlsx_rows(&xlsx.into_bytes());
    assert_eq!(sheet.len(), csv.lines().count() + 2, "a header, the lines, an empty row and the source");
    let rondkomen =
        sheet.iter().find(|r| r[4] == "MoeiteMetRondkomen_38" && r[5] == "18 jaar of ouder" && r[8] == "2012").unwrap();
    assert_eq!(rondkomen[9..12], ["49.9 (getal)", "34.9 (getal)", "24 (getal)"]);
    assert_eq!(sheet.last().unwrap()[0], "Bron: CBS / RIVM, CC BY 4.0");
    let json: serde_json::Value = server.get("/gebieden/BU05991081/profiel.json").await.json();
    assert_eq!(json["area"]["name"], "Bloemhof");
    assert_eq!(json["attribution"], "Bron: CBS / RIVM, CC BY 4.0");
    let figure = json["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "MoeiteMetRondkomen_38" && f["variant_label"] == "18 jaar of ouder")
        .unwrap();
    assert_eq!((figure["value"]["value"].as_f64(), figure["country"]["value"].as_f64()), (Some(33.6), Some(13.9)));
    assert_eq!((figure["difference"].as_f64(), figure["judgement"].as_str()), (Some(19.7), Some("worse")));
    assert_eq!(figure["trend"].as_array().unwrap().len(), 3);
    let suppressed: serde_json::Value = server.get("/gebieden/BU05992194/profiel.json").await.json();
    let missing = suppressed["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "ErvarenGezondheidGoedZeerGoed_4")
        .unwrap();
    assert_eq!(missing["value"], serde_json::json!({"value": null, "symbol": "."}), "missing stays missing");

    // Unknown and malformed codes: not found.
    server.get("/gebieden/BU99999999").expect_failure().await.assert_status(StatusCode::NOT_FOUND);
    server.get("/gebieden/nonsense").expect_failure().await.assert_status(StatusCode::NOT_FOUND);
    server.get("/gebieden/nonsense/profiel.csv").expect_failure().await.assert_status(StatusCode::NOT_FOUND);

    // The urgency scan on the same data, from the command line.
    let db = format!("sqlite://{}", dir.path().join("test.db").display());
    let scan = |args: &[&str]| {
        let mut c = bin();
        c.args(["scan", "--database", &db]).args(args);
        run(c, "")
    };
    let (ok, out, err) =
        scan(&["--municipality", "GM0599", "--level", "buurt", "--period", "2020", "--format", "json"]);
    assert!(ok, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let areas = json["areas"].as_array().unwrap();
    assert!(areas.len() > 80, "Rotterdam's buurten: {}", areas.len());
    let first = &areas[0];
    assert_eq!(
        (first["rank"].as_u64(), first["code"].as_str()),
        (Some(1), Some("BU05991087")),
        "Feijenoord tops Rotterdam"
    );
    assert_eq!(first["class_label"], "urgent");
    // Reproducible by hand: z = (value − reference) / spread for an indicator where higher is worse,
    // capped at 3, and the shares add up to at most 1 (the top five are listed).
    let top = &first["contributions"][0];
    assert_eq!(top["title"], "Moeite met rondkomen");
    let z = (top["value"].as_f64().unwrap() - top["reference"].as_f64().unwrap()) / top["spread"].as_f64().unwrap();
    assert!((z.min(3.0) - top["z"].as_f64().unwrap()).abs() < 0.002, "{top}");
    let shares: f64 = first["contributions"].as_array().unwrap().iter().map(|c| c["share"].as_f64().unwrap()).sum();
    assert!(shares > 0.5 && shares <= 1.0001, "{shares}");
    // Composition is never part of the scan.
    let indicators = json["indicators"].as_array().unwrap();
    assert!(indicators.iter().all(|i| !i["title"].as_str().unwrap().contains("allochto")));
    assert!(indicators.iter().all(|i| i["theme"] != "context"));
    // Bloemhof is in the scan with its rank and class; the ranks are 1, 2, 3, … without gaps.
    assert!(areas.iter().any(|a| a["code"] == "BU05991081" && a["class"].as_u64().is_some()));
    let ranks: Vec<u64> = areas.iter().filter_map(|a| a["rank"].as_u64()).collect();
    assert_eq!(ranks, (1..=ranks.len() as u64).collect::<Vec<_>>());
    // Suppressed figures are flagged (Waalhaven has none published).
    let waalhaven = areas.iter().find(|a| a["code"] == "BU05992194").unwrap();
    assert_eq!((waalhaven["rank"].is_null(), waalhaven["flags"].to_string().contains("suppressed")), (true, true));

    // The scan reads the figures per column, written at import (issue 18 item 6), no longer the
    // records: its output is byte for byte what the record-reading scan of commit 4a884fb wrote on
    // the same data (the SHA-256 of that output, measured with that build on 2026-12-07).
    for (args, before) in [
        (
            &["--level", "buurt", "--period", "2020", "--format", "json"][..],
            "033a7eebc81fec83a9dd8d095eb4ab4586d6777d51aaeecd9aa5b3c77cd3c0c6",
        ),
        (
            &["--level", "buurt", "--period", "2016", "--format", "json"][..],
            "28360b0914ff038c27dbd86a8bed503a3156f4f9f2f30b3809e197199c86d0de",
        ),
        (
            &["--level", "wijk", "--period", "2020", "--format", "json"][..],
            "6be62c6e610223e984d1107d8d283931061fefa6ecfca5a28244e0e7ae2e53a0",
        ),
        (
            &["--level", "gemeente", "--period", "2020", "--format", "json"][..],
            "4179d875ab6abcd01fdd344a6dd62596943ca33c8614e4ac41fef58e3e2aebda",
        ),
        (
            &[
                "--level",
                "buurt",
                "--period",
                "2020",
                "--municipality",
                "GM0599",
                "--reference",
                "municipality",
                "--format",
                "json",
            ][..],
            "fd17be5a9270bf7014c7305768f3b2e775a808f52c1af3d524f4d77c9d2e792a",
        ),
    ] {
        use sha2::Digest;
        let (ok, out, err) = scan(args);
        assert!(ok, "{err}");
        let now = format!("{:x}", sha2::Sha256::digest(out.as_bytes()));
        assert_eq!(now, before, "scan {args:?}: {} bytes", out.len());
    }

    // The scan checked against a list of designated areas (issue 18 item 5): the seven focus
    // buurten of the Nationaal Programma Rotterdam Zuid, by their CBS codes. The AUC of the score
    // is the share of (designated, other) pairs of Rotterdam's scored buurten in which the
    // designated one scores higher: counted here from the scan's own JSON.
    let focus = ["BU05991081", "BU05991082", "BU05991086", "BU05991087", "BU05991571", "BU05991572", "BU05991574"];
    let labels = dir.path().join("nprz.csv");
    let list: String = focus.iter().map(|c| format!("{c};NPRZ-focuswijk\n")).collect();
    std::fs::write(&labels, format!("code;naam\n{list}")).unwrap();
    let labels = labels.display().to_string();
    let validate = |args: &[&str]| {
        let mut c = bin();
        c.args(["scan", "validate", "--database", &db]).args(args);
        run(c, "")
    };
    let (ok, out, err) = validate(&["--labels", &labels, "--municipality", "GM0599", "--period", "2020"]);
    assert!(ok, "{err}");
    let (ok, json, _) = scan(&["--municipality", "GM0599", "--level", "buurt", "--period", "2020", "--format", "json"]);
    assert!(ok);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let scores: Vec<(f64, bool)> = json["areas"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| Some((a["score"].as_f64()?, focus.contains(&a["code"].as_str().unwrap()))))
        .collect();
    let (mut won, mut pairs) = (0.0, 0.0);
    for (d, _) in scores.iter().filter(|s| s.1) {
        for (o, _) in scores.iter().filter(|s| !s.1) {
            pairs += 1.0;
            won += if d > o {
                1.0
            } else if d == o {
                0.5
            } else {
                0.0
            };
        }
    }
    let others = scores.len() - 7;
    let by_hand = format!("{:.2}", won / pairs).replace('.', ",");
    assert!(
        out.contains(&format!("{by_hand:<6}  {:>10}  {others:>8}  urgentiescore", 7)),
        "AUC {by_hand} of 7 against {others}:\n{out}"
    );
    assert!(out.contains("7 aangewezen gebieden") && out.contains("Rotterdam (GM0599)"), "{out}");
    assert!(out.contains("Moeite met rondkomen") && out.contains("De gewichten van de scan worden niet"), "{out}");
    // A list with a line that holds no code: one clear line, nothing checked.
    std::fs::write(dir.path().join("bad.csv"), "BU05991081\nBloemhof\n").unwrap();
    let bad = dir.path().join("bad.csv").display().to_string();
    let (ok, out, err) = validate(&["--labels", &bad]);
    assert!(!ok && out.is_empty(), "{out}");
    assert!(err.contains("regel 2 heeft geen CBS-gebiedscode") && err.trim().lines().count() == 1, "{err}");

    // Nationally, against each buurt's own gemeente, as CSV and as a table.
    let (ok, out, err) =
        scan(&["--level", "buurt", "--period", "2020", "--format", "csv", "--reference", "municipality"]);
    assert!(ok, "{err}");
    assert!(out.starts_with("rang,code,naam,score,klasse,klassenaam,dekking,signalen,thema_wonen"), "{}", &out[..200]);
    assert!(out.lines().count() > 13_000, "every buurt with figures");
    let (ok, out, _) =
        scan(&["--level", "wijk", "--period", "2020", "--municipality", "GM0518", "--weights", "gezondheid=2"]);
    assert!(ok && out.contains("rang  code") && out.contains("WK0518"), "{out}");
    // Mistakes get one clear line.
    let (ok, _, err) = scan(&["--level", "straat", "--period", "2020"]);
    assert!(!ok && err.contains("onbekend niveau 'straat'"), "{err}");
    let (ok, _, err) = scan(&["--period", "1999"]);
    assert!(!ok && err.contains("geen cijfers voor de scan in 1999"), "{err}");
    let (ok, _, err) = scan(&["--period", "2020", "--weights", "geluk=2"]);
    assert!(!ok && err.contains("gewicht 'geluk=2' niet te lezen"), "{err}");

    // The scan page: Rotterdam's buurten, most urgent first, each linked to its profile, with reasons.
    let page = server.get("/urgentie?gemeente=GM0599&niveau=buurt&periode=2020").await;
    page.assert_status_ok();
    let html = page.text();
    let t = text(&html);
    assert!(t.contains("Buurten · Rotterdam"), "{t}");
    assert!(t.contains("1 Feijenoord BU05991087 1,36 urgent Moeite met rondkomen (34,4)"), "{t}");
    assert!(html.contains("href=\"/gebieden/BU05991087\""));
    assert!(html.contains("aria-sort=\"ascending\""), "the sorted column says so");
    let by_name = text(&server.get("/urgentie?gemeente=GM0599&niveau=buurt&sorteer=naam").await.text());
    assert!(by_name.find("Afrikaanderwijk").unwrap() < by_name.find("Feijenoord BU05991087").unwrap());
    let health = server.get("/urgentie?gemeente=GM0599&niveau=buurt&thema=gezondheid&sorteer=thema").await.text();
    assert!(text(&health).contains("Gezondheid, zorg en hulpverlening"), "the theme column");
    // The map follows the theme: coloured by the theme's score, and a theme without scores
    // (no safety figures per buurt) colours nothing instead of keeping the overall colours.
    let coloured = |html: &str| html.matches("class=\"map__area map__area--c").count();
    assert!(coloured(&health) > 50, "health scores colour the map");
    assert!(text(&health).contains("Kleur per klasse van de score op Gezondheid"));
    let safety = server.get("/urgentie?gemeente=GM0599&niveau=buurt&thema=veiligheid").await.text();
    assert!(text(&safety).contains("0 gebieden met een score"), "{}", text(&safety));
    assert_eq!(coloured(&safety), 0, "no area has a safety score, so none is coloured");
    assert!(safety.matches("map__area--none").count() > 50);
    // Buurten without enough figures are listed, not dropped.
    assert!(t.contains("Zonder score: te weinig cijfers") && html.contains("href=\"/gebieden/BU05992194\""));
    // Wrong parameters: 422 with the message next to the field.
    let wrong = server.get("/urgentie?niveau=straat").expect_failure().await;
    wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&wrong.text()).contains("Kies buurt, wijk of gemeente."));
    // The method page: the steps with the real constants, and the default indicators.
    let method = text(&server.get("/urgentie/methode").await.text());
    assert!(method.contains("afgekapt op ±3") && method.contains("Onder 50% dekking"), "{method}");
    assert!(method.contains("Moeite met rondkomen") && !method.contains("Roker"), "{method}");
    // Downloads and the API give the same result.
    let csv = server.get("/urgentie.csv?gemeente=GM0599&niveau=buurt").add_header("accept-language", "en").await;
    assert!(csv.header("content-disposition").to_str().unwrap().contains("urgentiescan-GM0599-buurt-2020.csv"));
    assert!(csv.text().lines().nth(1).unwrap().starts_with("1,BU05991087,Feijenoord,1.358,2,urgent"), "{}", csv.text());
    let csv = server.get("/urgentie.csv?gemeente=GM0599&niveau=buurt").await.text();
    assert!(csv.lines().nth(1).unwrap().starts_with("1;BU05991087;Feijenoord;1,358;2;urgent"), "{csv}");
    let xlsx = server.get("/urgentie.xlsx?gemeente=GM0599&niveau=buurt").await;
    assert!(xlsx.header("content-disposition").to_str().unwrap().contains("urgentiescan-GM0599-buurt-2020.xlsx"));
    let sheet = common::xlsx_rows(&xlsx.into_bytes());
    assert_eq!(sheet[1][..4], ["1 (getal)", "BU05991087", "Feijenoord", "1.358 (getal)"]);
    let api: serde_json::Value = server.get("/api/v1/scan?municipality=GM0599&level=buurt&period=2020").await.json();
    assert_eq!(api["areas"][0]["code"], "BU05991087");
    let spec = server.get("/api/v1/openapi.json").await.text();
    assert!(spec.contains("/api/v1/scan") && spec.contains("ScanResult"));

    // The map: Den Haag's wijken drawn from the boundaries shipped in data/, each a link with a name.
    let dh = server.get("/urgentie?gemeente=GM0518&niveau=wijk&periode=2020").await.text();
    assert_eq!(dh.matches("<path class=\"map__area").count(), 44, "every wijk of Den Haag");
    assert!(dh.contains("<a href=\"/gebieden/WK051828\" aria-label=\"Wijk 28 Centrum: "), "a named, linked area");
    // Rotterdam's buurten of 2020 are drawn from the 2014 buurten where the code still exists; the rest are listed.
    let rdam = server.get("/urgentie?gemeente=GM0599&niveau=buurt&periode=2020").await.text();
    assert!(rdam.matches("<path class=\"map__area").count() > 80);
    assert!(text(&rdam).contains("gebieden hebben geen grens op de kaart:"), "listed, not dropped");
    // The map is cropped to the city where the scores are: the port and Rozenburg lie outside,
    // are named, and the whole gemeente is one link away.
    let t = text(&rdam);
    assert!(t.contains("De kaart toont waar de cijfers zijn.") && t.contains("Maasvlakte"), "{t}");
    assert!(!rdam.contains("aria-label=\"Maasvlakte"), "the Maasvlakte is not drawn");
    assert!(rdam.contains("kaart=heel#kaart\">De hele gemeente op de kaart tonen"));
    let whole = server.get("/urgentie?gemeente=GM0599&niveau=buurt&periode=2020&kaart=heel").await.text();
    assert!(whole.contains("aria-label=\"Maasvlakte") && !text(&whole).contains("De kaart toont waar"));
    assert!(text(&whole).contains("Alleen het deel met cijfers tonen"));
    // The most urgent buurt is named on the map.
    assert!(rdam.contains(">Feijenoord</text>"), "Feijenoord is labelled");
    // Neighbours share their edges after simplification: every corner of Bloemhof's outline is
    // also a corner of one of the buurten around it.
    let path_of = |code: &str| {
        let at = rdam.find(&format!("href=\"/gebieden/{code}\"")).unwrap();
        let d = &rdam[at..];
        let d = &d[d.find(" d=\"").unwrap() + 4..];
        d[..d.find('"').unwrap()].to_string()
    };
    let corners =
        |d: &str| -> Vec<String> { d.split(['M', 'L', 'Z']).filter(|p| !p.is_empty()).map(str::to_string).collect() };
    let bloemhof = corners(&path_of("BU05991081"));
    let others: Vec<String> = rdam
        .match_indices(" d=\"")
        .map(|(i, _)| rdam[i + 4..].split('"').next().unwrap())
        .filter(|d| *d != path_of("BU05991081"))
        .flat_map(corners)
        .collect();
    let shared = bloemhof.iter().filter(|c| others.contains(c)).count();
    assert_eq!(shared, bloemhof.len(), "every corner of Bloemhof is shared with a neighbour");
    // A gemeente is typed by its name, with suggestions; an unknown name is explained.
    let by_name = server.get("/urgentie?gemeente=rotterdam&niveau=buurt&periode=2020").await.text();
    assert!(text(&by_name).contains("Buurten · Rotterdam"));
    assert!(by_name.contains("list=\"gemeenten\"") && by_name.contains("<option value=\"Rotterdam\">"));
    let unknown = server.get("/urgentie?gemeente=Rotterdamm").expect_failure().await;
    unknown.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&unknown.text()).contains("Geen gemeente met deze naam."));
    assert!(unknown.text().contains("value=\"Rotterdamm\""), "what was typed stays");
    // Nationally no map is drawn; the page says how to get one.
    assert!(
        text(&server.get("/urgentie?niveau=wijk&periode=2020").await.text())
            .contains("Kies een gemeente om de kaart te zien.")
    );

    the_scan_runs_for_every_gemeente(&store).await;
    stories_and_the_dossier(&store, &server).await;
    a_figure_on_the_map(&server).await;
    a_goal_takes_its_baseline_from_the_figures_of_its_area(&store).await;
    the_demo_agenda_takes_its_baselines_from_the_real_figures(&store).await;
}

/// A goal on a catalogue indicator: "Nulmeting ophalen" (and saving with an empty baseline) fills
/// in the published figure of the chosen area; an indicator without figures for the area, or a
/// year without one, is refused; a typed baseline stands.
async fn a_goal_takes_its_baseline_from_the_figures_of_its_area(store: &wijkwijzer::store::Store) {
    let app = TestApp::on(store);
    app.login_as("beheer-doelen@example.org", true).await;
    let actor = wijkwijzer::domain::audit::Actor::system("test");
    let mut input = common::app::programme_input("Doelen op cijfers");
    input.municipality_code = "GM0599".into();
    input.municipality_name = "Rotterdam".into();
    input.start_year = "2024".into();
    input.areas = "BU05991081 Bloemhof\nBU05991087 Feijenoord".into();
    let p = store.create_programme(&actor, &input.parse().unwrap()).await.unwrap();
    let url = format!("/programmas/{}/agenda/doelen", p.id);
    let goal = |indicator: &'static str, baseline: &'static str, period: &'static str, action: &'static str| {
        let mut f = vec![
            ("title", "Minder geldzorgen"),
            ("themes", "werk"),
            ("indicator_source", "catalogus"),
            ("indicator", indicator),
            ("area", "BU05991081"),
            ("baseline", baseline),
            ("baseline_period", period),
            ("target", ""),
            ("target_year", ""),
            ("position", "1"),
        ];
        if !action.is_empty() {
            f.push(("action", action));
        }
        f
    };
    let rondkomen = "gezondheid:MoeiteMetRondkomen";
    // The button: filled in, nothing saved.
    let fetched = app.post_form(&url, &goal(rondkomen, "", "", "nulmeting")).await;
    fetched.assert_status_ok();
    let html = fetched.text();
    assert!(
        html.contains("name=\"baseline\" type=\"text\" value=\"33,6\"") && html.contains("value=\"2020\""),
        "{}",
        main_of(&html)
    );
    assert!(text(&html).contains("Nulmeting ingevuld uit de gepubliceerde cijfers: 33,6 in 2020 voor Bloemhof"));
    assert!(store.goals(p.id).await.unwrap().is_empty(), "the button saves nothing");
    // A year with a figure, asked for.
    let html = app.post_form(&url, &goal(rondkomen, "", "2016", "nulmeting")).await.text();
    assert!(html.contains("name=\"baseline\" type=\"text\" value=\"45,9\""), "{}", main_of(&html));
    // A year without one: refused, with the years that have one.
    let wrong = app.post_form(&url, &goal(rondkomen, "", "2018", "")).await;
    wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&wrong.text()).contains("Voor Bloemhof is er geen cijfer over 2018; wel over 2012, 2016, 2020."));
    // An indicator the buurt has no figure of (the KWB extract stops at wijken).
    let none = app.post_form(&url, &goal("kwb:Woningvoorraad", "", "", "")).await;
    none.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&none.text()).contains("Voor Bloemhof is er geen gepubliceerd cijfer van deze indicator."));
    assert!(store.goals(p.id).await.unwrap().is_empty(), "nothing half-saved");
    // Saving with an empty baseline fills it in; a typed baseline stands.
    app.post_form(&url, &goal(rondkomen, "", "", "")).await.assert_status(StatusCode::SEE_OTHER);
    app.post_form(&url, &goal(rondkomen, "30", "2022", "")).await.assert_status(StatusCode::SEE_OTHER);
    let goals = store.goals(p.id).await.unwrap();
    let found: Vec<(Option<f64>, &str)> = goals.iter().map(|g| (g.baseline, g.baseline_period.as_str())).collect();
    assert!(found.contains(&(Some(33.6), "2020")) && found.contains(&(Some(30.0), "2022")), "{found:?}");
    // A new goal is on the programme's whole area unless another is chosen; a figure that cannot be
    // combined (RIVM's percentages of adults have no basis to weight by) is refused with the reason.
    let form = app.server.get(&format!("{url}/nieuw")).await.text();
    assert!(
        form.contains("<option value=\"programma\" selected>Het hele programmagebied (2 gebieden samen)"),
        "{form}"
    );
    let on_whole = |indicator: &'static str| {
        let mut f = goal(indicator, "", "", "");
        f.retain(|(k, _)| *k != "area");
        f.push(("area", "programma"));
        f
    };
    let refused = app.post_form(&url, &on_whole(rondkomen)).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&refused.text()).contains("Dit cijfer is niet voor het hele programmagebied samen te nemen"));
    assert!(refused.text().contains("<option value=\"programma\" selected>"), "the choice stays");
    assert_eq!(store.goals(p.id).await.unwrap().len(), 2, "nothing saved");
    // An age group: the baseline is the figure of people of 65 and over.
    let older = "Leeftijd=80200;Marges=MW00000";
    let expected = store.catalogue_values("BU05991081", rondkomen, older).await.unwrap();
    let (year, value) = *expected.last().expect("RIVM publishes 65+ for Bloemhof");
    let mut f = goal(rondkomen, "", "", "nulmeting");
    f.push(("variant", older));
    let html = app.post_form(&url, &f).await.text();
    let shown = format!("{value}").replace('.', ",");
    assert!(html.contains(&format!("name=\"baseline\" type=\"text\" value=\"{shown}\"")), "{}", main_of(&html));
    assert!(html.contains(&format!("value=\"{year}\"")) && shown != "33,6", "the 65+ figure, not all adults'");
    assert!(html.contains("<option value=\"Leeftijd=80200;Marges=MW00000\" selected>65 jaar of ouder</option>"));
    let mut f = goal(rondkomen, "", "", "");
    f.push(("variant", older));
    app.post_form(&url, &f).await.assert_status(StatusCode::SEE_OTHER);
    let saved = store.goals(p.id).await.unwrap();
    assert!(saved.iter().any(|g| matches!(&g.indicator,
        wijkwijzer::domain::goal::GoalIndicator::Catalogue { variant, .. } if variant == older)
        && g.baseline == Some(value)));
}

/// The demo's goals on catalogue indicators get their baseline from the imported figures (the
/// invented target is derived from it); own indicators keep theirs; a second run changes nothing.
async fn the_demo_agenda_takes_its_baselines_from_the_real_figures(store: &wijkwijzer::store::Store) {
    // The demo loads into a database without (live) programmes: archive the ones made above.
    let actor = wijkwijzer::domain::audit::Actor::system("test");
    for p in store.programmes(wijkwijzer::store::Viewer::Admin, None).await.unwrap() {
        store.delete_programme(&actor, p.id).await.unwrap();
    }
    assert_eq!(wijkwijzer::demo::load(store).await.unwrap(), 2);
    assert_eq!(wijkwijzer::demo::complete_baselines(store).await.unwrap(), 4);
    let zuid = store.programmes(wijkwijzer::store::Viewer::Admin, None).await.unwrap();
    let zuid = zuid.iter().find(|p| p.name == "Demo: Wijkaanpak Rotterdam Zuid").unwrap();
    let goals = store.goals(zuid.id).await.unwrap();
    let money = goals.iter().find(|g| g.title == "Minder huishoudens met geldzorgen").unwrap();
    // Feijenoord, 18 jaar of ouder, 2020 (RIVM Gezondheidsmonitor): the last figure before the start in 2024.
    assert_eq!((money.baseline, money.baseline_period.as_str()), (Some(28.6), "2020"));
    assert_eq!((money.target, money.target_year), (Some(23.6), Some(2030)), "five points fewer by 2030");
    let lonely = goals.iter().find(|g| g.title == "Minder bewoners voelen zich eenzaam").unwrap();
    assert_eq!(lonely.baseline, Some(60.6));
    // The agenda moved on the way: the raised target is in the revision log, with its decision.
    let initiatives = goals.iter().find(|g| g.title == "Meer bewonersinitiatieven").unwrap();
    assert_eq!(initiatives.target, Some(35.0));
    let log = store.revisions(zuid.id, None).await.unwrap();
    let raised = log.iter().find(|r| r.subject_id == initiatives.id).expect("the raise is recorded");
    assert_eq!((raised.changes[0].before.as_str(), raised.changes[0].after.as_str()), ("30", "35"));
    assert_eq!(raised.decision, "SG-2026-1");
    assert!(
        log.iter().filter(|r| r.reason.starts_with("Nulmeting uit")).count() == 4,
        "baselines say where they came from"
    );
    assert_eq!(wijkwijzer::demo::complete_baselines(store).await.unwrap(), 0);
    // Monitoring reads a catalogue goal's values from the same figures, one per year, as published.
    let series = store.catalogue_values("WK059910", "gezondheid:MoeiteMetRondkomen", "").await.unwrap();
    assert_eq!(series, [(2012, 45.1), (2016, 40.9), (2020, 28.6)]);
    // Another age group, asked for: RIVM publishes 65 and over for 2016 and 2020 only.
    let older = "Leeftijd=80200;Marges=MW00000";
    let series = store.catalogue_values("WK059910", "gezondheid:MoeiteMetRondkomen", older).await.unwrap();
    assert_eq!(series.iter().map(|(y, _)| *y).collect::<Vec<_>>(), [2016, 2020], "{series:?}");
    assert_ne!(series[1].1, 28.6, "the older people's figure, not all adults'");
    the_programme_area_of_the_demo(store, zuid.id).await;
}

/// Similar wijken: the 50 wijken nationally nearest to Feijenoord in context (the shipped KWB 2024
/// extract has density, inhabitants and dwellings per inhabitant), computed by hand with Python
/// over the 3,356 wijken that have all three (median/MAD standardisation, RMS distance): Moerwijk
/// 0.5973, Morgenstond 0.6879, Osdorp-Oost 0.7290, Binnenstad-Noord (Arnhem) 0.8653.
async fn similar_areas_beside_the_country_and_the_gemeente(server: &TestServer, wk: &str) {
    let all = text(wk);
    assert!(
        all.contains("De 50 gebieden van hetzelfde niveau in Nederland die het meest op Feijenoord lijken"),
        "{all}"
    );
    assert!(
        all.contains("op: bevolkingsdichtheid, aantal inwoners, woningvoorraad per inwoner (CBS 85984NED, 2024)"),
        "{all}"
    );
    let list = fragment_between(wk, "<ol class=\"area-list", "</ol>");
    assert_eq!(list.matches("<li>").count(), 50);
    let first: Vec<&str> = list.split("\">").skip(2).take(3).map(|x| x.split('<').next().unwrap()).collect();
    assert_eq!(first, ["Wijk 36 Moerwijk", "Wijk 34 Morgenstond", "Osdorp-Oost"]);
    let csv = server.get("/gebieden/WK059910/vergelijkbaar.csv").add_header("accept-language", "en").await.text();
    assert_eq!(csv.lines().count(), 51, "a header and 50 areas");
    assert!(csv.lines().nth(1).unwrap().starts_with("1,WK051836,Wijk 36 Moerwijk,0.5973,"), "{csv}");
    assert!(csv.lines().nth(4).unwrap().starts_with("4,WK054601,Binnenstad-Noord,0.8653,"), "{csv}");
    let csv = server.get("/gebieden/WK059910/vergelijkbaar.csv").await.text();
    assert!(csv.lines().nth(1).unwrap().starts_with("1;WK051836;Wijk 36 Moerwijk;0,5973;"), "{csv}");
    let sheet = common::xlsx_rows(&server.get("/gebieden/WK059910/vergelijkbaar.xlsx").await.into_bytes());
    assert_eq!(sheet[1][..4], ["1 (getal)", "WK051836", "Wijk 36 Moerwijk", "0.5973 (getal)"]);
    // Each compared figure shows the median of the similar wijken that have it.
    let c = text(card(wk, "cijfer-50090ned-moeitemetrondkomen-38-leeftijd-20300-marges-mw00000"));
    assert!(c.contains("Vergelijkbare gebieden") && c.contains("(mediaan van"), "{c}");
    // The scan against similar areas (issue 18 item 2): Feijenoord's reference for rondkomen is the
    // median of its similar wijken — the figure its profile card shows — not the national one.
    async fn scan_of(server: &TestServer, reference: &str) -> (Vec<serde_json::Value>, Option<serde_json::Value>) {
        let url = format!("/api/v1/scan?gemeente=GM0599&niveau=wijk&periode=2020&referentie={reference}");
        let json: serde_json::Value = server.get(&url).await.json();
        let areas = json["areas"].as_array().unwrap().clone();
        let feijenoord = areas.iter().find(|a| a["code"] == "WK059910").unwrap().clone();
        let rondkomen = feijenoord["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["title"] == "Moeite met rondkomen")
            .cloned();
        (areas, rondkomen)
    }
    let (areas, similar) = scan_of(server, "vergelijkbaar").await;
    assert!(areas.iter().all(|a| a["code"].as_str().unwrap().starts_with("WK0599")), "only Rotterdam's wijken");
    let ranks: Vec<u64> = areas.iter().filter_map(|a| a["rank"].as_u64()).collect();
    assert_eq!(ranks, (1..=ranks.len() as u64).collect::<Vec<_>>());
    let (_, national) = scan_of(server, "nl").await;
    let (similar, national) = (similar.expect("a contribution"), national.expect("a contribution"));
    assert!(c.contains("Vergelijkbare gebieden 20,05% (mediaan van 36)"), "{c}");
    assert!((similar["reference"].as_f64().unwrap() - 20.05).abs() < 1e-9, "{similar}");
    assert_eq!(national["reference"].as_f64(), Some(20.4), "the median of every wijk");
    // A buurt: the shipped extract stops at wijken, and the page says why there is no list.
    let res = server.get("/urgentie?niveau=buurt&referentie=vergelijkbaar&gemeente=GM0599").await;
    let page = text(&res.text());
    assert!(page.contains("Voor dit niveau zijn geen vergelijkbare gebieden bekend"), "{page}");
    let bu = text(&server.get("/gebieden/BU05991081").await.text());
    assert!(bu.contains("op dit niveau zijn geen Kerncijfers wijken en buurten geïmporteerd"), "{bu}");
    server.get("/gebieden/BU05991081/vergelijkbaar.csv").expect_failure().await.assert_status(StatusCode::NOT_FOUND);
}

fn fragment_between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}"));
    let end = html[start..].find(close).unwrap() + start;
    &html[start..end]
}

/// The demo's Rotterdam programme as one area: Feijenoord, IJsselmonde and Charlois together, each
/// figure checked by hand against the published files (data/kwb, data/gezondheid).
async fn the_programme_area_of_the_demo(store: &wijkwijzer::store::Store, programme_id: i64) {
    let server = TestApp::on(store).server;
    let page = server.get(&format!("/programmas/{programme_id}/gebied")).await;
    page.assert_status_ok();
    let html = page.text();
    let all = text(&html);
    assert!(all.contains("De 3 gebieden van dit programma samen: Feijenoord , IJsselmonde , Charlois"), "{all}");
    assert!(html.contains("href=\"/gebieden/WK059912\""), "each part links to its own profile");
    // Counts are summed: KWB 2024 inhabitants 79,440 + 62,670 + 70,525; dwellings 37,391 + 29,056 + 34,548.
    let c = text(card(&html, "cijfer-85984ned-aantalinwoners-5-"));
    assert!(c.contains("Aantal inwoners 212.635 2024"), "{c}");
    let c = text(card(&html, "cijfer-85984ned-woningvoorraad-35-"));
    assert!(c.contains("100.995 woningen 2024"), "{c}");
    // A percentage is weighted by its basis: lonely adults (GGD 2016) 59 %, 54 %, 58 % of 56,737,
    // 46,621 and 51,823 adults of 19 and over = 8,870,751 / 155,181 = 57.16 → 57 %, as precise as
    // published; emotionally lonely 45, 40, 45 → 6,750,040 / 155,181 = 43.50 → 43. (The unit tests
    // of `area_union` show where a plain mean would differ.)
    let c = text(card(&html, "cijfer-ggd-wijk-2016---eenzaam--"));
    assert!(c.contains("Eenzaam (19 jaar of ouder) 57% 2016"), "{c}");
    let c = text(card(&html, "cijfer-ggd-wijk-2016---emotioneel-eenzaam--"));
    assert!(c.contains("43% 2016"), "{c}");
    let c = text(card(&html, "cijfer-ggd-wijk-2016-bevolking-19-jaar-en-ouder-"));
    assert!(c.contains("155.181 2016"), "{c}");
    // RIVM's percentages of adults have no basis in any imported table: left out, and said why.
    assert!(all.contains("Niet samengenomen"), "{all}");
    assert!(all.contains("De catalogus noemt geen basis om dit cijfer mee te wegen"), "{all}");
    assert!(all.contains("Moeite met rondkomen (18 jaar of ouder), 2020"), "{all}");
    assert!(!html.contains("cijfer-50090ned-moeitemetrondkomen"), "never an unweighted mean");
    // The demo goal on the programme area: its baseline is the combined figure, and the progress
    // page says where it is measured.
    let goals = store.goals(programme_id).await.unwrap();
    let whole = goals.iter().find(|g| g.title == "Minder eenzaamheid in heel Zuid").unwrap();
    assert_eq!((whole.baseline, whole.baseline_period.as_str(), whole.target), (Some(57.0), "2016", Some(52.0)));
    let parts = ["WK059910".to_string(), "WK059912".to_string(), "WK059915".to_string()];
    let series = store.programme_area_values(&parts, "GGD-wijk-2016:% eenzaam*", "").await.unwrap();
    assert_eq!(series, [(2016, 57.0)]);
    let progress = text(&server.get(&format!("/programmas/{programme_id}/voortgang")).await.text());
    assert!(progress.contains("Eenzaam (19 jaar of ouder) · gemeten voor het programmagebied"), "{progress}");
    assert!(progress.contains("Moeite met rondkomen · gemeten voor Feijenoord"), "{progress}");
    let api = server.get(&format!("/api/v1/programmes/{programme_id}/area")).await;
    api.assert_status_ok();
    let body: serde_json::Value = api.json();
    let figure = |key: &str| {
        body["figures"].as_array().unwrap().iter().find(|f| f["indicator"] == key).map(|f| f["value"].clone())
    };
    assert_eq!(figure("AantalInwoners_5"), Some(serde_json::json!(212635.0)));
    assert_eq!(figure("% eenzaam*"), Some(serde_json::json!(57.0)));
    assert!(body["omitted"].as_array().unwrap().iter().any(|o| o["reason"] == "no-basis"));
}

/// Any figure of a profile on a map of the gemeente's areas of the same level.
async fn a_figure_on_the_map(server: &TestServer) {
    let profile = server.get("/gebieden/BU05991081").await.text();
    let link = "/gebieden/BU05991081/kaart?tabel=50090NED&#38;sleutel=MoeiteMetRondkomen_38&#38;variant=Leeftijd%3D20300%3BMarges%3DMW00000&#38;periode=2020JJ00";
    assert!(card(&profile, RONDKOMEN_18).contains(link), "the figure links to its map");
    let page = server.get(&link.replace("&#38;", "&")).await;
    page.assert_status_ok();
    let html = page.text();
    let t = text(&html);
    assert!(t.contains("Moeite met rondkomen (18 jaar of ouder) Buurten · Rotterdam · 2020"), "{t}");
    assert!(html.matches("<path class=\"map__area").count() > 80, "Rotterdam's buurten drawn");
    assert!(
        html.contains("map__area--c1 map__area--current"),
        "Bloemhof is among the most unfavourable fifth, outlined"
    );
    assert_eq!(html.matches("<span class=\"map__swatch map__area--c").count(), 5, "five classes in the legend");
    assert!(t.contains("Rood is ongunstiger (hoger), blauw gunstiger."));
    // The table, highest first, is the accessible alternative; areas without a figure or a shape are named.
    assert!(t.contains("Alle gebieden, hoogste eerst Naam Moeite met rondkomen (18 jaar of ouder) Klasse Feijenoord BU05991087 34,4% 5 / 5"), "{t}");
    assert!(t.contains("Waalhaven BU05992194 geen gegevens"));
    assert!(t.contains("gebieden hebben geen grens op de kaart:"));
    assert!(html.contains(">Bloemhof</text>"), "the area itself is named on the map");
    assert!(t.contains("Bron: RIVM, Gezondheidsmonitor 2020"));
    // A gemeente's figure is mapped over its wijken; unknown figures and the country are not found.
    let wijken = server.get(&link.replace("&#38;", "&").replace("BU05991081", "GM0599")).await.text();
    assert!(text(&wijken).contains("Wijken · Rotterdam · 2020"));
    server
        .get("/gebieden/BU05991081/kaart?tabel=50090NED&sleutel=Bestaatniet&periode=2020JJ00")
        .expect_failure()
        .await
        .assert_status(StatusCode::NOT_FOUND);
    server
        .get(&link.replace("&#38;", "&").replace("BU05991081", "NL01"))
        .expect_failure()
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

/// Every gemeente's buurten can be scanned, against the country and against the gemeente itself:
/// ranks 1, 2, 3, … without gaps, finite scores, and every area either ranked or flagged.
async fn the_scan_runs_for_every_gemeente(store: &wijkwijzer::store::Store) {
    use wijkwijzer::domain::scan::{self, Flag, ReferenceKind};
    let gemeenten = store.areas_with_figures("GM").await.unwrap();
    assert!(gemeenten.len() > 340, "{}", gemeenten.len());
    let (mut scanned, mut ranked) = (0, 0);
    for gm in gemeenten.iter().filter(|g| *g != "GM0000") {
        let (indicators, areas) = store.scan_inputs("BU", 2020, Some(gm)).await.unwrap();
        if areas.is_empty() {
            continue;
        }
        scanned += 1;
        for reference in [ReferenceKind::Nl, ReferenceKind::Municipality] {
            let result = scan::run(indicators.clone(), areas.clone(), reference, &Default::default());
            let ranks: Vec<usize> = result.areas.iter().filter_map(|a| a.rank).collect();
            assert_eq!(ranks, (1..=ranks.len()).collect::<Vec<_>>(), "{gm} {reference:?}");
            assert!(result.areas.iter().all(|a| a.score.is_none_or(f64::is_finite)), "{gm}");
            assert!(
                result.areas.iter().all(|a| a.rank.is_some() || a.flags.contains(&Flag::TooFewFigures)),
                "{gm}: an area without rank says why"
            );
            ranked += ranks.len();
        }
    }
    assert!(scanned > 340, "gemeenten with buurt figures in 2020: {scanned}");
    assert!(ranked > 2 * 12_000, "{ranked}");
}

/// Stories sit beside the figures they speak to on the public profile, and the dossier shows
/// the programme's areas in the scan, their most unfavourable figures and the stories.
async fn stories_and_the_dossier(store: &wijkwijzer::store::Store, server: &TestServer) {
    use wijkwijzer::domain::audit::Actor;
    use wijkwijzer::domain::catalogue::Theme;
    use wijkwijzer::domain::programme::{Page, ProgrammeInput};
    use wijkwijzer::domain::story::{NewStory, SourceType};
    let actor = Actor::system("test");
    let input = ProgrammeInput {
        name: "Feijenoord aan zet".into(),
        municipality_code: "GM0599".into(),
        municipality_name: "Rotterdam".into(),
        start_year: "2024".into(),
        horizon_year: "2044".into(),
        layout_year: "2020".into(),
        areas: "BU05991081 Bloemhof\nBU05991087 Feijenoord".into(),
        description: String::new(),
    };
    let p = store.create_programme(&actor, &input.parse().unwrap()).await.unwrap();
    let story = |text: &str, themes: Vec<Theme>, indicators: Vec<&str>, consent| NewStory {
        area_code: Some("BU05991081".into()),
        told_on: "2026-10-01".into(),
        source: SourceType::Resident,
        role: "bewoner".into(),
        text: text.into(),
        themes,
        indicators: indicators.into_iter().map(String::from).collect(),
        consent,
    };
    // The link names the indicator across editions of the RIVM table.
    let linked = story(
        "Aan het eind van de maand is er niets meer.",
        vec![Theme::Work],
        vec!["gezondheid:MoeiteMetRondkomen"],
        true,
    );
    store.create_story(&actor, p.id, &linked).await.unwrap();
    store
        .create_story(&actor, p.id, &story("De portiek is donker in de avond.", vec![Theme::Safety], vec![], true))
        .await
        .unwrap();
    store
        .create_story(&actor, p.id, &story("Vertrouwelijk: de buren.", vec![Theme::Work], vec![], false))
        .await
        .unwrap();

    // Not public until the urgency page is.
    assert!(!server.get("/gebieden/BU05991081").await.text().contains("niets meer"));
    store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Urgency]).await.unwrap();
    let html = server.get("/gebieden/BU05991081").await.text();
    let c = text(card(&html, RONDKOMEN_18));
    assert!(
        c.contains("Aan het eind van de maand is er niets meer. — bewoner (bewoner), 01-10-2026 · Feijenoord aan zet"),
        "{c}"
    );
    let all = text(&html);
    assert!(all.contains("De portiek is donker in de avond."), "a story of a theme without figures still shows");
    assert!(!all.contains("Vertrouwelijk"), "no consent, not on the public profile");

    // The dossier: scan position, highlights with the story beside its figure.
    let dossier = server.get(&format!("/programmas/{}/stand", p.id)).await;
    dossier.assert_status_ok();
    let t = text(&dossier.text());
    assert!(t.contains("Positie in de urgentiescan Cijfers van 2020."), "{t}");
    assert!(t.contains("Feijenoord BU05991087 1 van"), "Feijenoord is Rotterdam's most urgent buurt: {t}");
    assert!(t.contains("Moeite met rondkomen"), "{t}");
    let bloemhof = &t[t.find("Bloemhof BU05991081 Volledig profiel").expect("Bloemhof's block")..];
    assert!(bloemhof.contains("ongunstiger"), "highlights are unfavourable figures: {bloemhof}");
    assert!(bloemhof.contains("Aan het eind van de maand is er niets meer."));
    assert!(!t.contains("Vertrouwelijk"), "the public dossier has consented stories only");
}
