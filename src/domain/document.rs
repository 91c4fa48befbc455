//! Documents attached to a programme, a meeting, a decision, a measure, a goal's value (evidence) or
//! a wijkbudget proposal (issue 17 item 3). An upload is accepted only when its content is one of
//! the known kinds (read from the bytes, never from the name), its name's extension agrees with
//! that content, and it is within the size limit. The name a download carries is made safe here.

use super::number::NumberStyle;
use super::validation::FieldErrors;

/// What a document belongs to; access to the document follows this object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerKind {
    Programme,
    Meeting,
    Decision,
    Measure,
    /// A goal's value of one year (`measurements`): the evidence behind the figure.
    Measurement,
    /// A resident's wijkbudget proposal (a photo or a sketch).
    Proposal,
}

impl OwnerKind {
    pub const ALL: [OwnerKind; 6] = [
        OwnerKind::Programme,
        OwnerKind::Meeting,
        OwnerKind::Decision,
        OwnerKind::Measure,
        OwnerKind::Measurement,
        OwnerKind::Proposal,
    ];

    pub fn key(self) -> &'static str {
        match self {
            OwnerKind::Programme => "programma",
            OwnerKind::Meeting => "vergadering",
            OwnerKind::Decision => "besluit",
            OwnerKind::Measure => "maatregel",
            OwnerKind::Measurement => "waarde",
            OwnerKind::Proposal => "voorstel",
        }
    }

    pub fn from_key(key: &str) -> Option<OwnerKind> {
        OwnerKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// The kinds of file WijkWijzer keeps: PDF, office documents (Microsoft and OpenDocument) and
/// images a browser shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    Webp,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
    Doc,
    Xls,
    Ppt,
}

impl FileKind {
    pub const ALL: [FileKind; 13] = [
        FileKind::Pdf,
        FileKind::Png,
        FileKind::Jpeg,
        FileKind::Webp,
        FileKind::Docx,
        FileKind::Xlsx,
        FileKind::Pptx,
        FileKind::Odt,
        FileKind::Ods,
        FileKind::Odp,
        FileKind::Doc,
        FileKind::Xls,
        FileKind::Ppt,
    ];

    /// Read the kind from the content. The office formats are zip or OLE containers: the specific
    /// kinds are asked before anything more general.
    pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
        use infer::{archive, doc, image, odf};
        type Matcher = fn(&[u8]) -> bool;
        let checks: [(Matcher, FileKind); 13] = [
            (archive::is_pdf, FileKind::Pdf),
            (image::is_png, FileKind::Png),
            (image::is_jpeg, FileKind::Jpeg),
            (image::is_webp, FileKind::Webp),
            (doc::is_docx, FileKind::Docx),
            (doc::is_xlsx, FileKind::Xlsx),
            (doc::is_pptx, FileKind::Pptx),
            (odf::is_odt, FileKind::Odt),
            (odf::is_ods, FileKind::Ods),
            (odf::is_odp, FileKind::Odp),
            (doc::is_doc, FileKind::Doc),
            (doc::is_xls, FileKind::Xls),
            (doc::is_ppt, FileKind::Ppt),
        ];
        checks.into_iter().find(|(is, _)| is(bytes)).map(|(_, kind)| kind)
    }

    pub fn from_media_type(media: &str) -> Option<FileKind> {
        FileKind::ALL.into_iter().find(|k| k.media_type() == media)
    }

    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Webp => "image/webp",
            FileKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            FileKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileKind::Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            FileKind::Odt => "application/vnd.oasis.opendocument.text",
            FileKind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            FileKind::Odp => "application/vnd.oasis.opendocument.presentation",
            FileKind::Doc => "application/msword",
            FileKind::Xls => "application/vnd.ms-excel",
            FileKind::Ppt => "application/vnd.ms-powerpoint",
        }
    }

    /// The extensions a name of this kind may have; the first is the one a download gets.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Png => &["png"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Webp => &["webp"],
            FileKind::Docx => &["docx"],
            FileKind::Xlsx => &["xlsx"],
            FileKind::Pptx => &["pptx"],
            FileKind::Odt => &["odt"],
            FileKind::Ods => &["ods"],
            FileKind::Odp => &["odp"],
            FileKind::Doc => &["doc"],
            FileKind::Xls => &["xls"],
            FileKind::Ppt => &["ppt"],
        }
    }

    /// A name for people: "PDF", "Word-document", "afbeelding (PNG)" (the key of a message).
    pub fn label_key(self) -> &'static str {
        match self {
            FileKind::Pdf => "file-kind-pdf",
            FileKind::Png | FileKind::Jpeg | FileKind::Webp => "file-kind-image",
            FileKind::Docx | FileKind::Doc | FileKind::Odt => "file-kind-text",
            FileKind::Xlsx | FileKind::Xls | FileKind::Ods => "file-kind-sheet",
            FileKind::Pptx | FileKind::Ppt | FileKind::Odp => "file-kind-slides",
        }
    }

    /// Images are shown in the page (a proposal's photo); everything else is downloaded.
    pub fn is_image(self) -> bool {
        matches!(self, FileKind::Png | FileKind::Jpeg | FileKind::Webp)
    }
}

