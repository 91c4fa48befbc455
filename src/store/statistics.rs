//! Imported statistics: the area register, the indicator catalogue and observations. A dataset is
//! stored in one transaction: all of it or nothing. Importing the same table and period again
//! replaces its values.

use super::{Store, StoreError, StoreResult, audit, flag};
use crate::domain::audit::{Actor, Change};
use crate::domain::catalogue::{self, Classification, Polarity, Theme, classify};
use crate::domain::clock;
use crate::domain::columns;
use crate::domain::programme::AreaCode;
use crate::domain::scan::{Cells, ScanArea, ScanIndicator};
pub use crate::domain::statistics::{AreaObservation, ImportSummary, IndicatorRow};
use crate::domain::statistics::{Cell, Dataset, RecordEncoder, decode_record};
use serde_json::json;
use sqlx::AnyConnection;
use std::collections::{BTreeMap, BTreeSet, HashMap};

row! {
    /// An area of the register.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct AreaRow {
        pub code: String,
        pub layout_year: i64,
        pub level: String,
        pub name: String,
        pub municipality_code: Option<String>,
        pub parent_code: Option<String>,
    }
}

row! {
    /// One import run, as recorded.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ImportRow {
        pub id: i64,
        pub at: String,
        pub actor_label: String,
        pub file_name: String,
        pub format: String,
        pub source_table: String,
        pub areas: i64,
        pub indicators: i64,
        /// Periods as people say them, comma-separated.
        pub periods: String,
        pub observations: i64,
        pub missing: i64,
    }
}

/// Which areas to list.
#[derive(Debug, Clone, Default)]
pub struct AreaFilter {
    pub level: Option<String>,
    pub municipality: Option<String>,
    pub layout_year: Option<i64>,
}

const AREA_BATCH: usize = 20;

/// The newest real name of area `a` (a name that is not just its code), else the row's own.
const BEST_NAME: &str = "COALESCE((SELECT b.name FROM areas b WHERE b.code = a.code AND b.name <> b.code \
                         ORDER BY b.layout_year DESC LIMIT 1), a.name)";

/// area_code, layout_year, source_table, variant, period, record.
type ObservationRow = (String, i64, String, String, String, String);

fn unpack_observations(rows: Vec<ObservationRow>) -> Vec<AreaObservation> {
    let mut out = Vec::new();
    for (area_code, layout_year, source_table, variant, period, record) in rows {
        let mut cells = decode_record(&record);
        cells.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, cell) in cells {
            out.push(AreaObservation {
                area_code: area_code.clone(),
                layout_year,
                source_table: source_table.clone(),
                key,
                variant: variant.clone(),
                period: period.clone(),
                cell,
            });
        }
    }
    out
}

/// The wanted columns among `rows` (key, packed cells), each under its scan index and decoded for
/// `areas` areas; `None` when one does not hold exactly that many cells.
fn wanted_columns(
    rows: &[(String, Vec<u8>)],
    wanted: &[(&str, usize)],
    areas: usize,
) -> Option<Vec<(usize, Vec<Option<Cell>>)>> {
    rows.iter()
        .filter_map(|(key, bytes)| wanted.iter().find(|(k, _)| k == key).map(|(_, i)| (*i, bytes)))
        .map(|(index, bytes)| Some((index, columns::decode(bytes, areas)?)))
        .collect()
}

/// The keys of a table and variant that the scan uses: the only columns stored per column.
async fn scanned_keys(conn: &mut AnyConnection, table: &str, variant: &str) -> StoreResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT key FROM indicators WHERE source_table = $1 AND variant = $2 AND in_scan = 1 AND composition = 0",
    )
    .bind(table)
    .bind(variant)
    .fetch_all(&mut *conn)
    .await?)
}

/// Give areas sorted by code their names from a [`columns::join_names`] text (the area's code
/// where it has none), walking both lists once rather than looking each name up.
fn name_areas(areas: &mut [ScanArea], names: &str) {
    let mut names: Vec<(&str, &str)> = columns::split_names(names).collect();
    if !names.is_sorted_by(|a, b| a.0 <= b.0) {
        names.sort_by(|a, b| a.0.cmp(b.0));
    }
    let mut next = names.iter().peekable();
    for area in areas {
        while next.next_if(|(code, _)| *code < area.code.as_str()).is_some() {}
        let mut name = None;
        while let Some((_, n)) = next.next_if(|(code, _)| *code == area.code) {
            name = Some(*n);
        }
        area.name = name.map_or_else(|| area.code.clone(), str::to_string);
    }
}

/// The bounds of a scan indicator's published 95 % intervals: a variant of a table (`…;Marges=MOG0095`)
/// holding one bound of the figures of another (`…;Marges=MW00000`).
#[derive(Debug)]
struct MarginSet {
    table: String,
    /// The value's variant the bounds belong to.
    of: String,
    variant: String,
    bound: catalogue::Bound,
    periods: String,
}

/// The area codes of a set of columns.
fn split_codes(codes: &str) -> Vec<String> {
    if codes.is_empty() { Vec::new() } else { codes.split(columns::CODE_SEPARATOR).map(str::to_string).collect() }
}

/// The level part of an area code (`NL`, `GM`, `WK`, `BU`).
fn level_prefix(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}
/// Records per INSERT: larger statements bind slower in sqlx (measured: 10-row batches beat 500).
const RECORD_BATCH: usize = 20;

/// `($1, $2, …), ($7, …)` for `rows` rows of `width` parameters.
fn placeholders(rows: usize, width: usize) -> String {
    let mut s = String::with_capacity(rows * width * 5);
    for r in 0..rows {
        if r > 0 {
            s.push_str(", ");
        }
        s.push('(');
        for c in 0..width {
            if c > 0 {
                s.push_str(", ");
            }
            s.push('$');
            s.push_str(&(r * width + c + 1).to_string());
        }
        s.push(')');
    }
    s
}

