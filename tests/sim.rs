//! The simulated pyboard: each example with a scenario runs on `pyboard-sim`, and its console,
//! LED timeline and LCD screenshots must equal the blessed ones in `tests/sim/<example>/`
//! (pictures compared pixel by pixel; `MPYC_BLESS=1` rewrites them — look at the PNGs before
//! committing). The talk's touch program as written gets its two errors.

use super::{blessing, root, run, temp, text, Case, MPYC};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The examples the simulator runs, with their scenario beside them.
const EXAMPLES: &[&str] = &["led", "accel", "touch", "tictactoe", "fade"];

/// A PNG's size and RGB(A) pixels.
fn pixels(path: &Path) -> Result<(u32, u32, Vec<u8>), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut reader = png::Decoder::new(std::io::BufReader::new(file)).read_info().map_err(|e| e.to_string())?;
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).map_err(|e| format!("{}: {e}", path.display()))?;
    buf.truncate(info.buffer_size());
    Ok((info.width, info.height, buf))
}

fn compare_png(got: &Path, want: &Path) -> Result<(), String> {
    let (g, w) = (pixels(got)?, pixels(want)?);
    if (g.0, g.1) != (w.0, w.1) {
        return Err(format!("{}: {}x{}, blessed {}x{}", got.display(), g.0, g.1, w.0, w.1));
    }
    let differing = g.2.chunks(3).zip(w.2.chunks(3)).filter(|(a, b)| a != b).count();
    if differing > 0 {
        return Err(format!("{}: {differing} pixels differ from {}", got.display(), want.display()));
    }
    Ok(())
}

fn pngs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "png")).collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn example_case(name: &'static str) -> Case {
    Case {
        name: format!("examples/{name}.py [pyboard-sim: console, LEDs, screenshots]"),
        check: Box::new(move || {
            let out_dir = temp(&format!("sim-{name}"));
            let _ = std::fs::remove_dir_all(&out_dir);
            let py = format!("examples/{name}.py");
            let out =
                run(Command::new(MPYC).args(["run", &py, "--board", "pyboard-sim", "--sim-out"]).arg(&out_dir), 120)?;
            let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
            if out.status.code() != Some(0) {
                return Err(format!("exit {:?}:\n{stdout}{stderr}", out.status.code()));
            }
            let leds = std::fs::read_to_string(out_dir.join("leds.txt")).map_err(|e| e.to_string())?;
            let want = root().join("tests/sim").join(name);
            if blessing() {
                let _ = std::fs::remove_dir_all(&want);
                std::fs::create_dir_all(&want).map_err(|e| e.to_string())?;
                std::fs::write(want.join("console.txt"), &stdout).map_err(|e| e.to_string())?;
                std::fs::write(want.join("leds.txt"), &leds).map_err(|e| e.to_string())?;
                for p in pngs(&out_dir) {
                    std::fs::copy(&p, want.join(p.file_name().unwrap())).map_err(|e| e.to_string())?;
                }
                return Ok(());
            }
            let read = |f: &str| {
                std::fs::read_to_string(want.join(f))
                    .map_err(|_| format!("tests/sim/{name}/{f} is missing (MPYC_BLESS=1)"))
            };
            if stdout != read("console.txt")? {
                return Err(format!("console differs\n--- expected\n{}--- got\n{stdout}", read("console.txt")?));
            }
            if leds != read("leds.txt")? {
                return Err(format!("LED timeline differs\n--- expected\n{}--- got\n{leds}", read("leds.txt")?));
            }
            let (got, blessed) = (pngs(&out_dir), pngs(&want));
            let names = |v: &[PathBuf]| v.iter().map(|p| p.file_name().unwrap().to_os_string()).collect::<Vec<_>>();
            if names(&got) != names(&blessed) {
                return Err(format!("screenshots {:?}, blessed {:?}", names(&got), names(&blessed)));
            }
            for (g, w) in got.iter().zip(&blessed) {
                compare_png(g, w)?;
            }
            Ok(())
        }),
    }
}

/// The talk's touch program with its stray quote removed: `sleep` was never imported, which
/// mpyc warns about at compile time (line and column) and which raises NameError in the loop,
/// after the display was set up, as CPython and MicroPython do.
fn talk_sleep_case() -> Case {
    Case {
        name: "tests/sim/talk/touch_no_import.py [pyboard-sim: warning, then NameError]".into(),
        check: Box::new(|| {
            let py = "tests/sim/talk/touch_no_import.py";
            let out = run(
                Command::new(MPYC).args(["run", py, "--board", "pyboard-sim", "--sim-out"]).arg(temp("sim-talk")),
                120,
            )?;
            let stderr = text(&out.stderr);
            let warning = format!("{py}:20:5: warning: name 'sleep' is not defined");
            if !stderr.lines().any(|l| l.starts_with(&warning)) {
                return Err(format!("expected the warning `{warning}…`:\n{stderr}"));
            }
            let tail: Vec<&str> = stderr.lines().rev().take(3).collect();
            let frame = format!("  File \"{py}\", line 20, in <module>");
            if out.status.code() != Some(1)
                || tail[0] != "NameError: name 'sleep' is not defined"
                || !stderr.lines().any(|l| l == frame)
            {
                return Err(format!("expected exit 1, NameError at line 20, got {:?}:\n{stderr}", out.status.code()));
            }
            if !out.stdout.is_empty() {
                return Err(format!("unexpected output: {}", text(&out.stdout)));
            }
            Ok(())
        }),
    }
}

