//! Moving the map by hand: drag, two-finger pinch, wheel, double-click, the zoom buttons and the keyboard,
//! each as the `Action`s that change the viewport. Positions are device pixels of the map.

use super::pointer::Frame;
use super::viewport::Canvas;
use crate::state::Action;

/// A pointer that travelled more than this (CSS pixels) while down was dragging: its click picks nothing.
pub const CLICK_SLOP: f64 = 4.0;

/// Each wheel notch or line scrolled (100 px of `deltaY`) zooms by this factor.
pub const WHEEL_STEP: f64 = 1.1;
/// ln(`WHEEL_STEP`), written out (a test checks it).
const LN_WHEEL_STEP: f64 = 0.095_310_179_804_324_86;

/// Pixels per line, for wheels that scroll by lines (`deltaMode` 1).
const LINE_PX: f64 = 33.0;

/// The zoom of one keypress (+ or −).
pub const KEY_ZOOM: f64 = 1.5;

/// The part of the canvas an arrow key moves the map by.
pub const KEY_PAN: f64 = 0.1;

/// The pointers down on the map (id, position): one drags, two pinch. Also how far they travelled since
/// the last went down, which tells a click from the end of a drag.
#[derive(Debug, Default)]
pub struct Pointers {
    down: Vec<(i32, (f64, f64))>,
    /// CSS pixels.
    travel: f64,
}

impl Pointers {
    /// A pointer went down at `at` (`None` when the map is not drawn yet, so there is no position to
    /// keep): a new gesture starts.
    pub fn press(&mut self, id: i32, at: Option<(f64, f64)>) {
        self.travel = 0.0;
        if let Some(p) = at {
            match self.down.iter_mut().find(|(k, _)| *k == id) {
                Some(slot) => slot.1 = p,
                None => self.down.push((id, p)),
            }
        }
    }

    /// A pointer went up, or was cancelled.
    pub fn release(&mut self, id: i32) {
        self.down.retain(|(k, _)| *k != id);
    }

    /// A pointer moved to `at`: `None` when it is not down (it is hovering), else how the map follows it
    /// (a drag with one pointer, a pinch with two).
    pub fn moved(&mut self, id: i32, at: (f64, f64), frame: &Frame) -> Option<Vec<Action>> {
        let slot = self.down.iter().position(|(k, _)| *k == id)?;
        let before = self.down[slot].1;
        let actions = if self.down.len() == 2 {
            let other = self.down.iter().find(|(k, _)| *k != id).map_or(at, |(_, p)| *p);
            pinch((before, at), other, frame.canvas)
        } else {
            vec![drag(before, at, frame.canvas)]
        };
        self.travel += dist(at, before) / frame.dpr;
        self.down[slot].1 = at;
        Some(actions)
    }

    /// Whether the pointers travelled far enough since the last went down for its click to be a drag's end.
    pub fn dragged(&self) -> bool {
        self.travel > CLICK_SLOP
    }
}

/// One pointer dragged from `before` to `at`: the map moves with it, exactly.
pub fn drag(before: (f64, f64), at: (f64, f64), canvas: Canvas) -> Action {
    Action::PanMap { delta: (at.0 - before.0, at.1 - before.1), canvas }
}

/// One finger of two moved (`before` → `after`) while the other stayed at `other`: the map zooms by the
/// change in their distance about their old midpoint, then moves with the midpoint, so the point under the
/// fingers stays under them. Fingers (almost) on top of each other only pan.
pub fn pinch((before, after): ((f64, f64), (f64, f64)), other: (f64, f64), canvas: Canvas) -> Vec<Action> {
    let (d0, d1) = (dist(before, other), dist(after, other));
    let (m0, m1) = (mid(before, other), mid(after, other));
    let mut actions = Vec::with_capacity(2);
    if d0 > 1.0 {
        actions.push(Action::ZoomMap { anchor: m0, factor: d1 / d0, canvas });
    }
    actions.push(Action::PanMap { delta: (m1.0 - m0.0, m1.1 - m0.1), canvas });
    actions
}

