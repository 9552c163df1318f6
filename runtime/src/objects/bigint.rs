//! Owned big integers for the runtime's slow paths (text in any base, powers, the bitwise
//! operators, float conversions, `math`, `random`): a sign and little-endian 32-bit digits
//! over [`crate::digits`]' arithmetic.
//!
//! Written here for size, in place of num-bigint (36–44 KB of every firmware): only what
//! the runtime asks, schoolbook throughout. `int`'s hot paths do not come here: they compute
//! into heap objects with `digits` directly. The temporaries here are the Rust allocator's,
//! so callers make room first (`reserve::room_for_int`), as they did for num-bigint.
#![allow(clippy::should_implement_trait)]

use crate::digits::{self, Digit};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::ops::{Add, BitAnd, BitOr, BitXor, Div, DivAssign, Mul, MulAssign, Neg, Rem, Shl, Shr, Sub};

const BITS: u32 = Digit::BITS;

/// A natural number: its digits, little-endian, with no high zero digit (zero has none).
#[derive(Clone, Default, PartialEq, Eq, Debug)]
pub struct BigUint {
    d: Vec<Digit>,
}

/// An integer: a sign and a magnitude; zero is never negative.
#[derive(Clone, Default, PartialEq, Eq, Debug)]
pub struct BigInt {
    negative: bool,
    mag: BigUint,
}

/// The largest power of `radix` in a digit, and its exponent.
fn chunk(radix: u32) -> (Digit, usize) {
    let (mut p, mut k) = (radix, 1);
    while let Some(q) = p.checked_mul(radix) {
        p = q;
        k += 1;
    }
    (p, k)
}

impl BigUint {
    pub fn new(mut d: Vec<Digit>) -> Self {
        while d.last() == Some(&0) {
            d.pop();
        }
        BigUint { d }
    }
    pub fn from_slice(d: &[Digit]) -> Self {
        Self::new(d.to_vec())
    }
    pub fn zero() -> Self {
        Self::default()
    }
    pub fn one() -> Self {
        Self::from(1u32)
    }
    /// The digits, low first, trimmed.
    pub fn digits(&self) -> &[Digit] {
        &self.d
    }
    pub fn is_zero(&self) -> bool {
        self.d.is_empty()
    }
    pub fn is_odd(&self) -> bool {
        self.d.first().is_some_and(|d| d & 1 == 1)
    }
    pub fn bits(&self) -> u64 {
        digits::bits(&self.d)
    }
    pub fn to_u64(&self) -> Option<u64> {
        match self.d[..] {
            [] => Some(0),
            [a] => Some(a as u64),
            [a, b] => Some(a as u64 | (b as u64) << BITS),
            _ => None,
        }
    }
    pub fn to_u32(&self) -> Option<u32> {
        u32::try_from(self.to_u64()?).ok()
    }
    pub fn to_u128(&self) -> Option<u128> {
        (self.d.len() <= 4).then(|| self.d.iter().rev().fold(0u128, |acc, &d| acc << BITS | d as u128))
    }
    /// The value as `m · 2^e` with `m` its top 64 bits and a sticky bit for the rest (bit 0
    /// set when any lower bit is): converting `m` to a float then rounds as the whole would.
    fn top64(&self) -> (u64, i32) {
        let n = self.bits();
        if n <= 64 {
            return (self.to_u64().unwrap_or(0), 0);
        }
        let shift = n - 64;
        let top = (self >> shift as usize).to_u64().unwrap_or(0);
        let (words, s) = ((shift / BITS as u64) as usize, (shift % BITS as u64) as u32);
        let lost = self.d[..words].iter().any(|&d| d != 0) || (s != 0 && self.d[words] << (BITS - s) != 0);
        (top | lost as u64, shift.min(4096) as i32)
    }
    /// The nearest f64 (ties to even); infinity when too large.
    pub fn to_f64(&self) -> f64 {
        let (m, e) = self.top64();
        libm::scalbn(m as f64, e)
    }
    /// The value as `x · 2^e` with `x` in [0.5, 1) rounded to the nearest f64 (CPython's
    /// `_PyLong_Frexp`), for a value too large for a float.
    pub fn frexp(&self) -> (f64, u64) {
        let n = self.bits();
        let (m, _) = self.top64();
        let x = libm::scalbn(m as f64, -(n.min(64) as i32));
        if x >= 1.0 {
            (0.5, n + 1)
        } else {
            (x, n)
        }
    }
    /// The nearest f32, rounded once (through f64 it would round twice).
    pub fn to_f32(&self) -> f32 {
        let (m, e) = self.top64();
        libm::scalbnf(m as f32, e)
    }
    /// The integer part of a finite, non-negative `f`.
    pub fn from_f64(f: f64) -> Self {
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp < 1023 {
            return Self::zero();
        }
        let m = (bits & ((1 << 52) - 1)) | 1 << 52;
        let e = exp - 1075;
        if e >= 0 {
            Self::from(m) << e as usize
        } else {
            Self::from(m >> (-e))
        }
    }

