//! A message catalog in Fluent syntax (`i18n/<tag>.ftl`) and the text of its messages with their
//! arguments: `catalog.format("plants-in-view", &[("count", 27.into())])` → "27 plants in view".
//!
//! The subset of Fluent the catalogs use, parsed and resolved here rather than by `fluent-bundle`: that
//! crate with its locale and plural tables is several times the first view's whole headroom. The subset:
//! messages and terms (`-brand = …`) and their attributes (`.label = …`, read as `id.label`), multiline
//! values, comments, placeables of a variable (`{ $count }`), a string literal (`{ "{" }`), a message or a
//! term (`{ -brand }`), and selects on a variable (`{ $count -> [one] … *[other] … }`, by plural category
//! or by exact value). The tests check every message of every catalog against `fluent-bundle` itself.
//! Parsing never fails: a line it cannot read is a problem with its line number, and is left out.

use super::plural;

/// A value given to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Str(String),
    /// Shown as the catalog's language writes numbers; chooses a plural variant.
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as f64)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Num(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Num(f64::from(n))
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    Var(String),
    /// A message or a term (`-name`).
    Ref(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

/// A problem in a catalog file, by line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// One language's messages, in the order of its file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    tag: String,
    messages: Vec<(String, Vec<Part>)>,
}

impl Catalog {
    /// Reads the catalog of the language `tag` (a BCP 47 tag: "en", "zh-CN").
    pub fn parse(tag: &str, text: &str) -> (Catalog, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut messages = Vec::new();
        // (id, line of its start, its lines: the first is what follows `=`)
        let mut entry: Option<(String, usize, Vec<&str>)> = None;
        let mut parent = String::new();
        let mut finish = |entry: &mut Option<(String, usize, Vec<&str>)>, problems: &mut Vec<Problem>| {
            if let Some((id, line, lines)) = entry.take() {
                match pattern(&dedent(&lines)) {
                    Ok(parts) => messages.push((id, parts)),
                    Err(message) => problems.push(Problem { line, message: format!("{id}: {message}") }),
                }
            }
        };
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            let n = n + 1;
            if line.trim().is_empty() {
                if let Some((_, _, lines)) = entry.as_mut() {
                    lines.push("");
                }
            } else if line.starts_with('#') {
                finish(&mut entry, &mut problems);
            } else if line.starts_with([' ', '\t']) || (line.starts_with('}') && entry.is_some()) {
                let trimmed = line.trim_start();
                if let Some((name, value)) = trimmed.strip_prefix('.').and_then(|a| a.split_once('=')) {
                    finish(&mut entry, &mut problems);
                    entry = Some((format!("{parent}.{}", name.trim()), n, vec![value]));
                } else if let Some((_, _, lines)) = entry.as_mut() {
                    lines.push(line);
                } else {
                    problems.push(Problem { line: n, message: "an indented line outside a message".into() });
                }
            } else {
                finish(&mut entry, &mut problems);
                match line.split_once('=') {
                    Some((id, value)) if identifier(id.trim().trim_start_matches('-')) => {
                        parent = id.trim().to_owned();
                        entry = Some((parent.clone(), n, vec![value]));
                    }
                    _ => problems.push(Problem { line: n, message: format!("not a message: {line}") }),
                }
            }
        }
        finish(&mut entry, &mut problems);
        // An attribute-only message (`id =` and then `.attr = …`) has an empty value: not a message.
        messages.retain(|(_, parts)| !parts.is_empty());
        (Catalog { tag: tag.to_owned(), messages }, problems)
    }

    /// Its language's tag, as the catalog's file is named: "en", "pt-BR".
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The primary language subtag: "pt" for "pt-BR".
    pub fn language(&self) -> &str {
        self.tag.split('-').next().unwrap_or(&self.tag)
    }

    /// A linear search: a few hundred messages, and no sorting code in the first view.
    fn find(&self, id: &str) -> Option<&[Part]> {
        self.messages.iter().find(|(k, _)| k == id).map(|(_, p)| p.as_slice())
    }

    pub fn has(&self, id: &str) -> bool {
        self.find(id).is_some()
    }

    /// Every message's id (terms start with `-`; attributes are `id.attribute`), in the file's order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(k, _)| k.as_str())
    }

    /// The variables a message names (its own and those of what it refers to), sorted, without repeats.
    pub fn variables(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.collect_variables(id, &mut out, 0);
        out.sort();
        out.dedup();
        out
    }

    fn collect_variables(&self, id: &str, out: &mut Vec<String>, depth: usize) {
        fn walk(c: &Catalog, parts: &[Part], out: &mut Vec<String>, depth: usize) {
            for p in parts {
                match p {
                    Part::Var(v) => out.push(v.clone()),
                    Part::Ref(r) if depth < 8 => c.collect_variables(r, out, depth + 1),
                    Part::Select { var, variants, .. } => {
                        out.push(var.clone());
                        for (_, v) in variants {
                            walk(c, v, out, depth);
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Some(parts) = self.find(id) {
            walk(self, parts, out, depth);
        }
    }

    /// A message without arguments; its id if the catalog lacks it.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with its arguments. A missing message is its id, a missing argument `{$name}` (as
    /// Fluent writes them), so a gap shows instead of vanishing; the catalog tests keep both from shipping.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        match self.find(id) {
            Some(parts) => self.write(parts, args, &mut out, 0),
            None => out.push_str(id),
        }
        out
    }

    fn write(&self, parts: &[Part], args: &[(&str, Arg)], out: &mut String, depth: usize) {
        let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| v);
        for part in parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(v) => match arg(v) {
                    Some(Arg::Str(s)) => out.push_str(s),
                    Some(Arg::Num(n)) => out.push_str(&self.number(*n)),
                    None => {
                        out.push_str("{$");
                        out.push_str(v);
                        out.push('}');
                    }
                },
                Part::Ref(r) => match self.find(r) {
                    // Messages refer to a few others; a cycle stops at a depth no catalog needs.
                    Some(p) if depth < 8 => self.write(p, args, out, depth + 1),
                    _ => {
                        out.push('{');
                        out.push_str(r);
                        out.push('}');
                    }
                },
                Part::Select { var, variants, default } => {
                    let key = match arg(var) {
                        Some(Arg::Num(n)) => variants
                            .iter()
                            .position(|(k, _)| k.parse::<u32>().ok().is_some_and(|k| f64::from(k) == *n))
                            .or_else(|| {
                                let category = plural::category(self.language(), *n).key();
                                variants.iter().position(|(k, _)| k == category)
                            }),
                        Some(Arg::Str(s)) => variants.iter().position(|(k, _)| k == s),
                        None => None,
                    };
                    if let Some((_, v)) = variants.get(key.unwrap_or(*default)) {
                        self.write(v, args, out, depth);
                    }
                }
            }
        }
    }

    /// A number as this language writes it: "1,500" / "1.500"; at most two decimals.
    pub fn number(&self, n: f64) -> String {
        super::numbers::decimal(self, n, 2)
    }
}

