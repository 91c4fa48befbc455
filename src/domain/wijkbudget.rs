//! The wijkbudget (participatory budgeting): per programme and year an amount residents decide on.
//! Residents propose (without an account, through a short code handed out in the neighbourhood),
//! the programme assesses each proposal with a published reason, households vote with a one-time
//! code (a budget vote: proposals up to the amount), and the result is computed: the proposals with
//! the most votes that fit in the amount, in order. Chosen proposals become measures.
//!
//! The phases follow from dates: before `proposals_from` nothing is open; then proposals, the
//! assessment, voting, the result, and the execution.

use super::catalogue::Theme;
use super::number::{NumberStyle, cents_edit_text, parse_cents};
use super::validation::{FieldErrors, iso, parse_date, parse_year};
use time::Date;

/// Longest title and description of a proposal.
pub const MAX_TITLE: usize = 120;
pub const MAX_DESCRIPTION: usize = 4000;
/// Most codes in one printed batch.
pub const MAX_CODES: usize = 2000;
/// The letters and digits of codes: no 0/O, 1/I/L, so a code read aloud or typed from paper is not
/// mistaken (31 signs: almost 5 bits each).
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    /// Before proposals open.
    Upcoming,
    Proposals,
    Assessment,
    Voting,
    Results,
    Execution,
}

impl Phase {
    pub const ALL: [Phase; 6] =
        [Phase::Upcoming, Phase::Proposals, Phase::Assessment, Phase::Voting, Phase::Results, Phase::Execution];

    pub fn key(self) -> &'static str {
        match self {
            Phase::Upcoming => "binnenkort",
            Phase::Proposals => "voorstellen",
            Phase::Assessment => "beoordeling",
            Phase::Voting => "stemmen",
            Phase::Results => "uitslag",
            Phase::Execution => "uitvoering",
        }
    }
}

/// A wijkbudget as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wijkbudget {
    pub id: i64,
    pub programme_id: i64,
    pub year: i64,
    pub title: String,
    /// What the budget is for and how it goes, as residents read it.
    pub description: String,
    pub amount_cents: i64,
    /// The most one proposal may cost; `None`: up to the whole amount.
    pub max_per_proposal_cents: Option<i64>,
    /// Who may propose, in words ("bewoners, verenigingen en ondernemers van de wijk").
    pub who_may_propose: String,
    /// Themes a proposal may have (never empty).
    pub themes: Vec<Theme>,
    /// The first day of each phase from proposals on (`JJJJ-MM-DD`, ascending).
    pub proposals_from: String,
    pub assessment_from: String,
    pub voting_from: String,
    pub results_from: String,
    pub execution_from: String,
    /// The short code handed out in the neighbourhood for proposing (`K7QM-2XPA`).
    pub proposal_code: String,
    pub version: i64,
}

impl Wijkbudget {
    /// The phase on `today`.
    pub fn phase(&self, today: Date) -> Phase {
        let today = iso(today);
        let starts = [
            (&self.execution_from, Phase::Execution),
            (&self.results_from, Phase::Results),
            (&self.voting_from, Phase::Voting),
            (&self.assessment_from, Phase::Assessment),
            (&self.proposals_from, Phase::Proposals),
        ];
        starts.into_iter().find(|(from, _)| today >= **from).map_or(Phase::Upcoming, |(_, p)| p)
    }

    /// The most a proposal may cost.
    pub fn cap_cents(&self) -> i64 {
        self.max_per_proposal_cents.unwrap_or(self.amount_cents).min(self.amount_cents)
    }

    /// The phases with their first day (and the last day of the one before), for the timeline.
    pub fn timeline(&self) -> [(Phase, &str); 5] {
        [
            (Phase::Proposals, self.proposals_from.as_str()),
            (Phase::Assessment, self.assessment_from.as_str()),
            (Phase::Voting, self.voting_from.as_str()),
            (Phase::Results, self.results_from.as_str()),
            (Phase::Execution, self.execution_from.as_str()),
        ]
    }
}

/// A validated wijkbudget (without its code, which the store draws).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWijkbudget {
    pub year: i64,
    pub title: String,
    pub description: String,
    pub amount_cents: i64,
    pub max_per_proposal_cents: Option<i64>,
    pub who_may_propose: String,
    pub themes: Vec<Theme>,
    pub proposals_from: String,
    pub assessment_from: String,
    pub voting_from: String,
    pub results_from: String,
    pub execution_from: String,
}

