//! Where a build's time goes: with `MPYC_TIME=1`, each stage's total wall time (summed over
//! threads and functions) is printed to stderr when the build ends.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

/// The stages timed, in pipeline order.
#[derive(Clone, Copy)]
pub enum Phase {
    Parse,
    Lower,
    MidEnd,
    Isel,
    Regalloc,
    Emit,
    Object,
    Link,
}

const NAMES: [&str; 8] = ["parse", "lower", "mid-end", "isel", "regalloc", "emit", "object", "link"];
static TOTALS: [AtomicU64; 8] = [const { AtomicU64::new(0) }; 8];
static PRINTED: AtomicBool = AtomicBool::new(false);

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("MPYC_TIME").is_some_and(|v| v != "0"))
}

/// Runs `f`, adding its time to `phase` when timing is on.
pub fn time<T>(phase: Phase, f: impl FnOnce() -> T) -> T {
    if !enabled() {
        return f();
    }
    let start = Instant::now();
    let r = f();
    TOTALS[phase as usize].fetch_add(start.elapsed().as_nanos() as u64, Ordering::Relaxed);
    r
}

/// Prints the totals (once), when timing is on.
pub fn report() {
    if !enabled() || PRINTED.swap(true, Ordering::Relaxed) {
        return;
    }
    let mut line = String::from("mpyc: time:");
    for (name, total) in NAMES.iter().zip(&TOTALS) {
        line += &format!(" {name} {:.1} ms", total.load(Ordering::Relaxed) as f64 / 1e6);
    }
    eprintln!("{line}");
}
