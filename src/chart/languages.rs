//! The four charts of the full atlas in Chinese and Portuguese: every word of theirs comes from the
//! reader's catalog (tests only).

use super::bars::testing::{assert_no_overlaps_in, catalog, en, full};
use super::bars::ChartSpec;
use super::capacity::{self, CapacityKind};
use super::places::{self, Grouping, Measure};
use super::{pipeline, segments};
use crate::i18n::Catalog;
use crate::model::Dataset;

/// Every chart in every one of its variants, built from `data` in the language of `w`.
fn every_chart(data: &Dataset, w: &Catalog) -> Vec<(String, ChartSpec)> {
    let mut out =
        vec![("segments".to_owned(), segments::build(data, w)), ("pipeline".to_owned(), pipeline::build(data, w))];
    for by in [Grouping::Country, Grouping::Region] {
        for measure in [Measure::Count, Measure::Money] {
            out.push((format!("places {by:?} {measure:?}"), places::build(data, w, by, measure, 10)));
        }
    }
    for kind in [CapacityKind::Battery, CapacityKind::Vehicles] {
        out.push((format!("capacity {kind:?}"), capacity::build(data, w, kind)));
    }
    out
}

/// What a chart shows a reader: its words, its legend and its categories with their notes.
fn said(spec: &ChartSpec) -> Vec<String> {
    let t = &spec.text;
    let mut out = vec![t.title.clone(), t.subtitle.clone(), t.unit.clone(), t.source.clone(), t.summary.clone()];
    out.extend(t.notes.iter().cloned());
    out.extend(spec.bars.series.iter().map(|s| s.label.clone()));
    for c in &spec.bars.categories {
        out.push(c.label.clone());
        out.extend(c.note.clone());
    }
    out.extend(t.table.iter().flatten().cloned());
    out
}

#[test]
fn each_chart_speaks_the_readers_language() {
    let data = full();
    // (language, chart, title, legend, summary, notes)
    let cases: &[(&str, &str, &str, &[&str], &str, &[&str])] = &[
        (
            "zh-CN",
            "segments",
            "资金流向何处",
            &["电芯", "电池材料", "整车组装", "零部件"],
            "在注明宣布年份的147座工厂中，98座披露了投资额，合计US$1,021.2亿，其中电芯和电池材料工厂占70%；宣布投资最多的年份是2023年（US$409.7亿，主要为整车组装）。",
            &["已公布数据：2024年，电池占中国电动汽车供应链海外投资的74%（greenergydaily.com）。"],
        ),
        (
            "pt-BR",
            "segments",
            "Para onde vai o dinheiro",
            &["Células de bateria", "Materiais de bateria", "Montagem de veículos", "Componentes"],
            "Fábricas de células e de materiais de bateria respondem por 70% dos US$ 102,1 bi em investimento anunciado divulgados por 98 das 147 fábricas com ano de anúncio; o maior volume foi anunciado em 2023 (US$ 41 bi, sobretudo em montagem de veículos).",
            &["Dado publicado: as baterias representaram 74% do investimento da cadeia de suprimentos chinesa de veículos elétricos no exterior em 2024 (greenergydaily.com)."],
        ),
        (
            "zh-CN",
            "places Region Count",
            "工厂分布在哪里",
            &["电芯", "电池材料", "整车组装", "零部件"],
            "东南亚的工厂最多（49），其次是欧洲（46）和美洲（33）；7个地区共计187座工厂。",
            &[],
        ),
        (
            "pt-BR",
            "places Region Money",
            "Onde ficam as fábricas",
            &["Células de bateria", "Materiais de bateria", "Montagem de veículos", "Componentes"],
            "Mais investimento divulgado: Europa (US$ 41,6 bi), depois Américas (US$ 26,5 bi) e Sudeste Asiático (US$ 21,6 bi); US$ 111 bi em 7 regiões no total.",
            &[],
        ),
        (
            "zh-CN",
            "pipeline",
            "从宣布到投产",
            &["已宣布", "在建", "已投产", "已暂停", "已取消"],
            "187座工厂中78座已投产（42%）；90座已宣布或在建，19座已暂停或取消；已宣布或在建的工厂以电池材料最多（38座）。",
            &[
                "已公布数据：中国企业在海外宣布的电动汽车制造项目中，25%已建成，而在国内宣布的项目中这一比例为45%（2014–2024；greenergydaily.com）。",
                "图中187座工厂里，78座已投产（42%）。",
            ],
        ),
        (
            "pt-BR",
            "pipeline",
            "Do anúncio à produção",
            &["Anunciada", "Em construção", "Em operação", "Suspensa", "Cancelada"],
            "78 de 187 fábricas estão em operação (42%); 90 estão anunciadas ou em construção e 19, suspensas ou canceladas; o segmento com mais fábricas por vir é materiais de bateria (38).",
            &[
                "Dado publicado: 25% dos projetos de fabricação de veículos elétricos anunciados por empresas chinesas no exterior foram concluídos, contra 45% dos anunciados na China (2014–2024; greenergydaily.com).",
                "Das 187 fábricas mostradas, 78 estão em operação (42%).",
            ],
        ),
        (
            "zh-CN",
            "capacity Battery",
            "产能",
            &["已投产", "已宣布或在建"],
            "欧洲标明的电池产能最多（每年278.7 GWh，其中已投产每年35.7 GWh）；30座工厂中23座标明了产能，合计每年441.6 GWh。",
            &[
                "标明的电池产能：已投产每年38.7 GWh，已宣布或在建每年402.9 GWh，数据来自30座工厂中的23座。",
                "未计入：2座已暂停或取消的工厂（每年22 GWh）。",
            ],
        ),
        (
            "pt-BR",
            "capacity Vehicles",
            "Capacidade",
            &["Em operação", "Anunciada ou em construção"],
            "Maior capacidade de montagem de veículos declarada: Europa (1.390.400 veículos/ano, dos quais 640.400 veículos/ano em operação); 3.829.400 veículos/ano no total, segundo 53 de 72 fábricas.",
            &[
                "Capacidade de montagem de veículos declarada: 2.205.100 veículos/ano em operação e 1.624.300 veículos/ano anunciados ou em construção, segundo 53 de 72 fábricas.",
                "Ficam de fora 4 fábricas suspensas ou canceladas (465.200 veículos/ano).",
            ],
        ),
    ];
    for (tag, chart, title, legend, summary, notes) in cases {
        let charts = every_chart(&data, &catalog(tag));
        let spec = &charts.iter().find(|(what, _)| what == chart).expect("a chart").1;
        assert_eq!(spec.text.title, *title, "{tag} {chart}");
        let got: Vec<&str> = spec.bars.series.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(got, *legend, "{tag} {chart}");
        assert_eq!(spec.text.summary, *summary, "{tag} {chart}");
        assert_eq!(spec.text.notes, *notes, "{tag} {chart}");
        assert_eq!(spec.text.table[0][1], legend[0], "{tag} {chart}: the table's header");
    }
}