/// `tests/sim/*.py`: programs about the simulated board's parts, with their scenario beside
/// them; their console must equal the `.out` file (written by hand: CPython has no pyboard),
/// and their error console the `.err` file when there is one.
/// With `gc_stress`, a collection at every allocation: the drivers keep nothing the collector
/// cannot see, and virtual time does not depend on the collector.
fn program_case(py: PathBuf, gc_stress: bool) -> Case {
    let rel = py.strip_prefix(root()).expect("under the root").to_path_buf();
    Case {
        name: format!("{} [pyboard-sim{}]", rel.display(), if gc_stress { ", gc-stress" } else { "" }),
        check: Box::new(move || {
            let stem = rel.file_stem().unwrap().to_string_lossy().into_owned();
            let out_dir = temp(&format!("sim-{stem}-{gc_stress}"));
            let mut cmd = Command::new(MPYC);
            cmd.arg("run").arg(&rel).args(["--board", "pyboard-sim", "--sim-out"]).arg(&out_dir);
            if gc_stress {
                cmd.arg("--gc-stress");
            }
            let out = run(&mut cmd, 120)?;
            let want = std::fs::read_to_string(root().join(rel.with_extension("out")))
                .map_err(|_| format!("{} has no .out file (written by hand)", rel.display()))?;
            let got = text(&out.stdout);
            if out.status.code() != Some(0) || got != want {
                return Err(format!(
                    "exit {:?}\n--- expected\n{want}--- got\n{got}{}",
                    out.status.code(),
                    text(&out.stderr)
                ));
            }
            // What the program writes to the error console (callbacks' tracebacks), when a
            // `.err` file says.
            if let Ok(want) = std::fs::read_to_string(root().join(rel.with_extension("err"))) {
                let got = text(&out.stderr);
                if got != want {
                    return Err(format!("stderr: expected\n{want}--- got\n{got}"));
                }
            }
            // What the program sent on UART N, when a `.uartN` file says.
            for n in 1..=6 {
                if let Ok(want) = std::fs::read(root().join(rel.with_extension(format!("uart{n}")))) {
                    let got = std::fs::read(out_dir.join(format!("uart{n}.txt"))).unwrap_or_default();
                    if got != want {
                        return Err(format!("UART {n} sent {:?}, expected {:?}", text(&got), text(&want)));
                    }
                }
            }
            Ok(())
        }),
    }
}

/// The command line: `--sim-time` ends a run before the scenario's `stop`; a scenario's
/// mistake names its file and line; the simulator's options on a board without one are refused.
fn cli_case() -> Case {
    Case {
        name: "mpyc run --board pyboard-sim [--sim-time, scenario errors, options on other boards]".into(),
        check: Box::new(|| {
            let out_dir = temp("sim-cli");
            let _ = std::fs::remove_dir_all(&out_dir);
            let args = ["run", "examples/accel.py", "--board", "pyboard-sim", "--sim-time", "1s", "--sim-out"];
            let out = run(Command::new(MPYC).args(args).arg(&out_dir), 120)?;
            let leds = std::fs::read_to_string(out_dir.join("leds.txt")).map_err(|e| e.to_string())?;
            let stderr = text(&out.stderr);
            if out.status.code() != Some(0)
                || !leds.ends_with("\n0.590 s LED(3) on\n")
                || !stderr.contains("after 1.000 s")
            {
                return Err(format!("--sim-time 1s: exit {:?}, LEDs\n{leds}{stderr}", out.status.code()));
            }
            let bad = temp("bad.scenario");
            std::fs::write(&bad, "at 1s tilt x=3\nat 2s wave\n").map_err(|e| e.to_string())?;
            let out = run(
                Command::new(MPYC).args(["run", "examples/accel.py", "--board", "pyboard-sim", "--scenario"]).arg(&bad),
                120,
            )?;
            let stderr = text(&out.stderr);
            if out.status.code() != Some(2) || !stderr.contains(&format!("{}:2: expected one of", bad.display())) {
                return Err(format!("a bad scenario: exit {:?}\n{stderr}", out.status.code()));
            }
            let out = run(Command::new(MPYC).args(["run", "examples/hello.py", "--sim-time", "1s"]), 120)?;
            let stderr = text(&out.stderr);
            if out.status.code() != Some(2) || !stderr.contains("are for simulated boards") {
                return Err(format!("--sim-time on the host: exit {:?}\n{stderr}", out.status.code()));
            }
            Ok(())
        }),
    }
}

pub fn cases(cases: &mut Vec<Case>) {
    cases.push(cli_case());
    for name in EXAMPLES {
        cases.push(example_case(name));
    }
    let mut programs: Vec<PathBuf> = std::fs::read_dir(root().join("tests/sim"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "py")).collect()
        })
        .unwrap_or_default();
    programs.sort();
    for py in programs {
        cases.push(program_case(py.clone(), false));
        cases.push(program_case(py, true));
    }
    cases.push(talk_sleep_case());
}