    fn add_ref(&self, o: &Self) -> Self {
        let mut r = vec![0; self.d.len().max(o.d.len()) + 1];
        digits::add(&mut r, &self.d, &o.d);
        Self::new(r)
    }
    /// `self - o`, for `self >= o`.
    fn sub_ref(&self, o: &Self) -> Self {
        debug_assert!(*self >= *o);
        let mut r = vec![0; self.d.len()];
        digits::sub(&mut r, &self.d, &o.d);
        Self::new(r)
    }
    fn mul_ref(&self, o: &Self) -> Self {
        if self.is_zero() || o.is_zero() {
            return Self::zero();
        }
        let mut r = vec![0; self.d.len() + o.d.len()];
        digits::mul(&mut r, &self.d, &o.d);
        Self::new(r)
    }
    /// The quotient and remainder of a division by a nonzero `o`.
    pub fn div_rem(&self, o: &Self) -> (Self, Self) {
        assert!(!o.is_zero(), "division by zero");
        if *self < *o {
            return (Self::zero(), self.clone());
        }
        let (n, m) = (o.d.len(), self.d.len());
        let mut q = vec![0; m - n + 1];
        if n == 1 {
            let r = digits::div_digit(&mut q, &self.d, o.d[0]);
            return (Self::new(q), Self::from(r));
        }
        let (mut u, mut v) = (vec![0; m + 1], vec![0; n]);
        digits::div_long(&mut q, &mut u, &mut v, &self.d, &o.d);
        u.truncate(n);
        (Self::new(q), Self::new(u))
    }
    pub fn pow(&self, mut e: u32) -> Self {
        let (mut base, mut acc) = (self.clone(), Self::one());
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.mul_ref(&base);
            }
            e >>= 1;
            if e > 0 {
                base = base.mul_ref(&base);
            }
        }
        acc
    }
    /// `self ** e % m` for a nonzero `m`.
    pub fn modpow(&self, e: &Self, m: &Self) -> Self {
        let mut acc = Self::one().div_rem(m).1;
        let mut base = self.div_rem(m).1;
        for i in 0..e.bits() {
            if e.d[(i / BITS as u64) as usize] >> (i % BITS as u64) & 1 == 1 {
                acc = acc.mul_ref(&base).div_rem(m).1;
            }
            base = base.mul_ref(&base).div_rem(m).1;
        }
        acc
    }
    pub fn gcd(&self, o: &Self) -> Self {
        let (mut a, mut b) = (self.clone(), o.clone());
        while !b.is_zero() {
            let r = a.div_rem(&b).1;
            a = core::mem::replace(&mut b, r);
        }
        a
    }
    /// The integer square root (Newton's iteration from above).
    pub fn sqrt(&self) -> Self {
        if self.is_zero() {
            return Self::zero();
        }
        let mut x = Self::one() << self.bits().div_ceil(2) as usize;
        loop {
            let y = (&x + &self.div_rem(&x).0) >> 1;
            if y >= x {
                return x;
            }
            x = y;
        }
    }

    /// The digits in `radix` (2 to 36), lowercase, "0" for zero.
    pub fn to_str_radix(&self, radix: u32) -> String {
        self.try_to_str_radix(radix, false).expect("memory for an int's digits")
    }

    /// [`BigUint::to_str_radix`] after `-` when `negative`, in buffers taken fallibly at their
    /// full size (none grows): None where the heap has no room for them.
    pub fn try_to_str_radix(&self, radix: u32, negative: bool) -> Option<String> {
        let radix = radix.clamp(2, 36);
        if self.is_zero() {
            return Some(String::from("0"));
        }
        // At most bits / floor(log2(radix)) + 1 digits, and a chunk's worth of zeros.
        let cap = self.bits() / u64::from(radix.ilog2()) + chunk(radix).1 as u64 + 2;
        let mut out: Vec<u8> = Vec::new();
        out.try_reserve_exact(usize::try_from(cap).ok()?).ok()?;
        let digit = |v: u32| if v < 10 { b'0' + v as u8 } else { b'a' + (v - 10) as u8 };
        if radix.is_power_of_two() {
            let (w, mask) = (radix.trailing_zeros() as u64, radix - 1);
            for i in (0..self.bits()).step_by(w as usize) {
                let (k, s) = ((i / BITS as u64) as usize, (i % BITS as u64) as u32);
                let mut v = self.d[k] >> s;
                if s + w as u32 > BITS && k + 1 < self.d.len() {
                    v |= self.d[k + 1] << (BITS - s);
                }
                out.push(digit(v & mask));
            }
        } else {
            // Chunks of k digits at a time, by dividing by radix^k.
            let (p, k) = chunk(radix);
            let mut n = Vec::new();
            n.try_reserve_exact(self.d.len()).ok()?;
            n.extend_from_slice(&self.d);
            let mut len = n.len();
            while len > 0 {
                let mut rest = digits::div_digit_in_place(&mut n[..len], p);
                for _ in 0..k {
                    out.push(digit(rest % radix));
                    rest /= radix;
                }
                while len > 0 && n[len - 1] == 0 {
                    len -= 1;
                }
            }
            while out.len() > 1 && out.last() == Some(&b'0') {
                out.pop();
            }
        }
        if negative {
            out.push(b'-');
        }
        out.reverse();
        // Only ASCII digits were pushed.
        Some(unsafe { String::from_utf8_unchecked(out) })
    }
    /// Parses digits in `radix` (2 to 36; no sign, no underscores); None if there are none or
    /// one is not a digit.
    pub fn parse_bytes(text: &[u8], radix: u32) -> Option<Self> {
        if text.is_empty() || !(2..=36).contains(&radix) {
            return None;
        }
        let (p, k) = chunk(radix);
        let mut d: Vec<Digit> = Vec::with_capacity(text.len() / k + 2);
        for part in text.chunks(k) {
            let mut v: Digit = 0;
            for &c in part {
                let x = (c as char).to_digit(36).filter(|&x| x < radix)?;
                v = v * radix + x;
            }
            let scale = if part.len() == k { p } else { radix.pow(part.len() as u32) };
            // d = d * scale + v
            let mut carry = v as u64;
            for x in d.iter_mut() {
                let t = *x as u64 * scale as u64 + carry;
                *x = t as Digit;
                carry = t >> BITS;
            }
            if carry != 0 {
                d.push(carry as Digit);
            }
        }
        Some(Self::new(d))
    }
    /// The bytes, low first; none for zero.
    pub fn to_bytes_le(&self) -> Vec<u8> {
        let mut b: Vec<u8> = self.d.iter().flat_map(|d| d.to_le_bytes()).collect();
        while b.last() == Some(&0) {
            b.pop();
        }
        b
    }
    pub fn from_bytes_le(b: &[u8]) -> Self {
        Self::new(digits_of_bytes(b))
    }
}