/// The wijkbudget form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WijkbudgetInput {
    pub year: String,
    pub title: String,
    pub description: String,
    pub amount: String,
    pub max_per_proposal: String,
    pub who_may_propose: String,
    pub themes: Vec<String>,
    pub proposals_from: String,
    pub assessment_from: String,
    pub voting_from: String,
    pub results_from: String,
    pub execution_from: String,
    pub version: String,
}

/// The fields with a date, in the order of the phases.
pub const DATE_FIELDS: [&str; 5] =
    ["proposals_from", "assessment_from", "voting_from", "results_from", "execution_from"];

/// Themes a proposal may have: every theme but the context of the scan.
pub fn proposal_themes() -> Vec<Theme> {
    Theme::ALL.into_iter().filter(|t| *t != Theme::Context).collect()
}

impl WijkbudgetInput {
    /// A new form: next year, every theme, proposals from the first of next month.
    pub fn with_defaults(today: Date) -> WijkbudgetInput {
        WijkbudgetInput {
            year: today.year().to_string(),
            who_may_propose: String::new(),
            themes: proposal_themes().iter().map(|t| t.key().to_string()).collect(),
            ..Default::default()
        }
    }

    pub fn from_budget(b: &Wijkbudget, style: NumberStyle) -> WijkbudgetInput {
        WijkbudgetInput {
            year: b.year.to_string(),
            title: b.title.clone(),
            description: b.description.clone(),
            amount: cents_edit_text(b.amount_cents, style),
            max_per_proposal: b.max_per_proposal_cents.map(|c| cents_edit_text(c, style)).unwrap_or_default(),
            who_may_propose: b.who_may_propose.clone(),
            themes: b.themes.iter().map(|t| t.key().to_string()).collect(),
            proposals_from: b.proposals_from.clone(),
            assessment_from: b.assessment_from.clone(),
            voting_from: b.voting_from.clone(),
            results_from: b.results_from.clone(),
            execution_from: b.execution_from.clone(),
            version: b.version.to_string(),
        }
    }

    /// The form as posted (themes are checkboxes: one pair each).
    pub fn from_pairs(pairs: &[(String, String)]) -> WijkbudgetInput {
        let mut input = WijkbudgetInput::default();
        for (k, v) in pairs {
            let v = v.clone();
            match k.as_str() {
                "year" => input.year = v,
                "title" => input.title = v,
                "description" => input.description = v,
                "amount" => input.amount = v,
                "max_per_proposal" => input.max_per_proposal = v,
                "who_may_propose" => input.who_may_propose = v,
                "themes" => input.themes.push(v),
                "proposals_from" => input.proposals_from = v,
                "assessment_from" => input.assessment_from = v,
                "voting_from" => input.voting_from = v,
                "results_from" => input.results_from = v,
                "execution_from" => input.execution_from = v,
                "version" => input.version = v,
                _ => {}
            }
        }
        input
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    pub fn has_theme(&self, key: &str) -> bool {
        self.themes.iter().any(|t| t == key)
    }

    pub fn parse(&self, style: NumberStyle) -> Result<NewWijkbudget, FieldErrors> {
        let mut e = FieldErrors::new();
        let year = parse_year(&self.year).map_err(|k| e.add("year", k)).unwrap_or(0);
        let title = text(&mut e, "title", &self.title, true, 200);
        let description = text(&mut e, "description", &self.description, false, MAX_DESCRIPTION);
        let amount_cents = match parse_cents(&self.amount, style) {
            Ok(c) if c > 0 => c,
            Ok(_) => {
                e.add("amount", "error-positive");
                0
            }
            Err(k) => {
                k.add_to(&mut e, "amount", true);
                0
            }
        };
        let max_per_proposal_cents = match self.max_per_proposal.trim() {
            "" => None,
            raw => match parse_cents(raw, style) {
                Ok(c) if c <= 0 => {
                    e.add("max_per_proposal", "error-positive");
                    None
                }
                Ok(c) if amount_cents > 0 && c > amount_cents => {
                    e.add("max_per_proposal", "error-wijkbudget-max-above-amount");
                    None
                }
                Ok(c) => Some(c),
                Err(k) => {
                    k.add_to(&mut e, "max_per_proposal", true);
                    None
                }
            },
        };
        let who_may_propose = text(&mut e, "who_may_propose", &self.who_may_propose, true, 500);
        let mut themes: Vec<Theme> = Vec::new();
        for raw in &self.themes {
            match Theme::from_key(raw.trim()).filter(|t| *t != Theme::Context) {
                Some(t) if !themes.contains(&t) => themes.push(t),
                Some(_) => {}
                None => e.add("themes", "error-choose-one"),
            }
        }
        if themes.is_empty() {
            e.add("themes", "error-wijkbudget-themes");
        }
        themes.sort();
        let raw =
            [&self.proposals_from, &self.assessment_from, &self.voting_from, &self.results_from, &self.execution_from];
        let mut dates: Vec<Option<Date>> = Vec::new();
        for (field, raw) in DATE_FIELDS.into_iter().zip(raw) {
            dates.push(parse_date(raw).map_err(|k| e.add(field, k)).ok());
        }
        // Each phase starts after the one before.
        for n in 1..dates.len() {
            if let (Some(before), Some(this)) = (dates[..n].iter().rev().flatten().next(), dates[n])
                && this <= *before
            {
                e.add(DATE_FIELDS[n], "error-wijkbudget-date-order");
            }
        }
        let date = |n: usize| dates[n].map(iso).unwrap_or_default();
        e.into_result(|| NewWijkbudget {
            year,
            title,
            description,
            amount_cents,
            max_per_proposal_cents,
            who_may_propose,
            themes,
            proposals_from: date(0),
            assessment_from: date(1),
            voting_from: date(2),
            results_from: date(3),
            execution_from: date(4),
        })
    }
}

/// The programme's assessment of a proposal, published with its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub feasible: bool,
    pub reason: String,
    pub assessed_on: String,
}

