//! The urgency scan as a use case: the parameters as pages, API and command line take them, their
//! validation, the cached run, and the JSON shape of the result (the `/urgentie.json` download,
//! `GET /api/v1/scan` and `wijkwijzer scan --format json` write the same document).

use crate::app::table::{Cell, Table};
use crate::domain::catalogue::Theme;
use crate::domain::programme::{parse_municipality_code, resolve_municipality};
use crate::domain::scan::{self, Flag, ReferenceKind, Scan, ScanIndicator, ScanLevel, TOP_CONTRIBUTIONS, round3};
use crate::domain::validation::FieldErrors;
use crate::http::{AppError, AppResult, AppState};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use utoipa::ToSchema;

/// The scan's parameters, as the page's filter form and the API take them.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
pub struct ScanQuery {
    /// CBS gemeente code (GM0599); empty for the whole country.
    #[serde(default, alias = "municipality")]
    pub gemeente: String,
    /// buurt (default), wijk or gemeente.
    #[serde(default, alias = "level")]
    pub niveau: String,
    /// Year of the figures; default the newest year with figures for the scan.
    #[serde(default, alias = "period")]
    pub periode: String,
    /// nl (default), gemeente or vergelijkbaar: compare with the Netherlands, with the gemeente's own
    /// areas, or each area with its 50 most similar areas nationally (needs the Kerncijfers of the level).
    #[serde(default, alias = "reference")]
    pub referentie: String,
    /// Theme weights: gezondheid=2,werk=1 (default 1 each).
    #[serde(default, alias = "weights")]
    pub gewichten: String,
    /// Page only: show and sort by one theme.
    #[serde(default)]
    #[param(ignore)]
    pub thema: String,
    /// Page only: rang (default), naam, score or thema.
    #[serde(default)]
    #[param(ignore)]
    pub sorteer: String,
    #[serde(default)]
    #[param(ignore)]
    pub pagina: Option<i64>,
    /// Page only: `heel` draws the whole gemeente instead of where the scores are.
    #[serde(default)]
    #[param(ignore)]
    pub kaart: String,
}

/// Validated parameters.
#[derive(Debug, Clone)]
pub struct ScanParams {
    pub municipality: Option<String>,
    pub level: ScanLevel,
    pub year: i64,
    pub reference: ReferenceKind,
    pub weights: HashMap<Theme, f64>,
    pub years: Vec<i64>,
}

/// `municipality`: the gemeente field read ([`resolve_gemeente`]).
fn params(
    q: &ScanQuery,
    municipality: Result<Option<String>, &'static str>,
    years: Vec<i64>,
) -> Result<ScanParams, FieldErrors> {
    let mut errors = FieldErrors::new();
    let municipality = municipality.map_err(|key| errors.add("gemeente", key)).ok().flatten();
    let level = match q.niveau.trim() {
        "" => Some(ScanLevel::Neighbourhood),
        raw => ScanLevel::parse(raw),
    };
    if level.is_none() {
        errors.add("niveau", "error-scan-level");
    }
    let year = match q.periode.trim() {
        "" => years.first().copied(),
        raw => raw.parse::<i64>().ok().filter(|y| years.contains(y)),
    };
    if year.is_none() {
        errors.add("periode", "error-scan-period");
    }
    let reference = match q.referentie.trim() {
        "" => Some(ReferenceKind::Nl),
        raw => ReferenceKind::parse(raw),
    };
    if reference.is_none() {
        errors.add("referentie", "error-scan-reference");
    }
    let weights = scan::parse_weights(&q.gewichten)
        .map_err(|_| errors.add("gewichten", "error-scan-weights"))
        .unwrap_or_default();
    match (level, year, reference) {
        (Some(level), Some(year), Some(reference)) if errors.is_empty() => {
            Ok(ScanParams { municipality, level, year, reference, weights, years })
        }
        _ => Err(errors),
    }
}

/// Every gemeente's names (code, name, newest layout), read once per generation of the data.
pub async fn municipality_names(state: &AppState) -> AppResult<Arc<crate::http::cache::MunicipalityNames>> {
    let generation = state.store.generation().await?;
    let store = state.store.clone();
    state
        .caches
        .municipality_names
        .try_get_with(generation, async move { Ok::<_, AppError>(Arc::new(store.municipality_names().await?)) })
        .await
        .map_err(|e: Arc<AppError>| e.shared())
}

