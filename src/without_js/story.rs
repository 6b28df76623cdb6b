//! The story's steps as the social cards need them (`data/story.csv`: step, title, highlight_year; the
//! other columns are the story's own). Parsing never fails: it returns the steps it could read and a
//! problem for each row it left out.

use crate::i18n::Message;
use crate::model::{Problem, Year};

/// What is wrong, in English: the cards tool is the only reader, at build time.
fn said(text: impl Into<String>) -> Message {
    Message::plain(text.into())
}

/// One step of the story: its number (the card is `cards/step-<number>.png`), its title and the year it
/// points at, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub number: u32,
    pub title: String,
    pub highlight_year: Option<Year>,
}

/// Reads the steps of a story file; `file` names it in problems. A row without a step number (a whole
/// number from 1), with a step number already used, without a title or with a year outside 1990–2100 is
/// left out and reported.
pub fn parse_steps(file: &str, text: &str) -> (Vec<Step>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => return (Vec::new(), vec![Problem::new(file, 1, None, said(format!("cannot read the header: {e}")))]),
    };
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(step_at), Some(title_at)) = (column("step"), column("title")) else {
        return (Vec::new(), vec![Problem::new(file, 1, None, said("needs the columns step and title"))]);
    };
    let year_at = column("highlight_year");
    let mut steps: Vec<Step> = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(Problem::new(file, line, None, said(format!("cannot read the row: {e}"))));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let field = |at: usize| record.get(at).unwrap_or("").trim();
        let number = match field(step_at).parse::<u32>() {
            Ok(n) if n >= 1 => n,
            _ => {
                let message = said(format!("'{}' is not a step number", field(step_at)));
                problems.push(Problem::new(file, line, Some("step"), message));
                continue;
            }
        };
        if steps.iter().any(|s| s.number == number) {
            problems.push(Problem::new(file, line, Some("step"), said(format!("step {number} is there twice"))));
            continue;
        }
        let title = field(title_at);
        if title.is_empty() {
            problems.push(Problem::new(file, line, Some("title"), said("is empty")));
            continue;
        }
        let highlight_year = match year_at.map(field).filter(|y| !y.is_empty()) {
            None => None,
            Some(y) => match y.parse::<u16>() {
                Ok(y) if (1990..=2100).contains(&y) => Some(Year(y)),
                _ => {
                    problems.push(Problem::new(
                        file,
                        line,
                        Some("highlight_year"),
                        said(format!("'{y}' is not a year")),
                    ));
                    continue;
                }
            },
        };
        steps.push(Step { number, title: title.to_owned(), highlight_year });
    }
    (steps, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_read_by_column_name_and_bad_rows_are_reported() {
        let text = "step,title,text,cites,view,highlight_year,annotation,announce\n\
            1,\"Money, going abroad\",Some text,F001,chart:home-abroad,2024,note,yes\n\
            2,The plants,,,map,,,\n\
            x,No number,,,,,,\n\
            2,Twice,,,,,,\n\
            3,,,,,,,\n\
            4,Bad year,,,,20x4,,\n\
            5,Short row\n";
        let (steps, problems) = parse_steps("data/story.csv", text);
        assert_eq!(
            steps,
            vec![
                Step { number: 1, title: "Money, going abroad".into(), highlight_year: Some(Year(2024)) },
                Step { number: 2, title: "The plants".into(), highlight_year: None },
                Step { number: 5, title: "Short row".into(), highlight_year: None },
            ]
        );
        let en = crate::i18n::english();
        let said: Vec<String> = problems.iter().map(|p| p.say(&en)).collect();
        assert_eq!(
            said,
            vec![
                "data/story.csv, row 4, column step: 'x' is not a step number",
                "data/story.csv, row 5, column step: step 2 is there twice",
                "data/story.csv, row 6, column title: is empty",
                "data/story.csv, row 7, column highlight_year: '20x4' is not a year",
            ]
        );
    }

    #[test]
    fn a_file_without_the_columns_gives_no_step() {
        let cases =
            [("title,text\nA,b\n", "needs the columns step and title"), ("", "needs the columns step and title")];
        for (text, want) in cases {
            let (steps, problems) = parse_steps("s.csv", text);
            assert!(steps.is_empty());
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].message, said(want), "{text:?}");
        }
    }
}