#[test]
fn subtitles_units_sources_and_category_notes_in_each_language() {
    let data = full();
    // (language, chart, subtitle, unit, source, first category's note, last category's label)
    let cases = [
        (
            "zh-CN",
            "places Country Money",
            "已披露的宣布投资额（美元），按东道国和环节划分；另有6个国家的工厂均未披露金额，未计入",
            "美元（宣布金额）",
            "各工厂的来源，见其详情",
            "9座工厂中7座披露了金额",
            "其他（32个国家）",
        ),
        (
            "pt-BR",
            "places Country Count",
            "Fábricas no exterior por país de destino e segmento",
            "fábricas",
            "as fontes de cada fábrica, em seus detalhes",
            "",
            "Outros (38 países)",
        ),
        (
            "pt-BR",
            "segments",
            "Investimento anunciado em fábricas no exterior, por ano do anúncio e segmento (US$); valor divulgado para 117 de 187 fábricas; 19 sem ano de anúncio ficam de fora",
            "US$ (anunciados)",
            "as fontes de cada fábrica, em seus detalhes; participação das baterias: greenergydaily.com",
            "2 de 2 fábricas com valor divulgado",
            "2025",
        ),
        (
            "zh-CN",
            "pipeline",
            "海外工厂，按环节和状态划分，以各工厂的最新来源为准",
            "工厂数（座）",
            "各工厂的来源，见其详情；建成率：greenergydaily.com",
            "共30座工厂",
            "零部件",
        ),
        (
            "pt-BR",
            "capacity Battery",
            "Capacidade anual de baterias declarada das fábricas no exterior, por região de destino: em operação, e anunciada ou em construção",
            "GWh por ano",
            "as fontes de cada fábrica, em seus detalhes",
            "11 de 13 fábricas declaram capacidade",
            "Leste da Ásia e Oceania",
        ),
        (
            "zh-CN",
            "capacity Vehicles",
            "海外工厂标明的年整车组装产能，按东道地区划分：已投产，以及已宣布或在建",
            "辆/年",
            "各工厂的来源，见其详情",
            "11座工厂中9座标明了产能",
            "东亚和大洋洲",
        ),
    ];
    for (tag, chart, subtitle, unit, source, note, last) in cases {
        let charts = every_chart(&data, &catalog(tag));
        let spec = &charts.iter().find(|(what, _)| what == chart).expect("a chart").1;
        let t = &spec.text;
        assert_eq!(
            (t.subtitle.as_str(), t.unit.as_str(), t.source.as_str()),
            (subtitle, unit, source),
            "{tag} {chart}"
        );
        let cats = &spec.bars.categories;
        assert_eq!(cats[0].note.as_deref().unwrap_or_default(), note, "{tag} {chart}");
        assert_eq!(cats[cats.len() - 1].label, last, "{tag} {chart}");
    }
    // The list of the places in "Others", joined as the language joins lists.
    let note = |tag: &str| {
        let spec = places::build(&data, &catalog(tag), Grouping::Country, Measure::Count, 10);
        spec.bars.categories.last().and_then(|c| c.note.clone()).unwrap_or_default()
    };
    let (zh, pt) = (note("zh-CN"), note("pt-BR"));
    assert!(zh.contains('、') && zh.ends_with("以及另外30个") && !zh.contains(", "), "{zh}");
    assert!(pt.contains(", ") && pt.ends_with(" e mais 30") && !pt.contains(" and "), "{pt}");
    // With nothing to show, each says why in its language.
    let cases = [
        ("zh-CN", "pipeline", "没有符合这些筛选条件的工厂。"),
        ("zh-CN", "segments", "这些工厂均未披露宣布的投资额。"),
        ("pt-BR", "places Region Money", "Nenhum investimento anunciado foi divulgado para estas fábricas."),
        ("pt-BR", "capacity Battery", "Nenhuma capacidade de baterias declarada para estas fábricas."),
        ("zh-CN", "capacity Vehicles", "这些工厂均未标明整车组装产能。"),
    ];
    for (tag, chart, want) in cases {
        let charts = every_chart(&Dataset::default(), &catalog(tag));
        let spec = &charts.iter().find(|(what, _)| what == chart).expect("a chart").1;
        assert_eq!(spec.text.summary, want, "{tag} {chart}");
    }
}

