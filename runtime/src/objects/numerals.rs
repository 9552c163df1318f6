//! Digits and numerals beyond ASCII, as CPython's `str.isdecimal`, `isdigit`, `isnumeric` and
//! `int()`/`float()` read them (Unicode 14.0, CPython 3.11's `unicodedata`): the decimal digits
//! of every script, the other digits (superscripts, subscripts, circled), and the numerals
//! whose general category is no number (CJK ideographs such as 一 and 万).

/// The zero of each run of ten decimal digits (general category Nd: every such run is ten
/// code points in order, 0 to 9).
const ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
    0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
    0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Digits that are not decimal (`isdigit` but not `isdecimal`), as inclusive ranges.
const OTHER_DIGITS: [(u32, u32); 20] = [
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// Characters with a numeric value whose general category is not a number (N*).
const OTHER_NUMERALS: [u32; 81] = [
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0,
    0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C,
    0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10,
    0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C,
    0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2, 0x20121,
    0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
];

/// The value of decimal digit `c` (of any script), or None.
pub fn decimal(c: char) -> Option<u32> {
    let c = c as u32;
    if c < 0x80 {
        return (b'0' as u32..=b'9' as u32).contains(&c).then(|| c - b'0' as u32);
    }
    let i = ZEROS.partition_point(|&z| z <= c);
    let d = c - ZEROS[i.checked_sub(1)?];
    (d < 10).then_some(d)
}

/// `str.isdigit` of one character: a decimal digit or another digit.
pub fn is_digit(c: char) -> bool {
    decimal(c).is_some() || {
        let c = c as u32;
        OTHER_DIGITS.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
    }
}

/// `str.isnumeric` of one character: of a number's category (N*, by core's tables) or a
/// numeral of another.
pub fn is_numeric(c: char) -> bool {
    c.is_numeric() || OTHER_NUMERALS.binary_search(&(c as u32)).is_ok()
}

/// Text beyond ASCII made ready for `int()` and `float()` to parse, as CPython does: each
/// decimal digit of another script becomes its ASCII digit and each whitespace character a
/// space (None: `t` is ASCII already, or has no character to change).
pub fn to_ascii(t: &str) -> crate::object::R<Option<alloc::string::String>> {
    if t.is_ascii() || !t.chars().any(|c| !c.is_ascii() && (decimal(c).is_some() || c.is_whitespace())) {
        return Ok(None);
    }
    crate::reserve::room_for_text(t.len())?;
    let mut out = crate::reserve::vec_with(t.len())?;
    for (i, c) in t.char_indices() {
        match decimal(c) {
            Some(d) if !c.is_ascii() => out.push(b'0' + d as u8),
            _ if !c.is_ascii() && c.is_whitespace() => out.push(b' '),
            _ => out.extend_from_slice(&t.as_bytes()[i..i + c.len_utf8()]),
        }
    }
    // SAFETY: characters of `t` whole, and ASCII bytes.
    let out = unsafe { alloc::string::String::from_utf8_unchecked(out) };
    Ok(Some(out))
}
