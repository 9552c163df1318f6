//! Firmware file formats from a linked ELF: what gets written to flash (the load images of its
//! `PT_LOAD` segments, at their load addresses) as a raw `.bin`, an Intel `.hex`, or a DfuSe
//! `.dfu` (`dfuse.rs`).

use anyhow::{anyhow, bail, Context, Result};
use object::elf::{FileHeader32, PT_LOAD};
use object::read::elf::{FileHeader, ProgramHeader};
use object::Endianness;
use std::path::Path;

/// Bytes to write at an address: one contiguous piece of the flash image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    pub addr: u32,
    pub data: Vec<u8>,
}

impl Chunk {
    pub fn end(&self) -> u64 {
        self.addr as u64 + self.data.len() as u64
    }
}

/// What erased flash reads as: the filler of gaps, so a gap written is a gap left as erased.
pub const ERASED: u8 = 0xFF;

/// Pieces closer than this are one chunk, the gap filled with [`ERASED`] (alignment padding
/// between sections); farther apart they stay separate, so the flash between them is untouched.
const MERGE_GAP: u64 = 256;

/// The output formats of `mpyc build`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// An ELF executable, with symbols and debug information (for gdb, probes, QEMU).
    Elf,
    /// A raw image from the lowest address written to the highest, gaps filled with 0xFF.
    Bin,
    /// Intel HEX: only the bytes to write, each at its address.
    Hex,
    /// DfuSe (ST's DFU file: one image element per separate piece of flash), for dfu-util.
    Dfu,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Elf => "elf",
            Format::Bin => "bin",
            Format::Hex => "hex",
            Format::Dfu => "dfu",
        }
    }

    /// The format an output file's extension names, if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        [Format::Elf, Format::Bin, Format::Hex, Format::Dfu].into_iter().find(|f| f.extension() == ext)
    }
}

/// The bytes an ELF executable puts in memory at load time (each loadable segment's file bytes
/// at its physical, i.e. load, address), sorted by address, near pieces merged.
pub fn load_image(elf: &[u8]) -> Result<Vec<Chunk>> {
    let header = FileHeader32::<Endianness>::parse(elf).context("reading the firmware ELF")?;
    let endian = header.endian().context("reading the firmware ELF")?;
    let mut pieces = Vec::new();
    for ph in header.program_headers(endian, elf).context("reading the firmware ELF's segments")? {
        if ph.p_type(endian) != PT_LOAD || ph.p_filesz(endian) == 0 {
            continue;
        }
        let data = ph.data(endian, elf).map_err(|()| anyhow!("a segment of the firmware ELF is truncated"))?;
        pieces.push(Chunk { addr: ph.p_paddr(endian), data: data.to_vec() });
    }
    pieces.sort_by_key(|c| c.addr);
    let mut chunks: Vec<Chunk> = Vec::new();
    for p in pieces {
        match chunks.last_mut() {
            Some(last) if p.end() > last.end() && (p.addr as u64) < last.end() => {
                bail!("two segments of the firmware overlap at {:#010x}", p.addr)
            }
            Some(last) if (p.addr as u64) < last.end() + MERGE_GAP => {
                let gap = (p.addr as u64 - last.end()) as usize;
                last.data.extend(std::iter::repeat_n(ERASED, gap));
                last.data.extend(p.data);
            }
            _ => chunks.push(p),
        }
    }
    if chunks.is_empty() {
        bail!("the firmware ELF has nothing to load");
    }
    Ok(chunks)
}

/// A raw image: from the first chunk's address to the last one's end, gaps filled with
/// [`ERASED`] (what `arm-none-eabi-objcopy -O binary --gap-fill 0xff` writes).
pub fn bin(chunks: &[Chunk]) -> Vec<u8> {
    let Some(first) = chunks.first() else { return Vec::new() };
    let end = chunks.iter().map(Chunk::end).max().unwrap_or(0);
    let mut out = vec![ERASED; (end - first.addr as u64) as usize];
    for c in chunks {
        let at = (c.addr - first.addr) as usize;
        out[at..at + c.data.len()].copy_from_slice(&c.data);
    }
    out
}

