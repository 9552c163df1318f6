//! MicroPython's benchmark suite (`../shared/bench/perf_bench`) compiled by mpyc exactly as
//! MicroPython's `run-perfbench.py` assembles each program (the benchmark, then `benchrun.py`,
//! then `bm_run(100, 100)`), run on the pyboard-like QEMU board (`qemu-pyboard`: 32-bit floats,
//! 140 KiB heap), counted between the two `time.ticks_us()` calls, its result checked against
//! CPython's, and printed beside MicroPython's figures. Counts are pinned in
//! `tests/bench/perf_counts.txt`; `MPYC_BLESS=1` re-pins them and rewrites the table in
//! docs/benchmarks.md.

use crate::backend::thumb2::bench::{count_run, plugin, root, temp, write_doc_table};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const BOARD: &str = "qemu-pyboard";
/// The marker `time.ticks_us()` calls (and nothing else in the runtime).
const MARK: &str = "board_micros";

fn suite() -> PathBuf {
    root().join("../shared/bench/perf_bench")
}

/// MicroPython's figures from the suite's README: program → (bytecode, native emitter).
fn micropython_figures() -> BTreeMap<String, (u64, Option<u64>)> {
    let readme = std::fs::read_to_string(root().join("../shared/bench/README.md")).expect("../shared/bench/README.md");
    let number = |s: &str| s.split_whitespace().next().and_then(|n| n.replace(',', "").parse::<u64>().ok());
    let mut figures = BTreeMap::new();
    for line in readme.lines() {
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
        if cells.len() == 3 && suite().join(format!("{}.py", cells[0])).exists() {
            if let Some(bytecode) = number(cells[1]) {
                figures.insert(cells[0].to_string(), (bytecode, number(cells[2])));
            }
        }
    }
    figures
}

/// The program as MicroPython's harness runs it.
fn assemble(name: &str) -> String {
    let bench = std::fs::read_to_string(suite().join(format!("{name}.py"))).unwrap();
    let run = std::fs::read_to_string(suite().join("benchrun.py")).unwrap();
    format!("{bench}\n{run}\nbm_run(100, 100)\n")
}