async fn upsert_areas(conn: &mut AnyConnection, d: &Dataset, layout_year: i64) -> StoreResult<()> {
    for chunk in d.areas.chunks(AREA_BATCH) {
        // A table that only knows the code does not overwrite a name another source gave.
        let sql = format!(
            "INSERT INTO areas (code, layout_year, level, name, municipality_code, parent_code) VALUES {} \
             ON CONFLICT (code, layout_year) DO UPDATE SET name = CASE WHEN excluded.name = excluded.code \
             THEN areas.name ELSE excluded.name END",
            placeholders(chunk.len(), 6)
        );
        let mut q = sqlx::query(&sql);
        for a in chunk {
            q = q
                .bind(a.code.as_str().to_string())
                .bind(layout_year)
                .bind(a.code.level().as_str())
                .bind(a.name.clone())
                .bind(a.code.municipality().map(|m| m.as_str().to_string()))
                .bind(a.code.parent().map(|p| p.as_str().to_string()));
        }
        q.execute(&mut *conn).await?;
        let named: Vec<_> = chunk.iter().filter(|a| a.name != a.code.as_str()).collect();
        if !named.is_empty() {
            let sql = format!(
                "INSERT INTO area_names (code, name, layout_year) VALUES {} ON CONFLICT (code) DO UPDATE \
                 SET name = excluded.name, layout_year = excluded.layout_year \
                 WHERE excluded.layout_year >= area_names.layout_year \
                 AND (excluded.name <> area_names.name OR excluded.layout_year <> area_names.layout_year)",
                placeholders(named.len(), 3)
            );
            let mut q = sqlx::query(&sql);
            for a in &named {
                q = q.bind(a.code.as_str().to_string()).bind(a.name.clone()).bind(layout_year);
            }
            if q.execute(&mut *conn).await?.rows_affected() > 0 {
                // The scan's list of names of these levels is rebuilt on its next use.
                let levels: BTreeSet<&str> = named.iter().map(|a| level_prefix(a.code.as_str())).collect();
                for level in levels {
                    sqlx::query("DELETE FROM level_names WHERE level = $1").bind(level).execute(&mut *conn).await?;
                }
            }
        }
    }
    Ok(())
}

