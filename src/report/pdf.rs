//! The report as a PDF, typeset natively: the report is written as Typst markup (every text from
//! the database goes in as an escaped string, never as markup), charts as SVG with presentation
//! attributes, and `report_pdf` makes a tagged PDF/UA-1 with the fonts embedded, page numbers and
//! a table of contents. No browser is involved.

use super::{GoalProgress, Report};
use crate::domain::monitoring::{HEIGHT, WIDTH};
use crate::i18n::Lang;
use crate::i18n::Locale;
use std::fmt::Write;
use time::Date;

/// A text from the database as a Typst string expression: it can never become markup.
/// The start of a short paper (a meeting's agenda or minutes, the wijkdeal): document title (plain,
/// for PDF/UA), font and page, and the one level-1 heading. `sizes`: body text and level-2 heading.
pub(crate) fn paper_start(document_title: &str, heading: &str, lang: Lang, sizes: (&str, &str)) -> String {
    let plain = document_title.replace('\\', "").replace('"', "'");
    let mut out = String::new();
    let _ = writeln!(out, "#set document(title: \"{plain}\", author: \"WijkWijzer\")");
    let _ =
        writeln!(out, "#set text(font: \"{}\", size: {}, lang: \"{}\")", report_pdf::FONT_FAMILY, sizes.0, lang.code());
    out.push_str("#set page(paper: \"a4\", margin: 2.2cm)\n#set par(leading: 0.7em)\n");
    let _ = writeln!(
        out,
        "#show heading.where(level: 1): set text(18pt)\n#show heading.where(level: 2): set text({})",
        sizes.1
    );
    let _ = writeln!(out, "= {}\n", s(heading));
    out
}

/// Typeset a short paper made on `today` (no files beside the markup).
pub(crate) fn typeset(source: String, today: Date) -> Result<Vec<u8>, report_pdf::Error> {
    report_pdf::render(report_pdf::Document {
        source,
        files: Vec::new(),
        today: (today.year(), today.month() as u8, today.day()),
    })
}

pub(crate) fn s(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    out.push_str("#\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push_str("\";");
    out
}

/// A table with a header row: `columns` as Typst column widths, `align` per column; the cells are
/// markup (texts escaped with [`s`] by the caller).
pub(crate) fn table(out: &mut String, columns: &str, align: &str, header: &[String], rows: &[Vec<String>]) {
    let _ = writeln!(out, "#table(columns: {columns}, align: {align}, stroke: 0.4pt + rgb(\"#9ca3af\"), inset: 5pt,");
    out.push_str("  table.header(");
    for h in header {
        let _ = write!(out, "[*{}*], ", s(h));
    }
    out.push_str("),\n");
    for row in rows {
        out.push_str("  ");
        for cell in row {
            let _ = write!(out, "[{cell}], ");
        }
        out.push('\n');
    }
    out.push_str(")\n\n");
}

/// A goal's chart as SVG with its styling in attributes (no stylesheet reaches a PDF).
pub fn chart_svg(gp: &GoalProgress, ctx: &Locale) -> String {
    let c = &gp.chart;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\">"
    );
    let esc = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    for (y, v) in &c.y_ticks {
        let _ = write!(
            svg,
            "<line x1=\"48\" x2=\"464\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#d1d5db\" stroke-width=\"1\"/>\
             <text x=\"44\" y=\"{:.1}\" text-anchor=\"end\" font-family=\"DejaVu Sans\" font-size=\"11\" fill=\"#374151\">{}</text>",
            y + 4.0,
            esc(&ctx.decimal(*v))
        );
    }
    for (x, yr) in &c.x_ticks {
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"212\" text-anchor=\"middle\" font-family=\"DejaVu Sans\" font-size=\"11\" fill=\"#374151\">{yr}</text>"
        );
    }
    if !c.path.is_empty() {
        let _ = write!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#6b7280\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
            c.path
        );
    }
    if c.dots.len() > 1 {
        let _ = write!(svg, "<polyline points=\"{}\" fill=\"none\" stroke=\"#1d4ed8\" stroke-width=\"2.5\"/>", c.line);
    }
    for (x, y, _, _) in &c.dots {
        let _ = write!(svg, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"#1d4ed8\"/>");
    }
    svg.push_str("</svg>");
    svg
}

