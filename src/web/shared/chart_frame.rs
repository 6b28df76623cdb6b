//! One chart of the full atlas on a canvas, for any chart that is a [`Model`] (the bar charts of
//! `chart::bars` and "Home vs abroad"): hover and tap tooltips, a click sets the shared filter, legend
//! entries toggle series, arrow keys move between marks (announced through an `aria-live` region), a
//! table of the same numbers, and "Download PNG" at 2× with title and source.

use std::rc::Rc;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::chart::bars::{self, BarsLayout, ChartSpec, Hit, Pick};
use crate::chart::home_abroad::{self, HomeAbroad, Layout as HomeAbroadLayout, Side};
use crate::format::{host, usd_bn};
use crate::model::Confidence;
use crate::query::filter::Filters;
use crate::state::Action;
use crate::theme::{Theme, ThemeName};
use crate::web::shared::canvas::{backend, expose, use_element_size, Slot};

/// What the frame needs of a chart: its words, and its layout, drawing and hit-testing.
pub trait Model: PartialEq + 'static {
    type Layout: 'static;
    fn id(&self) -> &'static str;
    fn title(&self) -> &str;
    fn subtitle(&self) -> &str;
    fn unit(&self) -> &str;
    fn source(&self) -> &str;
    fn summary(&self) -> String;
    fn notes(&self) -> Vec<String>;
    /// A header row, then the rows: the same numbers as the marks.
    fn table(&self) -> Vec<Vec<String>>;
    fn series_count(&self) -> usize;
    fn lay_out(&self, hidden: &[bool], width: f64, height: f64, scale: f64) -> Self::Layout;
    fn draw(
        &self,
        area: &DrawingArea<CanvasBackend, Shift>,
        l: &Self::Layout,
        theme: &Theme,
        highlight: Option<usize>,
    ) -> bool;
    fn scale(l: &Self::Layout) -> f64;
    fn hit(l: &Self::Layout, x: f64, y: f64) -> Option<Hit>;
    fn next(l: &Self::Layout, current: Option<usize>, delta: isize) -> Option<usize>;
    fn mark_count(l: &Self::Layout) -> usize;
    /// The words of a mark and where its tooltip points (device pixels).
    fn describe(&self, l: &Self::Layout, mark: usize) -> Option<(String, (f64, f64))>;
    /// What choosing the mark filters on.
    fn picks(&self, l: &Self::Layout, mark: usize) -> Vec<Pick>;
    /// Tells tests what was drawn.
    fn expose(canvas: &NodeRef, l: &Self::Layout);
}

impl Model for ChartSpec {
    type Layout = BarsLayout;
    fn id(&self) -> &'static str {
        self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
    fn subtitle(&self) -> &str {
        &self.subtitle
    }
    fn unit(&self) -> &str {
        &self.unit
    }
    fn source(&self) -> &str {
        &self.source
    }
    fn summary(&self) -> String {
        self.summary.clone()
    }
    fn notes(&self) -> Vec<String> {
        self.notes.clone()
    }
    fn table(&self) -> Vec<Vec<String>> {
        self.table.clone()
    }
    fn series_count(&self) -> usize {
        self.bars.series.len()
    }
    fn lay_out(&self, hidden: &[bool], width: f64, height: f64, scale: f64) -> BarsLayout {
        bars::layout(&self.bars, hidden, width, height, scale)
    }
    fn draw(
        &self,
        area: &DrawingArea<CanvasBackend, Shift>,
        l: &BarsLayout,
        theme: &Theme,
        highlight: Option<usize>,
    ) -> bool {
        bars::draw(area, l, &self.bars, theme, highlight).is_ok()
    }
    fn scale(l: &BarsLayout) -> f64 {
        l.scale
    }
    fn hit(l: &BarsLayout, x: f64, y: f64) -> Option<Hit> {
        l.hit(x, y)
    }
    fn next(l: &BarsLayout, current: Option<usize>, delta: isize) -> Option<usize> {
        l.next(current, delta)
    }
    fn mark_count(l: &BarsLayout) -> usize {
        l.marks.len()
    }
    fn describe(&self, l: &BarsLayout, mark: usize) -> Option<(String, (f64, f64))> {
        let m = l.marks.get(mark)?;
        Some((bars::tooltip(&self.bars, m), (m.rect.x + m.rect.w / 2.0, m.rect.y)))
    }
    fn picks(&self, l: &BarsLayout, mark: usize) -> Vec<Pick> {
        let Some(m) = l.marks.get(mark) else { return Vec::new() };
        let category = self.bars.categories.get(m.category).and_then(|c| c.pick);
        let series = self.bars.series.get(m.series).and_then(|s| s.pick).filter(|_| m.value.is_some());
        category.into_iter().chain(series).collect()
    }
    fn expose(canvas: &NodeRef, l: &BarsLayout) {
        expose(canvas, "__layout", l);
    }
}