/// What CPython prints for the assembled program (`micropython`'s decorators provided, as
/// MicroPython's own test runner does), or the suite's `.exp` file where there is one.
fn expected(name: &str, file: &Path) -> String {
    if let Ok(exp) = std::fs::read_to_string(suite().join(format!("{name}.py.exp"))) {
        return exp;
    }
    let shim = "import builtins, sys\n\
                class _M:\n    native = viper = staticmethod(lambda f: f)\n\
                builtins.micropython = _M()\n\
                sys.argv = [sys.argv[1]]\n\
                exec(compile(open(sys.argv[0]).read(), sys.argv[0], 'exec'), {'__name__': '__main__'})\n";
    let out = Command::new("python3").args(["-c", shim]).arg(file).output().expect("python3");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The part of benchrun's line that must match CPython: everything after the elapsed time.
fn result_of(output: &str) -> String {
    let last = output.lines().last().unwrap_or("");
    match last.split_once(' ') {
        Some((elapsed, rest)) if elapsed.parse::<i64>().is_ok() => rest.to_string(),
        _ => last.to_string(),
    }
}

/// How one program fared.
enum Outcome {
    /// Instructions between the two `ticks_us()` calls (the empty window subtracted).
    Counted(u64),
    /// Skipped with CPython's agreement (it prints SKIP too).
    Skipped,
    /// Does not compile, fails, or prints something else than CPython: why.
    Failed(String),
}

fn measure(name: &str, board: &crate::board::Board, empty: u64) -> Outcome {
    let dir = temp(&format!("perf-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.py"));
    std::fs::write(&file, assemble(name)).unwrap();
    let want = expected(name, &file);
    let elf = dir.join("firmware.elf");
    if let Err(e) = crate::driver::build_firmware(&file, board, &elf, Default::default()) {
        let text = format!("{e:#}").replace(&format!("{}/", dir.display()), "");
        return Outcome::Failed(format!("does not compile: {}", text.lines().next().unwrap_or("")));
    }
    let mark = marker(&elf);
    let run = count_run(board, &elf, &plugin(), mark);
    if !run.ok {
        let last = run.stdout.lines().chain(run.stderr.lines()).last().unwrap_or("").to_string();
        return Outcome::Failed(format!("fails: {last}"));
    }
    let (got, want) = (result_of(&run.stdout), result_of(&want));
    if got != want {
        return Outcome::Failed(format!("prints `{got}`, CPython `{want}`"));
    }
    if got == "SKIP" {
        return Outcome::Skipped;
    }
    assert_eq!(run.deltas.len(), 1, "{name}: one window between two ticks_us() calls");
    Outcome::Counted(run.deltas[0].saturating_sub(empty))
}

fn marker(elf: &Path) -> u64 {
    use object::{Object, ObjectSymbol};
    let bytes = std::fs::read(elf).unwrap();
    let obj = object::File::parse(&*bytes).unwrap();
    obj.symbols().find(|s| s.name() == Ok(MARK)).expect(MARK).address() & !1
}

/// The cost of the window itself: benchrun's two `ticks_us()` around a `run` that does nothing.
fn empty_window(board: &crate::board::Board) -> u64 {
    let dir = temp("perf-empty");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("empty.py");
    let run = std::fs::read_to_string(suite().join("benchrun.py")).unwrap();
    let program = format!(
        "bm_params = {{(1, 1): 0}}\n\
         def bm_setup(p):\n    return (lambda: None), (lambda: (1, None))\n{run}\nbm_run(100, 100)\n"
    );
    std::fs::write(&file, program).unwrap();
    let elf = dir.join("empty.elf");
    crate::driver::build_firmware(&file, board, &elf, Default::default()).expect("the empty benchmark compiles");
    let run = count_run(board, &elf, &plugin(), marker(&elf));
    assert!(run.ok && run.deltas.len() == 1, "the empty benchmark: {:?} {}", run.deltas, run.stderr);
    run.deltas[0]
}

fn geomean(xs: &[f64]) -> f64 {
    (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len().max(1) as f64).exp()
}

#[test]
fn perf_bench() {
    assert!(suite().is_dir(), "{} is missing: the suite is run from ../shared", suite().display());
    let board = crate::board::load(BOARD).unwrap();
    let figures = micropython_figures();
    assert!(figures.len() >= 20, "MicroPython's figures not found in the README: {figures:?}");
    let empty = empty_window(&board);
    let names: Vec<String> = figures.keys().cloned().collect();
    // Two at a time: compiling and emulating are single-threaded.
    let outcomes: Vec<(String, Outcome)> = std::thread::scope(|s| {
        let (left, right) = names.split_at(names.len() / 2);
        let board = &board;
        let run = |part: &[String]| part.iter().map(|n| (n.clone(), measure(n, board, empty))).collect::<Vec<_>>();
        let a = s.spawn(move || run(left));
        let mut all = run(right);
        all.extend(a.join().unwrap());
        all
    });
    let outcomes: BTreeMap<String, Outcome> = outcomes.into_iter().collect();

    let mut table = String::from(
        "| program | mpyc | MicroPython bytecode | MP native | vs bytecode | vs native |\n|---|---:|---:|---:|---:|---:|\n",
    );
    let mut pins = String::from(
        "# perf_bench program, mpyc instructions on qemu-pyboard (pinned: more fails the test; `-`: does not run yet)\n",
    );
    let mut ratios = Vec::new();
    for (name, outcome) in &outcomes {
        let (bytecode, native) = figures[name];
        let native_text = native.map_or("—".to_string(), |n| n.to_string());
        match outcome {
            Outcome::Counted(n) => {
                let r = bytecode as f64 / *n as f64;
                ratios.push(r);
                let vs_native = native.map_or("—".to_string(), |m| format!("{:.2}×", m as f64 / *n as f64));
                table.push_str(&format!("| {name} | {n} | {bytecode} | {native_text} | {r:.2}× | {vs_native} |\n"));
                pins.push_str(&format!("{name} {n}\n"));
            }
            Outcome::Skipped => {
                table.push_str(&format!("| {name} | skipped (as CPython) | {bytecode} | {native_text} | | |\n"));
                pins.push_str(&format!("{name} skip\n"));
            }
            Outcome::Failed(why) => {
                let why = why.replace('|', "\\|");
                table.push_str(&format!("| {name} | {why} | {bytecode} | {native_text} | | |\n"));
                pins.push_str(&format!("{name} -\n"));
            }
        }
    }
    table.push_str(&format!(
        "\n{} of {} programs run and print CPython's result; geometric mean of the ratio to MicroPython's \
         bytecode over them: **{:.2}×** (above 1: mpyc executes fewer instructions).\n",
        ratios.len(),
        outcomes.len(),
        geomean(&ratios)
    ));
    println!("{table}");
    let pinned_path = root().join("tests/bench/perf_counts.txt");
    if std::env::var_os("MPYC_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&pinned_path, pins).unwrap();
        write_doc_table("<!-- perf_bench -->", &table);
        return;
    }
    let pinned = std::fs::read_to_string(&pinned_path).expect("tests/bench/perf_counts.txt (MPYC_BLESS=1 makes it)");
    let mut problems = Vec::new();
    for line in pinned.lines().filter(|l| !l.starts_with('#')) {
        let Some((name, pin)) = line.split_once(' ') else { continue };
        let Some(outcome) = outcomes.get(name) else {
            problems.push(format!("{name}: pinned but not in the suite"));
            continue;
        };
        match (pin, outcome) {
            ("-", Outcome::Failed(_)) | ("skip", Outcome::Skipped) => {}
            ("-", _) => problems.push(format!("{name} runs now: re-pin (MPYC_BLESS=1)")),
            (_, Outcome::Failed(why)) => problems.push(format!("{name}: {why}")),
            ("skip", _) | (_, Outcome::Skipped) => problems.push(format!("{name}: skips differently than pinned")),
            (n, Outcome::Counted(got)) => {
                let n: u64 = n.parse().expect("a count");
                // Runtime paths depend on where data lands: read-only data (see the kernels'
                // pins), and the runtime's direct-mapped caches, whose slots come from the
                // addresses of types and names; a checkout elsewhere moves a few hundred in 10^6.
                if *got > n + n / 1_000 {
                    problems.push(format!("{name}: {got} instructions, pinned {n}: justify and re-pin"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "perf_bench:\n{}", problems.join("\n"));
}