/// The extension of a file name, lower case ("Verslag.PDF" → "pdf").
fn extension_of(name: &str) -> Option<String> {
    let base = base_name(name);
    let (stem, ext) = base.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_lowercase())
}

/// The last part of a path a browser may send ("C:\\Users\\x\\verslag.pdf" → "verslag.pdf").
fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// A name that is safe in a download's header and on any file system: letters, digits and a few
/// signs kept (accents too), everything else a hyphen; no leading dots; at most 120 characters; the
/// extension of the kind. An empty stem becomes "document".
pub fn safe_name(name: &str, kind: FileKind) -> String {
    let base = base_name(name.trim());
    let stem = match base.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => base,
    };
    let mut out = String::new();
    for c in stem.chars() {
        let keep = c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ' | '(' | ')');
        let c = if keep && !c.is_control() { c } else { '-' };
        if !(c == '-' && out.ends_with('-')) {
            out.push(c);
        }
    }
    let stem: String = out.trim_matches(|c: char| c == '.' || c == '-' || c == ' ').chars().take(120).collect();
    let stem = if stem.is_empty() { "document".to_string() } else { stem };
    let ext = extension_of(name).filter(|e| kind.extensions().contains(&e.as_str()));
    format!("{stem}.{}", ext.as_deref().unwrap_or(kind.extensions()[0]))
}

/// An upload that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    pub kind: FileKind,
    pub file_name: String,
    pub title: String,
}

pub const TITLE_MAX: usize = 200;

