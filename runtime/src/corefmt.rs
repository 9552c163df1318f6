//! What mpyc's linker links in place of core's `Formatter::pad` and `Formatter::pad_integral`
//! (`link::input::REPLACED`): the same text, written through `Formatter`'s public options.
//!
//! core's own count a str's characters with `str::count::do_count_chars` (1.3 KB, unrolled for
//! speed), which every firmware linked (a str or an int formatted with a width anywhere: the
//! fault handler's `{:#010x}`); these count them a byte at a time: 2 KB less flash, on text as
//! short as a field of a message.

use core::fmt::{Alignment, Formatter, Result, Write};

/// The characters of `s` (its bytes that do not continue a character).
fn chars(s: &str) -> usize {
    s.bytes().filter(|&b| b & 0xc0 != 0x80).count()
}

/// Writes `n` of `f`'s fill characters.
fn fill(f: &mut Formatter<'_>, c: char, n: usize) -> Result {
    for _ in 0..n {
        f.write_char(c)?;
    }
    Ok(())
}

/// The padding before and after `n` characters of it, by `f`'s alignment (else `default`).
fn split(f: &Formatter<'_>, n: usize, default: Alignment) -> (usize, usize) {
    match f.align().unwrap_or(default) {
        Alignment::Left => (0, n),
        Alignment::Right => (n, 0),
        Alignment::Center => (n / 2, n.div_ceil(2)),
    }
}

/// `Formatter::pad`: `s` cut to the precision (in characters), padded to the width.
#[no_mangle]
pub fn rt_fmt_pad(f: &mut Formatter<'_>, s: &str) -> Result {
    if f.width().is_none() && f.precision().is_none() {
        return f.write_str(s);
    }
    let (s, count) = match f.precision() {
        Some(max) => {
            let (mut count, mut end) = (0, s.len());
            for (i, b) in s.bytes().enumerate() {
                if b & 0xc0 != 0x80 {
                    if count == max {
                        end = i;
                        break;
                    }
                    count += 1;
                }
            }
            (s.get(..end).unwrap_or(s), count)
        }
        None => (s, chars(s)),
    };
    match f.width() {
        Some(width) if count < width => {
            let (pre, post) = split(f, width - count, Alignment::Left);
            let c = f.fill();
            fill(f, c, pre)?;
            f.write_str(s)?;
            fill(f, c, post)
        }
        _ => f.write_str(s),
    }
}

/// `Formatter::pad_integral`: the digits `buf` of a number, with its sign (`+` only when
/// asked for), `prefix` when alternate (`0x`), padded to the width (with zeros after the sign
/// and prefix when asked for).
#[no_mangle]
pub fn rt_fmt_pad_integral(f: &mut Formatter<'_>, is_nonnegative: bool, prefix: &str, buf: &str) -> Result {
    let sign = if !is_nonnegative {
        Some('-')
    } else if f.sign_plus() {
        Some('+')
    } else {
        None
    };
    let prefix = if f.alternate() { prefix } else { "" };
    let len = buf.len() + sign.is_some() as usize + chars(prefix);
    let head = |f: &mut Formatter<'_>| -> Result {
        if let Some(c) = sign {
            f.write_char(c)?;
        }
        f.write_str(prefix)
    };
    match f.width() {
        Some(width) if len < width && f.sign_aware_zero_pad() => {
            head(f)?;
            fill(f, '0', width - len)?;
            f.write_str(buf)
        }
        Some(width) if len < width => {
            let (pre, post) = split(f, width - len, Alignment::Right);
            let c = f.fill();
            fill(f, c, pre)?;
            head(f)?;
            f.write_str(buf)?;
            fill(f, c, post)
        }
        _ => {
            head(f)?;
            f.write_str(buf)
        }
    }
}

#[cfg(test)]
mod tests {
    use core::fmt::{Display, Formatter, LowerHex, Result};

    /// A str formatted by [`super::rt_fmt_pad`].
    struct Padded<'a>(&'a str);
    impl Display for Padded<'_> {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            super::rt_fmt_pad(f, self.0)
        }
    }

    /// An int formatted by [`super::rt_fmt_pad_integral`] (as core's `Display` and `LowerHex`
    /// of `i64` do).
    struct Int(i64);
    impl Display for Int {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            super::rt_fmt_pad_integral(f, self.0 >= 0, "", &self.0.unsigned_abs().to_string())
        }
    }
    impl LowerHex for Int {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result {
            super::rt_fmt_pad_integral(f, true, "0x", &format!("{:x}", self.0))
        }
    }

    #[test]
    fn pads_as_core_does() {
        for s in ["", "a", "abc", "héllo", "日本語テキスト", "a much longer text of forty-odd characters"] {
            macro_rules! same {
                ($($spec:literal),*) => {$(
                    assert_eq!(format!($spec, Padded(s)), format!($spec, s), "{} of {s:?}", $spec);
                )*};
            }
            same!("{}", "{:5}", "{:>5}", "{:^6}", "{:*<7}", "{:.2}", "{:8.3}", "{:>8.0}", "{:é^9.4}", "{:.50}");
        }
        for n in [0i64, 7, -7, 255, -4096, i64::MAX, i64::MIN + 1] {
            macro_rules! same {
                ($($spec:literal),*) => {$(
                    assert_eq!(format!($spec, Int(n)), format!($spec, n), "{} of {n}", $spec);
                )*};
            }
            same!("{}", "{:5}", "{:<6}", "{:^7}", "{:+}", "{:+08}", "{:08}", "{:*>9}", "{:03}", "{:+^10}");
        }
        for n in [0i64, 10, 0xdead_beef] {
            macro_rules! same {
                ($($spec:literal),*) => {$(
                    assert_eq!(format!($spec, Int(n)), format!($spec, n), "{} of {n:#x}", $spec);
                )*};
            }
            same!("{:x}", "{:#x}", "{:#010x}", "{:010x}", "{:#>12x}", "{:<#8x}");
        }
    }
}
