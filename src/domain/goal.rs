//! Step 3, the agenda's goals (doelen): what the coalition wants to change, measured by a result
//! indicator — one from the catalogue (its values arrive with imported statistics) or the
//! coalition's own, with unit and direction — from a baseline to a target, with optional interim
//! targets on the way.

use super::catalogue::{Polarity, Theme};
use super::number::{NumberError, NumberStyle, edit_text, parse_number};
use super::validation::{FieldErrors, parse_year};

/// The result indicator of a goal.
#[derive(Debug, Clone, PartialEq)]
pub enum GoalIndicator {
    /// A catalogue indicator (`gezondheid:MoeiteMetRondkomen`) measured for one area or the
    /// programme's whole area (`area_union::PROGRAMME_AREA`), in one variant (an age group:
    /// `Leeftijd=80200;Marges=MW00000`; empty: the variant that sorts first, all adults).
    Catalogue { reference: String, title: String, area_code: String, variant: String },
    /// The coalition's own measure ("aantal actieve bewonersinitiatieven").
    Own { name: String, unit: String },
}

/// One interim target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Milestone {
    pub year: i64,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub id: i64,
    pub programme_id: i64,
    /// The first theme groups the goal on the agenda.
    pub themes: Vec<Theme>,
    pub title: String,
    pub description: String,
    pub indicator: GoalIndicator,
    pub polarity: Polarity,
    pub baseline: Option<f64>,
    /// The period the baseline speaks of ("2022").
    pub baseline_period: String,
    pub target: Option<f64>,
    pub target_year: Option<i64>,
    pub milestones: Vec<Milestone>,
    /// Order within its theme (lower first).
    pub position: i64,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl Goal {
    pub fn theme(&self) -> Theme {
        self.themes.first().copied().unwrap_or(Theme::Community)
    }

    pub fn indicator_name(&self) -> &str {
        match &self.indicator {
            GoalIndicator::Catalogue { title, .. } => title,
            GoalIndicator::Own { name, .. } => name,
        }
    }

    pub fn unit(&self) -> &str {
        match &self.indicator {
            GoalIndicator::Catalogue { .. } => "",
            GoalIndicator::Own { unit, .. } => unit,
        }
    }

    pub fn is_own(&self) -> bool {
        matches!(self.indicator, GoalIndicator::Own { .. })
    }

    pub fn themes_text(&self) -> String {
        self.themes.iter().map(|t| t.key()).collect::<Vec<_>>().join(",")
    }

    pub fn milestones_text(&self) -> String {
        milestones_text(&self.milestones)
    }
}

/// `2025: 60` lines, as the form shows them.
pub fn milestones_text(ms: &[Milestone]) -> String {
    ms.iter().map(|m| format!("{}: {}", m.year, number_text(m.value))).collect::<Vec<_>>().join("\n")
}

/// A number without needless decimals, as stored in snapshots, revisions and downloads: `60`,
/// `12.5` (forms write figures the page's way: `number::edit_text`).
pub fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") }
}

/// Goals by theme in agenda order: the themes in catalogue order, goals by position.
pub fn by_theme(goals: &[Goal]) -> Vec<(Theme, Vec<&Goal>)> {
    let mut out: Vec<(Theme, Vec<&Goal>)> = Vec::new();
    for t in Theme::ALL {
        let mut of: Vec<&Goal> = goals.iter().filter(|g| g.theme() == t).collect();
        of.sort_by_key(|g| (g.position, g.id));
        if !of.is_empty() {
            out.push((t, of));
        }
    }
    out
}

/// The themes a goal may have (not `context`, which describes and never judges).
pub fn goal_themes() -> impl Iterator<Item = Theme> {
    Theme::ALL.into_iter().filter(|t| *t != Theme::Context)
}

/// A catalogue indicator a goal may measure by.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorChoice {
    pub reference: String,
    pub title: String,
    pub polarity: Polarity,
    /// The variants (age groups) the indicator is published in, besides the first.
    pub variants: Vec<String>,
}

