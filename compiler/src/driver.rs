//! The pipeline, stage by stage: parse → lower to CLIF → (host) JIT and run, or (boards)
//! optimize → Thumb-2 → link with the board's runtime → firmware ELF → (emulated) run.

use crate::backend::{bytecode, host, thumb2};
use crate::board::{self, Backend, Board};
use crate::link::formats::Format;
use crate::phases::{time, Phase};
use crate::{frontend, link, lower, runtime_lib, sim};
use anyhow::{anyhow, bail, Context, Result};
pub use sim::SimOptions;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Intermediate forms `mpyc build --emit` can print.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Emit {
    /// The optimized CLIF of every function.
    Clif,
    /// Our Thumb-2 code, as a listing.
    Asm,
    /// The bytecode of every function (`--code bytecode`), as a listing.
    Bytecode,
    /// The relocatable object of the program's own code (to `-o`), before linking.
    Obj,
    /// A GNU ld script with the board's layout (for cross-checking our linker).
    LdScript,
    /// The runtime library the board's firmware links with (an `ar` archive, to `-o`).
    RuntimeLib,
}

/// The stack the compiler runs on. Its passes recurse over the program's nesting, which the
/// frontend bounds ([`frontend::depth::MAX_DEPTH`]: about 16 MiB in a release build); this
/// much is only reserved address space, and a compile touches the pages it uses.
pub(crate) const COMPILE_STACK_BYTES: usize = 1 << 30;

