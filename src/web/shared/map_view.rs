//! The facility map: the basemap canvas (plotters) under a dots canvas (one `putImageData`), with drag,
//! wheel, pinch, double-click, keyboard and button zoom, a hover tooltip and a segment legend.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement, ImageData};
use yew::prelude::*;

use crate::format::{grouped, usd_millions};
use crate::geo::basemap::Basemap;
use crate::json;
use crate::map::cluster::{badge_radius, Cache, Clusters};
use crate::map::dots::{hit_radius, render, Raster};
use crate::map::draw::draw;
use crate::map::hit::dot_at;
use crate::map::labels::{place, short_name, Candidate, Rect as LabelRect};
use crate::map::regions::{view_of, view_of_points, REGIONS};
use crate::map::scene::{lines_for, Scene, DETAIL_ZOOM, SYMBOLS_UP_TO};
use crate::map::transform::ScreenFromMap;
use crate::map::viewport::{Canvas, Viewport};
use crate::model::{Dataset, Facility, Segment, Status};
use crate::state::{Action, Shared};
use crate::theme::{Theme, ThemeName};
use crate::web::shared::bench;
use crate::web::shared::canvas::{backend, expose_json, use_element_size, CanvasSize, Slot};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub scene: Rc<Scene>,
    pub data: Shared<Dataset>,
    pub theme: ThemeName,
    /// Index into the facilities of the hovered one.
    pub hover: Option<usize>,
    /// The hovered cluster, by the facility index of its biggest plant.
    #[prop_or_default]
    pub hover_cluster: Option<usize>,
    pub viewport: Viewport,
    /// The finer basemap, once fetched.
    #[prop_or_default]
    pub detail: Option<Shared<Scene>>,
    pub dispatch: Callback<Action>,
}

/// What the last draw used, for turning pointer positions into map positions.
#[derive(Clone, Copy)]
struct Drawn {
    t: ScreenFromMap,
    dpr: f64,
    canvas: Canvas,
    /// Device pixels per CSS pixel of a symbol (smaller on a narrow map).
    symbols: f64,
}

/// Symbols shrink on a narrow map (a phone) so that they do not cover it: full size from 900 CSS px.
fn symbol_scale(size: CanvasSize) -> f64 {
    size.dpr * (size.css_w / 900.0).clamp(0.6, 1.0)
}

fn describe(f: &Facility) -> String {
    let mut parts = vec![format!("{}, {} ({})", f.company, f.city, f.host_country)];
    parts.push(format!("{} · {}", f.segment.label(), f.status.label()));
    if let Some(usd) = f.investment_usd {
        parts.push(usd_millions(usd.millions));
    }
    if let Some(c) = f.capacity {
        parts.push(format!("{} {}", grouped(c.value), c.unit.label()));
    }
    parts.join("; ")
}

/// "Announced 2023 · production since 2025-07", or what is known of it.
fn dates(f: &Facility) -> String {
    let announced =
        f.announced.map_or_else(|| "Announced: year not known".to_owned(), |y| format!("Announced {}", y.0));
    match f.production_start {
        Some(p) => match p.month {
            Some(m) => format!("{announced} · production since {}-{m:02}", p.year.0),
            None => format!("{announced} · production since {}", p.year.0),
        },
        None => announced,
    }
}

fn canvas_for(size: CanvasSize) -> Canvas {
    let (w, h) = size.device();
    Canvas { width: f64::from(w), height: f64::from(h), pad: 2.0 * size.dpr }
}

/// Paints the dots layer: rasterised in wasm, copied to the canvas in one call.
fn paint_dots(
    node: &NodeRef,
    raster: &mut Raster,
    scene: &Scene,
    clusters: &Clusters,
    t: &ScreenFromMap,
    theme: &Theme,
    size: CanvasSize,
    highlight: Option<usize>,
    data: &Dataset,
) -> Option<()> {
    let canvas: HtmlCanvasElement = node.cast()?;
    let (w, h) = size.device();
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    raster.reset(w as usize, h as usize);
    render(raster, scene, clusters, t, theme, symbol_scale(size), highlight);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let image = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&raster.rgba), w, h).ok()?;
    ctx.put_image_data(&image, 0.0, 0.0).ok()?;
    paint_labels(node, &ctx, scene, clusters, t, theme, size, data);
    Some(())
}