impl From<u32> for BigUint {
    fn from(n: u32) -> Self {
        Self::new(vec![n])
    }
}
impl From<u64> for BigUint {
    fn from(n: u64) -> Self {
        Self::new(vec![n as Digit, (n >> BITS) as Digit])
    }
}
impl From<u128> for BigUint {
    fn from(n: u128) -> Self {
        Self::new((0..4).map(|i| (n >> (BITS * i)) as Digit).collect())
    }
}

impl Ord for BigUint {
    fn cmp(&self, o: &Self) -> Ordering {
        digits::cmp(&self.d, &o.d)
    }
}
impl PartialOrd for BigUint {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Shl<usize> for &BigUint {
    type Output = BigUint;
    fn shl(self, n: usize) -> BigUint {
        if self.is_zero() {
            return BigUint::zero();
        }
        let mut r = vec![0; self.d.len() + n / BITS as usize + 1];
        digits::shl(&mut r, &self.d, n);
        BigUint::new(r)
    }
}
impl Shr<usize> for &BigUint {
    type Output = BigUint;
    fn shr(self, n: usize) -> BigUint {
        let words = n / BITS as usize;
        if words >= self.d.len() {
            return BigUint::zero();
        }
        let mut r = vec![0; self.d.len() - words];
        digits::shr(&mut r, &self.d, n);
        BigUint::new(r)
    }
}
impl Shl<usize> for BigUint {
    type Output = BigUint;
    fn shl(self, n: usize) -> BigUint {
        &self << n
    }
}
impl Shr<usize> for BigUint {
    type Output = BigUint;
    fn shr(self, n: usize) -> BigUint {
        &self >> n
    }
}

/// `impl Op<&T> for &T` from a method, and the owned forms through it.
macro_rules! ops {
    ($T:ident: $($Tr:ident $m:ident $f:ident),*) => {$(
        impl $Tr<&$T> for &$T {
            type Output = $T;
            fn $m(self, o: &$T) -> $T {
                $T::$f(self, o)
            }
        }
        impl $Tr<$T> for $T {
            type Output = $T;
            fn $m(self, o: $T) -> $T {
                $T::$f(&self, &o)
            }
        }
        impl $Tr<&$T> for $T {
            type Output = $T;
            fn $m(self, o: &$T) -> $T {
                $T::$f(&self, o)
            }
        }
        impl $Tr<$T> for &$T {
            type Output = $T;
            fn $m(self, o: $T) -> $T {
                $T::$f(self, &o)
            }
        }
    )*};
}
ops!(BigUint: Add add add_ref, Sub sub sub_ref, Mul mul mul_ref);
ops!(BigInt: Add add add_ref, Sub sub sub_ref, Mul mul mul_ref, Div div div_trunc, Rem rem rem_trunc,
    BitAnd bitand and, BitOr bitor or, BitXor bitxor xor);

impl Add<u32> for BigUint {
    type Output = BigUint;
    fn add(self, n: u32) -> BigUint {
        self.add_ref(&BigUint::from(n))
    }
}
impl Add<u32> for &BigUint {
    type Output = BigUint;
    fn add(self, n: u32) -> BigUint {
        self.add_ref(&BigUint::from(n))
    }
}
impl Sub<u32> for &BigUint {
    type Output = BigUint;
    fn sub(self, n: u32) -> BigUint {
        self.sub_ref(&BigUint::from(n))
    }
}

impl BigInt {
    /// [`BigUint::frexp`] of the magnitude.
    pub fn frexp(&self) -> (f64, u64) {
        self.mag.frexp()
    }
    pub fn zero() -> Self {
        Self::default()
    }
    /// The integer of sign `negative` and magnitude `mag`.
    pub fn from_biguint(negative: bool, mag: BigUint) -> Self {
        BigInt { negative: negative && !mag.is_zero(), mag }
    }
    pub fn from_slice(negative: bool, d: &[Digit]) -> Self {
        Self::from_biguint(negative, BigUint::from_slice(d))
    }
    pub fn magnitude(&self) -> &BigUint {
        &self.mag
    }
    pub fn is_negative(&self) -> bool {
        self.negative
    }
    pub fn is_positive(&self) -> bool {
        !self.negative && !self.mag.is_zero()
    }
    pub fn is_zero(&self) -> bool {
        self.mag.is_zero()
    }
    pub fn is_odd(&self) -> bool {
        self.mag.is_odd()
    }
    pub fn abs(&self) -> Self {
        Self::from_biguint(false, self.mag.clone())
    }
    pub fn bits(&self) -> u64 {
        self.mag.bits()
    }
    pub fn to_i64(&self) -> Option<i64> {
        let m = self.mag.to_u64()?;
        if self.negative {
            (m <= 1 << 63).then(|| (m as i64).wrapping_neg())
        } else {
            i64::try_from(m).ok()
        }
    }
    pub fn to_isize(&self) -> Option<isize> {
        isize::try_from(self.to_i64()?).ok()
    }
    pub fn to_u64(&self) -> Option<u64> {
        if self.negative {
            return None;
        }
        self.mag.to_u64()
    }
    pub fn to_u32(&self) -> Option<u32> {
        u32::try_from(self.to_u64()?).ok()
    }
    pub fn to_u128(&self) -> Option<u128> {
        if self.negative {
            return None;
        }
        self.mag.to_u128()
    }
    pub fn to_f64(&self) -> f64 {
        let f = self.mag.to_f64();
        if self.negative {
            -f
        } else {
            f
        }
    }
    pub fn to_f32(&self) -> f32 {
        let f = self.mag.to_f32();
        if self.negative {
            -f
        } else {
            f
        }
    }
    /// The integer part of a finite `f`.
    pub fn from_f64(f: f64) -> Self {
        Self::from_biguint(f < 0.0, BigUint::from_f64(if f < 0.0 { -f } else { f }))
    }
    /// [`BigInt::to_str_radix`], None where the heap has no room for the text.
    pub fn try_to_str_radix(&self, radix: u32) -> Option<String> {
        self.mag.try_to_str_radix(radix, self.negative)
    }
    pub fn to_str_radix(&self, radix: u32) -> String {
        let digits = self.mag.to_str_radix(radix);
        if self.negative {
            alloc::format!("-{digits}")
        } else {
            digits
        }
    }
    /// Digits in `radix` after an optional sign (`-` or `+`).
    pub fn parse_bytes(text: &[u8], radix: u32) -> Option<Self> {
        let (negative, digits) = match text.split_first() {
            Some((b'-', rest)) => (true, rest),
            Some((b'+', rest)) => (false, rest),
            _ => (false, text),
        };
        Some(Self::from_biguint(negative, BigUint::parse_bytes(digits, radix)?))
    }