/// Runs `compile` on a thread with [`COMPILE_STACK_BYTES`] of stack.
fn on_compile_stack<T: Send>(compile: impl FnOnce() -> Result<T> + Send) -> Result<T> {
    std::thread::scope(|scope| {
        let thread = std::thread::Builder::new()
            .name("compile".into())
            .stack_size(COMPILE_STACK_BYTES)
            .spawn_scoped(scope, compile)
            .map_err(|e| anyhow!("cannot reserve {} MiB of stack for the compiler: {e}", COMPILE_STACK_BYTES >> 20))?;
        thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Parses `file` and the modules of its directory it imports, and lowers them to CLIF.
fn lower(file: &Path, target: lower::Target, options: lower::Options) -> Result<lower::Program> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let text = frontend::decode(&file.display().to_string(), bytes)?;
    let mut modules = match time(Phase::Parse, || frontend::loader::load(file, &text)) {
        Ok(m) => m,
        Err(frontend::loader::LoadError::Compile(e)) => return Err(e.into()),
        Err(frontend::loader::LoadError::Io(path, e)) => bail!("cannot read {}: {e}", path.display()),
    };
    let left_out = if options.keep_methods { 0 } else { frontend::prune::library(&mut modules) };
    frontend::numbers::mark_int_operations(&mut modules);
    let mut program = time(Phase::Lower, || lower::lower_program(&modules, target, options))?;
    program.library_left_out = left_out;
    if !options.quiet {
        for w in &program.warnings {
            eprintln!("{}", w.warning());
        }
    }
    if options.deny_warnings && !program.warnings.is_empty() {
        bail!("{} warning(s), refused by --deny-warnings", program.warnings.len());
    }
    Ok(program)
}

/// The functions chosen bytecode (`--code`, decorators) that the lowering left as CLIF become
/// bytecode (`optimize` is the native backend's mid-end, whose output the bytecode encodes).
fn with_bytecode(
    program: &mut lower::Program,
    target: &lower::Target,
    optimize: impl Fn(cranelift_codegen::ir::Function) -> Result<cranelift_codegen::ir::Function>,
) -> Result<()> {
    let report = if program.bytecode.is_empty() {
        bytecode::Report::default()
    } else {
        time(Phase::MidEnd, || bytecode::convert(program, target, optimize, false))?
    };
    if std::env::var_os("MPYC_BYTECODE_REPORT").is_some() {
        let functions = program.functions.iter().filter(|f| f.body.is_some()).count();
        eprintln!(
            "bytecode: {} Python-level and {} CLIF-level functions ({} bytes), {} native",
            program.stubs.len(),
            report.functions,
            report.bytes,
            functions - program.stubs.len() - report.functions
        );
        for (name, why) in &report.native {
            eprintln!("  native: {name}: {why}");
        }
    }
    Ok(())
}

/// Runs `file` on `board_name`; returns the program's exit status.
pub fn run(file: &Path, board_name: &str, options: lower::Options, sim_options: SimOptions) -> Result<i32> {
    let board = board::load(board_name)?;
    if sim_options.given() && board.simulator.is_none() {
        bail!("--sim-time, --scenario and --sim-out are for simulated boards (such as pyboard-sim); '{board_name}' is not one");
    }
    match board.backend {
        Backend::Host => {
            let sim_config = board.simulator.as_ref().map(|s| sim::config(file, s, &sim_options)).transpose()?;
            let isa = host::isa()?;
            let target = host::target(&isa);
            // (The host's runtime has every method, and the program keeps all of its library.)
            let options = lower::Options { keep_methods: true, ..options };
            let program = on_compile_stack(|| {
                let mut program = lower(file, target, options)?;
                with_bytecode(&mut program, &target, |f| host::optimize(f, &isa))?;
                Ok(program)
            })?;
            mpyc_runtime::gc::init_host(board.heap_size.unwrap_or(64 << 20) as usize);
            mpyc_runtime::board::set_program_path(&file.display().to_string());
            if let Some(config) = sim_config {
                mpyc_runtime::board::sim::configure(config).map_err(|e| anyhow!(e))?;
            }
            let status = host::run(program, isa);
            if let Some(m) = mpyc_runtime::board::sim::machine() {
                m.finish();
            }
            status
        }
        Backend::Thumb2 => {
            let Some(emu) = board.emulator.clone() else {
                bail!(
                    "board '{board_name}' is real hardware and cannot be run here; build it with \
                     `mpyc build {} --board {board_name}` and flash the firmware",
                    file.display()
                );
            };
            let dir = std::env::temp_dir().join(format!("mpyc-run-{}", std::process::id()));
            std::fs::create_dir_all(&dir)?;
            let elf = dir.join("firmware.elf");
            build_firmware(file, &board, &elf, options)?;
            let status = run_emulator(&emu, &elf);
            let _ = std::fs::remove_dir_all(&dir);
            status
        }
    }
}

/// Runs firmware `elf` in the emulator, its console on stdout (a processor fault's report
/// followed by the Python lines of its pc and lr: [`crate::faultline`]) and our stdin on its
/// console input.
fn run_emulator(emu: &board::Emulator, elf: &Path) -> Result<i32> {
    let args = emu.command_for(elf);
    let mut child = std::process::Command::new(&args[0])
        .args(&args[1..])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| anyhow!("cannot start {}: {e}; install the Debian package {}", args[0], emu.package))?;
    if let Some(input) = child.stdin.take() {
        std::thread::spawn(move || feed_console(input));
    }
    let image = std::fs::read(elf).unwrap_or_default();
    if let Some(console) = child.stdout.take() {
        crate::faultline::relay(&image, console);
    }
    let status = child.wait()?;
    Ok(status.code().unwrap_or(1))
}

/// Copies our stdin to the emulated board's console, then, at its end, Ctrl-D (the end of
/// input on a board's console: `input()` raises EOFError) for every read that asks, as a
/// host's stdin answers each read at its end. (The emulator takes a byte only when the
/// board's UART has room: the Ctrl-Ds wait in the pipe until read, and the thread ends when
/// the emulator does.)
fn feed_console(mut to_board: std::process::ChildStdin) {
    use std::io::Write;
    if std::io::copy(&mut std::io::stdin().lock(), &mut to_board).is_err() {
        return;
    }
    while to_board.write_all(&[0x04; 64]).and_then(|_| to_board.flush()).is_ok() {}
}

/// `mpyc build`: writes firmware in `format` (or prints `emit`) for `board_name`.
pub fn build(
    file: &Path,
    board_name: &str,
    output: Option<PathBuf>,
    format: Option<Format>,
    emit: Option<Emit>,
    options: lower::Options,
) -> Result<()> {
    let board = board::load(board_name)?;
    if board.backend == Backend::Host {
        bail!("board 'host' has no firmware; use `mpyc run {}`", file.display());
    }
    if let Some(emit) = emit {
        let text = match emit {
            Emit::LdScript => {
                link::script::gnu_ld(&board).ok_or_else(|| anyhow!("board {board_name} has no memory map"))?
            }
            Emit::RuntimeLib => {
                let lib = runtime_lib::for_board(&board)?;
                let out = output.unwrap_or_else(|| PathBuf::from(runtime_lib::NAME));
                std::fs::write(&out, &lib.bytes).with_context(|| format!("cannot write {}", out.display()))?;
                String::new()
            }
            _ => on_compile_stack(|| {
                if matches!(emit, Emit::Bytecode) {
                    let target = board_target(&board);
                    // (`--code native`, the default, lists what `--code bytecode` would make.)
                    let code = match options.code {
                        bytecode::Code::Native => bytecode::Code::Bytecode,
                        code => code,
                    };
                    let options = lower::Options { code, listing: true, ..options };
                    let mut program = lower(file, target, options)?;
                    let mut text = program.listings.join("");
                    text.push_str(&bytecode::convert(&mut program, &target, thumb2::mid_end, true)?.text);
                    return Ok(text);
                }
                let program = if file.extension().is_some_and(|e| e == "clif") {
                    let text =
                        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
                    frontend::clif::program(&text)?
                } else {
                    let target = board_target(&board);
                    let mut program = lower(file, target, options)?;
                    with_bytecode(&mut program, &target, thumb2::mid_end)?;
                    program
                };
                Ok(match emit {
                    Emit::Clif => thumb2::optimized_clif(program)?,
                    Emit::Asm => thumb2::listing(program, true)?,
                    _ => {
                        let out = output.unwrap_or_else(|| file.with_extension("o"));
                        std::fs::write(&out, thumb2::compile(program)?)?;
                        String::new()
                    }
                })
            })?,
        };
        print!("{text}");
        return Ok(());
    }
    let (out, format) = output_and_format(file, output, format)?;
    let elf = link_firmware(file, &board, options)?;
    let bytes = firmware_file(&elf, format, &board)?;
    std::fs::write(&out, bytes).with_context(|| format!("cannot write {}", out.display()))?;
    Ok(())
}

/// Where `mpyc build` writes and in which format: `--format` if given, else `-o`'s extension,
/// else ELF; the file is FILE's stem with the format's extension unless `-o` names it.
fn output_and_format(file: &Path, output: Option<PathBuf>, format: Option<Format>) -> Result<(PathBuf, Format)> {
    let format = match (format, &output) {
        (Some(f), _) => f,
        (None, Some(out)) => match Format::from_path(out) {
            Some(f) => f,
            None if out.extension().is_none() => Format::Elf,
            None => bail!(
                "cannot tell the firmware format from the name {}; use .elf, .bin, .hex or .dfu, or pass --format",
                out.display()
            ),
        },
        (None, None) => Format::Elf,
    };
    let out = output.unwrap_or_else(|| file.with_extension(format.extension()));
    Ok((out, format))
}

/// The bytes of a firmware file in `format`, from the linked ELF.
fn firmware_file(elf: &[u8], format: Format, board: &Board) -> Result<Vec<u8>> {
    Ok(match format {
        Format::Elf => elf.to_vec(),
        Format::Bin => link::formats::bin(&link::formats::load_image(elf)?),
        Format::Hex => {
            link::formats::hex(&link::formats::load_image(elf)?, Some(link::formats::entry(elf)?)).into_bytes()
        }
        Format::Dfu => {
            let device = board.dfu.map_or(link::dfuse::Device::ANY, |d| link::dfuse::Device {
                vendor: d.vendor,
                product: d.product,
                alt: d.alt,
            });
            link::dfuse::write(&link::formats::load_image(elf)?, device)
        }
    })
}

/// The Thumb-2 target with the board's float width.
fn board_target(board: &Board) -> lower::Target {
    let mut t = thumb2::target();
    if board.float_bits == Some(64) {
        t.float = cranelift_codegen::ir::types::F64;
    }
    t
}

/// Compiles `file` for `board` and links the firmware ELF at `out`.
pub fn build_firmware(file: &Path, board: &Board, out: &Path, options: lower::Options) -> Result<()> {
    let elf = link_firmware(file, board, options)?;
    std::fs::write(out, elf).with_context(|| format!("cannot write {}", out.display()))?;
    Ok(())
}

/// Compiles `file` for `board` and links it with the board's runtime: the firmware ELF.
pub fn link_firmware(file: &Path, board: &Board, options: lower::Options) -> Result<Vec<u8>> {
    Ok(link_program(file, board, options)?.elf)
}

/// Compiles and links `file` for `board`. With `--code auto`: the mix of native code and
/// bytecode `lower::emitter` chose, unless all native code makes the smaller firmware (the
/// VM's own flash is paid back only by enough code that runs once).
fn link_program(file: &Path, board: &Board, options: lower::Options) -> Result<link::Linked> {
    let runtime = runtime_lib::for_board(board)?;
    let build = |options: lower::Options| -> Result<link::Linked> {
        let c = compile_for(file, board, options)?;
        let mut linked = time(Phase::Link, || link::link_with_map(&[c.object], &runtime, board, methods(&c.names)))?;
        linked.library_left_out = c.library_left_out;
        Ok(linked)
    };
    let linked = build(options)?;
    if options.code != bytecode::Code::Auto {
        return Ok(linked);
    }
    let native = build(lower::Options { code: bytecode::Code::Native, quiet: true, ..options })?;
    let flash = |l: &link::Linked| l.map.iter().filter(|p| p.out != ".bss").map(|p| u64::from(p.size)).sum::<u64>();
    Ok(if flash(&native) <= flash(&linked) { native } else { linked })
}

/// The firmware ELF, and the flash the program's own code and data take (`mpyc bench`).
pub fn link_firmware_measured(file: &Path, board: &Board, options: lower::Options) -> Result<(Vec<u8>, u64)> {
    let linked = link_program(file, board, options)?;
    let program = linked
        .map
        .iter()
        .filter(|p| p.out != ".bss" && crate::size::component(p) == "program")
        .map(|p| u64::from(p.size))
        .sum();
    Ok((linked.elf, program))
}

/// Compiles `file` for `board`: the object, and the names the program mentions (`None` with
/// `--keep-methods`).
fn compile_for(file: &Path, board: &Board, options: lower::Options) -> Result<Compiled> {
    on_compile_stack(|| {
        let target = board_target(board);
        let mut program = lower(file, target, options)?;
        with_bytecode(&mut program, &target, thumb2::mid_end)?;
        let (names, library_left_out) = (program.names.clone(), program.library_left_out);
        Ok(Compiled { object: thumb2::compile(program)?, names, library_left_out })
    })
}

/// A program compiled for a board, with what the linker and `mpyc size` need to know.
struct Compiled {
    object: Vec<u8>,
    /// The names the program mentions (`None` with `--keep-methods`).
    names: Option<BTreeSet<String>>,
    library_left_out: usize,
}

/// The built-in methods a firmware keeps: those of the names the program mentions.
fn methods(names: &Option<BTreeSet<String>>) -> link::Methods<'_> {
    names.as_ref().map_or(link::Methods::All, link::Methods::Named)
}

