//! Figures stored a second time per indicator column, for the urgency scan (issue 18 item 6).
//!
//! A table's figures are stored as one record per area, period and variant (every column of the
//! row in one JSON text), which is what a profile reads. The national scan wants the opposite: a
//! dozen columns of every buurt. Reading 13.5 MB of records to use 150,000 numbers cost most of its
//! time, so each import also writes, per table, variant, period and level, the list of areas that
//! have a record (`codes`) and per column one packed byte string with every area's cell in that
//! order. The scan reads a few rows of bytes instead of 14,000 records.
//!
//! A cell is packed as a tag byte and what the tag needs:
//! `0` no figure in the record · `1` a figure (8 bytes, f64 little-endian) · `2` a figure with a
//! mark (8 bytes and the mark as a 4-byte char) · `3` a missing figure with its symbol (4 bytes).

use crate::domain::statistics::Cell;

const ABSENT: u8 = 0;
const VALUE: u8 = 1;
const MARKED: u8 = 2;
const MISSING: u8 = 3;

/// Separator of the area codes of a column set (codes never hold a comma).
pub const CODE_SEPARATOR: char = ',';

/// Packs the cells of one column, one area after another.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ColumnWriter {
    bytes: Vec<u8>,
    cells: usize,
}

impl ColumnWriter {
    pub fn with_capacity(areas: usize) -> Self {
        ColumnWriter { bytes: Vec::with_capacity(areas * 9), cells: 0 }
    }

    /// The next area's cell; `None` (or "not measured") where its record has none.
    pub fn push(&mut self, cell: Option<Cell>) {
        self.cells += 1;
        match cell {
            None | Some(Cell::NotMeasured) => self.bytes.push(ABSENT),
            Some(Cell::Value { value, symbol: None }) => {
                self.bytes.push(VALUE);
                self.bytes.extend_from_slice(&value.to_le_bytes());
            }
            Some(Cell::Value { value, symbol: Some(mark) }) => {
                self.bytes.push(MARKED);
                self.bytes.extend_from_slice(&value.to_le_bytes());
                self.bytes.extend_from_slice(&u32::from(mark).to_le_bytes());
            }
            Some(Cell::Missing(symbol)) => {
                self.bytes.push(MISSING);
                self.bytes.extend_from_slice(&u32::from(symbol).to_le_bytes());
            }
        }
    }

    /// How many areas were pushed.
    pub fn len(&self) -> usize {
        self.cells
    }

    pub fn is_empty(&self) -> bool {
        self.cells == 0
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// The cells of a packed column, in the order of its areas. Stops (returns `None`) at the end or at
/// a damaged byte string; the caller compares the count with the areas it expects.
#[derive(Debug, Clone)]
pub struct ColumnReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> ColumnReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        ColumnReader { bytes, pos: 0 }
    }

    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let out = self.bytes.get(self.pos..self.pos + N)?.try_into().ok()?;
        self.pos += N;
        Some(out)
    }

    fn char(&mut self) -> Option<char> {
        char::from_u32(u32::from_le_bytes(self.take::<4>()?))
    }
}

impl Iterator for ColumnReader<'_> {
    type Item = Option<Cell>;

    fn next(&mut self) -> Option<Option<Cell>> {
        let tag = *self.bytes.get(self.pos)?;
        self.pos += 1;
        match tag {
            ABSENT => Some(None),
            VALUE => Some(Some(Cell::Value { value: f64::from_le_bytes(self.take::<8>()?), symbol: None })),
            MARKED => {
                let value = f64::from_le_bytes(self.take::<8>()?);
                Some(Some(Cell::Value { value, symbol: Some(self.char()?) }))
            }
            MISSING => Some(Some(Cell::Missing(self.char()?))),
            _ => None,
        }
    }
}

/// Decode a whole column; `None` when it does not hold exactly `areas` cells (a damaged or
/// mismatched column is rebuilt from the records, never half-read).
pub fn decode(bytes: &[u8], areas: usize) -> Option<Vec<Option<Cell>>> {
    let mut out = Vec::with_capacity(areas);
    let mut reader = ColumnReader::new(bytes);
    for cell in reader.by_ref() {
        out.push(cell);
    }
    (out.len() == areas && reader.pos == bytes.len()).then_some(out)
}

/// One area's record for [`build`]: its code and its cells by column.
pub type Row<'a> = (&'a str, &'a [(usize, Cell)]);

/// The records of one table, variant, period and level as columns: the area codes joined by
/// [`CODE_SEPARATOR`] and, per column slot (`0..slots`) that has a cell anywhere, its packed cells.
/// `records` yields each area's code and its cells by slot; a cell whose slot is `None` (a column
/// the scan does not use) is left out.
pub fn build<'a, I>(slots: usize, records: I) -> (String, Vec<(usize, Vec<u8>)>)
where
    I: IntoIterator<Item = (&'a str, &'a [(usize, Cell)])>,
    I::IntoIter: ExactSizeIterator,
{
    build_mapped(slots, records, Some)
}

