//! One bar chart of the full atlas (`chart::bars`) on a canvas: hover and tap tooltips, a click sets
//! the shared filter, legend entries toggle series, arrow keys move between marks (announced through an
//! `aria-live` region), a table of the same numbers, and "Download PNG" at 2× with title and source.

use std::rc::Rc;

use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::canvas::{backend, expose, use_element_size, Slot};
use crate::chart::bars::{draw, layout, tooltip, BarsLayout, ChartSpec, Hit, Pick};
use crate::filter::Filters;
use crate::state::Action;
use crate::theme::{Theme, ThemeName};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub spec: Rc<ChartSpec>,
    pub theme: ThemeName,
    pub filters: Filters,
    pub dispatch: Callback<Action>,
    /// Choices above the chart (grouping, measure), if it has any.
    #[prop_or_default]
    pub controls: Html,
}

/// The picks of a mark: its category's and its series'.
fn picks(spec: &ChartSpec, l: &BarsLayout, mark: usize) -> Vec<Pick> {
    let Some(m) = l.marks.get(mark) else { return Vec::new() };
    let category = spec.bars.categories.get(m.category).and_then(|c| c.pick);
    let series = spec.bars.series.get(m.series).and_then(|s| s.pick).filter(|_| m.value.is_some());
    category.into_iter().chain(series).collect()
}

#[function_component(BarChart)]
pub fn bar_chart(props: &Props) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let size = use_element_size(container.clone());
    let last: Slot<BarsLayout> = use_mut_ref(|| None);
    // Which series the legend has switched off, and the mark under the pointer or the keyboard: the
    // chart's own passing state (what the shared filter holds is in `props.filters`).
    let hidden = use_state_eq(Vec::<bool>::new);
    let cursor = use_state_eq(|| None::<usize>);
    let error = use_state_eq(|| None::<&'static str>);

    {
        let (canvas, last, error, spec) = (canvas.clone(), last.clone(), error.clone(), props.spec.clone());
        use_effect_with(
            (size, props.theme, props.spec.clone(), (*hidden).clone(), *cursor),
            move |(size, theme, _, hidden, cursor)| {
                let Some(size) = *size else { return };
                match backend(&canvas, size) {
                    Ok(b) => {
                        let (w, h) = size.device();
                        let l = layout(&spec.bars, hidden, f64::from(w), f64::from(h), size.dpr);
                        let root = b.into_drawing_area();
                        if draw(&root, &l, &spec.bars, &Theme::get(*theme), *cursor).is_err() {
                            web_sys::console::error_1(&"chart drawing failed".into());
                        }
                        expose(&canvas, "__layout", &l);
                        *last.borrow_mut() = Some(l);
                    }
                    Err(why) => error.set(Some(why)),
                }
            },
        );
    }
    // A new chart (other filters, another grouping) starts with nothing under the cursor.
    {
        let cursor = cursor.clone();
        use_effect_with(props.spec.clone(), move |_| cursor.set(None));
    }

    let hit_at = {
        let last = last.clone();
        move |e: &MouseEvent| {
            let l = last.borrow();
            let l = l.as_ref()?;
            l.hit(f64::from(e.offset_x()) * l.scale, f64::from(e.offset_y()) * l.scale)
        }
    };
    let onmousemove = {
        let (cursor, hit_at) = (cursor.clone(), hit_at.clone());
        Callback::from(move |e: MouseEvent| {
            cursor.set(match hit_at(&e) {
                Some(Hit::Mark(i)) => Some(i),
                _ => None,
            })
        })
    };
    let onmouseleave = {
        let cursor = cursor.clone();
        Callback::from(move |_: MouseEvent| cursor.set(None))
    };
    let onclick = {
        let (last, hidden, dispatch, spec, cursor, filters) =
            (last.clone(), hidden.clone(), props.dispatch.clone(), props.spec.clone(), cursor.clone(), props.filters.clone());
        Callback::from(move |e: MouseEvent| match hit_at(&e) {
            Some(Hit::Legend(s)) => {
                let mut h = (*hidden).clone();
                h.resize(spec.bars.series.len(), false);
                if let Some(v) = h.get_mut(s) {
                    *v = !*v;
                }
                hidden.set(h);
            }
            Some(Hit::Mark(i)) => {
                cursor.set(Some(i));
                let p = last.borrow().as_ref().map(|l| picks(&spec, l, i)).unwrap_or_default();
                if !p.is_empty() {
                    dispatch.emit(Action::SetFilters(filters.toggle_all(&p)));
                }
            }
            None => {}
        })
    };
    let onkeydown = {
        let (last, cursor, dispatch, spec, filters) =
            (last.clone(), cursor.clone(), props.dispatch.clone(), props.spec.clone(), props.filters.clone());
        Callback::from(move |e: KeyboardEvent| {
            let l = last.borrow();
            let Some(l) = l.as_ref() else { return };
            let step = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some(1),
                "ArrowLeft" | "ArrowUp" => Some(-1),
                "Home" => Some(-(l.marks.len() as isize)),
                "End" => Some(l.marks.len() as isize),
                _ => None,
            };
            match (step, e.key().as_str()) {
                (Some(d), _) => cursor.set(l.next(*cursor, d)),
                (None, "Enter" | " ") => {
                    let p = cursor.map(|i| picks(&spec, l, i)).unwrap_or_default();
                    if p.is_empty() {
                        return;
                    }
                    dispatch.emit(Action::SetFilters(filters.toggle_all(&p)));
                }
                (None, "Escape") if cursor.is_some() => cursor.set(None),
                (None, "Escape") => dispatch.emit(Action::SetFilters(Filters::default())),
                _ => return,
            }
            e.prevent_default();
        })
    };

    let said = cursor.and_then(|i| {
        let l = last.borrow();
        let m = l.as_ref()?.marks.get(i)?;
        Some(tooltip(&props.spec.bars, m))
    });
    let tip = cursor.and_then(|i| {
        let l = last.borrow();
        let l = l.as_ref()?;
        let m = l.marks.get(i)?;
        let (x, y) = ((m.rect.x + m.rect.w / 2.0) / l.scale, m.rect.y / l.scale);
        let chosen = picks(&props.spec, l, i);
        let action = if !chosen.is_empty() && chosen.iter().all(|p| props.filters.has(*p)) {
            "Click again to clear the filter"
        } else if chosen.is_empty() {
            ""
        } else {
            "Click to filter every view"
        };
        Some(html! {
            <div class="tooltip" role="presentation" style={format!("left:{}px;top:{}px", x.round() as i32, y.round() as i32)}>
                <span>{ said.clone().unwrap_or_default() }</span>
                <span class="tt-source">{ format!("Sources: {}", props.spec.source) }</span>
                if !action.is_empty() { <span class="tt-note">{ action }</span> }
            </div>
        })
    });

    let download = {
        let (spec, hidden, theme, size) = (props.spec.clone(), hidden.clone(), props.theme, size);
        Callback::from(move |_: MouseEvent| {
            let Some(size) = size else { return };
            if let Err(why) = download_png(&spec, &hidden, theme, size.css_w, size.css_h) {
                web_sys::console::error_1(&why.into());
            }
        })
    };

    let table = props.spec.table.split_first().map(|(head, rows)| {
        html! {
            <table>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>{ for rows.iter().map(|r| html! {
                    <tr>{ for r.iter().enumerate().map(|(k, c)| if k == 0 { html! { <th scope="row">{ c }</th> } } else { html! { <td>{ c }</td> } }) }</tr>
                }) }</tbody>
            </table>
        }
    });
    let id = props.spec.id;
    html! {
        <figure class="view chart bars" id={id}>
            <h2>{ &props.spec.title }</h2>
            <p class="subtitle">{ &props.spec.subtitle }</p>
            { props.controls.clone() }
            <div class="canvas-box chart-box" ref={container}>
                <canvas ref={canvas} id={format!("chart-{id}")} role="img" tabindex="0"
                    aria-label={format!("{} Arrow keys move between bars, Enter filters every view by the bar, Escape clears.", props.spec.summary)}
                    aria-describedby={format!("{id}-table")}
                    {onmousemove} {onmouseleave} {onclick} {onkeydown}></canvas>
                { tip.unwrap_or_default() }
                { error.map(|e| html!{ <p class="view-error" role="alert">{ e }</p> }).unwrap_or_default() }
            </div>
            <p class="sr-only" aria-live="polite">{ said.unwrap_or_default() }</p>
            <figcaption>
                if !props.spec.notes.is_empty() {
                    <ul class="notes">{ for props.spec.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                }
                <p class="source">{ format!("Unit: {}. Sources: {}.", props.spec.unit, props.spec.source) }</p>
                <div class="chart-actions">
                    <details id={format!("{id}-table")}>
                        <summary>{ "The numbers as a table" }</summary>
                        { table.unwrap_or_default() }
                    </details>
                    <button type="button" class="link" onclick={download}>{ "Download PNG" }</button>
                </div>
            </figcaption>
        </figure>
    }
}

