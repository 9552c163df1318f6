//! The backend benchmark: the kernels of `tests/bench/kernels.clif` compiled by us, and of
//! `tests/bench/kernels.c` by `arm-none-eabi-gcc -O2`, linked with the same runtime and run
//! in QEMU under `-icount` with an instruction-counting plugin (`tests/bench/icount.c`).
//! Counts are exact and repeatable; ours must not exceed the numbers pinned in
//! `tests/bench/counts.txt`. `MPYC_BLESS=1` re-pins them and rewrites docs/benchmarks.md.

use object::{Object, ObjectSymbol};
use std::path::{Path, PathBuf};
use std::process::Command;

const KERNELS: [&str; 7] = ["k_fib", "k_sumsq", "k_collatz", "k_gcd", "k_sieve", "k_mandel", "k_bubble"];

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub(crate) fn temp(name: &str) -> PathBuf {
    // Of a fixed length: the program's path is in the firmware, and where its data lands moves
    // the counts a little (see the pins' tolerance).
    let dir = std::env::temp_dir().join(format!("mpyc-bench-{:010}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn must(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    out
}

fn our_object() -> Vec<u8> {
    let text = std::fs::read_to_string(root().join("tests/bench/kernels.clif")).unwrap();
    let program = crate::frontend::clif::program(&text).expect("kernels.clif reads");
    super::compile(program).expect("the kernels compile")
}

fn gcc_object() -> Vec<u8> {
    let o = temp("kernels-gcc.o");
    must(
        Command::new("arm-none-eabi-gcc")
            .args(["-O2", "-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16", "-ffunction-sections"])
            .args(["-fno-common", "-ffp-contract=off", "-c"])
            .arg(root().join("tests/bench/kernels.c"))
            .arg("-o")
            .arg(&o),
    );
    std::fs::read(o).unwrap()
}

/// Runs `elf` in the board's emulator under `-icount` with the counting plugin marking
/// `mark`: the instruction counts between successive marks, and what the program printed.
fn count(board: &crate::board::Board, elf: &Path, plugin: &Path, mark: u64) -> (Vec<u64>, String) {
    let run = count_run(board, elf, plugin, mark);
    assert!(run.ok, "{} failed:\n{}", elf.display(), run.stderr);
    (run.deltas, run.stdout)
}

/// One counted run of a firmware in its emulator.
pub(crate) struct CountedRun {
    /// Instructions between successive executions of the marker.
    pub deltas: Vec<u64>,
    pub stdout: String,
    /// What QEMU printed besides the counts (the program's traceback on semihosting).
    pub stderr: String,
    /// Whether the program exited with status 0.
    pub ok: bool,
}

/// Runs `elf` in the board's emulator under `-icount` with the counting plugin marking `mark`.
pub(crate) fn count_run(board: &crate::board::Board, elf: &Path, plugin: &Path, mark: u64) -> CountedRun {
    let mut args = board.emulator.as_ref().expect("an emulated board").command_for(elf);
    args.extend(["-icount".into(), "shift=0,sleep=off".into()]);
    args.extend(["-plugin".into(), format!("{},mark={mark:#x}", plugin.display()), "-d".into(), "plugin".into()]);
    let out = Command::new(&args[0]).args(&args[1..]).output().unwrap_or_else(|e| panic!("cannot run {args:?}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let deltas = stderr.lines().filter_map(|l| l.strip_prefix("icount ").and_then(|n| n.trim().parse().ok())).collect();
    let rest: Vec<&str> = stderr.lines().filter(|l| !l.starts_with("icount ")).collect();
    CountedRun {
        deltas,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: rest.join("\n"),
        ok: out.status.success(),
    }
}

/// Builds the counting plugin (once per test process) and returns its path.
pub(crate) fn plugin() -> PathBuf {
    static PLUGIN: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PLUGIN
        .get_or_init(|| {
            let plugin = temp("icount.so");
            must(
                Command::new("cc")
                    .args(["-shared", "-fPIC", "-O2", "-fvisibility=hidden", "-o"])
                    .arg(&plugin)
                    .arg(root().join("tests/bench/icount.c")),
            );
            plugin
        })
        .clone()
}

/// Replaces what follows the line `marker` in docs/benchmarks.md, up to the next `<!-- … -->`
/// line or the end, with `table`.
pub(crate) fn write_doc_table(marker: &str, table: &str) {
    let doc = root().join("docs/benchmarks.md");
    let old = std::fs::read_to_string(&doc).unwrap_or_default();
    let (head, tail) = match old.find(marker) {
        Some(i) => {
            let after = &old[i + marker.len()..];
            // The table ends where the next marked table or the next section begins.
            let end = [after.find("\n<!-- "), after.find("\n## ")].into_iter().flatten().min();
            let end = end.map_or("", |j| &after[j..]);
            (old[..i].to_string(), end.to_string())
        }
        None => (format!("{old}\n"), String::new()),
    };
    std::fs::write(doc, format!("{head}{marker}\n{table}{tail}")).unwrap();
}

/// Per kernel: instructions executed and bytes of code (the kernel and `fib`, its helper).
struct Measured {
    counts: Vec<u64>,
    sizes: Vec<u64>,
    output: String,
}

fn measure(object: Vec<u8>, name: &str, plugin: &Path) -> Measured {
    let board = crate::board::load("qemu").unwrap();
    let runtime = crate::runtime_lib::for_board(&board).expect("the runtime");
    let elf = crate::link::link(&[object], &runtime, &board, crate::link::Methods::All).expect("links");
    let file = object::File::parse(&*elf).unwrap();
    let symbol = |n: &str| file.symbols().find(|s| s.name() == Ok(n));
    let mark = symbol("bench_mark").expect("bench_mark").address() & !1;
    let sizes = KERNELS
        .iter()
        .map(|k| {
            symbol(k).map_or(0, |s| s.size()) + if *k == "k_fib" { symbol("fib").map_or(0, |s| s.size()) } else { 0 }
        })
        .collect();
    let path = temp(&format!("{name}.elf"));
    std::fs::write(&path, &elf).unwrap();
    let (deltas, stdout) = count(&board, &path, plugin, mark);
    // Marks: empty, then for each kernel an empty gap and the kernel.
    assert_eq!(deltas.len(), 1 + 2 * KERNELS.len(), "{name}: {deltas:?}");
    let empty = deltas[0];
    assert_eq!(deltas[1], empty, "{name}: an empty measurement is not repeatable");
    let counts = (0..KERNELS.len()).map(|k| deltas[2 + 2 * k] - empty).collect();
    Measured { counts, sizes, output: stdout }
}

/// Python kernels (`../shared/bench/kernels/`, the shared speed anchors) compiled by mpyc:
/// instructions for `bench()`, measured between `print` calls, against what MicroPython's
/// bytecode VM, native and viper emitters and gcc -O2 execute for the same kernel (figures
/// from the anchors' README: MicroPython v1.29.0-preview on the same emulated Cortex-M4).
const PYTHON: [(&str, [u64; 4]); 5] = [
    ("k_fib", [12_937_562, 8_625_090, 5_013_089, 159_396]),
    ("k_sumsq_small", [31_306_456, 15_300_970, 2_986_258, 405_117]),
    ("k_sumsq_big", [150_753_372, 135_564_300, 0, 1_100_013]),
    ("k_bubble", [15_527_965, 9_450_250, 7_130_726, 140_509]),
    ("k_mandel", [75_811_878, 66_423_168, 66_086_498, 332_678]),
];

/// The kernel `name` from the shared anchors (`../shared/bench/kernels`, run from there, not
/// copied in), followed by the measuring harness: `bench()` runs between the 2nd and 3rd print,
/// an empty window between the 1st and 2nd. Written to a temporary file, whose path is returned.
fn assemble_kernel(name: &str) -> std::path::PathBuf {
    let source = root().join(format!("../shared/bench/kernels/{name}.py"));
    let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
    let file = temp(&format!("{name}.py"));
    std::fs::write(&file, format!("{text}\n\nprint(1)\nprint(2)\nprint(bench())\n")).unwrap();
    file
}

fn measure_python(name: &str, plugin: &Path) -> (u64, String) {
    // On the board configured as MicroPython was for the anchors' figures (32-bit hardware
    // floats, a 140 KiB heap): equal terms.
    let board = crate::board::load("qemu-pyboard").unwrap();
    let file = assemble_kernel(name);
    let elf = temp(&format!("{name}.elf"));
    crate::driver::build_firmware(&file, &board, &elf, Default::default()).expect("the kernel compiles");
    let bytes = std::fs::read(&elf).unwrap();
    let obj = object::File::parse(&*bytes).unwrap();
    let mark = obj.symbols().find(|s| s.name() == Ok("rt_print")).expect("rt_print").address() & !1;
    let (deltas, stdout) = count(&board, &elf, plugin, mark);
    assert!(deltas.len() >= 2, "{name}: {deltas:?}");
    (deltas[1] - deltas[0], stdout)
}

#[test]
fn benchmarks_against_gcc() {
    let plugin = plugin();
    let ours = measure(our_object(), "ours", &plugin);
    let gcc = measure(gcc_object(), "gcc", &plugin);
    assert_eq!(ours.output, gcc.output, "the kernels disagree with their C versions");
    let pinned_path = root().join("tests/bench/counts.txt");
    let mut ours_python: Vec<(String, u64)> = Vec::new();
    let mut report = String::from(
        "| kernel | mpyc instructions | gcc -O2 instructions | ratio | mpyc bytes | gcc bytes | ratio |\n|---|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut pinned_text =
        String::from("# kernel  mpyc-instructions  mpyc-bytes  (pinned: a larger number fails the test)\n");
    for (i, k) in KERNELS.iter().enumerate() {
        let (oc, gc, os, gs) = (ours.counts[i], gcc.counts[i], ours.sizes[i], gcc.sizes[i]);
        report.push_str(&format!(
            "| {k} | {oc} | {gc} | {:.2}× | {os} | {gs} | {:.2}× |\n",
            oc as f64 / gc as f64,
            os as f64 / gs.max(1) as f64
        ));
        pinned_text.push_str(&format!("{k} {oc} {os}\n"));
    }
    report.push_str(
        "\nPython kernels compiled by mpyc, against MicroPython (bytecode, native, viper) and C -O2:\n\n\
         | kernel | mpyc | MicroPython bytecode | native | viper | C -O2 | mpyc vs bytecode |\n\
         |---|---:|---:|---:|---:|---:|---:|\n",
    );
    for (name, [bytecode, native, viper, c]) in PYTHON {
        let (count, output) = measure_python(name, &plugin);
        let cpython = must(Command::new("python3").arg(assemble_kernel(name)));
        assert_eq!(output, String::from_utf8_lossy(&cpython.stdout), "{name} disagrees with CPython");
        let viper = if viper == 0 { "—".to_string() } else { viper.to_string() };
        let ratio = bytecode as f64 / count as f64;
        let versus = if ratio >= 1.0 { format!("{ratio:.1}× faster") } else { format!("{:.1}× slower", 1.0 / ratio) };
        report.push_str(&format!("| {name} | {count} | {bytecode} | {native} | {viper} | {c} | {versus} |\n"));
        pinned_text.push_str(&format!("py_{name} {count} 0\n"));
        ours_python.push((format!("py_{name}"), count));
    }
    println!("{report}");
    if std::env::var_os("MPYC_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&pinned_path, pinned_text).unwrap();
        write_doc_table("<!-- table -->", &report);
        return;
    }
    let pinned = std::fs::read_to_string(&pinned_path).expect("tests/bench/counts.txt (MPYC_BLESS=1 makes it)");
    for line in pinned.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let (count, size): (u64, u64) = (f[1].parse().unwrap(), f[2].parse().unwrap());
        if let Some((_, got)) = ours_python.iter().find(|(n, _)| n == f[0]) {
            // Python kernels run runtime code (copies, the collector) whose paths depend on
            // where the firmware's read-only data lands, which moves with the paths compiled
            // into it: a checkout elsewhere counts a few hundred more or fewer in 10^8.
            let slack = count / 100_000;
            assert!(*got <= count + slack, "{}: {got} instructions, pinned {count}: justify and re-pin", f[0]);
            continue;
        }
        let i = KERNELS.iter().position(|k| *k == f[0]).expect("a known kernel");
        assert!(
            ours.counts[i] <= count,
            "{}: {} instructions, pinned {count}: justify and re-pin",
            f[0],
            ours.counts[i]
        );
        assert!(ours.sizes[i] <= size, "{}: {} bytes, pinned {size}: justify and re-pin", f[0], ours.sizes[i]);
    }
}
