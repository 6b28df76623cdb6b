//! `story/step-<n>.html`: one page per story step, the link a reader shares. Social networks and feed
//! readers read its card (`og:image` = `cards/step-<n>.png`), title and words; a browser goes on to the
//! step in the atlas (`index.html#view=story&step=<n>`, by `<meta http-equiv="refresh">`, so with no
//! script). A reader who stays (refresh off) has the step's words, its sources and a link. Written at
//! build time under index.html's Content-Security-Policy; every text escaped.

use crate::story::Step;
use crate::without_js::plants::escape;

/// What every step page needs besides its step.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Site<'a> {
    /// The `content` of index.html's Content-Security-Policy `<meta>`.
    pub csp: &'a str,
    /// The stylesheets, as named in the build (`main-<hash>.css`), relative to the build's root.
    pub stylesheets: &'a [String],
    /// Where the build is published (`https://news.example.org/atlas/`), for absolute card URLs; empty:
    /// relative ones.
    pub public_url: &'a str,
    /// How many steps the story has.
    pub steps: usize,
}

/// The page's path in the build.
pub fn path(n: usize) -> String {
    format!("story/step-{n}.html")
}

/// The step's address in the atlas, from a page in `story/`.
pub fn atlas_link(n: usize) -> String {
    format!("../index.html#view=story&step={n}")
}

/// The page of step `step` (its counts already filled: `Story::resolve`).
pub fn page(step: &Step, site: &Site) -> String {
    let n = step.n;
    let card = if site.public_url.is_empty() {
        format!("../cards/step-{n}.png")
    } else {
        format!("{}/cards/step-{n}.png", site.public_url.trim_end_matches('/'))
    };
    let (title, text, link) = (escape(&step.title), escape(&step.text), escape(&atlas_link(n)));
    let mut h = String::with_capacity(4000);
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    h.push_str("<meta name=\"color-scheme\" content=\"light dark\" />\n");
    h.push_str(&format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />\n", escape(site.csp)));
    h.push_str(&format!("<meta http-equiv=\"refresh\" content=\"0; url={link}\" />\n"));
    h.push_str(&format!("<title>{title}: Overseas EV Atlas</title>\n"));
    h.push_str(&format!("<meta name=\"description\" content=\"{text}\" />\n"));
    h.push_str(&format!("<meta property=\"og:title\" content=\"{title}\" />\n"));
    h.push_str(&format!("<meta property=\"og:description\" content=\"{text}\" />\n"));
    h.push_str(&format!("<meta property=\"og:image\" content=\"{}\" />\n", escape(&card)));
    h.push_str("<meta name=\"twitter:card\" content=\"summary_large_image\" />\n");
    h.push_str("<link rel=\"icon\" href=\"data:,\" />\n");
    for s in site.stylesheets {
        h.push_str(&format!("<link rel=\"stylesheet\" href=\"../{}\" />\n", escape(s)));
    }
    h.push_str("</head>\n<body>\n<header class=\"masthead\">\n");
    h.push_str(&format!(
        "<p class=\"kicker\"><a href=\"../index.html\">Overseas EV Atlas</a> · Step {n} of {}</p>\n",
        site.steps
    ));
    h.push_str(&format!("<h1>{title}</h1>\n<p class=\"dek\">{text}</p>\n"));
    if let Some(a) = &step.annotation {
        h.push_str(&format!("<p>{}</p>\n", escape(a)));
    }
    h.push_str("<p>Sources:</p>\n<ol class=\"citations\">\n");
    // (The pages for feed readers and social networks are in English.)
    let english = crate::i18n::english();
    for c in &step.citations {
        let when = if c.published.is_empty() { String::new() } else { format!(", {}", escape(&c.published)) };
        h.push_str(&format!(
            "<li><a href=\"{}\" rel=\"noopener noreferrer\">{}</a>{when}</li>\n",
            escape(&c.url),
            escape(&c.credit(&english))
        ));
    }
    h.push_str("</ol>\n");
    h.push_str(&format!("<p><a href=\"{link}\">Read this step in the atlas, with its chart and map</a></p>\n"));
    h.push_str("</header>\n</body>\n</html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{AGGREGATES_FULL_CSV, FACILITIES_FULL_CSV, SOURCES_FULL_CSV};
    use crate::model::parse_full;
    use crate::story::{read, SHIPPED_CSV};

    /// Every shipped step's page: its card, its words and sources escaped as HTML, the step's link, and
    /// nothing that is not the step's (no placeholder, no working note).
    #[test]
    fn each_step_page_names_its_card_words_sources_and_link() {
        let data = parse_full(FACILITIES_FULL_CSV, AGGREGATES_FULL_CSV, SOURCES_FULL_CSV).0;
        let story = read(SHIPPED_CSV, &data).expect("the shipped story").resolve(&data);
        let stylesheets = vec!["main-0123456789abcdef.css".to_owned()];
        let cases =
            [("", "../cards/step-"), ("https://news.example.org/atlas/", "https://news.example.org/atlas/cards/step-")];
        for (public_url, card) in cases {
            let site = Site { csp: "default-src 'self'", stylesheets: &stylesheets, public_url, steps: story.len() };
            for step in &story.steps {
                let html = page(step, &site);
                let xml = html.replace("<!DOCTYPE html>\n", "");
                let doc = roxmltree::Document::parse(&xml)
                    .unwrap_or_else(|e| panic!("step {}: not well-formed: {e}", step.n));
                let meta = |key: &str, value: &str| {
                    doc.descendants()
                        .find(|e| e.has_tag_name("meta") && e.attribute(key) == Some(value))
                        .and_then(|e| e.attribute("content"))
                        .map(str::to_owned)
                };
                let n = step.n;
                assert_eq!(meta("property", "og:image"), Some(format!("{card}{n}.png")), "step {n}");
                assert_eq!(meta("property", "og:title").as_deref(), Some(step.title.as_str()), "step {n}");
                assert_eq!(meta("name", "description").as_deref(), Some(step.text.as_str()), "step {n}");
                assert_eq!(meta("http-equiv", "refresh"), Some(format!("0; url=../index.html#view=story&step={n}")));
                let links: Vec<&str> = doc.descendants().filter_map(|e| e.attribute("href")).collect();
                for c in &step.citations {
                    assert!(links.contains(&c.url.as_str()), "step {n}: {}", c.url);
                }
                assert!(links.contains(&"../main-0123456789abcdef.css"), "step {n}");
                assert!(!html.contains("{count:") && !html.to_lowercase().contains("todo"), "step {n}");
            }
        }
    }
}
