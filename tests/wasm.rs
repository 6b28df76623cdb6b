//! Tests compiled to wasm and run inside headless Chromium by wasm-bindgen-test: the pure core behaves the
//! same in wasm, and plotters-canvas really paints our drawings onto a browser canvas.
#![cfg(target_arch = "wasm32")]

use ev_atlas::chart::bars::draw;
use ev_atlas::chart::home_abroad::{bars, layout, HomeAbroad};
use ev_atlas::data::builtin;
use ev_atlas::geo::basemap::{Basemap, COUNTRIES_110M};
use ev_atlas::map::scene::Scene;
use ev_atlas::map::transform::ScreenFromMap;
use ev_atlas::theme::{Theme, ThemeName};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

fn canvas(w: u32, h: u32) -> HtmlCanvasElement {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let c: HtmlCanvasElement = document.create_element("canvas").expect("canvas").dyn_into().expect("is a canvas");
    c.set_width(w);
    c.set_height(h);
    document.body().expect("body").append_child(&c).expect("append");
    c
}

/// Pixels that differ clearly from the top-left pixel.
fn painted(c: &HtmlCanvasElement) -> usize {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").ok().flatten().expect("2d").dyn_into().expect("ctx");
    let data = ctx.get_image_data(0.0, 0.0, f64::from(c.width()), f64::from(c.height())).expect("pixels").data();
    let bg = [data[0], data[1], data[2]];
    data.chunks(4).filter(|p| (0..3).map(|i| (i32::from(p[i]) - i32::from(bg[i])).abs()).sum::<i32>() > 24).count()
}

#[wasm_bindgen_test]
fn builtin_data_and_basemap_decode_in_wasm() {
    let (data, problems) = builtin();
    assert!(problems.is_empty(), "{problems:?}");
    assert!(data.facilities.len() >= 70);
    let basemap = Basemap::decode(COUNTRIES_110M).expect("decodes");
    assert!(basemap.countries().len() > 150);
}

#[wasm_bindgen_test]
fn chart_paints_on_a_browser_canvas() {
    let c = canvas(640, 300);
    let chart = HomeAbroad::from_aggregates(&builtin().0.aggregates);
    let words = ev_atlas::i18n::english();
    let l = layout(&chart, &words, &[], 640.0, 300.0, 1.0);
    let root = CanvasBackend::with_canvas_object(c.clone()).expect("backend").into_drawing_area();
    draw(&root, &l, &bars(&chart, &words), &Theme::get(ThemeName::Light), None).expect("draws");
    let n = painted(&c);
    assert!(n > 640 * 300 / 30, "only {n} pixels painted");
}

#[wasm_bindgen_test]
fn map_paints_on_a_browser_canvas() {
    let c = canvas(800, 400);
    let (data, _) = builtin();
    let scene = Scene::new(&Basemap::decode(COUNTRIES_110M).expect("decodes"), &data.facilities);
    let (min, max) = ev_atlas::geo::equal_earth::world_bounds();
    let t = ScreenFromMap::fit(min, max, 800.0, 400.0, 2.0);
    let root = CanvasBackend::with_canvas_object(c.clone()).expect("backend").into_drawing_area();
    ev_atlas::map::draw::draw(&root, &scene, &t, &Theme::get(ThemeName::Light), 1.0).expect("draws");
    let n = painted(&c);
    assert!(n > 800 * 400 / 5, "only {n} pixels painted");
}
