//! Labels for the biggest plants on the map: placed greedily, biggest first, beside their symbol, so that
//! no label overlaps another label or a labelled symbol, and none leaves the canvas. Screen space (device
//! pixels of the map canvas) throughout.

/// An axis-aligned box: `x0 ≤ x1`, `y0 ≤ y1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    fn inside(&self, width: f64, height: f64) -> bool {
        self.x0 >= 0.0 && self.y0 >= 0.0 && self.x1 <= width && self.y1 <= height
    }
}

/// A plant that would like a label, in priority order (the caller sorts, biggest first).
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    /// What the caller calls this plant (an index into its dots).
    pub key: usize,
    /// The symbol's centre and radius on screen.
    pub at: (f64, f64),
    pub radius: f64,
    /// The label's text width.
    pub width: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub key: usize,
    /// The label's box; text is drawn from its left edge, vertically centred.
    pub rect: Rect,
}

/// Places at most `max` labels of `height` on a `width` × `height` canvas. Each candidate tries right of
/// its symbol, then left, above and below; one that fits nowhere goes without. `gap` separates a label
/// from its symbol. No label covers an `obstacle` (a cluster's badge, the map's buttons).
pub fn place(
    candidates: &[Candidate],
    obstacles: &[Rect],
    text_height: f64,
    (width, height): (f64, f64),
    max: usize,
    gap: f64,
) -> Vec<Placed> {
    let symbol = |c: &Candidate| Rect {
        x0: c.at.0 - c.radius,
        y0: c.at.1 - c.radius,
        x1: c.at.0 + c.radius,
        y1: c.at.1 + c.radius,
    };
    let mut placed: Vec<Placed> = Vec::new();
    // Labels stay off the symbols of every candidate: they are the biggest plants, the map's landmarks.
    let symbols: Vec<Rect> = candidates.iter().map(symbol).collect();
    for (i, c) in candidates.iter().enumerate() {
        if placed.len() >= max {
            break;
        }
        let (x, y, r, w, h) = (c.at.0, c.at.1, c.radius, c.width, text_height);
        let options = [
            Rect { x0: x + r + gap, y0: y - h / 2.0, x1: x + r + gap + w, y1: y + h / 2.0 },
            Rect { x0: x - r - gap - w, y0: y - h / 2.0, x1: x - r - gap, y1: y + h / 2.0 },
            Rect { x0: x - w / 2.0, y0: y - r - gap - h, x1: x + w / 2.0, y1: y - r - gap },
            Rect { x0: x - w / 2.0, y0: y + r + gap, x1: x + w / 2.0, y1: y + r + gap + h },
        ];
        let free = |rect: &Rect| {
            rect.inside(width, height)
                && placed.iter().all(|p| !p.rect.overlaps(rect))
                && symbols.iter().enumerate().all(|(j, s)| j == i || !s.overlaps(rect))
                && obstacles.iter().all(|o| !o.overlaps(rect))
        };
        if let Some(rect) = options.into_iter().find(|o| free(o)) {
            placed.push(Placed { key: c.key, rect });
        }
    }
    placed
}