    fn add_ref(&self, o: &Self) -> Self {
        if self.negative == o.negative {
            return Self::from_biguint(self.negative, self.mag.add_ref(&o.mag));
        }
        match self.mag.cmp(&o.mag) {
            Ordering::Less => Self::from_biguint(o.negative, o.mag.sub_ref(&self.mag)),
            _ => Self::from_biguint(self.negative, self.mag.sub_ref(&o.mag)),
        }
    }
    fn sub_ref(&self, o: &Self) -> Self {
        self.add_ref(&-o)
    }
    fn mul_ref(&self, o: &Self) -> Self {
        Self::from_biguint(self.negative != o.negative, self.mag.mul_ref(&o.mag))
    }
    /// The quotient and remainder truncated toward zero (as Rust's `/` and `%`).
    fn div_rem(&self, o: &Self) -> (Self, Self) {
        let (q, r) = self.mag.div_rem(&o.mag);
        (Self::from_biguint(self.negative != o.negative, q), Self::from_biguint(self.negative, r))
    }
    fn div_trunc(&self, o: &Self) -> Self {
        self.div_rem(o).0
    }
    fn rem_trunc(&self, o: &Self) -> Self {
        self.div_rem(o).1
    }
    /// Python's `divmod`: the quotient floored, the remainder with the divisor's sign.
    pub fn div_mod_floor(&self, o: &Self) -> (Self, Self) {
        let (q, r) = self.div_rem(o);
        if !r.is_zero() && r.negative != o.negative {
            (q - Self::from(1), r + o)
        } else {
            (q, r)
        }
    }
    pub fn div_floor(&self, o: &Self) -> Self {
        self.div_mod_floor(o).0
    }
    pub fn mod_floor(&self, o: &Self) -> Self {
        self.div_mod_floor(o).1
    }
    pub fn pow(&self, e: u32) -> Self {
        Self::from_biguint(self.negative && e & 1 == 1, self.mag.pow(e))
    }
    /// `self ** e % m` (rounded as `mod_floor`) for `e >= 0` and a nonzero `m`.
    pub fn modpow(&self, e: &Self, m: &Self) -> Self {
        let r = self.mag.modpow(&e.mag, &m.mag);
        let r = if self.negative && e.is_odd() && !r.is_zero() { m.mag.sub_ref(&r) } else { r };
        // In [0, |m|): for a negative modulus, in (m, 0].
        if m.negative && !r.is_zero() {
            Self::from_biguint(true, m.mag.sub_ref(&r))
        } else {
            Self::from_biguint(false, r)
        }
    }
    /// The inverse of `self` modulo `m > 0`, in [0, m), by the extended Euclidean algorithm;
    /// None when they share a factor.
    pub fn modinv(&self, m: &Self) -> Option<Self> {
        let (mut a, mut b) = (self.mod_floor(m), m.clone());
        // Invariant: x * self ≡ a and y * self ≡ b (mod m).
        let (mut x, mut y) = (Self::from(1), Self::zero());
        while !b.is_zero() {
            let (q, r) = a.div_rem(&b);
            a = core::mem::replace(&mut b, r);
            let t = &x - &(&q * &y);
            x = core::mem::replace(&mut y, t);
        }
        // a is the gcd (1 for m == 1, where every inverse is 0).
        (a == Self::from(1)).then(|| x.mod_floor(m))
    }
    pub fn gcd(&self, o: &Self) -> Self {
        Self::from_biguint(false, self.mag.gcd(&o.mag))
    }
    pub fn lcm(&self, o: &Self) -> Self {
        if self.is_zero() || o.is_zero() {
            return Self::zero();
        }
        let g = self.mag.gcd(&o.mag);
        Self::from_biguint(false, self.mag.div_rem(&g).0.mul_ref(&o.mag))
    }
    pub fn sqrt(&self) -> Self {
        Self::from_biguint(false, self.mag.sqrt())
    }

