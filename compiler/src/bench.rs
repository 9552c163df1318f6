//! `mpyc bench`: a program built as machine code and as bytecode, each run in the board's
//! emulator under an exact instruction counter (a QEMU plugin mpyc builds on first use), side
//! by side: instructions for the whole run and between the program's first two
//! `time.ticks_us()` calls, flash of the firmware and of the program's own code.
//!
//! A program in the style of MicroPython's perf_bench (`bm_params` and `bm_setup`, no call
//! of its own) is run as that suite's harness runs it: the largest parameters within
//! N = M = 100, the timed `run()` between two `ticks_us()` calls, one result line.

use crate::backend::bytecode::Code;
use crate::board::{self, Board};
use crate::{driver, lower};
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The counting plugin's source and the plugin-API declarations it includes, carried so that
/// an installed mpyc can build it.
const PLUGIN_SOURCE: &str = include_str!("../../tests/bench/icount.c");
const PLUGIN_HEADER: &str = include_str!("../../tests/bench/qemu_plugin_api.h");

/// mpyc's harness for a perf_bench-style program (the suite's selection rule).
const HARNESS: &str = "
def _mpyc_bench_run():
    from time import ticks_us, ticks_diff
    best = (0, 0)
    param = None
    for nm, p in bm_params.items():
        if 10 * nm[0] <= 12 * 100 and nm[1] <= 100 and nm > best:
            best = nm
            param = p
    if param is None:
        print(-1, -1, 'SKIP: no matching params')
        return
    run, result = bm_setup(param)
    t0 = ticks_us()
    run()
    t1 = ticks_us()
    norm, out = result()
    print(ticks_diff(t1, t0), norm, out)


_mpyc_bench_run()
";

/// The symbol `time.ticks_us()` calls (and nothing else in the runtime).
const MARK: &str = "board_micros";

/// One build and run.
#[derive(Debug)]
pub struct Measured {
    pub instructions: u64,
    /// Between the first two `ticks_us()` calls, if there were two.
    pub window: Option<u64>,
    pub flash: u64,
    pub program: u64,
    /// The heap's high-water mark (`mpyc_runtime::gc::peak`), which the runtime prints last.
    pub heap: Option<u64>,
    pub output: String,
    pub status: i32,
}

/// Builds the plugin once (in the temp directory, keyed by its source) and returns its path.
fn plugin() -> Result<PathBuf> {
    let hash = PLUGIN_SOURCE
        .bytes()
        .chain(PLUGIN_HEADER.bytes())
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    let dir = std::env::temp_dir().join(format!("mpyc-icount-{hash:016x}"));
    let so = dir.join("icount.so");
    if so.exists() {
        return Ok(so);
    }
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("icount.c"), PLUGIN_SOURCE)?;
    std::fs::write(dir.join("qemu_plugin_api.h"), PLUGIN_HEADER)?;
    let tmp = dir.join(format!("icount.{}.so", std::process::id()));
    let out = Command::new("cc")
        .args(["-shared", "-fPIC", "-O2", "-fvisibility=hidden", "-o"])
        .arg(&tmp)
        .arg(dir.join("icount.c"))
        .output()
        .map_err(|e| anyhow!("cannot run `cc` to build the counting plugin: {e}; install the Debian package gcc"))?;
    if !out.status.success() {
        bail!("building the counting plugin failed:\n{}", String::from_utf8_lossy(&out.stderr));
    }
    std::fs::rename(&tmp, &so)?;
    Ok(so)
}