/// A goal ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewGoal {
    pub themes: Vec<Theme>,
    pub title: String,
    pub description: String,
    pub indicator: GoalIndicator,
    pub polarity: Polarity,
    pub baseline: Option<f64>,
    pub baseline_period: String,
    pub target: Option<f64>,
    pub target_year: Option<i64>,
    pub milestones: Vec<Milestone>,
    pub position: i64,
}

impl From<&Goal> for NewGoal {
    /// The goal as it stands, to change one thing of it.
    fn from(g: &Goal) -> NewGoal {
        NewGoal {
            themes: g.themes.clone(),
            title: g.title.clone(),
            description: g.description.clone(),
            indicator: g.indicator.clone(),
            polarity: g.polarity,
            baseline: g.baseline,
            baseline_period: g.baseline_period.clone(),
            target: g.target,
            target_year: g.target_year,
            milestones: g.milestones.clone(),
            position: g.position,
        }
    }
}

/// The goal form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalInput {
    pub themes: Vec<String>,
    pub title: String,
    pub description: String,
    /// `catalogus` or `eigen`.
    pub indicator_source: String,
    pub indicator: String,
    pub area: String,
    /// The variant (age group) of a catalogue indicator; empty: the first.
    pub variant: String,
    pub own_name: String,
    pub own_unit: String,
    pub polarity: String,
    pub baseline: String,
    pub baseline_period: String,
    pub target: String,
    pub target_year: String,
    pub milestones: String,
    pub position: String,
    pub version: String,
}

pub const MAX_TITLE: usize = 200;
pub const MAX_DESCRIPTION: usize = 5_000;

/// What the published figures of a catalogue goal's area say about its baseline.
#[derive(Debug, Clone, PartialEq)]
pub enum FigureBaseline {
    /// The baseline fields were empty: filled with the figure of `year`.
    Filled { year: i64, value: f64 },
    /// The person typed a baseline: it stands (a typed number is never replaced).
    Typed,
    /// The area has no published figure of the indicator at all.
    NoFigure,
    /// No figure in the year asked for; these years have one.
    NoFigureIn { year: i64, years: Vec<i64> },
}

impl GoalInput {
    /// Fill an empty baseline of a catalogue goal from the published figures of its area (`series`:
    /// year and value, as `catalogue_values` gives them): the year typed as period, or else the last
    /// year up to the programme's start (the first published year when all are later).
    pub fn baseline_from_figures(
        &mut self,
        series: &[(i64, f64)],
        start_year: i64,
        style: NumberStyle,
    ) -> FigureBaseline {
        if series.is_empty() {
            return FigureBaseline::NoFigure;
        }
        if !self.baseline.trim().is_empty() {
            return FigureBaseline::Typed;
        }
        let asked = self.baseline_period.trim();
        let found = if asked.is_empty() {
            series
                .iter()
                .filter(|(y, _)| *y <= start_year)
                .max_by_key(|(y, _)| *y)
                .or_else(|| series.iter().min_by_key(|(y, _)| *y))
        } else {
            match asked.parse::<i64>() {
                Ok(year) => match series.iter().find(|(y, _)| *y == year) {
                    Some(f) => Some(f),
                    None => {
                        return FigureBaseline::NoFigureIn { year, years: series.iter().map(|(y, _)| *y).collect() };
                    }
                },
                // A period that is not a year (2022-Q1, "najaar 2023"): the person fills in the figure.
                Err(_) => return FigureBaseline::Typed,
            }
        };
        let Some(&(year, value)) = found else { return FigureBaseline::NoFigure };
        self.baseline = edit_text(value, style);
        self.baseline_period = year.to_string();
        FigureBaseline::Filled { year, value }
    }
}

impl GoalInput {
    /// Read a submitted form; `themes` repeats.
    pub fn from_pairs(pairs: &[(String, String)]) -> GoalInput {
        let mut input = GoalInput::default();
        for (k, v) in pairs {
            let v = v.clone();
            match k.as_str() {
                "themes" => input.themes.push(v),
                "title" => input.title = v,
                "description" => input.description = v,
                "indicator_source" => input.indicator_source = v,
                "indicator" => input.indicator = v,
                "area" => input.area = v,
                "variant" => input.variant = v,
                "own_name" => input.own_name = v,
                "own_unit" => input.own_unit = v,
                "polarity" => input.polarity = v,
                "baseline" => input.baseline = v,
                "baseline_period" => input.baseline_period = v,
                "target" => input.target = v,
                "target_year" => input.target_year = v,
                "milestones" => input.milestones = v,
                "position" => input.position = v,
                "version" => input.version = v,
                _ => {}
            }
        }
        input
    }

