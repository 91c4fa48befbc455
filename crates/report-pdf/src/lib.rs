//! Typesets a report written as Typst markup into a tagged PDF (PDF/UA-1), fully offline.
//!
//! The caller hands over one main source and any number of virtual files (SVG charts). The
//! fonts are embedded in the binary (DejaVu Sans, see `fonts/LICENSE-DejaVu.txt`): nothing is
//! read from the machine and nothing is downloaded, so the same report gives the same PDF on
//! every instance. PDF/UA-1 makes Typst refuse to export a document without a title or with an
//! image without alternative text, which keeps the reports accessible by construction.
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// The font family the report template must use.
pub const FONT_FAMILY: &str = "DejaVu Sans";

static FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../fonts/DejaVuSans-Oblique.ttf"),
    include_bytes!("../fonts/DejaVuSans-BoldOblique.ttf"),
];

struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    Shared { library: LazyHash::new(Library::default()), book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
});

/// A document to typeset: Typst markup plus the files it refers to by name (`image("chart-1.svg")`).
pub struct Document {
    pub source: String,
    pub files: Vec<(String, Vec<u8>)>,
    /// The date the document is made on (year, month, day): Typst's `datetime.today()`.
    pub today: (i32, u8, u8),
}

/// Why a document could not be typeset. The messages name the problem in the markup.
#[derive(Debug)]
pub struct Error(pub Vec<String>);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.join("; "))
    }
}

impl std::error::Error for Error {}

struct ReportWorld {
    main: FileId,
    source: Source,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
}

fn file_id(name: &str) -> Result<FileId, Error> {
    let path = VirtualPath::new(format!("/{name}")).map_err(|e| Error(vec![format!("{name}: {e:?}")]))?;
    Ok(RootedPath::new(VirtualRoot::Project, path).intern())
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main { Ok(self.source.clone()) } else { Err(FileError::NotSource) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main {
            return Ok(Bytes::from_string(self.source.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(std::path::PathBuf::from(id.get().vpath().get_without_slash())))
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn messages(diagnostics: &[SourceDiagnostic], world: &ReportWorld) -> Vec<String> {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let at = world
                .range(d.span)
                .map(|range| {
                    let line = world.source.text()[..range.start].lines().count();
                    format!(" (line {line})")
                })
                .unwrap_or_default();
            let hints = d.hints.iter().map(|h| format!(" hint: {}", h.v)).collect::<String>();
            format!("{}{at}{hints}", d.message)
        })
        .collect()
}

fn compile(document: Document) -> Result<(PagedDocument, ReportWorld), Error> {
    let main = file_id("main.typ")?;
    let source = Source::new(main, document.source);
    let mut files = HashMap::new();
    for (name, data) in document.files {
        files.insert(file_id(&name)?, Bytes::new(data));
    }
    let (y, m, d) = document.today;
    let today = Datetime::from_ymd(y, m, d).ok_or_else(|| Error(vec![format!("invalid date {y}-{m}-{d}")]))?;
    let world = ReportWorld { main, source, files, today };
    let compiled = typst::compile::<PagedDocument>(&world).output;
    match compiled {
        Ok(paged) => Ok((paged, world)),
        Err(diags) => Err(Error(messages(&diags, &world))),
    }
}

/// Each page as a PNG image, `scale` pixels per point (preview feature).
#[cfg(feature = "preview")]
pub fn render_pages(document: Document, scale: f64) -> Result<Vec<Vec<u8>>, Error> {
    let (paged, _) = compile(document)?;
    let options =
        typst_render::RenderOptions { pixel_per_pt: typst::layout::Abs::pt(scale).to_pt().into(), render_bleed: false };
    paged
        .pages()
        .iter()
        .map(|page| typst_render::render(page, &options).encode_png().map_err(|e| Error(vec![e.to_string()])))
        .collect()
}

/// Typesets the document into a tagged PDF/UA-1 file.
pub fn render(document: Document) -> Result<Vec<u8>, Error> {
    let (paged, world) = compile(document)?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| Error(vec![format!("{e:?}")]))?;
    let options = PdfOptions { standards, ..PdfOptions::default() };
    typst_pdf::pdf(&paged, &options).map_err(|diags| Error(messages(&diags, &world)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(source: &str) -> Document {
        Document { source: source.into(), files: vec![], today: (2026, 3, 12) }
    }

    #[test]
    fn typesets_a_titled_document_with_an_svg_and_embeds_the_font() {
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="5" fill="#1d4ed8"/></svg>"##;
        let source = format!(
            "#set document(title: [Voortgang 2025])\n#set text(font: \"{FONT_FAMILY}\", lang: \"nl\")\n= Voortgang\nMoeite met rondkomen: 28,6%.\n#figure(image(\"chart.svg\", alt: \"Een balk\"), caption: [Een grafiek])"
        );
        let pdf = render(Document { files: vec![("chart.svg".into(), svg.to_vec())], ..doc(&source) }).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("DejaVuSans"), "the font is embedded");
    }

    #[test]
    fn refuses_an_image_without_alternative_text_and_says_so() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>"#;
        let source = "#set document(title: [T])\n#image(\"chart.svg\")";
        let err = render(Document { files: vec![("chart.svg".into(), svg.to_vec())], ..doc(source) }).unwrap_err();
        assert!(err.to_string().to_lowercase().contains("alt"), "{err}");
    }

    #[test]
    fn reports_a_markup_error_with_its_line() {
        let err = render(doc("#set document(title: [T])\nok\n#nonsense(")).unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
    }
}