    /// The two's complement digits in `n` digits (enough to hold the sign).
    fn twos(&self, n: usize) -> Vec<Digit> {
        // Made at its size: a clone grown by one digit would double its buffer.
        let mut r = Vec::with_capacity(n);
        r.extend_from_slice(&self.mag.d);
        r.resize(n, 0);
        if self.negative {
            for d in r.iter_mut() {
                *d = !*d;
            }
            digits::increment(&mut r);
        }
        r
    }
    /// The integer of two's complement digits `r`.
    fn from_twos(mut r: Vec<Digit>) -> Self {
        let negative = r.last().is_some_and(|&d| d >> (BITS - 1) == 1);
        if negative {
            for d in r.iter_mut() {
                *d = !*d;
            }
            digits::increment(&mut r);
        }
        Self::from_biguint(negative, BigUint::new(r))
    }
    fn bitwise(&self, o: &Self, f: impl Fn(Digit, Digit) -> Digit) -> Self {
        let n = self.mag.d.len().max(o.mag.d.len()) + 1;
        let (a, b) = (self.twos(n), o.twos(n));
        Self::from_twos(a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect())
    }
    fn and(&self, o: &Self) -> Self {
        self.bitwise(o, |x, y| x & y)
    }
    fn or(&self, o: &Self) -> Self {
        self.bitwise(o, |x, y| x | y)
    }
    fn xor(&self, o: &Self) -> Self {
        self.bitwise(o, |x, y| x ^ y)
    }

