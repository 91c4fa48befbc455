//! Imported statistics: the area register, the indicator catalogue and observations. A dataset is
//! stored in one transaction: all of it or nothing. Importing the same table and period again
//! replaces its values.

use super::{Store, StoreError, StoreResult, audit, flag};
use crate::domain::audit::{Actor, Change};
use crate::domain::catalogue::{self, Classification, Polarity, Theme, classify};
use crate::domain::clock;
use crate::domain::programme::AreaCode;
use crate::domain::scan::{ScanArea, ScanIndicator};
pub use crate::domain::statistics::{AreaObservation, ImportSummary, IndicatorRow};
use crate::domain::statistics::{Cell, Dataset, RecordEncoder, decode_record, pick_cells};
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
/// Code, period, record and newest name of one area's figures for the scan.
type ScanRow = (String, String, String, Option<String>);

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
                 WHERE excluded.layout_year >= area_names.layout_year",
                placeholders(named.len(), 3)
            );
            let mut q = sqlx::query(&sql);
            for a in named {
                q = q.bind(a.code.as_str().to_string()).bind(a.name.clone()).bind(layout_year);
            }
            q.execute(&mut *conn).await?;
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
        let year_text = format!("{year:04}");
        #[allow(clippy::type_complexity)]
        let rows: Vec<(String, String, String, String, String, String, String, String)> = sqlx::query_as(
            "SELECT source_table, key, variant, title, unit, theme, polarity, periods FROM indicators \
             WHERE in_scan = 1 AND composition = 0 ORDER BY source_table, key, variant",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut indicators: Vec<ScanIndicator> = Vec::new();
        for (source_table, key, variant, title, unit, theme, polarity, periods) in rows {
            if !periods.split(',').any(|p| p.starts_with(&year_text)) {
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
        let areas = self.scan_records(&indicators, level_prefix, year, municipality).await?;
        Ok((indicators, areas.into_values().collect()))
    }

    /// The scan's figures of every area of a level (in one gemeente, or everywhere) in one year:
    /// per table and variant one query on `observations_period_idx`, with each area's newest name.
    async fn scan_records(
        &self,
        indicators: &[ScanIndicator],
        level_prefix: &str,
        year: i64,
        municipality: Option<&str>,
    ) -> StoreResult<BTreeMap<String, ScanArea>> {
        let mut areas: BTreeMap<String, ScanArea> = BTreeMap::new();
        let groups: BTreeSet<(&str, &str)> =
            indicators.iter().map(|i| (i.source_table.as_str(), i.variant.as_str())).collect();
        for (table, variant) in groups {
            let wanted: Vec<(&str, usize)> = indicators
                .iter()
                .enumerate()
                .filter(|(_, i)| i.source_table == table && i.variant == variant)
                .map(|(n, i)| (i.key.as_str(), n))
                .collect();
            let sql = |shard: &str| {
                format!(
                    "SELECT o.area_code, o.period, o.record, n.name FROM observations o \
                     LEFT JOIN area_names n ON n.code = o.area_code WHERE o.source_table = $1 AND o.variant = $2 \
                     AND o.period >= $3 AND o.period < $4 AND substr(o.area_code, 1, 2) = $5{}{shard}",
                    if municipality.is_some() { " AND substr(o.area_code, 3, 4) = $6" } else { "" }
                )
            };
            let (whole, low, high) =
                (sql(""), sql(" AND substr(o.area_code, 4, 1) < '5'"), sql(" AND substr(o.area_code, 4, 1) >= '5'"));
            let fetch = |sql| self.scan_rows(sql, table, variant, year, level_prefix, municipality);
            // The whole country is read in two halves at once, on two connections.
            let mut rows = if municipality.is_some() {
                fetch(&whole).await?
            } else {
                let (mut a, b) = tokio::try_join!(fetch(&low), fetch(&high))?;
                a.extend(b);
                a
            };
            // A yearly figure (`JJ00`) wins over quarters or months of the same year: it comes last.
            rows.sort_by(|a, b| (a.0.as_str(), a.1.ends_with("JJ00")).cmp(&(b.0.as_str(), b.1.ends_with("JJ00"))));
            for (code, _, record, name) in rows {
                let cells = pick_cells(&record, &wanted);
                match areas.get_mut(&code) {
                    Some(area) => area.cells.extend(cells),
                    None => {
                        let municipality = AreaCode::parse(&code).ok().and_then(|c| c.municipality());
                        areas.insert(
                            code.clone(),
                            ScanArea {
                                municipality: municipality.map(|m| m.as_str().to_string()),
                                name: name.unwrap_or_else(|| code.clone()),
                                code,
                                cells: cells.into_iter().collect(),
                            },
                        );
                    }
                }
            }
        }
        Ok(areas)
    }

    /// One query of `scan_records`. fetch_all: streaming row by row costs more in sqlx's SQLite
    /// worker hand-offs (measured).
    async fn scan_rows(
        &self,
        sql: &str,
        table: &str,
        variant: &str,
        year: i64,
        level_prefix: &str,
        municipality: Option<&str>,
    ) -> StoreResult<Vec<ScanRow>> {
        let mut q = sqlx::query_as::<_, ScanRow>(sql)
            .bind(table)
            .bind(variant)
            .bind(format!("{year:04}"))
            .bind(format!("{:04}", year + 1))
            .bind(level_prefix);
        if let Some(gm) = municipality {
            q = q.bind(gm.get(2..).unwrap_or("").to_string());
        }
        Ok(q.fetch_all(&self.pool).await?)
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