/// The gemeente field: empty (the whole country), a code, or a gemeente's name.
async fn resolve_gemeente(state: &AppState, raw: &str) -> AppResult<Result<Option<String>, &'static str>> {
    if raw.trim().is_empty() {
        return Ok(Ok(None));
    }
    if let Ok(code) = parse_municipality_code(raw) {
        return Ok(Ok(Some(code.as_str().to_string())));
    }
    let names = municipality_names(state).await?;
    Ok(resolve_municipality(raw, &names).map(|c| Some(c.as_str().to_string())))
}

/// What a scan reads before it computes: the indicators, the areas with their figures, and —
/// compared with similar areas — every area's similar areas.
pub struct ScanInputs {
    pub indicators: Vec<ScanIndicator>,
    pub areas: Vec<scan::ScanArea>,
    peers: scan::Peers,
    /// Compared with similar areas, the areas are read nationally and this gemeente's kept after.
    keep: Option<String>,
}

impl ScanInputs {
    pub fn is_empty(&self) -> bool {
        self.indicators.is_empty() || self.areas.is_empty()
    }

    /// Compute the scan (CPU only: a national buurt scan is some milliseconds on every core).
    pub fn run(self, reference: ReferenceKind, weights: &HashMap<Theme, f64>) -> Scan {
        let mut result = scan::run_with_peers(self.indicators, self.areas, reference, &self.peers, weights);
        if let Some(gm) = self.keep {
            result.keep(|a| a.code.get(2..6) == gm.get(2..6));
        }
        result
    }
}

/// Read what a scan of one level and year needs. `None` when similar areas are asked for but no
/// imported Kerncijfers edition gives the level's context (for buurten the shipped extract has none).
pub async fn scan_inputs(
    store: &crate::store::Store,
    level: ScanLevel,
    year: i64,
    municipality: Option<&str>,
    reference: ReferenceKind,
) -> crate::store::StoreResult<Option<ScanInputs>> {
    use crate::domain::similar::{DEFAULT_K, contexts, nearest};
    if reference != ReferenceKind::Similar {
        let (indicators, areas) = store.scan_inputs(level.prefix(), year, municipality).await?;
        return Ok(Some(ScanInputs { indicators, areas, peers: scan::Peers::new(), keep: None }));
    }
    let prefix = level.prefix();
    let Some((table, period)) = store.newest_edition_at(crate::domain::catalogue::kwb_tables(), prefix).await? else {
        return Ok(None);
    };
    let records = store.level_records(&table, &period, prefix).await?;
    let (_, contexts) = contexts(&records);
    let peers: scan::Peers = nearest(&contexts, DEFAULT_K)
        .into_iter()
        .filter_map(|(code, found)| found.ok().map(|n| (code, n.into_iter().map(|n| n.code).collect())))
        .collect();
    if peers.is_empty() {
        return Ok(None);
    }
    let (indicators, areas) = store.scan_inputs(prefix, year, None).await?;
    Ok(Some(ScanInputs { indicators, areas, peers, keep: municipality.map(str::to_string) }))
}

/// Validate the query and run the scan.
pub async fn run_scan(state: &AppState, q: &ScanQuery) -> AppResult<(ScanParams, Arc<Scan>)> {
    let years = state.store.scan_years().await?;
    run_scan_for(state, q, years).await
}

/// As `run_scan`, with the years that have figures already read.
/// The result is computed once per generation of the data and set of parameters, off the async
/// workers (a national buurt scan is a few hundred milliseconds of CPU), and shared.
pub async fn run_scan_for(state: &AppState, q: &ScanQuery, years: Vec<i64>) -> AppResult<(ScanParams, Arc<Scan>)> {
    let municipality = resolve_gemeente(state, &q.gemeente).await?;
    let p = params(q, municipality, years).map_err(AppError::Validation)?;
    let generation = state.store.generation().await?;
    let mut weights: Vec<(&str, f64)> = p.weights.iter().map(|(t, w)| (t.key(), *w)).collect();
    weights.sort_by(|a, b| a.0.cmp(b.0));
    let key = format!("{generation}|{}|{}|{:?}|{:?}|{weights:?}", p.level.key(), p.year, p.municipality, p.reference);
    let result = state
        .caches
        .scans
        .try_get_with(key, async {
            let inputs = scan_inputs(&state.store, p.level, p.year, p.municipality.as_deref(), p.reference).await?;
            let Some(inputs) = inputs else {
                let mut errors = FieldErrors::new();
                errors.add("referentie", "error-scan-no-similar");
                return Err(AppError::Validation(errors));
            };
            let (reference, weights) = (p.reference, p.weights.clone());
            tokio::task::spawn_blocking(move || Arc::new(inputs.run(reference, &weights)))
                .await
                .map_err(|e| AppError::Internal(e.into()))
        })
        .await
        .map_err(|e: Arc<AppError>| e.shared())?;
    Ok((p, result))
}

