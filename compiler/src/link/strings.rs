//! Mergeable string sections: the NUL-terminated strings of a compilation unit in one section
//! (`.rodata.str1.1`: the runtime's error messages, format templates, file names). Only the
//! strings something kept refers to are linked, each whole (a reference may point into a
//! string, where the compiler merged one string into the tail of another), packed in their
//! order.

use super::input::{Class, Section};
use std::collections::BTreeSet;

/// Whether `sec` is a mergeable section of byte strings, unaligned (`.rodata.str1.1`; not one
/// whose strings are aligned or wide: those are kept whole).
pub fn is_strings(sec: &Section) -> bool {
    sec.class == Class::Rodata && sec.name.starts_with(".rodata.str1.") && sec.align <= 1
}

/// A reference to a string section by a relocation whose addend is not an offset from the
/// symbol (not `reloc::is_absolute`): the section is then kept whole, where every offset stays.
pub const WHOLE: u32 = u32::MAX;

/// The strings of one section that are kept, and where each goes.
#[derive(Default)]
pub struct Pieces {
    /// (start in the input, length with its NUL, start in the output), by start.
    kept: Vec<(u32, u32, u32)>,
    /// The bytes kept.
    pub size: u32,
    /// Kept whole ([`WHOLE`]): every offset stays, the end's too.
    whole: bool,
}

impl Pieces {
    /// The strings of `data` that hold the offsets `refs` (all of them, with [`WHOLE`]).
    pub fn new(data: &[u8], refs: &BTreeSet<u32>) -> Pieces {
        let mut p = Pieces::default();
        if refs.contains(&WHOLE) {
            p.kept.push((0, data.len() as u32, 0));
            p.size = data.len() as u32;
            p.whole = true;
            return p;
        }
        for &off in refs {
            let at = (off as usize).min(data.len());
            let start = data[..at].iter().rposition(|&b| b == 0).map_or(0, |i| i + 1);
            if p.kept.last().is_some_and(|&(s, len, _)| s as usize + len as usize > start) {
                continue;
            }
            let end = data[at..].iter().position(|&b| b == 0).map_or(data.len(), |i| at + i + 1);
            p.kept.push((start as u32, (end - start) as u32, p.size));
            p.size += (end - start) as u32;
        }
        p
    }

    /// Where input offset `off` goes in the output, if its string is kept.
    pub fn remap(&self, off: u32) -> Option<u32> {
        if self.whole {
            return (off <= self.size).then_some(off);
        }
        let i = self.kept.partition_point(|&(s, _, _)| s <= off).checked_sub(1)?;
        let (s, len, to) = self.kept[i];
        // (An offset just past a string's NUL is the end of the section, or the next one.)
        (off < s + len || (len == 0 && off == s)).then_some(to + off - s)
    }

    /// Copies the kept strings of `data` to `out` (of [`Pieces::size`] bytes).
    pub fn copy(&self, data: &[u8], out: &mut [u8]) {
        for &(s, len, to) in &self.kept {
            out[to as usize..(to + len) as usize].copy_from_slice(&data[s as usize..(s + len) as usize]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_referred_strings_whole() {
        let data = b"abc\0hello\0world\0";
        // "ello" (a merged tail of "hello") and "world".
        let refs: BTreeSet<u32> = [5, 10, 11].into_iter().collect();
        let p = Pieces::new(data, &refs);
        assert_eq!(p.size, 12);
        let mut out = vec![0; p.size as usize];
        p.copy(data, &mut out);
        assert_eq!(&out, b"hello\0world\0");
        assert_eq!(p.remap(5), Some(1));
        assert_eq!(p.remap(10), Some(6));
        assert_eq!(p.remap(12), Some(8));
        assert_eq!(p.remap(0), None);
        assert_eq!(p.remap(2), None);
        let whole = Pieces::new(data, &[3, WHOLE].into_iter().collect());
        assert_eq!((whole.size, whole.remap(2), whole.remap(16)), (16, Some(2), Some(16)));
    }
}