/// A resident's proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub id: i64,
    pub wijkbudget_id: i64,
    pub title: String,
    pub description: String,
    pub theme: Theme,
    pub cost_cents: i64,
    /// The buurt it is for (one of the programme's areas or a buurt in them).
    pub area_code: String,
    /// Whom the programme may contact, only as the proposer chose to leave it (empty otherwise).
    pub contact_name: String,
    pub contact_email: String,
    /// Proposed by someone logged in (their account), else through the code.
    pub user_id: Option<i64>,
    pub submitted_on: String,
    pub assessment: Option<Assessment>,
    /// Made up for the demo (and said so on every page that shows it).
    pub invented: bool,
    /// The measure it became once chosen.
    pub measure_id: Option<i64>,
}

impl Proposal {
    pub fn feasible(&self) -> bool {
        self.assessment.as_ref().is_some_and(|a| a.feasible)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProposal {
    pub title: String,
    pub description: String,
    pub theme: Theme,
    pub cost_cents: i64,
    pub area_code: String,
    pub contact_name: String,
    pub contact_email: String,
}

/// The proposal form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ProposalInput {
    pub title: String,
    pub description: String,
    pub theme: String,
    pub cost: String,
    pub area: String,
    pub contact_name: String,
    pub contact_email: String,
}

impl ProposalInput {
    /// `areas`: the codes a proposal may be for.
    pub fn parse(&self, budget: &Wijkbudget, areas: &[String], style: NumberStyle) -> Result<NewProposal, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = text(&mut e, "title", &self.title, true, MAX_TITLE);
        let description = text(&mut e, "description", &self.description, true, MAX_DESCRIPTION);
        let theme = Theme::from_key(self.theme.trim()).filter(|t| budget.themes.contains(t));
        if theme.is_none() {
            e.add("theme", "error-choose-one");
        }
        let cap = budget.cap_cents();
        let cost_cents = match parse_cents(&self.cost, style) {
            Ok(c) if c <= 0 => {
                e.add("cost", "error-positive");
                0
            }
            Ok(c) if c > cap => {
                e.add_with("cost", "error-proposal-cost-cap", vec![("max", cents_edit_text(cap, style))]);
                0
            }
            Ok(c) => c,
            Err(k) => {
                k.add_to(&mut e, "cost", true);
                0
            }
        };
        let area_code = self.area.trim().to_string();
        if !areas.contains(&area_code) {
            e.add("area", "error-choose-one");
        }
        let contact_name = text(&mut e, "contact_name", &self.contact_name, false, 120);
        let contact_email = self.contact_email.trim().to_lowercase();
        if !contact_email.is_empty() && super::user::Email::parse(&contact_email).is_err() {
            e.add("contact_email", "error-email-invalid");
        }
        e.into_result(|| NewProposal {
            title,
            description,
            theme: theme.unwrap_or(Theme::Housing),
            cost_cents,
            area_code,
            contact_name,
            contact_email,
        })
    }
}

