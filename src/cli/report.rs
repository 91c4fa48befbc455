//! `wijkwijzer report`: a programme's yearly progress report as PDF or HTML, written to a file.

use super::{DbArgs, cli_lang, fail, msg, open_store};
use crate::config::Flags;
use crate::domain::clock;
use crate::store::StoreError;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The programme's number (as in /programmas/NUMBER).
    #[arg(long)]
    pub programme: i64,
    /// The year the report is about, e.g. 2025.
    #[arg(long)]
    pub year: i64,
    /// pdf, html, or typst (a folder with the Typst source and the charts, to adjust the layout).
    #[arg(long, default_value = "pdf")]
    pub format: String,
    /// The file to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Language of the report: nl or en (default: the command line's language).
    #[arg(long)]
    pub lang: Option<String>,
}

pub async fn run(cfg: Option<&Path>, args: ReportArgs) -> anyhow::Result<()> {
    if !["pdf", "html", "typst"].contains(&args.format.as_str()) {
        return Err(fail("cli-error-report-format", &[("value", args.format.clone())]));
    }
    if !(1990..=2100).contains(&args.year) {
        return Err(fail("cli-error-report-year", &[("value", args.year.to_string())]));
    }
    let lang = match &args.lang {
        Some(code) => crate::i18n::Lang::from_code(code)
            .ok_or_else(|| fail("cli-error-report-lang", &[("value", code.clone())]))?,
        None => cli_lang(),
    };
    let (_, store) =
        open_store(cfg, Flags { database_url: args.db.database, data_dir: args.db.data_dir, bind: None }).await?;
    let programme = match store.programme(args.programme).await {
        Ok(p) => p,
        Err(StoreError::NotFound) => {
            return Err(fail("cli-error-report-programme", &[("id", args.programme.to_string())]));
        }
        Err(e) => return Err(e.into()),
    };
    let report = crate::report::build(&store, programme, args.year).await?;
    store.close().await;
    let today = clock::now().date();
    if args.format == "typst" {
        let (source, files) = crate::report::pdf::markup(&report, lang, &crate::domain::validation::iso(today));
        let write = |name: &str, data: &[u8]| {
            std::fs::write(args.out.join(name), data).map_err(|e| {
                fail("cli-error-report-write", &[("path", args.out.display().to_string()), ("detail", e.to_string())])
            })
        };
        std::fs::create_dir_all(&args.out).map_err(|e| {
            fail("cli-error-report-write", &[("path", args.out.display().to_string()), ("detail", e.to_string())])
        })?;
        write("main.typ", source.as_bytes())?;
        for (name, data) in &files {
            write(name, data)?;
        }
        println!(
            "{}",
            msg(
                "cli-report-written",
                &[("path", args.out.display().to_string()), ("size", (source.len() / 1024).max(1).to_string())]
            )
        );
        return Ok(());
    }
    let bytes = match args.format.as_str() {
        "pdf" => crate::report::pdf::render(&report, lang, today)
            .map_err(|e| fail("cli-error-report-pdf", &[("detail", e.to_string())]))?,
        _ => crate::report::html::standalone(&report, lang, &crate::domain::validation::iso(today))?.into_bytes(),
    };
    std::fs::write(&args.out, &bytes).map_err(|e| {
        fail("cli-error-report-write", &[("path", args.out.display().to_string()), ("detail", e.to_string())])
    })?;
    println!(
        "{}",
        msg(
            "cli-report-written",
            &[("path", args.out.display().to_string()), ("size", (bytes.len() / 1024).max(1).to_string())]
        )
    );
    Ok(())
}