/// The scan as JSON, written straight from the `Scan` it describes (the national buurt scan writes
/// 15 MB: no copies of names, titles, theme maps or contribution lists per area).
#[derive(Debug, Serialize, ToSchema)]
pub struct ScanResult<'a> {
    /// Most urgent first; areas without a score (too few figures) last.
    #[schema(value_type = Vec<ScanAreaDto>)]
    pub areas: ScanAreas<'a>,
    /// The indicators the scan used.
    pub indicators: Vec<ScanIndicatorDto<'a>>,
}

/// The areas of a scan, serialised one by one as [`ScanAreaDto`].
#[derive(Debug)]
pub struct ScanAreas<'a> {
    scan: &'a Scan,
    /// The labels of classes 1 to 9 at their index (0 is no class: empty), looked up once rather
    /// than once per area.
    labels: Vec<String>,
}

impl Serialize for ScanAreas<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.scan.areas.len()))?;
        for a in &self.scan.areas {
            seq.serialize_element(&ScanAreaDto {
                code: &a.code,
                name: &a.name,
                rank: a.rank,
                score: a.score.map(round3),
                class: a.class,
                class_label: a.class.map(|c| self.labels[usize::from(c).min(9)].as_str()),
                themes: ThemeScores(&a.themes),
                contributions: Contributions { scan: self.scan, of: &a.contributions },
                coverage: round3(a.coverage),
                flags: &a.flags,
            })?;
        }
        seq.end()
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ScanAreaDto<'a> {
    pub code: &'a str,
    pub name: &'a str,
    /// 1 = most urgent; absent without a score.
    pub rank: Option<usize>,
    /// Higher = more urgent; about −3 to 3.
    pub score: Option<f64>,
    /// 1 (zeer urgent) to 9 (geen urgentie).
    pub class: Option<u8>,
    pub class_label: Option<&'a str>,
    /// Theme key → theme score.
    #[schema(value_type = BTreeMap<String, f64>)]
    pub themes: ThemeScores<'a>,
    /// The indicators that push the score most (largest share first, at most five).
    #[schema(value_type = Vec<ContributionDto>)]
    pub contributions: Contributions<'a>,
    /// Share of the scan's indicators with a figure for this area.
    pub coverage: f64,
    /// suppressed, too-few-figures, national-reference.
    #[schema(value_type = Vec<String>)]
    pub flags: &'a [Flag],
}

/// An area's theme scores as a map of theme key → score (rounded to three decimals).
#[derive(Debug, Clone, Copy)]
pub struct ThemeScores<'a>(&'a BTreeMap<Theme, f64>);

impl Serialize for ThemeScores<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // In the order of the keys, as a map of them always wrote it (at most one per theme: no allocation).
        let mut themes = [("", 0.0); Theme::ALL.len()];
        let n = self.0.len().min(themes.len());
        for (slot, (t, v)) in themes.iter_mut().zip(self.0.iter()) {
            *slot = (t.key(), round3(*v));
        }
        themes[..n].sort_unstable_by(|a, b| a.0.cmp(b.0));
        s.collect_map(themes[..n].iter().copied())
    }
}

/// An area's largest contributions (at most [`TOP_CONTRIBUTIONS`]) as [`ContributionDto`]s.
#[derive(Debug, Clone, Copy)]
pub struct Contributions<'a> {
    scan: &'a Scan,
    of: &'a [scan::Contribution],
}

impl Serialize for Contributions<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.of.iter().take(TOP_CONTRIBUTIONS).map(|c| ContributionDto {
            indicator: IndicatorName(&self.scan.indicators[c.indicator]),
            title: self.scan.indicators[c.indicator].title(false),
            value: c.value,
            reference: c.reference,
            spread: (c.spread * 10_000.0).round() / 10_000.0,
            z: round3(c.z),
            share: round3(c.share),
            within_margin: c.within_margin,
        }))
    }
}

/// `table/key/variant`, written straight into the output.
#[derive(Debug, Clone, Copy)]
pub struct IndicatorName<'a>(&'a ScanIndicator);