/// Draws the chart as shown, at 2×, with its title, subtitle and source, and offers it as a PNG.
fn download_png(spec: &ChartSpec, hidden: &[bool], theme: ThemeName, css_w: f64, css_h: f64) -> Result<(), &'static str> {
    const SCALE: f64 = 2.0;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let canvas: web_sys::HtmlCanvasElement =
        document.create_element("canvas").ok().and_then(|e| e.dyn_into().ok()).ok_or("no canvas")?;
    let (w, h) = ((css_w * SCALE).round(), (css_h * SCALE).round());
    let (head, foot) = (64.0 * SCALE, 30.0 * SCALE);
    canvas.set_width(w as u32);
    canvas.set_height((h + head + foot) as u32);
    let ctx: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into().ok()).ok_or("no 2D context")?;
    let t = Theme::get(theme);
    ctx.set_fill_style_str(&t.background.hex());
    ctx.fill_rect(0.0, 0.0, w, h + head + foot);
    ctx.set_text_baseline("top");
    ctx.set_fill_style_str(&t.text.hex());
    ctx.set_font(&format!("700 {}px system-ui, sans-serif", 18.0 * SCALE));
    let _ = ctx.fill_text(&spec.title, 8.0 * SCALE, 10.0 * SCALE);
    ctx.set_fill_style_str(&t.muted.hex());
    ctx.set_font(&format!("{}px system-ui, sans-serif", 13.0 * SCALE));
    let _ = ctx.fill_text(&spec.subtitle, 8.0 * SCALE, 38.0 * SCALE);
    let _ = ctx.fill_text(
        &format!("Sources: {} · Overseas EV Atlas", spec.source),
        8.0 * SCALE,
        h + head + 8.0 * SCALE,
    );
    let l = layout(&spec.bars, hidden, w, h, SCALE);
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no canvas backend")?;
    let root = backend.into_drawing_area();
    let area = root.margin(head as u32, foot as u32, 0, 0);
    draw(&area, &l, &spec.bars, &t, None).map_err(|_| "could not draw the chart")?;
    let url = canvas.to_data_url().map_err(|_| "could not encode the PNG")?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").ok().and_then(|e| e.dyn_into().ok()).ok_or("could not make a link")?;
    a.set_href(&url);
    a.set_download(&format!("ev-atlas-{}.png", spec.id));
    a.click();
    Ok(())
}
