//! Big-int magnitudes: little-endian slices of 32-bit digits, and the arithmetic `int` does
//! most (add, subtract, multiply, divide, shift, compare) written into caller-given buffers.
//!
//! Nothing here allocates: `int` sizes a result object from the operands, lets these
//! functions fill its digits, then trims it. Division is Knuth's algorithm D (TAOCP vol. 2,
//! 4.3.1) with the usual two-digit quotient estimate.

use core::cmp::Ordering;

pub type Digit = u32;
const BITS: u32 = Digit::BITS;

/// `d` without its high zero digits.
#[inline(always)]
pub fn trim(d: &[Digit]) -> &[Digit] {
    let mut n = d.len();
    while n > 0 && d[n - 1] == 0 {
        n -= 1;
    }
    &d[..n]
}

/// The digits of `n`'s magnitude in `buf`, trimmed.
pub fn of_u64(n: u64, buf: &mut [Digit; 2]) -> &[Digit] {
    *buf = [n as Digit, (n >> BITS) as Digit];
    trim(buf)
}

/// Compares two trimmed magnitudes.
pub fn cmp(a: &[Digit], b: &[Digit]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

/// The number of significant bits of a trimmed magnitude.
pub fn bits(a: &[Digit]) -> u64 {
    match a.last() {
        Some(&top) => (a.len() as u64 - 1) * BITS as u64 + (BITS - top.leading_zeros()) as u64,
        None => 0,
    }
}

/// `r = a + b`; `r` has `max(a.len(), b.len()) + 1` digits.
pub fn add(r: &mut [Digit], a: &[Digit], b: &[Digit]) {
    // Lengths checked once, then unchecked loops: the runtime's size-optimised build keeps
    // bounds checks (and even slice cuts) as calls in the loops otherwise.
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let (n, m) = (b.len(), a.len());
    assert!(r.len() > m);
    let mut carry = 0u64;
    // SAFETY: i < n <= m < r.len() in the first loop, i < m in the second.
    unsafe {
        for i in 0..n {
            let s = *a.get_unchecked(i) as u64 + *b.get_unchecked(i) as u64 + carry;
            *r.get_unchecked_mut(i) = s as Digit;
            carry = s >> BITS;
        }
        for i in n..m {
            let s = *a.get_unchecked(i) as u64 + carry;
            *r.get_unchecked_mut(i) = s as Digit;
            carry = s >> BITS;
        }
        *r.get_unchecked_mut(m) = carry as Digit;
    }
}

/// `r = a - b` for `a >= b`; `r` has `a.len()` digits.
pub fn sub(r: &mut [Digit], a: &[Digit], b: &[Digit]) {
    let (n, m) = (b.len(), a.len());
    assert!(n <= m && r.len() >= m);
    let mut borrow = 0u64;
    // SAFETY: i < n <= m <= r.len() in the first loop, i < m in the second.
    unsafe {
        for i in 0..n {
            let s = (*a.get_unchecked(i) as u64).wrapping_sub(*b.get_unchecked(i) as u64).wrapping_sub(borrow);
            *r.get_unchecked_mut(i) = s as Digit;
            borrow = s >> 63;
        }
        for i in n..m {
            let s = (*a.get_unchecked(i) as u64).wrapping_sub(borrow);
            *r.get_unchecked_mut(i) = s as Digit;
            borrow = s >> 63;
        }
    }
}

/// `r = a * b`; `r` has `a.len() + b.len()` digits. Schoolbook: `int` hands long operands
/// (where Karatsuba wins) to num-bigint.
pub fn mul(r: &mut [Digit], a: &[Digit], b: &[Digit]) {
    r.fill(0);
    // The shorter operand outside: fewer carry-outs.
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    for (i, &x) in a.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let n = b.len();
        let row = &mut r[i..i + n + 1];
        let mut carry = 0u64;
        for j in 0..n {
            // SAFETY: j < n = b.len() < row.len().
            unsafe {
                let t = x as u64 * *b.get_unchecked(j) as u64 + *row.get_unchecked(j) as u64 + carry;
                *row.get_unchecked_mut(j) = t as Digit;
                carry = t >> BITS;
            }
        }
        row[n] = carry as Digit;
    }
}

