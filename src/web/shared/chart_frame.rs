//! Every chart on a canvas, in the first view and in the full atlas: any [`Model`] (the bar charts of
//! `chart::bars` and "Home vs abroad") with its words from one `ChartText`. Hover and tap tooltips, legend
//! entries that toggle series, arrow keys between marks (announced through an `aria-live` region) and a
//! table of the same numbers everywhere; with the `atlas` feature, a click or Enter also sets the shared
//! filter, and "Download PNG" gives the chart at 2× with title and source. The first view is built
//! without that feature, so it carries neither.

use std::rc::Rc;

use plotters::prelude::IntoDrawingArea;
use yew::prelude::*;

use crate::chart::bars::{self, Bars, BarsLayout, ChartSpec, Hit, Pick};
use crate::chart::home_abroad::{self, HomeAbroad};
use crate::chart::text::ChartText;
use crate::i18n::Catalog;
#[cfg(feature = "atlas")]
use crate::model::Year;
use crate::query::filter::Filters;
use crate::state::{Action, Shared};
use crate::theme::{Theme, ThemeName};
use crate::web::shared::canvas::{backend, expose, expose_json, use_element_size, CanvasSize, Slot};

/// What the frame needs of a chart: its words, and its layout, drawing and hit-testing (all of them
/// `chart::bars`, the one engine).
pub trait Model: PartialEq + 'static {
    /// The chart's words: title, subtitle, unit, source, summary, notes and table.
    fn text(&self) -> &ChartText;
    fn bars(&self) -> &Bars;
    fn lay_out(&self, words: &Catalog, hidden: &[bool], width: f64, height: f64, scale: f64) -> BarsLayout;
    /// The words of a mark and where its tooltip points (device pixels).
    fn describe(&self, words: &Catalog, l: &BarsLayout, mark: usize) -> Option<(String, (f64, f64))>;
    /// Tells tests what was drawn.
    fn expose(&self, canvas: &NodeRef, l: &BarsLayout);
}

/// What choosing a mark filters on: its category's pick and, over a value, its series'.
fn picks(bars: &Bars, l: &BarsLayout, mark: usize) -> Vec<Pick> {
    let Some(m) = l.marks.get(mark) else { return Vec::new() };
    let category = bars.categories.get(m.category).and_then(|c| c.pick);
    let series = bars.series.get(m.series).and_then(|s| s.pick).filter(|_| m.value.is_some());
    category.into_iter().chain(series).collect()
}

impl Model for ChartSpec {
    fn text(&self) -> &ChartText {
        &self.text
    }
    fn bars(&self) -> &Bars {
        &self.bars
    }
    fn lay_out(&self, words: &Catalog, hidden: &[bool], width: f64, height: f64, scale: f64) -> BarsLayout {
        bars::layout(&self.bars, words, hidden, width, height, scale)
    }
    fn describe(&self, words: &Catalog, l: &BarsLayout, mark: usize) -> Option<(String, (f64, f64))> {
        let m = l.marks.get(mark)?;
        Some((bars::tooltip(&self.bars, words, m), (m.rect.x + m.rect.w / 2.0, m.rect.y)))
    }
    fn expose(&self, canvas: &NodeRef, l: &BarsLayout) {
        expose(canvas, "__layout", l);
    }
}

/// "Home vs abroad": the series, their words (`chart::home_abroad::text`) and their bars.
#[derive(Clone)]
pub struct HomeAbroadModel {
    pub chart: HomeAbroad,
    pub text: ChartText,
    pub bars: Bars,
    /// A story step's year in focus and its note on the canvas (the full atlas's only).
    #[cfg(feature = "atlas")]
    pub step: Option<(Year, Option<String>)>,
}

impl HomeAbroadModel {
    pub fn new(chart: HomeAbroad, words: &Catalog) -> Self {
        Self {
            text: home_abroad::text(&chart, words),
            bars: home_abroad::bars(&chart, words),
            chart,
            #[cfg(feature = "atlas")]
            step: None,
        }
    }
}

