//! The build-time tool of README "Where the story travels without JavaScript": writes into a build folder
//! the social cards (`cards/atlas.png`; `cards/step-<n>.png` and the shared page `story/step-<n>.html` for
//! each step of `data/story.csv` when that file exists) and `plants.html`, from the data files, after checking that index.html's `<noscript>`
//! says the data's key figures. Native only (`required-features = ["cards"]`); run by
//! scripts/without-js.sh from the post-build hook.
//!
//! `cards --out DIR [--source DIR] [--stylesheet NAME]... [--data-file NAME] [--font TTF] [--bold-font TTF]`

#[cfg(target_arch = "wasm32")]
compile_error!("the cards tool runs at build time, natively: build it without --target wasm32-unknown-unknown");

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ev_atlas::chart::home_abroad::HomeAbroad;
use ev_atlas::data::{DATASET_DATE, DATASET_VERSION};
use ev_atlas::model::{parse_aggregates, parse_facilities, parse_full, Problem};
use ev_atlas::theme::{Theme, ThemeName};
use ev_atlas::without_js::card::{self, Card};
use ev_atlas::without_js::figures::{check_noscript, KeyFigures};
use ev_atlas::without_js::{bitmap, plants, step_page, story};

struct Args {
    out: PathBuf,
    source: PathBuf,
    stylesheets: Vec<String>,
    data_file: Option<String>,
    font: PathBuf,
    bold_font: PathBuf,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        out: PathBuf::new(),
        source: PathBuf::from("."),
        stylesheets: Vec::new(),
        data_file: None,
        font: PathBuf::from(bitmap::FONT),
        bold_font: PathBuf::from(bitmap::BOLD_FONT),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--out" => a.out = PathBuf::from(value()?),
            "--source" => a.source = PathBuf::from(value()?),
            "--stylesheet" => a.stylesheets.push(value()?),
            "--data-file" => a.data_file = Some(value()?),
            "--font" => a.font = PathBuf::from(value()?),
            "--bold-font" => a.bold_font = PathBuf::from(value()?),
            _ => return Err(format!("unknown argument {flag}; usage: cards --out DIR [--source DIR] [--stylesheet NAME]… [--data-file NAME] [--font TTF] [--bold-font TTF]")),
        }
    }
    if a.out.as_os_str().is_empty() {
        return Err("--out DIR is required (the build folder)".to_owned());
    }
    Ok(a)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Fails on any problem: a card or a table missing a row would be published without a word.
fn no_problems(problems: &[Problem]) -> Result<(), String> {
    if problems.is_empty() {
        return Ok(());
    }
    let en = ev_atlas::i18n::english();
    let list: Vec<String> = problems.iter().take(10).map(|p| format!("  {}", p.say(&en))).collect();
    Err(format!("{} problem(s) in the data:\n{}", problems.len(), list.join("\n")))
}

fn run() -> Result<String, String> {
    let a = args()?;
    let index = read(&a.source.join("index.html"))?;
    let (aggregates, problems) = parse_aggregates("data/aggregates.csv", &read(&a.source.join("data/aggregates.csv"))?);
    no_problems(&problems)?;
    let (facilities, problems) = parse_facilities("data/facilities.csv", &read(&a.source.join("data/facilities.csv"))?);
    no_problems(&problems)?;
    let figures = KeyFigures::from_aggregates(&aggregates);
    match &figures {
        Some(f) => check_noscript(&index, f)?,
        None => return Err("data/aggregates.csv has no year with more invested abroad than at home: the headline, the cards and index.html's <noscript> say there is one".to_owned()),
    }

    let fonts = bitmap::Fonts::load(&a.font, &a.bold_font)?;
    let chart = HomeAbroad::from_aggregates(&aggregates);
    let theme = Theme::get(ThemeName::Light);
    let mut written = Vec::new();
    let mut cards = vec![("cards/atlas.png".to_owned(), Card::atlas(figures.as_ref(), &chart))];
    let story_file = a.source.join("data/story.csv");
    if story_file.exists() {
        let (steps, problems) = story::parse_steps("data/story.csv", &read(&story_file)?);
        no_problems(&problems)?;
        cards.extend(steps.iter().map(|s| (format!("cards/step-{}.png", s.number), Card::step(s, &chart))));
        // The page each step is shared by: its card, words and sources, then the step in the atlas.
        let (data, problems) = parse_full(
            &read(&a.source.join("data/facilities.csv"))?,
            &read(&a.source.join("data/aggregates.csv"))?,
            &read(&a.source.join("data/sources.csv"))?,
        );
        no_problems(&problems)?;
        let story = ev_atlas::story::read(&read(&story_file)?, &data).map_err(|e| e.join("\n"))?.resolve(&data);
        let public_url = std::env::var("EV_ATLAS_PUBLIC_URL").unwrap_or_default();
        let site = step_page::Site {
            csp: &plants::csp_of(&index)?,
            stylesheets: &a.stylesheets,
            public_url: &public_url,
            steps: story.len(),
        };
        for step in &story.steps {
            write(&a.out.join(step_page::path(step.n)), step_page::page(step, &site).as_bytes())?;
            written.push(step_page::path(step.n));
        }
    }
    for (name, c) in &cards {
        let rgb = card::render(c, &chart, &theme, &fonts)?;
        write(&a.out.join(name), &card::png(&rgb, card::WIDTH, card::HEIGHT)?)?;
        written.push(name.clone());
    }

    let page = plants::Page {
        csp: &plants::csp_of(&index)?,
        stylesheets: &a.stylesheets,
        data_file: a.data_file.as_deref(),
        version: DATASET_VERSION,
        date: DATASET_DATE,
    };
    write(&a.out.join("plants.html"), plants::page(&facilities, &page).as_bytes())?;
    Ok(format!("{}, plants.html ({} plants)", written.join(", "), facilities.len()))
}

fn main() -> ExitCode {
    match run() {
        Ok(done) => {
            println!("cards: wrote {done}");
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("cards: {why}");
            ExitCode::FAILURE
        }
    }
}
