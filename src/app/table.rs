//! A table to download, with typed cells, written three ways: CSV as spreadsheets outside the
//! Netherlands read it (comma, decimal point), CSV as Dutch Excel reads it (semicolon, decimal
//! comma, a UTF-8 byte order mark so accents survive), and an Excel workbook with typed numbers and
//! dates, column widths, a frozen header row and the source line below the table.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};

/// One cell of a downloaded table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    /// Free or fixed text. In CSV a text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`)
    /// is made inert with a leading `'`; a workbook stores text as text, never as a formula.
    Text(String),
    Integer(i64),
    /// A number as stored; `places` fixes the decimals written (none: as few as the number needs).
    Decimal {
        value: f64,
        places: Option<usize>,
    },
    /// An amount in euro cents.
    Euro(i64),
    /// A date as `JJJJ-MM-DD`; anything else is written as the text it is.
    Date(String),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// A number, or an empty cell.
    pub fn number(v: Option<f64>) -> Cell {
        v.map_or(Cell::Empty, |value| Cell::Decimal { value, places: None })
    }

    /// A number with a fixed count of decimals, or an empty cell.
    pub fn fixed(v: Option<f64>, places: usize) -> Cell {
        v.map_or(Cell::Empty, |value| Cell::Decimal { value, places: Some(places) })
    }

    /// The cell as CSV text with a decimal point.
    fn csv(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => inert(s),
            Cell::Integer(n) => n.to_string(),
            Cell::Decimal { value, places: Some(p) } => format!("{value:.p$}"),
            Cell::Decimal { value, places: None } => crate::domain::goal::number_text(*value),
            Cell::Euro(c) => format!("{}{}.{:02}", if *c < 0 { "-" } else { "" }, c.abs() / 100, c.abs() % 100),
            Cell::Date(d) => inert(d),
        }
    }

    /// The cell as CSV text for Dutch spreadsheets: numbers with a decimal comma.
    fn csv_dutch(&self) -> String {
        match self {
            Cell::Decimal { .. } | Cell::Euro(_) => self.csv().replace('.', ","),
            _ => self.csv(),
        }
    }

    /// Characters the cell takes in a column (for the workbook's column widths).
    fn width(&self) -> usize {
        match self {
            Cell::Text(s) | Cell::Date(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            // With the thousands separators the workbook shows.
            Cell::Euro(_) => {
                let t = self.csv();
                t.len() + t.len().saturating_sub(4) / 3
            }
            _ => self.csv().len(),
        }
    }
}

/// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is quoted with `'`.
pub fn inert(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() }
}

/// How a CSV download is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvDialect {
    /// Comma and decimal point, no byte order mark.
    International,
    /// Semicolon, decimal comma and a UTF-8 byte order mark: what Excel in Dutch opens as columns.
    Dutch,
}

/// A table to download.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The worksheet's name (at most 31 characters; shortened where longer).
    pub sheet: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Where the figures come from, below the table in a workbook ("Bron: CBS / RIVM, CC BY 4.0").
    pub source: Option<String>,
}

/// Widest a column gets in a workbook, in characters.
const MAX_WIDTH: usize = 60;
/// Longest text a workbook cell holds (Excel's limit).
const MAX_CELL_CHARS: usize = 32_767;

impl Table {
    pub fn new(sheet: &str, header: &[&str]) -> Table {
        Table {
            sheet: sheet.to_string(),
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            source: None,
        }
    }

    pub fn with_source(mut self, source: impl Into<String>) -> Table {
        self.source = Some(source.into());
        self
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }

    /// The table as CSV in one of the dialects.
    pub fn to_csv(&self, dialect: CsvDialect) -> Result<Vec<u8>, csv::Error> {
        let (delimiter, bom): (u8, &[u8]) = match dialect {
            CsvDialect::International => (b',', b""),
            CsvDialect::Dutch => (b';', "\u{feff}".as_bytes()),
        };
        let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_writer(bom.to_vec());
        w.write_record(&self.header)?;
        for row in &self.rows {
            match dialect {
                CsvDialect::International => w.write_record(row.iter().map(Cell::csv))?,
                CsvDialect::Dutch => w.write_record(row.iter().map(Cell::csv_dutch))?,
            }
        }
        w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }

