//! The benchmark harness's page contract (`../shared/bench/README.md`): `window.__benchHooks`.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// Where facility #0 (the probe) was last drawn, in CSS pixels of the map canvas.
    static PROBE: Cell<Option<(f64, f64)>> = const { Cell::new(None) };
}

pub fn set_probe(p: Option<(f64, f64)>) {
    PROBE.with(|c| c.set(p));
}

fn map_rect() -> Option<web_sys::DomRect> {
    Some(web_sys::window()?.document()?.get_element_by_id("map")?.get_bounding_client_rect())
}

/// Scrolls the map into the window when it is not wholly in it, as a reader does before dragging it (on a
/// phone it is below the fold, where the harness's pointer would reach nothing).
fn show_map() {
    let Some(window) = web_sys::window() else { return };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let Some(map) = window.document().and_then(|d| d.get_element_by_id("map")) else { return };
    let r = map.get_bounding_client_rect();
    if r.top() < 0.0 || r.bottom() > height {
        map.scroll_into_view_with_bool(r.height() > height);
        let r = map.get_bounding_client_rect();
        if r.bottom() > height {
            window.scroll_by_with_x_and_y(0.0, r.bottom() - height);
        }
    }
}

fn rect_object(x: f64, y: f64, w: f64, h: f64) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in [("x", x), ("y", y), ("width", w), ("height", h)] {
        let _ = js_sys::Reflect::set(&o, &k.into(), &v.into());
    }
    o.into()
}

/// Installs `window.__benchHooks` once. `info` is copied into the harness's results.
pub fn install(n: usize, synthetic: bool) {
    let Some(window) = web_sys::window() else { return };
    let hooks = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(&hooks, &k.into(), v);
    };
    let map_rect_fn =
        Closure::<dyn Fn() -> JsValue>::new(|| match map_rect().map(|_| show_map()).and_then(|()| map_rect()) {
            Some(r) => rect_object(r.x(), r.y(), r.width(), r.height()),
            None => JsValue::NULL,
        });
    let marker = Closure::<dyn Fn() -> JsValue>::new(|| {
        let (Some(r), Some((x, y))) = (map_rect(), PROBE.with(Cell::get)) else { return JsValue::NULL };
        let o = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&o, &"x".into(), &(r.x() + x).into());
        let _ = js_sys::Reflect::set(&o, &"y".into(), &(r.y() + y).into());
        o.into()
    });
    // Every redraw runs synchronously in the task that handled the input, so the view is complete by
    // the next animation frame.
    let when_idle = Closure::<dyn Fn() -> JsValue>::new(|| {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(&resolve);
            }
        });
        promise.into()
    });
    let memory = Closure::<dyn Fn() -> JsValue>::new(|| {
        let bytes = wasm_bindgen::memory()
            .dyn_into::<js_sys::WebAssembly::Memory>()
            .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length())
            .unwrap_or(0);
        JsValue::from(bytes)
    });
    let info = Closure::<dyn Fn() -> JsValue>::new(move || {
        let o = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&o, &"app".into(), &"ev-atlas".into());
        let _ = js_sys::Reflect::set(&o, &"n".into(), &(n as f64).into());
        let _ = js_sys::Reflect::set(&o, &"synthetic".into(), &synthetic.into());
        o.into()
    });
    set("mapRect", map_rect_fn.as_ref());
    set("markerPoint", marker.as_ref());
    set("whenIdle", when_idle.as_ref());
    set("wasmMemoryBytes", memory.as_ref());
    set("info", info.as_ref());
    set("tooltipSelector", &"#facility-map .tooltip".into());
    // The hooks live as long as the page.
    map_rect_fn.forget();
    marker.forget();
    when_idle.forget();
    memory.forget();
    info.forget();
    let _ = js_sys::Reflect::set(&window, &"__benchHooks".into(), &hooks);
}