/// What the chart shows, in words: its alternative text.
fn chart_alt(gp: &GoalProgress, ctx: &Locale) -> String {
    let mut parts = vec![ctx.t1("chart-title", "goal", &gp.goal.title)];
    if let Some(b) = gp.goal.baseline {
        parts.push(format!("{} {} ({})", ctx.t("field-baseline"), ctx.decimal(b), gp.goal.baseline_period));
    }
    if let (Some(t), Some(y)) = (gp.goal.target, gp.goal.target_year) {
        parts.push(format!("{} {} {}", ctx.t("field-target"), ctx.decimal(t), ctx.t1("goal-in-year", "year", y)));
    }
    let values: Vec<String> = gp.values.iter().map(|(y, v)| format!("{y}: {}", ctx.decimal(*v))).collect();
    if !values.is_empty() {
        parts.push(format!("{} {}", ctx.t("chart-values"), values.join(", ")));
    }
    parts.join("; ")
}

/// The Typst markup of the report and its chart files.
pub fn markup(r: &Report, lang: Lang, generated_on: &str) -> (String, Vec<(String, Vec<u8>)>) {
    let ctx = Locale::new(lang);
    let t = |k: &str| ctx.t(k);
    let title = r.title(lang);
    let mut files = Vec::new();
    let mut m = String::new();
    let _ =
        writeln!(m, "#set document(title: \"{}\", author: \"WijkWijzer\")", title.replace('\\', "").replace('"', "'"));
    let _ = writeln!(
        m,
        "#set text(font: \"{}\", size: 10pt, lang: \"{}\", hyphenate: true)",
        report_pdf::FONT_FAMILY,
        lang.code()
    );
    let _ = writeln!(
        m,
        "#set page(paper: \"a4\", margin: (x: 2cm, top: 2cm, bottom: 2.4cm), footer: context [#set text(8pt, fill: rgb(\"#4b5563\")); {} #h(1fr) #counter(page).display(\"1 / 1\", both: true)])",
        s(&title)
    );
    m.push_str("#set heading(numbering: \"1.1\")\n#set par(leading: 0.7em)\n#show heading: set block(above: 1.4em, below: 0.8em)\n#show table: set text(9pt)\n\n");
    // Title page and contents.
    let _ = writeln!(m, "#text(22pt, weight: \"bold\")[{}]\n", s(&title));
    let _ = writeln!(m, "{}\n", s(&ctx.t1("report-generated", "date", ctx.date(generated_on))));
    let _ = writeln!(m, "#text(12pt)[{}]\n", s(&summary_line(r, &ctx)));
    let _ = writeln!(m, "#outline(title: [{}], depth: 2)\n#pagebreak()\n", s(&t("report-toc")));

    // Summary.
    let _ = writeln!(m, "= {}\n", s(&t("report-summary")));
    for (j, n) in &r.counts {
        let _ = writeln!(m, "- {}", s(&format!("{}: {n}", t(&format!("judgement-{}", j.key())))));
    }
    let _ = writeln!(m, "- {}", s(&commitments_line(r, &ctx)));
    let _ = writeln!(m, "- {}", s(&money_line(r, &ctx)));
    let _ = writeln!(m, "- {}\n", s(&ctx.t1("report-successes-count", "count", r.successes.len())));

    // Results per theme.
    let _ = writeln!(m, "= {}\n\n{}\n", s(&t("report-results")), s(&t("report-results-intro")));
    if r.themes.is_empty() {
        let _ = writeln!(m, "{}\n", s(&t("progress-empty")));
    }
    for (theme, goals) in &r.themes {
        let _ = writeln!(m, "== {}\n", s(&t(&format!("theme-{}", theme.key()))));
        for gp in goals {
            let _ = writeln!(m, "=== {}\n", s(&gp.goal.title));
            let mut line = format!("· {}", gp.goal.indicator_name());
            if let Some(area) = gp.measured_for(&lang) {
                line.push_str(&format!(" · {}", lang.t_args("goal-measured-for", &[("area", area)])));
            }
            if let Some((yr, v)) = gp.latest() {
                line.push_str(&format!(
                    " · {}",
                    lang.t_args("progress-latest", &[("year", yr.to_string()), ("value", ctx.decimal(*v))])
                ));
            }
            if let Some(tv) = gp.goal.target {
                line.push_str(&format!(" · {} {}", t("field-target"), ctx.decimal(tv)));
                if let Some(y) = gp.goal.target_year {
                    line.push_str(&format!(" {}", ctx.t1("goal-in-year", "year", y)));
                }
            }
            let _ = writeln!(m, "*{}* {}\n", s(&t(&gp.judgement_key)), s(&line));
            if !gp.chart.dots.is_empty() || !gp.chart.path.is_empty() {
                let name = format!("chart-{}.svg", gp.goal.id);
                let alt = chart_alt(gp, &ctx).replace('\\', "").replace('"', "'");
                let legend = format!("- - - {} · ● {}", t("chart-path"), t("chart-values"));
                let _ =
                    writeln!(m, "#figure(image(\"{name}\", width: 80%, alt: \"{alt}\"), caption: [{}])\n", s(&legend));
                files.push((name, chart_svg(gp, &ctx).into_bytes()));
            }
            if !gp.rows.is_empty() {
                let rows: Vec<Vec<String>> = gp
                    .rows
                    .iter()
                    .map(|(y, v, e)| {
                        vec![y.to_string(), s(&ctx.decimal(*v)), s(&e.map(|e| ctx.decimal(e)).unwrap_or("–".into()))]
                    })
                    .collect();
                let header = [t("field-year"), t("progress-value"), t("progress-expected")];
                table(&mut m, "(auto, auto, auto)", "(left, right, right)", &header, &rows);
            }
            if let Some(story) = gp.story_of(r.year) {
                let _ = writeln!(m, "#emph[{}] {}\n", s(&ctx.t1("progress-story-of", "year", r.year)), s(story));
            }
        }
    }

    // Measures, with this year's results and the commitments.
    let _ = writeln!(m, "= {}\n\n{}\n", s(&t("report-measures")), s(&t("report-measures-intro")));
    if r.measures.is_empty() {
        let _ = writeln!(m, "{}\n", s(&t("report-no-measures")));
    } else {
        let keys = ["rba-hoeveel", "rba-hoe-goed", "rba-beter-af"];
        let rows: Vec<Vec<String>> = r
            .measures
            .iter()
            .map(|l| {
                let results: Vec<String> = l
                    .measure
                    .results_in(r.year)
                    .iter()
                    .enumerate()
                    .flat_map(|(i, list)| list.iter().map(move |x| (i, x)).collect::<Vec<_>>())
                    .map(|(i, x)| s(&format!("{} {}: {} {}", t(keys[i]), x.label, ctx.decimal(x.value), x.unit)))
                    .collect();
                vec![
                    s(&l.measure.title),
                    s(l.measure.owner.as_ref().map(|o| o.1.as_str()).unwrap_or("–")),
                    s(&t(&format!("measure-status-{}", l.measure.status.key()))),
                    if results.is_empty() { s("–") } else { results.join(" \\ ") },
                ]
            })
            .collect();
        let header =
            [t("report-measure"), t("field-owner"), t("field-status"), ctx.t1("report-results-of", "year", r.year)];
        table(&mut m, "(1.3fr, 1fr, auto, 2fr)", "left", &header, &rows);
        let _ = writeln!(m, "== {}\n\n{}\n", s(&t("commitments-title")), s(&commitments_line(r, &ctx)));
        let rows: Vec<Vec<String>> = r
            .measures
            .iter()
            .flat_map(|l| l.measure.commitments.iter().map(move |c| (l, c)))
            .map(|(l, c)| {
                vec![
                    s(&c.party),
                    s(&c.what),
                    s(&l.measure.title),
                    s(&ctx.decimal(c.promised)),
                    s(&format!("{} ({}%)", ctx.decimal(c.delivered), c.percent())),
                ]
            })
            .collect();
        let header =
            [t("field-party"), t("field-what"), t("report-measure"), t("field-promised"), t("field-delivered")];
        table(&mut m, "(1.2fr, 1.2fr, 1.2fr, 0.8fr, 0.9fr)", "(left, left, left, right, right)", &header, &rows);
    }

    // Money of the year.
    let _ = writeln!(m, "= {}\n", s(&ctx.t1("report-finance", "year", r.year)));
    if r.finance.by_source.is_empty() {
        let _ = writeln!(m, "{}\n", s(&ctx.t1("report-no-money", "year", r.year)));
    } else {
        let mut rows: Vec<Vec<String>> = r
            .finance
            .by_source
            .iter()
            .map(|x| {
                vec![
                    s(&t(&format!("source-{}", x.label))),
                    s(&ctx.euros(x.planned_cents)),
                    s(&ctx.euros(x.spent_cents)),
                ]
            })
            .collect();
        rows.push(vec![
            format!("*{}*", s(&t("finance-total"))),
            format!("*{}*", s(&ctx.euros(r.finance.total.planned_cents))),
            format!("*{}*", s(&ctx.euros(r.finance.total.spent_cents))),
        ]);
        let header = [t("field-funding-source"), t("finance-planned"), t("finance-spent")];
        table(&mut m, "(1fr, auto, auto)", "(left, right, right)", &header, &rows);
    }

    // Preconditions.
    let _ = writeln!(m, "= {}\n", s(&t("report-preconditions")));
    match &r.round {
        None => {
            let _ = writeln!(m, "{}\n", s(&t("report-no-round")));
        }
        Some((round, outcomes)) => {
            let _ = writeln!(
                m,
                "{}\n",
                s(&format!(
                    "{} · {}",
                    ctx.t1("precondition-results-of", "name", &round.name),
                    ctx.t1("precondition-opened", "date", ctx.date(&round.opened_on))
                ))
            );
            let rows: Vec<Vec<String>> = outcomes
                .iter()
                .map(|o| {
                    let mut name = t(&format!("precondition-{}", o.precondition.key()));
                    if o.is_weak() {
                        name.push_str(&format!(" ({})", t("precondition-weak")));
                    }
                    vec![
                        s(&name),
                        s(&o.median.map(|x| ctx.decimal(x)).unwrap_or("–".into())),
                        s(&o.range.map(|(a, b)| format!("{a}–{b}")).unwrap_or("–".into())),
                        s(&o.count.to_string()),
                    ]
                })
                .collect();
            let header =
                [t("precondition-column"), t("precondition-median"), t("precondition-range"), t("precondition-count")];
            table(&mut m, "(1fr, auto, auto, auto)", "(left, right, right, right)", &header, &rows);
        }
    }

    // Revisions of the year.
    let _ = writeln!(m, "= {}\n", s(&ctx.t1("report-revisions", "year", r.year)));
    if r.revisions.is_empty() {
        let _ = writeln!(m, "{}\n", s(&ctx.t1("report-no-revisions", "year", r.year)));
    }
    for rv in &r.revisions {
        let subject = t(&format!("revision-subject-{}", rv.subject.key()));
        let head = if rv.subject_title.is_empty() { subject } else { format!("{subject}: {}", rv.subject_title) };
        let _ = writeln!(m, "*{}*\n", s(&head));
        for c in &rv.changes {
            let _ = writeln!(m, "- {}", s(&ctx.change(c)));
        }
        let mut why = format!("{}: {} · {}", t("revision-reason"), rv.reason, ctx.when(&rv.at));
        if !rv.decision.is_empty() {
            why.push_str(&format!(" · {}", ctx.t1("revision-by-decision", "decision", &rv.decision)));
        }
        let _ = writeln!(m, "\n{}\n", s(&why));
    }

    // Successes.
    let _ = writeln!(m, "= {}\n", s(&ctx.t1("report-successes", "year", r.year)));
    if r.successes.is_empty() {
        let _ = writeln!(m, "{}\n", s(&ctx.t1("report-no-successes", "year", r.year)));
    }
    for x in &r.successes {
        let what = format!("{}, {}", t(&format!("success-kind-{}", x.kind.key())), ctx.date(&x.happened_on));
        if x.description.is_empty() {
            let _ = writeln!(m, "- *{}* {}", s(&x.title), s(&format!("· {what}")));
        } else {
            let _ = writeln!(
                m,
                "- *{}* {} \\
  {}",
                s(&x.title),
                s(&format!("· {what}")),
                s(&x.description)
            );
        }
    }
    m.push('\n');

    // Sources.
    let _ = writeln!(m, "= {}\n\n{}\n", s(&t("report-sources")), s(&t("report-sources-intro")));
    for x in &r.sources {
        let _ = writeln!(m, "- {}", s(x));
    }
    let _ = writeln!(m, "\n#text(fill: rgb(\"#4b5563\"))[{}]", s(&t("report-made-by")));
    (m, files)
}