/// Names the biggest plants in view beside their symbols (`map::labels`), with a halo of the background.
fn paint_labels(
    node: &NodeRef,
    ctx: &CanvasRenderingContext2d,
    scene: &Scene,
    clusters: &Clusters,
    t: &ScreenFromMap,
    theme: &Theme,
    size: CanvasSize,
    data: &Dataset,
) {
    let (w, h) = size.device();
    let (w, h) = (f64::from(w), f64::from(h));
    let mut placed = Vec::new();
    if scene.dots.len() <= SYMBOLS_UP_TO {
        let font_px = 11.0 * size.dpr;
        ctx.set_font(&format!("600 {font_px}px system-ui, sans-serif"));
        // Symbol-mode dots are sorted biggest first (`map::scene`).
        let big: Vec<_> = scene
            .dots
            .iter()
            .zip(&clusters.of_dot)
            .filter(|(_, c)| c.is_none())
            .filter_map(|(d, _)| Some((d, d.usd?, t.apply(d.at))))
            .filter(|(_, _, (x, y))| (0.0..w).contains(x) && (0.0..h).contains(y))
            .take(24)
            .collect();
        let texts: Vec<String> = big
            .iter()
            .map(|(d, ..)| {
                data.facilities
                    .get(d.facility)
                    .map_or_else(String::new, |f| format!("{} · {}", short_name(&f.company), short_name(&f.city)))
            })
            .collect();
        // Badges and the map's buttons are obstacles: a label never covers one.
        let mut obstacles: Vec<LabelRect> = clusters
            .clusters
            .iter()
            .map(|c| {
                let ((x, y), r) = (t.apply(c.at), (badge_radius(c.members.len()) + 1.0) * symbol_scale(size));
                LabelRect { x0: x - r, y0: y - r, x1: x + r, y1: y + r }
            })
            .collect();
        if let Some(canvas) = node.cast::<Element>() {
            let c = canvas.get_bounding_client_rect();
            let controls = canvas.parent_element().and_then(|p| p.query_selector(".map-controls").ok().flatten());
            if let Some(r) = controls.map(|el| el.get_bounding_client_rect()) {
                let d = size.dpr;
                obstacles.push(LabelRect {
                    x0: (r.left() - c.left()) * d,
                    y0: (r.top() - c.top()) * d,
                    x1: (r.right() - c.left()) * d,
                    y1: (r.bottom() - c.top()) * d,
                });
            }
        }
        let candidates: Vec<Candidate> = big
            .iter()
            .zip(&texts)
            .enumerate()
            .map(|(key, ((d, _, at), text))| Candidate {
                key,
                at: *at,
                radius: hit_radius(d, scene.dots.len(), symbol_scale(size)),
                width: ctx.measure_text(text).map_or(0.0, |m| m.width()),
            })
            .collect();
        let max = (size.css_w / 150.0).clamp(2.0, 8.0) as usize;
        let facility_of = |key: usize| big.get(key).map_or(usize::MAX, |(d, ..)| d.facility);
        placed = place(&candidates, &obstacles, font_px * 1.25, (w, h), max, 3.0 * size.dpr)
            .into_iter()
            .map(|p| (p, facility_of(p.key)))
            .collect();
        ctx.set_text_baseline("middle");
        ctx.set_line_join("round");
        ctx.set_line_width(3.0 * size.dpr);
        ctx.set_stroke_style_str(&theme.background.hex());
        ctx.set_fill_style_str(&theme.text.hex());
        for (p, _) in &placed {
            if let Some(text) = texts.get(p.key) {
                let y = (p.rect.y0 + p.rect.y1) / 2.0;
                let _ = ctx.stroke_text(text, p.rect.x0, y);
                let _ = ctx.fill_text(text, p.rect.x0, y);
            }
        }
        // Each badge's count, in the background colour on its text-coloured disc.
        ctx.set_text_align("center");
        ctx.set_fill_style_str(&theme.background.hex());
        for c in &clusters.clusters {
            let (x, y) = t.apply(c.at);
            let _ = ctx.fill_text(&c.members.len().to_string(), x, y + 0.5 * size.dpr);
        }
        ctx.set_text_align("start");
    }
    // For tests: each label's plant and box in CSS pixels, as two entries (top-left, bottom-right corner).
    let labels = placed
        .iter()
        .filter_map(|(p, facility)| data.facilities.get(*facility).map(|f| (p.rect, &f.id)))
        .flat_map(|(r, id)| [(r.x0, r.y0), (r.x1, r.y1)].map(|(x, y)| json::point(id, x / size.dpr, y / size.dpr)));
    expose_json(node, "__labels", &json::array(labels));
    // For tests: each cluster's plants and where its badge is, in CSS pixels.
    let badges = clusters.clusters.iter().map(|c| {
        let (x, y) = t.apply(c.at);
        let ids = c
            .members
            .iter()
            .filter_map(|m| data.facilities.get(scene.dots.get(*m)?.facility).map(|f| json::string(&f.id)));
        format!(
            r#"{{"ids":{},"x":{},"y":{}}}"#,
            json::array(ids),
            json::number(x / size.dpr),
            json::number(y / size.dpr)
        )
    });
    expose_json(node, "__clusters", &json::array(badges));
}

