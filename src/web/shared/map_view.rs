//! The facility map: the basemap canvas (plotters) under a dots canvas (one `putImageData`), with drag,
//! wheel, pinch, double-click, keyboard and button zoom, a hover tooltip and a segment legend.
//!
//! Glue only: DOM events become device positions and keys, `map::pointer` and `map::gesture` decide what
//! they do (as `Action`s, dispatched here), and `map::describe` writes the tooltips' words.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement, ImageData};
use yew::prelude::*;

use crate::geo::basemap::Basemap;
use crate::i18n::numbers::{grouped, usd_millions};
use crate::i18n::Catalog;
use crate::json;
use crate::map::cluster::{badge_radius, Cache, Clusters};
use crate::map::describe::{cluster_tooltip, in_view, tooltip, Tooltip};
use crate::map::describe::{region_name, segment_name, status_name};
use crate::map::dots::{hit_radius, render, Raster};
use crate::map::draw::draw;
use crate::map::gesture::{self, Pointers};
use crate::map::labels::{place, short_name, Candidate, Rect as LabelRect};
use crate::map::pointer::{Frame, Picker};
use crate::map::regions::{view_of, view_of_points, REGIONS};
use crate::map::scene::{lines_for, Scene, DETAIL_ZOOM, SYMBOLS_UP_TO};
use crate::map::transform::ScreenFromMap;
use crate::map::viewport::{Canvas, Viewport};
#[cfg(feature = "atlas")]
use crate::map::{describe::describe, pointer::choose};
use crate::model::{Dataset, Segment, Status};
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
    /// The reader's language's messages.
    pub words: Shared<Catalog>,
}

/// Symbols shrink on a narrow map (a phone) so that they do not cover it: full size from 900 CSS px.
fn symbol_scale(size: CanvasSize) -> f64 {
    size.dpr * (size.css_w / 900.0).clamp(0.6, 1.0)
}

fn canvas_for(size: CanvasSize) -> Canvas {
    let (w, h) = size.device();
    Canvas { width: f64::from(w), height: f64::from(h), pad: 2.0 * size.dpr }
}

/// What the dots layer shows, and how: the plants and their clusters, through `t`, on a canvas of `size`.
struct Layer<'a> {
    scene: &'a Scene,
    clusters: &'a Clusters,
    data: &'a Dataset,
    t: &'a ScreenFromMap,
    theme: &'a Theme,
    size: CanvasSize,
}

/// Paints the dots layer: rasterised in wasm, copied to the canvas in one call; `highlight` (an index
/// into `scene.dots`) is ringed.
fn paint_dots(node: &NodeRef, raster: &mut Raster, layer: &Layer, highlight: Option<usize>) -> Option<()> {
    let Layer { scene, clusters, t, theme, size, .. } = *layer;
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
    paint_labels(node, &ctx, layer);
    Some(())
}

