//! Sine and cosine at the board's float width: on f32 boards computed in single precision
//! (the FPU's), as the libm crate's `sinf`/`cosf` work in f64, which the Cortex-M4F does in
//! software at ~100 instructions per operation.
//!
//! The method is Cephes' `sinf`/`cosf`: reduction by π/4 in three parts (exact for |x| up to
//! 8192), then a degree-7 odd or degree-8 even polynomial on [-π/4, π/4]; larger arguments use
//! libm's full reduction.
// Conversions to and from `Float` are casts to the same type on a 64-bit-float build.
#![allow(clippy::unnecessary_cast, clippy::excessive_precision)]

use crate::float::{Float, M};

/// Beyond this the three-part reduction loses bits.
const REDUCE_LIMIT: f32 = 8192.0;
const FOUR_OVER_PI: f32 = 1.273_239_544_735_162_7;
const DP1: f32 = 0.785_156_25;
const DP2: f32 = 2.418_756_484_985_351_562_5e-4;
const DP3: f32 = 3.774_894_977_445_941_08e-8;

/// x reduced to [-π/4, π/4] and the octant (0..8) it came from, for |x| ≤ REDUCE_LIMIT.
fn reduce(x: f32) -> (f32, u32) {
    let mut j = (x * FOUR_OVER_PI) as u32;
    let mut y = j as f32;
    if j & 1 != 0 {
        j += 1;
        y += 1.0;
    }
    (((x - y * DP1) - y * DP2) - y * DP3, j & 7)
}

fn sin_poly(x: f32) -> f32 {
    let z = x * x;
    ((-1.951_529_589_1e-4 * z + 8.332_160_873_6e-3) * z - 1.666_665_461_1e-1) * z * x + x
}

fn cos_poly(x: f32) -> f32 {
    let z = x * x;
    ((2.443_315_711_809_948e-5 * z - 1.388_731_625_493_765e-3) * z + 4.166_664_568_298_827e-2) * z * z - 0.5 * z + 1.0
}

/// `sin(x)` at the board's width.
pub fn sin(x: Float) -> Float {
    if core::mem::size_of::<Float>() != 4 {
        return crate::fltmath::sin(x);
    }
    sin32(x as f32).map_or_else(|| M::sin(x), |r| r as Float)
}

/// `cos(x)` at the board's width.
pub fn cos(x: Float) -> Float {
    if core::mem::size_of::<Float>() != 4 {
        return crate::fltmath::cos(x);
    }
    cos32(x as f32).map_or_else(|| M::cos(x), |r| r as Float)
}

/// sin in single precision; None where the reduction does not hold (NaN, |x| > 8192).
fn sin32(x: f32) -> Option<f32> {
    let a = if x < 0.0 { -x } else { x };
    if a.is_nan() || a > REDUCE_LIMIT {
        return None;
    }
    let (y, mut j) = reduce(a);
    let mut negate = x < 0.0;
    if j > 3 {
        negate = !negate;
        j -= 4;
    }
    let r = if j == 1 || j == 2 { cos_poly(y) } else { sin_poly(y) };
    Some(if negate { -r } else { r })
}

/// cos in single precision; None where the reduction does not hold.
fn cos32(x: f32) -> Option<f32> {
    let a = if x < 0.0 { -x } else { x };
    if a.is_nan() || a > REDUCE_LIMIT {
        return None;
    }
    let (y, mut j) = reduce(a);
    let mut negate = false;
    if j > 3 {
        negate = true;
        j -= 4;
    }
    if j > 1 {
        negate = !negate;
    }
    let r = if j == 1 || j == 2 { sin_poly(y) } else { cos_poly(y) };
    Some(if negate { -r } else { r })
}

#[cfg(test)]
mod tests {
    /// Within 2 units in the last place of the f64 result rounded to f32 (absolute near 0).
    fn close(got: f32, want: f64) -> bool {
        let w = want as f32;
        let ulp = f32::from_bits(w.abs().to_bits() + 1) - w.abs();
        ((got - w).abs() <= 2.0 * ulp) || (got as f64 - want).abs() < 1e-7
    }

    #[test]
    fn single_precision_sine_and_cosine_are_within_two_ulps() {
        let mut x = -8192.0f32;
        while x <= 8192.0 {
            let (s, c) = (super::sin32(x).unwrap(), super::cos32(x).unwrap());
            assert!(close(s, (x as f64).sin()), "sin({x}) = {s}, want {}", (x as f64).sin());
            assert!(close(c, (x as f64).cos()), "cos({x}) = {c}, want {}", (x as f64).cos());
            x += 0.0137;
        }
        assert_eq!(super::sin32(f32::NAN), None);
        assert_eq!(super::cos32(1e6), None);
        assert_eq!(super::sin32(0.0), Some(0.0));
        assert_eq!(super::cos32(0.0), Some(1.0));
    }
}
