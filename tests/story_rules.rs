//! The shipped story (`data/story.csv`) against the shipped data, read as the atlas reads them: every
//! figure a step cites exists, every number it states is one of them, every view opens without a notice.
//! A failure lists each problem with its line and column of `data/story.csv`.
#![cfg(not(target_arch = "wasm32"))]

use ev_atlas::model::{attach_citations, parse_aggregates, parse_facilities, parse_sources, Dataset};
use ev_atlas::state::url_state::{decode, encode};
use ev_atlas::story::{self, pages, step_of};

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
    assert_eq!(first.publisher, "GreenergyDaily (Bloomberg), citing Rhodium Group (report of 2025-08-18)");
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