/// Builds `file` for `board` with `code`, runs it counted.
fn measure(file: &Path, board: &Board, options: lower::Options, code: Code, plugin: &Path) -> Result<Measured> {
    use object::{Object, ObjectSection, ObjectSymbol, SectionFlags};
    // (The second build's warnings are the first's.)
    let options = lower::Options { code, quiet: options.quiet || code == Code::Bytecode, heap_peak: true, ..options };
    let (elf, program) = driver::link_firmware_measured(file, board, options)?;
    let parsed = object::File::parse(&*elf).context("reading the firmware ELF")?;
    let flash: u64 = parsed
        .sections()
        .filter(|s| matches!(s.flags(), SectionFlags::Elf { sh_flags } if sh_flags & u64::from(object::elf::SHF_ALLOC) != 0))
        .filter(|s| s.kind() != object::SectionKind::UninitializedData)
        .map(|s| s.size())
        .sum();
    let mark = parsed.symbols().find(|s| s.name() == Ok(MARK)).map_or(0, |s| s.address() & !1);
    let dir = std::env::temp_dir().join(format!("mpyc-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{code:?}.elf"));
    std::fs::write(&path, &elf)?;
    let emu = board.emulator.as_ref().ok_or_else(|| anyhow!("board '{}' has no emulator", board.name))?;
    let mut args = emu.command_for(&path);
    args.extend(["-icount".into(), "shift=0,sleep=off".into()]);
    args.extend(["-plugin".into(), format!("{},mark={mark:#x}", plugin.display()), "-d".into(), "plugin".into()]);
    let out = Command::new(&args[0])
        .args(&args[1..])
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| anyhow!("cannot start {}: {e}; install the Debian package {}", args[0], emu.package))?;
    let _ = std::fs::remove_dir_all(&dir);
    let log = String::from_utf8_lossy(&out.stderr);
    let numbers = |prefix: &str| -> Vec<u64> {
        log.lines().filter_map(|l| l.strip_prefix(prefix)?.trim().parse::<u64>().ok()).collect()
    };
    let instructions =
        numbers("icount-total ").last().copied().ok_or_else(|| anyhow!("the emulator gave no count:\n{log}"))?;
    // The program's output, less the runtime's heap report.
    let (mut output, mut heap) = (String::new(), None);
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        match line.strip_prefix("heap-peak ").and_then(|n| n.trim().parse().ok()) {
            Some(n) => heap = Some(n),
            None => {
                output.push_str(line);
                output.push('\n');
            }
        }
    }
    Ok(Measured {
        instructions,
        window: numbers("icount ").first().copied(),
        flash,
        program,
        heap,
        output,
        status: out.status.code().unwrap_or(1),
    })
}

/// The program as it is run: with the perf_bench harness appended when it needs one (written
/// beside it, for its imports; removed after).
fn assembled(file: &Path) -> Result<(PathBuf, bool)> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let perf = text.contains("def bm_setup") && text.contains("bm_params") && !text.contains("bm_run(");
    if !perf {
        return Ok((file.to_path_buf(), false));
    }
    let stem = file.file_stem().map_or("main".into(), |s| s.to_string_lossy().into_owned());
    let path = file.with_file_name(format!(".mpyc-bench-{stem}.py"));
    std::fs::write(&path, format!("{text}\n{HARNESS}")).with_context(|| format!("cannot write {}", path.display()))?;
    Ok((path, true))
}

/// `mpyc bench`.
pub fn bench(file: &Path, board_name: &str, options: lower::Options, json: bool) -> Result<i32> {
    let board = board::load(board_name)?;
    if board.emulator.is_none() {
        bail!(
            "board '{board_name}' cannot be emulated here; `mpyc bench` runs on an emulated board (try --board qemu)"
        );
    }
    let plugin = plugin()?;
    let (path, temporary) = assembled(file)?;
    let results = [Code::Native, Code::Bytecode].map(|code| measure(&path, &board, options, code, &plugin));
    if temporary {
        let _ = std::fs::remove_file(&path);
    }
    let [native, bytecode] = results;
    let (native, bytecode) = (native?, bytecode?);
    // (A perf_bench line starts with the time taken, which differs.)
    let results = |m: &Measured| -> Vec<String> {
        m.output
            .lines()
            .map(|l| if temporary { l.split_once(' ').map_or(l, |(_, rest)| rest).to_string() } else { l.to_string() })
            .collect()
    };
    if results(&native) != results(&bytecode) {
        eprintln!("warning: the native and the bytecode build printed different things");
    }
    if json {
        let one = |m: &Measured| {
            format!(
                "{{\"instructions\": {}, \"window\": {}, \"flash\": {}, \"program\": {}, \"heap\": {}, \"status\": {}}}",
                m.instructions,
                m.window.map_or("null".into(), |w| w.to_string()),
                m.flash,
                m.program,
                m.heap.map_or("null".into(), |h| h.to_string()),
                m.status
            )
        };
        println!("{{\"board\": \"{board_name}\", \"native\": {}, \"bytecode\": {}}}", one(&native), one(&bytecode));
    } else {
        print!("{}", native.output);
        println!();
        println!(
            "{:<34} {:>14} {:>14} {:>10}",
            format!("{} on {board_name}", file.display()),
            "native",
            "bytecode",
            "ratio"
        );
        let row = |what: &str, a: u64, b: u64| {
            println!("{what:<34} {a:>14} {b:>14} {:>9.2}×", b as f64 / a.max(1) as f64);
        };
        row("instructions, whole run", native.instructions, bytecode.instructions);
        if let (Some(a), Some(b)) = (native.window, bytecode.window) {
            row("instructions, ticks_us() window", a, b);
        }
        row("flash bytes, firmware", native.flash, bytecode.flash);
        row("flash bytes, program's own", native.program, bytecode.program);
        if let (Some(a), Some(b)) = (native.heap, bytecode.heap) {
            row("heap bytes, peak", a, b);
        }
    }
    Ok(native.status.max(bytecode.status))
}
