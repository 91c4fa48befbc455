//! A page on paper: the dossier *Stand van de wijk*, the scan of a gemeente, the coalition and the
//! agenda as one plain structure (headings, paragraphs, lists, tables, quotes) that the report
//! engine typesets (Typst, PDF/UA) and the web renders as the HTML of a publication — so the PDF
//! and the snapshot say the same.

use super::pdf::s;
use crate::i18n::{Lang, Locale};
use std::fmt::Write;
use time::Date;

/// One part of a paper.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading (level 2) or a sub-heading (level 3).
    Heading(u8, String),
    Para(String),
    /// A quieter line: a date, who agreed, a method note.
    Note(String),
    List(Vec<String>),
    /// A table with a header row; the first column names the row.
    Table {
        caption: String,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// A story in someone's words, with who told it.
    Quote {
        text: String,
        by: String,
    },
}

/// A whole paper: its title (the one level-1 heading), a lead line, the blocks and the source
/// line printed below (empty when it has none).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Paper {
    pub title: String,
    pub lead: String,
    pub blocks: Vec<Block>,
    pub source: String,
}

impl Paper {
    pub fn new(title: String, lead: String) -> Paper {
        Paper { title, lead, ..Paper::default() }
    }

    pub fn h2(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Heading(2, text.into()));
    }

    pub fn h3(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Heading(3, text.into()));
    }

    pub fn para(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.blocks.push(Block::Para(text));
        }
    }

    pub fn note(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.blocks.push(Block::Note(text));
        }
    }

    pub fn list(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }

    pub fn table(&mut self, caption: impl Into<String>, header: Vec<String>, rows: Vec<Vec<String>>) {
        self.blocks.push(Block::Table { caption: caption.into(), header, rows });
    }

    pub fn quote(&mut self, text: impl Into<String>, by: impl Into<String>) {
        self.blocks.push(Block::Quote { text: text.into(), by: by.into() });
    }
}

/// The paper as Typst markup; every text goes in as an escaped string, never as markup.
pub fn markup(p: &Paper, lang: Lang, today: Date) -> String {
    let ctx = Locale::new(lang);
    let mut out = super::pdf::paper_start(&p.title, &p.title, lang, ("10pt", "13pt"));
    out.push_str("#show heading.where(level: 3): set text(11pt)\n");
    if !p.lead.is_empty() {
        let _ = writeln!(out, "#text(11pt)[{}]\n", s(&p.lead));
    }
    for block in &p.blocks {
        match block {
            Block::Heading(level, text) => {
                let _ = writeln!(out, "{} {}\n", "=".repeat(usize::from((*level).clamp(2, 4))), s(text));
            }
            Block::Para(text) => {
                let _ = writeln!(out, "{}\n", s(text));
            }
            Block::Note(text) => {
                let _ = writeln!(out, "#text(fill: rgb(\"#4b5563\"))[{}]\n", s(text));
            }
            Block::List(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", s(item));
                }
                out.push('\n');
            }
            Block::Table { header, rows, .. } => {
                let n = header.len().max(1);
                // Every cell an escaped string; a short row filled up to the header's width.
                let cells: Vec<Vec<String>> = rows
                    .iter()
                    .map(|row| (0..n).map(|i| s(row.get(i).map(String::as_str).unwrap_or(""))).collect())
                    .collect();
                super::pdf::table(&mut out, &column_widths(header, rows), "left", header, &cells);
            }
            Block::Quote { text, by } => {
                let _ = writeln!(out, "#quote(block: true, attribution: [{}])[{}]\n", s(by), s(text));
            }
        }
    }
    if !p.source.is_empty() {
        let _ = writeln!(out, "#text(8pt, fill: rgb(\"#4b5563\"))[{}]\n", s(&p.source));
    }
    let made = ctx.t1("paper-made", "date", ctx.date(&crate::domain::validation::iso(today)));
    let _ = writeln!(out, "#v(1fr)\n#text(8pt, fill: rgb(\"#4b5563\"))[{}]", s(&made));
    out
}

/// Column widths as fractions that follow what the columns hold: the mean length of their texts
/// (header included), between 3 and 40 characters, and never narrower than their longest word (a
/// header like "Score" is not broken) — a column of sentences gets the room, a column of ranks
/// does not.
fn column_widths(header: &[String], rows: &[Vec<String>]) -> String {
    let n = header.len().max(1);
    let widths: Vec<String> = (0..n)
        .map(|i| {
            let texts: Vec<&String> =
                std::iter::once(header.get(i)).chain(rows.iter().map(|r| r.get(i))).flatten().collect();
            let sum: usize = texts.iter().map(|t| t.chars().count()).sum();
            let mean = (sum / texts.len().max(1)).clamp(3, 40);
            let word = texts.iter().flat_map(|t| t.split_whitespace()).map(|w| w.chars().count() + 2).max();
            format!("{}fr", mean.max(word.unwrap_or(0).min(40)))
        })
        .collect();
    format!("({},)", widths.join(", "))
}

pub fn render(p: &Paper, lang: Lang, today: Date) -> Result<Vec<u8>, report_pdf::Error> {
    super::pdf::typeset(markup(p, lang, today), today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn sample() -> Paper {
        let mut p = Paper::new("Stand van de wijk: Noord".into(), "Rotterdam · 2026–2030".into());
        p.h2("Aanleiding");
        p.para("Een = kop en #set page() blijven tekst");
        p.table("Scan", vec!["Naam".into(), "Rang".into(), "Redenen".into()], vec![vec!["Noord".into(), "3".into()]]);
        p.quote("Het is hier onveilig", "Bewoner, 2025");
        p.list(Vec::new());
        p.note(" ");
        p.source = "Bron: CBS / RIVM, CC BY 4.0".into();
        p
    }

    #[test]
    fn text_stays_text_and_short_rows_are_filled() {
        let m = markup(&sample(), Lang::Nl, date!(2026 - 12 - 08));
        assert!(m.contains("#\"Een = kop en #set page() blijven tekst\";"));
        // Naam (4 and 5 characters, the longest word 5), Rang (4 and 1; the word 4), Redenen (7,
        // the row has none): by what they hold, never narrower than a word and two spaces (bold headers).
        assert!(m.contains("columns: (7fr, 6fr, 9fr,)"), "{m}");
        assert!(m.contains("[#\"Noord\";], [#\"3\";], [#\"\";],"), "{m}");
        assert!(m.contains("Gemaakt met WijkWijzer op 08-12-2026."), "{m}");
        // Empty lists and blank notes leave nothing behind.
        assert_eq!(sample().blocks.len(), 4);
    }

    #[test]
    fn a_paper_becomes_a_tagged_pdf() {
        let pdf = render(&sample(), Lang::En, date!(2026 - 12 - 08)).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
    }
}