/// `q = a / d`, returning `a % d`, for one nonzero digit `d`; `q` has `a.len()` digits.
pub fn div_digit(q: &mut [Digit], a: &[Digit], d: Digit) -> Digit {
    let mut rem = 0u64;
    for i in (0..a.len()).rev() {
        let n = rem << BITS | a[i] as u64;
        q[i] = (n / d as u64) as Digit;
        rem = n % d as u64;
    }
    rem as Digit
}

/// `a /= d` in place, returning the remainder, for one nonzero digit `d`.
pub fn div_digit_in_place(a: &mut [Digit], d: Digit) -> Digit {
    let mut rem = 0u64;
    for x in a.iter_mut().rev() {
        let n = rem << BITS | *x as u64;
        *x = (n / d as u64) as Digit;
        rem = n % d as u64;
    }
    rem as Digit
}

/// `q = a / b` and `u = a % b` for trimmed `a >= b` with at least two digits in `b`.
/// `u` has `a.len() + 1` digits and is scratch (the remainder is left in its low `b.len()`
/// digits); `v` has `b.len()` digits, scratch; `q` has `a.len() - b.len() + 1` digits.
pub fn div_long(q: &mut [Digit], u: &mut [Digit], v: &mut [Digit], a: &[Digit], b: &[Digit]) {
    let n = b.len();
    let m = a.len() - n;
    // Normalise: the divisor's top bit set, so that the estimates are at most two too high.
    let s = b[n - 1].leading_zeros();
    shl_bits(v, b, s);
    u[a.len()] = shl_bits(&mut u[..a.len()], a, s);
    let (top, next) = (v[n - 1] as u64, v[n - 2] as u64);
    for j in (0..=m).rev() {
        let num = (u[j + n] as u64) << BITS | u[j + n - 1] as u64;
        let mut qhat = num / top;
        let mut rhat = num % top;
        while qhat >> BITS != 0 || qhat * next > (rhat << BITS | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += top;
            if rhat >> BITS != 0 {
                break;
            }
        }
        // u[j..=j+n] -= qhat * v
        assert!(j + n < u.len() && n <= v.len());
        // SAFETY: the digits j..=j+n of u and 0..n of v, checked just above.
        let t = unsafe {
            let uj = u.as_mut_ptr().add(j);
            let v = v.as_ptr();
            let mut borrow: i64 = 0;
            for i in 0..n {
                let p = qhat * *v.add(i) as u64;
                let t = *uj.add(i) as i64 - borrow - (p & 0xFFFF_FFFF) as i64;
                *uj.add(i) = t as Digit;
                borrow = (p >> BITS) as i64 - (t >> BITS);
            }
            let t = *uj.add(n) as i64 - borrow;
            *uj.add(n) = t as Digit;
            if t < 0 {
                // One too many: add the divisor back.
                let mut carry = 0u64;
                for i in 0..n {
                    let t = *uj.add(i) as u64 + *v.add(i) as u64 + carry;
                    *uj.add(i) = t as Digit;
                    carry = t >> BITS;
                }
                *uj.add(n) = (*uj.add(n)).wrapping_add(carry as Digit);
            }
            t
        };
        q[j] = if t < 0 { (qhat as Digit).wrapping_sub(1) } else { qhat as Digit };
    }
    // Denormalise the remainder in place.
    if s != 0 {
        for i in 0..n {
            u[i] = u[i] >> s | u[i + 1] << (BITS - s);
        }
    }
    u[n] = 0;
}

/// `r = a << s` for `s < 32`, returning the digit shifted out at the top.
fn shl_bits(r: &mut [Digit], a: &[Digit], s: u32) -> Digit {
    if s == 0 {
        r[..a.len()].copy_from_slice(a);
        return 0;
    }
    assert!(r.len() >= a.len());
    let mut carry = 0;
    // SAFETY: i < a.len() <= r.len().
    unsafe {
        for i in 0..a.len() {
            let x = *a.get_unchecked(i);
            *r.get_unchecked_mut(i) = x << s | carry;
            carry = x >> (BITS - s);
        }
    }
    carry
}

