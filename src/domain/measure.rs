//! Step 3, the agenda's measures (maatregelen): what the parties do for the goals, who owns it and
//! who helps, its status, what each party promised in numbers (commitments) and how it is paid for
//! (budget lines per year and funding source, planned against spent). Measures are grouped in
//! execution plans (uitvoeringsprogramma's) over named periods.

use super::number::{NumberStyle, cents_edit_text, edit_text, parse_cents, parse_number};
use super::validation::{FieldErrors, iso, parse_date, parse_year};
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Idea,
    Planned,
    Running,
    Done,
    Stopped,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::Idea, Status::Planned, Status::Running, Status::Done, Status::Stopped];

    pub fn key(self) -> &'static str {
        match self {
            Status::Idea => "idee",
            Status::Planned => "gepland",
            Status::Running => "lopend",
            Status::Done => "afgerond",
            Status::Stopped => "gestopt",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Who pays, as a category (the funding party, when known, is a coalition party).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    Municipality,
    Housing,
    HealthInsurer,
    State,
    Province,
    Fund,
    /// The residents' wijkbudget: a proposal residents chose (`domain::wijkbudget`).
    Wijkbudget,
    Other,
}

impl Source {
    pub const ALL: [Source; 8] = [
        Source::Municipality,
        Source::Housing,
        Source::HealthInsurer,
        Source::State,
        Source::Province,
        Source::Fund,
        Source::Wijkbudget,
        Source::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Source::Municipality => "gemeente",
            Source::Housing => "corporatie",
            Source::HealthInsurer => "zorgverzekeraar",
            Source::State => "rijk",
            Source::Province => "provincie",
            Source::Fund => "fonds",
            Source::Wijkbudget => "wijkbudget",
            Source::Other => "overig",
        }
    }

    pub fn from_key(key: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What the money is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CostKind {
    /// Carrying out the measure.
    Execution,
    /// Process: coordination, participation, communication.
    Process,
    /// People's time.
    Staff,
}

impl CostKind {
    pub const ALL: [CostKind; 3] = [CostKind::Execution, CostKind::Process, CostKind::Staff];

    pub fn key(self) -> &'static str {
        match self {
            CostKind::Execution => "uitvoering",
            CostKind::Process => "proces",
            CostKind::Staff => "menskracht",
        }
    }

    pub fn from_key(key: &str) -> Option<CostKind> {
        CostKind::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What a party promised in numbers, and what it has delivered so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Commitment {
    pub id: i64,
    pub party_id: i64,
    pub party: String,
    /// What is promised: "werkervaringsplaatsen".
    pub what: String,
    pub promised: f64,
    pub delivered: f64,
    pub due_year: Option<i64>,
}

impl Commitment {
    /// Delivered as a share of promised, 0–100 (more than promised shows as 100).
    pub fn percent(&self) -> i64 {
        if self.promised <= 0.0 {
            0
        } else {
            ((self.delivered / self.promised) * 100.0).round().clamp(0.0, 100.0) as i64
        }
    }
}

/// Money for a measure in one year from one source.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLine {
    pub id: i64,
    pub year: i64,
    pub planned_cents: i64,
    pub spent_cents: i64,
    pub source: Source,
    /// The coalition party that pays, when it is one.
    pub funder: Option<(i64, String)>,
    pub kind: CostKind,
    pub note: String,
}

/// Results-based accountability: the three questions asked of every measure, each answered with
/// its own figures. Only the third says whether anyone is better off; the first two are effort.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultKind {
    /// How much did we do? (reached, delivered: "120 huishoudens bereikt")
    HowMuch,
    /// How well did we do it? ("87% tevreden", "gemiddeld 3 weken wachttijd")
    HowWell,
    /// Is anyone better off? ("40 huishoudens schuldenvrij")
    BetterOff,
}

impl ResultKind {
    pub const ALL: [ResultKind; 3] = [ResultKind::HowMuch, ResultKind::HowWell, ResultKind::BetterOff];

    pub fn key(self) -> &'static str {
        match self {
            ResultKind::HowMuch => "hoeveel",
            ResultKind::HowWell => "hoe-goed",
            ResultKind::BetterOff => "beter-af",
        }
    }

    pub fn from_key(key: &str) -> Option<ResultKind> {
        ResultKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// The kinds of lines a measure carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Commitment,
    Budget,
    Result,
}