/// The words of the English messages the four charts say (their own section of en.ftl, the bar charts',
/// and the names of segments, statuses and regions): each message's text between its placeholders, where
/// it has three letters or more. None may be left in another language's charts.
fn english_words() -> Vec<String> {
    let sections: Vec<&str> = crate::i18n::EN
        .split("\n## ")
        .filter(|s| s.starts_with("The four charts of the full atlas") || s.starts_with("The bar charts' values"))
        .collect();
    assert_eq!(sections.len(), 2, "the charts' sections of en.ftl");
    let en = en();
    let names = ["segment-", "status-", "region-"];
    let ids: Vec<&str> = en
        .ids()
        .filter(|id| {
            names.iter().any(|n| id.starts_with(n)) || sections.iter().any(|s| s.contains(&format!("\n{id} = ")))
        })
        .collect();
    assert!(ids.len() > 90, "{} messages", ids.len());
    let mut words = Vec::new();
    for id in ids {
        // Without arguments, each placeholder is written `{$name}` (and a select takes its default).
        for part in en.text(id).split("{$") {
            let text = part.split_once('}').map_or(part, |(_, rest)| rest).trim_matches(|c: char| !c.is_alphabetic());
            if text.chars().filter(char::is_ascii_alphabetic).count() >= 3 {
                words.push(text.to_owned());
            }
        }
    }
    words
}

/// Where `needle` is in `hay` as whole words.
fn has_words(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back().is_none_or(|c| !c.is_alphabetic());
        let after = hay[i + needle.len()..].chars().next().is_none_or(|c| !c.is_alphabetic());
        before && after
    })
}

/// Words a language writes as English does.
const SAME: &[(&str, &str)] = &[("zh-CN", "GWh"), ("pt-BR", "GWh"), ("pt-BR", "Total")];

#[test]
fn no_english_is_left_in_chinese_or_portuguese() {
    let words = english_words();
    let (data, empty) = (full(), Dataset::default());
    let left = |w: &Catalog| -> Vec<String> {
        let foreign: Vec<&String> = words.iter().filter(|e| !SAME.contains(&(w.tag(), e.as_str()))).collect();
        let mut left = Vec::new();
        for d in [&data, &empty] {
            for (what, spec) in every_chart(d, w) {
                for text in said(&spec) {
                    left.extend(
                        foreign.iter().filter(|e| has_words(&text, e)).map(|e| format!("{what}: '{e}' in '{text}'")),
                    );
                }
            }
        }
        left
    };
    // The check finds English where there is English…
    let english = left(&en());
    for word in
        ["Where the money goes", "plants disclosed", "has the most", "Others", "in all", "Operational", "Battery cells"]
    {
        assert!(english.iter().any(|l| l.contains(&format!(": '{word}"))), "'{word}' not found in English");
    }
    // …and none in the other languages (country names stay English until the catalogs name them).
    for tag in ["zh-CN", "pt-BR"] {
        let left = left(&catalog(tag));
        assert!(left.is_empty(), "{tag}: {left:#?}");
    }
}

#[test]
fn labels_never_overlap_in_chinese_or_portuguese() {
    let data = full();
    for tag in ["zh-CN", "pt-BR"] {
        let w = catalog(tag);
        for (what, spec) in every_chart(&data, &w) {
            let what = format!("{tag} {what}");
            assert_eq!(assert_no_overlaps_in(&what, &spec.bars, &w, &[]), 0, "{what}");
            assert_eq!(assert_no_overlaps_in(&what, &spec.bars, &w, &[true]), 0, "{what}, the first series hidden");
        }
        for (what, spec) in every_chart(&Dataset::default(), &w) {
            assert_eq!(assert_no_overlaps_in(&format!("{tag} {what}, empty"), &spec.bars, &w, &[]), 18);
        }
        let top40 = places::build(&data, &w, Grouping::Country, Measure::Money, 40);
        assert_eq!(assert_no_overlaps_in(&format!("{tag} places, top 40"), &top40.bars, &w, &[]), 0);
    }
}
