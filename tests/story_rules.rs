//! The shipped story (`data/story.csv`) against the shipped data, read as the atlas reads them: every
//! figure a step cites exists, every number it states is one of them, every view opens without a notice.
//! A failure lists each problem with its line and column of `data/story.csv`. And in every language of
//! `i18n/`: each catalog translates every step's words, and its words keep the same rules, their numbers
//! read as the language writes them (a failure names the catalog and the message).
#![cfg(not(target_arch = "wasm32"))]

use ev_atlas::i18n::lang::ALL;
use ev_atlas::i18n::Catalog;
use ev_atlas::model::{attach_citations, parse_aggregates, parse_facilities, parse_sources, Dataset};
use ev_atlas::state::url_state::{decode, encode};
use ev_atlas::story::{self, pages, step_of, Field};

fn file(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The full data, as the atlas reads it beside the app: every aggregate, every plant with its sources.
fn full_data() -> Dataset {
    let (mut facilities, mut problems) = parse_facilities("data/facilities.csv", &file("data/facilities.csv"));
    let (aggregates, more) = parse_aggregates("data/aggregates.csv", &file("data/aggregates.csv"));
    problems.extend(more);
    let (citations, more) = parse_sources("data/sources.csv", &file("data/sources.csv"));
    problems.extend(more);
    let unknown = attach_citations(&mut facilities, citations);
    let en = ev_atlas::i18n::english();
    let listed: Vec<String> = problems.iter().map(|p| p.say(&en)).collect();
    assert!(listed.is_empty() && unknown.is_empty(), "{}\n{unknown:?}", listed.join("\n"));
    Dataset { facilities, aggregates }
}

fn shipped() -> story::Story {
    let text = file("data/story.csv");
    assert_eq!(text, story::SHIPPED_CSV, "the app embeds the file as it is");
    match story::read(&text, &full_data()) {
        Ok(s) => s,
        Err(problems) => panic!("data/story.csv: {} problem(s)\n{}", problems.len(), problems.join("\n")),
    }
}

#[test]
fn the_shipped_story_reads_against_the_shipped_data() {
    let story = shipped();
    assert!((8..=10).contains(&story.len()), "{} steps", story.len());
    for (i, s) in story.steps.iter().enumerate() {
        assert_eq!(s.n, i + 1);
        assert!(!s.citations.is_empty(), "step {} cites nothing", s.n);
        for c in &s.citations {
            assert!(c.url.starts_with("https://") || c.url.starts_with("http://"), "step {}: {}", s.n, c.url);
            assert!(!c.publisher.is_empty() && !c.figure.is_empty(), "step {}: {c:?}", s.n);
        }
        let urls: Vec<&str> = s.citations.iter().map(|c| c.url.as_str()).collect();
        let mut unique = urls.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), urls.len(), "step {}: each page once", s.n);
        // The view round-trips through an address without a notice.
        let (back, notices) = decode(&encode(&s.view));
        assert!(notices.is_empty(), "step {}: {notices:?}", s.n);
        assert_eq!(back, s.view, "step {}", s.n);
        assert!(s.annotation.as_ref().is_none_or(|a| a.chars().count() <= story::ANNOTATION_MAX_CHARS));
    }
    // Every step's address opens it.
    for n in 1..=story.len() {
        assert_eq!(step_of(u32::try_from(n).ok(), story.len()), (n, None));
    }
}

#[test]
fn counts_are_filled_from_the_data_and_nothing_else_is_left_to_fill() {
    let data = full_data();
    let resolved = shipped().resolve(&data);
    for s in &resolved.steps {
        for (column, words) in [("text", &s.text), ("announce", &s.announce)] {
            assert!(!words.contains('{') && !words.contains('}'), "step {} {column}: {words}", s.n);
        }
    }
    let brazil = data.facilities.iter().filter(|f| f.host_country.as_str() == "BR").count();
    let step = resolved.steps.iter().find(|s| s.view.focus.as_deref() == Some("F001")).expect("the Brazil step");
    assert!(step.announce.contains(&format!("Brazil, {brazil} plants")), "{}", step.announce);
}

#[test]
fn the_rhodium_figures_credit_rhodium_group_and_the_page_that_reports_them() {
    let story = shipped();
    let first = &story.steps[0].citations[0];
    assert_eq!(first.figure, "agg:2024:overseas_ev_investment_total");
    assert_eq!(
        (first.publisher.as_str(), first.citing.as_str()),
        ("GreenergyDaily (Bloomberg)", "Rhodium Group (report of 2025-08-18)")
    );
    assert_eq!(first.published, "2025-08-17");
}