impl Serialize for IndicatorName<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let i = self.0;
        if i.variant.is_empty() {
            s.collect_str(&format_args!("{}/{}", i.source_table, i.key))
        } else {
            s.collect_str(&format_args!("{}/{}/{}", i.source_table, i.key, i.variant))
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionDto<'a> {
    /// table/key/variant.
    #[schema(value_type = String)]
    pub indicator: IndicatorName<'a>,
    pub title: &'a str,
    pub value: f64,
    /// The reference median.
    pub reference: f64,
    /// The robust spread: z = ±(value − reference) / spread, capped at ±3.
    pub spread: f64,
    pub z: f64,
    /// Share of the score.
    pub share: f64,
    /// Present only where the table's margins are imported: true when the reference lies within
    /// the figure's published 95 % interval (the difference is not significant).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within_margin: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ScanIndicatorDto<'a> {
    #[schema(value_type = String)]
    pub indicator: IndicatorName<'a>,
    pub title: &'a str,
    pub unit: &'a str,
    pub theme: &'static str,
    /// hoger-slechter or hoger-beter.
    pub polarity: &'static str,
}

impl<'a> ScanResult<'a> {
    pub fn new(scan: &'a Scan, class_label: &dyn Fn(u8) -> String) -> ScanResult<'a> {
        ScanResult {
            areas: ScanAreas { scan, labels: std::iter::once(String::new()).chain((1..=9).map(class_label)).collect() },
            indicators: scan
                .used
                .iter()
                .map(|&i| &scan.indicators[i])
                .map(|ind| ScanIndicatorDto {
                    indicator: IndicatorName(ind),
                    title: ind.title(false),
                    unit: ind.unit(false),
                    theme: ind.theme.key(),
                    polarity: ind.polarity.key(),
                })
                .collect(),
        }
    }

    pub fn to_json(&self) -> String {
        let mut out = Vec::with_capacity(self.areas.scan.areas.len() * 1200);
        self.write_json(&mut out).unwrap_or_default();
        String::from_utf8(out).unwrap_or_default()
    }

    /// The document as its `Serialize` implementation writes it, byte for byte (tested against it),
    /// but faster: each indicator's `{"indicator":…,"title":…,` is escaped once rather than once per
    /// contribution, and the areas are written in parallel, in blocks taken in turn by one thread
    /// per core, and passed on in order to the writer. A handful of buffers go round between the
    /// threads: the national buurt scan (15 MB, what it spends most of its time on) never holds
    /// more than a few blocks of its text in memory.
    pub fn write_json<W: std::io::Write + ?Sized>(&self, w: &mut W) -> std::io::Result<()> {
        use std::sync::mpsc;
        const BLOCK: usize = 256;
        let scan = self.areas.scan;
        let prefixes: Vec<Vec<u8>> = scan.indicators.iter().map(contribution_prefix).collect();
        let labels: Vec<Vec<u8>> = self.areas.labels.iter().map(|l| json_bytes(l.as_str())).collect();
        // The themes in the order of their keys, as a map of them is written.
        let mut themes = Theme::ALL;
        themes.sort_unstable_by_key(|t| t.key());
        let parts = Parts { prefixes: &prefixes, labels: &labels, themes };
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).min(8);
        let blocks: Vec<&[scan::Scored]> = scan.areas.chunks(BLOCK).collect();
        // Block `b` into `buf` (emptied first), with the comma that separates it from the block before.
        let write_block = |b: usize, buf: &mut Vec<u8>| {
            buf.clear();
            for (n, a) in blocks[b].iter().enumerate() {
                if b > 0 || n > 0 {
                    buf.push(b',');
                }
                write_area(buf, a, &parts);
            }
        };
        w.write_all(b"{\"areas\":[")?;
        let mut own = Vec::with_capacity(BLOCK * 1200);
        if blocks.len() < 8 || cores == 1 {
            for b in 0..blocks.len() {
                write_block(b, &mut own);
                w.write_all(&own)?;
            }
        } else {
            std::thread::scope(|s| -> std::io::Result<()> {
                // Thread `t` (1 ≤ t < cores) writes blocks t, t + cores, …; this thread the rest,
                // and everything to `w` in order. Full buffers come back through `done`, empty
                // ones go out again through `free`; a thread at most two blocks ahead waits.
                let mut lanes = Vec::with_capacity(cores);
                for t in 1..cores {
                    let (full, done) = mpsc::sync_channel::<Vec<u8>>(2);
                    let (free, empty) = mpsc::channel::<Vec<u8>>();
                    let write_block = &write_block;
                    let count = blocks.len();
                    s.spawn(move || {
                        for b in (t..count).step_by(cores) {
                            let mut buf = empty.try_recv().unwrap_or_else(|_| Vec::with_capacity(BLOCK * 1200));
                            write_block(b, &mut buf);
                            if full.send(buf).is_err() {
                                return; // the writer stopped (an error): so do we
                            }
                        }
                    });
                    lanes.push((done, free));
                }
                for b in 0..blocks.len() {
                    match b % cores {
                        0 => {
                            write_block(b, &mut own);
                            w.write_all(&own)?;
                        }
                        t => {
                            let (done, free) = &lanes[t - 1];
                            let buf = done.recv().map_err(|_| std::io::Error::other("a writing thread stopped"))?;
                            w.write_all(&buf)?;
                            let _ = free.send(buf);
                        }
                    }
                }
                Ok(())
            })?;
        }
        w.write_all(b"],\"indicators\":")?;
        serde_json::to_writer(&mut *w, &self.indicators).map_err(std::io::Error::from)?;
        w.write_all(b"}")
    }
}