/// Compared by identity, as `Shared` props are: a model is made anew (by a memo) only when its data, its
/// words or its story step change, and the first view carries no code to compare series.
impl PartialEq for HomeAbroadModel {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Model for HomeAbroadModel {
    fn text(&self) -> &ChartText {
        &self.text
    }
    fn bars(&self) -> &Bars {
        &self.bars
    }
    fn lay_out(&self, words: &Catalog, hidden: &[bool], width: f64, height: f64, scale: f64) -> BarsLayout {
        #[cfg(feature = "atlas")]
        if let Some((year, note)) = &self.step {
            let size = (width, height, scale);
            return home_abroad::layout_for_step(&self.chart, words, hidden, size, *year, note.as_deref());
        }
        home_abroad::layout(&self.chart, words, hidden, width, height, scale)
    }
    fn describe(&self, words: &Catalog, l: &BarsLayout, mark: usize) -> Option<(String, (f64, f64))> {
        let m = l.marks.get(mark)?;
        let top = m.label_box.map_or(m.rect.y, |b| b.y);
        Some((home_abroad::describe(&self.chart, m, words), (m.rect.x + m.rect.w / 2.0, top)))
    }
    fn expose(&self, canvas: &NodeRef, l: &BarsLayout) {
        expose_json(canvas, "__layout", &home_abroad::marks_json(&self.chart, l));
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
    let last: Slot<BarsLayout> = use_mut_ref(|| None);
    // Which series the legend has switched off, and the mark under the pointer or the keyboard: the
    // chart's own passing state (what the shared filter holds is in `props.filters`).
    let hidden = use_state_eq(Vec::<bool>::new);
    let cursor = use_state_eq(|| None::<usize>);
    let error = use_state_eq(|| None::<&'static str>);

    {
        let (canvas, last, error, model, dispatch) =
            (canvas.clone(), last.clone(), error.clone(), props.model.clone(), props.dispatch.clone());
        let words = props.words.clone();
        use_effect_with(
            (size, props.theme, props.model.clone(), (*hidden).clone(), *cursor),
            move |(size, theme, _, hidden, cursor)| {
                let Some(size) = *size else { return };
                match backend(&canvas, size) {
                    Ok(b) => {
                        let (w, h) = size.device();
                        let l = model.lay_out(&words, hidden, f64::from(w), f64::from(h), size.dpr);
                        let root = b.into_drawing_area();
                        if bars::draw(&root, &l, model.bars(), &Theme::get(*theme), *cursor).is_ok() {
                            dispatch.emit(Action::ChartDrawn);
                        } else {
                            web_sys::console::error_1(&"chart drawing failed".into());
                        }
                        model.expose(&canvas, &l);
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
            let s = l.scale;
            l.hit(f64::from(e.offset_x()) * s, f64::from(e.offset_y()) * s)
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
            let p = last.borrow().as_ref().map(|l| picks(model.bars(), l, mark)).unwrap_or_default();
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
                h.resize(model.bars().series.len(), false);
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
                "Home" => Some(-(l.marks.len() as isize)),
                "End" => Some(l.marks.len() as isize),
                _ => None,
            };
            match (step, e.key().as_str()) {
                (Some(d), _) => cursor.set(l.next(*cursor, d)),
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
        let (words, (x, y)) = props.model.describe(&props.words, l, i)?;
        let s = l.scale;
        Some((words, (x / s, y / s), picks(props.model.bars(), l, i)))
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
                    { download_button(props.model.clone(), props.words.clone(), (*hidden).clone(), props.theme, size) }
                </div>
            </figcaption>
        </figure>
    }
}

/// "Download PNG", in the full atlas.
#[cfg(feature = "atlas")]
fn download_button<M: Model>(
    model: Rc<M>,
    words: Shared<Catalog>,
    hidden: Vec<bool>,
    theme: ThemeName,
    size: Option<CanvasSize>,
) -> Html {
    let label = words.text("chart-download");
    let download = Callback::from(move |_: MouseEvent| {
        let Some(size) = size else { return };
        if let Err(why) = download_png(&*model, &words, &hidden, theme, (size.css_w, size.css_h)) {
            web_sys::console::error_1(&why.into());
        }
    });
    html! { <button type="button" class="link" onclick={download}>{ label }</button> }
}

#[cfg(not(feature = "atlas"))]
fn download_button<M: Model>(_: Rc<M>, _: Shared<Catalog>, _: Vec<bool>, _: ThemeName, _: Option<CanvasSize>) -> Html {
    Html::default()
}

/// Draws the chart as shown, at 2×, with its title, subtitle and source, and offers it as a PNG.
#[cfg(feature = "atlas")]
fn download_png<M: Model>(
    model: &M,
    words: &Catalog,
    hidden: &[bool],
    theme: ThemeName,
    (css_w, css_h): (f64, f64),
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
        &words.format("chart-download-sources", &[("sources", model.text().source.as_str().into())]),
        8.0 * SCALE,
        h + head + 8.0 * SCALE,
    );
    let l = model.lay_out(words, hidden, w, h, SCALE);
    let backend = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no canvas backend")?;
    let root = backend.into_drawing_area();
    let area = root.margin(head as u32, foot as u32, 0, 0);
    if bars::draw(&area, &l, model.bars(), &t, None).is_err() {
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