#[test]
fn every_page_of_the_aggregates_has_its_publisher_and_no_other() {
    let (list, problems) = pages::shipped();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(pages::SHIPPED_CSV, file("data/aggregate-sources.csv"));
    let (aggregates, _) = parse_aggregates("data/aggregates.csv", &file("data/aggregates.csv"));
    let mut used: Vec<&str> = aggregates.iter().flat_map(|a| a.source.urls.iter().map(String::as_str)).collect();
    used.sort_unstable();
    used.dedup();
    let missing: Vec<&&str> = used.iter().filter(|u| !list.iter().any(|p| p.url == **u)).collect();
    let unused: Vec<&str> = list.iter().map(|p| p.url.as_str()).filter(|u| !used.contains(u)).collect();
    assert!(missing.is_empty(), "data/aggregate-sources.csv has no row for {missing:?}");
    assert!(unused.is_empty(), "data/aggregate-sources.csv has rows no aggregate uses: {unused:?}");
}

/// The shipped catalog of `tag`, or one made from its text with `edit` applied.
fn catalog(tag: &str, edit: impl Fn(&str) -> String) -> Catalog {
    let text =
        ALL.iter().find(|(t, _)| *t == tag).map(|(_, text)| *text).unwrap_or_else(|| panic!("no i18n/{tag}.ftl"));
    let (c, problems) = Catalog::parse(tag, &edit(text));
    assert!(problems.is_empty(), "i18n/{tag}.ftl: {problems:?}");
    c
}

/// The story in the language of `words`, or its problems.
fn read_in(words: &Catalog) -> Result<story::Story, Vec<String>> {
    story::read_in(story::SHIPPED_CSV, &full_data(), words)
}

#[test]
fn every_language_tells_every_step_in_its_own_words() {
    let english = shipped();
    let data = full_data();
    for (tag, _) in ALL {
        let words = catalog(tag, str::to_owned);
        let story =
            read_in(&words).unwrap_or_else(|p| panic!("the story in {tag}: {} problem(s)\n{}", p.len(), p.join("\n")));
        assert_eq!(story.len(), english.len(), "{tag}");
        for (s, en) in story.steps.iter().zip(&english.steps) {
            // The same figures, sources and view in every language; only the words differ.
            assert_eq!((&s.citations, &s.view, s.highlight_year), (&en.citations, &en.view, en.highlight_year));
            if *tag == "en" {
                assert_eq!(s, en, "English is the file's");
                continue;
            }
            // Every field the English has is translated (title and text, an annotation where the step has
            // one, the announcement), and none is left in English.
            for (field, theirs, ours) in [
                (Field::Title, Some(&s.title), Some(&en.title)),
                (Field::Text, Some(&s.text), Some(&en.text)),
                (Field::Annotation, s.annotation.as_ref(), en.annotation.as_ref()),
                (Field::Announce, Some(&s.announce), Some(&en.announce)),
            ] {
                let id = field.id(s.n);
                assert_eq!(words.has(&id), ours.is_some(), "i18n/{tag}.ftl: {id}");
                assert!(theirs.is_some() && theirs != ours || ours.is_none(), "i18n/{tag}.ftl: {id} is English");
            }
        }
        // Counts filled, nothing left to fill.
        for s in &story.resolve(&data).steps {
            for words in [&s.title, &s.text, &s.announce].into_iter().chain(&s.annotation) {
                assert!(!words.contains('{') && !words.contains('}'), "{tag}, step {}: {words}", s.n);
            }
        }
    }
}

/// A translation that states a number its step does not cite fails, as the English would: each slip as
/// the language would make it, in the shipped catalogs.
#[test]
fn a_translation_that_states_an_uncited_number_fails() {
    let cases: &[(&str, &str, &str, &str)] = &[
        // 亿 is 10⁸: sixteen billion dollars is US$160亿, and US$16亿 is a figure no step cites.
        ("zh-CN", "在海外投资约US$160亿", "在海外投资约US$16亿", "i18n/zh-CN.ftl, story-1-text: states 16亿"),
        ("zh-CN", "初期年产能为15万辆", "初期年产能为16万辆", "i18n/zh-CN.ftl, story-5-text: states 16万"),
        (
            "pt-BR",
            "fábricas de baterias, 36,5%",
            "fábricas de baterias, 36,6%",
            "i18n/pt-BR.ftl, story-2-text: states 36,6",
        ),
        ("pt-BR", "para 150.000 veículos", "para 160.000 veículos", "i18n/pt-BR.ftl, story-5-text: states 160.000"),
        // The English way of writing a decimal, in Portuguese: "11.8" is 11 and 8, neither cited.
        ("pt-BR", "US$ 11,8 bi", "US$ 11.8 bi", "i18n/pt-BR.ftl, story-3-text: states 11,"),
    ];
    for (tag, shipped, slip, problem) in cases {
        let words = catalog(tag, |text| {
            assert!(text.contains(shipped), "i18n/{tag}.ftl no longer says {shipped:?}");
            text.replacen(shipped, slip, 1)
        });
        let problems = read_in(&words).err().unwrap_or_default();
        assert!(problems.iter().any(|p| p.contains(problem)), "{tag}: {slip:?} is not refused: {problems:?}");
    }
}
