//! `mpyc`: the command line. `build` writes firmware, `run` runs a program on the host or an
//! emulated board, `boards` lists the boards.

mod backend;
mod bench;
mod board;
mod diag;
mod driver;
mod faultline;
mod flash;
mod frontend;
mod link;
mod lower;
mod mcu_runtime;
mod monitor;
#[cfg(test)]
mod perfbench;
mod phases;
mod runtime_lib;
mod sim;
mod size;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "mpyc", version, about = "Compile Python ahead of time to native firmware for microcontrollers")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile FILE into firmware for a board (ELF, or .bin/.hex/.dfu to flash).
    Build {
        /// The program's main file.
        file: PathBuf,
        /// The board to build for (see `mpyc boards`).
        #[arg(long, default_value = "pyboard")]
        board: String,
        /// Where to write the firmware; FILE's stem with the format's extension by default.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The firmware file's format; by default `-o`'s extension names it, else ELF.
        #[arg(long, value_enum)]
        format: Option<link::formats::Format>,
        /// Print an intermediate form instead of writing firmware.
        #[arg(long, value_enum)]
        emit: Option<driver::Emit>,
        /// Collect garbage at every allocation (slow; finds objects the collector misses).
        #[arg(long)]
        gc_stress: bool,
        /// Treat warnings (names assigned nowhere, missing modules) as errors.
        #[arg(long)]
        deny_warnings: bool,
        /// Link every built-in method, also those the program never names (for names
        /// computed at run time: `getattr(s, "up" + "per")`).
        #[arg(long)]
        keep_methods: bool,
        /// Machine code (fastest), bytecode run by the runtime's VM (smallest), or auto
        /// (bytecode for code that runs once); `@micropython.native`/`@micropython.bytecode`
        /// choose per function.
        #[arg(long, value_enum, default_value = "native")]
        code: backend::bytecode::Code,
    },
    /// Compile FILE and run it: natively (`host`) or as firmware in an emulator.
    Run {
        file: PathBuf,
        /// The board to run on (see `mpyc boards`).
        #[arg(long, default_value = "host")]
        board: String,
        /// Collect garbage at every allocation (slow; finds objects the collector misses).
        #[arg(long)]
        gc_stress: bool,
        /// Treat warnings (names assigned nowhere, missing modules) as errors.
        #[arg(long)]
        deny_warnings: bool,
        /// Link every built-in method, also those the program never names (for names
        /// computed at run time: `getattr(s, "up" + "per")`).
        #[arg(long)]
        keep_methods: bool,
        /// Machine code (fastest), bytecode run by the runtime's VM (smallest), or auto
        /// (bytecode for code that runs once); `@micropython.native`/`@micropython.bytecode`
        /// choose per function.
        #[arg(long, value_enum, default_value = "native")]
        code: backend::bytecode::Code,
        /// Simulated boards: how long to run, in simulated time (`5s`, `1500ms`; 10 s by default).
        #[arg(long, value_name = "DURATION")]
        sim_time: Option<String>,
        /// Simulated boards: the scenario file (FILE's stem with `.scenario` beside it, if there is one).
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
        /// Simulated boards: where the LED timeline and LCD screenshots go (`FILE-sim/` by default).
        #[arg(long, value_name = "DIR")]
        sim_out: Option<PathBuf>,
    },
    /// Compile FILE and write it to a board in DFU mode over USB (erasing only the flash it
    /// needs: the pyboard's /flash files stay), then start it. FILE may also be a built
    /// .elf or .dfu.
    Flash {
        file: PathBuf,
        /// The board (see `mpyc boards`).
        #[arg(long, default_value = "pyboard")]
        board: String,
        /// Treat warnings (names assigned nowhere, missing modules) as errors.
        #[arg(long)]
        deny_warnings: bool,
        /// Link every built-in method, also those the program never names (for names
        /// computed at run time: `getattr(s, "up" + "per")`).
        #[arg(long)]
        keep_methods: bool,
        /// Machine code (fastest), bytecode run by the runtime's VM (smallest), or auto
        /// (bytecode for code that runs once); `@micropython.native`/`@micropython.bytecode`
        /// choose per function.
        #[arg(long, value_enum, default_value = "native")]
        code: backend::bytecode::Code,
        /// Then show the board's console (as `mpyc monitor`).
        #[arg(long)]
        monitor: bool,
    },
    /// Show the console of a board running mpyc firmware (its USB serial port): Ctrl-C goes to
    /// the program, Ctrl-] quits.
    Monitor {
        /// The board (see `mpyc boards`): its USB ids find the port.
        #[arg(long, default_value = "pyboard")]
        board: String,
        /// The serial port, instead of looking for the board's.
        #[arg(long)]
        port: Option<PathBuf>,
    },
    /// Build FILE for a board and show where its flash and RAM go, by section and by component.
    Size {
        file: PathBuf,
        /// The board (see `mpyc boards`).
        #[arg(long, default_value = "pyboard")]
        board: String,
        /// Link every built-in method, also those the program never names (for names
        /// computed at run time: `getattr(s, "up" + "per")`).
        #[arg(long)]
        keep_methods: bool,
        /// Machine code (fastest), bytecode run by the runtime's VM (smallest), or auto
        /// (bytecode for code that runs once); `@micropython.native`/`@micropython.bytecode`
        /// choose per function.
        #[arg(long, value_enum, default_value = "native")]
        code: backend::bytecode::Code,
        /// Show why sections named like TEXT are linked: the chain of references from the
        /// vector table to each of the largest three.
        #[arg(long, value_name = "TEXT")]
        why: Option<String>,
        /// Show the dominator tree of the firmware's references down to sections that keep at
        /// least BYTES of flash alone: what leaving each out would save.
        #[arg(long, value_name = "BYTES", num_args = 0..=1, default_missing_value = "1000")]
        hubs: Option<u64>,
    },
    /// Build FILE as machine code and as bytecode, run both in the board's emulator counting
    /// instructions exactly, and compare: instructions (whole run, and between the first two
    /// `time.ticks_us()` calls), flash. A MicroPython perf_bench program runs as its harness
    /// runs it.
    Bench {
        file: PathBuf,
        /// An emulated board (see `mpyc boards`).
        #[arg(long, default_value = "qemu-pyboard")]
        board: String,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Run an already built firmware ELF in a board's emulator.
    Emulate {
        elf: PathBuf,
        #[arg(long, default_value = "qemu")]
        board: String,
    },
    /// List the boards.
    Boards,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build { file, board, output, format, emit, gc_stress, deny_warnings, keep_methods, code } => {
            let options = lower::Options { gc_stress, deny_warnings, keep_methods, code, ..Default::default() };
            driver::build(&file, &board, output, format, emit, options).map(|_| 0)
        }
        Command::Run { file, board, gc_stress, deny_warnings, keep_methods, code, sim_time, scenario, sim_out } => {
            driver::run(
                &file,
                &board,
                lower::Options { gc_stress, deny_warnings, keep_methods, code, ..Default::default() },
                driver::SimOptions { time: sim_time, scenario, out: sim_out },
            )
        }
        Command::Flash { file, board, deny_warnings, keep_methods, code, monitor } => {
            driver::flash(&file, &board, lower::Options { deny_warnings, keep_methods, code, ..Default::default() })
                .and_then(|_| if monitor { driver::monitor(&board, None, true) } else { Ok(()) })
                .map(|_| 0)
        }
        Command::Monitor { board, port } => driver::monitor(&board, port, false).map(|_| 0),
        Command::Size { file, board, keep_methods, code, why, hubs } => {
            let show = match (why, hubs) {
                (Some(text), _) => driver::SizeShow::Why(text),
                (None, Some(min)) => driver::SizeShow::Hubs(min),
                (None, None) => driver::SizeShow::Report,
            };
            driver::size(&file, &board, lower::Options { keep_methods, code, ..Default::default() }, show).map(|_| 0)
        }
        Command::Emulate { elf, board } => driver::emulate(&elf, &board),
        Command::Bench { file, board, json } => bench::bench(&file, &board, lower::Options::default(), json),
        Command::Boards => driver::list_boards().map(|_| 0),
    };
    phases::report();
    match result {
        Ok(code) => ExitCode::from(code.clamp(0, 255) as u8),
        Err(e) => {
            match e.downcast_ref::<diag::CompileError>() {
                Some(ce) => eprintln!("{ce}"),
                None => eprintln!("mpyc: error: {e:#}"),
            }
            ExitCode::from(2)
        }
    }
}
