//! Mergeable sections: the NUL-terminated strings of a compilation unit in one section
//! (`.rodata.str1.1`: the runtime's error messages, format templates, file names), and its
//! constants of one size in another (`.rodata.cst8`: the 8-byte constants of all its functions,
//! `.rodata.cst16`…). Only the strings and constants something kept refers to are linked, each
//! whole (a reference may point into a string, where the compiler merged one string into the
//! tail of another), packed in their order. (Code may rely on nothing else: a linker may
//! merge equal entries of such a section, so no reference reaches past its own entry.)

use super::input::{Class, Section};
use std::collections::BTreeSet;

/// Whether `sec` is a mergeable section of byte strings, unaligned (`.rodata.str1.1`; not one
/// whose strings are aligned or wide: those are kept whole).
pub fn is_strings(sec: &Section) -> bool {
    sec.class == Class::Rodata && sec.name.starts_with(".rodata.str1.") && sec.align <= 1
}

/// The size of each constant of `sec` when it is a mergeable section of constants of one size
/// (`.rodata.cst8`: 8 bytes), without relocations and a whole number of them.
pub fn constant_size(sec: &Section) -> Option<u32> {
    let n: u32 = sec.name.strip_prefix(".rodata.cst")?.parse().ok()?;
    (sec.class == Class::Rodata && n > 0 && sec.relocs.is_empty() && (sec.data.len() as u32).is_multiple_of(n))
        .then_some(n)
}

/// Whether `sec` is kept by its pieces: strings, or constants of one size.
pub fn is_pieces(sec: &Section) -> bool {
    is_strings(sec) || constant_size(sec).is_some()
}

/// A reference to a string or constant section by a relocation whose addend is not an offset from the
/// symbol (not `reloc::is_absolute`): the section is then kept whole, where every offset stays.
pub const WHOLE: u32 = u32::MAX;

/// The strings (or constants) of one section that are kept, and where each goes.
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
    /// The pieces of section `sec` (strings, or constants: [`is_pieces`]) that hold the
    /// offsets `refs` (all of them, with [`WHOLE`]).
    pub fn of(sec: &Section, refs: &BTreeSet<u32>) -> Pieces {
        match constant_size(sec) {
            Some(n) => Pieces::constants(sec.data, n, refs),
            None => Pieces::new(sec.data, refs),
        }
    }

    /// The constants of `n` bytes each of `data` that hold the offsets `refs` (all of them,
    /// with [`WHOLE`] or an offset past the end).
    pub fn constants(data: &[u8], n: u32, refs: &BTreeSet<u32>) -> Pieces {
        if refs.last().is_some_and(|&off| off as usize >= data.len()) {
            return Pieces::whole(data);
        }
        let mut p = Pieces::default();
        for &off in refs {
            let start = off - off % n;
            if p.kept.last().is_some_and(|&(s, _, _)| s == start) {
                continue;
            }
            p.kept.push((start, n, p.size));
            p.size += n;
        }
        p
    }

    fn whole(data: &[u8]) -> Pieces {
        Pieces { kept: vec![(0, data.len() as u32, 0)], size: data.len() as u32, whole: true }
    }

    /// The strings of `data` that hold the offsets `refs` (all of them, with [`WHOLE`]).
    pub fn new(data: &[u8], refs: &BTreeSet<u32>) -> Pieces {
        if refs.contains(&WHOLE) {
            return Pieces::whole(data);
        }
        let mut p = Pieces::default();
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

    #[test]
    fn keeps_referred_constants() {
        let data: Vec<u8> = (0..32).collect();
        // The second constant (at its start and inside it) and the fourth.
        let p = Pieces::constants(&data, 8, &[8, 12, 24].into_iter().collect());
        assert_eq!(p.size, 16);
        let mut out = vec![0; p.size as usize];
        p.copy(&data, &mut out);
        assert_eq!(out, [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31]);
        assert_eq!((p.remap(8), p.remap(12), p.remap(24), p.remap(31)), (Some(0), Some(4), Some(8), Some(15)));
        assert_eq!((p.remap(0), p.remap(16), p.remap(32)), (None, None, None));
        let whole = Pieces::constants(&data, 8, &[3, WHOLE].into_iter().collect());
        assert_eq!((whole.size, whole.remap(2), whole.remap(31)), (32, Some(2), Some(31)));
    }
}
