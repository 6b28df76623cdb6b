//! The scene's dots in an R-tree (`rstar`), in map space: the neighbours clustering groups, and the few
//! dots near the pointer that hit-testing looks at, so a hover over 100,000 plants does not visit them all.

use std::cell::OnceCell;

use rstar::primitives::GeomWithData;
use rstar::RTree;

use super::dots::hit_radius;
use super::scene::Dot;
use crate::geo::equal_earth::MapPoint;

type Entry = GeomWithData<[f64; 2], usize>;

/// The R-tree (the payload is the index into `scene.dots`) and the widest hit radius of its dots.
#[derive(Clone, Debug, Default)]
pub struct Index {
    tree: RTree<Entry>,
    widest: f64,
}

impl Index {
    pub fn new(dots: &[Dot]) -> Self {
        let entries = dots.iter().enumerate().map(|(i, d)| GeomWithData::new([d.at.x, d.at.y], i)).collect();
        let widest = dots.iter().map(|d| hit_radius(d, dots.len(), 1.0)).fold(0.0, f64::max);
        Index { tree: RTree::bulk_load(entries), widest }
    }

    /// The dots within `reach` (map units) of `at`, in no order.
    pub fn within(&self, at: MapPoint, reach: f64) -> impl Iterator<Item = usize> + '_ {
        self.tree.locate_within_distance([at.x, at.y], reach * reach).map(|e| e.data)
    }

    /// The largest hit radius of any dot, in CSS pixels (`dots::hit_radius` at scale 1).
    pub fn widest(&self) -> f64 {
        self.widest
    }
}

/// A scene's index, built from its dots the first time it is asked for (a scene that is never hovered or
/// clustered never pays for it). A copy starts empty and is built from the copy's own dots, which a copy
/// made with other dots (`Scene { dots, ..scene.clone() }`) needs.
#[derive(Debug, Default)]
pub struct Lazy(OnceCell<Index>);

impl Lazy {
    pub fn get(&self, dots: &[Dot]) -> &Index {
        self.0.get_or_init(|| Index::new(dots))
    }
}

impl Clone for Lazy {
    fn clone(&self) -> Self {
        Lazy::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Segment;

    #[test]
    fn finds_the_dots_within_reach_and_knows_the_widest() {
        let dot = |i, x, usd| Dot { usd, ..Dot::new(i, MapPoint { x, y: 0.0 }, Segment::BatteryCells) };
        let dots = [dot(0, 0.0, None), dot(1, 1.0, Some(10_000.0)), dot(2, 5.0, Some(100.0))];
        let index = Index::new(&dots);
        let cases = [(0.0, 0.5, vec![0]), (0.0, 1.0, vec![0, 1]), (3.0, 2.0, vec![1, 2]), (10.0, 1.0, vec![])];
        for (x, reach, want) in cases {
            let mut got: Vec<usize> = index.within(MapPoint { x, y: 0.0 }, reach).collect();
            got.sort_unstable();
            assert_eq!(got, want, "at {x}, reach {reach}");
        }
        assert_eq!(index.widest(), 14.0, "the US$10 bn symbol");
    }

    #[test]
    fn a_copy_is_indexed_from_its_own_dots() {
        let one = [Dot::new(0, MapPoint { x: 0.0, y: 0.0 }, Segment::BatteryCells)];
        let lazy = Lazy::default();
        assert_eq!(lazy.get(&one).within(MapPoint { x: 0.0, y: 0.0 }, 1.0).count(), 1);
        assert_eq!(lazy.clone().get(&[]).within(MapPoint { x: 0.0, y: 0.0 }, 1.0).count(), 0);
    }
}
