//! Story mode's glue: the article as steps beside the live chart and map. The step is the address's
//! (`step=`); Previous/Next, the progress dots, ←/→ and Page Up/Down, and a swipe each ask for another
//! step; the step's view (`address::step_actions`) is applied when it opens. Focus never moves by itself:
//! the step's words change in place and a polite live region says what the chart and map now show. The
//! words, its sources and the controls are in the reader's language (`story::read_in` gives the steps).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{Arg, Catalog};
use crate::model::Dataset;
use crate::state::address::{step_actions, Page};
use crate::state::{Action, Shared};
use crate::story::{Cited, Step, Story};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The story, or why it could not be read.
    pub story: Rc<Result<Story, Vec<String>>>,
    /// The step shown (from 1, already clamped to the story).
    pub n: usize,
    pub page: Page,
    pub data: Shared<Dataset>,
    /// The reader's words.
    pub words: Shared<Catalog>,
    pub dispatch: Callback<Action>,
    /// The chart and the map, as the atlas draws them for this step.
    pub graphic: Html,
}

fn cited(c: &Cited, words: &Catalog) -> Html {
    html! {
        <li><a href={c.url.clone()} target="_blank" rel="noopener noreferrer">{ c.said(words) }</a></li>
    }
}

/// "Step 3 of 9", in the reader's language.
fn step_of_len(words: &Catalog, n: usize, len: usize) -> String {
    words.format("story-step", &[("n", Arg::from(n)), ("count", Arg::from(len))])
}

/// One step's words and sources. `current` marks the step shown (in the one-page reading, where every
/// step is on the page) and names its heading for the section.
fn article(step: &Step, len: usize, current: bool, words: &Catalog) -> Html {
    let heading = current.then(|| "story-step-title".to_owned());
    let count = step_of_len(words, step.n, len);
    html! {
        <article class="story-step" id={format!("step-{}", step.n)} data-step={step.n.to_string()}
            aria-current={current.then_some("step")} aria-label={count.clone()}>
            <p class="story-count">{ count }</p>
            <h2 id={heading}>{ step.title.clone() }</h2>
            <p class="story-body">{ step.text.clone() }</p>
            if let Some(a) = &step.annotation {
                <p class="story-annotation">{ a.clone() }</p>
            }
            <div class="story-sources">
                <p>{ words.text("story-sources") }</p>
                <ol class="citations">{ for step.citations.iter().map(|c| cited(c, words)) }</ol>
            </div>
        </article>
    }
}

/// Whether the page is wide enough to read the story as one page beside a sticky graphic.
fn wide() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).is_some_and(|w| w >= 960.0)
}

/// Whether a key press belongs to a control that uses the arrow keys itself (the map, a form field).
fn owned_by_a_control(e: &KeyboardEvent) -> bool {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA" | "CANVAS")
        || el.closest("#facility-map, figure.chart").ok().flatten().is_some()
}

