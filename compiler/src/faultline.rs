//! The Python lines of a processor fault: firmware that faults prints the faulting pc and the
//! return address lr (`runtime/src/mcu.rs`); the emulator's console passes through here, and
//! each such report is followed by the Python file and line of both, read from the firmware's
//! own DWARF line table (what `arm-none-eabi-addr2line` would answer).

use std::borrow::Cow;
use std::io::Write;

/// The `(file, line)` of code address `addr` in the ELF `elf`, when a row of its line table
/// covers it (compiled Python code does; the runtime has no line table).
pub fn python_line(elf: &[u8], addr: u64) -> Option<(String, u64)> {
    use object::{Object, ObjectSection};
    let file = object::File::parse(elf).ok()?;
    let load = |id: gimli::SectionId| -> Result<Cow<[u8]>, gimli::Error> {
        Ok(file.section_by_name(id.name()).and_then(|s| s.uncompressed_data().ok()).unwrap_or(Cow::Borrowed(&[])))
    };
    let sections = gimli::DwarfSections::load(load).ok()?;
    let dwarf = sections.borrow(|s| gimli::EndianSlice::new(s, gimli::LittleEndian));
    let mut units = dwarf.units();
    while let Ok(Some(header)) = units.next() {
        let Ok(unit) = dwarf.unit(header) else { continue };
        let Some(program) = unit.line_program.clone() else { continue };
        let mut rows = program.rows();
        // The last row at or below `addr` in the current sequence.
        let mut below: Option<(u64, u64, u64)> = None;
        while let Ok(Some((header, row))) = rows.next_row() {
            if row.end_sequence() || row.address() > addr {
                if let (Some((_, file, line)), true) = (below, row.address() > addr) {
                    let entry = header.file(file)?;
                    let name = dwarf.attr_string(&unit, entry.path_name()).ok()?;
                    return Some((name.to_string_lossy().into_owned(), line));
                }
                below = None;
                continue;
            }
            let line = row.line().map_or(0, |l| l.get());
            below = Some((row.address(), row.file_index(), line));
        }
    }
    None
}

/// The lines that follow a fault report `report` (the console's `fatal: processor fault …`
/// line) of firmware `elf`: where the pc and the lr are in the program's Python code.
pub fn explain(elf: &[u8], report: &str) -> Vec<String> {
    let word = |key: &str| {
        let at = report.find(key)? + key.len();
        let hex = report[at..].trim_start_matches("0x").split(|c: char| !c.is_ascii_hexdigit()).next()?;
        u64::from_str_radix(hex, 16).ok()
    };
    let mut out = Vec::new();
    // (A return address is the instruction after the call, and has the Thumb bit.)
    let places = [(word("pc="), "at", 0), (word("lr="), "called from", 1)];
    for (addr, what, back) in places {
        let Some(addr) = addr.map(|a| (a & !1).saturating_sub(back)) else { continue };
        if let Some((file, line)) = python_line(elf, addr) {
            out.push(format!("  {what} File \"{file}\", line {line} (Python code, {addr:#010x})"));
        }
    }
    out
}

/// Copies the console `from` to stdout as it comes, each fault report followed by its
/// Python lines ([`explain`]: after the report's second line, the fault status registers).
pub fn relay(elf: &[u8], mut from: impl std::io::Read) {
    let mut stdout = std::io::stdout();
    let mut line = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let _ = stdout.write_all(&buf[..n]);
        for &b in &buf[..n] {
            if b != b'\n' {
                // (Only the start of a long line matters: the report is short.)
                if line.len() < 512 {
                    line.push(b);
                }
                continue;
            }
            let text = String::from_utf8_lossy(&line);
            if text.starts_with("fatal: processor fault") {
                pending = explain(elf, &text);
            } else if text.starts_with("  CFSR=") {
                for l in pending.drain(..) {
                    let _ = writeln!(stdout, "{l}");
                }
            }
            line.clear();
        }
        let _ = stdout.flush();
    }
    for l in pending {
        let _ = writeln!(stdout, "{l}");
    }
    let _ = stdout.flush();
}