    /// The shortest two's complement bytes, low first (none for zero).
    pub fn to_signed_bytes_le(&self) -> Vec<u8> {
        let n = self.mag.d.len() + 1;
        let mut b: Vec<u8> = self.twos(n).iter().flat_map(|d| d.to_le_bytes()).collect();
        let fill = if self.negative { 0xff } else { 0 };
        // Drop sign-fill bytes while the next one still carries the sign.
        while b.last() == Some(&fill) && b.len() >= 2 && (b[b.len() - 2] >> 7 == 1) == self.negative {
            b.pop();
        }
        if b == [0] {
            b.clear();
        }
        b
    }
    pub fn from_signed_bytes_le(b: &[u8]) -> Self {
        let negative = b.last().is_some_and(|&x| x >> 7 == 1);
        let mut bytes = b.to_vec();
        // Sign-extend to whole digits, then one more.
        bytes.resize(bytes.len().div_ceil(4) * 4 + 4, if negative { 0xff } else { 0 });
        Self::from_twos(digits_of_bytes(&bytes))
    }
}

/// Little-endian bytes as little-endian digits (the last one short when they do not divide).
fn digits_of_bytes(b: &[u8]) -> Vec<Digit> {
    b.chunks(4).map(|c| c.iter().rev().fold(0, |acc, &x| acc << 8 | x as Digit)).collect()
}

impl From<i64> for BigInt {
    fn from(n: i64) -> Self {
        Self::from_biguint(n < 0, BigUint::from(n.unsigned_abs()))
    }
}
impl From<i32> for BigInt {
    fn from(n: i32) -> Self {
        Self::from(n as i64)
    }
}
impl From<isize> for BigInt {
    fn from(n: isize) -> Self {
        Self::from(n as i64)
    }
}
impl From<i128> for BigInt {
    fn from(n: i128) -> Self {
        Self::from_biguint(n < 0, BigUint::from(n.unsigned_abs()))
    }
}
impl From<u64> for BigInt {
    fn from(n: u64) -> Self {
        Self::from_biguint(false, BigUint::from(n))
    }
}
impl From<u128> for BigInt {
    fn from(n: u128) -> Self {
        Self::from_biguint(false, BigUint::from(n))
    }
}

impl Ord for BigInt {
    fn cmp(&self, o: &Self) -> Ordering {
        match (self.negative, o.negative) {
            (false, false) => self.mag.cmp(&o.mag),
            (true, true) => o.mag.cmp(&self.mag),
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
        }
    }
}
impl PartialOrd for BigInt {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Neg for &BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::from_biguint(!self.negative, self.mag.clone())
    }
}
impl Neg for BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::from_biguint(!self.negative, self.mag)
    }
}