    /// A new goal's form: a catalogue indicator of the programme's whole area.
    pub fn with_defaults(position: i64) -> GoalInput {
        GoalInput {
            indicator_source: "catalogus".into(),
            area: super::area_union::PROGRAMME_AREA.to_string(),
            polarity: Polarity::HigherIsBetter.key().into(),
            position: position.to_string(),
            ..GoalInput::default()
        }
    }

    /// The form of a stored goal, its figures written as the page's language writes them.
    pub fn from_goal(g: &Goal, style: NumberStyle) -> GoalInput {
        let num = |v: Option<f64>| v.map(|v| edit_text(v, style)).unwrap_or_default();
        let (source, indicator, area, variant, own_name, own_unit) = match &g.indicator {
            GoalIndicator::Catalogue { reference, area_code, variant, .. } => {
                ("catalogus", reference.clone(), area_code.clone(), variant.clone(), String::new(), String::new())
            }
            GoalIndicator::Own { name, unit } => {
                ("eigen", String::new(), String::new(), String::new(), name.clone(), unit.clone())
            }
        };
        GoalInput {
            themes: g.themes.iter().map(|t| t.key().to_string()).collect(),
            title: g.title.clone(),
            description: g.description.clone(),
            indicator_source: source.into(),
            indicator,
            area,
            variant,
            own_name,
            own_unit,
            polarity: g.polarity.key().into(),
            baseline: num(g.baseline),
            baseline_period: g.baseline_period.clone(),
            target: num(g.target),
            target_year: g.target_year.map(|y| y.to_string()).unwrap_or_default(),
            milestones: g
                .milestones
                .iter()
                .map(|m| format!("{}: {}", m.year, edit_text(m.value, style)))
                .collect::<Vec<_>>()
                .join("\n"),
            position: g.position.to_string(),
            version: g.version.to_string(),
        }
    }

