//! Boards as data: reads `targets/*.toml`, resolving `inherits` (a file's keys override its
//! parent's, tables merged key by key).

use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;
use std::path::PathBuf;

/// Which backend compiles for a board.
#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Host,
    Thumb2,
}

#[derive(Deserialize, Debug, Clone, Copy)]
pub struct Region {
    pub origin: u32,
    pub length: u32,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct Memory {
    /// Where code, read-only data and the initial values of data go.
    pub flash: Region,
    pub ram: Region,
    /// Where the vector table and the reset code go when they must sit apart from the rest
    /// (the pyboard: flash sector 0, with MicroPython's filesystem between it and `flash`).
    /// Without it they start `flash`.
    pub boot: Option<Region>,
}

/// The board's USB DFU bootloader: the ids it enumerates with and the alternate setting that
/// writes internal flash (what a DfuSe file's suffix and target name).
#[derive(Deserialize, Debug, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct Dfu {
    pub vendor: u16,
    pub product: u16,
    pub alt: u8,
}

/// MicroPython's USB serial ids on a board: `mpyc flash` finds a board running MicroPython by
/// them and asks it to enter DFU mode.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct MicroPython {
    pub vendor: u16,
    pub products: Vec<u16>,
}

/// Where a board's firmware writes its console (and reads Ctrl-C and input): the runtime's
/// `console-usb` or `console-uart` feature.
#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Console {
    /// A USB CDC-ACM serial port (needs `[usb]`).
    Usb,
    /// The board's console UART.
    Uart,
}

impl Console {
    /// The runtime feature that selects it.
    pub fn feature(self) -> &'static str {
        match self {
            Console::Usb => "console-usb",
            Console::Uart => "console-uart",
        }
    }
}

/// The USB ids mpyc firmware's USB console enumerates with: `mpyc flash` and `mpyc monitor`
/// find a running board by them.
#[derive(Deserialize, Debug, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct UsbIds {
    pub vendor: u16,
    pub product: u16,
}

/// How the runtime is built for a board: the Rust target and the runtime's board feature.
#[derive(Deserialize, Debug, Clone)]
pub struct RuntimeBuild {
    pub rust_target: String,
    pub features: Vec<String>,
}

/// An emulator that runs the board's firmware: its command line, with `{elf}` for the file.
#[derive(Deserialize, Debug, Clone)]
pub struct Emulator {
    pub command: Vec<String>,
    /// The package that provides the command, for the error when it is missing.
    pub package: String,
}

impl Emulator {
    /// The command line that runs the firmware `elf`.
    pub fn command_for(&self, elf: &std::path::Path) -> Vec<String> {
        self.command.iter().map(|a| a.replace("{elf}", &elf.display().to_string())).collect()
    }
}

/// A simulated board (`[simulator]`): the host backend with these parts modelled, wired as on
/// the real board. Pins are CPU names (`A13`).
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct Simulator {
    /// LED(1), LED(2), … (active high).
    pub leds: Vec<String>,
    /// The user switch (pressing it pulls the pin low).
    pub switch: Option<String>,
    #[serde(default)]
    pub devices: Vec<SimDevice>,
}

/// A device model on an I2C bus of a simulated board.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct SimDevice {
    /// The model: `mma7660`, `lcd160cr`.
    pub model: String,
    pub bus: u8,
    pub addr: u8,
    /// The pin that powers it, if one does.
    pub power: Option<String>,
    /// The SPI bus it also listens on, if any (the LCD160CR's frame data).
    pub spi: Option<u8>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct Board {
    #[serde(skip)]
    pub name: String,
    pub description: String,
    pub backend: Backend,
    #[serde(default)]
    pub abstract_: bool,
    pub cpu: Option<String>,
    pub float_bits: Option<u32>,
    pub runtime: Option<RuntimeBuild>,
    pub memory: Option<Memory>,
    pub stack_size: Option<u32>,
    /// Bytes of heap: on the host, its size; on a board, a cap on the RAM its data and stack
    /// leave (all of it without one).
    pub heap_size: Option<u32>,
    pub emulator: Option<Emulator>,
    pub dfu: Option<Dfu>,
    pub micropython: Option<MicroPython>,
    /// The console the firmware uses, on a board that has a choice.
    pub console: Option<Console>,
    pub usb: Option<UsbIds>,
    pub simulator: Option<Simulator>,
}

impl Board {
    /// The runtime's cargo features for this board: its own, and its console's.
    pub fn runtime_features(&self) -> Vec<String> {
        let mut features = self.runtime.as_ref().map(|r| r.features.clone()).unwrap_or_default();
        if let Some(c) = self.console {
            features.push(c.feature().to_string());
        }
        features
    }
}

/// The board files of `targets/`, carried inside mpyc (so an installed mpyc needs no source
/// tree). A test checks that the list is the directory's.
const BOARD_FILES: &[(&str, &str)] = &[
    ("cortex-m4f", include_str!("../../targets/cortex-m4f.toml")),
    ("host", include_str!("../../targets/host.toml")),
    ("pyboard", include_str!("../../targets/pyboard.toml")),
    ("pyboard-sim", include_str!("../../targets/pyboard-sim.toml")),
    ("pyboard-uart", include_str!("../../targets/pyboard-uart.toml")),
    ("qemu", include_str!("../../targets/qemu.toml")),
    ("qemu-pyboard", include_str!("../../targets/qemu-pyboard.toml")),
];

