//! The message catalogs (`i18n/*.ftl`): every one has every message of the English catalog with the same
//! placeholders and nothing else, parses without a problem, and formats every message exactly as the
//! reference implementation of Fluent (`fluent-bundle`) does, for numbers and for text.

use ev_atlas::i18n::catalog::{Arg, Catalog};
use ev_atlas::i18n::lang::{ALL, LANGUAGES};
use ev_atlas::i18n::plural;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

fn catalog(tag: &str) -> Catalog {
    let text = ALL.iter().find(|(t, _)| *t == tag).map(|(_, text)| *text).unwrap_or_default();
    let (c, problems) = Catalog::parse(tag, text);
    assert_eq!(problems, vec![], "i18n/{tag}.ftl");
    c
}

#[test]
fn the_three_languages_are_there() {
    let tags: Vec<&str> = LANGUAGES.iter().map(|l| l.tag).collect();
    for tag in ["en", "zh-CN", "pt-BR"] {
        assert!(tags.contains(&tag), "no catalog i18n/{tag}.ftl: {tags:?}");
    }
    assert_eq!(tags[0], "en");
}

#[test]
fn every_catalog_has_every_message_with_the_same_placeholders() {
    let en = catalog("en");
    for (tag, _) in ALL {
        let c = catalog(tag);
        assert!(plural::known(c.language()), "{tag}: no plural rules in src/i18n/plural.rs");
        let missing: Vec<&str> = en.ids().filter(|id| !c.has(id)).collect();
        // The story's words are English in data/story.csv; the other catalogs translate them
        // (`story-<n>-<field>`, checked against the file by tests/story_rules.rs).
        let extra: Vec<&str> = c.ids().filter(|id| !en.has(id) && ev_atlas::story::word_of(id).is_none()).collect();
        assert!(missing.is_empty(), "i18n/{tag}.ftl lacks {missing:?}");
        assert!(extra.is_empty(), "i18n/{tag}.ftl has messages English lacks: {extra:?}");
        for id in en.ids() {
            assert_eq!(c.variables(id), en.variables(id), "i18n/{tag}.ftl: the placeholders of {id}");
        }
    }
}

#[test]
fn every_message_formats_as_fluent_bundle_formats_it() {
    for (tag, text) in ALL {
        let ours = catalog(tag);
        let resource = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("i18n/{tag}.ftl is not Fluent: {errors:?}"));
        let langid: unic_langid::LanguageIdentifier = tag.parse().expect("a language tag");
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no duplicate ids");
        let mut checked = 0;
        for id in ours.ids().filter(|id| !id.starts_with('-')) {
            let (name, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
            let message = bundle.get_message(name).unwrap_or_else(|| panic!("{tag}: fluent-bundle has no {name}"));
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            }
            .unwrap_or_else(|| panic!("{tag}: {id} has no value for fluent-bundle"));
            let variables = ours.variables(id);
            // Numbers under a thousand (no digit groups: fluent-bundle writes none), and text.
            let values: Vec<Arg> =
                vec![Arg::Num(0.0), Arg::Num(1.0), Arg::Num(2.0), Arg::Num(7.0), Arg::Str("some text".into())];
            for value in &values {
                let ours_args: Vec<(&str, Arg)> = variables.iter().map(|v| (v.as_str(), value.clone())).collect();
                let mut args = FluentArgs::new();
                for v in &variables {
                    match value {
                        Arg::Num(n) => args.set(v.as_str(), FluentValue::from(*n)),
                        Arg::Str(s) => args.set(v.as_str(), FluentValue::from(s.as_str())),
                    }
                }
                let mut errors = vec![];
                let want = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert_eq!(errors, vec![], "{tag}: {id}");
                assert_eq!(ours.format(id, &ours_args), want, "i18n/{tag}.ftl: {id} with {value:?}");
                checked += 1;
            }
        }
        assert!(checked > 100, "{tag}: only {checked} formats checked");
    }
}

/// `page.js` says its faults in English until the app has given it the reader's words (and for good when
/// the wasm never starts): each of its English words is the English catalog's, letter for letter.
#[test]
fn page_js_english_is_the_catalogs() {
    let en = catalog("en");
    let js = include_str!("../src/web/page.js");
    // The `'…'` literal at the start of `s`, and the rest after it.
    let literal = |s: &str| {
        s.strip_prefix('\'').and_then(|s| s.split_once('\'')).map(|(l, rest)| (l.to_owned(), rest.to_owned()))
    };
    let mut checked = 0;
    for call in js.split("T('").skip(1) {
        let Some((id, rest)) = call.split_once('\'') else { continue };
        let Some((text, _)) = rest.strip_prefix(", ").and_then(literal) else { continue };
        assert!(en.has(id), "page.js: T('{id}') is not in i18n/en.ftl");
        assert_eq!(en.text(id), text, "page.js: the English of {id}");
        checked += 1;
    }
    let parts =
        js.split_once("const PART = {").and_then(|(_, r)| r.split_once('}')).map(|(p, _)| p).unwrap_or_default();
    for entry in parts.split(", '") {
        let entry = entry.trim().trim_start_matches('\'');
        let Some((box_id, text)) = entry.split_once("': ") else { continue };
        let text = text.trim_matches(|c| c == '\'' || c == '"');
        assert_eq!(en.text(&format!("fault-part-{box_id}")), text, "page.js: PART['{box_id}']");
        checked += 1;
    }
    assert!(checked >= 12, "page.js: {checked} English words found");
}