fn identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A value's lines as Fluent reads them: the text after `=` first, then the continuation lines with
/// their common indent removed, joined by newlines, blank lines at either end dropped.
fn dedent(lines: &[&str]) -> String {
    let indent =
        lines[1..].iter().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    let first = lines[0].trim_start();
    let rest = lines[1..].iter().map(|l| l.get(indent..).unwrap_or(""));
    let mut all: Vec<&str> = std::iter::once(first).chain(rest).collect();
    while all.last().is_some_and(|l| l.trim().is_empty()) {
        all.pop();
    }
    let start = all.iter().position(|l| !l.trim().is_empty()).unwrap_or(all.len());
    let joined = all[start..].join("\n");
    joined.trim_end().to_owned()
}

/// The parts of a pattern's text.
fn pattern(text: &str) -> Result<Vec<Part>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut at = 0;
    let parts = parts_until(&chars, &mut at, false)?;
    Ok(parts)
}

/// Text and placeables from `at` up to the end, or, inside a select (`variant`), up to the next line
/// that starts a variant (`[`, `*[`) or closes the select (`}`).
fn parts_until(chars: &[char], at: &mut usize, variant: bool) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    while *at < chars.len() {
        let c = chars[*at];
        if variant && c == '\n' {
            let mut k = *at + 1;
            while k < chars.len() && (chars[k] == ' ' || chars[k] == '\t' || chars[k] == '\n') {
                k += 1;
            }
            if k >= chars.len() || chars[k] == '[' || chars[k] == '*' || chars[k] == '}' {
                *at = k;
                break;
            }
        }
        match c {
            '{' => {
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                *at += 1;
                parts.push(placeable(chars, at)?);
            }
            '}' if variant => break,
            '}' => return Err("a '}' outside a placeable (write { \"}\" })".into()),
            _ => {
                text.push(c);
                *at += 1;
            }
        }
    }
    if variant {
        let end = text.trim_end().len();
        text.truncate(end);
    }
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Ok(parts)
}

fn skip_space(chars: &[char], at: &mut usize) {
    while *at < chars.len() && chars[*at].is_whitespace() {
        *at += 1;
    }
}

fn name(chars: &[char], at: &mut usize) -> String {
    let start = *at;
    while *at < chars.len() && (chars[*at].is_ascii_alphanumeric() || chars[*at] == '-' || chars[*at] == '_') {
        *at += 1;
    }
    chars[start..*at].iter().collect()
}

fn expect(chars: &[char], at: &mut usize, want: char) -> Result<(), String> {
    skip_space(chars, at);
    if chars.get(*at) == Some(&want) {
        *at += 1;
        Ok(())
    } else {
        Err(format!("expected '{want}'"))
    }
}

