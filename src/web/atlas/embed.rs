//! Embedding: the compact layout's height reported to the host page (the Pym.js child protocol and the
//! AMP `embed-size` message), and "Share or embed this view" (a link, a responsive iframe, a Pym snippet).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Catalog;
use crate::state::host;
use crate::state::url_state::{encode, UrlState, View};
use crate::state::Shared;
use wasm_bindgen::JsValue;

/// The `childId` a Pym.js parent gives its iframe (`?childId=…`), if any.
fn pym_child_id() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix("childId=").map(str::to_owned))
}

/// The height of the page's content, in CSS px: the body's, not the document's, which is never less than
/// the frame itself and so would never let a frame shrink to a shorter view.
fn content_height() -> f64 {
    let body = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body());
    body.map_or(0.0, |b| {
        let margin = web_sys::window().and_then(|w| w.get_computed_style(&b).ok().flatten()).map_or(0.0, |st| {
            ["margin-top", "margin-bottom"]
                .iter()
                .filter_map(|p| st.get_property_value(p).ok())
                .filter_map(|v| v.trim_end_matches("px").parse::<f64>().ok())
                .sum()
        });
        b.get_bounding_client_rect().height() + margin
    })
}

/// Tells the parent page what the frame shows and how tall it is: the Pym.js child message
/// `pymxPYMx{id}xPYMxheightxPYMx{h}` when a Pym parent made this frame, the AMP message
/// `{sentinel: "amp", type: "embed-size", height}`, and the atlas's own `{type: "ev-atlas:state", hash,
/// height}` (`state::host`). Nothing when the page is not in a frame.
pub fn report() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let height = content_height().ceil();
    if let Some(id) = pym_child_id() {
        let _ = parent.post_message(&format!("pymxPYMx{id}xPYMxheightxPYMx{height}").into(), "*");
    }
    let message = |pairs: &[(&str, JsValue)]| {
        let o = js_sys::Object::new();
        for (k, v) in pairs {
            let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
        }
        o
    };
    let amp = message(&[("sentinel", "amp".into()), ("type", "embed-size".into()), ("height", height.into())]);
    let _ = parent.post_message(&amp, "*");
    let hash = window.location().hash().unwrap_or_default();
    let state = message(&[
        ("type", host::STATE.into()),
        ("hash", hash.trim_start_matches('#').into()),
        ("height", height.into()),
    ]);
    let _ = parent.post_message(&state, "*");
}

/// While the atlas is mounted: reports to the host page whenever the content changes size, and answers
/// a Pym parent's `width` message. Other Pym messages are ignored: only a string in Pym's format with this
/// frame's own `childId` is acted on, and all it does is send the height again.
#[hook]
pub fn use_height_reporting() {
    use_effect_with((), move |_| {
        let mut keep: Vec<Box<dyn std::any::Any>> = Vec::new();
        report();
        let observed = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(report);
        if let (Ok(observer), Some(root)) = (
            web_sys::ResizeObserver::new(observed.as_ref().unchecked_ref()),
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()),
        ) {
            observer.observe(&root);
            keep.push(Box::new(observer));
        }
        keep.push(Box::new(observed));
        if let (Some(window), Some(id)) = (web_sys::window(), pym_child_id()) {
            let prefix = format!("pymxPYMx{id}xPYMxwidthxPYMx");
            keep.push(Box::new(gloo::events::EventListener::new(&window, "message", move |e| {
                let data = e.dyn_ref::<web_sys::MessageEvent>().and_then(|m| m.data().as_string());
                if data.is_some_and(|d| d.strip_prefix(&prefix).is_some_and(|w| w.parse::<f64>().is_ok())) {
                    report();
                }
            })));
        }
        move || {
            for k in keep {
                if let Ok(o) = k.downcast::<web_sys::ResizeObserver>() {
                    o.disconnect();
                }
            }
        }
    });
}

