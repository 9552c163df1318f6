//! `mpyc flash`: firmware → a board in DFU mode. The stages: find the board's DFU interface
//! (`usb`), read its memory layout, then the DfuSe download (`dfuse`): erase only the sectors
//! the firmware needs, write, read back, start the program.

pub mod dfuse;
#[cfg(test)]
mod dfuse_tests;
#[cfg(test)]
mod rom_model;
mod usb;

use crate::board::Board;
use crate::link::formats::Chunk;
use anyhow::{anyhow, bail, Result};
use std::io::Write;

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
    let mut usb = usb::DfuUsb::open(&board.name, &dfu)?;
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