/// The wheel turned by `delta_y` (in pixels, or in lines when `delta_mode` is 1) with the cursor at
/// `anchor`: the map zooms about the cursor, in for a negative delta.
pub fn wheel(anchor: (f64, f64), delta_y: f64, delta_mode: u32, canvas: Canvas) -> Action {
    let px = if delta_mode == 1 { LINE_PX } else { 1.0 };
    // exp(x·ln 1.1) is 1.1^x; `exp` is in the first view already (the synthetic plants), `pow` is not.
    Action::ZoomMap { anchor, factor: (-delta_y * px / 100.0 * LN_WHEEL_STEP).exp(), canvas }
}

/// A double-click at `anchor` zooms in twice as close about it.
pub fn double_click(anchor: (f64, f64), canvas: Canvas) -> Action {
    Action::ZoomMap { anchor, factor: 2.0, canvas }
}

/// A zoom button: zooms by `factor` about the centre of the canvas.
pub fn zoom_button(factor: f64, canvas: Canvas) -> Action {
    Action::ZoomMap { anchor: centre(canvas), factor, canvas }
}

/// A key pressed on the map (`KeyboardEvent.key`): the arrows move the map by a tenth of the canvas (the
/// map moves the other way, as the view does), + and − zoom about the centre, 0 shows the whole world.
/// `None` for any other key, which the page keeps.
pub fn key(key: &str, canvas: Canvas) -> Option<Action> {
    let (dx, dy) = (canvas.width * KEY_PAN, canvas.height * KEY_PAN);
    let pan = |delta| Some(Action::PanMap { delta, canvas });
    let zoom = |factor| Some(Action::ZoomMap { anchor: centre(canvas), factor, canvas });
    match key {
        "ArrowLeft" => pan((dx, 0.0)),
        "ArrowRight" => pan((-dx, 0.0)),
        "ArrowUp" => pan((0.0, dy)),
        "ArrowDown" => pan((0.0, -dy)),
        "+" | "=" => zoom(KEY_ZOOM),
        "-" | "_" => zoom(1.0 / KEY_ZOOM),
        "0" => Some(Action::ResetMap),
        _ => None,
    }
}

fn centre(c: Canvas) -> (f64, f64) {
    (c.width / 2.0, c.height / 2.0)
}

fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn mid(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wheel_step_logarithm_is_right() {
        assert!((LN_WHEEL_STEP - WHEEL_STEP.ln()).abs() < 1e-16);
    }
    use crate::geo::equal_earth::MapPoint;
    use crate::map::viewport::{Viewport, MAX_ZOOM, MIN_ZOOM};
    use crate::state::{reduce, State};

    const C: Canvas = Canvas { width: 1280.0, height: 488.0, pad: 2.0 };
    /// Zoomed in on Europe, far from the zoom limits and the world's edges.
    const V: Viewport = Viewport { zoom: 8.0, center: MapPoint { x: 0.2, y: 0.6 } };

    /// The viewport after the app's reducer applied `actions`.
    fn apply(v: Viewport, actions: &[Action]) -> Viewport {
        let start = State { viewport: v, ..State::default() };
        actions.iter().fold(start, |s, a| reduce(&s, a.clone())).viewport
    }

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6
    }

    #[test]
    fn a_drag_moves_the_map_exactly_with_the_pointer() {
        let cases = [((100.0, 100.0), (140.0, 75.0)), ((640.0, 244.0), (600.0, 300.0)), ((5.0, 5.0), (5.0, 5.0))];
        for (before, at) in cases {
            let action = drag(before, at, C);
            assert_eq!(action, Action::PanMap { delta: (at.0 - before.0, at.1 - before.1), canvas: C });
            let under = V.screen_from_map(C).invert(before);
            assert!(close(apply(V, &[action]).screen_from_map(C).apply(under), at), "{before:?} → {at:?}");
        }
    }

    #[test]
    fn a_pinch_keeps_the_point_under_the_fingers_under_them() {
        let cases = [
            // finger before, finger after, other finger, zoom factor
            ((600.0, 244.0), (560.0, 244.0), (700.0, 244.0), 1.4), // spread
            ((500.0, 200.0), (580.0, 230.0), (700.0, 300.0), 0.6), // pinch in (a bit less than 0.6)
            ((300.0, 100.0), (300.0, 40.0), (300.0, 300.0), 1.3),  // spread, vertically
            ((900.0, 300.0), (950.0, 320.0), (800.0, 260.0), 1.5), // spread and move
        ];
        for (before, after, other, factor) in cases {
            let actions = pinch((before, after), other, C);
            let v = apply(V, &actions);
            let (m0, m1) = (mid(before, other), mid(after, other));
            let under = V.screen_from_map(C).invert(m0);
            assert!(close(v.screen_from_map(C).apply(under), m1), "{before:?} → {after:?} about {other:?}");
            let want = dist(after, other) / dist(before, other);
            assert!((v.zoom / V.zoom - want).abs() < 1e-9 && (want - factor).abs() < 0.1, "zoom ×{want}");
        }
        // Fingers on top of each other: no zoom, only the pan.
        let on_top = pinch(((10.0, 10.0), (20.0, 10.0)), (10.5, 10.0), C);
        assert_eq!(on_top, [Action::PanMap { delta: (5.0, 0.0), canvas: C }]);
    }

    #[test]
    fn the_wheel_zooms_about_the_cursor() {
        let cases = [
            // cursor, deltaY, deltaMode, zoom factor
            ((640.0, 244.0), -100.0, 0, 1.1),
            ((100.0, 50.0), 100.0, 0, 1.0 / 1.1),
            ((1000.0, 400.0), -300.0, 0, 1.1_f64.powi(3)),
            ((200.0, 300.0), -3.0, 1, 1.1_f64.powf(0.99)),
            ((640.0, 244.0), 0.0, 0, 1.0),
        ];
        for (cursor, delta, mode, factor) in cases {
            let action = wheel(cursor, delta, mode, C);
            let Action::ZoomMap { anchor, factor: got, .. } = action else { panic!("{action:?}") };
            assert!(anchor == cursor && (got - factor).abs() < 1e-12, "{delta} (mode {mode}): ×{got}");
            let under = V.screen_from_map(C).invert(cursor);
            assert!(close(apply(V, &[action]).screen_from_map(C).apply(under), cursor), "{cursor:?}");
        }
    }

    #[test]
    fn zoom_stays_within_the_viewport_limits() {
        let deep = Viewport { zoom: MAX_ZOOM, ..V };
        let world = Viewport::default();
        let spread = pinch(((600.0, 244.0), (400.0, 244.0)), (700.0, 244.0), C);
        let squeeze = pinch(((400.0, 244.0), (690.0, 244.0)), (700.0, 244.0), C);
        let cases = [
            (deep, vec![wheel((640.0, 244.0), -10_000.0, 0, C)], MAX_ZOOM),
            (deep, spread.clone(), MAX_ZOOM),
            (deep, vec![double_click((10.0, 10.0), C)], MAX_ZOOM),
            (deep, vec![zoom_button(2.0, C)], MAX_ZOOM),
            (world, vec![wheel((640.0, 244.0), 10_000.0, 1, C)], MIN_ZOOM),
            (world, squeeze, MIN_ZOOM),
            (world, vec![zoom_button(0.5, C)], MIN_ZOOM),
            (world, spread, 3.0),
            (world, vec![double_click((10.0, 10.0), C)], 2.0),
        ];
        for (from, actions, zoom) in cases {
            assert!((apply(from, &actions).zoom - zoom).abs() < 1e-9, "{actions:?} from ×{}", from.zoom);
        }
    }

    #[test]
    fn the_buttons_and_a_double_click_zoom_about_their_point() {
        let centre = (C.width / 2.0, C.height / 2.0);
        let cases = [
            (zoom_button(2.0, C), centre, 2.0),
            (zoom_button(0.5, C), centre, 0.5),
            (double_click((300.0, 120.0), C), (300.0, 120.0), 2.0),
        ];
        for (action, point, factor) in cases {
            let under = V.screen_from_map(C).invert(point);
            let v = apply(V, std::slice::from_ref(&action));
            assert!(close(v.screen_from_map(C).apply(under), point) && (v.zoom - V.zoom * factor).abs() < 1e-9);
        }
    }

    #[test]
    fn keys_move_zoom_and_reset_the_map() {
        let centre = (C.width / 2.0, C.height / 2.0);
        let (dx, dy) = (1280.0 * 0.1, 488.0 * 0.1);
        let cases = [
            ("ArrowLeft", Some(Action::PanMap { delta: (dx, 0.0), canvas: C })),
            ("ArrowRight", Some(Action::PanMap { delta: (-dx, 0.0), canvas: C })),
            ("ArrowUp", Some(Action::PanMap { delta: (0.0, dy), canvas: C })),
            ("ArrowDown", Some(Action::PanMap { delta: (0.0, -dy), canvas: C })),
            ("+", Some(Action::ZoomMap { anchor: centre, factor: 1.5, canvas: C })),
            ("=", Some(Action::ZoomMap { anchor: centre, factor: 1.5, canvas: C })),
            ("-", Some(Action::ZoomMap { anchor: centre, factor: 1.0 / 1.5, canvas: C })),
            ("_", Some(Action::ZoomMap { anchor: centre, factor: 1.0 / 1.5, canvas: C })),
            ("0", Some(Action::ResetMap)),
            ("a", None),
            ("Enter", None),
            ("Tab", None),
            ("", None),
        ];
        for (name, want) in cases {
            assert_eq!(key(name, C), want, "{name:?}");
        }
        // The map moves the other way from the view: ArrowLeft shows what is west.
        let west = apply(V, &[key("ArrowLeft", C).expect("a key")]);
        assert!(west.center.x < V.center.x && apply(V, &[key("0", C).expect("a key")]) == Viewport::default());
    }

    #[test]
    fn pointers_drag_with_one_pinch_with_two_and_tell_a_click_from_a_drag() {
        let frame = Frame { t: V.screen_from_map(C), dpr: 2.0, canvas: C, symbols: 2.0 };
        let mut p = Pointers::default();
        assert_eq!(p.moved(1, (10.0, 10.0), &frame), None, "a pointer that is not down hovers");
        p.press(1, Some((100.0, 100.0)));
        assert!(!p.dragged());
        assert_eq!(p.moved(1, (106.0, 100.0), &frame), Some(vec![drag((100.0, 100.0), (106.0, 100.0), C)]));
        assert!(!p.dragged(), "6 device px at DPR 2 are 3 CSS px: still a click");
        assert_eq!(p.moved(1, (110.0, 100.0), &frame), Some(vec![drag((106.0, 100.0), (110.0, 100.0), C)]));
        assert!(p.dragged(), "5 CSS px in all: a drag");
        // A second finger: a new gesture, and the two pinch.
        p.press(2, Some((200.0, 100.0)));
        assert!(!p.dragged());
        let pinched = p.moved(2, (220.0, 100.0), &frame);
        assert_eq!(pinched, Some(pinch(((200.0, 100.0), (220.0, 100.0)), (110.0, 100.0), C)));
        p.release(2);
        assert_eq!(p.moved(2, (230.0, 100.0), &frame), None);
        assert_eq!(p.moved(1, (111.0, 101.0), &frame), Some(vec![drag((110.0, 100.0), (111.0, 101.0), C)]));
        // Pressed before the map was drawn: nothing to follow, but a new gesture all the same.
        p.release(1);
        p.press(3, None);
        assert_eq!((p.moved(3, (0.0, 0.0), &frame), p.dragged()), (None, false));
    }
}
