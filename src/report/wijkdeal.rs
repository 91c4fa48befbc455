//! The wijkdeal on paper, typeset by the report engine (Typst, PDF/UA): the vision, the goals with
//! their targets, what each party owns, promises and pays, and who signed for it on which date.

use super::pdf::s;
use crate::domain::publication::Signature;
use crate::i18n::{Lang, Locale};
use std::fmt::Write;
use time::Date;

/// What the paper says, gathered by the page that shows the same.
pub struct Paper {
    pub programme: String,
    /// "Rotterdam, 2026–2030".
    pub intro: String,
    pub vision: Vec<String>,
    /// "Vastgesteld door … op …", or empty.
    pub vision_agreed: String,
    /// (theme, goals as "title: baseline → target (year)").
    pub goals: Vec<(String, Vec<String>)>,
    /// (party, measures it owns, commitments, contribution as text).
    pub parties: Vec<(String, Vec<String>, Vec<String>, String)>,
    pub total: String,
    pub signatures: Vec<Signature>,
}

pub fn markup(p: &Paper, lang: Lang, today: Date) -> String {
    let ctx = Locale::new(lang);
    let title = ctx.t1("wijkdeal-heading", "name", &p.programme);
    let mut out = super::pdf::paper_start(&title, &title, lang, ("10pt", "13pt"));
    let _ = writeln!(out, "{}\n", s(&p.intro));
    let _ = writeln!(out, "== {}\n", s(&ctx.t("vision-title")));
    if p.vision.is_empty() {
        let _ = writeln!(out, "{}\n", s(&ctx.t("vision-empty")));
    }
    for para in &p.vision {
        let _ = writeln!(out, "{}\n", s(para));
    }
    if !p.vision_agreed.is_empty() {
        let _ = writeln!(out, "#text(fill: rgb(\"#4b5563\"))[{}]\n", s(&p.vision_agreed));
    }
    let _ = writeln!(out, "== {}\n", s(&ctx.t("goals-title")));
    for (theme, goals) in &p.goals {
        let _ = writeln!(out, "=== {}\n", s(theme));
        for g in goals {
            let _ = writeln!(out, "- {}", s(g));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "== {}\n", s(&ctx.t("wijkdeal-parties")));
    let _ = writeln!(out, "{}\n", s(&p.total));
    for (name, owned, commitments, contribution) in &p.parties {
        let _ = writeln!(out, "=== {}\n", s(name));
        let _ = writeln!(
            out,
            "*{}* {}\n",
            s(&ctx.t("wijkdeal-owns")),
            s(&if owned.is_empty() { "–".into() } else { owned.join("; ") })
        );
        let _ = writeln!(
            out,
            "*{}* {}\n",
            s(&ctx.t("commitments-title")),
            s(&if commitments.is_empty() { "–".into() } else { commitments.join("; ") })
        );
        let _ = writeln!(out, "*{}* {}\n", s(&ctx.t("wijkdeal-contribution")), s(contribution));
    }
    let _ = writeln!(out, "== {}\n", s(&ctx.t("wijkdeal-signatures")));
    if p.signatures.is_empty() {
        let _ = writeln!(out, "{}\n", s(&ctx.t("wijkdeal-no-signatures")));
    } else {
        out.push_str("#table(columns: (auto, auto, auto), stroke: 0.5pt + rgb(\"#9ca3af\"), inset: 6pt,\n");
        let _ = writeln!(
            out,
            "  table.header([*{}*], [*{}*], [*{}*]),",
            s(&ctx.t("field-party")),
            s(&ctx.t("wijkdeal-signed-by")),
            s(&ctx.t("wijkdeal-signed-on"))
        );
        for sig in &p.signatures {
            let who = if sig.role.is_empty() { sig.person.clone() } else { format!("{}, {}", sig.person, sig.role) };
            let _ = writeln!(out, "  [{}], [{}], [{}],", s(&sig.party_name), s(&who), s(&ctx.date(&sig.signed_on)));
        }
        out.push_str(")\n");
    }
    let made = ctx.t1("wijkdeal-pdf-made", "date", ctx.date(&crate::domain::validation::iso(today)));
    let _ = writeln!(out, "\n#v(1fr)\n#text(8pt, fill: rgb(\"#4b5563\"))[{}]", s(&made));
    out
}

pub fn render(p: &Paper, lang: Lang, today: Date) -> Result<Vec<u8>, report_pdf::Error> {
    super::pdf::typeset(markup(p, lang, today), today)
}