/// Store the datasets of one import (or fetch) in the transaction `tx`, telling `progress` which
/// dataset and how many of its records are stored.
pub(super) async fn store_datasets(
    tx: &mut AnyConnection,
    actor: &Actor,
    items: &[(&str, &str, &Dataset)],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> StoreResult<Vec<ImportSummary>> {
    let mut out = Vec::new();
    for (i, (file_name, format, d)) in items.iter().enumerate() {
        out.push(store_dataset(tx, actor, file_name, format, d, &|n| progress(i, n)).await?);
    }
    Ok(out)
}

/// Store one dataset inside an open transaction: areas, indicators, observations, the import
/// record and the audit record.
async fn store_dataset(
    tx: &mut AnyConnection,
    actor: &Actor,
    file_name: &str,
    format: &str,
    d: &Dataset,
    progress: &(dyn Fn(usize) + Sync),
) -> StoreResult<ImportSummary> {
    let layout_year = d.effective_layout_year();
    upsert_areas(tx, d, layout_year).await?;

    // The indicator catalogue: one entry per (indicator, variant) that has figures here, with
    // the periods it has figures for.
    let mut used: BTreeMap<(usize, usize), BTreeSet<usize>> = BTreeMap::new();
    for r in &d.records {
        for (i, _) in &r.cells {
            used.entry((*i, r.variant)).or_default().insert(r.period);
        }
    }
    for (&(i, v), periods) in &used {
        let meta = &d.indicators[i];
        // The file's own title and unit are kept as published; the reviewed catalogue's titles are
        // applied when indicators are read (`catalogue::label`), so a better title needs no re-import.
        let title = if meta.title.trim().is_empty() { meta.key.clone() } else { meta.title.clone() };
        let unit = meta.unit.clone();
        let existing: Option<String> =
            sqlx::query_scalar("SELECT periods FROM indicators WHERE source_table = $1 AND key = $2 AND variant = $3")
                .bind(&d.source_table)
                .bind(&meta.key)
                .bind(&d.variants[v])
                .fetch_optional(&mut *tx)
                .await?;
        let mut all: BTreeSet<String> =
            existing.iter().flat_map(|p| p.split(',')).filter(|p| !p.is_empty()).map(str::to_string).collect();
        all.extend(periods.iter().map(|p| d.periods[*p].code().to_string()));
        let class = classify(&d.source_table, &meta.key, &title);
        // A new column gets the reviewed catalogue's classification; an existing one keeps what a
        // beheerder chose, except that composition, once recognised, is never scored.
        sqlx::query(
                "INSERT INTO indicators (source_table, key, variant, title, unit, description, theme, polarity, in_scan, \
                 composition, periods) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                 ON CONFLICT (source_table, key, variant) DO UPDATE SET periods = excluded.periods, \
                 title = CASE WHEN excluded.title = excluded.key THEN indicators.title ELSE excluded.title END, \
                 unit = CASE WHEN excluded.unit = '' THEN indicators.unit ELSE excluded.unit END, \
                 description = CASE WHEN excluded.description = '' THEN indicators.description ELSE excluded.description END, \
                 composition = CASE WHEN excluded.composition = 1 THEN 1 ELSE indicators.composition END, \
                 in_scan = CASE WHEN excluded.composition = 1 THEN 0 ELSE indicators.in_scan END",
            )
            .bind(&d.source_table)
            .bind(&meta.key)
            .bind(&d.variants[v])
            .bind(title.clone())
            .bind(unit)
            .bind(&meta.description)
            .bind(class.theme.key())
            .bind(class.polarity.key())
            .bind(flag(class.in_scan))
            .bind(flag(class.composition))
            .bind(all.into_iter().collect::<Vec<_>>().join(","))
            .execute(&mut *tx)
            .await?;
    }

    // Importing a table and period again replaces what it had at the levels this file covers
    // (CBS often publishes one table as a gemeente file and a wijk file: each replaces its own).
    let combos: BTreeSet<(usize, usize, &str)> =
        d.records.iter().map(|r| (r.variant, r.period, level_prefix(d.areas[r.area].code.as_str()))).collect();
    for (v, p, level) in combos {
        sqlx::query(
            "DELETE FROM observations WHERE source_table = $1 AND variant = $2 AND period = $3 \
                 AND substr(area_code, 1, 2) = $4",
        )
        .bind(&d.source_table)
        .bind(&d.variants[v])
        .bind(d.periods[p].code())
        .bind(level)
        .execute(&mut *tx)
        .await?;
        delete_columns(tx, (&d.source_table, &d.variants[v], d.periods[p].code(), level)).await?;
    }

    let insert = |rows: usize| {
        format!(
            "INSERT INTO observations (source_table, variant, area_code, period, layout_year, record) VALUES {}",
            placeholders(rows, 6)
        )
    };
    let encoder = RecordEncoder::new(&d.indicators);
    let full_sql = insert(RECORD_BATCH);
    let mut stored = 0;
    for chunk in d.records.iter().filter(|r| !r.cells.is_empty()).collect::<Vec<_>>().chunks(RECORD_BATCH) {
        let partial;
        let sql = if chunk.len() == RECORD_BATCH {
            full_sql.as_str()
        } else {
            partial = insert(chunk.len());
            partial.as_str()
        };
        let mut q = sqlx::query(sql);
        for r in chunk {
            q = q
                .bind(d.source_table.clone())
                .bind(d.variants[r.variant].clone())
                .bind(d.areas[r.area].code.as_str().to_string())
                .bind(d.periods[r.period].code().to_string())
                .bind(layout_year)
                .bind(encoder.encode(&r.cells));
        }
        q.execute(&mut *tx).await.map_err(|e| StoreError::conflict_as(e, "observation"))?;
        stored += chunk.len();
        progress(stored);
    }

    // The scan's columns of the same figures: each (variant, period, level) this file replaced,
    // the columns the scan uses (a column classified into the scan later is built on first use).
    let mut sets: BTreeMap<(usize, usize, &str), Vec<columns::Row<'_>>> = BTreeMap::new();
    for r in d.records.iter().filter(|r| !r.cells.is_empty()) {
        let code = d.areas[r.area].code.as_str();
        sets.entry((r.variant, r.period, level_prefix(code))).or_default().push((code, r.cells.as_slice()));
    }
    let mut scanned: HashMap<usize, Vec<bool>> = HashMap::new();
    for ((v, p, level), records) in sets {
        if let std::collections::hash_map::Entry::Vacant(e) = scanned.entry(v) {
            let keys = scanned_keys(tx, &d.source_table, &d.variants[v]).await?;
            e.insert(d.indicators.iter().map(|i| keys.contains(&i.key)).collect());
        }
        let keep = &scanned[&v];
        let (codes, columns) = columns::build_mapped(d.indicators.len(), records, |k| keep[k].then_some(k));
        let columns = columns.into_iter().map(|(k, cells)| (d.indicators[k].key.as_str(), cells));
        write_columns(tx, (&d.source_table, &d.variants[v], d.periods[p].code(), level), &codes, columns).await?;
    }

    for chunk in d.boundaries.chunks(AREA_BATCH) {
        let sql = format!(
            "INSERT INTO boundaries (code, layout_year, geometry) VALUES {} \
             ON CONFLICT (code, layout_year) DO UPDATE SET geometry = excluded.geometry",
            placeholders(chunk.len(), 3)
        );
        let mut q = sqlx::query(&sql);
        for b in chunk {
            q = q.bind(d.areas[b.area].code.as_str().to_string()).bind(layout_year).bind(b.geometry.clone());
        }
        q.execute(&mut *tx).await?;
    }

    let summary = ImportSummary {
        source_table: d.source_table.clone(),
        layout_year,
        areas: d.areas.len(),
        indicators: used.len(),
        periods: d.periods.iter().map(|p| p.human()).collect(),
        values: d.values(),
        missing: d.missing(),
        boundaries: d.boundaries.len(),
        without_geometry: d.without_geometry,
    };
    sqlx::query(
            "INSERT INTO imports (at, actor_label, file_name, format, source_table, areas, indicators, periods, observations, missing) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(clock::now_db())
        .bind(&actor.label)
        .bind(file_name)
        .bind(format)
        .bind(&d.source_table)
        .bind(summary.areas as i64)
        .bind(summary.indicators as i64)
        .bind(summary.periods.join(","))
        .bind(summary.values as i64)
        .bind(summary.missing as i64)
        .execute(&mut *tx)
        .await?;
    let change = Change::new("import", "statistics", &d.source_table).after(json!({
        "file": file_name, "format": format, "areas": summary.areas, "indicators": summary.indicators,
        "periods": summary.periods, "values": summary.values, "missing": summary.missing,
    }));
    audit::write(tx, actor, change).await?;
    Ok(summary)
}

/// Table, variant, period and level of one set of columns.
type ColumnSet<'a> = (&'a str, &'a str, &'a str, &'a str);

async fn delete_columns(tx: &mut AnyConnection, (table, variant, period, level): ColumnSet<'_>) -> StoreResult<()> {
    for sql in [
        "DELETE FROM column_areas WHERE source_table = $1 AND variant = $2 AND period = $3 AND level = $4",
        "DELETE FROM figure_columns WHERE source_table = $1 AND variant = $2 AND period = $3 AND level = $4",
    ] {
        sqlx::query(sql).bind(table).bind(variant).bind(period).bind(level).execute(&mut *tx).await?;
    }
    Ok(())
}

/// Store one set of columns (`codes`: the areas, `columns`: per key the packed cells). A set that
/// is already there (another instance built it from the same records) is left as it is.
async fn write_columns<'k>(
    tx: &mut AnyConnection,
    (table, variant, period, level): ColumnSet<'_>,
    codes: &str,
    columns: impl Iterator<Item = (&'k str, Vec<u8>)>,
) -> StoreResult<()> {
    let added = sqlx::query(
        "INSERT INTO column_areas (source_table, variant, period, level, codes) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (source_table, variant, period, level) DO NOTHING",
    )
    .bind(table)
    .bind(variant)
    .bind(period)
    .bind(level)
    .bind(codes)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if added == 0 {
        return Ok(());
    }
    for (key, cells) in columns {
        sqlx::query(
            "INSERT INTO figure_columns (source_table, variant, period, level, key, cells) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(table)
        .bind(variant)
        .bind(period)
        .bind(level)
        .bind(key)
        .bind(cells)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

impl Store {
    /// Store a dataset: areas, indicators and observations, in one transaction.
    pub async fn import_dataset(
        &self,
        actor: &Actor,
        file_name: &str,
        format: &str,
        d: &Dataset,
    ) -> StoreResult<ImportSummary> {
        self.import_dataset_with_progress(actor, file_name, format, d, &|_| {}).await
    }

    /// As `import_dataset`, telling `progress` how many records are stored so far.
    pub async fn import_dataset_with_progress(
        &self,
        actor: &Actor,
        file_name: &str,
        format: &str,
        d: &Dataset,
        progress: &(dyn Fn(usize) + Sync),
    ) -> StoreResult<ImportSummary> {
        let mut tx = self.change().await?;
        let summary = store_dataset(&mut tx, actor, file_name, format, d, progress).await?;
        tx.commit_audited().await?;
        Ok(summary)
    }

    /// Store several datasets (the files of one import) in one transaction: all or nothing.
    pub async fn import_datasets(
        &self,
        actor: &Actor,
        items: &[(&str, &str, &Dataset)],
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> StoreResult<Vec<ImportSummary>> {
        let mut tx = self.change().await?;
        let out = store_datasets(&mut tx, actor, items, progress).await?;
        tx.commit_audited().await?;
        Ok(out)
    }

    /// The codes of the areas of one level (`BU`, `WK`, `GM`) that have any figure, by code.
    pub async fn areas_with_figures(&self, level_prefix: &str) -> StoreResult<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT area_code FROM observations WHERE substr(area_code, 1, 2) = $1 ORDER BY area_code",
        )
        .bind(level_prefix)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The imports so far, newest first, one page at a time.
    pub async fn imports(&self, page: i64, per_page: i64) -> StoreResult<super::Paged<ImportRow>> {
        let items = sqlx::query_as::<_, ImportRow>(
            "SELECT id, at, actor_label, file_name, format, source_table, areas, indicators, periods, observations, missing \
             FROM imports ORDER BY id DESC LIMIT $1 OFFSET $2",
        )
        .bind(per_page)
        .bind(super::Paged::<()>::offset(page, per_page))
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM imports").fetch_one(&self.pool).await?;
        Ok(super::Paged { items, total, page: page.max(1), per_page })
    }

    /// The boundary of an area (GeoJSON MultiPolygon in RD New metres): in the given layout year,
    /// else in the nearest layout year that has one (codes of wijken and buurten often outlive a
    /// redrawing of the map).
    pub async fn boundary(&self, code: &str, layout_year: i64) -> StoreResult<Option<(i64, String)>> {
        Ok(sqlx::query_as(
            "SELECT layout_year, geometry FROM boundaries WHERE code = $1 \
             ORDER BY ABS(layout_year - $2), layout_year DESC LIMIT 1",
        )
        .bind(code)
        .bind(layout_year)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The years for which the scan's indicators have figures, newest first.
    pub async fn scan_years(&self) -> StoreResult<Vec<i64>> {
        let periods: Vec<String> =
            sqlx::query_scalar("SELECT periods FROM indicators WHERE in_scan = 1 AND composition = 0")
                .fetch_all(&self.pool)
                .await?;
        let years: BTreeSet<i64> =
            periods.iter().flat_map(|p| p.split(',')).filter_map(|p| p.get(..4).and_then(|y| y.parse().ok())).collect();
        Ok(years.into_iter().rev().collect())
    }

    /// What the urgency scan needs: the scan's indicators (catalogue `in_scan`, one variant per
    /// indicator: the first, e.g. 18 jaar of ouder) with a figure in `year`, and every area of the
    /// level (`BU`, `WK`, `GM`; optionally of one gemeente) with its figures of that year.
    pub async fn scan_inputs(
        &self,
        level_prefix: &str,
        year: i64,
        municipality: Option<&str>,
    ) -> StoreResult<(Vec<ScanIndicator>, Vec<ScanArea>)> {
        // One connection for every read (a second one, opened while the first returns to the
        // pool, cost a national scan a millisecond).
        let mut conn = self.pool.acquire().await?;
        let year_text = format!("{year:04}");
        #[allow(clippy::type_complexity)]
        let rows: Vec<(String, String, String, String, String, String, String, String)> = sqlx::query_as(
            "SELECT source_table, key, variant, title, unit, theme, polarity, periods FROM indicators \
             WHERE in_scan = 1 AND composition = 0 ORDER BY source_table, key, variant",
        )
        .fetch_all(&mut *conn)
        .await?;
        let mut indicators: Vec<ScanIndicator> = Vec::new();
        let mut bounds: Vec<MarginSet> = Vec::new();
        for (source_table, key, variant, title, unit, theme, polarity, periods) in rows {
            if !periods.split(',').any(|p| p.starts_with(&year_text)) {
                continue;
            }
            // A bound of a published interval (`Marges=MOG0095`) is not a figure of its own: it
            // goes with the value's variant, as the margin of that figure.
            if let Some((of, bound)) = catalogue::margin_bound(&variant) {
                if !bounds.iter().any(|b| b.table == source_table && b.variant == variant) {
                    bounds.push(MarginSet { table: source_table, of, variant, bound, periods });
                }
                continue;
            }
            if indicators.iter().any(|i| i.source_table == source_table && i.key == key) {
                continue;
            }
            let (Some(theme), Some(polarity)) = (Theme::from_key(&theme), Polarity::from_key(&polarity)) else {
                continue;
            };
            let label = catalogue::label(&source_table, &key, &title, &unit);
            indicators.push(ScanIndicator { label, source_table, key, variant, theme, polarity });
        }
        let areas = self.scan_records(&mut conn, &indicators, &bounds, level_prefix, year, municipality).await?;
        Ok((indicators, areas))
    }

    /// The scan's figures of every area of a level (in one gemeente, or everywhere) in one year,
    /// read from the columns the imports wrote (`domain::columns`): per table and variant, each
    /// period of the year, the areas with a record and the wanted columns; names from `area_names`.
    async fn scan_records(
        &self,
        conn: &mut AnyConnection,
        indicators: &[ScanIndicator],
        bounds: &[MarginSet],
        level_prefix: &str,
        year: i64,
        municipality: Option<&str>,
    ) -> StoreResult<Vec<ScanArea>> {
        let in_municipality = |code: &str| match municipality {
            Some(gm) => code.get(2..6) == gm.get(2..6),
            None => true,
        };
        // Areas sorted by code after each set of columns, found again by a binary search (a map of
        // strings ordered by code spent a fifth of the national scan comparing them, a hash map
        // most of the rest building itself); named at the end.
        let mut areas: Vec<ScanArea> = Vec::new();
        let mut fresh: Vec<ScanArea> = Vec::new();
        // (area code, indicator) → (lower, upper), where a table carries margins; kept by code
        // because a later set may add areas before an earlier one's.
        let mut margin_bounds: BTreeMap<(String, usize), (Option<f64>, Option<f64>)> = BTreeMap::new();
        let groups: BTreeSet<(&str, &str)> =
            indicators.iter().map(|i| (i.source_table.as_str(), i.variant.as_str())).collect();
        let year_text = format!("{year:04}");
        for (table, variant) in groups {
            let wanted: Vec<(&str, usize)> = indicators
                .iter()
                .enumerate()
                .filter(|(_, i)| i.source_table == table && i.variant == variant)
                .map(|(n, i)| (i.key.as_str(), n))
                .collect();
            // Every period of the year with records of this table and variant (any column):
            // an area with a record counts even if it holds none of the wanted columns.
            let periods: Vec<String> =
                sqlx::query_scalar("SELECT periods FROM indicators WHERE source_table = $1 AND variant = $2")
                    .bind(table)
                    .bind(variant)
                    .fetch_all(&mut *conn)
                    .await?;
            let mut periods: Vec<&str> = periods
                .iter()
                .flat_map(|p| p.split(','))
                .filter(|p| p.starts_with(&year_text))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            // A yearly figure (`JJ00`) wins over quarters or months of the same year: it comes last.
            periods.sort_by_key(|p| p.ends_with("JJ00"));
            for period in periods {
                let set = (table, variant, period, level_prefix);
                let (codes, columns) = self.column_set(conn, set, &wanted).await?;
                for (n, code) in codes.into_iter().enumerate() {
                    if !in_municipality(&code) {
                        continue;
                    }
                    let cells = columns.iter().filter_map(|(i, column)| column[n].map(|c| (*i, c)));
                    let known = match areas.is_empty() {
                        true => None,
                        false => areas.binary_search_by(|a| a.code.as_str().cmp(&code)).ok(),
                    };
                    match known {
                        Some(at) => areas[at].cells.extend(cells),
                        None => {
                            let municipality = AreaCode::parse(&code).ok().and_then(|c| c.municipality());
                            let mut all = Cells::sized(indicators.len());
                            all.extend(cells);
                            fresh.push(ScanArea {
                                municipality: municipality.map(AreaCode::into_string),
                                name: String::new(),
                                code,
                                cells: all,
                                margins: Vec::new(),
                            });
                        }
                    }
                }
                if !fresh.is_empty() {
                    areas.append(&mut fresh);
                    if !areas.is_sorted_by(|a, b| a.code <= b.code) {
                        areas.sort_unstable_by(|a, b| a.code.cmp(&b.code));
                    }
                }
                // The bounds of this period's figures, where the table carries them.
                for b in bounds.iter().filter(|b| b.table == table && b.of == variant) {
                    if !b.periods.split(',').any(|p| p == period) {
                        continue;
                    }
                    let (codes, columns) =
                        self.column_set(conn, (table, &b.variant, period, level_prefix), &wanted).await?;
                    for (n, code) in codes.iter().enumerate() {
                        for (i, column) in &columns {
                            if let Some(Cell::Value { value, .. }) = column[n] {
                                let bounds = margin_bounds.entry((code.clone(), *i)).or_default();
                                match b.bound {
                                    catalogue::Bound::Lower => bounds.0 = Some(value),
                                    catalogue::Bound::Upper => bounds.1 = Some(value),
                                }
                            }
                        }
                    }
                }
            }
        }
        for ((code, i), bounds) in margin_bounds {
            if let ((Some(lower), Some(upper)), Ok(at)) = (bounds, areas.binary_search_by(|a| a.code.cmp(&code))) {
                areas[at].margins.push((i, lower, upper));
            }
        }
        let names = self.level_names(conn, level_prefix).await?;
        name_areas(&mut areas, &names);
        Ok(areas)
    }

    /// Every area's newest real name of one level (`BU`), packed in one text ([`columns::join_names`]):
    /// read as one value, built from `area_names` when an import changed a name of the level.
    async fn level_names(&self, conn: &mut AnyConnection, level: &str) -> StoreResult<String> {
        let names: Option<String> = sqlx::query_scalar("SELECT names FROM level_names WHERE level = $1")
            .bind(level)
            .fetch_optional(&mut *conn)
            .await?;
        if let Some(names) = names {
            return Ok(names);
        }
        let mut tx = self.pool.begin().await?;
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT code, name FROM area_names WHERE code >= $1 AND code < $2 ORDER BY code")
                .bind(level)
                .bind(format!("{level}\u{7f}"))
                .fetch_all(&mut *tx)
                .await?;
        let names = columns::join_names(rows.iter().map(|(c, n)| (c.as_str(), n.as_str())));
        sqlx::query("INSERT INTO level_names (level, names) VALUES ($1, $2) ON CONFLICT (level) DO NOTHING")
            .bind(level)
            .bind(&names)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(names)
    }

    /// One set of columns: its areas and, per wanted key (its scan index), each area's cell. A set
    /// that is missing or damaged is built from the records and stored first.
    async fn column_set(
        &self,
        conn: &mut AnyConnection,
        set: ColumnSet<'_>,
        wanted: &[(&str, usize)],
    ) -> StoreResult<(Vec<String>, Vec<(usize, Vec<Option<Cell>>)>)> {
        let (table, variant, period, level) = set;
        let codes: Option<String> = sqlx::query_scalar(
            "SELECT codes FROM column_areas WHERE source_table = $1 AND variant = $2 AND period = $3 AND level = $4",
        )
        .bind(table)
        .bind(variant)
        .bind(period)
        .bind(level)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(codes) = codes {
            let codes: Vec<String> = split_codes(&codes);
            let sql = format!(
                "SELECT key, cells FROM figure_columns WHERE source_table = $1 AND variant = $2 AND period = $3 \
                 AND level = $4 AND key IN ({})",
                (0..wanted.len()).map(|n| format!("${}", n + 5)).collect::<Vec<_>>().join(", ")
            );
            let mut q = sqlx::query_as::<_, (String, Vec<u8>)>(&sql).bind(table).bind(variant).bind(period).bind(level);
            for (key, _) in wanted {
                q = q.bind(*key);
            }
            let rows = q.fetch_all(&mut *conn).await?;
            if let Some(decoded) = wanted_columns(&rows, wanted, codes.len()) {
                return Ok((codes, decoded));
            }
            tracing::warn!(table, variant, period, level, "a stored column does not match its areas: rebuilt");
        }
        let (codes, built) = self.build_column_set(set).await?;
        let columns = wanted_columns(&built, wanted, codes.len()).unwrap_or_default();
        Ok((codes, columns))
    }

    /// Build one set of columns from the stored records and store it (in place of a damaged one).
    async fn build_column_set(&self, set: ColumnSet<'_>) -> StoreResult<(Vec<String>, Vec<(String, Vec<u8>)>)> {
        let (table, variant, period, level) = set;
        let mut tx = self.pool.begin().await?;
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT area_code, record FROM observations WHERE source_table = $1 AND variant = $2 AND period = $3 \
             AND substr(area_code, 1, 2) = $4 ORDER BY area_code",
        )
        .bind(table)
        .bind(variant)
        .bind(period)
        .bind(level)
        .fetch_all(&mut *tx)
        .await?;
        let scanned = scanned_keys(&mut tx, table, variant).await?;
        let records: Vec<(&str, Vec<(usize, Cell)>)> = rows
            .iter()
            .map(|(code, record)| {
                let cells = decode_record(record)
                    .into_iter()
                    .filter_map(|(key, cell)| scanned.iter().position(|k| *k == key).map(|slot| (slot, cell)))
                    .collect();
                (code.as_str(), cells)
            })
            .collect();
        let (codes, built) = columns::build(scanned.len(), records.iter().map(|(c, cells)| (*c, cells.as_slice())));
        let built: Vec<(String, Vec<u8>)> =
            built.into_iter().map(|(slot, cells)| (scanned[slot].clone(), cells)).collect();
        delete_columns(&mut tx, set).await?;
        write_columns(&mut tx, set, &codes, built.iter().map(|(k, cells)| (k.as_str(), cells.clone()))).await?;
        tx.commit().await?;
        Ok((split_codes(&codes), built))
    }

    /// The boundaries of many areas, each from the layout year nearest to `layout_year` that has
    /// one (the newer of two equally near): code → GeoJSON MultiPolygon in RD New metres.
    pub async fn boundaries_near(&self, codes: &[&str], layout_year: i64) -> StoreResult<HashMap<String, String>> {
        let mut best: HashMap<String, (i64, String)> = HashMap::new();
        for chunk in codes.chunks(500) {
            let list = (2..chunk.len() + 2).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
            let sql = format!(
                "SELECT code, layout_year, geometry FROM boundaries WHERE code IN ({list}) \
                 ORDER BY ABS(layout_year - $1), layout_year DESC"
            );
            let mut q = sqlx::query_as::<_, (String, i64, String)>(&sql).bind(layout_year);
            for c in chunk {
                q = q.bind(c.to_string());
            }
            for (code, year, geometry) in q.fetch_all(&self.pool).await? {
                best.entry(code).or_insert((year, geometry));
            }
        }
        Ok(best.into_iter().map(|(code, (_, g))| (code, g)).collect())
    }

    /// The names of every file imported so far.
    pub async fn imported_files(&self) -> StoreResult<std::collections::HashSet<String>> {
        let names: Vec<String> =
            sqlx::query_scalar("SELECT DISTINCT file_name FROM imports").fetch_all(&self.pool).await?;
        Ok(names.into_iter().collect())
    }

    /// Number of stored figures and missing figures of a table.
    pub async fn count_values(&self, source_table: &str) -> StoreResult<usize> {
        let records: Vec<String> = sqlx::query_scalar("SELECT record FROM observations WHERE source_table = $1")
            .bind(source_table)
            .fetch_all(&self.pool)
            .await?;
        Ok(records.iter().map(|r| decode_record(r).len()).sum())
    }

    /// One stored cell: `None` when the table has no such record or the indicator was not measured.
    pub async fn observation(
        &self,
        source_table: &str,
        key: &str,
        variant: &str,
        area: &str,
        period: &str,
    ) -> StoreResult<Option<Cell>> {
        let record: Option<String> = sqlx::query_scalar(
            "SELECT record FROM observations WHERE source_table = $1 AND variant = $2 AND area_code = $3 AND period = $4",
        )
        .bind(source_table)
        .bind(variant)
        .bind(area)
        .bind(period)
        .fetch_optional(&self.pool)
        .await?;
        Ok(record.and_then(|r| decode_record(&r).into_iter().find(|(k, _)| k == key).map(|(_, c)| c)))
    }

    /// The classification of one indicator of a table.
    pub async fn indicator_classification(
        &self,
        source_table: &str,
        key: &str,
        variant: &str,
    ) -> StoreResult<Option<Classification>> {
        let row: Option<(String, String, i64, i64)> = sqlx::query_as(
            "SELECT theme, polarity, in_scan, composition FROM indicators WHERE source_table = $1 AND key = $2 AND variant = $3",
        )
        .bind(source_table)
        .bind(key)
        .bind(variant)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(theme, polarity, in_scan, composition)| Classification {
            theme: Theme::from_key(&theme).unwrap_or(Theme::Context),
            polarity: Polarity::from_key(&polarity).unwrap_or(Polarity::Neutral),
            in_scan: in_scan != 0,
            composition: composition != 0,
        }))
    }

    /// Change how an indicator is classified (a beheerder's review). Composition stays context
    /// only: asking to score it is quietly made safe by `Classification::sanitised`.
    pub async fn classify_indicator(
        &self,
        actor: &Actor,
        source_table: &str,
        key: &str,
        variant: &str,
        wanted: Classification,
    ) -> StoreResult<Classification> {
        let before = self.indicator_classification(source_table, key, variant).await?.ok_or(StoreError::NotFound)?;
        let after = Classification { composition: before.composition || wanted.composition, ..wanted }.sanitised();
        let mut tx = self.change().await?;
        sqlx::query(
            "UPDATE indicators SET theme = $1, polarity = $2, in_scan = $3, composition = $4 \
             WHERE source_table = $5 AND key = $6 AND variant = $7",
        )
        .bind(after.theme.key())
        .bind(after.polarity.key())
        .bind(flag(after.in_scan))
        .bind(flag(after.composition))
        .bind(source_table)
        .bind(key)
        .bind(variant)
        .execute(&mut *tx)
        .await?;
        if after.in_scan && !before.in_scan {
            // The scan's columns of this table hold only what it used: built again with this one.
            for sql in [
                "DELETE FROM column_areas WHERE source_table = $1 AND variant = $2",
                "DELETE FROM figure_columns WHERE source_table = $1 AND variant = $2",
            ] {
                sqlx::query(sql).bind(source_table).bind(variant).execute(&mut *tx).await?;
            }
        }
        let show = |c: &Classification| json!({"theme": c.theme.key(), "polarity": c.polarity.key(), "in_scan": c.in_scan, "composition": c.composition});
        let change = Change::new("classify", "indicator", format!("{source_table}/{key}/{variant}"))
            .before(show(&before))
            .after(show(&after));
        tx.commit(actor, change).await?;
        Ok(after)
    }

    /// Areas of the register, by code, one page at a time.
    pub async fn areas(&self, filter: &AreaFilter, page: i64, per_page: i64) -> StoreResult<super::Paged<AreaRow>> {
        let mut conditions = Vec::new();
        let mut n = 0;
        let mut next = || {
            n += 1;
            format!("${n}")
        };
        if filter.level.is_some() {
            conditions.push(format!("level = {}", next()));
        }
        if filter.municipality.is_some() {
            conditions.push(format!("municipality_code = {}", next()));
        }
        if filter.layout_year.is_some() {
            conditions.push(format!("layout_year = {}", next()));
        }
        let filter_sql =
            if conditions.is_empty() { String::new() } else { format!(" WHERE {}", conditions.join(" AND ")) };
        let list_sql = format!(
            "SELECT code, layout_year, level, name, municipality_code, parent_code FROM areas{filter_sql} \
             ORDER BY code, layout_year DESC LIMIT {} OFFSET {}",
            next(),
            next()
        );
        let count_sql = format!("SELECT COUNT(*) FROM areas{filter_sql}");
        let mut list = sqlx::query_as::<_, AreaRow>(&list_sql);
        let mut count = sqlx::query_scalar::<_, i64>(&count_sql);
        if let Some(v) = &filter.level {
            list = list.bind(v.clone());
            count = count.bind(v.clone());
        }
        if let Some(v) = &filter.municipality {
            list = list.bind(v.clone());
            count = count.bind(v.clone());
        }
        if let Some(v) = filter.layout_year {
            list = list.bind(v);
            count = count.bind(v);
        }
        let items = list.bind(per_page).bind(super::Paged::<()>::offset(page, per_page)).fetch_all(&self.pool).await?;
        let total = count.fetch_one(&self.pool).await?;
        Ok(super::Paged { items, total, page: page.max(1), per_page })
    }

    /// One area: in the given layout year, or in the latest one that has it. Its name is the
    /// newest real name any source gave (a table that only knows codes does not hide it).
    pub async fn area(&self, code: &str, layout_year: Option<i64>) -> StoreResult<Option<AreaRow>> {
        let row =
            match layout_year {
                Some(y) => sqlx::query_as::<_, AreaRow>(&format!(
                    "SELECT code, layout_year, level, {BEST_NAME} AS name, municipality_code, parent_code FROM areas a \
                     WHERE code = $1 AND layout_year = $2"
                ))
                .bind(code)
                .bind(y)
                .fetch_optional(&self.pool)
                .await?,
                None => sqlx::query_as::<_, AreaRow>(&format!(
                    "SELECT code, layout_year, level, {BEST_NAME} AS name, municipality_code, parent_code FROM areas a \
                     WHERE code = $1 ORDER BY layout_year DESC LIMIT 1"
                ))
                .bind(code)
                .fetch_optional(&self.pool)
                .await?,
            };
        Ok(row)
    }

    /// Every figure of an area (optionally of one period, a StatLine code), by table, indicator,
    /// variant and period.
    pub async fn area_observations(&self, code: &str, period: Option<&str>) -> StoreResult<Vec<AreaObservation>> {
        let rows: Vec<ObservationRow> = match period {
            Some(p) => {
                sqlx::query_as(
                    "SELECT area_code, layout_year, source_table, variant, period, record FROM observations \
                 WHERE area_code = $1 AND period = $2 ORDER BY source_table, variant, period",
                )
                .bind(code)
                .bind(p)
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query_as(
                    "SELECT area_code, layout_year, source_table, variant, period, record FROM observations \
                     WHERE area_code = $1 ORDER BY source_table, variant, period",
                )
                .bind(code)
                .fetch_all(&self.pool)
                .await?
            }
        };
        Ok(unpack_observations(rows))
    }

    /// The newest edition (table and period) of `tables` with variant-free figures of areas of the
    /// level `prefix` (`WK`), if any.
    pub async fn newest_edition_at(&self, tables: &[&str], prefix: &str) -> StoreResult<Option<(String, String)>> {
        let list = (2..tables.len() + 2).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT source_table, period FROM observations WHERE substr(area_code, 1, 2) = $1 AND variant = '' \
             AND source_table IN ({list}) GROUP BY source_table, period ORDER BY period DESC, source_table LIMIT 1"
        );
        let mut q = sqlx::query_as::<_, (String, String)>(&sql).bind(prefix);
        for t in tables {
            q = q.bind(*t);
        }
        Ok(q.fetch_optional(&self.pool).await?)
    }

    /// The variant-free figures of every area of level `prefix` in one edition of a table.
    pub async fn level_records(
        &self,
        table: &str,
        period: &str,
        prefix: &str,
    ) -> StoreResult<Vec<(String, Vec<(String, Cell)>)>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT area_code, record FROM observations WHERE source_table = $1 AND variant = '' AND period = $2 \
             AND substr(area_code, 1, 2) = $3 ORDER BY area_code",
        )
        .bind(table)
        .bind(period)
        .bind(prefix)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(code, record)| (code, decode_record(&record))).collect())
    }

    /// Every figure of up to three areas (an area, its gemeente and the country) in one query.
    pub async fn observations_of(&self, codes: &[&str]) -> StoreResult<Vec<AreaObservation>> {
        let mut all = Vec::new();
        for chunk in codes.chunks(3) {
            let sql = format!(
                "SELECT area_code, layout_year, source_table, variant, period, record FROM observations \
                 WHERE area_code IN ({}) ORDER BY source_table, variant, period",
                (1..=chunk.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
            );
            let mut q = sqlx::query_as::<_, ObservationRow>(&sql);
            for c in chunk {
                q = q.bind(c.to_string());
            }
            all.extend(q.fetch_all(&self.pool).await?);
        }
        Ok(unpack_observations(all))
    }

    /// One indicator's figures for the areas of one level in one gemeente (`BU`, `0599`), in one
    /// period: (code, cell), for a map of that indicator.
    pub async fn indicator_values(
        &self,
        source_table: &str,
        key: &str,
        variant: &str,
        period: &str,
        level_prefix: &str,
        municipality_number: &str,
    ) -> StoreResult<Vec<(String, Cell)>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT area_code, record FROM observations WHERE source_table = $1 AND variant = $2 AND period = $3 \
             AND substr(area_code, 1, 6) = $4",
        )
        .bind(source_table)
        .bind(variant)
        .bind(period)
        .bind(format!("{level_prefix}{municipality_number}"))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(code, record)| {
                let cell = decode_record(&record).into_iter().find(|(k, _)| k == key)?.1;
                Some((code, cell))
            })
            .collect())
    }

    /// The whole indicator catalogue, by table, key and variant.
    pub async fn indicators(&self) -> StoreResult<Vec<IndicatorRow>> {
        #[allow(clippy::type_complexity)]
        let rows: Vec<(String, String, String, String, String, String, String, i64, i64, String)> = sqlx::query_as(
            "SELECT source_table, key, variant, title, unit, theme, polarity, in_scan, composition, periods FROM indicators \
             ORDER BY source_table, key, variant",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(source_table, key, variant, title, unit, theme, polarity, in_scan, composition, periods)| {
                IndicatorRow {
                    label: catalogue::label(&source_table, &key, &title, &unit),
                    source_table,
                    key,
                    variant,
                    classification: Classification {
                        theme: Theme::from_key(&theme).unwrap_or(Theme::Context),
                        polarity: Polarity::from_key(&polarity).unwrap_or(Polarity::Neutral),
                        in_scan: in_scan != 0,
                        composition: composition != 0,
                    },
                    periods: periods.split(',').filter(|p| !p.is_empty()).map(str::to_string).collect(),
                }
            })
            .collect())
    }

    /// Several areas at once (each in its latest layout, with its newest real name), in no order.
    pub async fn areas_by_code(&self, codes: &[&str]) -> StoreResult<Vec<AreaRow>> {
        if codes.is_empty() {
            return Ok(Vec::new());
        }
        let list = (1..=codes.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT code, layout_year, level, {BEST_NAME} AS name, municipality_code, parent_code FROM areas a \
             WHERE code IN ({list}) AND layout_year = (SELECT MAX(c.layout_year) FROM areas c WHERE c.code = a.code)"
        );
        let mut q = sqlx::query_as::<_, AreaRow>(&sql);
        for c in codes {
            q = q.bind(c.to_string());
        }
        Ok(q.fetch_all(&self.pool).await?)
    }

    /// Every name a gemeente had in any layout, with its code and the newest layout that names it,
    /// by name: for a gemeente typed by name and for the list of suggestions.
    pub async fn municipality_names(&self) -> StoreResult<Vec<(String, String, i64)>> {
        Ok(sqlx::query_as::<_, (String, String, i64)>(
            "SELECT code, name, MAX(layout_year) FROM areas WHERE level = 'gemeente' AND name <> code \
             GROUP BY code, name ORDER BY name, code",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// The areas directly below an area (wijken of a gemeente, buurten of a wijk, gemeenten of the
    /// country), in the latest region layout that has any, by name.
    pub async fn children(&self, code: &str) -> StoreResult<Vec<AreaRow>> {
        Ok(sqlx::query_as::<_, AreaRow>(&format!(
            "SELECT code, layout_year, level, {BEST_NAME} AS name, municipality_code, parent_code FROM areas a \
             WHERE parent_code = $1 AND layout_year = (SELECT MAX(layout_year) FROM areas WHERE parent_code = $1) \
             ORDER BY name, code"
        ))
        .bind(code)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Areas whose name contains `query` or whose code starts with it (case-insensitive), each in
    /// its latest region layout: gemeenten first, then wijken, then buurten, by name.
    pub async fn search_areas(&self, query: &str, page: i64, per_page: i64) -> StoreResult<super::Paged<AreaRow>> {
        let q = query.trim().to_lowercase();
        let escaped: String = q
            .chars()
            .flat_map(|c| match c {
                '%' | '_' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        let contains = format!("%{escaped}%");
        let starts = format!("{escaped}%");
        // Each code once, in its newest layout, found by any name it had.
        let filter = "a.layout_year = (SELECT MAX(c.layout_year) FROM areas c WHERE c.code = a.code) \
                      AND (LOWER(a.code) LIKE $2 ESCAPE '\\' OR EXISTS (SELECT 1 FROM areas d WHERE d.code = a.code \
                      AND LOWER(d.name) LIKE $1 ESCAPE '\\'))";
        let items = sqlx::query_as::<_, AreaRow>(&format!(
            "SELECT code, layout_year, level, {BEST_NAME} AS name, municipality_code, parent_code FROM areas a \
             WHERE {filter} \
             ORDER BY CASE level WHEN 'land' THEN 0 WHEN 'gemeente' THEN 1 WHEN 'wijk' THEN 2 ELSE 3 END, name, code \
             LIMIT $3 OFFSET $4"
        ))
        .bind(&contains)
        .bind(&starts)
        .bind(per_page)
        .bind(super::Paged::<()>::offset(page, per_page))
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM areas a WHERE {filter}"))
            .bind(&contains)
            .bind(&starts)
            .fetch_one(&self.pool)
            .await?;
        Ok(super::Paged { items, total, page: page.max(1), per_page })
    }

    /// The stored name and level of an area in a layout year.
    pub async fn area_name(&self, code: &str, layout_year: i64) -> StoreResult<Option<(String, String)>> {
        Ok(sqlx::query_as("SELECT name, level FROM areas WHERE code = $1 AND layout_year = $2")
            .bind(code)
            .bind(layout_year)
            .fetch_optional(&self.pool)
            .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::placeholders;

    #[test]
    fn placeholders_number_every_parameter() {
        assert_eq!(placeholders(2, 3), "($1, $2, $3), ($4, $5, $6)");
    }
}
