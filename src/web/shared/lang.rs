//! The reader's language in the page: chosen from the address's `lang=` and the browser's languages
//! (`i18n::lang`), its catalog fetched when it is not English, and, whenever it changes, `<html lang>`,
//! the page's static text (`data-i18n` in index.html), the language picker and `page.js`'s words.

use std::cell::RefCell;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::dom;
use crate::i18n::lang::{self, Lang, LANGUAGES};
use crate::i18n::Catalog;
use crate::state::{fragment, Action, Shared};

thread_local! {
    /// Catalogs fetched this session, by tag: a language chosen again is not fetched again.
    static FETCHED: RefCell<Vec<(&'static str, Shared<Catalog>)>> = const { RefCell::new(Vec::new()) };
}

/// The language the address and the browser ask for, and the address's `lang=` if it names none.
pub fn chosen() -> lang::Choice {
    let window = web_sys::window();
    let hash = window.as_ref().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let asked = fragment::get(&hash, "lang").and_then(Result::ok);
    let browser: Vec<String> =
        window.map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default();
    lang::choose(asked.as_deref(), &browser)
}

/// Keeps `State::words` the reader's language's catalog: at start, when the address changes and when the
/// browser's languages do. (An address's `lang=` naming no language of the atlas is said by the address's
/// notice, `url_state`.)
#[hook]
pub fn use_language(english: Shared<Catalog>, dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let apply = move || show(chosen().lang, english.clone(), dispatch.clone());
        apply();
        let apply = std::rc::Rc::new(apply);
        let listeners: Vec<EventListener> = web_sys::window()
            .map(|w| {
                ["hashchange", "languagechange"]
                    .iter()
                    .map(|event| {
                        let apply = apply.clone();
                        EventListener::new(&w, *event, move |_| apply())
                    })
                    .collect()
            })
            .unwrap_or_default();
        move || drop(listeners)
    });
}

/// Sends the catalog of `lang` once it is here (English at once; another fetched, or from this session).
fn show(lang: Lang, english: Shared<Catalog>, dispatch: Callback<Action>) {
    if lang.tag == english.tag() {
        return dispatch.emit(Action::SetWords(english));
    }
    if let Some(c) = FETCHED.with(|f| f.borrow().iter().find(|(t, _)| *t == lang.tag).map(|(_, c)| c.clone())) {
        return dispatch.emit(Action::SetWords(c));
    }
    yew::platform::spawn_local(async move {
        let Some(text) = dom::fetch_text(&format!("i18n/{}.ftl", lang.tag), "lang-picker").await else { return };
        let (catalog, problems) = Catalog::parse(lang.tag, &text);
        for p in problems {
            web_sys::console::warn_1(&format!("i18n/{}.ftl: {p}", lang.tag).into());
        }
        let catalog = Shared::new(catalog);
        FETCHED.with(|f| f.borrow_mut().push((lang.tag, catalog.clone())));
        // The reader may have chosen another language meanwhile.
        if chosen().lang.tag == lang.tag {
            dispatch.emit(Action::SetWords(catalog));
        }
    });
}

/// Writes the page in `words`' language: `<html lang>`, the title, every `data-i18n` element's text, the
/// picker's choices, and the words `page.js` says faults with.
pub fn write_page(words: &Catalog) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", words.tag());
        let _ = root.set_attribute("dir", "ltr");
    }
    document.set_title(&words.text("page-title"));
    if let Ok(list) = document.query_selector_all("[data-i18n]") {
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            if let Some(id) = el.get_attribute("data-i18n") {
                if words.has(&id) {
                    el.set_text_content(Some(&words.text(&id)));
                }
            }
        }
    }
    fill_picker(words.tag());
    // page.js's words, formatted here (it has no Fluent): `window.__evAtlasWords`.
    let said = js_sys::Object::new();
    let put = |k: &str, v: String| {
        let _ = js_sys::Reflect::set(&said, &k.into(), &v.into());
    };
    for id in [
        "fault-retry",
        "fault-reload",
        "fault-newer",
        "fault-stopped",
        "fault-stopped-detail",
        "fault-report",
        "fault-copy",
    ] {
        put(id, words.text(id));
    }
    for part in ["facility-map", "show-charts", "details-root", "sources-root", "lang-picker", "plant-lists"] {
        let name = words.text(&format!("fault-part-{part}"));
        put(&format!("fault-failed/{part}"), words.format("fault-failed", &[("part", name.as_str().into())]));
        put(&format!("fault-slow/{part}"), words.format("fault-slow", &[("part", name.as_str().into())]));
    }
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &"__evAtlasWords".into(), &said);
    }
}

/// The language picker's choices (every catalog, each named in itself), `current` chosen.
pub fn fill_picker(current: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(picker) = document.get_element_by_id("lang-picker") {
        if picker.child_element_count() as usize != LANGUAGES.len() {
            picker.set_inner_html("");
            for l in LANGUAGES {
                if let Ok(option) = document.create_element("option") {
                    let _ = option.set_attribute("value", l.tag);
                    let _ = option.set_attribute("lang", l.tag);
                    option.set_text_content(Some(l.name));
                    let _ = picker.append_child(&option);
                }
            }
        }
        if let Some(select) = picker.dyn_ref::<web_sys::HtmlSelectElement>() {
            select.set_value(current);
        }
    }
}

/// The picker's choice: the address gets `lang=<tag>` (the rest of it kept), which the page follows.
pub fn picker_listener(then: impl Fn(&str) + 'static) -> Option<EventListener> {
    let picker = dom::element_by_id("lang-picker")?;
    Some(EventListener::new(&picker, "change", move |e| {
        let Some(select) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) else { return };
        let Some(location) = web_sys::window().map(|w| w.location()) else { return };
        let hash = location.hash().unwrap_or_default();
        let mut keys: Vec<&str> =
            hash.trim_start_matches('#').split('&').filter(|kv| !kv.is_empty() && !kv.starts_with("lang=")).collect();
        let lang = format!("lang={}", select.value());
        keys.push(&lang);
        let _ = location.set_hash(&keys.join("&"));
        then(&select.value());
    }))
}
