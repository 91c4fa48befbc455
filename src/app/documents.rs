//! The optional virus-scan hook for uploads (`document_scan_command`): the upload is written to a
//! private temporary file whose path is the command's last argument; exit 0 means clean.

use std::process::Stdio;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanVerdict {
    Clean,
    /// The scanner refused the file (exit status other than 0).
    Refused,
    /// The scanner could not be run; the upload is refused as well (fail closed).
    Failed(String),
}

/// Run `command` (through `sh -c`, so it may carry its own options) on the bytes.
pub async fn scan(command: &str, bytes: &[u8]) -> ScanVerdict {
    let dir = std::env::temp_dir().join(format!("wijkwijzer-scan-{}", std::process::id()));
    if let Err(e) = tokio::fs::create_dir_all(&dir).await {
        return ScanVerdict::Failed(e.to_string());
    }
    let path = dir.join(format!("upload-{}", crate::store::sha256_of(bytes)));
    if let Err(e) = tokio::fs::write(&path, bytes).await {
        return ScanVerdict::Failed(e.to_string());
    }
    let status = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{command} \"$1\""))
        .arg("sh")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .await;
    let _ = tokio::fs::remove_file(&path).await;
    match status {
        Ok(s) if s.success() => ScanVerdict::Clean,
        Ok(_) => ScanVerdict::Refused,
        Err(e) => ScanVerdict::Failed(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_scanner_decides_by_its_exit_status() {
        let finds_eicar = "! grep -q EICAR";
        assert_eq!(scan(finds_eicar, b"%PDF-1.4 harmless").await, ScanVerdict::Clean);
        assert_eq!(scan(finds_eicar, b"%PDF-1.4 EICAR-STANDARD-ANTIVIRUS-TEST-FILE").await, ScanVerdict::Refused);
        assert_eq!(scan("/nonexistent/scanner", b"x").await, ScanVerdict::Refused);
    }
}
