//! The facility map: a canvas drawn by `map::draw`, with a hover tooltip and a segment legend.

use std::rc::Rc;

use plotters::prelude::IntoDrawingArea;
use yew::prelude::*;

use super::canvas::{backend, expose, use_element_size, Slot};
use crate::format::{grouped, usd_millions};
use crate::geo::equal_earth::world_bounds;
use crate::map::draw::{dot_radius, draw};
use crate::map::hit::dot_at;
use crate::map::scene::Scene;
use crate::map::transform::ScreenFromMap;
use crate::model::{Facility, Segment};
use crate::state::Action;
use crate::theme::{Theme, ThemeName};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub scene: Rc<Scene>,
    pub facilities: Rc<Vec<Facility>>,
    pub theme: ThemeName,
    /// Index into the facilities of the hovered one.
    pub hover: Option<usize>,
    pub dispatch: Callback<Action>,
}

/// Where a facility's dot was drawn, in CSS pixels of the canvas (read by tests and benchmarks).
#[derive(serde::Serialize)]
struct DotPosition {
    id: String,
    x: f64,
    y: f64,
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

#[function_component(FacilityMap)]
pub fn facility_map(props: &Props) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let size = use_element_size(container.clone());
    let last: Slot<(ScreenFromMap, f64)> = use_mut_ref(|| None);
    let error = use_state_eq(|| None::<&'static str>);

    {
        let (canvas, last, error, dispatch, scene, facilities) = (
            canvas.clone(),
            last.clone(),
            error.clone(),
            props.dispatch.clone(),
            props.scene.clone(),
            props.facilities.clone(),
        );
        use_effect_with((size, props.theme), move |(size, theme)| {
            if let Some(size) = *size {
                match backend(&canvas, size) {
                    Ok(b) => {
                        let (w, h) = size.device();
                        let (min, max) = world_bounds();
                        let t = ScreenFromMap::fit(min, max, f64::from(w), f64::from(h), 2.0 * size.dpr);
                        let root = b.into_drawing_area();
                        match draw(&root, &scene, &t, &Theme::get(*theme), size.dpr) {
                            Ok(()) => dispatch.emit(Action::MapDrawn),
                            Err(e) => web_sys::console::error_1(&format!("map drawing failed: {e}").into()),
                        }
                        let dots: Vec<DotPosition> = scene
                            .dots
                            .iter()
                            .filter_map(|d| {
                                let (x, y) = t.apply(d.at);
                                let id = facilities.get(d.facility)?.id.clone();
                                Some(DotPosition { id, x: x / size.dpr, y: y / size.dpr })
                            })
                            .collect();
                        expose(&canvas, "__dots", &dots);
                        *last.borrow_mut() = Some((t, size.dpr));
                    }
                    Err(why) => error.set(Some(why)),
                }
            }
        });
    }

    let onmousemove = {
        let (last, dispatch, scene, current) = (last.clone(), props.dispatch.clone(), props.scene.clone(), props.hover);
        Callback::from(move |e: MouseEvent| {
            let Some((t, s)) = *last.borrow() else { return };
            let at = (f64::from(e.offset_x()) * s, f64::from(e.offset_y()) * s);
            let hit = dot_at(&scene, &t, at, dot_radius(s) + 4.0 * s).map(|d| scene.dots[d].facility);
            if hit != current {
                dispatch.emit(Action::HoverFacility(hit));
            }
        })
    };
    let onmouseleave = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::HoverFacility(None)))
    };

    let tooltip = props.hover.and_then(|i| {
        let (t, s) = (*last.borrow())?;
        let dot = props.scene.dots.iter().find(|d| d.facility == i)?;
        let f = props.facilities.get(i)?;
        let (x, y) = t.apply(dot.at);
        let money = f.investment_usd.map(|u| usd_millions(u.millions)).unwrap_or_else(|| "not disclosed".to_owned());
        let capacity = f.capacity.map(|c| format!("{} {}", grouped(c.value), c.unit.label())).unwrap_or_else(|| "not disclosed".to_owned());
        Some(html! {
            <div class="tooltip" role="status" style={format!("left:{:.0}px;top:{:.0}px", x / s, y / s - 8.0)}>
                <span class="tt-title">{ &f.company }</span>
                <span>{ format!("{}, {}", f.city, f.host_country) }</span>
                <span>{ format!("{} · {}", f.segment.label(), f.status.label()) }</span>
                <span>{ format!("Investment: {money}") }</span>
                <span>{ format!("Capacity: {capacity}") }</span>
            </div>
        })
    });

    let theme = Theme::get(props.theme);
    let legend = Segment::ALL.iter().map(|s| {
        let count = props.scene.dots.iter().filter(|d| d.segment == *s).count();
        html! {
            <li><span class="swatch" style={format!("background:{}", theme.segment(*s).hex())}></span>{ format!("{} ({count})", s.label()) }</li>
        }
    });
    let located = props.scene.dots.len();
    let total = props.facilities.len();
    let label = format!(
        "World map of {located} overseas facilities of Chinese EV-industry companies, coloured by segment{}.",
        if located < total { format!("; {} more have no known site", total - located) } else { String::new() }
    );
    let list = props.scene.dots.iter().filter_map(|d| props.facilities.get(d.facility)).map(|f| html! { <li>{ describe(f) }</li> });

    html! {
        <figure class="view map" id="facility-map">
            <h2>{ "Where the plants are" }</h2>
            <p class="subtitle">{ format!("{total} overseas plants of Chinese EV-industry companies, by segment") }</p>
            <div class="canvas-box map-box" ref={container}>
                <canvas ref={canvas} id="map" role="img" aria-label={label} {onmousemove} {onmouseleave}></canvas>
                { tooltip.unwrap_or_default() }
                { error.map(|e| html!{ <p class="view-error" role="alert">{ e }</p> }).unwrap_or_default() }
            </div>
            <figcaption>
                <ul class="legend" aria-label="Segments">{ for legend }</ul>
                <p class="source">{ "Each dot is a plant at its city's approximate position. Basemap: Natural Earth (public domain). Every plant has its own source in the data." }</p>
                <details>
                    <summary>{ "The plants as a list" }</summary>
                    <ul class="facility-list">{ for list }</ul>
                </details>
            </figcaption>
        </figure>
    }
}