/// One figure of a measure's results in a year.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureResult {
    pub id: i64,
    pub year: i64,
    pub kind: ResultKind,
    /// What was counted: "huishoudens met een keukentafelgesprek".
    pub label: String,
    pub value: f64,
    /// "aantal", "%", "weken".
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub id: i64,
    pub programme_id: i64,
    pub title: String,
    pub description: String,
    /// Linked goals, by id.
    pub goal_ids: Vec<i64>,
    pub owner: Option<(i64, String)>,
    pub partners: Vec<(i64, String)>,
    pub starts_on: String,
    /// Empty when open-ended.
    pub ends_on: String,
    pub status: Status,
    pub status_reason: String,
    pub plan: Option<(i64, String)>,
    pub commitments: Vec<Commitment>,
    pub budget: Vec<BudgetLine>,
    /// Results per year, by question (how much, how well, better off).
    pub results: Vec<MeasureResult>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl Measure {
    /// The results that answer one question, newest year first.
    pub fn results_of(&self, kind: ResultKind) -> Vec<&MeasureResult> {
        let mut found: Vec<&MeasureResult> = self.results.iter().filter(|r| r.kind == kind).collect();
        found.sort_by(|a, b| b.year.cmp(&a.year).then(a.label.cmp(&b.label)));
        found
    }

    /// The latest year's results, one list per question (how much, how well, better off).
    pub fn results_in(&self, year: i64) -> [Vec<&MeasureResult>; 3] {
        ResultKind::ALL.map(|k| self.results.iter().filter(|r| r.kind == k && r.year == year).collect())
    }

    pub fn owner_id(&self) -> Option<i64> {
        self.owner.as_ref().map(|o| o.0)
    }

    /// May an account acting for `parties` change this measure? Its owning party may.
    pub fn owned_by_any(&self, parties: &[i64]) -> bool {
        self.owner_id().is_some_and(|o| parties.contains(&o))
    }

    pub fn involves(&self, party_id: i64) -> bool {
        self.owner_id() == Some(party_id) || self.partners.iter().any(|p| p.0 == party_id)
    }

    pub fn planned_cents(&self) -> i64 {
        self.budget.iter().map(|b| b.planned_cents).sum()
    }

    pub fn spent_cents(&self) -> i64 {
        self.budget.iter().map(|b| b.spent_cents).sum()
    }
}

/// An execution plan: a named period grouping measures ("Uitvoeringsprogramma 2024–2027").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub id: i64,
    pub programme_id: i64,
    pub name: String,
    pub starts_year: i64,
    pub ends_year: i64,
    pub description: String,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewMeasure {
    pub title: String,
    pub description: String,
    pub goal_ids: Vec<i64>,
    pub owner_id: i64,
    pub partner_ids: Vec<i64>,
    pub starts_on: String,
    pub ends_on: String,
    pub status: Status,
    pub status_reason: String,
    pub plan_id: Option<i64>,
}

/// The measure form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeasureInput {
    pub title: String,
    pub description: String,
    pub goals: Vec<String>,
    pub owner: String,
    pub partners: Vec<String>,
    pub starts_on: String,
    pub ends_on: String,
    pub status: String,
    pub status_reason: String,
    pub plan: String,
    pub version: String,
}

pub const MAX_TITLE: usize = 200;
pub const MAX_TEXT: usize = 5_000;

fn text(e: &mut FieldErrors, field: &'static str, raw: &str, max: usize, required: bool) -> String {
    let v = raw.trim().replace("\r\n", "\n");
    if v.is_empty() && required {
        e.add(field, "error-required");
    } else if v.chars().count() > max {
        e.add_with(field, "error-too-long", vec![("max", max.to_string())]);
    }
    v
}

fn pick(raw: &str, offered: &[i64]) -> Option<i64> {
    raw.trim().parse::<i64>().ok().filter(|id| offered.contains(id))
}

impl MeasureInput {
    pub fn from_pairs(pairs: &[(String, String)]) -> MeasureInput {
        let mut input = MeasureInput::default();
        for (k, v) in pairs {
            let v = v.clone();
            match k.as_str() {
                "title" => input.title = v,
                "description" => input.description = v,
                "goals" => input.goals.push(v),
                "owner" => input.owner = v,
                "partners" => input.partners.push(v),
                "starts_on" => input.starts_on = v,
                "ends_on" => input.ends_on = v,
                "status" => input.status = v,
                "status_reason" => input.status_reason = v,
                "plan" => input.plan = v,
                "version" => input.version = v,
                _ => {}
            }
        }
        input
    }

