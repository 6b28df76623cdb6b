//! Every chart on a canvas, in the first view and in the full atlas: any [`Model`] (the bar charts of
//! `chart::bars` and "Home vs abroad") with its words from one `ChartText`. Hover and tap tooltips, legend
//! entries that toggle series, arrow keys between marks (announced through an `aria-live` region) and a
//! table of the same numbers everywhere; with the `atlas` feature, a click or Enter also sets the shared
//! filter, and "Download PNG" gives the chart at 2× with title and source. The first view is built
//! without that feature, so it carries neither.

use std::rc::Rc;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use yew::prelude::*;

use crate::chart::bars::{self, BarsLayout, ChartSpec, Hit, Pick};
use crate::chart::home_abroad::{self, HomeAbroad, Layout as HomeAbroadLayout};
use crate::chart::text::ChartText;
use crate::i18n::Catalog;
#[cfg(feature = "atlas")]
use crate::model::Year;
use crate::query::filter::Filters;
use crate::state::{Action, Shared};
use crate::theme::{Theme, ThemeName};
use crate::web::shared::canvas::{backend, expose, expose_json, use_element_size, CanvasSize, Slot};

/// What the frame needs of a chart: its words, and its layout, drawing and hit-testing.
pub trait Model: PartialEq + 'static {
    type Layout: 'static;
    /// The chart's words: title, subtitle, unit, source, summary, notes and table.
    fn text(&self) -> &ChartText;
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
    fn text(&self) -> &ChartText {
        &self.text
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

/// "Home vs abroad": the series and their words (`chart::home_abroad::text`).
#[derive(Clone, PartialEq)]
pub struct HomeAbroadModel {
    pub chart: HomeAbroad,
    pub text: ChartText,
    pub words: Shared<Catalog>,
    /// A story step's year in focus and its note on the canvas (the full atlas's only).
    #[cfg(feature = "atlas")]
    pub step: Option<(Year, Option<String>)>,
}

impl HomeAbroadModel {
    pub fn new(chart: HomeAbroad, words: Shared<Catalog>) -> Self {
        let text = home_abroad::text(&chart, &words);
        Self {
            chart,
            text,
            words,
            #[cfg(feature = "atlas")]
            step: None,
        }
    }
}

impl Model for HomeAbroadModel {
    type Layout = HomeAbroadLayout;
    fn text(&self) -> &ChartText {
        &self.text
    }
    fn series_count(&self) -> usize {
        2
    }
    fn lay_out(&self, hidden: &[bool], width: f64, height: f64, scale: f64) -> HomeAbroadLayout {
        #[cfg(feature = "atlas")]
        if let Some((year, note)) = &self.step {
            let size = (width, height, scale);
            return home_abroad::layout_for_step(&self.chart, &self.words, hidden, size, *year, note.as_deref());
        }
        home_abroad::layout_with(&self.chart, &self.words, hidden, width, height, scale)
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
        Some((home_abroad::describe(&self.chart, m, &self.words), (m.rect.x + m.rect.w / 2.0, m.label_box.y)))
    }
    fn picks(&self, l: &HomeAbroadLayout, mark: usize) -> Vec<Pick> {
        l.marks.get(mark).map(|m| vec![Pick::Year(m.year)]).unwrap_or_default()
    }
    fn expose(canvas: &NodeRef, l: &HomeAbroadLayout) {
        expose_json(canvas, "__layout", &l.marks_json());
    }
}

#[derive(Properties, PartialEq)]
pub struct Props<M: Model> {
    pub model: Rc<M>,
    pub theme: ThemeName,
    /// The shared selection (compared by identity: the first view carries no code to compare filters).
    pub filters: Shared<Filters>,
    pub dispatch: Callback<Action>,
    /// The reader's language's messages, for the frame's own words.
    pub words: Shared<Catalog>,
    /// Choices above the chart (grouping, measure), if it has any.
    #[prop_or_default]
    pub controls: Html,
}

/// What a reader can do with a mark here: filter every view by it (the full atlas), or only read it.
const FILTERS: bool = cfg!(feature = "atlas");

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
        let (canvas, last, error, model, dispatch) =
            (canvas.clone(), last.clone(), error.clone(), props.model.clone(), props.dispatch.clone());
        use_effect_with(
            (size, props.theme, props.model.clone(), (*hidden).clone(), *cursor),
            move |(size, theme, _, hidden, cursor)| {
                let Some(size) = *size else { return };
                match backend(&canvas, size) {
                    Ok(b) => {
                        let (w, h) = size.device();
                        let l = model.lay_out(hidden, f64::from(w), f64::from(h), size.dpr);
                        let root = b.into_drawing_area();
                        if model.draw(&root, &l, &Theme::get(*theme), *cursor) {
                            dispatch.emit(Action::ChartDrawn);
                        } else {
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
    // Choosing a mark (click, Enter) toggles the shared filter by what it stands for, in the full atlas.
    let choose = {
        let (last, dispatch, model, filters) =
            (last.clone(), props.dispatch.clone(), props.model.clone(), props.filters.clone());
        move |mark: usize| {
            if !FILTERS {
                return;
            }
            let p = last.borrow().as_ref().map(|l| model.picks(l, mark)).unwrap_or_default();
            if !p.is_empty() {
                dispatch.emit(Action::SetFilters(filters.toggle_all(&p)));
            }
        }
    };
    let onclick = {
        let (hidden, model, cursor, choose) = (hidden.clone(), props.model.clone(), cursor.clone(), choose.clone());
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
                choose(i);
            }
            None => {}
        })
    };
    let onkeydown = {
        let (last, cursor, dispatch) = (last.clone(), cursor.clone(), props.dispatch.clone());
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
                (None, "Enter" | " ") if FILTERS && cursor.is_some() => {
                    if let Some(i) = *cursor {
                        choose(i);
                    }
                }
                (None, "Escape") if cursor.is_some() => cursor.set(None),
                (None, "Escape") if FILTERS => dispatch.emit(Action::SetFilters(Filters::default())),
                _ => return,
            }
            e.prevent_default();
        })
    };

    let text = props.model.text();
    let described = cursor.and_then(|i| {
        let l = last.borrow();
        let l = l.as_ref()?;
        let (words, (x, y)) = props.model.describe(l, i)?;
        let s = M::scale(l);
        Some((words, (x / s, y / s), props.model.picks(l, i)))
    });
    let said = described.as_ref().map(|(w, ..)| w.clone());
    let tip = described.map(|(words, (x, y), chosen)| {
        let action = if !FILTERS || chosen.is_empty() {
            String::new()
        } else if chosen.iter().all(|p| props.filters.has(*p)) {
            props.words.text("chart-click-clear")
        } else {
            props.words.text("chart-click-filter")
        };
        html! {
            <div class="tooltip" role="presentation" data-x={(x.round() as i32).to_string()} data-y={(y.round() as i32).to_string()}>
                <span>{ words }</span>
                if !action.is_empty() { <span class="tt-note">{ action }</span> }
            </div>
        }
    });

    let table = text.table.split_first().map(|(head, rows)| {
        html! {
            <table>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>{ for rows.iter().map(|r| html! {
                    <tr>{ for r.iter().enumerate().map(|(k, c)| if k == 0 { html! { <th scope="row">{ c }</th> } } else { html! { <td>{ c }</td> } }) }</tr>
                }) }</tbody>
            </table>
        }
    });
    let id = text.id;
    let words = &props.words;
    let keys = words.text(if FILTERS { "chart-keys-filter" } else { "chart-keys" });
    html! {
        <figure class="view chart bars" id={id}>
            <h2>{ &text.title }</h2>
            <p class="subtitle">{ &text.subtitle }</p>
            { props.controls.clone() }
            <div class="canvas-box chart-box" ref={container}>
                <canvas ref={canvas} id={format!("chart-{id}")} role="img" tabindex="0"
                    aria-label={format!("{} {keys}", text.summary)}
                    aria-describedby={format!("{id}-table")}
                    {onmousemove} {onmouseleave} {onclick} {onkeydown}></canvas>
                { tip.unwrap_or_default() }
                { error.map(|e| html!{ <p class="view-error" role="alert">{ e }</p> }).unwrap_or_default() }
            </div>
            <p class="sr-only" aria-live="polite">{ said.unwrap_or_default() }</p>
            <figcaption>
                <p class="summary">{ &text.summary }</p>
                if !text.notes.is_empty() {
                    <ul class="notes">{ for text.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                }
                <p class="source">{ words.format("chart-unit-sources", &[("unit", text.unit.as_str().into()), ("sources", text.source.as_str().into())]) }</p>
                <div class="chart-actions">
                    <details id={format!("{id}-table")}>
                        <summary>{ words.text("chart-table") }</summary>
                        { table.unwrap_or_default() }
                    </details>
                    { download_button(props.model.clone(), (*hidden).clone(), props.theme, size) }
                </div>
            </figcaption>
        </figure>
    }
}