/// Intel HEX: 16-byte data records, an extended linear address record (type 04) wherever the
/// upper half of the address changes, the entry as a start linear address record (type 05).
pub fn hex(chunks: &[Chunk], entry: Option<u32>) -> String {
    fn record(out: &mut String, kind: u8, addr: u16, data: &[u8]) {
        let mut sum = data.len() as u8;
        sum = sum.wrapping_add((addr >> 8) as u8).wrapping_add(addr as u8).wrapping_add(kind);
        out.push_str(&format!(":{:02X}{addr:04X}{kind:02X}", data.len()));
        for b in data {
            out.push_str(&format!("{b:02X}"));
            sum = sum.wrapping_add(*b);
        }
        out.push_str(&format!("{:02X}\n", sum.wrapping_neg()));
    }
    let mut out = String::new();
    let mut upper = None;
    for c in chunks {
        let mut addr = c.addr;
        let mut rest = &c.data[..];
        while !rest.is_empty() {
            if upper != Some(addr >> 16) {
                upper = Some(addr >> 16);
                record(&mut out, 4, 0, &((addr >> 16) as u16).to_be_bytes());
            }
            // A record never crosses a 64 KiB boundary.
            let room = 0x1_0000 - (addr & 0xFFFF) as usize;
            let n = rest.len().min(16).min(room);
            record(&mut out, 0, addr as u16, &rest[..n]);
            addr = addr.wrapping_add(n as u32);
            rest = &rest[n..];
        }
    }
    if let Some(e) = entry {
        record(&mut out, 5, 0, &e.to_be_bytes());
    }
    record(&mut out, 1, 0, &[]);
    out
}

/// The entry point of an ELF executable.
pub fn entry(elf: &[u8]) -> Result<u32> {
    let header = FileHeader32::<Endianness>::parse(elf).context("reading the firmware ELF")?;
    let endian = header.endian().context("reading the firmware ELF")?;
    Ok(header.e_entry(endian))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_from_extension() {
        assert_eq!(Format::from_path(Path::new("a/fw.DFU")), Some(Format::Dfu));
        assert_eq!(Format::from_path(Path::new("fw.hex")), Some(Format::Hex));
        assert_eq!(Format::from_path(Path::new("fw.img")), None);
        assert_eq!(Format::from_path(Path::new("fw")), None);
    }

    #[test]
    fn bin_fills_gaps_as_erased() {
        let chunks = [Chunk { addr: 0x100, data: vec![1, 2] }, Chunk { addr: 0x104, data: vec![3] }];
        assert_eq!(bin(&chunks), vec![1, 2, 0xFF, 0xFF, 3]);
    }

    /// Records split at 64 KiB boundaries, with checksums that make each record's bytes sum to 0.
    #[test]
    fn hex_records() {
        let chunks = [Chunk { addr: 0x0800_FFF8, data: (0u8..20).collect() }];
        let h = hex(&chunks, Some(0x0800_0101));
        let lines: Vec<&str> = h.lines().collect();
        assert_eq!(lines[0], ":020000040800F2");
        assert!(lines[1].starts_with(":08FFF800"), "{}", lines[1]);
        assert_eq!(lines[2], ":020000040801F1");
        assert!(lines[3].starts_with(":0C000000"), "{}", lines[3]);
        assert_eq!(lines[4], ":0400000508000101ED");
        assert_eq!(lines[5], ":00000001FF");
        for l in lines {
            let bytes: Vec<u8> =
                (1..l.len()).step_by(2).map(|i| u8::from_str_radix(&l[i..i + 2], 16).unwrap()).collect();
            assert_eq!(bytes.iter().fold(0u8, |a, b| a.wrapping_add(*b)), 0, "{l}");
        }
    }
}
