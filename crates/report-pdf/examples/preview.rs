//! Page images of a report, for looking at its layout: reads `DIR/main.typ` and the SVG files
//! beside it (as `wijkwijzer report --format typst --out DIR` writes them) and writes
//! `DIR/page-1.png`, `DIR/page-2.png`, …
#![forbid(unsafe_code)]

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).ok_or("usage: preview DIR")?);
    let source = std::fs::read_to_string(dir.join("main.typ"))?;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "svg") {
            let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
            files.push((name, std::fs::read(&path)?));
        }
    }
    let pages = report_pdf::render_pages(report_pdf::Document { source, files, today: (2026, 1, 1) }, 1.5)?;
    for (i, png) in pages.iter().enumerate() {
        std::fs::write(dir.join(format!("page-{}.png", i + 1)), png)?;
    }
    println!("{} pages written to {}", pages.len(), dir.display());
    Ok(())
}