    /// The table as an Excel workbook of one sheet.
    pub fn to_xlsx(&self) -> Result<Vec<u8>, XlsxError> {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(&self.sheet))?;
        let bold = Format::new().set_bold();
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let euro = Format::new().set_num_format("#,##0.00");
        let italic = Format::new().set_italic();
        let fixed: Vec<Format> = (0..=6)
            .map(|p| Format::new().set_num_format(if p == 0 { "0".into() } else { format!("0.{}", "0".repeat(p)) }))
            .collect();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for (c, h) in self.header.iter().enumerate() {
            sheet.write_string_with_format(0, col(c)?, h, &bold)?;
        }
        for (r, row) in self.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (c, cell) in row.iter().enumerate() {
                if widths.len() <= c {
                    widths.resize(c + 1, 0);
                }
                widths[c] = widths[c].max(cell.width());
                let c = col(c)?;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(s) | Cell::Date(s) if s.is_empty() => {}
                    Cell::Text(s) => {
                        sheet.write_string(r, c, clip(s))?;
                    }
                    Cell::Integer(n) => {
                        sheet.write_number(r, c, *n as f64)?;
                    }
                    // The number the CSV and the page show, not more decimals than those.
                    Cell::Decimal { value, places: Some(p) } => {
                        let scale = 10f64.powi((*p).min(6) as i32);
                        sheet.write_number_with_format(r, c, (value * scale).round() / scale, &fixed[(*p).min(6)])?;
                    }
                    Cell::Decimal { value, places: None } => {
                        sheet.write_number(r, c, *value)?;
                    }
                    Cell::Euro(cents) => {
                        sheet.write_number_with_format(r, c, *cents as f64 / 100.0, &euro)?;
                    }
                    Cell::Date(d) => match ExcelDateTime::parse_from_str(d) {
                        Ok(when) if is_iso_date(d) => {
                            sheet.write_datetime_with_format(r, c, &when, &date)?;
                        }
                        _ => {
                            sheet.write_string(r, c, clip(d))?;
                        }
                    },
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            sheet.set_column_width(col(c)?, (*w).clamp(6, MAX_WIDTH) as f64 + 1.0)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        if !self.rows.is_empty() && !self.header.is_empty() {
            let last_row = u32::try_from(self.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
            sheet.autofilter(0, 0, last_row, col(self.header.len() - 1)?)?;
        }
        if let Some(source) = &self.source {
            let r = u32::try_from(self.rows.len() + 2).map_err(|_| XlsxError::RowColumnLimitError)?;
            sheet.write_string_with_format(r, 0, clip(source), &italic)?;
        }
        book.save_to_buffer()
    }
}

fn col(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

/// `JJJJ-MM-DD` and nothing else (the date parser also takes times).
fn is_iso_date(d: &str) -> bool {
    d.len() == 10 && time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).is_ok()
}

/// Text within Excel's limit for one cell (longer text is cut there; the CSV holds it whole).
fn clip(s: &str) -> &str {
    match s.char_indices().nth(MAX_CELL_CHARS - 1) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty.
fn sheet_name(name: &str) -> String {
    let clean: String =
        name.chars().filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\')).take(31).collect();
    let clean = clean.trim_matches('\'').trim().to_string();
    if clean.is_empty() { "Blad1".to_string() } else { clean }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let mut t = Table::new("Doelen", &["id", "doel", "waarde", "bedrag", "datum"]);
        t.push(vec![
            Cell::Integer(7),
            Cell::text("Minder schulden, méér rust"),
            Cell::fixed(Some(12.4996), 3),
            Cell::Euro(-123_456),
            Cell::Date("2026-03-01".into()),
        ]);
        t.push(vec![Cell::Integer(8), Cell::text("=SOM(A1)"), Cell::number(Some(0.25)), Cell::Euro(5), Cell::Empty]);
        t.with_source("Bron: CBS / RIVM, CC BY 4.0")
    }

    #[test]
    fn international_csv_has_commas_and_points() {
        let csv = String::from_utf8(sample().to_csv(CsvDialect::International).unwrap()).unwrap();
        assert_eq!(
            csv,
            "id,doel,waarde,bedrag,datum\n7,\"Minder schulden, méér rust\",12.500,-1234.56,2026-03-01\n8,'=SOM(A1),0.25,0.05,\n"
        );
    }

    #[test]
    fn dutch_csv_has_a_bom_semicolons_and_decimal_commas() {
        let bytes = sample().to_csv(CsvDialect::Dutch).unwrap();
        assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 byte order mark first");
        let csv = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert_eq!(
            csv,
            "id;doel;waarde;bedrag;datum\n7;Minder schulden, méér rust;12,500;-1234,56;2026-03-01\n8;'=SOM(A1);0,25;0,05;\n"
        );
    }

    #[test]
    fn a_workbook_holds_typed_cells_a_frozen_header_and_the_source() {
        let bytes = sample().to_xlsx().unwrap();
        let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        use calamine::{Data, Reader};
        assert_eq!(book.sheet_names(), vec!["Doelen".to_string()]);
        let range = book.worksheet_range("Doelen").unwrap();
        assert_eq!(range.get_value((0, 1)), Some(&Data::String("doel".into())));
        assert_eq!(range.get_value((1, 0)), Some(&Data::Float(7.0)));
        assert_eq!(range.get_value((1, 2)), Some(&Data::Float(12.5)));
        assert_eq!(range.get_value((1, 3)), Some(&Data::Float(-1234.56)));
        assert!(matches!(range.get_value((1, 4)), Some(Data::DateTime(_))), "a typed date");
        assert_eq!(range.get_value((2, 1)), Some(&Data::String("=SOM(A1)".into())), "text, not a formula");
        assert_eq!(range.get_value((4, 0)), Some(&Data::String("Bron: CBS / RIVM, CC BY 4.0".into())));
    }

    #[test]
    fn formulas_are_made_inert() {
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(inert("-3"), "'-3");
        assert_eq!(inert("Woonstad"), "Woonstad");
    }

    #[test]
    fn sheet_names_are_what_excel_accepts() {
        assert_eq!(sheet_name("Begroting 2026/2027: [concept]"), "Begroting 20262027 concept");
        assert_eq!(sheet_name("???"), "Blad1");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }

    #[test]
    fn a_date_that_is_not_a_date_stays_text() {
        assert!(is_iso_date("2026-12-07"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("2020JJ00"));
    }
}