/// A placeable, after its `{`, up to and with its `}`.
fn placeable(chars: &[char], at: &mut usize) -> Result<Part, String> {
    skip_space(chars, at);
    let part = match chars.get(*at) {
        Some('"') => {
            *at += 1;
            let mut s = String::new();
            loop {
                match chars.get(*at) {
                    Some('"') => break,
                    Some('\\') => {
                        *at += 1;
                        s.extend(chars.get(*at));
                    }
                    Some(c) => s.push(*c),
                    None => return Err("an unterminated string".into()),
                }
                *at += 1;
            }
            *at += 1;
            Part::Text(s)
        }
        Some('$') => {
            *at += 1;
            let var = name(chars, at);
            skip_space(chars, at);
            if chars.get(*at) == Some(&'-') && chars.get(*at + 1) == Some(&'>') {
                *at += 2;
                return select(chars, at, var);
            }
            Part::Var(var)
        }
        Some('-') => {
            *at += 1;
            Part::Ref(format!("-{}", name(chars, at)))
        }
        Some(c) if c.is_ascii_alphabetic() => Part::Ref(name(chars, at)),
        _ => return Err("a placeable this parser does not read".into()),
    };
    expect(chars, at, '}')?;
    Ok(part)
}

/// A select's variants, after its `->`, up to and with its `}`.
fn select(chars: &[char], at: &mut usize, var: String) -> Result<Part, String> {
    let mut variants = Vec::new();
    let mut default = None;
    loop {
        skip_space(chars, at);
        match chars.get(*at) {
            Some('}') => {
                *at += 1;
                break;
            }
            Some('*') => {
                default = Some(variants.len());
                *at += 1;
            }
            Some('[') => {}
            _ => return Err(format!("a select on ${var} with no '}}'")),
        }
        expect(chars, at, '[')?;
        skip_space(chars, at);
        let key = name(chars, at);
        expect(chars, at, ']')?;
        while chars.get(*at).is_some_and(|c| *c == ' ' || *c == '\t') {
            *at += 1;
        }
        let value = parts_until(chars, at, true)?;
        variants.push((key, value));
    }
    let default = default.ok_or_else(|| format!("a select on ${var} without a default variant (*[…])"))?;
    Ok(Part::Select { var, variants, default })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
# A comment
-brand = Overseas EV Atlas
title = { -brand }: China's EV industry abroad
plants-in-view = { $count ->
        [0] No plant in view
        [one] One plant in view
       *[other] { $count } plants in view
    }
brace = A literal { \"{\" } brace
long =
    First line
      indented more
    last line
button = Show
    .aria-label = Show the { $what }
kind = { $kind ->
    [battery] Batteries
   *[other] Other
}
";

    #[test]
    fn messages() {
        let (c, problems) = Catalog::parse("en", SAMPLE);
        assert_eq!(problems, vec![]);
        let cases: &[(&str, &[(&str, Arg)], &str)] = &[
            ("title", &[], "Overseas EV Atlas: China's EV industry abroad"),
            ("plants-in-view", &[("count", 0.into())], "No plant in view"),
            ("plants-in-view", &[("count", 1.into())], "One plant in view"),
            ("plants-in-view", &[("count", 27.into())], "27 plants in view"),
            ("plants-in-view", &[("count", 1500.into())], "1,500 plants in view"),
            ("plants-in-view", &[], "{$count} plants in view"),
            ("brace", &[], "A literal { brace"),
            ("long", &[], "First line\n  indented more\nlast line"),
            ("button", &[], "Show"),
            ("button.aria-label", &[("what", "charts".into())], "Show the charts"),
            ("kind", &[("kind", "battery".into())], "Batteries"),
            ("kind", &[("kind", "mine".into())], "Other"),
            ("missing", &[], "missing"),
        ];
        for (id, args, want) in cases {
            assert_eq!(c.format(id, args), *want, "{id} {args:?}");
        }
        assert_eq!(c.variables("plants-in-view"), vec!["count".to_owned()]);
        assert_eq!(c.variables("button.aria-label"), vec!["what".to_owned()]);
    }

    #[test]
    fn problems_are_named_and_the_rest_kept() {
        let cases: &[(&str, usize, &str)] = &[
            ("a = ok\nb = { $n ->\n [one] x\n}\nc = fine", 2, "without a default"),
            ("a = ok\n  stray\nnot a message\nc = fine", 3, "not a message"),
            ("a = unclosed { $n\nc = fine", 1, "expected '}'"),
            ("a = x } y\nc = fine", 1, "outside a placeable"),
        ];
        for (text, line, says) in cases {
            let (c, problems) = Catalog::parse("en", text);
            assert_eq!(problems.len(), 1, "{text}: {problems:?}");
            assert_eq!(problems[0].line, *line, "{text}");
            assert!(problems[0].message.contains(says), "{text}: {}", problems[0]);
            assert_eq!(c.text("c"), "fine");
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let pt = "n = { $n ->\n [one] um\n [many] milhões\n *[other] vários\n}";
        let cases: &[(&str, f64, &str)] = &[
            ("pt-BR", 0.0, "um"),
            ("pt-BR", 1.0, "um"),
            ("pt-BR", 3.0, "vários"),
            ("pt-BR", 2_000_000.0, "milhões"),
            ("zh-CN", 1.0, "vários"),
            ("en", 1.0, "um"),
            ("en", 0.0, "vários"),
        ];
        for (tag, n, want) in cases {
            let (c, _) = Catalog::parse(tag, pt);
            assert_eq!(c.format("n", &[("n", Arg::Num(*n))]), *want, "{tag} {n}");
        }
    }
}
