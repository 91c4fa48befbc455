//! A meeting on paper, typeset by the report engine (Typst, PDF/UA): before the meeting the
//! invitation with its agenda, after it the minutes with the numbered decisions.

use super::pdf::s;
use crate::domain::governance::{Body, Meeting};
use crate::i18n::{Lang, Locale};
use std::fmt::Write;
use time::Date;

/// The Typst markup of a meeting's paper: the agenda while it is to come, the minutes after.
pub fn markup(body: &Body, m: &Meeting, lang: Lang, today: Date) -> String {
    let ctx = Locale::new(lang);
    let planned = m.is_planned(today);
    let title =
        ctx.t1(if planned { "meeting-pdf-agenda-title" } else { "meeting-pdf-minutes-title" }, "body", &body.name);
    let when = ctx.t1("meeting-of", "date", ctx.date(&m.held_on));
    let mut out = super::pdf::paper_start(&format!("{title}, {when}"), &title, lang, ("10.5pt", "12pt"));
    let mut place = when.clone();
    if !m.starts_at.is_empty() {
        place = format!("{place}, {}", m.starts_at);
    }
    if !m.location.is_empty() {
        place = format!("{place} · {}", m.location);
    }
    let _ = writeln!(out, "{}\n", s(&place));
    let invited: Vec<String> = body
        .seats
        .iter()
        .filter(|seat| m.invitees.contains(&seat.id))
        .map(|seat| {
            let role = if seat.position.is_empty() { String::new() } else { format!(", {}", seat.position) };
            format!("{} ({}{role})", seat.person, seat.party_name)
        })
        .collect();
    if !invited.is_empty() {
        let _ = writeln!(out, "== {}\n", s(&ctx.t("meeting-invitees")));
        for i in &invited {
            let _ = writeln!(out, "- {}", s(i));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "== {}\n", s(&ctx.t("meeting-agenda")));
    if m.agenda.is_empty() {
        let _ = writeln!(out, "{}\n", s(&ctx.t("meeting-agenda-empty")));
    }
    for p in &m.agenda {
        let presenter = if p.presenter.is_empty() {
            String::new()
        } else {
            format!(" ({})", ctx.t1("meeting-presenter", "who", &p.presenter))
        };
        let _ = writeln!(out, "+ {}{}", s(&p.title), s(&presenter));
        if !p.description.is_empty() {
            let _ = writeln!(out, "  #text(fill: rgb(\"#4b5563\"))[{}]", s(&p.description));
        }
    }
    out.push('\n');
    if !planned {
        let _ = writeln!(out, "== {}\n", s(&ctx.t("meeting-minutes")));
        if m.notes.is_empty() {
            let _ = writeln!(out, "{}\n", s(&ctx.t("meeting-minutes-empty")));
        }
        for para in m.notes.split("\n\n").filter(|p| !p.trim().is_empty()) {
            let _ = writeln!(out, "{}\n", s(para.trim()));
        }
        let _ = writeln!(out, "== {}\n", s(&ctx.t("meeting-decisions")));
        if m.decisions.is_empty() {
            let _ = writeln!(out, "{}\n", s(&ctx.t("meeting-no-decisions")));
        }
        for d in &m.decisions {
            let _ = writeln!(out, "- *{}* {}", s(&d.number), s(&d.text));
        }
    }
    let _ = writeln!(
        out,
        "\n#v(1fr)\n#text(8pt, fill: rgb(\"#4b5563\"))[{}]",
        s(&ctx.t1("meeting-pdf-made", "date", ctx.date(&crate::domain::validation::iso(today))))
    );
    out
}

/// The meeting's paper as a PDF.
pub fn render(body: &Body, m: &Meeting, lang: Lang, today: Date) -> Result<Vec<u8>, report_pdf::Error> {
    super::pdf::typeset(markup(body, m, lang, today), today)
}
