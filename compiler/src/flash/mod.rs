//! `mpyc flash`: firmware → a board in DFU mode. The stages: find the board's DFU interface
//! (`usb`), read its memory layout, then the DfuSe download (`dfuse`): erase only the sectors
//! the firmware needs, write, read back, start the program.

pub mod dfuse;
#[cfg(test)]
mod dfuse_tests;
mod reboot;
pub use reboot::serial_ports;
#[cfg(test)]
mod rom_model;
mod usb;

use crate::board::Board;
use crate::link::formats::Chunk;
use anyhow::{anyhow, bail, Result};
use std::io::Write;
use std::path::Path;

/// Flashes `elements` (the firmware's load image) to `board` over USB DFU and starts it.
pub fn flash(board: &Board, elements: &[Chunk]) -> Result<()> {
    if board.emulator.is_some() {
        bail!("board '{}' is emulated: run programs on it with `mpyc run FILE --board {}`", board.name, board.name);
    }
    let dfu = board.dfu.ok_or_else(|| {
        anyhow!(
            "board '{}' has no USB DFU bootloader in its board file; write its firmware with \
             `mpyc build --format hex` and the board's own tool",
            board.name
        )
    })?;
    let mut usb = match usb::DfuUsb::open(&board.name, &dfu) {
        Ok(usb) => usb,
        Err(not_found) => {
            // A board running mpyc firmware or MicroPython is asked to enter DFU mode; then it
            // is looked for again.
            if let Some(port) = crate::monitor::ports(board).first() {
                eprintln!("mpyc: asking the mpyc firmware on {} to enter DFU mode (1200 baud)", port.display());
                reboot::ask_mpyc(port)?;
            } else {
                let ports = board
                    .micropython
                    .as_ref()
                    .map(|m| reboot::serial_ports(Path::new("/sys"), m.vendor, &m.products))
                    .unwrap_or_default();
                let Some(port) = ports.first() else { return Err(not_found) };
                eprintln!("mpyc: asking MicroPython on {} to enter DFU mode (machine.bootloader())", port.display());
                reboot::ask_micropython(port)?;
            }
            wait_for_dfu(board, &dfu)?
        }
    };
    let (name, sectors) = dfuse::parse_layout(&usb.layout).map_err(|e| anyhow!("{e}"))?;
    eprintln!("mpyc: found {} in DFU mode: {name}", board.name);
    let start = elements.first().map(|e| e.addr).ok_or_else(|| anyhow!("the firmware is empty"))?;
    let transfer_size = usb.transfer_size;
    let mut bar = ProgressBar::default();
    let mut progress = |p: dfuse::Progress| bar.show(p);
    let mut download = dfuse::Download { usb: &mut usb, sectors, transfer_size, progress: &mut progress };
    download.run(elements).map_err(|e| anyhow!("{e}"))?;
    download.leave(start).map_err(|e| anyhow!("{e}"))?;
    eprintln!("\nmpyc: flashed and started");
    Ok(())
}

/// Looks for the board in DFU mode for up to 10 s (it re-enumerates after a reboot).
fn wait_for_dfu(board: &Board, dfu: &crate::board::Dfu) -> Result<usb::DfuUsb> {
    let start = std::time::Instant::now();
    loop {
        match usb::DfuUsb::open(&board.name, dfu) {
            Ok(usb) => return Ok(usb),
            Err(e) if start.elapsed() > std::time::Duration::from_secs(10) => {
                return Err(e.context("the board was asked to enter DFU mode, but none appeared in DFU mode"))
            }
            Err(_) => std::thread::sleep(std::time::Duration::from_millis(250)),
        }
    }
}

/// A one-line progress bar on stderr.
#[derive(Default)]
struct ProgressBar {
    last: Option<(dfuse::Phase, u64)>,
}

impl ProgressBar {
    fn show(&mut self, p: dfuse::Progress) {
        let pct = (p.done * 100).checked_div(p.total).unwrap_or(100);
        if self.last == Some((p.phase, pct)) {
            return;
        }
        if self.last.is_some_and(|(phase, _)| phase != p.phase) {
            eprintln!();
        }
        self.last = Some((p.phase, pct));
        let word = match p.phase {
            dfuse::Phase::Erase => "erasing ",
            dfuse::Phase::Write => "writing ",
            dfuse::Phase::Verify => "checking",
        };
        let filled = (pct / 4) as usize;
        eprint!("\r{word} [{}{}] {pct:3}% ({} KiB)", "#".repeat(filled), " ".repeat(25 - filled), p.total / 1024);
        let _ = std::io::stderr().flush();
    }
}