/// The scan as a table to download: one line per area with rank, code, name, score, class, theme
/// scores and the largest contribution.
pub fn table(scan: &Scan, class_label: &dyn Fn(u8) -> String) -> Table {
    let themes: Vec<Theme> = Theme::ALL.iter().copied().filter(|t| *t != Theme::Context).collect();
    let mut header: Vec<String> =
        ["rang", "code", "naam", "score", "klasse", "klassenaam", "dekking", "signalen"].map(String::from).to_vec();
    header.extend(themes.iter().map(|t| format!("thema_{}", t.key())));
    header.push("grootste_bijdrage".into());
    let mut out =
        Table { sheet: "Urgentiescan".into(), header, rows: Vec::with_capacity(scan.areas.len()), source: None };
    for a in &scan.areas {
        let mut row = vec![
            a.rank.map_or(Cell::Empty, |r| Cell::Integer(r as i64)),
            Cell::text(&a.code),
            Cell::text(&a.name),
            Cell::fixed(a.score, 3),
            a.class.map_or(Cell::Empty, |c| Cell::Integer(i64::from(c))),
            Cell::text(a.class.map(class_label).unwrap_or_default()),
            Cell::fixed(Some(a.coverage), 3),
            Cell::text(
                a.flags
                    .iter()
                    .map(|f| {
                        serde_json::to_value(f).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        ];
        row.extend(themes.iter().map(|t| Cell::fixed(a.themes.get(t).copied(), 3)));
        row.push(Cell::text(
            a.contributions.first().map(|c| scan.indicators[c.indicator].title(false).to_string()).unwrap_or_default(),
        ));
        out.push(row);
    }
    out.with_source(crate::domain::statistics::ATTRIBUTION)
}

/// A text as a JSON string (escaped as serde_json escapes it).
fn json_bytes<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

/// `{"indicator":"table/key","title":"…","value":` — what every contribution of an indicator starts with.
fn contribution_prefix(ind: &ScanIndicator) -> Vec<u8> {
    let mut out = b"{\"indicator\":".to_vec();
    out.extend(json_bytes(&IndicatorName(ind)));
    out.extend_from_slice(b",\"title\":");
    out.extend(json_bytes(ind.title(false)));
    out.extend_from_slice(b",\"value\":");
    out
}

/// A number as serde_json writes an `f64` (`null` when not finite).
fn push_f64(buf: &mut Vec<u8>, x: f64) {
    use serde_json::ser::Formatter;
    if push_short_decimal(buf, x) {
        return;
    }
    if x.is_finite() {
        let _ = serde_json::ser::CompactFormatter.write_f64(buf, x);
    } else {
        buf.extend_from_slice(b"null");
    }
}

/// `x` as serde_json writes it, when `x` is a decimal of at most four digits after the point
/// within ±10⁷ — the scan's figures and references, a quarter of a million of them in the
/// national scan — by integer arithmetic instead of the general shortest-digits algorithm; `false` (nothing
/// written) for any other number.
///
/// Why it is the same text: when the decimal `d = round(x·10⁴)/10⁴` reads back as `x` (the
/// division below is exact in its operands and correctly rounded, so it compares `x` with the
/// double nearest to `d`), `d` is the shortest decimal that does: any other candidate with no more
/// digits is a multiple of 10⁻⁴ too, at least 10⁻⁴ away, and below 10⁷ doubles lie closer together
/// than 2·10⁻⁹. serde_json writes such a number in plain notation, with `.0` when it is whole.
/// Compared with serde_json on every multiple of 10⁻⁴ up to ±20 and on numbers around the edges.
fn push_short_decimal(buf: &mut Vec<u8>, x: f64) -> bool {
    if x.is_nan() || x.abs() >= 1e7 {
        return false;
    }
    // To the nearest integer by a cast (no call into the maths library); a half rounded either
    // way is no matter: such a number has a fifth digit and fails the check after it.
    let scaled = (x * 10_000.0 + 0.5f64.copysign(x)) as i64;
    if scaled as f64 / 10_000.0 != x {
        return false;
    }
    push_decimal(buf, x.is_sign_negative(), scaled.unsigned_abs(), 4);
    true
}

/// `x` rounded to `decimals` (3 or 4) places as the scan rounds (`round3`: `(x·10³).round() / 10³`),
/// written as serde_json writes that rounded number — from the whole number `(x·10³).round()`,
/// without dividing: the quotient is the double nearest to the decimal, whose shortest form is
/// that decimal (as in [`push_short_decimal`]). Beyond ±10⁷ (±10⁶ to four places) the general way.
fn push_rounded(buf: &mut Vec<u8>, x: f64, decimals: u32) {
    let scale = if decimals == 3 { 1_000.0 } else { 10_000.0 };
    let scaled = (x * scale).round();
    if scaled.abs() < 1e10 {
        push_decimal(buf, scaled.is_sign_negative(), scaled.abs() as u64, decimals);
    } else {
        push_f64(buf, scaled / scale);
    }
}

/// `n / 10^decimals` (n below 10¹¹, `decimals` 3 or 4) in plain notation: the whole part, a point,
/// the places without trailing zeros (`.0` for a whole number), a minus sign first if `negative`.
fn push_decimal(buf: &mut Vec<u8>, negative: bool, n: u64, decimals: u32) {
    if negative {
        buf.push(b'-');
    }
    let unit = 10u64.pow(decimals);
    let (whole, fraction) = (n / unit, n % unit);
    // At most eight digits before the point (n below 10¹¹), written from the back.
    let mut digits = [0u8; 8];
    let mut at = digits.len();
    let mut rest = whole;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[at..]);
    buf.push(b'.');
    if fraction == 0 {
        buf.push(b'0');
    } else {
        let all =
            [fraction / 1000 % 10, fraction / 100 % 10, fraction / 10 % 10, fraction % 10].map(|d| b'0' + d as u8);
        let places = &all[(4 - decimals as usize)..];
        let last = places.iter().rposition(|d| *d != b'0').unwrap_or(0);
        buf.extend_from_slice(&places[..=last]);
    }
}

fn push_u64(buf: &mut Vec<u8>, n: Option<u64>) {
    use serde_json::ser::Formatter;
    match n {
        Some(n) => {
            let _ = serde_json::ser::CompactFormatter.write_u64(buf, n);
        }
        None => buf.extend_from_slice(b"null"),
    }
}

fn push_str(buf: &mut Vec<u8>, s: &str) {
    let _ = serde_json::to_writer(&mut *buf, s);
}

/// What every area's text is made with: each indicator's start of a contribution, the class
/// labels (as JSON strings) and the themes in the order of their keys.
struct Parts<'a> {
    prefixes: &'a [Vec<u8>],
    labels: &'a [Vec<u8>],
    themes: [Theme; Theme::ALL.len()],
}

/// One area as [`ScanAreaDto`] serialises it.
fn write_area(buf: &mut Vec<u8>, a: &scan::Scored, parts: &Parts) {
    let Parts { prefixes, labels, themes } = parts;
    buf.extend_from_slice(b"{\"code\":");
    push_str(buf, &a.code);
    buf.extend_from_slice(b",\"name\":");
    push_str(buf, &a.name);
    buf.extend_from_slice(b",\"rank\":");
    push_u64(buf, a.rank.map(|r| r as u64));
    buf.extend_from_slice(b",\"score\":");
    match a.score {
        Some(s) => push_rounded(buf, s, 3),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"class\":");
    push_u64(buf, a.class.map(u64::from));
    buf.extend_from_slice(b",\"class_label\":");
    match a.class {
        Some(c) => buf.extend_from_slice(&labels[usize::from(c).min(9)]),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"themes\":{");
    let mut values = [None; Theme::ALL.len()];
    for (t, v) in &a.themes {
        values[*t as usize] = Some(*v);
    }
    let mut first = true;
    for t in themes {
        if let Some(value) = values[*t as usize] {
            if !first {
                buf.push(b',');
            }
            first = false;
            push_str(buf, t.key());
            buf.push(b':');
            push_rounded(buf, value, 3);
        }
    }
    buf.extend_from_slice(b"},\"contributions\":[");
    for (k, c) in a.contributions.iter().take(TOP_CONTRIBUTIONS).enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(&prefixes[c.indicator]);
        push_f64(buf, c.value);
        buf.extend_from_slice(b",\"reference\":");
        push_f64(buf, c.reference);
        buf.extend_from_slice(b",\"spread\":");
        push_rounded(buf, c.spread, 4);
        buf.extend_from_slice(b",\"z\":");
        push_rounded(buf, c.z, 3);
        buf.extend_from_slice(b",\"share\":");
        push_rounded(buf, c.share, 3);
        match c.within_margin {
            Some(true) => buf.extend_from_slice(b",\"within_margin\":true"),
            Some(false) => buf.extend_from_slice(b",\"within_margin\":false"),
            None => {}
        }
        buf.push(b'}');
    }
    buf.extend_from_slice(b"],\"coverage\":");
    push_rounded(buf, a.coverage, 3);
    buf.extend_from_slice(b",\"flags\":[");
    for (k, f) in a.flags.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        let _ = serde_json::to_writer(&mut *buf, f);
    }
    buf.extend_from_slice(b"]}");
}