/// Check an upload: present, within `max_bytes`, a known kind by content, and a name whose
/// extension agrees with the content. Errors are on the field `file` (and `title`).
pub fn check_upload(name: &str, bytes: &[u8], max_bytes: usize, title: &str) -> Result<CheckedFile, FieldErrors> {
    let mut errors = FieldErrors::new();
    let title = title.trim();
    if title.chars().count() > TITLE_MAX {
        errors.add_with("title", "error-too-long", vec![("max", TITLE_MAX.to_string())]);
    }
    if bytes.is_empty() || name.trim().is_empty() {
        errors.add("file", "error-document-missing");
        return Err(errors);
    }
    if bytes.len() > max_bytes {
        errors.add_with("file", "error-document-too-large", vec![("max", (max_bytes / (1024 * 1024)).to_string())]);
        return Err(errors);
    }
    let Some(kind) = FileKind::sniff(bytes) else {
        errors.add("file", "error-document-kind");
        return Err(errors);
    };
    match extension_of(name) {
        Some(ext) if kind.extensions().contains(&ext.as_str()) => {}
        Some(ext) => {
            errors.add_with(
                "file",
                "error-document-name-mismatch",
                vec![("extension", ext), ("kind", kind.extensions()[0].to_string())],
            );
        }
        None => {
            errors.add_with(
                "file",
                "error-document-name-mismatch",
                vec![("extension", String::new()), ("kind", kind.extensions()[0].to_string())],
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let file_name = safe_name(name, kind);
    let title = if title.is_empty() { file_name.clone() } else { title.to_string() };
    Ok(CheckedFile { kind, file_name, title })
}

/// A document as listed and downloaded (the content is read separately).
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub id: i64,
    pub programme_id: i64,
    pub owner: OwnerKind,
    pub owner_id: i64,
    pub title: String,
    pub file_name: String,
    pub kind: FileKind,
    pub size_bytes: i64,
    pub sha256: String,
    /// The account's name, or empty (a resident, or an erased account).
    pub uploaded_by: String,
    pub uploaded_at: String,
}

impl Document {
    /// The download's address: the programme, the document and its safe name.
    pub fn href(&self) -> String {
        let mut name = String::new();
        for b in self.file_name.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~()".contains(&b) {
                name.push(b as char);
            } else {
                name.push_str(&format!("%{b:02X}"));
            }
        }
        format!("/programmas/{}/documenten/{}/{name}", self.programme_id, self.id)
    }

    /// "1,2 MB", "830 kB" — the size as people read it: whole kB below 1 MB, one decimal above,
    /// with the reader's decimal mark.
    pub fn size_label(&self, style: NumberStyle) -> String {
        let kb = (self.size_bytes + 1023) / 1024;
        if kb < 1024 {
            format!("{} kB", kb.max(1))
        } else {
            let tenths = (self.size_bytes * 10 + 524_288) / 1_048_576;
            let mark = if style == NumberStyle::Dutch { ',' } else { '.' };
            format!("{}{mark}{} MB", tenths / 10, tenths % 10)
        }
    }

    pub fn kind_key(&self) -> &'static str {
        self.kind.label_key()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R'];

    #[test]
    fn the_kind_comes_from_the_content_and_the_name_must_agree() {
        let ok = check_upload("Verslag 12 maart.PDF", PDF, 1024, "").unwrap();
        assert_eq!(ok.kind, FileKind::Pdf);
        assert_eq!(ok.file_name, "Verslag 12 maart.pdf");
        assert_eq!(ok.title, "Verslag 12 maart.pdf");
        let e = check_upload("foto.pdf", PNG, 1024, "").unwrap_err();
        assert_eq!(e.get("file").map(|f| f.key), Some("error-document-name-mismatch"));
        let e = check_upload("script.pdf", b"<script>alert(1)</script>", 1024, "").unwrap_err();
        assert_eq!(e.get("file").map(|f| f.key), Some("error-document-kind"));
        let e = check_upload("geen-naam", PDF, 1024, "").unwrap_err();
        assert_eq!(e.get("file").map(|f| f.key), Some("error-document-name-mismatch"));
    }

    #[test]
    fn size_and_presence_are_checked_first() {
        let e = check_upload("a.pdf", PDF, 10, "").unwrap_err();
        assert_eq!(e.get("file").map(|f| f.key), Some("error-document-too-large"));
        let e = check_upload("", b"", 10, "").unwrap_err();
        assert_eq!(e.get("file").map(|f| f.key), Some("error-document-missing"));
        let e = check_upload("a.pdf", PDF, 1024, &"x".repeat(201)).unwrap_err();
        assert_eq!(e.get("title").map(|f| f.key), Some("error-too-long"));
    }

    #[test]
    fn names_are_made_safe_for_headers_and_disks() {
        assert_eq!(safe_name("C:\\Users\\An\\notulen.pdf", FileKind::Pdf), "notulen.pdf");
        assert_eq!(safe_name("../../etc/passwd.pdf", FileKind::Pdf), "passwd.pdf");
        assert_eq!(safe_name("a\"b;c\r\nd.pdf", FileKind::Pdf), "a-b-c-d.pdf");
        assert_eq!(safe_name(".verborgen.jpeg", FileKind::Jpeg), "verborgen.jpeg");
        assert_eq!(safe_name("...pdf", FileKind::Pdf), "document.pdf");
        assert_eq!(safe_name("Café Zuid.png", FileKind::Png), "Café Zuid.png");
        assert_eq!(safe_name("x".repeat(300).as_str(), FileKind::Pdf).len(), 124);
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        let mut d = Document {
            id: 1,
            programme_id: 1,
            owner: OwnerKind::Programme,
            owner_id: 1,
            title: String::new(),
            file_name: "a.pdf".into(),
            kind: FileKind::Pdf,
            size_bytes: 300,
            sha256: String::new(),
            uploaded_by: String::new(),
            uploaded_at: String::new(),
        };
        assert_eq!(d.size_label(NumberStyle::Dutch), "1 kB");
        d.size_bytes = 850 * 1024;
        assert_eq!(d.size_label(NumberStyle::Dutch), "850 kB");
        d.size_bytes = 1_258_291;
        assert_eq!(d.size_label(NumberStyle::Dutch), "1,2 MB");
        assert_eq!(d.size_label(NumberStyle::English), "1.2 MB");
        assert_eq!(d.href(), "/programmas/1/documenten/1/a.pdf");
        d.file_name = "Café Zuid (1).pdf".into();
        assert_eq!(d.href(), "/programmas/1/documenten/1/Caf%C3%A9%20Zuid%20(1).pdf");
    }

    #[test]
    fn owner_keys_round_trip() {
        for k in OwnerKind::ALL {
            assert_eq!(OwnerKind::from_key(k.key()), Some(k));
        }
        for k in FileKind::ALL {
            assert_eq!(FileKind::from_media_type(k.media_type()), Some(k));
        }
    }
}
