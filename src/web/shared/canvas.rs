//! Canvas plumbing: track a container's size, size the canvas for the devicePixelRatio, get a backend.

use std::cell::RefCell;
use std::rc::Rc;

use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use crate::web::shared::dom::device_pixel_ratio;

/// A canvas's size in CSS pixels and the devicePixelRatio it is drawn for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CanvasSize {
    pub css_w: f64,
    pub css_h: f64,
    pub dpr: f64,
}

impl CanvasSize {
    pub fn device(&self) -> (u32, u32) {
        ((self.css_w * self.dpr).round().max(1.0) as u32, (self.css_h * self.dpr).round().max(1.0) as u32)
    }
}

/// The size of the element behind `node`, updated by a ResizeObserver (at most once per frame).
#[hook]
pub fn use_element_size(node: NodeRef) -> Option<CanvasSize> {
    let size = use_state_eq(|| None::<CanvasSize>);
    {
        let size = size.clone();
        use_effect_with(node, move |node| {
            let element = node.cast::<Element>();
            let setter = size.clone();
            let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let Some(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>().ok() else { return };
                let rect = entry.content_rect();
                let (w, h) = (rect.width(), rect.height());
                if w >= 1.0 && h >= 1.0 {
                    setter.set(Some(CanvasSize { css_w: w, css_h: h, dpr: device_pixel_ratio() }));
                }
            });
            let observer = element.as_ref().and_then(|el| {
                let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(el);
                Some(observer)
            });
            if element.is_none() || observer.is_none() {
                // No observer (very old browser): measure once so the view still draws.
                if let Some(el) = &element {
                    let r = el.get_bounding_client_rect();
                    size.set(Some(CanvasSize {
                        css_w: r.width().max(1.0),
                        css_h: r.height().max(1.0),
                        dpr: device_pixel_ratio(),
                    }));
                }
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    *size
}

/// Why a canvas could not be drawn.
pub const NO_CANVAS: &str = "This browser could not give the page a 2D canvas, so this view cannot be drawn.";

/// Sizes the canvas for `size` (device pixels = CSS pixels × DPR) and returns a plotters backend.
pub fn backend(canvas: &NodeRef, size: CanvasSize) -> Result<CanvasBackend, &'static str> {
    let canvas: HtmlCanvasElement = canvas.cast().ok_or(NO_CANVAS)?;
    let (w, h) = size.device();
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    CanvasBackend::with_canvas_object(canvas).ok_or(NO_CANVAS)
}

/// Shared, mutable slot for what the last draw laid out (used by hit-testing between draws).
pub type Slot<T> = Rc<RefCell<Option<T>>>;

/// Attaches JSON text (see `crate::json`), parsed, to an element as a JS property: the first view's way
/// of telling tests what it drew, without a serialiser.
pub fn expose_json(node: &NodeRef, name: &str, json: &str) {
    if let (Some(el), Ok(v)) = (node.cast::<Element>(), js_sys::JSON::parse(json)) {
        let _ = js_sys::Reflect::set(&el, &name.into(), &v);
    }
}

/// Attaches plain data to the canvas element as a JS property (e.g. the layout it drew), so that browser
/// tests and benchmarks can check what was drawn without reading pixels.
pub fn expose<T: serde::Serialize>(canvas: &NodeRef, name: &str, value: &T) {
    let Some(el) = canvas.cast::<Element>() else { return };
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    match value.serialize(&serializer) {
        Ok(v) => {
            let _ = js_sys::Reflect::set(&el, &name.into(), &v);
        }
        Err(_) => web_sys::console::warn_2(&"could not expose".into(), &name.into()),
    }
}
