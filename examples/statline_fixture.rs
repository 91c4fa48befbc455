//! The local StatLine / PDOK server of the tests, to try `wijkwijzer fetch` without internet:
//!
//! ```sh
//! cargo run --example statline_fixture            # listens on 127.0.0.1:8099
//! export WIJKWIJZER_SOURCES_CBS_V3=http://127.0.0.1:8099/cbs/v3 WIJKWIJZER_SOURCES_CBS_V4=http://127.0.0.1:8099/cbs/v4 \
//!        WIJKWIJZER_SOURCES_RIVM_V3=http://127.0.0.1:8099/rivm/v3 WIJKWIJZER_SOURCES_PDOK=http://127.0.0.1:8099/pdok
//! wijkwijzer fetch 85984NED --level wijk --municipality GM0599
//! ```
//!
//! It serves the real files of `data/` (see tests/common/statline.rs for what each response is).

#[path = "../tests/common/statline.rs"]
mod statline;

#[tokio::main]
async fn main() {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8099".into());
    let server = statline::Fixture::start_on(&addr, 10_000).await;
    let e = server.endpoints();
    println!("StatLine/PDOK fixture on {}", server.base);
    println!("export WIJKWIJZER_SOURCES_CBS_V3={}", e.cbs_v3);
    println!("export WIJKWIJZER_SOURCES_CBS_V4={}", e.cbs_v4);
    println!("export WIJKWIJZER_SOURCES_RIVM_V3={}", e.rivm_v3);
    println!("export WIJKWIJZER_SOURCES_PDOK={}", e.pdok);
    let _ = tokio::signal::ctrl_c().await;
}