/// Shifts of a signed value: `<<` multiplies by 2^n, `>>` divides flooring.
impl Shl<usize> for BigInt {
    type Output = BigInt;
    fn shl(self, n: usize) -> BigInt {
        BigInt::from_biguint(self.negative, &self.mag << n)
    }
}
impl Shr<usize> for BigInt {
    type Output = BigInt;
    fn shr(self, n: usize) -> BigInt {
        let q = BigInt::from_biguint(self.negative, &self.mag >> n);
        let lost = self.mag != (&q.mag << n);
        if self.negative && lost {
            q - BigInt::from(1)
        } else {
            q
        }
    }
}

/// Arithmetic with a machine integer on the right.
macro_rules! prim_ops {
    ($($P:ty),*) => {$(
        impl Add<$P> for BigInt {
            type Output = BigInt;
            fn add(self, n: $P) -> BigInt {
                self.add_ref(&BigInt::from(n))
            }
        }
        impl Add<$P> for &BigInt {
            type Output = BigInt;
            fn add(self, n: $P) -> BigInt {
                self.add_ref(&BigInt::from(n))
            }
        }
        impl Sub<$P> for BigInt {
            type Output = BigInt;
            fn sub(self, n: $P) -> BigInt {
                self.sub_ref(&BigInt::from(n))
            }
        }
        impl Sub<$P> for &BigInt {
            type Output = BigInt;
            fn sub(self, n: $P) -> BigInt {
                self.sub_ref(&BigInt::from(n))
            }
        }
        impl Mul<$P> for &BigInt {
            type Output = BigInt;
            fn mul(self, n: $P) -> BigInt {
                self.mul_ref(&BigInt::from(n))
            }
        }
        impl MulAssign<$P> for BigInt {
            fn mul_assign(&mut self, n: $P) {
                *self = self.mul_ref(&BigInt::from(n));
            }
        }
        impl DivAssign<$P> for BigInt {
            fn div_assign(&mut self, n: $P) {
                *self = self.div_trunc(&BigInt::from(n));
            }
        }
    )*};
}
prim_ops!(i32, i64, u64, isize);

impl MulAssign<BigInt> for BigInt {
    fn mul_assign(&mut self, o: BigInt) {
        *self = self.mul_ref(&o);
    }
}

impl core::fmt::Display for BigInt {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str(&self.to_str_radix(10))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint as nb;

    /// A deterministic spread of integers of 0 to 300 bits, both signs, with runs of ones
    /// and zeros (where carries and borrows go far).
    fn samples() -> Vec<BigInt> {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut out = vec![BigInt::zero(), BigInt::from(1), BigInt::from(-1)];
        for i in 0..300usize {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let words = i % 10;
            let d: Vec<Digit> = (0..words)
                .map(|j| match (x >> j) % 5 {
                    0 => 0,
                    1 => Digit::MAX,
                    _ => (x >> (j * 3)) as Digit,
                })
                .collect();
            out.push(BigInt::from_slice(i % 3 == 0, &d));
        }
        out
    }

    fn theirs(a: &BigInt) -> nb::BigInt {
        nb::BigInt::from_slice(if a.negative { nb::Sign::Minus } else { nb::Sign::Plus }, a.mag.digits())
    }

