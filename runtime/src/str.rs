//! Strings: UTF-8 text, literals that stay in read-only data, concatenation, repetition, repr.

use crate::exc::{raise, ExcType};
use crate::int::Int;
use crate::object::{alloc, Header, Kind};
use crate::value::*;
use alloc::string::String;
use alloc::vec::Vec;

/// A str: `len` bytes of UTF-8 at `data`, in read-only data for literals or on the heap.
#[repr(C)]
pub struct StrObj {
    pub header: Header,
    pub len: usize,
    pub data: *const u8,
}

impl StrObj {
    pub fn bytes(&self) -> &[u8] {
        unsafe { core::slice::from_raw_parts(self.data, self.len) }
    }
    pub fn as_str(&self) -> &str {
        unsafe { core::str::from_utf8_unchecked(self.bytes()) }
    }
    /// The number of code points, which is what `len()` counts.
    pub fn char_count(&self) -> usize {
        self.bytes().iter().filter(|&&b| b & 0xc0 != 0x80).count()
    }
}

/// A new str holding `bytes`, which must be UTF-8.
pub fn from_bytes(bytes: Vec<u8>) -> Value {
    let bytes = bytes.into_boxed_slice();
    let len = bytes.len();
    let data = alloc::boxed::Box::leak(bytes).as_ptr();
    alloc(StrObj { header: Header { kind: Kind::Str }, len, data })
}

pub fn from_string(s: String) -> Value {
    from_bytes(s.into_bytes())
}

/// A str literal: its bytes stay where the compiler put them; the object is made once and
/// cached in the word at `slot`.
#[no_mangle]
pub unsafe extern "C" fn rt_str_lit(slot: *mut Value, data: *const u8, len: usize) -> Value {
    if *slot == 0 {
        *slot = alloc(StrObj { header: Header { kind: Kind::Str }, len, data });
    }
    *slot
}

pub fn concat(a: &StrObj, b: &StrObj) -> Value {
    let mut v = Vec::with_capacity(a.len + b.len);
    v.extend_from_slice(a.bytes());
    v.extend_from_slice(b.bytes());
    from_bytes(v)
}

pub fn repeat(s: &StrObj, n: &Int) -> Value {
    let n = match n {
        Int::Small(n) => (*n).max(0) as usize,
        Int::Big(_) => return raise(ExcType::OverflowError, "cannot fit 'int' into an index-sized integer"),
    };
    match s.len.checked_mul(n) {
        Some(total) if total <= isize::MAX as usize / 2 => from_bytes(s.bytes().repeat(n)),
        _ => raise(ExcType::MemoryError, ""),
    }
}

/// `repr(s)` as CPython writes it: single quotes unless only double quotes avoid escapes.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&alloc::format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn repr_quotes_as_cpython() {
        assert_eq!(super::repr("a"), "'a'");
        assert_eq!(super::repr("it's"), "\"it's\"");
        assert_eq!(super::repr("'\""), "'\\'\"'");
        assert_eq!(super::repr("t\tn\n\\\x01é"), "'t\\tn\\n\\\\\\x01é'");
    }
}
