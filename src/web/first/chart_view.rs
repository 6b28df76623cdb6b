//! The "Home vs abroad" chart: a canvas drawn by `chart::home_abroad`, with a tooltip and a data table.

use std::rc::Rc;

use plotters::prelude::IntoDrawingArea;
use yew::prelude::*;

use crate::chart::home_abroad::{draw, layout, HomeAbroad, Layout, Side};
use crate::format::{host, usd_bn};
use crate::model::Confidence;
use crate::state::Action;
use crate::theme::{Theme, ThemeName};
use crate::web::shared::canvas::{backend, expose_json, use_element_size, Slot};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub chart: Rc<HomeAbroad>,
    pub theme: ThemeName,
    pub hover: Option<usize>,
    pub dispatch: Callback<Action>,
}

#[function_component(HomeAbroadChart)]
pub fn home_abroad_chart(props: &Props) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let size = use_element_size(container.clone());
    let last: Slot<Layout> = use_mut_ref(|| None);
    let error = use_state_eq(|| None::<&'static str>);

    {
        let (canvas, last, error, dispatch) = (canvas.clone(), last.clone(), error.clone(), props.dispatch.clone());
        let chart = props.chart.clone();
        use_effect_with((size, props.theme, props.hover), move |(size, theme, hover)| {
            if let Some(size) = *size {
                match backend(&canvas, size) {
                    Ok(b) => {
                        let (w, h) = size.device();
                        let l = layout(&chart, f64::from(w), f64::from(h), size.dpr);
                        let root = b.into_drawing_area();
                        match draw(&root, &l, &Theme::get(*theme), *hover) {
                            Ok(()) => dispatch.emit(Action::ChartDrawn),
                            Err(_) => web_sys::console::error_1(&"chart drawing failed".into()),
                        }
                        expose_json(&canvas, "__layout", &l.marks_json());
                        *last.borrow_mut() = Some(l);
                    }
                    Err(why) => error.set(Some(why)),
                }
            }
        });
    }

    let onmousemove = {
        let (last, dispatch, current) = (last.clone(), props.dispatch.clone(), props.hover);
        Callback::from(move |e: MouseEvent| {
            let Some(l) = last.borrow().as_ref().map(|l| (l.scale, l.clone())) else { return };
            let (s, l) = l;
            let hit = l.hit(f64::from(e.offset_x()) * s, f64::from(e.offset_y()) * s);
            let index = hit.and_then(|m| l.marks.iter().position(|k| k == m));
            if index != current {
                dispatch.emit(Action::HoverChartMark(index));
            }
        })
    };
    let onmouseleave = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::HoverChartMark(None)))
    };

    let tooltip = props.hover.and_then(|k| {
        let l = last.borrow();
        let l = l.as_ref()?;
        let m = l.marks.get(k)?;
        let s = l.scale;
        let value = props.chart.value(m.side, m.index);
        let (x, y) = ((m.rect.x + m.rect.w / 2.0) / s, m.label_box.y / s);
        let body = match value {
            Some(v) => html! {
                <>
                    <strong class="tt-value">{ usd_bn(v.billions) }</strong>
                    { if v.confidence == Confidence::Derived { html!{ <span class="tt-note">{ " derived, not stated" }</span> } } else { html!{} } }
                    <span class="tt-source">{ format!("Source: {}", host(&v.source_url)) }</span>
                </>
            },
            None => html! { <span class="tt-note">{ "No published figure" }</span> },
        };
        Some(html! {
            <div class="tooltip" role="status" data-x={(x.round() as i32).to_string()} data-y={(y.round() as i32).to_string()}>
                <span class="tt-title">{ format!("{} · {}", m.year.0, m.side.label()) }</span>
                { body }
            </div>
        })
    });

    let rows = props.chart.years.iter().enumerate().map(|(i, y)| {
        html! { <tr><th scope="row">{ y.0 }</th><td>{ props.chart.cell(Side::Home, i) }</td><td>{ props.chart.cell(Side::Abroad, i) }</td></tr> }
    });

    html! {
        <figure class="view chart" id="home-abroad">
            <h2>{ "Investment at home vs abroad" }</h2>
            <p class="subtitle">{ "Chinese EV supply-chain investment per year, US$ billion" }</p>
            <div class="canvas-box chart-box" ref={container}>
                <canvas ref={canvas} id="chart-home-abroad" role="img" aria-label={props.chart.summary()}
                    {onmousemove} {onmouseleave}></canvas>
                { tooltip.unwrap_or_default() }
                { error.map(|e| html!{ <p class="view-error" role="alert">{ e }</p> }).unwrap_or_default() }
            </div>
            <figcaption>
                <p class="summary">{ props.chart.summary() }</p>
                <p class="source">{ "n/a: no published figure for that year. 2021 is derived (2 × the 2021–22 average of $92 bn − the 2022 value). Source: Rhodium Group (Aug 2025) as reported by Bloomberg, Reuters and CNBC." }</p>
                <details>
                    <summary>{ "The numbers as a table" }</summary>
                    <table>
                        <thead><tr><th scope="col">{ "Year" }</th><th scope="col">{ Side::Home.label() }</th><th scope="col">{ Side::Abroad.label() }</th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
}