/// Whether `(x, y)` is on the symbol of the plant `facility` (drawn on top when hovered): symbol mode only.
fn under(scene: &Scene, facility: Option<usize>, d: &Drawn, (x, y): (f64, f64)) -> bool {
    let n = scene.dots.len();
    let Some((_, dot)) = facility.filter(|_| n <= SYMBOLS_UP_TO).and_then(|f| scene.dot_of(f)) else { return false };
    let (px, py) = d.t.apply(dot.at);
    (px - x).hypot(py - y) <= hit_radius(dot, n, d.symbols) + 3.0 * d.symbols
}

/// A pointer position in device pixels of the map box.
fn local(box_ref: &NodeRef, client_x: i32, client_y: i32, dpr: f64) -> Option<(f64, f64)> {
    let el = box_ref.cast::<Element>()?;
    let r = el.get_bounding_client_rect();
    Some(((f64::from(client_x) - r.left()) * dpr, (f64::from(client_y) - r.top()) * dpr))
}

#[function_component(FacilityMap)]
pub fn facility_map(props: &Props) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let dots_canvas = use_node_ref();
    let size = use_element_size(container.clone());
    let last: Slot<Drawn> = use_mut_ref(|| None);
    let raster = use_mut_ref(Raster::default);
    let error = use_state_eq(|| None::<&'static str>);
    // Active pointers (id → device position) for drag and pinch.
    let pointers: Rc<RefCell<Pointers>> = use_mut_ref(Pointers::default);
    // Plants whose symbols would overlap are drawn as clusters: derived from the scene, the zoom and the
    // canvas (panning keeps them), cached between renders.
    let cluster_cache = use_mut_ref(Cache::default);
    let keep = props.hover.and_then(|f| props.scene.dot_of(f)).map(|(i, _)| i);
    let clusters: Rc<Clusters> = match size {
        Some(size) => {
            cluster_cache.borrow_mut().get(&props.scene, &props.viewport, canvas_for(size), symbol_scale(size), keep)
        }
        None => Rc::default(),
    };

    {
        let (canvas, dots_canvas, last, raster, error, dispatch, scene, facilities) = (
            canvas.clone(),
            dots_canvas.clone(),
            last.clone(),
            raster.clone(),
            error.clone(),
            props.dispatch.clone(),
            props.scene.clone(),
            props.data.clone(),
        );
        // The hovered plant is ringed when plants are drawn as symbols (a redraw of 100,000 dots per hover
        // would cost more than the ring is worth).
        let highlight = props
            .hover
            .filter(|_| props.scene.dots.len() <= SYMBOLS_UP_TO)
            .and_then(|f| props.scene.dot_of(f))
            .map(|(i, _)| i);
        // The dots layer: redrawn with the view, and alone when only the hovered plant changes.
        {
            let (scene, error, data) = (scene.clone(), error.clone(), facilities.clone());
            use_effect_with(
                (size, props.theme, props.viewport, props.scene.clone(), highlight, clusters.clone()),
                move |(size, theme, viewport, _, highlight, clusters)| {
                    let Some(size) = *size else { return };
                    let t = viewport.screen_from_map(canvas_for(size));
                    let theme = Theme::get(*theme);
                    let mut raster = raster.borrow_mut();
                    if paint_dots(&dots_canvas, &mut raster, &scene, clusters, &t, &theme, size, *highlight, &data)
                        .is_none()
                    {
                        error.set(Some(crate::web::shared::canvas::NO_CANVAS));
                    }
                },
            );
        }
        let requested = use_mut_ref(|| false);
        use_effect_with(
            (size, props.theme, props.viewport, props.scene.clone(), props.detail.clone()),
            move |(size, theme, viewport, _, detail)| {
                let Some(size) = *size else { return };
                let c = canvas_for(size);
                let t = viewport.screen_from_map(c);
                let theme = Theme::get(*theme);
                // Zoomed in for the first time: fetch the finer basemap (once; offline, the coarse one stays).
                if viewport.zoom >= DETAIL_ZOOM && detail.is_none() && !requested.replace(true) {
                    let dispatch = dispatch.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let bytes = crate::web::shared::dom::fetch_bytes("data/countries-50m.bin").await;
                        match bytes.map(|b| Basemap::decode(&b)) {
                            Some(Ok(b)) => dispatch.emit(Action::DetailLoaded(Shared::new(Scene::new(&b, &[])))),
                            _ => web_sys::console::warn_1(
                                &"the 1:50m basemap could not be loaded; showing 1:110m".into(),
                            ),
                        }
                    });
                }
                match backend(&canvas, size) {
                    Ok(b) => {
                        let root = b.into_drawing_area();
                        let lines = lines_for(&scene, detail.as_deref(), viewport.zoom);
                        if let Some(el) = canvas.cast::<Element>() {
                            let _ = el.set_attribute(
                                "data-basemap",
                                if std::ptr::eq(lines, &*scene) { "110m" } else { "50m" },
                            );
                        }
                        if draw(&root, lines, &t, &theme, size.dpr).is_err() {
                            // The canvas backend's only error is a failed canvas call: say so without formatting it.
                            web_sys::console::error_1(&"map drawing failed".into());
                        }
                        *last.borrow_mut() = Some(Drawn { t, dpr: size.dpr, canvas: c, symbols: symbol_scale(size) });
                        let probe = scene.dot_of(0).map(|(_, d)| {
                            let (x, y) = t.apply(d.at);
                            (x / size.dpr, y / size.dpr)
                        });
                        bench::set_probe(probe);
                        if scene.dots.len() <= 2000 {
                            let dots = scene.dots.iter().filter_map(|d| {
                                let (x, y) = t.apply(d.at);
                                Some(json::point(
                                    &facilities.facilities.get(d.facility)?.id,
                                    x / size.dpr,
                                    y / size.dpr,
                                ))
                            });
                            expose_json(&canvas, "__dots", &json::array(dots));
                        }
                        dispatch.emit(Action::MapDrawn);
                    }
                    Err(why) => error.set(Some(why)),
                }
            },
        );
    }

    // The wheel zooms about the cursor. Registered by hand: it must be able to prevent the page scroll.
    {
        let (container, last, dispatch) = (container.clone(), last.clone(), props.dispatch.clone());
        use_effect_with((), move |_| {
            let listener = container.cast::<Element>().map(|el| {
                let target = container.clone();
                EventListener::new_with_options(
                    &el,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<web_sys::WheelEvent>() else { return };
                        let Some(d) = *last.borrow() else { return };
                        e.prevent_default();
                        let Some(anchor) = local(&target, e.client_x(), e.client_y(), d.dpr) else { return };
                        let lines = if e.delta_mode() == 1 { 33.0 } else { 1.0 };
                        let factor = 1.1_f64.powf(-e.delta_y() * lines / 100.0);
                        dispatch.emit(Action::ZoomMap { anchor, factor, canvas: d.canvas });
                    },
                )
            });
            move || drop(listener)
        });
    }

    // How far the pointer travelled since it went down: a click that ends a drag selects nothing.
    let travel = use_mut_ref(|| 0.0_f64);
    let onpointerdown = {
        let (pointers, container, last, travel) = (pointers.clone(), container.clone(), last.clone(), travel.clone());
        Callback::from(move |e: PointerEvent| {
            *travel.borrow_mut() = 0.0;
            let Some(d) = *last.borrow() else { return };
            if let Some(p) = local(&container, e.client_x(), e.client_y(), d.dpr) {
                pointers.borrow_mut().set(e.pointer_id(), p);
            }
            if let Some(el) = e.target_dyn_into::<Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
        })
    };
    let onpointermove = {
        let (pointers, container, last, dispatch, scene, current, current_cluster, travel, clusters) = (
            pointers.clone(),
            container.clone(),
            last.clone(),
            props.dispatch.clone(),
            props.scene.clone(),
            props.hover,
            props.hover_cluster,
            travel.clone(),
            clusters.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let Some(d) = *last.borrow() else { return };
            let Some(at) = local(&container, e.client_x(), e.client_y(), d.dpr) else { return };
            let mut active = pointers.borrow_mut();
            let Some(before) = active.get(&e.pointer_id()).copied() else {
                // Hovering: which cluster or dot is under the pointer? The hovered plant is drawn on top,
                // so it stays hovered while the pointer is on it.
                let n = scene.dots.len();
                if under(&scene, current, &d, at) {
                    return;
                }
                let lead = clusters
                    .at(&scene.dots, &d.t, at, d.symbols, |dot| hit_radius(dot, n, d.symbols))
                    .and_then(|k| scene.dots.get(*clusters.clusters.get(k)?.members.first()?))
                    .map(|dot| dot.facility);
                if lead != current_cluster {
                    dispatch.emit(Action::HoverCluster(lead));
                }
                if lead.is_some() {
                    return;
                }
                let hit = dot_at(&scene, &d.t, at, d.symbols).and_then(|i| scene.dots.get(i)).map(|dot| dot.facility);
                if hit != current {
                    dispatch.emit(Action::HoverFacility(hit));
                }
                return;
            };
            if active.len() == 2 {
                // Pinch: zoom by the change in finger distance about their midpoint, and pan with it.
                let other = active.0.iter().find(|(id, _)| *id != e.pointer_id()).map(|(_, p)| *p).unwrap_or(at);
                let (d0, d1) = (dist(before, other), dist(at, other));
                let (m0, m1) = (mid(before, other), mid(at, other));
                if d0 > 1.0 {
                    dispatch.emit(Action::ZoomMap { anchor: m0, factor: d1 / d0, canvas: d.canvas });
                }
                dispatch.emit(Action::PanMap { delta: (m1.0 - m0.0, m1.1 - m0.1), canvas: d.canvas });
            } else {
                dispatch.emit(Action::PanMap { delta: (at.0 - before.0, at.1 - before.1), canvas: d.canvas });
            }
            *travel.borrow_mut() += dist(at, before) / d.dpr;
            active.set(e.pointer_id(), at);
        })
    };
    let onpointerup = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().remove(e.pointer_id());
        })
    };
    let onpointerleave = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: PointerEvent| {
            dispatch.emit(Action::HoverFacility(None));
            dispatch.emit(Action::HoverCluster(None));
        })
    };
    let onclick = {
        let (container, last, dispatch, scene, travel, clusters, viewport, hovered) = (
            container.clone(),
            last.clone(),
            props.dispatch.clone(),
            props.scene.clone(),
            travel.clone(),
            clusters.clone(),
            props.viewport,
            props.hover,
        );
        Callback::from(move |e: MouseEvent| {
            let Some(d) = *last.borrow() else { return };
            if *travel.borrow() > 4.0 {
                return;
            }
            let Some(at) = local(&container, e.client_x(), e.client_y(), d.dpr) else { return };
            let n = scene.dots.len();
            if under(&scene, hovered, &d, at) {
                dispatch.emit(Action::SelectFacility(hovered));
                return;
            }
            let cluster = clusters.at(&scene.dots, &d.t, at, d.symbols, |dot| hit_radius(dot, n, d.symbols));
            if let Some(view) = cluster.and_then(|k| clusters.zoom_into(k, &scene.dots, &viewport, d.canvas)) {
                dispatch.emit(Action::HoverCluster(None));
                dispatch.emit(Action::SetViewport(view));
                return;
            }
            if let Some(i) = dot_at(&scene, &d.t, at, d.symbols) {
                dispatch.emit(Action::SelectFacility(scene.dots.get(i).map(|dot| dot.facility)));
            }
        })
    };
    let ondblclick = {
        let (container, last, dispatch) = (container.clone(), last.clone(), props.dispatch.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(d) = *last.borrow() else { return };
            if let Some(anchor) = local(&container, e.client_x(), e.client_y(), d.dpr) {
                dispatch.emit(Action::ZoomMap { anchor, factor: 2.0, canvas: d.canvas });
            }
        })
    };
    let zoom_button = |factor: f64| {
        let (last, dispatch) = (last.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = *last.borrow() {
                let centre = (d.canvas.width / 2.0, d.canvas.height / 2.0);
                dispatch.emit(Action::ZoomMap { anchor: centre, factor, canvas: d.canvas });
            }
        })
    };
    let presets = REGIONS.iter().map(|region| {
        let (last, dispatch) = (last.clone(), props.dispatch.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(d) = *last.borrow() {
                dispatch.emit(Action::SetViewport(view_of(region, d.canvas)));
            }
        });
        html! { <button type="button" {onclick}>{ region.name }</button> }
    });
    let fit_all = {
        let (last, dispatch, scene) = (last.clone(), props.dispatch.clone(), props.scene.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = *last.borrow() {
                dispatch.emit(Action::SetViewport(view_of_points(scene.dots.iter().map(|x| x.at), d.canvas)));
            }
        })
    };
    let reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::ResetMap))
    };
    let onkeydown = {
        let (last, dispatch) = (last.clone(), props.dispatch.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(d) = *last.borrow() else { return };
            let (w, h) = (d.canvas.width, d.canvas.height);
            let action = match e.key().as_str() {
                "ArrowLeft" => Action::PanMap { delta: (w * 0.1, 0.0), canvas: d.canvas },
                "ArrowRight" => Action::PanMap { delta: (-w * 0.1, 0.0), canvas: d.canvas },
                "ArrowUp" => Action::PanMap { delta: (0.0, h * 0.1), canvas: d.canvas },
                "ArrowDown" => Action::PanMap { delta: (0.0, -h * 0.1), canvas: d.canvas },
                "+" | "=" => Action::ZoomMap { anchor: (w / 2.0, h / 2.0), factor: 1.5, canvas: d.canvas },
                "-" | "_" => Action::ZoomMap { anchor: (w / 2.0, h / 2.0), factor: 1.0 / 1.5, canvas: d.canvas },
                "0" => Action::ResetMap,
                _ => return,
            };
            e.prevent_default();
            dispatch.emit(action);
        })
    };

    let tooltip = props.hover.and_then(|i| {
        let d = (*last.borrow())?;
        let (_, dot) = props.scene.dot_of(i)?;
        let f = props.data.facilities.get(i)?;
        let (x, y) = d.t.apply(dot.at);
        let money = f.investment_usd.map(|u| usd_millions(u.millions)).unwrap_or_else(|| "not disclosed".to_owned());
        let capacity = f
            .capacity
            .map(|c| format!("{} {}", grouped(c.value), c.unit.label()))
            .unwrap_or_else(|| "not disclosed".to_owned());
        Some(html! {
            <div class="tooltip" role="status" data-x={((x / d.dpr).round() as i32).to_string()} data-y={((y / d.dpr - 8.0).round() as i32).to_string()}>
                <span class="tt-title">{ &f.company }</span>
                <span>{ format!("{}, {}", f.city, f.host_country) }</span>
                <span>{ format!("{} · {}", f.segment.label(), f.status.label()) }</span>
                <span>{ format!("Investment: {money}") }</span>
                <span>{ format!("Capacity: {capacity}") }</span>
                <span>{ dates(f) }</span>
            </div>
        })
    });

    let cluster_tooltip = props.hover_cluster.and_then(|lead| {
        let d = (*last.borrow())?;
        let cluster = clusters.clusters.iter().find(|c| {
            c.members.first().and_then(|m| props.scene.dots.get(*m)).map(|dot| dot.facility) == Some(lead)
        })?;
        let (x, y) = d.t.apply(cluster.at);
        let mut names: Vec<&str> = Vec::new();
        for f in cluster.members.iter().filter_map(|m| props.data.facilities.get(props.scene.dots.get(*m)?.facility)) {
            let name = short_name(&f.company);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        let shown = names.len().min(4);
        let more = if names.len() > shown { format!(" and {} more", names.len() - shown) } else { String::new() };
        Some(html! {
            <div class="tooltip" role="status" data-x={((x / d.dpr).round() as i32).to_string()} data-y={((y / d.dpr - 8.0).round() as i32).to_string()}>
                <span class="tt-title">{ format!("{} plants here", cluster.members.len()) }</span>
                <span>{ format!("{}{more}", names[..shown].join(", ")) }</span>
                <span>{ "Click to zoom in" }</span>
            </div>
        })
    });

    // Counted and listed once per dataset, not on every hover.
    let counts = use_memo(props.scene.clone(), |scene| {
        let mut counts = [0usize; 4];
        for d in &scene.dots {
            if let Some(k) = Segment::ALL.iter().position(|s| *s == d.segment) {
                counts[k] += 1;
            }
        }
        counts
    });
    let legend = Segment::ALL.iter().zip(counts.iter()).map(|(s, count)| {
        html! {
            <li><span class={classes!("swatch", s.code())}></span>{ format!("{} ({})", s.label(), grouped(*count as f64)) }</li>
        }
    });
    let symbols = props.scene.dots.len() <= SYMBOLS_UP_TO;
    // Sized by classes of styles/main.css (`.usd100`…), which a test keeps equal to `symbol_radius`.
    let sizes = [(100.0, "usd100"), (1_000.0, "usd1000"), (5_000.0, "usd5000")].map(
        |(usd, class)| html! { <li><span class={classes!("sym", "size", class)}></span>{ usd_millions(usd) }</li> },
    );
    let statuses =
        Status::ALL.iter().map(|s| html! { <li><span class={classes!("sym", s.code())}></span>{ s.label() }</li> });
    let located = props.scene.dots.len();
    let total = props.data.facilities.len();
    let label = format!(
        "World map of {} overseas facilities of Chinese EV-industry companies, coloured by segment{}. Arrow keys move the map, + and − zoom, 0 resets.",
        grouped(located as f64),
        if located < total { format!("; {} more have no known site", total - located) } else { String::new() }
    );
    const LISTED: usize = 300;
    let list = {
        let (dispatch, scene) = (props.dispatch.clone(), props.scene.clone());
        use_memo(props.data.clone(), move |data| {
            data.facilities
                .iter()
                .enumerate()
                .take(LISTED)
                .map(|(i, f)| {
                    let hover = {
                        let dispatch = dispatch.clone();
                        Callback::from(move |_: FocusEvent| dispatch.emit(Action::HoverFacility(Some(i))))
                    };
                    let show = {
                        let (dispatch, scene) = (dispatch.clone(), scene.clone());
                        Callback::from(move |_: MouseEvent| {
                            let Some((_, dot)) = scene.dot_of(i) else { return };
                            dispatch.emit(Action::SetViewport(Viewport::focus(dot.at)));
                            dispatch.emit(Action::SelectFacility(Some(i)));
                            dispatch.emit(Action::HoverFacility(Some(i)));
                        })
                    };
                    html! { <li><button type="button" class="link" onfocus={hover} onclick={show}>{ describe(f) }</button></li> }
                })
                .collect::<Html>()
        })
    };
    let more = total.saturating_sub(LISTED);

    html! {
        <figure class="view map" id="facility-map">
            <h2>{ "Where the plants are" }</h2>
            <p class="subtitle">{ format!("{} overseas plants of Chinese EV-industry companies, by segment", grouped(total as f64)) }</p>
            <div class="map-toolbar" role="group" aria-label="Show a region">
                { for presets }
                <button type="button" onclick={fit_all}>{ "All plants" }</button>
            </div>
            <div class="canvas-box map-box" ref={container} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()}
                onpointercancel={onpointerup} {onpointerleave} {onclick} {ondblclick}>
                <canvas ref={canvas} id="map" role="img" tabindex="0" aria-label={label} {onkeydown}></canvas>
                <canvas ref={dots_canvas} id="map-dots" class="overlay" aria-hidden="true"></canvas>
                <div class="map-controls">
                    <button type="button" aria-label="Zoom in" title="Zoom in" onclick={zoom_button(2.0)}>{ "+" }</button>
                    <button type="button" aria-label="Zoom out" title="Zoom out" onclick={zoom_button(0.5)}>{ "−" }</button>
                    <button type="button" aria-label="Show the whole world" title="Show the whole world" onclick={reset}>{ "⟲" }</button>
                </div>
                { tooltip.or(cluster_tooltip).unwrap_or_default() }
                { error.map(|e| html!{ <p class="view-error" role="alert">{ e }</p> }).unwrap_or_default() }
            </div>
            <figcaption>
                <ul class="legend" aria-label="Colour: segment">{ for legend }</ul>
                if symbols {
                    <ul class="legend symbols" aria-label="Size: announced investment">{ for sizes }<li><span class="sym undisclosed"></span>{ "not disclosed" }</li></ul>
                    <ul class="legend symbols" aria-label="Fill: status">{ for statuses }<li><span class="sym cluster">{ "3" }</span>{ "plants close together: click to zoom in" }</li></ul>
                }
                <p class="source">{ "Drag or use the arrow keys to move, scroll, pinch or use + and − to zoom. Each dot is a plant at its city's approximate position. Basemap: Natural Earth (public domain). Every plant has its own source in the data." }</p>
                <details>
                    <summary>{ "The plants as a list" }</summary>
                    <ul class="facility-list">{ (*list).clone() }</ul>
                    if more > 0 { <p>{ format!("…and {} more.", grouped(more as f64)) }</p> }
                </details>
            </figcaption>
        </figure>
    }
}

/// The pointers down on the map (id, device position): one for a drag, two for a pinch.
#[derive(Default)]
struct Pointers(Vec<(i32, (f64, f64))>);

impl Pointers {
    fn get(&self, id: &i32) -> Option<&(f64, f64)> {
        self.0.iter().find(|(k, _)| k == id).map(|(_, p)| p)
    }

    fn set(&mut self, id: i32, p: (f64, f64)) {
        match self.0.iter_mut().find(|(k, _)| *k == id) {
            Some(slot) => slot.1 = p,
            None => self.0.push((id, p)),
        }
    }

    fn remove(&mut self, id: i32) {
        self.0.retain(|(k, _)| *k != id);
    }

    fn len(&self) -> usize {
        self.0.len()
    }
}

fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn mid(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
}
