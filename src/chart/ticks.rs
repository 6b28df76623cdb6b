//! "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten.

/// Ticks from 0 up to at least `max`, about `target` of them (at least 2).
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0, 1.0];
    }
    let raw = max / target.max(1) as f64;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * power).find(|s| *s >= raw).unwrap_or(10.0 * power);
    let count = (max / step).ceil() as usize;
    (0..=count.max(1)).map(|i| i as f64 * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