/// Names the biggest plants in view beside their symbols (`map::labels`), with a halo of the background.
fn paint_labels(node: &NodeRef, ctx: &CanvasRenderingContext2d, layer: &Layer) {
    let Layer { scene, clusters, data, t, theme, size } = *layer;
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
    let last: Slot<Frame> = use_mut_ref(|| None);
    let raster = use_mut_ref(Raster::default);
    let error = use_state_eq(|| None::<&'static str>);
    // The pointers down (drag and pinch), and how far they travelled.
    let pointers = use_mut_ref(Pointers::default);
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
                    let layer = Layer { scene: &scene, clusters, data: &data, t: &t, theme: &theme, size };
                    if paint_dots(&dots_canvas, &mut raster, &layer, *highlight).is_none() {
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
                        let bytes =
                            crate::web::shared::dom::fetch_bytes("data/countries-50m.bin", "facility-map").await;
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
                        *last.borrow_mut() = Some(Frame { t, dpr: size.dpr, canvas: c, symbols: symbol_scale(size) });
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
                        dispatch.emit(gesture::wheel(anchor, e.delta_y(), e.delta_mode(), d.canvas));
                    },
                )
            });
            move || drop(listener)
        });
    }

    let onpointerdown = {
        let (pointers, container, last) = (pointers.clone(), container.clone(), last.clone());
        Callback::from(move |e: PointerEvent| {
            let frame = *last.borrow();
            let at = frame.and_then(|d| local(&container, e.client_x(), e.client_y(), d.dpr));
            pointers.borrow_mut().press(e.pointer_id(), at);
            if frame.is_none() {
                return;
            }
            if let Some(el) = e.target_dyn_into::<Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
        })
    };
    let onpointermove = {
        let (pointers, container, last, dispatch, scene, hovered, hovered_cluster, clusters) = (
            pointers.clone(),
            container.clone(),
            last.clone(),
            props.dispatch.clone(),
            props.scene.clone(),
            props.hover,
            props.hover_cluster,
            clusters.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let Some(frame) = *last.borrow() else { return };
            let Some(at) = local(&container, e.client_x(), e.client_y(), frame.dpr) else { return };
            // A pointer that is down drags or pinches; one that is not hovers.
            let moved = pointers.borrow_mut().moved(e.pointer_id(), at, &frame);
            let actions = moved.unwrap_or_else(|| {
                Picker { scene: &scene, clusters: &clusters, frame }.hover(at, hovered, hovered_cluster)
            });
            emit_all(&dispatch, actions);
        })
    };
    let onpointerup = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| pointers.borrow_mut().release(e.pointer_id()))
    };
    let onpointerleave = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: PointerEvent| {
            dispatch.emit(Action::HoverFacility(None));
            dispatch.emit(Action::HoverCluster(None));
        })
    };
    let onclick = {
        let (container, last, dispatch, scene, pointers, clusters, viewport, hovered) = (
            container.clone(),
            last.clone(),
            props.dispatch.clone(),
            props.scene.clone(),
            pointers.clone(),
            clusters.clone(),
            props.viewport,
            props.hover,
        );
        Callback::from(move |e: MouseEvent| {
            let Some(frame) = *last.borrow() else { return };
            // The end of a drag picks nothing.
            if pointers.borrow().dragged() {
                return;
            }
            let Some(at) = local(&container, e.client_x(), e.client_y(), frame.dpr) else { return };
            emit_all(&dispatch, Picker { scene: &scene, clusters: &clusters, frame }.click(at, hovered, &viewport));
        })
    };
    let ondblclick = {
        let (container, last, dispatch) = (container.clone(), last.clone(), props.dispatch.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(d) = *last.borrow() else { return };
            if let Some(anchor) = local(&container, e.client_x(), e.client_y(), d.dpr) {
                dispatch.emit(gesture::double_click(anchor, d.canvas));
            }
        })
    };
    let zoom_button = |factor: f64| {
        let (last, dispatch) = (last.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = *last.borrow() {
                dispatch.emit(gesture::zoom_button(factor, d.canvas));
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
        html! { <button type="button" {onclick}>{ region_name(&props.words, region.id) }</button> }
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
            if let Some(action) = gesture::key(&e.key(), d.canvas) {
                e.prevent_default();
                dispatch.emit(action);
            }
        })
    };

    // Tooltips are placed for this render's viewport and size: the last frame drawn may be a view ago (a
    // link or a story step moves the map and names a plant at once) or a size ago (the details panel
    // opening beside the map narrows it).
    let now = size.map(|s| {
        let canvas = canvas_for(s);
        Frame { t: props.viewport.screen_from_map(canvas), dpr: s.dpr, canvas, symbols: symbol_scale(s) }
    });
    let tooltip = props.hover.and_then(|i| {
        let d = now?;
        let (_, dot) = props.scene.dot_of(i)?;
        let f = props.data.facilities.get(i)?;
        Some(tooltip_html(d.tooltip_at(dot.at), &tooltip(f, &props.words)))
    });

    let cluster_tooltip = props.hover_cluster.and_then(|lead| {
        let d = now?;
        let cluster = clusters.led_by(lead, &props.scene.dots)?;
        let members =
            cluster.members.iter().filter_map(|m| props.data.facilities.get(props.scene.dots.get(*m)?.facility));
        Some(tooltip_html(d.tooltip_at(cluster.at), &cluster_tooltip(members, &props.words)))
    });

    let words = &props.words;
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
            <li><span class={classes!("swatch", s.code())}></span>{ words.format("map-legend-count", &[("segment", segment_name(words, *s).into()), ("count", grouped(words, *count as f64).into())]) }</li>
        }
    });
    let symbols = props.scene.dots.len() <= SYMBOLS_UP_TO;
    // Sized by classes of styles/main.css (`.usd100`…), which a test keeps equal to `symbol_radius`.
    let sizes = [(100.0, "usd100"), (1_000.0, "usd1000"), (5_000.0, "usd5000")].map(
        |(usd, class)| html! { <li><span class={classes!("sym", "size", class)}></span>{ usd_millions(words, usd) }</li> },
    );
    let statuses = Status::ALL
        .iter()
        .map(|s| html! { <li><span class={classes!("sym", s.code())}></span>{ status_name(words, *s) }</li> });
    let located = props.scene.dots.len();
    let total = props.data.facilities.len();
    let unlocated = if located < total {
        words.format("map-unlocated", &[("count", grouped(words, (total - located) as f64).into())])
    } else {
        String::new()
    };
    let label =
        words.format("map-label", &[("count", grouped(words, located as f64).into()), ("unlocated", unlocated.into())]);
    // What is in view, said under the map as it changes (with plant symbols: a benchmark's many plants
    // are not counted on every frame).
    let in_view_line = now.filter(|_| symbols).map(|d| {
        let shown = props.scene.dots.iter().filter(|dot| d.shows(dot.at));
        in_view(shown.filter_map(|dot| props.data.facilities.get(dot.facility)), words)
    });
    // The plants by region and country, the map following the focus (`web::atlas::browse`); with a
    // benchmark's many plants, the first 300 as a flat list. The first view has only the lists' summary:
    // opening it lets the full atlas take over (`web::first`), which opens its lists there.
    #[cfg(feature = "atlas")]
    let lists = if symbols {
        let (last, dispatch, scene) = (last.clone(), props.dispatch.clone(), props.scene.clone());
        let fit = Callback::from(move |plants: Vec<usize>| {
            let Some(d) = *last.borrow() else { return };
            let points = plants.iter().filter_map(|i| scene.dot_of(*i).map(|(_, dot)| dot.at));
            dispatch.emit(Action::SetViewport(view_of_points(points, d.canvas)));
        });
        let dispatch = props.dispatch.clone();
        let hover = Callback::from(move |i: usize| dispatch.emit(Action::HoverFacility(Some(i))));
        let (dispatch, scene) = (props.dispatch.clone(), props.scene.clone());
        let open = Callback::from(move |i: usize| emit_all(&dispatch, choose(&scene, i)));
        html! { <crate::web::atlas::browse::BrowsePlants data={props.data.clone()} words={props.words.clone()} {fit} {hover} {open} /> }
    } else {
        const LISTED: usize = 300;
        let list = props.data.facilities.iter().enumerate().take(LISTED).map(|(i, f)| {
            let dispatch = props.dispatch.clone();
            let hover = Callback::from(move |_: FocusEvent| dispatch.emit(Action::HoverFacility(Some(i))));
            let (dispatch, scene) = (props.dispatch.clone(), props.scene.clone());
            let show = Callback::from(move |_: MouseEvent| emit_all(&dispatch, choose(&scene, i)));
            html! { <li><button type="button" class="link" onfocus={hover} onclick={show}>{ describe(f, &props.words) }</button></li> }
        });
        let more = total.saturating_sub(LISTED);
        html! {
            <details>
                <summary>{ words.text("map-list") }</summary>
                <ul class="facility-list">{ for list }</ul>
                if more > 0 { <p>{ words.format("map-more", &[("count", grouped(words, more as f64).into())]) }</p> }
            </details>
        }
    };
    #[cfg(not(feature = "atlas"))]
    let lists = html! {
        <details class="browse" id="plant-lists">
            <summary id="list-plants">{ words.text("browse-title") }</summary>
            <p class="loading" role="status">{ words.text("browse-loading") }</p>
        </details>
    };

    html! {
        <figure class="view map" id="facility-map">
            <h2>{ words.text("map-title") }</h2>
            <p class="subtitle">{ words.format("map-subtitle", &[("count", grouped(words, total as f64).into())]) }</p>
            <div class="map-toolbar" role="group" aria-label={words.text("map-regions")}>
                { for presets }
                <button type="button" onclick={fit_all}>{ words.text("map-all-plants") }</button>
            </div>
            <div class="canvas-box map-box" ref={container} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()}
                onpointercancel={onpointerup} {onpointerleave} {onclick} {ondblclick}>
                <canvas ref={canvas} id="map" role="img" tabindex="0" aria-label={label} aria-describedby="map-in-view" {onkeydown}></canvas>
                <canvas ref={dots_canvas} id="map-dots" class="overlay" aria-hidden="true"></canvas>
                <div class="map-controls">
                    <button type="button" aria-label={words.text("map-zoom-in")} title={words.text("map-zoom-in")} onclick={zoom_button(2.0)}>{ "+" }</button>
                    <button type="button" aria-label={words.text("map-zoom-out")} title={words.text("map-zoom-out")} onclick={zoom_button(0.5)}>{ "−" }</button>
                    <button type="button" aria-label={words.text("map-reset")} title={words.text("map-reset")} onclick={reset}>{ "⟲" }</button>
                </div>
                { tooltip.or(cluster_tooltip).unwrap_or_default() }
                { error.map(|e| html!{ <p class="view-error" role="alert">{ e }</p> }).unwrap_or_default() }
            </div>
            <figcaption>
                <p id="map-in-view" class="in-view" aria-live="polite">{ in_view_line.unwrap_or_default() }</p>
                <ul class="legend" aria-label={words.text("map-legend-segments")}>{ for legend }</ul>
                if symbols {
                    <ul class="legend symbols" aria-label={words.text("map-legend-size")}>{ for sizes }<li><span class="sym undisclosed"></span>{ words.text("not-disclosed") }</li></ul>
                    <ul class="legend symbols" aria-label={words.text("map-legend-status")}>{ for statuses }<li><span class="sym cluster">{ "3" }</span>{ words.text("map-legend-cluster") }</li></ul>
                }
                <p class="source">{ words.text("map-how") }</p>
                { lists }
            </figcaption>
        </figure>
    }
}

/// Dispatches what the map's policy (`map::pointer`, `map::gesture`) made of an input, in order.
fn emit_all(dispatch: &Callback<Action>, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        dispatch.emit(action);
    }
}

/// A tooltip at `(x, y)` CSS pixels of the map box (placed by `page.js` through the CSSOM).
fn tooltip_html((x, y): (i32, i32), tip: &Tooltip) -> Html {
    html! {
        <div class="tooltip" role="status" data-x={x.to_string()} data-y={y.to_string()}>
            <span class="tt-title">{ &tip.title }</span>
            { for tip.lines.iter().map(|line| html! { <span>{ line }</span> }) }
        </div>
    }
}
