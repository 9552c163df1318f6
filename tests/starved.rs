//! The conformance programs on a starved heap: firmware for QEMU's board with a heap of a few
//! KiB, so that each program runs out of memory somewhere in its run, at a different place for
//! each size. Wherever that is, the answer must be Python's: a MemoryError raised (and
//! printed with its traceback, or caught by the program), never a runtime panic, a processor
//! fault, a hang or a wrong exception. A program that fits prints what CPython prints.
//!
//! This is the search for allocations the runtime makes infallibly (a Rust buffer sized by the
//! program's data, whose failure would be a panic): every operation of the suite, failing at
//! every point a size lands on. CI runs each program once, at a size and in a code (native or
//! bytecode) picked from its index and `MPYC_STARVED_SEED`; a long run sets
//! `MPYC_STARVED_ROUNDS` (each round a new size for every program; docs/faults.md).

use super::{collect, compare, expected, root, run, temp, text, Case, MPYC};
use std::process::Command;

/// Heap sizes tried, in KiB: from just above what the runtime takes at the start (its reserve,
/// the console) to where most of the suite fits.
const KIB: [u32; 8] = [4, 5, 6, 7, 8, 10, 12, 16];

/// Programs whose MemoryError goes where it is not seen, as CPython's would: this one sets
/// `sys.stderr` to an object of its own that keeps what is written to it.
const UNSEEN: [&str; 1] = ["tests/programs/exceptions/uncaught_to_stderr_object.py"];

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The directory of the starved boards' files (QEMU's float64 board, as the conformance
/// programs' own QEMU runs, with the heap cut), written once.
fn boards() -> Result<std::path::PathBuf, String> {
    static DIR: std::sync::OnceLock<Result<std::path::PathBuf, String>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = temp("starved-boards");
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        for k in KIB {
            let toml = format!(
                "inherits = \"qemu\"\ndescription = \"QEMU with a starved heap of {k} KiB\"\nheap_size = {}\n",
                k * 1024
            );
            std::fs::write(dir.join(format!("qemu-starved-{k}.toml")), toml).map_err(|e| e.to_string())?;
        }
        Ok(dir)
    })
    .clone()
}

/// What a starved run may end in: CPython's output (it fitted), or a MemoryError somewhere in
/// what it printed (raised to the top, or caught and printed by the program) with exit status
/// 0 or 1; anything that names a panic or a fault is a failure whatever else it printed.
fn judge(rel: &std::path::Path, code: Option<i32>, stdout: &str, stderr: &str) -> Result<(), String> {
    const FATAL: [&str; 5] = ["runtime panic", "fatal", "Fault", "Lockup", "internal error"];
    if let Some(f) = FATAL.iter().find(|f| stdout.contains(*f) || stderr.contains(*f)) {
        return Err(format!("'{f}' in the output\n--- stdout\n{stdout}--- stderr\n{stderr}"));
    }
    let want = expected(&root().join(rel))?;
    let fitted = compare(&want, code, stdout, stderr);
    if fitted.is_ok() || (stdout.contains("MemoryError") && matches!(code, Some(0 | 1))) {
        return Ok(());
    }
    Err(format!("neither CPython's output nor a MemoryError (exit {code:?})\n--- stdout\n{stdout}--- stderr\n{stderr}"))
}

pub fn cases(out: &mut Vec<Case>) {
    let seed = setting("MPYC_STARVED_SEED", 0) as usize;
    let rounds = setting("MPYC_STARVED_ROUNDS", 1) as usize;
    let mut files = Vec::new();
    collect(&root().join("tests/programs"), &mut files);
    for round in 0..rounds {
        for (i, py) in files.iter().enumerate() {
            let rel = py.strip_prefix(root()).expect("under the root").to_path_buf();
            // A program about the host's own stdin has no board run.
            if std::fs::read_to_string(py).is_ok_and(|s| s.contains("# runs on the host only"))
                || UNSEEN.iter().any(|u| rel.ends_with(u))
            {
                continue;
            }
            let pick = i.wrapping_mul(7).wrapping_add(seed).wrapping_add(round * 3);
            let kib = KIB[pick % KIB.len()];
            let code = if (i + seed + round).is_multiple_of(2) { "native" } else { "bytecode" };
            out.push(Case {
                name: format!("{} [qemu, {code}, starved heap of {kib} KiB]", rel.display()),
                check: Box::new(move || {
                    let dir = boards()?;
                    let out = run(
                        Command::new(MPYC)
                            .arg("run")
                            .arg(&rel)
                            .args(["--board", &format!("qemu-starved-{kib}"), "--code", code])
                            .env("MPYC_TARGETS", dir),
                        120,
                    )?;
                    judge(&rel, out.status.code(), &text(&out.stdout), &text(&out.stderr))
                }),
            });
        }
    }
}