#[function_component(StoryView)]
pub fn story_view(props: &Props) -> Html {
    let words = &props.words;
    let story = match &*props.story {
        Ok(s) if !s.is_empty() => s,
        Ok(_) | Err(_) => {
            let why = match &*props.story {
                Err(problems) => problems.join("; "),
                Ok(_) => words.text("story-no-steps"),
            };
            return html! {
                <section class="story" id="story" aria-label={words.text("story-label")}>
                    <p class="notice" role="alert">{ words.format("story-unavailable", &[("why", why.into())]) }</p>
                    { props.graphic.clone() }
                </section>
            };
        }
    };
    let n = props.n;
    let len = story.len();
    let go = {
        let (dispatch, page) = (props.dispatch.clone(), props.page.clone());
        move |to: usize| {
            let to = to.clamp(1, len);
            let dispatch = dispatch.clone();
            let page = page.at_step(to);
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetPage(page.clone())))
        }
    };
    // The step's view, applied when the step opens (and again if the data changes under it).
    {
        let (dispatch, data) = (props.dispatch.clone(), props.data.clone());
        let view = story.step(n).map(|s| s.view.clone());
        use_effect_with((n, data.clone()), move |_| {
            if let Some(view) = view {
                for a in step_actions(&view, &data) {
                    dispatch.emit(a);
                }
            }
        });
    }
    // ←/→ and Page Up/Down anywhere but in a control that uses them; a horizontal swipe on the text.
    {
        let (dispatch, page) = (props.dispatch.clone(), props.page.clone());
        use_effect_with((n, len), move |(n, len)| {
            let (n, len) = (*n, *len);
            let listener = web_sys::window().map(|w| {
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&w, "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                    if e.default_prevented() || e.alt_key() || e.ctrl_key() || e.meta_key() || owned_by_a_control(e) {
                        return;
                    }
                    let to = match e.key().as_str() {
                        "ArrowRight" | "PageDown" => n + 1,
                        "ArrowLeft" | "PageUp" => n.saturating_sub(1),
                        _ => return,
                    };
                    e.prevent_default();
                    if (1..=len).contains(&to) {
                        dispatch.emit(Action::SetPage(page.at_step(to)));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let touch_start = use_mut_ref(|| None::<(i32, i32)>);
    let on_touch_start = {
        let touch_start = touch_start.clone();
        Callback::from(move |e: TouchEvent| {
            *touch_start.borrow_mut() = e.changed_touches().get(0).map(|t| (t.client_x(), t.client_y()));
        })
    };
    let on_touch_end = {
        let (dispatch, page) = (props.dispatch.clone(), props.page.clone());
        Callback::from(move |e: TouchEvent| {
            let (Some((x0, y0)), Some(t)) = (touch_start.borrow_mut().take(), e.changed_touches().get(0)) else {
                return;
            };
            let (dx, dy) = (t.client_x() - x0, t.client_y() - y0);
            // A swipe: mostly sideways and at least 50 px; anything else is a scroll or a tap.
            if dx.abs() < 50 || dx.abs() < 2 * dy.abs() {
                return;
            }
            let to = if dx < 0 { n + 1 } else { n.saturating_sub(1) };
            if (1..=len).contains(&to) {
                dispatch.emit(Action::SetPage(page.at_step(to)));
            }
        })
    };
    let Some(step) = story.step(n) else { return Html::default() };
    let dots = story.steps.iter().map(|s| {
        let current = (s.n == n).then_some("step");
        html! {
            <li><button type="button" class="dot" aria-current={current} aria-label={words.format("story-dot", &[("n", s.n.into()), ("title", s.title.as_str().into())])} onclick={go(s.n)}></button></li>
        }
    });
    let explore = {
        let (dispatch, page) = (props.dispatch.clone(), props.page.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::SetPage(Page { view: Default::default(), step: None, ..page.clone() }))
        })
    };
    // Read as one page (wide screens, not in an embed): every step in the text column, the graphic sticky
    // beside it, and the step the reader scrolls to (the one across the middle of the window) shown.
    // The reading on wide screens unless the reader switches to the stepper (a preference, not a view:
    // the address holds only the step).
    let one_page = use_state_eq(|| true);
    let scrolling = *one_page && !props.page.embed && wide();
    {
        let (dispatch, page) = (props.dispatch.clone(), props.page.clone());
        use_effect_with((scrolling, n), move |(scrolling, n)| {
            type Seen = wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>;
            let mut keep: Option<(web_sys::IntersectionObserver, Seen)> = None;
            if *scrolling {
                let n = *n;
                let window = web_sys::window();
                let document = window.as_ref().and_then(|w| w.document());
                // A step opened by a link, a key or back/forward is brought to the middle of the window.
                let middle =
                    window.as_ref().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0) / 2.0;
                if let Some(el) = document.as_ref().and_then(|d| d.get_element_by_id(&format!("step-{n}"))) {
                    let r = el.get_bounding_client_rect();
                    if r.top() > middle || r.bottom() < middle {
                        let options = web_sys::ScrollIntoViewOptions::new();
                        options.set_block(web_sys::ScrollLogicalPosition::Center);
                        el.scroll_into_view_with_scroll_into_view_options(&options);
                    }
                }
                let seen = Seen::new(move |entries: js_sys::Array| {
                    for entry in entries.iter() {
                        let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else { continue };
                        let to = entry.target().get_attribute("data-step").and_then(|v| v.parse::<usize>().ok());
                        if let Some(to) = to.filter(|to| entry.is_intersecting() && *to != n) {
                            dispatch.emit(Action::SetPage(page.at_step(to)));
                        }
                    }
                });
                let init = web_sys::IntersectionObserverInit::new();
                init.set_root_margin("-50% 0px -50% 0px");
                let observer = web_sys::IntersectionObserver::new_with_options(seen.as_ref().unchecked_ref(), &init);
                let steps = document.and_then(|d| d.query_selector_all(".story-step[data-step]").ok());
                if let (Ok(observer), Some(steps)) = (observer, steps) {
                    for i in 0..steps.length() {
                        if let Some(el) = steps.item(i).and_then(|e| e.dyn_into::<web_sys::Element>().ok()) {
                            observer.observe(&el);
                        }
                    }
                    keep = Some((observer, seen));
                }
            }
            move || {
                if let Some((observer, _)) = keep {
                    observer.disconnect();
                }
            }
        });
    }
    let switch = (!props.page.embed && wide()).then(|| {
        let (one_page, on) = (one_page.clone(), *one_page);
        let onclick = Callback::from(move |_: MouseEvent| one_page.set(!on));
        html! {
            <p class="story-mode">
                <button type="button" id="story-mode" class="choice" aria-pressed={on.to_string()} {onclick}>{ words.text("story-one-page") }</button>
            </p>
        }
    });
    // One tree for both readings, so that the switch the reader pressed stays the same element (removing a
    // focused element while its click is handled would re-enter yew's event dispatch).
    let steps = if scrolling {
        story.steps.iter().map(|s| article(s, len, s.n == n, words)).collect::<Html>()
    } else {
        html! {
            <>
                { article(step, len, true, words) }
                <nav class="story-nav" aria-label={words.text("story-steps")}>
                    <button type="button" id="story-prev" disabled={n == 1} onclick={go(n.saturating_sub(1))}>{ words.text("story-previous") }</button>
                    <ol class="dots">{ for dots }</ol>
                    <button type="button" id="story-next" disabled={n == len} onclick={go(n + 1)}>{ words.text("story-next") }</button>
                </nav>
            </>
        }
    };
    html! {
        <section class={classes!("story", scrolling.then_some("scrolly"))} id="story" aria-label={words.text("story-label")}>
            <div class="story-text" ontouchstart={on_touch_start} ontouchend={on_touch_end}>
                { switch }
                <div class="story-steps">{ steps }</div>
                if !props.page.embed {
                    <p class="story-explore"><button type="button" class="link" onclick={explore}>{ words.text("story-explore") }</button></p>
                }
                <p class="sr-only" id="story-live" aria-live="polite">{ step.announce.clone() }</p>
            </div>
            <div class="story-graphic">{ props.graphic.clone() }</div>
        </section>
    }
}