/// "Home vs abroad" in the full atlas: the first view's chart with everything the others have.
#[derive(PartialEq)]
pub struct HomeAbroadModel(pub HomeAbroad);

impl Model for HomeAbroadModel {
    type Layout = HomeAbroadLayout;
    fn id(&self) -> &'static str {
        "home-abroad"
    }
    fn title(&self) -> &str {
        "Investment at home vs abroad"
    }
    fn subtitle(&self) -> &str {
        "Chinese EV supply-chain investment per year, US$ billion. A click filters the plants announced that year."
    }
    fn unit(&self) -> &str {
        "US$ billion"
    }
    fn source(&self) -> &str {
        "Rhodium Group (Aug 2025) as reported by Bloomberg, Reuters and CNBC; n/a: no published figure; 2021 derived (2 × the 2021–22 average of $92 bn − the 2022 value)"
    }
    fn summary(&self) -> String {
        self.0.summary()
    }
    fn notes(&self) -> Vec<String> {
        Vec::new()
    }
    fn table(&self) -> Vec<Vec<String>> {
        let cell = |side, i| self.0.cell(side, i);
        let mut rows = vec![vec!["Year".to_owned(), Side::Home.label().to_owned(), Side::Abroad.label().to_owned()]];
        rows.extend(
            self.0
                .years
                .iter()
                .enumerate()
                .map(|(i, y)| vec![y.0.to_string(), cell(Side::Home, i), cell(Side::Abroad, i)]),
        );
        rows
    }
    fn series_count(&self) -> usize {
        2
    }
    fn lay_out(&self, hidden: &[bool], width: f64, height: f64, scale: f64) -> HomeAbroadLayout {
        home_abroad::layout_with(&self.0, hidden, width, height, scale)
    }
    fn draw(
        &self,
        area: &DrawingArea<CanvasBackend, Shift>,
        l: &HomeAbroadLayout,
        theme: &Theme,
        highlight: Option<usize>,
    ) -> bool {
        home_abroad::draw(area, l, theme, highlight).is_ok()
    }
    fn scale(l: &HomeAbroadLayout) -> f64 {
        l.scale
    }
    fn hit(l: &HomeAbroadLayout, x: f64, y: f64) -> Option<Hit> {
        if let Some(s) = l.legend_at(x, y) {
            return Some(Hit::Legend(s));
        }
        let m = l.hit(x, y)?;
        l.marks.iter().position(|k| k == m).map(Hit::Mark)
    }
    fn next(l: &HomeAbroadLayout, current: Option<usize>, delta: isize) -> Option<usize> {
        l.next(current, delta)
    }
    fn mark_count(l: &HomeAbroadLayout) -> usize {
        l.marks.len()
    }
    fn describe(&self, l: &HomeAbroadLayout, mark: usize) -> Option<(String, (f64, f64))> {
        let m = l.marks.get(mark)?;
        let words = match self.0.value(m.side, m.index) {
            Some(v) => {
                let derived = if v.confidence == Confidence::Derived { " (derived, not stated)" } else { "" };
                format!(
                    "{} · {}: {}{derived} · source: {}",
                    m.year.0,
                    m.side.label(),
                    usd_bn(v.billions),
                    host(&v.source_url)
                )
            }
            None => format!("{} · {}: no published figure", m.year.0, m.side.label()),
        };
        Some((words, (m.rect.x + m.rect.w / 2.0, m.label_box.y)))
    }
    fn picks(&self, l: &HomeAbroadLayout, mark: usize) -> Vec<Pick> {
        l.marks.get(mark).map(|m| vec![Pick::Year(m.year)]).unwrap_or_default()
    }
    fn expose(canvas: &NodeRef, l: &HomeAbroadLayout) {
        expose(canvas, "__layout", l);
    }
}