/// `mpyc flash`: compiles `file` (or reads a built `.elf` or `.dfu`) and writes it to the
/// board over USB DFU.
/// `mpyc monitor`: the console of `board_name`'s running firmware, on `port` or found by the
/// board's USB ids (waiting for it after a flash, while the board starts).
pub fn monitor(board_name: &str, port: Option<std::path::PathBuf>, after_flash: bool) -> Result<()> {
    let port = match port {
        Some(p) => p,
        None => {
            let board = board::load(board_name)?;
            let wait = if after_flash { 10 } else { 0 };
            crate::monitor::find_port(&board, std::time::Duration::from_secs(wait))?
        }
    };
    crate::monitor::monitor(&port)
}

pub fn flash(file: &Path, board_name: &str, options: lower::Options) -> Result<()> {
    let board = board::load(board_name)?;
    if board.backend == Backend::Host {
        bail!("board 'host' is this computer; use `mpyc run {}`", file.display());
    }
    let elements = match Format::from_path(file) {
        Some(Format::Dfu) => {
            let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
            let (device, elements) = link::dfuse::read(&bytes).with_context(|| file.display().to_string())?;
            if let Some(d) = board.dfu.filter(|_| device.vendor != 0xFFFF) {
                if (device.vendor, device.product) != (d.vendor, d.product) {
                    bail!(
                        "{} is for the USB device {:04x}:{:04x}; board '{board_name}' is {:04x}:{:04x} in DFU mode: \
                         build it for this board",
                        file.display(),
                        device.vendor,
                        device.product,
                        d.vendor,
                        d.product
                    );
                }
            }
            elements
        }
        Some(Format::Elf) => {
            let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
            link::formats::load_image(&bytes)?
        }
        Some(Format::Bin | Format::Hex) => {
            bail!("`mpyc flash` takes a program, an .elf or a .dfu; make one with `mpyc build --format dfu`")
        }
        None => link::formats::load_image(&link_firmware(file, &board, options)?)?,
    };
    crate::flash::flash(&board, &elements)
}