/// The directory `$MPYC_TARGETS` of a user's own board files, read before the ones mpyc
/// carries: a file there is a new board or takes the place of a carried one of its name, and
/// may inherit from any board (`inherits = "qemu-pyboard"`).
fn targets_dir() -> Option<PathBuf> {
    std::env::var_os("MPYC_TARGETS").map(PathBuf::from)
}

/// The text of board file `name` and where it came from (for messages).
fn board_file(name: &str) -> Result<(String, String)> {
    if let Some(dir) = targets_dir() {
        let path = dir.join(format!("{name}.toml"));
        if let Ok(text) = std::fs::read_to_string(&path) {
            return Ok((path.display().to_string(), text));
        }
    }
    BOARD_FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, text)| (format!("targets/{n}.toml"), text.to_string()))
        .ok_or_else(|| unknown(name))
}

fn raw(name: &str, depth: usize) -> Result<toml::Table> {
    if depth > 8 {
        bail!("board '{name}': `inherits` goes round in a circle");
    }
    let (path, text) = board_file(name)?;
    let mut table: toml::Table = text.parse().with_context(|| format!("reading {path}"))?;
    let Some(parent) = table.remove("inherits") else {
        return Ok(table);
    };
    let parent = parent.as_str().ok_or_else(|| anyhow!("{path}: `inherits` names one board"))?;
    let mut base = raw(parent, depth + 1)?;
    base.remove("abstract");
    merge(&mut base, table);
    Ok(base)
}

fn merge(base: &mut toml::Table, over: toml::Table) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

fn unknown(name: &str) -> anyhow::Error {
    let known = names().unwrap_or_default().join(", ");
    anyhow!("unknown board '{name}'; the boards are: {known}")
}

/// Loads the board called `name`.
pub fn load(name: &str) -> Result<Board> {
    let mut table = raw(name, 0)?;
    if let Some(a) = table.remove("abstract") {
        table.insert("abstract_".into(), a);
    }
    let mut board: Board =
        toml::Value::Table(table).try_into().with_context(|| format!("reading board file {name}.toml"))?;
    board.name = name.to_string();
    if board.abstract_ {
        return Err(unknown(name));
    }
    if board.backend == Backend::Thumb2 && (board.memory.is_none() || board.runtime.is_none()) {
        bail!("board '{name}' needs [memory] and [runtime] sections");
    }
    if board.console == Some(Console::Usb) && board.usb.is_none() {
        bail!("board '{name}' has a USB console but no [usb] section with its vendor and product ids");
    }
    Ok(board)
}

/// The board files of directory `dir`: each name (the file's stem) and text, sorted by name.
fn dir_files(dir: &std::path::Path) -> Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.file_stem().unwrap_or_default().to_string_lossy().to_string();
            files.push((name, std::fs::read_to_string(&path)?));
        }
    }
    files.sort();
    Ok(files)
}

/// The names of the boards one can build for (abstract bases left out), sorted.
pub fn names() -> Result<Vec<String>> {
    let mut files: Vec<(String, String)> = match targets_dir() {
        Some(dir) => dir_files(&dir)?,
        None => Vec::new(),
    };
    for (n, t) in BOARD_FILES {
        if !files.iter().any(|(name, _)| name == n) {
            files.push((n.to_string(), t.to_string()));
        }
    }
    let mut names: Vec<String> = files
        .into_iter()
        .filter(|(_, text)| {
            let table = text.parse::<toml::Table>().ok();
            !table.and_then(|t| t.get("abstract").and_then(|a| a.as_bool())).unwrap_or(false)
        })
        .map(|(name, _)| name)
        .collect();
    names.sort();
    Ok(names)
}

#[cfg(test)]
mod tests {
    /// The board files mpyc carries are exactly those of `targets/`, as they are there.
    #[test]
    fn carried_board_files_are_the_directory() {
        let on_disk = super::dir_files(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../targets")).unwrap();
        let carried: Vec<(String, String)> =
            super::BOARD_FILES.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        assert_eq!(carried, on_disk, "compiler/src/board.rs's BOARD_FILES must list every file of targets/");
    }

    /// Every board file loads, and every non-abstract board is complete for its backend.
    #[test]
    fn every_board_file_loads() {
        let names = super::names().unwrap();
        assert!(names.len() >= 3, "{names:?}");
        for name in &names {
            let b = super::load(name).unwrap_or_else(|e| panic!("{name}: {e:#}"));
            if b.backend == super::Backend::Thumb2 {
                let m = b.memory.as_ref().unwrap();
                assert!(m.flash.length > 0 && m.ram.length > 0, "{name}");
                assert!(b.stack_size.unwrap_or(0) < m.ram.length, "{name}");
            }
        }
        // The pyboard's console is USB, with its ids in the board file; pyboard-uart is the
        // same board with the UART console (what QEMU's netduinoplus2 can show).
        let p = super::load("pyboard").unwrap();
        assert_eq!(p.console, Some(super::Console::Usb));
        assert!(p.runtime_features().contains(&"console-usb".to_string()));
        let ids = p.usb.unwrap();
        assert_eq!((ids.vendor, ids.product), (0x1209, 0x0001));
        let u = super::load("pyboard-uart").unwrap();
        assert_eq!(u.runtime_features(), ["board-pyboard", "console-uart"]);
        let e = super::load("cortex-m4f").unwrap_err().to_string();
        assert!(e.contains("unknown board") && e.contains("pyboard"), "{e}");
        let e = super::load("nosuch").unwrap_err().to_string();
        assert!(e.contains("qemu"), "{e}");
    }
}
