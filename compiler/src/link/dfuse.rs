//! DfuSe files (ST's UM0391 "DfuSe File Format Specification", what dfu-util and MicroPython
//! use): a prefix, one target per USB alternate setting holding image elements (address, bytes),
//! and the DFU suffix with the device's USB ids and a CRC-32. Little-endian throughout.

use super::formats::{Chunk, ERASED};
use anyhow::{bail, Result};

const PREFIX_LEN: usize = 11;
const TARGET_PREFIX_LEN: usize = 274;
const SUFFIX_LEN: usize = 16;
/// `bcdDFU` of the DfuSe extension (DFU 1.1a).
const BCD_DFUSE: u16 = 0x011A;

/// Whom a DfuSe file is for: the USB ids of the device in DFU mode and its alternate setting
/// (0xFFFF ids match any device).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Device {
    pub vendor: u16,
    pub product: u16,
    pub alt: u8,
}

impl Device {
    pub const ANY: Device = Device { vendor: 0xFFFF, product: 0xFFFF, alt: 0 };
}

/// CRC-32 (IEEE, reflected) without the final inversion, as the DFU suffix stores it: the
/// complement of what zlib's `crc32` returns.
pub fn dfu_crc(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    crc
}

/// A DfuSe file with one target (`device.alt`) holding one image element per chunk, each padded
/// with 0xFF to a multiple of 8 bytes (some STM32 bootloaders program 8 bytes at a time).
pub fn write(chunks: &[Chunk], device: Device) -> Vec<u8> {
    let mut elements = Vec::new();
    for c in chunks {
        let mut data = c.data.clone();
        data.resize(data.len().div_ceil(8) * 8, ERASED);
        elements.extend_from_slice(&c.addr.to_le_bytes());
        elements.extend_from_slice(&(data.len() as u32).to_le_bytes());
        elements.extend_from_slice(&data);
    }
    let mut out = Vec::with_capacity(PREFIX_LEN + TARGET_PREFIX_LEN + elements.len() + SUFFIX_LEN);
    // Prefix: signature, version, the file's size without the suffix, the number of targets.
    out.extend_from_slice(b"DfuSe");
    out.push(1);
    let image_size = (PREFIX_LEN + TARGET_PREFIX_LEN + elements.len()) as u32;
    out.extend_from_slice(&image_size.to_le_bytes());
    out.push(1);
    // Target prefix: signature, alternate setting, "named", name, size of the elements, count.
    out.extend_from_slice(b"Target");
    out.push(device.alt);
    out.extend_from_slice(&1u32.to_le_bytes());
    let mut name = [0u8; 255];
    name[..5].copy_from_slice(b"ST...");
    out.extend_from_slice(&name);
    out.extend_from_slice(&(elements.len() as u32).to_le_bytes());
    out.extend_from_slice(&(chunks.len() as u32).to_le_bytes());
    out.extend_from_slice(&elements);
    // Suffix: bcdDevice (any), product, vendor, bcdDFU, "UFD", its length, then the CRC.
    out.extend_from_slice(&0xFFFFu16.to_le_bytes());
    out.extend_from_slice(&device.product.to_le_bytes());
    out.extend_from_slice(&device.vendor.to_le_bytes());
    out.extend_from_slice(&BCD_DFUSE.to_le_bytes());
    out.extend_from_slice(b"UFD");
    out.push(SUFFIX_LEN as u8);
    let crc = dfu_crc(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// A DfuSe file read back: its device and its image elements (of every target, in order).
pub fn read(file: &[u8]) -> Result<(Device, Vec<Chunk>)> {
    let u32_at = |b: &[u8], at: usize| u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]);
    if file.len() < PREFIX_LEN + SUFFIX_LEN || &file[..5] != b"DfuSe" {
        bail!("not a DfuSe file (no \"DfuSe\" prefix)");
    }
    let (body, suffix) = file.split_at(file.len() - SUFFIX_LEN);
    if &suffix[8..11] != b"UFD" || suffix[11] as usize != SUFFIX_LEN {
        bail!("the DfuSe file has no DFU suffix");
    }
    if dfu_crc(&file[..file.len() - 4]) != u32_at(suffix, 12) {
        bail!("the DfuSe file's CRC does not match: the file is damaged");
    }
    // The image size counts the file without its suffix (MicroPython's dfu.py, ST's tools) or
    // with it (dfu-util's dfuse-pack): both are in use.
    if ![body.len(), file.len()].contains(&(u32_at(file, 6) as usize)) {
        bail!("the DfuSe file's size field does not match its length");
    }
    let vendor = u16::from_le_bytes([suffix[4], suffix[5]]);
    let product = u16::from_le_bytes([suffix[2], suffix[3]]);
    let mut at = PREFIX_LEN;
    let mut alt = 0;
    let mut chunks = Vec::new();
    for _ in 0..file[10] {
        if body.len() < at + TARGET_PREFIX_LEN || &body[at..at + 6] != b"Target" {
            bail!("a target of the DfuSe file is cut short");
        }
        alt = body[at + 6];
        let (size, count) = (u32_at(body, at + 266) as usize, u32_at(body, at + 270));
        at += TARGET_PREFIX_LEN;
        let end = at + size;
        for _ in 0..count {
            if end > body.len() || at + 8 > end {
                bail!("an image element of the DfuSe file is cut short");
            }
            let (addr, n) = (u32_at(body, at), u32_at(body, at + 4) as usize);
            if at + 8 + n > end {
                bail!("an image element of the DfuSe file is cut short");
            }
            chunks.push(Chunk { addr, data: body[at + 8..at + 8 + n].to_vec() });
            at += 8 + n;
        }
        if at != end {
            bail!("a target of the DfuSe file has bytes after its elements");
        }
    }
    if at != body.len() {
        bail!("the DfuSe file has bytes after its targets");
    }
    Ok((Device { vendor, product, alt }, chunks))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CRC of the standard check string: zlib's crc32 is 0xCBF43926, the suffix stores its
    /// complement.
    #[test]
    fn crc_is_zlib_complement() {
        assert_eq!(dfu_crc(b"123456789"), !0xCBF4_3926);
    }

    #[test]
    fn write_then_read() {
        let chunks =
            vec![Chunk { addr: 0x0800_0000, data: vec![1; 13] }, Chunk { addr: 0x0802_0000, data: vec![2; 8] }];
        let dev = Device { vendor: 0x0483, product: 0xDF11, alt: 0 };
        let file = write(&chunks, dev);
        let (d, back) = read(&file).unwrap();
        assert_eq!(d, dev);
        assert_eq!(back[0].data.len(), 16);
        assert_eq!(&back[0].data[..13], &[1; 13]);
        assert_eq!(&back[0].data[13..], &[0xFF; 3]);
        assert_eq!(back[1], chunks[1]);
        let mut bad = file.clone();
        bad[300] ^= 1;
        assert!(read(&bad).unwrap_err().to_string().contains("CRC"));
    }
}