    pub fn with_defaults(today: Date, owner: Option<i64>, goal: Option<i64>) -> MeasureInput {
        MeasureInput {
            starts_on: iso(today),
            status: Status::Planned.key().into(),
            owner: owner.map(|o| o.to_string()).unwrap_or_default(),
            goals: goal.map(|g| vec![g.to_string()]).unwrap_or_default(),
            ..MeasureInput::default()
        }
    }

    pub fn from_measure(m: &Measure) -> MeasureInput {
        MeasureInput {
            title: m.title.clone(),
            description: m.description.clone(),
            goals: m.goal_ids.iter().map(|g| g.to_string()).collect(),
            owner: m.owner_id().map(|o| o.to_string()).unwrap_or_default(),
            partners: m.partners.iter().map(|p| p.0.to_string()).collect(),
            starts_on: m.starts_on.clone(),
            ends_on: m.ends_on.clone(),
            status: m.status.key().into(),
            status_reason: m.status_reason.clone(),
            plan: m.plan.as_ref().map(|p| p.0.to_string()).unwrap_or_default(),
            version: m.version.to_string(),
        }
    }

    pub fn has_goal(&self, id: &i64) -> bool {
        self.goals.iter().any(|g| g.trim() == id.to_string())
    }

    pub fn has_partner(&self, id: &i64) -> bool {
        self.partners.iter().any(|g| g.trim() == id.to_string())
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    /// Validate against the programme's goals, parties and plans.
    pub fn parse(&self, goals: &[i64], parties: &[i64], plans: &[i64]) -> Result<NewMeasure, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = text(&mut e, "title", &self.title, MAX_TITLE, true);
        let description = text(&mut e, "description", &self.description, MAX_TEXT, false);
        let mut goal_ids = Vec::new();
        for g in &self.goals {
            match pick(g, goals) {
                Some(id) if !goal_ids.contains(&id) => goal_ids.push(id),
                Some(_) => {}
                None => e.add("goals", "error-choose-from-list"),
            }
        }
        let owner_id = pick(&self.owner, parties);
        if owner_id.is_none() {
            e.add("owner", if self.owner.trim().is_empty() { "error-measure-owner" } else { "error-choose-from-list" });
        }
        let mut partner_ids = Vec::new();
        for p in &self.partners {
            match pick(p, parties) {
                Some(id) if Some(id) != owner_id && !partner_ids.contains(&id) => partner_ids.push(id),
                Some(_) => {}
                None => e.add("partners", "error-choose-from-list"),
            }
        }
        let starts = parse_date(&self.starts_on).map_err(|k| e.add("starts_on", k)).ok();
        let ends = if self.ends_on.trim().is_empty() {
            None
        } else {
            match parse_date(&self.ends_on) {
                Ok(d) if starts.is_some_and(|s| d < s) => {
                    e.add("ends_on", "error-measure-ends-before");
                    None
                }
                Ok(d) => Some(d),
                Err(k) => {
                    e.add("ends_on", k);
                    None
                }
            }
        };
        let status = Status::from_key(self.status.trim());
        if status.is_none() {
            e.add("status", "error-choose-one");
        }
        let status_reason = text(&mut e, "status_reason", &self.status_reason, 1_000, status == Some(Status::Stopped));
        let plan_id = if self.plan.trim().is_empty() {
            None
        } else {
            let p = pick(&self.plan, plans);
            if p.is_none() {
                e.add("plan", "error-choose-from-list");
            }
            p
        };
        e.into_result(|| NewMeasure {
            title,
            description,
            goal_ids,
            owner_id: owner_id.unwrap_or_default(),
            partner_ids,
            starts_on: starts.map(iso).unwrap_or_default(),
            ends_on: ends.map(iso).unwrap_or_default(),
            status: status.unwrap_or(Status::Idea),
            status_reason,
            plan_id,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewResult {
    pub year: i64,
    pub kind: ResultKind,
    pub label: String,
    pub value: f64,
    pub unit: String,
}

/// The result form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ResultInput {
    pub year: String,
    pub kind: String,
    pub label: String,
    pub value: String,
    pub unit: String,
    pub version: String,
}

impl ResultInput {
    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    /// The form of a stored result, its figure written as the page's language writes it.
    pub fn from_result(r: &MeasureResult, version: i64, style: NumberStyle) -> ResultInput {
        ResultInput {
            year: r.year.to_string(),
            kind: r.kind.key().into(),
            label: r.label.clone(),
            value: edit_text(r.value, style),
            unit: r.unit.clone(),
            version: version.to_string(),
        }
    }

    /// Checks the form; a result cannot be of a year after `this_year`.
    pub fn parse(&self, this_year: i64, style: NumberStyle) -> Result<NewResult, FieldErrors> {
        let mut e = FieldErrors::new();
        let year = match parse_year(&self.year) {
            Ok(y) if y > this_year => {
                e.add("year", "error-year-future");
                y
            }
            Ok(y) => y,
            Err(k) => {
                e.add("year", k);
                0
            }
        };
        let kind = ResultKind::from_key(self.kind.trim());
        if kind.is_none() {
            e.add("kind", "error-choose-from-list");
        }
        let label = text(&mut e, "label", &self.label, MAX_TITLE, true);
        let value = parse_number(&self.value, style).map_err(|k| k.add_to(&mut e, "value", false)).unwrap_or(0.0);
        let unit = text(&mut e, "unit", &self.unit, 40, true);
        e.into_result(|| NewResult { year, kind: kind.unwrap_or(ResultKind::HowMuch), label, value, unit })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewCommitment {
    pub party_id: i64,
    pub what: String,
    pub promised: f64,
    pub delivered: f64,
    pub due_year: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct CommitmentInput {
    pub party: String,
    pub what: String,
    pub promised: String,
    pub delivered: String,
    pub due_year: String,
    pub version: String,
}

impl CommitmentInput {
    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    /// The form of a stored commitment, its figures written as the page's language writes them.
    pub fn from_commitment(c: &Commitment, version: i64, style: NumberStyle) -> CommitmentInput {
        CommitmentInput {
            party: c.party_id.to_string(),
            what: c.what.clone(),
            promised: edit_text(c.promised, style),
            delivered: edit_text(c.delivered, style),
            due_year: c.due_year.map(|y| y.to_string()).unwrap_or_default(),
            version: version.to_string(),
        }
    }

    pub fn parse(&self, parties: &[i64], style: NumberStyle) -> Result<NewCommitment, FieldErrors> {
        let mut e = FieldErrors::new();
        let party_id = pick(&self.party, parties);
        if party_id.is_none() {
            e.add("party", "error-choose-from-list");
        }
        let what = text(&mut e, "what", &self.what, MAX_TITLE, true);
        let promised = match parse_number(&self.promised, style) {
            Ok(v) if v > 0.0 => v,
            Ok(_) => {
                e.add("promised", "error-positive");
                0.0
            }
            Err(k) => {
                k.add_to(&mut e, "promised", false);
                0.0
            }
        };
        let delivered = if self.delivered.trim().is_empty() {
            0.0
        } else {
            match parse_number(&self.delivered, style) {
                Ok(v) if v >= 0.0 => v,
                Ok(_) => {
                    e.add("delivered", "error-positive");
                    0.0
                }
                Err(k) => {
                    k.add_to(&mut e, "delivered", false);
                    0.0
                }
            }
        };
        let due_year = if self.due_year.trim().is_empty() {
            None
        } else {
            parse_year(&self.due_year).map_err(|k| e.add("due_year", k)).ok()
        };
        e.into_result(|| NewCommitment { party_id: party_id.unwrap_or_default(), what, promised, delivered, due_year })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewBudgetLine {
    pub year: i64,
    pub planned_cents: i64,
    pub spent_cents: i64,
    pub source: Source,
    pub funder_id: Option<i64>,
    pub kind: CostKind,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct BudgetInput {
    pub year: String,
    pub planned: String,
    pub spent: String,
    pub funding_source: String,
    pub funder: String,
    pub cost_kind: String,
    pub note: String,
    pub version: String,
}

impl BudgetInput {
    pub fn with_defaults(year: i64) -> BudgetInput {
        BudgetInput {
            year: year.to_string(),
            funding_source: Source::Municipality.key().into(),
            cost_kind: CostKind::Execution.key().into(),
            ..BudgetInput::default()
        }
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    /// The form of a stored budget line, its amounts written as the page's language writes them.
    pub fn from_line(b: &BudgetLine, version: i64, style: NumberStyle) -> BudgetInput {
        BudgetInput {
            year: b.year.to_string(),
            planned: cents_edit_text(b.planned_cents, style),
            spent: cents_edit_text(b.spent_cents, style),
            funding_source: b.source.key().into(),
            funder: b.funder.as_ref().map(|f| f.0.to_string()).unwrap_or_default(),
            cost_kind: b.kind.key().into(),
            note: b.note.clone(),
            version: version.to_string(),
        }
    }

    pub fn parse(&self, parties: &[i64], style: NumberStyle) -> Result<NewBudgetLine, FieldErrors> {
        let mut e = FieldErrors::new();
        let year = parse_year(&self.year).map_err(|k| e.add("year", k)).ok();
        let euros = |raw: &str, field: &'static str, e: &mut FieldErrors, required: bool| -> i64 {
            if raw.trim().is_empty() && !required {
                return 0;
            }
            match parse_cents(raw, style) {
                Ok(c) if c >= 0 => c,
                Ok(_) => {
                    e.add(field, "error-positive");
                    0
                }
                Err(k) => {
                    k.add_to(e, field, true);
                    0
                }
            }
        };
        let planned_cents = euros(&self.planned, "planned", &mut e, true);
        let spent_cents = euros(&self.spent, "spent", &mut e, false);
        let source = Source::from_key(self.funding_source.trim());
        if source.is_none() {
            e.add("funding_source", "error-choose-one");
        }
        let funder_id = if self.funder.trim().is_empty() {
            None
        } else {
            let f = pick(&self.funder, parties);
            if f.is_none() {
                e.add("funder", "error-choose-from-list");
            }
            f
        };
        let kind = CostKind::from_key(self.cost_kind.trim());
        if kind.is_none() {
            e.add("cost_kind", "error-choose-one");
        }
        let note = text(&mut e, "note", &self.note, 500, false);
        e.into_result(|| NewBudgetLine {
            year: year.unwrap_or_default(),
            planned_cents,
            spent_cents,
            source: source.unwrap_or(Source::Other),
            funder_id,
            kind: kind.unwrap_or(CostKind::Execution),
            note,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPlan {
    pub name: String,
    pub starts_year: i64,
    pub ends_year: i64,
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct PlanInput {
    pub name: String,
    pub starts_year: String,
    pub ends_year: String,
    pub description: String,
    pub version: String,
}

impl PlanInput {
    pub fn from_plan(p: &Plan) -> PlanInput {
        PlanInput {
            name: p.name.clone(),
            starts_year: p.starts_year.to_string(),
            ends_year: p.ends_year.to_string(),
            description: p.description.clone(),
            version: p.version.to_string(),
        }
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    pub fn parse(&self) -> Result<NewPlan, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = text(&mut e, "name", &self.name, MAX_TITLE, true);
        let starts = parse_year(&self.starts_year).map_err(|k| e.add("starts_year", k)).ok();
        let ends = parse_year(&self.ends_year).map_err(|k| e.add("ends_year", k)).ok();
        if let (Some(s), Some(t)) = (starts, ends)
            && t < s
        {
            e.add("ends_year", "error-plan-ends-before");
        }
        let description = text(&mut e, "description", &self.description, MAX_TEXT, false);
        e.into_result(|| NewPlan {
            name,
            starts_year: starts.unwrap_or_default(),
            ends_year: ends.unwrap_or_default(),
            description,
        })
    }
}

/// Planned and spent money of one group in an overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sum {
    /// What the group is: a party's name, a source key, a year, a theme key.
    pub label: String,
    pub planned_cents: i64,
    pub spent_cents: i64,
}

impl Sum {
    /// Spent as a share of planned, 0–100+.
    pub fn percent(&self) -> i64 {
        if self.planned_cents <= 0 { 0 } else { (self.spent_cents * 100 + self.planned_cents / 2) / self.planned_cents }
    }
}

/// The financing of a programme's measures, grouped four ways. Every budget line lands in exactly
/// one group of each grouping, so each grouping adds up to the same total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finance {
    pub by_party: Vec<Sum>,
    pub by_source: Vec<Sum>,
    pub by_year: Vec<Sum>,
    pub by_theme: Vec<Sum>,
    pub total: Sum,
}

/// The theme a measure's money counts under: the first theme of its first goal, `""` for a measure
/// without goals. `theme_of_goal` looks a goal's first theme up by id.
pub fn money_theme(m: &Measure, theme_of_goal: impl Fn(i64) -> Option<super::catalogue::Theme>) -> String {
    m.goal_ids.first().and_then(|g| theme_of_goal(*g)).map(|t| t.key().to_string()).unwrap_or_default()
}

/// Group the budget lines of `measures`. `theme_of` names the theme a measure counts under (the
/// first theme of its first goal, `""` for a measure without goals); lines without a funding party
/// count under `""`.
pub fn finance(measures: &[Measure], theme_of: impl Fn(&Measure) -> String) -> Finance {
    fn add(groups: &mut Vec<Sum>, label: String, b: &BudgetLine) {
        match groups.iter_mut().find(|g| g.label == label) {
            Some(g) => {
                g.planned_cents += b.planned_cents;
                g.spent_cents += b.spent_cents;
            }
            None => groups.push(Sum { label, planned_cents: b.planned_cents, spent_cents: b.spent_cents }),
        }
    }
    let mut f = Finance {
        by_party: Vec::new(),
        by_source: Vec::new(),
        by_year: Vec::new(),
        by_theme: Vec::new(),
        total: Sum { label: String::new(), planned_cents: 0, spent_cents: 0 },
    };
    for m in measures {
        let theme = theme_of(m);
        for b in &m.budget {
            add(&mut f.by_party, b.funder.as_ref().map(|x| x.1.clone()).unwrap_or_default(), b);
            add(&mut f.by_source, b.source.key().to_string(), b);
            add(&mut f.by_year, b.year.to_string(), b);
            add(&mut f.by_theme, theme.clone(), b);
            f.total.planned_cents += b.planned_cents;
            f.total.spent_cents += b.spent_cents;
        }
    }
    // Largest first for parties; sources in their fixed order; years in order; themes largest first.
    let unnamed_last = |a: &Sum, b: &Sum| {
        a.label
            .is_empty()
            .cmp(&b.label.is_empty())
            .then(b.planned_cents.cmp(&a.planned_cents))
            .then(a.label.cmp(&b.label))
    };
    f.by_party.sort_by(unnamed_last);
    f.by_theme.sort_by(unnamed_last);
    f.by_source.sort_by_key(|s| Source::from_key(&s.label));
    f.by_year.sort_by(|a, b| a.label.cmp(&b.label));
    f
}

/// One cell of the "wie doet wat" matrix: the measures a party owns and helps with for one goal.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cell {
    pub owned: Vec<(i64, String)>,
    pub partner: Vec<(i64, String)>,
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        self.owned.is_empty() && self.partner.is_empty()
    }
}

/// Parties × goals: per party (in the order given) one cell per goal (in the order given), plus a
/// last cell for measures without a goal.
pub fn matrix(parties: &[(i64, String)], goals: &[i64], measures: &[Measure]) -> Vec<Vec<Cell>> {
    parties
        .iter()
        .map(|(party, _)| {
            let mut row: Vec<Cell> = vec![Cell::default(); goals.len() + 1];
            for m in measures.iter().filter(|m| m.involves(*party)) {
                let entry = (m.id, m.title.clone());
                let owned = m.owner_id() == Some(*party);
                let mut columns: Vec<usize> =
                    m.goal_ids.iter().filter_map(|g| goals.iter().position(|x| x == g)).collect();
                if columns.is_empty() {
                    columns.push(goals.len());
                }
                for c in columns {
                    if owned { row[c].owned.push(entry.clone()) } else { row[c].partner.push(entry.clone()) }
                }
            }
            row
        })
        .collect()
}

/// Current parties without any measure (as owner or partner): the coalition page's signal.
pub fn parties_without_measure<'a>(current: &[(i64, &'a str)], measures: &[Measure]) -> Vec<&'a str> {
    current.iter().filter(|(id, _)| !measures.iter().any(|m| m.involves(*id))).map(|(_, n)| *n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn line(year: i64, planned: i64, spent: i64, source: Source, funder: Option<(i64, &str)>) -> BudgetLine {
        BudgetLine {
            id: 0,
            year,
            planned_cents: planned,
            spent_cents: spent,
            source,
            funder: funder.map(|(i, n)| (i, n.to_string())),
            kind: CostKind::Execution,
            note: String::new(),
        }
    }

    fn measure(id: i64, owner: i64, partners: &[i64], goals: &[i64], budget: Vec<BudgetLine>) -> Measure {
        Measure {
            id,
            programme_id: 1,
            title: format!("M{id}"),
            description: String::new(),
            goal_ids: goals.to_vec(),
            owner: Some((owner, format!("P{owner}"))),
            partners: partners.iter().map(|p| (*p, format!("P{p}"))).collect(),
            starts_on: "2025-01-01".into(),
            ends_on: String::new(),
            status: Status::Running,
            status_reason: String::new(),
            plan: None,
            commitments: Vec::new(),
            budget,
            results: Vec::new(),
            version: 1,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn a_measure_needs_a_title_an_owner_and_a_reason_to_stop() {
        let input = MeasureInput::from_pairs(&pairs(&[
            ("title", ""),
            ("goals", "99"),
            ("partners", "2"),
            ("starts_on", "01-03-2025"),
            ("ends_on", "2024-12-31"),
            ("status", "gestopt"),
            ("plan", "7"),
        ]));
        let e = input.parse(&[1], &[1, 2], &[3]).unwrap_err();
        for (field, key) in [
            ("title", "error-required"),
            ("goals", "error-choose-from-list"),
            ("owner", "error-measure-owner"),
            ("ends_on", "error-measure-ends-before"),
            ("status_reason", "error-required"),
            ("plan", "error-choose-from-list"),
        ] {
            assert_eq!(e.get(field).map(|x| x.key), Some(key), "{field}");
        }
        let ok = MeasureInput::from_pairs(&pairs(&[
            ("title", "Werkgeversnetwerk Zuid"),
            ("goals", "1"),
            ("owner", "1"),
            ("partners", "1"),
            ("partners", "2"),
            ("partners", "2"),
            ("starts_on", "01-03-2025"),
            ("status", "lopend"),
        ]))
        .parse(&[1], &[1, 2], &[])
        .unwrap();
        assert_eq!(ok.partner_ids, [2], "the owner is not also a partner; doubles kept once");
        assert_eq!(ok.starts_on, "2025-03-01");
        let _ = MeasureInput::with_defaults(date!(2026 - 01 - 01), Some(1), None);
    }

    #[test]
    fn commitments_and_budget_lines_are_numbers_in_range() {
        let e =
            CommitmentInput { party: "9".into(), promised: "0".into(), delivered: "-1".into(), ..Default::default() }
                .parse(&[1], NumberStyle::Dutch)
                .unwrap_err();
        assert_eq!(e.get("party").unwrap().key, "error-choose-from-list");
        assert_eq!(e.get("what").unwrap().key, "error-required");
        assert_eq!(e.get("promised").unwrap().key, "error-positive");
        assert_eq!(e.get("delivered").unwrap().key, "error-positive");
        let c = CommitmentInput {
            party: "1".into(),
            what: "werkervaringsplaatsen".into(),
            promised: "250".into(),
            delivered: "120".into(),
            due_year: "2026".into(),
            version: "1".into(),
        }
        .parse(&[1], NumberStyle::Dutch)
        .unwrap();
        assert_eq!((c.promised, c.delivered, c.due_year), (250.0, 120.0, Some(2026)));
        let e = BudgetInput {
            year: "19".into(),
            planned: "veel".into(),
            funding_source: "bank".into(),
            ..Default::default()
        }
        .parse(&[], NumberStyle::Dutch)
        .unwrap_err();
        for field in ["year", "planned", "funding_source", "cost_kind"] {
            assert!(e.get(field).is_some(), "{field}");
        }
        let b = BudgetInput { planned: "12.500".into(), spent: "3.000,50".into(), ..BudgetInput::with_defaults(2025) }
            .parse(&[], NumberStyle::Dutch)
            .unwrap();
        assert_eq!((b.planned_cents, b.spent_cents, b.funder_id), (1_250_000, 300_050, None));
    }

    #[test]
    fn every_overview_adds_up_to_the_same_total() {
        let measures = vec![
            measure(
                1,
                1,
                &[],
                &[10],
                vec![
                    line(2025, 100_000, 80_000, Source::Municipality, Some((1, "Gemeente"))),
                    line(2026, 150_000, 0, Source::State, None),
                ],
            ),
            measure(2, 2, &[1], &[11], vec![line(2025, 40_000, 45_000, Source::Housing, Some((2, "Woonstad")))]),
            measure(3, 2, &[], &[], vec![line(2026, 10_001, 7, Source::Municipality, Some((1, "Gemeente")))]),
        ];
        let theme = |m: &Measure| match m.goal_ids.first() {
            Some(10) => "werk".to_string(),
            Some(_) => "wonen".to_string(),
            None => String::new(),
        };
        let f = finance(&measures, theme);
        assert_eq!((f.total.planned_cents, f.total.spent_cents), (300_001, 125_007));
        for (name, groups) in
            [("party", &f.by_party), ("source", &f.by_source), ("year", &f.by_year), ("theme", &f.by_theme)]
        {
            let planned: i64 = groups.iter().map(|g| g.planned_cents).sum();
            let spent: i64 = groups.iter().map(|g| g.spent_cents).sum();
            assert_eq!((planned, spent), (f.total.planned_cents, f.total.spent_cents), "{name}");
        }
        assert_eq!(f.by_party.last().unwrap().label, "", "lines without a funding party come last");
        assert_eq!(f.by_year.iter().map(|y| y.label.as_str()).collect::<Vec<_>>(), ["2025", "2026"]);
        assert_eq!(f.by_source.first().unwrap().label, "gemeente");
        assert_eq!(f.by_source[0].planned_cents, 110_001);
        assert_eq!(f.by_party[0].percent(), 73, "80,007 of 110,001");
    }

    #[test]
    fn the_matrix_shows_who_owns_and_who_helps_per_goal() {
        let measures = vec![measure(1, 1, &[2], &[10, 11], vec![]), measure(2, 2, &[], &[], vec![])];
        let parties = [(1, "Gemeente".to_string()), (2, "Woonstad".to_string()), (3, "Politie".to_string())];
        let m = matrix(&parties, &[10, 11], &measures);
        assert_eq!(m[0][0].owned, [(1, "M1".to_string())]);
        assert_eq!(m[0][1].owned, [(1, "M1".to_string())]);
        assert_eq!(m[1][0].partner, [(1, "M1".to_string())]);
        assert_eq!(m[1][2].owned, [(2, "M2".to_string())], "a measure without a goal sits in the last column");
        assert!(m[2].iter().all(Cell::is_empty));
        assert_eq!(parties_without_measure(&[(1, "Gemeente"), (3, "Politie")], &measures), ["Politie"]);
        assert!(measures[0].owned_by_any(&[1]) && !measures[0].owned_by_any(&[2]));
    }

    #[test]
    fn a_plan_ends_after_it_starts() {
        let e =
            PlanInput { name: "UP".into(), starts_year: "2027".into(), ends_year: "2024".into(), ..Default::default() }
                .parse()
                .unwrap_err();
        assert_eq!(e.get("ends_year").unwrap().key, "error-plan-ends-before");
    }

    #[test]
    fn a_result_answers_one_of_the_three_questions_for_a_past_or_current_year() {
        let input = ResultInput {
            year: "2026".into(),
            kind: "beter-af".into(),
            label: "Huishoudens schuldenvrij".into(),
            value: "40".into(),
            unit: "aantal".into(),
            version: "3".into(),
        };
        let r = input.parse(2026, NumberStyle::Dutch).unwrap();
        assert_eq!((r.year, r.kind, r.value), (2026, ResultKind::BetterOff, 40.0));
        let e = ResultInput { year: "2027".into(), kind: "veel".into(), value: "veertig".into(), ..Default::default() }
            .parse(2026, NumberStyle::Dutch)
            .unwrap_err();
        assert_eq!(e.get("year").unwrap().key, "error-year-future");
        assert_eq!(e.get("kind").unwrap().key, "error-choose-from-list");
        assert_eq!(e.get("label").unwrap().key, "error-required");
        assert_eq!(e.get("value").unwrap().key, "error-number");
        assert_eq!(e.get("unit").unwrap().key, "error-required");
        let mut m = measure(1, 1, &[], &[], vec![]);
        let result = |id, year, kind| MeasureResult {
            id,
            year,
            kind,
            label: format!("R{id}"),
            value: 1.0,
            unit: "aantal".into(),
        };
        m.results = vec![
            result(1, 2025, ResultKind::HowMuch),
            result(2, 2026, ResultKind::HowMuch),
            result(3, 2026, ResultKind::BetterOff),
        ];
        assert_eq!(m.results_of(ResultKind::HowMuch).iter().map(|r| r.year).collect::<Vec<_>>(), [2026, 2025]);
        let [much, well, better] = m.results_in(2026);
        assert_eq!((much.len(), well.len(), better.len()), (1, 0, 1));
    }
}
