//! The host page's API, by `postMessage`: which messages a page embedding the atlas may send, and what
//! each may change. Only the view: a message never carries data, script or HTML into the atlas.
//!
//! - The host sends `{ type: "ev-atlas:navigate", hash: "view=story&step=3" }`: the frame opens that
//!   address as if it were a link (its fragment is set, so back/forward and reload keep it).
//! - The frame sends `{ type: "ev-atlas:state", hash, height }` to its parent once it is ready and after
//!   every change of its address or of its height.
//!
//! Anything else is ignored, silently: another message shape, another type, a hash that is not text or is
//! longer than [`MAX_HASH`].

/// The `type` of the host's navigation message.
pub const NAVIGATE: &str = "ev-atlas:navigate";
/// The `type` of the frame's own message.
pub const STATE: &str = "ev-atlas:state";
/// The longest fragment a host may ask for, in bytes (every address the atlas writes is far shorter).
pub const MAX_HASH: usize = 2_000;

/// The fragment to open for a host's message with this `type` and `hash`, or `None` to ignore it. In an
/// embed the frame stays an embed unless the host's address says otherwise (`embed=0`).
pub fn navigation(kind: Option<&str>, hash: Option<&str>, embedded: bool) -> Option<String> {
    if kind != Some(NAVIGATE) {
        return None;
    }
    let hash = hash?.trim();
    if hash.len() > MAX_HASH || hash.chars().any(char::is_control) {
        return None;
    }
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let says_embed = hash.split('&').any(|kv| kv == "embed" || kv.starts_with("embed="));
    Some(if embedded && !says_embed {
        if hash.is_empty() {
            "embed=1".to_owned()
        } else {
            format!("{hash}&embed=1")
        }
    } else {
        hash.to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_navigate_message_with_a_text_hash_is_acted_on() {
        let long = "q=".to_owned() + &"a".repeat(MAX_HASH);
        let cases: &[(Option<&str>, Option<&str>, bool, Option<&str>)] = &[
            (Some(NAVIGATE), Some("view=story&step=3"), false, Some("view=story&step=3")),
            (Some(NAVIGATE), Some("#view=table"), false, Some("view=table")),
            // An embed stays an embed, unless the host says otherwise.
            (Some(NAVIGATE), Some("view=story&step=3"), true, Some("view=story&step=3&embed=1")),
            (Some(NAVIGATE), Some("view=map&embed=1"), true, Some("view=map&embed=1")),
            (Some(NAVIGATE), Some("view=map&embed=0"), true, Some("view=map&embed=0")),
            (Some(NAVIGATE), Some(""), true, Some("embed=1")),
            (Some(NAVIGATE), Some(""), false, Some("")),
            // Anything else is ignored.
            (Some("ev-atlas:state"), Some("view=map"), false, None),
            (Some("EV-ATLAS:NAVIGATE"), Some("view=map"), false, None),
            (Some("navigate"), Some("view=map"), false, None),
            (None, Some("view=map"), false, None),
            (Some(NAVIGATE), None, false, None),
            (Some(NAVIGATE), Some(long.as_str()), false, None),
            (Some(NAVIGATE), Some("view=map\n<script>"), false, None),
        ];
        for (kind, hash, embedded, want) in cases {
            assert_eq!(navigation(*kind, *hash, *embedded).as_deref(), *want, "{kind:?} {hash:?} {embedded}");
        }
    }
}