/// The short form of a site or company for a label: up to its first comma or parenthesis ("Arnstadt
/// (Erfurter Kreuz), Thuringia" → "Arnstadt", "Ford (CATL technology licence)" → "Ford").
pub fn short_name(city: &str) -> &str {
    city.split([',', '(']).next().unwrap_or(city).trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(key: usize, x: f64, y: f64, width: f64) -> Candidate {
        Candidate { key, at: (x, y), radius: 5.0, width }
    }

    fn side(p: &Placed, cand: &Candidate) -> &'static str {
        let (x, y) = cand.at;
        if p.rect.x0 > x {
            "right"
        } else if p.rect.x1 < x {
            "left"
        } else if p.rect.y1 < y {
            "above"
        } else {
            "below"
        }
    }

    #[test]
    fn each_label_takes_the_first_free_side() {
        // (candidates, where each placed label went)
        let cases: Vec<(Vec<Candidate>, Vec<(usize, &str)>)> = vec![
            (vec![c(0, 100.0, 100.0, 50.0)], vec![(0, "right")]),
            // Near the right edge: left.
            (vec![c(0, 780.0, 100.0, 50.0)], vec![(0, "left")]),
            // Two plants at one place: the second label takes the other side.
            (vec![c(0, 100.0, 100.0, 50.0), c(1, 100.0, 100.0, 50.0)], vec![(0, "right"), (1, "left")]),
            // Three: the third goes above.
            (
                vec![c(0, 100.0, 100.0, 50.0), c(1, 100.0, 100.0, 50.0), c(2, 100.0, 100.0, 50.0)],
                vec![(0, "right"), (1, "left"), (2, "above")],
            ),
            // Side by side: the second label goes to the other side.
            (vec![c(0, 100.0, 100.0, 50.0), c(1, 130.0, 100.0, 50.0)], vec![(0, "left"), (1, "right")]),
            // Top-left corner: right still fits.
            (vec![c(0, 6.0, 8.0, 50.0)], vec![(0, "right")]),
        ];
        for (i, (cands, want)) in cases.iter().enumerate() {
            let placed = place(cands, &[], 12.0, (800.0, 400.0), 10, 2.0);
            let got: Vec<(usize, &str)> = placed.iter().map(|p| (p.key, side(p, &cands[p.key]))).collect();
            assert_eq!(got, *want, "case {i}");
        }
    }

    #[test]
    fn no_two_labels_overlap_none_leaves_the_canvas_and_max_holds() {
        // A dense grid of plants with long names.
        let cands: Vec<Candidate> =
            (0..200).map(|i| c(i, 20.0 + (i % 20) as f64 * 37.0, 15.0 + (i / 20) as f64 * 29.0, 60.0)).collect();
        for max in [0, 1, 5, 50, 500] {
            let placed = place(&cands, &[], 12.0, (800.0, 300.0), max, 2.0);
            assert!(placed.len() <= max);
            for (i, a) in placed.iter().enumerate() {
                assert!(a.rect.inside(800.0, 300.0), "{a:?}");
                for b in &placed[i + 1..] {
                    assert!(!a.rect.overlaps(&b.rect), "{a:?} overlaps {b:?}");
                }
            }
        }
        // Priority: labels are given in the candidates' order, so a bigger plant never loses its place
        // to a smaller one.
        let keys: Vec<usize> = place(&cands, &[], 12.0, (800.0, 300.0), 50, 2.0).iter().map(|p| p.key).collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]) && !keys.is_empty(), "{keys:?}");
    }

    #[test]
    fn labels_keep_off_cluster_badges() {
        let cands = [c(0, 100.0, 100.0, 50.0)];
        let around = |x: f64, y: f64, r: f64| Rect { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
        let cases: [(Vec<Rect>, Option<&str>); 3] = [
            (vec![], Some("right")),
            (vec![around(130.0, 100.0, 10.0)], Some("left")),
            (
                vec![
                    around(130.0, 100.0, 10.0),
                    around(70.0, 100.0, 10.0),
                    around(100.0, 80.0, 8.0),
                    around(100.0, 120.0, 8.0),
                ],
                None,
            ),
        ];
        for (obstacles, want) in cases {
            let placed = place(&cands, &obstacles, 12.0, (800.0, 400.0), 10, 2.0);
            assert_eq!(placed.first().map(|p| side(p, &cands[0])), want, "{obstacles:?}");
        }
    }

    #[test]
    fn a_site_is_shortened_to_its_place_name() {
        let cases = [
            ("Arnstadt (Erfurter Kreuz), Thuringia", "Arnstadt"),
            ("Camaçari, Bahia", "Camaçari"),
            ("Debrecen", "Debrecen"),
            ("Ford (CATL technology licence)", "Ford"),
            ("", ""),
        ];
        for (city, want) in cases {
            assert_eq!(short_name(city), want);
        }
    }
}