/// What `mpyc size` shows.
pub enum SizeShow {
    /// Flash and RAM by section and by component.
    Report,
    /// Why sections named like the text are linked.
    Why(String),
    /// The dominator tree down to sections keeping this many bytes.
    Hubs(u64),
}

/// `mpyc size`: builds `file` for the board and reports its flash and RAM by section and by
/// component (or what `show` asks for).
pub fn size(file: &Path, board_name: &str, options: lower::Options, show: SizeShow) -> Result<()> {
    use object::{Object, ObjectSection, ObjectSymbol, SectionFlags};
    let board = board::load(board_name)?;
    if board.backend == Backend::Host {
        bail!("board 'host' has no firmware to measure; pick a board (see `mpyc boards`)");
    }
    let linked = link_program(file, &board, options)?;
    match show {
        SizeShow::Why(text) => {
            print!("{}", crate::size::why(&linked.map, &text));
            return Ok(());
        }
        SizeShow::Hubs(min) => {
            print!("{}", crate::size::hubs(&linked.map, min));
            return Ok(());
        }
        SizeShow::Report => {}
    }
    let elf = object::File::parse(&*linked.elf).context("reading the firmware ELF")?;
    let mut sections = Vec::new();
    for s in elf.sections() {
        let alloc =
            matches!(s.flags(), SectionFlags::Elf { sh_flags } if sh_flags & object::elf::SHF_ALLOC as u64 != 0);
        if alloc && s.size() > 0 {
            sections.push((s.name().unwrap_or("?").to_string(), s.size()));
        }
    }
    let sym = |name: &str| elf.symbols().find(|s| s.name() == Ok(name)).map_or(0, |s| s.address());
    let heap = sym("__eheap").saturating_sub(sym("__sheap"));
    let stack = sym("_stack_top").saturating_sub(sym("_stack_bottom"));
    let left_out = (linked.methods_left_out, linked.library_left_out);
    print!("{}", crate::size::report(&board, &sections, &linked.map, heap, stack, left_out));
    Ok(())
}

/// `mpyc emulate`: runs an already built firmware ELF in the board's emulator.
pub fn emulate(elf: &Path, board_name: &str) -> Result<i32> {
    let board = board::load(board_name)?;
    let emu = board.emulator.ok_or_else(|| anyhow!("board '{board_name}' has no emulator"))?;
    run_emulator(&emu, elf)
}

pub fn list_boards() -> Result<()> {
    for name in board::names()? {
        let b = board::load(&name)?;
        let cpu = match (&b.cpu, b.float_bits) {
            (Some(cpu), Some(f)) => format!("{cpu}, {f}-bit floats"),
            _ => "this machine".to_string(),
        };
        println!("{name:<10} {:<45} {cpu}", b.description);
    }
    Ok(())
}