/// The assessment form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct AssessmentInput {
    /// `haalbaar` or `niet-haalbaar`.
    pub verdict: String,
    pub reason: String,
}

impl AssessmentInput {
    /// Every verdict needs a reason residents can read.
    pub fn parse(&self, today: Date) -> Result<Assessment, FieldErrors> {
        let mut e = FieldErrors::new();
        let feasible = match self.verdict.trim() {
            "haalbaar" => Some(true),
            "niet-haalbaar" => Some(false),
            _ => None,
        };
        if feasible.is_none() {
            e.add("verdict", "error-choose-one");
        }
        let reason = text(&mut e, "reason", &self.reason, true, 2000);
        e.into_result(|| Assessment { feasible: feasible.unwrap_or(false), reason, assessed_on: iso(today) })
    }
}

/// Why a ballot is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotError {
    Empty,
    /// A proposal that is not on the ballot (unknown, or not feasible).
    NotOnBallot,
    /// More than the amount: (chosen total, amount).
    OverAmount {
        total: i64,
        amount: i64,
    },
}

/// A household's choice checked against the ballot: distinct feasible proposals of this budget,
/// together at most the amount. Returns the chosen ids, sorted.
pub fn check_ballot(choice: &[i64], proposals: &[Proposal], amount_cents: i64) -> Result<Vec<i64>, BallotError> {
    let mut chosen: Vec<i64> = choice.to_vec();
    chosen.sort_unstable();
    chosen.dedup();
    if chosen.is_empty() {
        return Err(BallotError::Empty);
    }
    let mut total = 0i64;
    for id in &chosen {
        let p = proposals.iter().find(|p| p.id == *id && p.feasible()).ok_or(BallotError::NotOnBallot)?;
        total = total.saturating_add(p.cost_cents);
    }
    if total > amount_cents {
        return Err(BallotError::OverAmount { total, amount: amount_cents });
    }
    Ok(chosen)
}

/// One line of the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultLine {
    pub proposal_id: i64,
    pub votes: i64,
    pub cost_cents: i64,
    pub chosen: bool,
    /// Not chosen although it had votes: it did not fit in what was left.
    pub did_not_fit: bool,
}

/// The result of the vote: feasible proposals by votes (most first; equal votes: the cheaper first,
/// then the earlier), each chosen while it fits in what is left of the amount — a proposal that
/// does not fit is passed over and the next one tried (the rule Decidim and most Dutch
/// buurtbudgetten use). A proposal without votes is never chosen.
pub fn result(proposals: &[Proposal], votes: &[(i64, i64)], amount_cents: i64) -> Vec<ResultLine> {
    let votes_of = |id: i64| votes.iter().find(|(p, _)| *p == id).map_or(0, |(_, n)| *n);
    let mut lines: Vec<ResultLine> = proposals
        .iter()
        .filter(|p| p.feasible())
        .map(|p| ResultLine {
            proposal_id: p.id,
            votes: votes_of(p.id),
            cost_cents: p.cost_cents,
            chosen: false,
            did_not_fit: false,
        })
        .collect();
    lines.sort_by(|a, b| {
        b.votes.cmp(&a.votes).then(a.cost_cents.cmp(&b.cost_cents)).then(a.proposal_id.cmp(&b.proposal_id))
    });
    let mut left = amount_cents;
    for l in &mut lines {
        if l.votes == 0 {
            continue;
        }
        if l.cost_cents <= left {
            l.chosen = true;
            left -= l.cost_cents;
        } else {
            l.did_not_fit = true;
        }
    }
    lines
}

