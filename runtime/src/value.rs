//! The one-word value representation shared by generated code and the runtime.
//!
//! Low bits tell what a word is: `…1` a small int (the word shifted right by one), `…00` a
//! pointer to a heap or flash object (`0` itself is reserved: "an exception is pending"), and
//! `…10` an immediate (None, False, True).

/// A Python value as generated code passes it around: one machine word.
pub type Value = usize;

/// Returned by a fallible operation when it raised; the exception is in [`crate::exc`].
pub const EXC: Value = 0;
pub const NONE: Value = 0b0010;
pub const FALSE: Value = 0b0110;
pub const TRUE: Value = 0b1010;
/// What `rt_next` returns when an iterator is exhausted; never a Python value.
pub const STOP: Value = 0b1110;
/// What a local of generated code holds while its float is kept unboxed beside it (the
/// compiler's lazy boxing of float locals); never a Python value, never seen by the runtime.
pub const UNBOXED: Value = 0b1_0010;

/// The smallest and largest ints that fit unboxed in a word.
pub const SMALL_MIN: isize = isize::MIN >> 1;
pub const SMALL_MAX: isize = isize::MAX >> 1;

#[inline]
pub fn is_small(v: Value) -> bool {
    v & 1 == 1
}

#[inline]
pub fn small_value(v: Value) -> isize {
    (v as isize) >> 1
}

/// Boxes `n` as a small int; the caller guarantees it fits ([`fits_small`]).
#[inline]
pub fn small(n: isize) -> Value {
    ((n << 1) | 1) as Value
}

#[inline]
#[allow(clippy::manual_range_contains)]
pub fn fits_small(n: isize) -> bool {
    // (Two compares written out: `RangeInclusive::contains` is left outlined by the
    // inliner in some builds, a call on every int result.)
    n >= SMALL_MIN && n <= SMALL_MAX
}

#[inline]
pub fn is_ptr(v: Value) -> bool {
    v & 3 == 0 && v != 0
}

#[inline]
pub fn bool_value(b: bool) -> Value {
    if b {
        TRUE
    } else {
        FALSE
    }
}

/// The `n` words at `p` that generated code passed (`p` may be null when `n` is 0).
///
/// # Safety
/// When `n` is not 0, `p` points at `n` readable words that outlive the use.
pub unsafe fn words<'a>(p: *const Value, n: usize) -> &'a [Value] {
    if n == 0 {
        &[]
    } else {
        core::slice::from_raw_parts(p, n)
    }
}