    #[test]
    fn agrees_with_num_bigint() {
        let s = samples();
        for a in &s {
            let ta = theirs(a);
            assert_eq!(a.to_str_radix(10), ta.to_str_radix(10));
            for r in [2, 3, 7, 8, 16, 36] {
                assert_eq!(a.to_str_radix(r), ta.to_str_radix(r), "radix {r}");
                let text = a.to_str_radix(r);
                assert_eq!(BigInt::parse_bytes(text.as_bytes(), r).as_ref(), Some(a));
            }
            assert_eq!(a.to_f64(), num_traits::ToPrimitive::to_f64(&ta).unwrap(), "{a}");
            assert_eq!(a.to_signed_bytes_le(), if a.is_zero() { vec![] } else { ta.to_signed_bytes_le() }, "{a}");
            assert_eq!(BigInt::from_signed_bytes_le(&a.to_signed_bytes_le()), *a);
            assert_eq!(theirs(&a.sqrt()), ta.magnitude().sqrt().into());
            assert_eq!(theirs(&(a.clone() >> 37)), &ta >> 37);
            assert_eq!(theirs(&a.pow(3)), num_traits::Pow::pow(&ta, 3u32));
            for b in s.iter().step_by(7) {
                let tb = theirs(b);
                assert_eq!(theirs(&(a + b)), &ta + &tb);
                assert_eq!(theirs(&(a - b)), &ta - &tb);
                assert_eq!(theirs(&(a * b)), &ta * &tb);
                assert_eq!(theirs(&(a & b)), &ta & &tb, "{a} & {b}");
                assert_eq!(theirs(&(a | b)), &ta | &tb, "{a} | {b}");
                assert_eq!(theirs(&(a ^ b)), &ta ^ &tb, "{a} ^ {b}");
                assert_eq!(a.cmp(b), ta.cmp(&tb));
                assert_eq!(theirs(&a.gcd(b)), num_integer::Integer::gcd(&ta, &tb));
                if !b.is_zero() {
                    let (q, r) = a.div_mod_floor(b);
                    let (tq, tr) = num_integer::Integer::div_mod_floor(&ta, &tb);
                    assert_eq!((theirs(&q), theirs(&r)), (tq, tr), "{a} divmod {b}");
                    assert_eq!(theirs(&(a % b)), &ta % &tb);
                    let e = BigInt::from(b.bits() as i64 % 50);
                    assert_eq!(theirs(&a.modpow(&e, b)), ta.modpow(&theirs(&e), &tb), "pow({a}, {e}, {b})");
                }
                if b.is_positive() {
                    // The inverse exactly when the gcd is 1; in [0, b) and times a, 1 modulo b.
                    let one = BigInt::from(1);
                    match a.modinv(b) {
                        Some(inv) => {
                            assert!(!inv.is_negative() && &inv < b, "pow({a}, -1, {b})");
                            assert_eq!((a * &inv).mod_floor(b), one.mod_floor(b), "pow({a}, -1, {b})");
                        }
                        None => assert_ne!(a.gcd(b), one, "pow({a}, -1, {b})"),
                    }
                }
            }
        }
    }

    #[test]
    fn floats_convert_exactly() {
        for f in [0.0, 0.5, 1.0, 1e15, 2f64.powi(64), -2f64.powi(70) * 3.0, 1.7976931348623157e308, 12345.678] {
            let ours = BigInt::from_f64(f);
            let theirs: nb::BigInt = num_traits::FromPrimitive::from_f64(f).unwrap();
            assert_eq!(ours.to_str_radix(10), theirs.to_str_radix(10));
        }
        let huge = BigUint::one() << 1100;
        assert_eq!(huge.to_f64(), f64::INFINITY);
        assert_eq!((BigUint::one() << 130).to_f32(), f32::INFINITY);
        // 2^100 + 2^76 + 1: through f64 the 1 is lost and the tie goes to even (2^100); once
        // at f32 it rounds up.
        let t = (BigUint::one() << 100) + (BigUint::one() << 76) + 1u32;
        assert_eq!(t.to_f32(), 2f32.powi(100) + 2f32.powi(77));
        assert_eq!(t.to_f64() as f32, 2f32.powi(100));
        // Ties round to even with the sticky bit: 2^64 + 2^11 + 1 rounds up.
        let t = (BigUint::one() << 64) + BigUint::from(2049u32);
        assert_eq!(t.to_f64(), 18446744073709555712.0);
    }
}