/// "Download PNG", in the full atlas.
#[cfg(feature = "atlas")]
fn download_button<M: Model>(model: Rc<M>, hidden: Vec<bool>, theme: ThemeName, size: Option<CanvasSize>) -> Html {
    let download = Callback::from(move |_: MouseEvent| {
        let Some(size) = size else { return };
        if let Err(why) = download_png(&*model, &hidden, theme, size.css_w, size.css_h) {
            web_sys::console::error_1(&why.into());
        }
    });
    html! { <button type="button" class="link" onclick={download}>{ "Download PNG" }</button> }
}

#[cfg(not(feature = "atlas"))]
fn download_button<M: Model>(_: Rc<M>, _: Vec<bool>, _: ThemeName, _: Option<CanvasSize>) -> Html {
    Html::default()
}

/// Draws the chart as shown, at 2×, with its title, subtitle and source, and offers it as a PNG.
#[cfg(feature = "atlas")]
fn download_png<M: Model>(
    model: &M,
    hidden: &[bool],
    theme: ThemeName,
    css_w: f64,
    css_h: f64,
) -> Result<(), &'static str> {
    const SCALE: f64 = 2.0;
    use wasm_bindgen::JsCast;
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
    let _ = ctx.fill_text(&model.text().title, 8.0 * SCALE, 10.0 * SCALE);
    ctx.set_fill_style_str(&t.muted.hex());
    ctx.set_font(&format!("{}px system-ui, sans-serif", 13.0 * SCALE));
    let _ = ctx.fill_text(&model.text().subtitle, 8.0 * SCALE, 38.0 * SCALE);
    let _ = ctx.fill_text(
        &format!("Sources: {} · Overseas EV Atlas", model.text().source),
        8.0 * SCALE,
        h + head + 8.0 * SCALE,
    );
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
    a.set_download(&format!("ev-atlas-{}.png", model.text().id));
    a.click();
    Ok(())
}