/// The host page's `{type: "ev-atlas:navigate", hash}`: the frame's fragment is set to what
/// `host::navigation` allows (which then opens like any link, through `hashchange`); every other message
/// is ignored. Only the address changes: nothing of the message reaches the page but that text.
pub fn navigation_listener(window: &web_sys::Window) -> gloo::events::EventListener {
    gloo::events::EventListener::new(window, "message", |e| {
        let Some(data) = e.dyn_ref::<web_sys::MessageEvent>().map(|m| m.data()) else { return };
        if !data.is_object() {
            return;
        }
        let text = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok().and_then(|v| v.as_string());
        let embedded = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .is_some_and(|h| crate::state::url_state::decode(&h).0.embed);
        if let Some(hash) = host::navigation(text("type").as_deref(), text("hash").as_deref(), embedded) {
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&hash);
            }
        }
    })
}

/// The page's address without its fragment.
fn base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// The link, the iframe and the Pym.js snippet for the view `url` describes.
pub fn codes(url: &UrlState) -> (String, String, String) {
    // A story step is shared by its own page (`story/step-<n>.html`: its card for social networks, then
    // the step in the atlas); an asked-for theme or language stays with the atlas's own address.
    let step_page = match (url.view, url.step, url.theme, &url.lang) {
        (View::Story, Some(n), None, None) => {
            base().rsplit_once('/').map(|(dir, _)| format!("{dir}/story/step-{}.html", n.max(1)))
        }
        _ => None,
    };
    let link = step_page.unwrap_or_else(|| {
        let text = encode(url);
        if text.is_empty() {
            base()
        } else {
            format!("{}#{text}", base())
        }
    });
    let embedded = format!("{}#{}", base(), encode(&UrlState { embed: true, ..url.clone() }));
    let iframe = format!(
        r#"<iframe src="{embedded}" title="Overseas EV Atlas" width="100%" height="620" style="border:0;max-width:100%" loading="lazy"></iframe>"#
    );
    let pym = format!(
        r#"<div id="ev-atlas"></div>
<script src="pym.v1.min.js"></script>
<script>new pym.Parent("ev-atlas", "{embedded}", {{ title: "Overseas EV Atlas" }});</script>"#
    );
    (link, iframe, pym)
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub url: UrlState,
    /// The reader's language.
    pub words: Shared<Catalog>,
}

/// "Share or embed this view": copy-ready code that reflects what the reader sees now.
#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let (link, iframe, pym) = codes(&props.url);
    let w = &*props.words;
    let said = use_state_eq(|| None::<&'static str>);
    let copy = {
        let (link, said) = (link.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            // The clipboard may be refused (a sandboxed frame, no permission): then the reader copies the
            // selected text.
            let navigator = web_sys::window().and_then(|w| js_sys::Reflect::get(&w, &"navigator".into()).ok());
            let clipboard = navigator.map(|n| js_sys::Reflect::get(&n, &"clipboard".into()));
            let written = clipboard.and_then(|c| c.ok()).filter(|c| !c.is_undefined()).and_then(|c| {
                let f: js_sys::Function = js_sys::Reflect::get(&c, &"writeText".into()).ok()?.dyn_into().ok()?;
                f.call1(&c, &link.clone().into()).ok()
            });
            said.set(Some(if written.is_some() { "share-copied" } else { "share-select" }));
        })
    };
    html! {
        <details class="share" id="share">
            <summary>{ w.text("share-title") }</summary>
            <label>{ w.text("share-link") }<input id="share-link" readonly=true value={link} /></label>
            <button type="button" id="copy-link" onclick={copy}>{ w.text("share-copy") }</button>
            <span role="status">{ said.map(|id| w.text(id)).unwrap_or_default() }</span>
            <label>{ w.text("share-iframe") }<textarea id="embed-code" readonly=true rows="3" value={iframe} /></label>
            <label>{ w.text("share-pym") }
                <textarea id="pym-code" readonly=true rows="4" value={pym} />
            </label>
        </details>
    }
}