/// As [`build`], with each record's own column index mapped to a slot (`None`: not stored).
pub fn build_mapped<'a, I>(
    slots: usize,
    records: I,
    slot_of: impl Fn(usize) -> Option<usize>,
) -> (String, Vec<(usize, Vec<u8>)>)
where
    I: IntoIterator<Item = (&'a str, &'a [(usize, Cell)])>,
    I::IntoIter: ExactSizeIterator,
{
    let records = records.into_iter();
    let mut writers = vec![ColumnWriter::with_capacity(records.len()); slots];
    let mut used = vec![false; slots];
    let mut codes = String::with_capacity(records.len() * 11);
    let mut row: Vec<Option<Cell>> = vec![None; slots];
    for (n, (code, cells)) in records.enumerate() {
        if n > 0 {
            codes.push(CODE_SEPARATOR);
        }
        codes.push_str(code);
        for (k, cell) in cells {
            if let Some(slot) = slot_of(*k).filter(|s| *s < slots) {
                row[slot] = Some(*cell);
                used[slot] = true;
            }
        }
        for (w, cell) in writers.iter_mut().zip(row.iter_mut()) {
            w.push(cell.take());
        }
    }
    let columns =
        writers.into_iter().enumerate().filter(|(slot, _)| used[*slot]).map(|(slot, w)| (slot, w.into_bytes()));
    (codes, columns.collect())
}

/// Codes and names packed in one text, a line each: `code` TAB `name`. Names hold neither (they
/// are trimmed at import); one that did would be cut at it, never mixed with the next area.
pub fn join_names<'a>(names: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (code, name) in names {
        out.push_str(code);
        out.push('\t');
        out.extend(name.chars().map(|c| if c == '\t' || c == '\n' { ' ' } else { c }));
        out.push('\n');
    }
    out
}

/// The codes and names of [`join_names`].
pub fn split_names(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines().filter_map(|line| line.split_once('\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_packed_a_line_each_and_read_back() {
        let text = join_names(
            [("BU05991081", "Bloemhof"), ("BU05991082", "Hillesluis\tnoord"), ("GM0518", "'s-Gravenhage")].into_iter(),
        );
        let back: Vec<(&str, &str)> = split_names(&text).collect();
        assert_eq!(back, [("BU05991081", "Bloemhof"), ("BU05991082", "Hillesluis noord"), ("GM0518", "'s-Gravenhage")]);
    }

    #[test]
    fn every_kind_of_cell_comes_back_as_it_was_packed() {
        let cells = vec![
            Some(Cell::Value { value: 12.5, symbol: None }),
            None,
            Some(Cell::Value { value: 0.0, symbol: Some('-') }),
            Some(Cell::Value { value: -3.25e-7, symbol: Some('*') }),
            Some(Cell::Missing('.')),
            Some(Cell::Missing('x')),
            Some(Cell::Value { value: 1_234_567.0, symbol: None }),
        ];
        let mut w = ColumnWriter::default();
        for c in &cells {
            w.push(*c);
        }
        assert_eq!(w.len(), 7);
        let bytes = w.into_bytes();
        assert_eq!(decode(&bytes, 7), Some(cells));
        // A column that does not hold as many cells as its areas, or is cut off, is not read.
        assert_eq!(decode(&bytes, 6), None);
        assert_eq!(decode(&bytes[..bytes.len() - 1], 7), None);
        assert_eq!(decode(&[9], 1), None);
    }

    #[test]
    fn not_measured_is_stored_as_no_figure() {
        let mut w = ColumnWriter::default();
        w.push(Some(Cell::NotMeasured));
        assert_eq!(decode(&w.into_bytes(), 1), Some(vec![None]));
    }

    #[test]
    fn records_become_aligned_columns_of_the_keys_they_hold() {
        let v = |value| Cell::Value { value, symbol: None };
        let records: Vec<(&str, Vec<(usize, Cell)>)> = vec![
            ("BU00010000", vec![(1, v(1.0)), (0, v(2.0)), (3, v(7.0))]),
            ("BU00010001", vec![(0, Cell::Missing('.'))]),
            ("BU00010002", vec![(1, v(3.0))]),
        ];
        let (codes, columns) = build(4, records.iter().map(|(c, cells)| (*c, cells.as_slice())));
        assert_eq!(codes, "BU00010000,BU00010001,BU00010002");
        let slots: Vec<usize> = columns.iter().map(|(k, _)| *k).collect();
        assert_eq!(slots, [0, 1, 3], "a column without any cell is not stored");
        assert_eq!(decode(&columns[0].1, 3), Some(vec![Some(v(2.0)), Some(Cell::Missing('.')), None]));
        assert_eq!(decode(&columns[1].1, 3), Some(vec![Some(v(1.0)), None, Some(v(3.0))]));
        // Only the columns asked for, in their own slots.
        let (_, columns) =
            build_mapped(1, records.iter().map(|(c, cells)| (*c, cells.as_slice())), |k| (k == 3).then_some(0));
        assert_eq!(columns.len(), 1);
        assert_eq!(decode(&columns[0].1, 3), Some(vec![Some(v(7.0)), None, None]));
    }
}