/// The label of a scan class ("Zeer urgent") in a language.
pub fn class_label(lang: Lang, class: u8) -> String {
    lang.t(&format!("scan-class-{class}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scan::{Contribution, Scored};

    fn scan(areas: usize) -> Scan {
        let indicator = |key: &str, title: &str, variant: &str| ScanIndicator {
            source_table: "50090NED".into(),
            key: key.into(),
            variant: variant.into(),
            label: crate::domain::catalogue::label("OWN01", key, title, "%"),
            theme: Theme::Health,
            polarity: crate::domain::catalogue::Polarity::HigherIsWorse,
        };
        let indicators = vec![
            indicator("A_1", "Eenzaam \"ernstig\" \\ <b>", ""),
            indicator("B_2", "Überwiegend\tgoed \u{1}", "Leeftijd=20300"),
        ];
        let areas = (0..areas)
            .map(|n| Scored {
                code: format!("BU{n:08}"),
                name: if n % 3 == 0 { format!("'s-Buurt \"{n}\" ü\n") } else { format!("Buurt {n}") },
                rank: (n % 5 != 0).then_some(n + 1),
                score: (n % 5 != 0).then_some(n as f64 / 7.0 - 3.0),
                class: (n % 5 != 0).then_some((n % 9) as u8 + 1),
                themes: [(Theme::Health, n as f64 / 3.0), (Theme::Work, -0.1), (Theme::Safety, 1e-9)]
                    .into_iter()
                    .take(n % 4)
                    .collect(),
                contributions: (0..n % 8)
                    .map(|k| Contribution {
                        indicator: k % 2,
                        value: if k == 6 { f64::NAN } else { k as f64 * 1.1 + 0.1 },
                        reference: 12.345_678,
                        spread: 3.256_789,
                        z: -2.000_4,
                        share: 1.0 / 3.0,
                        within_margin: [None, Some(true), Some(false)][k % 3],
                    })
                    .collect(),
                coverage: if n % 2 == 0 { 1.0 } else { 0.666_666 },
                flags: match n % 3 {
                    0 => vec![],
                    1 => vec![Flag::Suppressed],
                    _ => vec![Flag::Suppressed, Flag::TooFewFigures, Flag::NationalReference],
                },
            })
            .collect();
        Scan { indicators, used: vec![0, 1], areas }
    }

    /// What serde_json writes for `x`, and what `push_f64` writes.
    fn both(x: f64) -> (String, String) {
        let mut fast = Vec::new();
        push_f64(&mut fast, x);
        (serde_json::to_string(&x).unwrap(), String::from_utf8(fast).unwrap())
    }

    #[test]
    fn a_theme_is_found_at_its_place_in_the_list_of_themes() {
        // `write_area` keeps an area's theme scores at `theme as usize`.
        for (n, t) in Theme::ALL.iter().enumerate() {
            assert_eq!(*t as usize, n, "{t:?}");
        }
    }

    #[test]
    fn numbers_are_written_exactly_as_serde_json_writes_them() {
        // Every multiple of 0.0001 up to ±20, each as the division and as the product gives it.
        for n in -200_000i64..=200_000 {
            for x in [n as f64 / 10_000.0, n as f64 * 0.0001] {
                let (expected, written) = both(x);
                assert_eq!(written, expected, "{x:?}");
            }
        }
        // Around the edges: the range, the smallest steps, signs, and numbers the short way refuses.
        let edges = [
            0.0,
            -0.0,
            0.0001,
            -0.0001,
            0.00005,
            0.00011,
            1e-5,
            1e-7,
            9999999.9999,
            9999999.99999,
            1e7,
            -1e7,
            1e7 - 1.0,
            12345.6789,
            0.1 + 0.2,
            1.0 / 3.0,
            2.0f64.sqrt(),
            1e15,
            1e16,
            1e17,
            123_456_789.0,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::EPSILON,
            4.1513,
            29.3,
            0.254,
            3.0,
            -2.5,
        ];
        for x in edges {
            let (expected, written) = both(x);
            assert_eq!(written, expected, "{x:?}");
        }
        // Spread over many magnitudes (a fixed sequence: the same numbers on every run).
        let mut bits: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            let x = f64::from_bits(bits);
            if x.is_finite() {
                let (expected, written) = both(x);
                assert_eq!(written, expected, "{x:?}");
                let rounded = (x * 1000.0).round() / 1000.0;
                if rounded.is_finite() {
                    let (expected, written) = both(rounded);
                    assert_eq!(written, expected, "{rounded:?}");
                }
            }
        }
        // Rounded as the scan rounds, then written: the same as writing the rounded number.
        let mut bits: u64 = 0x2545_F491_4F6C_DD1D;
        let mut samples: Vec<f64> = (-30_000..=30_000).map(|n| n as f64 / 7_919.0).collect();
        samples.extend([0.0, -0.0, -0.0004, 0.0005, -0.0005, 0.00049, 2.5e-4, 1e6, 9999999.9996, 1e10, -1e12]);
        samples.extend([f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, f64::MIN_POSITIVE]);
        for _ in 0..200_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            samples.push(f64::from_bits(bits));
        }
        for x in samples {
            for (decimals, scale) in [(3, 1_000.0), (4, 10_000.0)] {
                let mut written = Vec::new();
                push_rounded(&mut written, x, decimals);
                let rounded: f64 = (x * scale).round() / scale;
                let expected =
                    if rounded.is_finite() { serde_json::to_string(&rounded).unwrap() } else { "null".into() };
                assert_eq!(String::from_utf8(written).unwrap(), expected, "{x:?} to {decimals} places");
            }
        }
        // The short way is taken where it should be: a scan's numbers do not reach the general one.
        assert!(push_short_decimal(&mut Vec::new(), 29.3) && !push_short_decimal(&mut Vec::new(), 1.0 / 3.0));
        assert!(!push_short_decimal(&mut Vec::new(), f64::NAN) && !push_short_decimal(&mut Vec::new(), 1e7));
    }

    /// The fast writer is checked against the `Serialize` implementation it stands in for, on small
    /// scans (one thread) and large ones (blocks written on every core and passed on in order), with
    /// texts that need escaping, areas without a score, more than five contributions and a figure
    /// that is not a number.
    #[test]
    fn the_json_is_written_byte_for_byte_as_serde_writes_it() {
        for n in [0, 1, 7, 2_500, 9_001] {
            let scan = scan(n);
            let result = ScanResult::new(&scan, &|c| format!("Klasse \"{c}\""));
            let expected = serde_json::to_string(&result).unwrap();
            assert_eq!(result.to_json(), expected, "{n} areas");
            let mut out = Vec::new();
            result.write_json(&mut out).unwrap();
            assert_eq!(out, expected.as_bytes());
        }
        // A reader that stops early (`| head`): the error comes back, no thread is left waiting.
        struct StopsAfter(usize);
        impl std::io::Write for StopsAfter {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                if self.0 < buf.len() {
                    return Err(std::io::ErrorKind::BrokenPipe.into());
                }
                self.0 -= buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let big = scan(9_001);
        let result = ScanResult::new(&big, &|c| c.to_string());
        for stop in [0, 5_000, 1_000_000] {
            let error = result.write_json(&mut StopsAfter(stop)).unwrap_err();
            assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "after {stop} bytes");
        }
        let scan = scan(9);
        let json: serde_json::Value =
            serde_json::from_str(&ScanResult::new(&scan, &|c| c.to_string()).to_json()).unwrap();
        assert_eq!(json["areas"].as_array().unwrap().len(), 9);
        assert_eq!(json["areas"][7]["contributions"].as_array().unwrap().len(), TOP_CONTRIBUTIONS);
    }
}
