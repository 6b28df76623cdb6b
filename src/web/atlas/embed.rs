//! Embedding: the compact layout's height reported to the host page (the Pym.js child protocol and the
//! AMP `embed-size` message), and "Share or embed this view" (a link, a responsive iframe, a Pym snippet).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::url_state::{encode, UrlState};

/// The `childId` a Pym.js parent gives its iframe (`?childId=…`), if any.
fn pym_child_id() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix("childId=").map(str::to_owned))
}

fn content_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0.0, |e| f64::from(e.scroll_height()))
}

/// Tells the parent page the content's height: the Pym.js child message `pymxPYMx{id}xPYMxheightxPYMx{h}`
/// when a Pym parent made this frame, and `{sentinel: "amp", type: "embed-size", height}` always.
fn send_height(child: &Option<String>) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let height = content_height().ceil();
    if let Some(id) = child {
        let _ = parent.post_message(&format!("pymxPYMx{id}xPYMxheightxPYMx{height}").into(), "*");
    }
    let amp = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
    let _ = parent.post_message(&amp, "*");
}

/// While mounted in an embed: reports the height whenever the content changes size, and answers a Pym
/// parent's `width` message with it. Other messages are ignored: only a string in Pym's format with this
/// frame's own `childId` is acted on, and all it does is send the height again.
#[hook]
pub fn use_height_reporting(on: bool) {
    use_effect_with(on, move |on| {
        let mut keep: Vec<Box<dyn std::any::Any>> = Vec::new();
        if *on {
            let child = pym_child_id();
            send_height(&child);
            let observed = {
                let child = child.clone();
                wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || send_height(&child))
            };
            if let (Ok(observer), Some(root)) = (
                web_sys::ResizeObserver::new(observed.as_ref().unchecked_ref()),
                web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()),
            ) {
                observer.observe(&root);
                keep.push(Box::new(observer));
            }
            keep.push(Box::new(observed));
            if let (Some(window), Some(id)) = (web_sys::window(), child.clone()) {
                let prefix = format!("pymxPYMx{id}xPYMxwidthxPYMx");
                keep.push(Box::new(gloo::events::EventListener::new(&window, "message", move |e| {
                    let data = e.dyn_ref::<web_sys::MessageEvent>().and_then(|m| m.data().as_string());
                    if data.is_some_and(|d| d.strip_prefix(&prefix).is_some_and(|w| w.parse::<f64>().is_ok())) {
                        send_height(&child);
                    }
                })));
            }
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

/// The page's address without its fragment.
fn base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// The link, the iframe and the Pym.js snippet for the view `url` describes.
pub fn codes(url: &UrlState) -> (String, String, String) {
    let link = {
        let text = encode(url);
        if text.is_empty() {
            base()
        } else {
            format!("{}#{text}", base())
        }
    };
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
}

/// "Share or embed this view": copy-ready code that reflects what the reader sees now.
#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let (link, iframe, pym) = codes(&props.url);
    let said = use_state_eq(String::new);
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
            said.set(if written.is_some() { "Link copied.".into() } else { "Select the link and copy it.".into() });
        })
    };
    html! {
        <details class="share" id="share">
            <summary>{ "Share or embed this view" }</summary>
            <label>{ "Link" }<input id="share-link" readonly=true value={link} /></label>
            <button type="button" id="copy-link" onclick={copy}>{ "Copy link" }</button>
            <span role="status">{ (*said).clone() }</span>
            <label>{ "Embed (responsive iframe)" }<textarea id="embed-code" readonly=true rows="3" value={iframe} /></label>
            <label>{ "Embed with Pym.js (the frame sizes itself; pym.v1.min.js from the npm package pym.js, served by you)" }
                <textarea id="pym-code" readonly=true rows="4" value={pym} />
            </label>
        </details>
    }
}