#[derive(Properties, PartialEq)]
pub struct Props<M: Model> {
    pub model: Rc<M>,
    pub theme: ThemeName,
    pub filters: Filters,
    pub dispatch: Callback<Action>,
    /// Choices above the chart (grouping, measure), if it has any.
    #[prop_or_default]
    pub controls: Html,
}

#[function_component(ChartFrame)]
pub fn chart_frame<M: Model>(props: &Props<M>) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let size = use_element_size(container.clone());
    let last: Slot<M::Layout> = use_mut_ref(|| None);
    // Which series the legend has switched off, and the mark under the pointer or the keyboard: the
    // chart's own passing state (what the shared filter holds is in `props.filters`).
    let hidden = use_state_eq(Vec::<bool>::new);
    let cursor = use_state_eq(|| None::<usize>);
    let error = use_state_eq(|| None::<&'static str>);

    {
        let (canvas, last, error, model) = (canvas.clone(), last.clone(), error.clone(), props.model.clone());
        use_effect_with(
            (size, props.theme, props.model.clone(), (*hidden).clone(), *cursor),
            move |(size, theme, _, hidden, cursor)| {
                let Some(size) = *size else { return };
                match backend(&canvas, size) {
                    Ok(b) => {
                        let (w, h) = size.device();
                        let l = model.lay_out(hidden, f64::from(w), f64::from(h), size.dpr);
                        let root = b.into_drawing_area();
                        if !model.draw(&root, &l, &Theme::get(*theme), *cursor) {
                            web_sys::console::error_1(&"chart drawing failed".into());
                        }
                        M::expose(&canvas, &l);
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
        use_effect_with(props.model.clone(), move |_| cursor.set(None));
    }

    let hit_at = {
        let last = last.clone();
        move |e: &MouseEvent| {
            let l = last.borrow();
            let l = l.as_ref()?;
            let s = M::scale(l);
            M::hit(l, f64::from(e.offset_x()) * s, f64::from(e.offset_y()) * s)
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
        let (last, hidden, dispatch, model, cursor, filters) = (
            last.clone(),
            hidden.clone(),
            props.dispatch.clone(),
            props.model.clone(),
            cursor.clone(),
            props.filters.clone(),
        );
        Callback::from(move |e: MouseEvent| match hit_at(&e) {
            Some(Hit::Legend(s)) => {
                let mut h = (*hidden).clone();
                h.resize(model.series_count(), false);
                if let Some(v) = h.get_mut(s) {
                    *v = !*v;
                }
                hidden.set(h);
            }
            Some(Hit::Mark(i)) => {
                cursor.set(Some(i));
                let p = last.borrow().as_ref().map(|l| model.picks(l, i)).unwrap_or_default();
                if !p.is_empty() {
                    dispatch.emit(Action::SetFilters(filters.toggle_all(&p)));
                }
            }
            None => {}
        })
    };
    let onkeydown = {
        let (last, cursor, dispatch, model, filters) =
            (last.clone(), cursor.clone(), props.dispatch.clone(), props.model.clone(), props.filters.clone());
        Callback::from(move |e: KeyboardEvent| {
            let l = last.borrow();
            let Some(l) = l.as_ref() else { return };
            let step = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some(1),
                "ArrowLeft" | "ArrowUp" => Some(-1),
                "Home" => Some(-(M::mark_count(l) as isize)),
                "End" => Some(M::mark_count(l) as isize),
                _ => None,
            };
            match (step, e.key().as_str()) {
                (Some(d), _) => cursor.set(M::next(l, *cursor, d)),
                (None, "Enter" | " ") => {
                    let p = cursor.map(|i| model.picks(l, i)).unwrap_or_default();
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

    let described = cursor.and_then(|i| {
        let l = last.borrow();
        let l = l.as_ref()?;
        let (words, (x, y)) = props.model.describe(l, i)?;
        let s = M::scale(l);
        Some((words, (x / s, y / s), props.model.picks(l, i)))
    });
    let said = described.as_ref().map(|(w, ..)| w.clone());
    let tip = described.map(|(words, (x, y), chosen)| {
        let action = if !chosen.is_empty() && chosen.iter().all(|p| props.filters.has(*p)) {
            "Click again to clear the filter"
        } else if chosen.is_empty() {
            ""
        } else {
            "Click to filter every view"
        };
        html! {
            <div class="tooltip" role="presentation" data-x={(x.round() as i32).to_string()} data-y={(y.round() as i32).to_string()}>
                <span>{ words }</span>
                <span class="tt-source">{ format!("Sources: {}", props.model.source()) }</span>
                if !action.is_empty() { <span class="tt-note">{ action }</span> }
            </div>
        }
    });

    let download = {
        let (model, hidden, theme, size) = (props.model.clone(), hidden.clone(), props.theme, size);
        Callback::from(move |_: MouseEvent| {
            let Some(size) = size else { return };
            if let Err(why) = download_png(&*model, &hidden, theme, size.css_w, size.css_h) {
                web_sys::console::error_1(&why.into());
            }
        })
    };

    let table = props.model.table();
    let table = table.split_first().map(|(head, rows)| {
        html! {
            <table>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>{ for rows.iter().map(|r| html! {
                    <tr>{ for r.iter().enumerate().map(|(k, c)| if k == 0 { html! { <th scope="row">{ c }</th> } } else { html! { <td>{ c }</td> } }) }</tr>
                }) }</tbody>
            </table>
        }
    });
    let id = props.model.id();
    let notes = props.model.notes();
    html! {
        <figure class="view chart bars" id={id}>
            <h2>{ props.model.title() }</h2>
            <p class="subtitle">{ props.model.subtitle() }</p>
            { props.controls.clone() }
            <div class="canvas-box chart-box" ref={container}>
                <canvas ref={canvas} id={format!("chart-{id}")} role="img" tabindex="0"
                    aria-label={format!("{} Arrow keys move between bars, Enter filters every view by the bar, Escape clears.", props.model.summary())}
                    aria-describedby={format!("{id}-table")}
                    {onmousemove} {onmouseleave} {onclick} {onkeydown}></canvas>
                { tip.unwrap_or_default() }
                { error.map(|e| html!{ <p class="view-error" role="alert">{ e }</p> }).unwrap_or_default() }
            </div>
            <p class="sr-only" aria-live="polite">{ said.unwrap_or_default() }</p>
            <figcaption>
                if !notes.is_empty() {
                    <ul class="notes">{ for notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                }
                <p class="source">{ format!("Unit: {}. Sources: {}.", props.model.unit(), props.model.source()) }</p>
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
fn download_png<M: Model>(
    model: &M,
    hidden: &[bool],
    theme: ThemeName,
    css_w: f64,
    css_h: f64,
) -> Result<(), &'static str> {
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
    let _ = ctx.fill_text(model.title(), 8.0 * SCALE, 10.0 * SCALE);
    ctx.set_fill_style_str(&t.muted.hex());
    ctx.set_font(&format!("{}px system-ui, sans-serif", 13.0 * SCALE));
    let _ = ctx.fill_text(model.subtitle(), 8.0 * SCALE, 38.0 * SCALE);
    let _ =
        ctx.fill_text(&format!("Sources: {} · Overseas EV Atlas", model.source()), 8.0 * SCALE, h + head + 8.0 * SCALE);
    let l = model.lay_out(hidden, w, h, SCALE);
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no canvas backend")?;
    let root = backend.into_drawing_area();
    let area = root.margin(head as u32, foot as u32, 0, 0);
    if !model.draw(&area, &l, &t, None) {
        return Err("could not draw the chart");
    }
    let url = canvas.to_data_url().map_err(|_| "could not encode the PNG")?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").ok().and_then(|e| e.dyn_into().ok()).ok_or("could not make a link")?;
    a.set_href(&url);
    a.set_download(&format!("ev-atlas-{}.png", model.id()));
    a.click();
    Ok(())
}