/// `r = a << n`; `r` has `a.len() + n / 32 + 1` digits.
pub fn shl(r: &mut [Digit], a: &[Digit], n: usize) {
    let (words, s) = (n / BITS as usize, n as u32 % BITS);
    r[..words].fill(0);
    let top = shl_bits(&mut r[words..words + a.len()], a, s);
    r[words + a.len()] = top;
}

/// `r = a >> n`, returning whether any one bit was shifted out; `r` has
/// `a.len() - n / 32` digits (the caller checks that is positive).
pub fn shr(r: &mut [Digit], a: &[Digit], n: usize) -> bool {
    let (words, s) = (n / BITS as usize, n as u32 % BITS);
    let mut lost = a[..words].iter().any(|&d| d != 0);
    let a = &a[words..];
    if s == 0 {
        r[..a.len()].copy_from_slice(a);
        return lost;
    }
    lost |= a[0] << (BITS - s) != 0;
    for i in 0..a.len() {
        r[i] = a[i] >> s | a.get(i + 1).map_or(0, |&d| d << (BITS - s));
    }
    lost
}

/// Adds one to `r` in place; false if it carries out of the top digit.
pub fn increment(r: &mut [Digit]) -> bool {
    for d in r.iter_mut() {
        let (s, c) = d.overflowing_add(1);
        *d = s;
        if !c {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;
    use alloc::vec::Vec;
    use num_bigint::BigUint;

    fn big(d: &[Digit]) -> BigUint {
        BigUint::from_slice(d)
    }

    /// Pseudo-random magnitudes with the edge digits division gets wrong when it is wrong.
    fn samples() -> Vec<Vec<Digit>> {
        let mut out = vec![];
        let mut x = 0x1234_5678_9abc_def1u64;
        let edge = [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFE, 0xFFFF_FFFF];
        for len in 1..7 {
            for k in 0..12 {
                let mut d = vec![];
                for i in 0..len {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    d.push(if (k + i) % 3 == 0 { edge[(x % 6) as usize] } else { x as Digit });
                }
                if *d.last().unwrap() == 0 {
                    *d.last_mut().unwrap() = 1;
                }
                out.push(d);
            }
        }
        out
    }

    #[test]
    fn arithmetic_agrees_with_num_bigint() {
        let s = samples();
        for a in &s {
            for b in &s {
                let (x, y) = (big(a), big(b));
                let mut r = vec![0; a.len().max(b.len()) + 1];
                add(&mut r, a, b);
                assert_eq!(big(&r), &x + &y);
                let mut r = vec![0; a.len() + b.len()];
                mul(&mut r, a, b);
                assert_eq!(big(&r), &x * &y);
                assert_eq!(cmp(a, b), x.cmp(&y));
                if x >= y {
                    let mut r = vec![0; a.len()];
                    sub(&mut r, a, b);
                    assert_eq!(big(&r), &x - &y);
                    let mut q = vec![0; a.len() - b.len() + 1];
                    let rem = if b.len() == 1 {
                        let r = div_digit(&mut q, a, b[0]);
                        BigUint::from(r)
                    } else {
                        let mut u = vec![0; a.len() + 1];
                        let mut v = vec![0; b.len()];
                        div_long(&mut q, &mut u, &mut v, a, b);
                        big(&u[..b.len()])
                    };
                    assert_eq!((big(&q), rem), (&x / &y, &x % &y), "{x} divmod {y}");
                }
            }
            for n in [0, 1, 31, 32, 33, 70] {
                let x = big(a);
                let mut r = vec![0; a.len() + n / 32 + 1];
                shl(&mut r, a, n);
                assert_eq!(big(&r), &x << n);
                if a.len() > n / 32 {
                    let mut r = vec![0; a.len() - n / 32];
                    let lost = shr(&mut r, a, n);
                    assert_eq!(big(&r), &x >> n);
                    assert_eq!(lost, (&x >> n) << n != x);
                }
            }
            assert_eq!(bits(a), big(a).bits());
        }
    }
}
