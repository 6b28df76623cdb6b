//! Sine and cosine for the map's angles (radians, |x| up to about 10⁵), written out: the standard library's
//! versions bring libm's argument reduction for any size of angle (`rem_pio2_large`, about 6 KB of the
//! first view's wasm), which a map never needs. The kernels are musl's (`__sin`, `__cos`); the reduction
//! is its medium-size case (Cody–Waite with π/2 in three parts). A test compares them with `f64::sin` and
//! `f64::cos`.

// The constants are musl's, digit for digit (more digits than an f64 holds; each rounds to the intended bits).
#![allow(clippy::excessive_precision)]

const TOINT: f64 = 1.5 / f64::EPSILON;
const INV_PIO2: f64 = std::f64::consts::FRAC_2_PI;
const PIO2_1: f64 = 1.570_796_326_734_125_614_17;
const PIO2_2: f64 = 6.077_100_506_303_965_976_60e-11;
const PIO2_2T: f64 = 2.022_266_248_795_950_631_54e-21;

/// `x` as n·π/2 + (y0 + y1), |y0 + y1| ≤ π/4: returns (n mod 4, y0, y1).
fn reduce(x: f64) -> (i64, f64, f64) {
    let f = x * INV_PIO2 + TOINT - TOINT;
    let n = f as i64;
    // π/2 = PIO2_1 + PIO2_2 + PIO2_2T: the second and third parts keep the bits that cancel when x is
    // near a multiple of π/2 (musl's second round, done always).
    let t = x - f * PIO2_1;
    let w2 = f * PIO2_2;
    let r = t - w2;
    let w = f * PIO2_2T - ((t - r) - w2);
    let y0 = r - w;
    let y1 = (r - y0) - w;
    (n.rem_euclid(4), y0, y1)
}

/// musl's `__sin(x, y, 1)`: sin(x + y) for |x + y| ≤ π/4.
fn kernel_sin(x: f64, y: f64) -> f64 {
    const S1: f64 = -1.666_666_666_666_663_243_48e-1;
    const S2: f64 = 8.333_333_333_322_489_461_24e-3;
    const S3: f64 = -1.984_126_982_985_794_931_34e-4;
    const S4: f64 = 2.755_731_370_707_006_767_89e-6;
    const S5: f64 = -2.505_076_025_340_686_341_95e-8;
    const S6: f64 = 1.589_690_995_211_550_102_21e-10;
    let z = x * x;
    let w = z * z;
    let r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
    let v = z * x;
    x - ((z * (0.5 * y - v * r) - y) - v * S1)
}

/// musl's `__cos(x, y)`: cos(x + y) for |x + y| ≤ π/4.
fn kernel_cos(x: f64, y: f64) -> f64 {
    const C1: f64 = 4.166_666_666_666_660_190_37e-2;
    const C2: f64 = -1.388_888_888_887_410_957_49e-3;
    const C3: f64 = 2.480_158_728_947_672_941_78e-5;
    const C4: f64 = -2.755_731_435_139_066_330_35e-7;
    const C5: f64 = 2.087_572_321_298_174_827_90e-9;
    const C6: f64 = -1.135_964_755_778_819_482_65e-11;
    let z = x * x;
    let w = z * z;
    let r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    let hz = 0.5 * z;
    let w = 1.0 - hz;
    w + (((1.0 - w) - hz) + (z * r - x * y))
}

/// sin(x), x in radians.
pub fn sin(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let (n, y0, y1) = reduce(x);
    match n {
        0 => kernel_sin(y0, y1),
        1 => kernel_cos(y0, y1),
        2 => -kernel_sin(y0, y1),
        _ => -kernel_cos(y0, y1),
    }
}

/// cos(x), x in radians.
pub fn cos(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let (n, y0, y1) = reduce(x);
    match n {
        0 => kernel_cos(y0, y1),
        1 => -kernel_sin(y0, y1),
        2 => -kernel_cos(y0, y1),
        _ => kernel_sin(y0, y1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_over_the_angles_a_map_uses() {
        let mut worst: f64 = 0.0;
        let mut x = -2000.0_f64;
        while x <= 2000.0 {
            worst = worst.max((sin(x) - x.sin()).abs()).max((cos(x) - x.cos()).abs());
            x += 0.001_234_567;
        }
        assert!(worst < 4e-16, "worst difference {worst:e}");
        let cases = [0.0, -0.0, 1e-300, std::f64::consts::FRAC_PI_2, std::f64::consts::PI, 1e5, -3.0e4 + 0.5];
        for x in cases {
            assert!((sin(x) - x.sin()).abs() < 4e-16, "sin {x}");
            assert!((cos(x) - x.cos()).abs() < 4e-16, "cos {x}");
        }
        assert!(sin(f64::NAN).is_nan() && cos(f64::INFINITY).is_nan());
    }
}