    pub fn has_theme(&self, key: &str) -> bool {
        self.themes.iter().any(|t| t == key)
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    /// Validate against the catalogue indicators on offer and the programme's areas.
    pub fn parse(
        &self,
        choices: &[IndicatorChoice],
        areas: &[String],
        style: NumberStyle,
    ) -> Result<NewGoal, FieldErrors> {
        let mut e = FieldErrors::new();
        let themes: Vec<Theme> = goal_themes().filter(|t| self.has_theme(t.key())).collect();
        if themes.is_empty() {
            e.add("themes", "error-goal-themes");
        }
        let title = self.title.trim().to_string();
        if title.is_empty() {
            e.add("title", "error-required");
        } else if title.chars().count() > MAX_TITLE {
            e.add_with("title", "error-too-long", vec![("max", MAX_TITLE.to_string())]);
        }
        let description = self.description.trim().replace("\r\n", "\n");
        if description.chars().count() > MAX_DESCRIPTION {
            e.add_with("description", "error-too-long", vec![("max", MAX_DESCRIPTION.to_string())]);
        }
        let mut polarity = Polarity::from_key(self.polarity.trim());
        let indicator = match self.indicator_source.trim() {
            "catalogus" => {
                let choice = choices.iter().find(|c| c.reference == self.indicator.trim());
                if choice.is_none() {
                    e.add("indicator", "error-choose-from-list");
                }
                let area = self.area.trim();
                if area != super::area_union::PROGRAMME_AREA && !areas.iter().any(|a| a == area) {
                    e.add("area", "error-choose-from-list");
                }
                // A catalogue indicator brings its own direction.
                polarity = choice.map(|c| c.polarity).or(polarity);
                let variant = self.variant.trim();
                if !variant.is_empty() && choice.is_some_and(|c| !c.variants.iter().any(|v| v == variant)) {
                    e.add("variant", "error-choose-from-list");
                }
                GoalIndicator::Catalogue {
                    reference: choice.map(|c| c.reference.clone()).unwrap_or_default(),
                    title: choice.map(|c| c.title.clone()).unwrap_or_default(),
                    area_code: area.to_string(),
                    variant: variant.to_string(),
                }
            }
            "eigen" => {
                let name = self.own_name.trim().to_string();
                if name.is_empty() {
                    e.add("own_name", "error-required");
                } else if name.chars().count() > MAX_TITLE {
                    e.add_with("own_name", "error-too-long", vec![("max", MAX_TITLE.to_string())]);
                }
                let unit = self.own_unit.trim().to_string();
                if unit.is_empty() {
                    e.add("own_unit", "error-required");
                } else if unit.chars().count() > 40 {
                    e.add_with("own_unit", "error-too-long", vec![("max", "40".into())]);
                }
                if polarity.is_none() || polarity == Some(Polarity::Neutral) {
                    e.add("polarity", "error-goal-polarity");
                }
                GoalIndicator::Own { name, unit }
            }
            _ => {
                e.add("indicator_source", "error-choose-one");
                GoalIndicator::Own { name: String::new(), unit: String::new() }
            }
        };
        let optional_number = |raw: &str, field: &'static str, e: &mut FieldErrors| {
            if raw.trim().is_empty() {
                return None;
            }
            parse_number(raw, style).map_err(|k| k.add_to(e, field, false)).ok()
        };
        let baseline = optional_number(&self.baseline, "baseline", &mut e);
        let baseline_period = self.baseline_period.trim().to_string();
        if baseline.is_some() && baseline_period.is_empty() {
            e.add("baseline_period", "error-goal-baseline-period");
        } else if baseline_period.chars().count() > 40 {
            e.add_with("baseline_period", "error-too-long", vec![("max", "40".into())]);
        }
        let target = optional_number(&self.target, "target", &mut e);
        let target_year = if self.target_year.trim().is_empty() {
            None
        } else {
            parse_year(&self.target_year).map_err(|k| e.add("target_year", k)).ok()
        };
        if target.is_some() != target_year.is_some() && e.get("target").is_none() && e.get("target_year").is_none() {
            e.add(if target.is_none() { "target" } else { "target_year" }, "error-goal-target-pair");
        }
        let mut milestones = Vec::new();
        for line in self.milestones.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let Some((year, value)) = line.split_once([':', '=']) else {
                e.add_with("milestones", "error-goal-milestone", vec![("line", line.to_string())]);
                continue;
            };
            let year = parse_year(year).ok();
            // The value by the one number rule: a figure that reads two ways is asked about.
            let value = match parse_number(value, style) {
                Ok(v) => Some(v),
                Err(NumberError::Ambiguous { first, second }) => {
                    let args = vec![("line", line.to_string()), ("first", first), ("second", second)];
                    e.add_with("milestones", "error-goal-milestone-ambiguous", args);
                    continue;
                }
                Err(NumberError::OtherConvention { reading }) => {
                    let args = vec![("line", line.to_string()), ("reading", reading)];
                    e.add_with("milestones", "error-goal-milestone-convention", args);
                    continue;
                }
                Err(_) => None,
            };
            match year.zip(value).map(|(year, value)| Milestone { year, value }) {
                Some(m)
                    if target_year.is_none_or(|t| m.year < t)
                        && !milestones.iter().any(|x: &Milestone| x.year == m.year) =>
                {
                    milestones.push(m)
                }
                Some(_) => {
                    e.add_with("milestones", "error-goal-milestone-year", vec![("line", line.to_string())]);
                }
                None => e.add_with("milestones", "error-goal-milestone", vec![("line", line.to_string())]),
            }
        }
        milestones.sort_by_key(|m| m.year);
        let position = self.position.trim().parse::<i64>().unwrap_or(0).clamp(0, 9_999);
        e.into_result(|| NewGoal {
            themes,
            title,
            description,
            indicator,
            polarity: polarity.unwrap_or(Polarity::HigherIsBetter),
            baseline,
            baseline_period,
            target,
            target_year,
            milestones,
            position,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices() -> Vec<IndicatorChoice> {
        vec![IndicatorChoice {
            reference: "gezondheid:MoeiteMetRondkomen".into(),
            title: "Moeite met rondkomen".into(),
            polarity: Polarity::HigherIsWorse,
            variants: vec!["Leeftijd=20300;Marges=MW00000".into(), "Leeftijd=80200;Marges=MW00000".into()],
        }]
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_goal_on_a_catalogue_indicator_takes_its_direction_from_the_catalogue() {
        let input = GoalInput::from_pairs(&pairs(&[
            ("themes", "werk"),
            ("themes", "gezondheid"),
            ("title", " Minder huishoudens met geldzorgen "),
            ("indicator_source", "catalogus"),
            ("indicator", "gezondheid:MoeiteMetRondkomen"),
            ("area", "BU05990110"),
            ("polarity", "hoger-beter"),
            ("baseline", "31,5"),
            ("baseline_period", "2020"),
            ("target", "25"),
            ("target_year", "2030"),
            ("milestones", "2026: 29\n2028 = 27\n"),
        ]));
        let g = input.parse(&choices(), &["BU05990110".into()], NumberStyle::Dutch).unwrap();
        assert_eq!(g.themes, [Theme::Work, Theme::Health]);
        assert_eq!(g.title, "Minder huishoudens met geldzorgen");
        assert_eq!(g.polarity, Polarity::HigherIsWorse);
        assert_eq!(g.baseline, Some(31.5));
        assert_eq!(g.milestones, [Milestone { year: 2026, value: 29.0 }, Milestone { year: 2028, value: 27.0 }]);
        assert!(matches!(g.indicator, GoalIndicator::Catalogue { ref title, .. } if title == "Moeite met rondkomen"));
    }

    #[test]
    fn a_catalogue_goal_follows_an_age_group_the_indicator_has_on_the_programme_area_or_one_area() {
        let goal = |area: &str, variant: &str| {
            GoalInput::from_pairs(&pairs(&[
                ("themes", "werk"),
                ("title", "Minder ouderen met geldzorgen"),
                ("indicator_source", "catalogus"),
                ("indicator", "gezondheid:MoeiteMetRondkomen"),
                ("area", area),
                ("variant", variant),
            ]))
            .parse(&choices(), &["BU05990110".into()], NumberStyle::Dutch)
        };
        let g = goal("programma", "Leeftijd=80200;Marges=MW00000").unwrap();
        assert!(matches!(g.indicator, GoalIndicator::Catalogue { ref variant, ref area_code, .. }
            if variant == "Leeftijd=80200;Marges=MW00000" && area_code == "programma"));
        assert!(goal("BU05990110", "").is_ok(), "empty: the first variant");
        let e = goal("BU05990110", "Leeftijd=99999").unwrap_err();
        assert_eq!(e.get("variant").map(|m| m.key), Some("error-choose-from-list"));
        assert!(goal("BU05990999", "").is_err(), "an area outside the programme");
    }

    #[test]
    fn every_field_says_what_is_wrong() {
        let input = GoalInput::from_pairs(&pairs(&[
            ("indicator_source", "catalogus"),
            ("indicator", "kwb:Onbekend"),
            ("area", "BU99999999"),
            ("baseline", "veel"),
            ("target", "25"),
            ("milestones", "2026 29\n"),
        ]));
        let e = input.parse(&choices(), &["BU05990110".into()], NumberStyle::Dutch).unwrap_err();
        for (field, key) in [
            ("themes", "error-goal-themes"),
            ("title", "error-required"),
            ("indicator", "error-choose-from-list"),
            ("area", "error-choose-from-list"),
            ("baseline", "error-number"),
            ("target_year", "error-goal-target-pair"),
            ("milestones", "error-goal-milestone"),
        ] {
            assert_eq!(e.get(field).map(|x| x.key), Some(key), "{field}");
        }
    }

    #[test]
    fn an_own_indicator_needs_a_name_a_unit_and_a_direction() {
        let base = [("themes", "samenleven"), ("title", "Meer bewonersinitiatieven"), ("indicator_source", "eigen")];
        let e = GoalInput::from_pairs(&pairs(&[&base[..], &[("polarity", "neutraal")]].concat()))
            .parse(&[], &[], NumberStyle::Dutch)
            .unwrap_err();
        assert_eq!(e.get("own_name").unwrap().key, "error-required");
        assert_eq!(e.get("own_unit").unwrap().key, "error-required");
        assert_eq!(e.get("polarity").unwrap().key, "error-goal-polarity");
        let ok = GoalInput::from_pairs(&pairs(
            &[
                &base[..],
                &[
                    ("own_name", "Actieve initiatieven"),
                    ("own_unit", "aantal"),
                    ("polarity", "hoger-beter"),
                    ("target", "40"),
                    ("target_year", "2027"),
                    ("milestones", "2027: 30"),
                ],
            ]
            .concat(),
        ))
        .parse(&[], &[], NumberStyle::Dutch);
        assert_eq!(
            ok.unwrap_err().get("milestones").unwrap().key,
            "error-goal-milestone-year",
            "not at or after the target"
        );
    }

    #[test]
    fn a_goal_survives_a_round_trip_through_its_form() {
        let input = GoalInput::from_pairs(&pairs(&[
            ("themes", "samenleven"),
            ("title", "Meer bewonersinitiatieven"),
            ("indicator_source", "eigen"),
            ("own_name", "Actieve initiatieven"),
            ("own_unit", "aantal"),
            ("polarity", "hoger-beter"),
            ("baseline", "12"),
            ("baseline_period", "2024"),
            ("target", "40,5"),
            ("target_year", "2030"),
            ("milestones", "2027: 25"),
            ("position", "3"),
        ]));
        let n = input.parse(&[], &[], NumberStyle::Dutch).unwrap();
        let g = Goal {
            id: 1,
            programme_id: 1,
            themes: n.themes,
            title: n.title,
            description: n.description,
            indicator: n.indicator,
            polarity: n.polarity,
            baseline: n.baseline,
            baseline_period: n.baseline_period,
            target: n.target,
            target_year: n.target_year,
            milestones: n.milestones,
            position: n.position,
            version: 1,
            created_at: String::new(),
            updated_at: String::new(),
        };
        let back = GoalInput::from_goal(&g, NumberStyle::Dutch);
        assert_eq!(GoalInput { version: String::new(), ..back }, input);
    }

    #[test]
    fn an_empty_baseline_is_filled_from_the_published_figures_and_a_typed_one_stands() {
        let series = [(2012, 49.9), (2016, 45.9), (2020, 33.6)];
        let mut input = GoalInput::default();
        assert_eq!(
            input.baseline_from_figures(&series, 2024, NumberStyle::Dutch),
            FigureBaseline::Filled { year: 2020, value: 33.6 }
        );
        assert_eq!((input.baseline.as_str(), input.baseline_period.as_str()), ("33,6", "2020"));
        let mut early = GoalInput::default();
        early.baseline_from_figures(&series, 2010, NumberStyle::English);
        assert_eq!((early.baseline.as_str(), early.baseline_period.as_str()), ("49.9", "2012"), "all later: the first");
        let mut asked = GoalInput { baseline_period: "2016".into(), ..GoalInput::default() };
        asked.baseline_from_figures(&series, 2024, NumberStyle::Dutch);
        assert_eq!(asked.baseline, "45,9");
        let mut missing = GoalInput { baseline_period: "2018".into(), ..GoalInput::default() };
        assert_eq!(
            missing.baseline_from_figures(&series, 2024, NumberStyle::Dutch),
            FigureBaseline::NoFigureIn { year: 2018, years: vec![2012, 2016, 2020] }
        );
        let mut typed = GoalInput { baseline: "30".into(), baseline_period: "2022".into(), ..GoalInput::default() };
        assert_eq!(typed.baseline_from_figures(&series, 2024, NumberStyle::Dutch), FigureBaseline::Typed);
        assert_eq!(typed.baseline, "30");
        assert_eq!(GoalInput::default().baseline_from_figures(&[], 2024, NumberStyle::Dutch), FigureBaseline::NoFigure);
    }
}
