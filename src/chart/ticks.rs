//! "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten.

/// Ticks from 0 up to at least `max`, about `target` of them (at least 2).
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0, 1.0];
    }
    let raw = max / target.max(1) as f64;
    let power = power_of_ten_at_most(raw);
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * power).find(|s| *s >= raw).unwrap_or(10.0 * power);
    let count = (max / step).ceil() as usize;
    (0..=count.max(1)).map(|i| i as f64 * step).collect()
}

/// The largest power of ten not above `v` (> 0), by steps of ten: the first view then carries no `pow` or
/// `log10` (about 1.3 KB gzip of libm).
fn power_of_ten_at_most(v: f64) -> f64 {
    let mut p = 1.0;
    while p > v && p > 1e-300 {
        p /= 10.0;
    }
    while p * 10.0 <= v && p < 1e300 {
        p *= 10.0;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten_match_the_logarithm() {
        for v in [0.0004, 0.05, 0.9, 1.0, 3.7, 10.0, 99.9, 100.0, 12_345.0, 1e9] {
            assert_eq!(power_of_ten_at_most(v), 10f64.powf(v.log10().floor()), "{v}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(f64, usize, &[f64])] = &[
            (94.0, 5, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]),
            (94.0, 3, &[0.0, 50.0, 100.0]),
            (16.0, 4, &[0.0, 5.0, 10.0, 15.0, 20.0]),
            (1.0, 5, &[0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]),
            (0.0, 5, &[0.0, 1.0]),
            (f64::NAN, 5, &[0.0, 1.0]),
        ];
        for (max, target, want) in cases {
            assert_eq!(nice_ticks(*max, *target), *want, "max {max} target {target}");
        }
    }
}