/// A code of `groups` groups of four signs from [`CODE_ALPHABET`] (`K7QM-2XPA-…`), from the
/// operating system's random source, every sign equally likely: a three-group voting code holds
/// 59 bits.
pub fn new_code(groups: usize) -> String {
    let n = CODE_ALPHABET.len();
    // Bytes at or above the last whole multiple of the alphabet would favour its first signs.
    let limit = 256 - 256 % n;
    let mut signs: Vec<char> = Vec::with_capacity(groups * 4);
    while signs.len() < groups * 4 {
        let mut buf = [0u8; 32];
        getrandom::fill(&mut buf).expect("the operating system provides random bytes");
        signs.extend(buf.iter().map(|b| usize::from(*b)).filter(|b| *b < limit).map(|b| CODE_ALPHABET[b % n] as char));
    }
    signs.truncate(groups * 4);
    signs.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// A code as someone typed it, in its one written form: capitals, groups of four joined by `-`
/// (spaces, dashes and case as typed do not matter). `None` when it cannot be a code.
pub fn normalise_code(raw: &str) -> Option<String> {
    let signs: Vec<char> =
        raw.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    if signs.is_empty() || !signs.len().is_multiple_of(4) || signs.len() > 16 {
        return None;
    }
    if !signs.iter().all(|c| c.is_ascii() && CODE_ALPHABET.contains(&(*c as u8))) {
        return None;
    }
    Some(signs.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-"))
}

fn text(e: &mut FieldErrors, field: &'static str, raw: &str, required: bool, max: usize) -> String {
    let v = raw.trim().replace("\r\n", "\n");
    if v.is_empty() && required {
        e.add(field, "error-required");
    } else if v.chars().count() > max {
        e.add_with(field, "error-too-long", vec![("max", max.to_string())]);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn budget() -> Wijkbudget {
        Wijkbudget {
            id: 1,
            programme_id: 1,
            year: 2026,
            title: "Wijkbudget Bloemhof 2026".into(),
            description: String::new(),
            amount_cents: 5_000_000,
            max_per_proposal_cents: Some(1_500_000),
            who_may_propose: "Bewoners van Bloemhof".into(),
            themes: vec![Theme::Housing, Theme::Safety],
            proposals_from: "2026-03-01".into(),
            assessment_from: "2026-04-15".into(),
            voting_from: "2026-05-15".into(),
            results_from: "2026-06-01".into(),
            execution_from: "2026-07-01".into(),
            proposal_code: "K7QM-2XPA".into(),
            version: 1,
        }
    }

    fn proposal(id: i64, cost_cents: i64, feasible: Option<bool>) -> Proposal {
        Proposal {
            id,
            wijkbudget_id: 1,
            title: format!("Voorstel {id}"),
            description: "Uitleg".into(),
            theme: Theme::Housing,
            cost_cents,
            area_code: "BU05991081".into(),
            contact_name: String::new(),
            contact_email: String::new(),
            user_id: None,
            submitted_on: "2026-03-10".into(),
            assessment: feasible.map(|f| Assessment {
                feasible: f,
                reason: "Reden".into(),
                assessed_on: "2026-04-20".into(),
            }),
            invented: false,
            measure_id: None,
        }
    }

    #[test]
    fn the_phase_follows_the_dates() {
        let b = budget();
        assert_eq!(b.phase(date!(2026 - 02 - 28)), Phase::Upcoming);
        assert_eq!(b.phase(date!(2026 - 03 - 01)), Phase::Proposals);
        assert_eq!(b.phase(date!(2026 - 04 - 14)), Phase::Proposals);
        assert_eq!(b.phase(date!(2026 - 04 - 15)), Phase::Assessment);
        assert_eq!(b.phase(date!(2026 - 05 - 20)), Phase::Voting);
        assert_eq!(b.phase(date!(2026 - 06 - 01)), Phase::Results);
        assert_eq!(b.phase(date!(2027 - 01 - 01)), Phase::Execution);
    }

    #[test]
    fn a_wijkbudget_form_is_checked_field_by_field() {
        let input = WijkbudgetInput {
            year: "2026".into(),
            title: "Wijkbudget".into(),
            amount: "50.000".into(),
            max_per_proposal: "60.000".into(),
            who_may_propose: "Bewoners".into(),
            themes: vec![],
            proposals_from: "01-03-2026".into(),
            assessment_from: "2026-02-01".into(),
            voting_from: "2026-05-15".into(),
            results_from: "gisteren".into(),
            execution_from: "2026-07-01".into(),
            ..Default::default()
        };
        let e = input.parse(NumberStyle::Dutch).unwrap_err();
        assert_eq!(e.get("max_per_proposal").unwrap().key, "error-wijkbudget-max-above-amount");
        assert_eq!(e.get("themes").unwrap().key, "error-wijkbudget-themes");
        assert_eq!(e.get("assessment_from").unwrap().key, "error-wijkbudget-date-order");
        assert_eq!(e.get("results_from").unwrap().key, "error-date");
        assert!(e.get("voting_from").is_none() && e.get("execution_from").is_none());
        let ok = WijkbudgetInput {
            max_per_proposal: "15.000".into(),
            themes: vec!["wonen".into(), "veiligheid".into()],
            assessment_from: "2026-04-15".into(),
            results_from: "2026-06-01".into(),
            ..input
        }
        .parse(NumberStyle::Dutch)
        .unwrap();
        assert_eq!((ok.amount_cents, ok.max_per_proposal_cents), (5_000_000, Some(1_500_000)));
        assert_eq!(ok.proposals_from, "2026-03-01");
    }

    #[test]
    fn a_proposal_stays_within_the_rules() {
        let b = budget();
        let areas = vec!["BU05991081".to_string()];
        let input = ProposalInput {
            title: "Bankjes bij de speeltuin".into(),
            description: "Drie bankjes zodat ouders kunnen zitten.".into(),
            theme: "gezondheid".into(),
            cost: "20.000".into(),
            area: "BU99999999".into(),
            contact_email: "geen-adres".into(),
            ..Default::default()
        };
        let e = input.parse(&b, &areas, NumberStyle::Dutch).unwrap_err();
        assert_eq!(e.get("theme").unwrap().key, "error-choose-one", "not one of the budget's themes");
        assert_eq!(e.get("cost").unwrap().key, "error-proposal-cost-cap");
        assert_eq!(e.get("cost").unwrap().args, vec![("max", "15000".to_string())]);
        assert_eq!(e.get("area").unwrap().key, "error-choose-one");
        assert_eq!(e.get("contact_email").unwrap().key, "error-email-invalid");
        let ok = ProposalInput {
            theme: "wonen".into(),
            cost: "€ 2.500,50".into(),
            area: "BU05991081".into(),
            contact_email: String::new(),
            ..input
        }
        .parse(&b, &areas, NumberStyle::Dutch)
        .unwrap();
        assert_eq!((ok.cost_cents, ok.theme), (250_050, Theme::Housing));
    }

    #[test]
    fn a_ballot_holds_feasible_proposals_up_to_the_amount() {
        let ps =
            vec![proposal(1, 3_000_000, Some(true)), proposal(2, 2_500_000, Some(true)), proposal(3, 100, Some(false))];
        assert_eq!(check_ballot(&[2, 1, 2], &ps, 6_000_000), Ok(vec![1, 2]));
        assert_eq!(check_ballot(&[], &ps, 6_000_000), Err(BallotError::Empty));
        assert_eq!(check_ballot(&[3], &ps, 6_000_000), Err(BallotError::NotOnBallot), "not feasible");
        assert_eq!(check_ballot(&[99], &ps, 6_000_000), Err(BallotError::NotOnBallot));
        assert_eq!(
            check_ballot(&[1, 2], &ps, 5_000_000),
            Err(BallotError::OverAmount { total: 5_500_000, amount: 5_000_000 })
        );
    }

    #[test]
    fn the_result_takes_the_most_voted_proposals_that_fit() {
        // 50,000 euro: A (30k, 40 votes) fits; B (25k, 35 votes) does not fit in the 20k left and is
        // passed over; C (15k, 20 votes) fits; D (5k, 20 votes) fits before C (equal votes, cheaper);
        // E (1k, no votes) is never chosen; F is not feasible.
        let ps = vec![
            proposal(1, 3_000_000, Some(true)),
            proposal(2, 2_500_000, Some(true)),
            proposal(3, 1_500_000, Some(true)),
            proposal(4, 500_000, Some(true)),
            proposal(5, 100_000, Some(true)),
            proposal(6, 100, Some(false)),
        ];
        let votes = [(1, 40), (2, 35), (3, 20), (4, 20), (6, 99)];
        let r = result(&ps, &votes, 5_000_000);
        let order: Vec<(i64, bool, bool)> = r.iter().map(|l| (l.proposal_id, l.chosen, l.did_not_fit)).collect();
        assert_eq!(order, [(1, true, false), (2, false, true), (4, true, false), (3, true, false), (5, false, false)]);
        let spent: i64 = r.iter().filter(|l| l.chosen).map(|l| l.cost_cents).sum();
        assert_eq!(spent, 5_000_000);
    }

    #[test]
    fn codes_are_unambiguous_and_read_back_however_typed() {
        let c = new_code(3);
        assert_eq!(c.len(), 14);
        assert_eq!(normalise_code(&c.to_lowercase().replace('-', " ")), Some(c.clone()));
        assert_ne!(new_code(3), c, "random");
        assert_eq!(normalise_code("k7qm 2xpa"), Some("K7QM-2XPA".into()));
        assert_eq!(normalise_code("K7QM-2XP"), None, "incomplete");
        assert_eq!(normalise_code("K7QM-2XP0"), None, "0 is not a sign of codes");
        assert_eq!(normalise_code(""), None);
    }
}