fn summary_line(r: &Report, ctx: &Locale) -> String {
    ctx.lang.t_args("progress-summary", &[("on_track", r.on_track.to_string()), ("total", r.total_goals.to_string())])
}

fn commitments_line(r: &Report, ctx: &Locale) -> String {
    ctx.lang.t_args(
        "report-commitments-met",
        &[("met", r.commitments_met.to_string()), ("total", r.commitments_total.to_string())],
    )
}

fn money_line(r: &Report, ctx: &Locale) -> String {
    ctx.lang.t_args(
        "report-money",
        &[
            ("planned", ctx.euros(r.finance.total.planned_cents)),
            ("spent", ctx.euros(r.finance.total.spent_cents)),
            ("year", r.year.to_string()),
        ],
    )
}

/// The report as a PDF.
pub fn render(r: &Report, lang: Lang, today: Date) -> Result<Vec<u8>, report_pdf::Error> {
    let generated_on = crate::domain::validation::iso(today);
    let (source, files) = markup(r, lang, &generated_on);
    report_pdf::render(report_pdf::Document { source, files, today: (today.year(), today.month() as u8, today.day()) })
}

#[cfg(test)]
mod tests {
    use super::s;

    #[test]
    fn database_text_cannot_become_markup() {
        assert_eq!(s("#set page(\"x\") \\ = kop"), "#\"#set page(\\\"x\\\") \\\\ = kop\";");
        assert_eq!(s("regel\r\nvolgende"), "#\"regel\\nvolgende\";");
    }
}
