//! The five steps of the "wendbare wijkaanpak" (Platform31) and what a programme has in each.

use super::programme::Page;

/// One of the five steps. They are not a waterfall: a programme works on all of them at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Urgency,
    Coalition,
    Agenda,
    Preconditions,
    Execution,
}

impl Step {
    pub const ALL: [Step; 5] = [Step::Urgency, Step::Coalition, Step::Agenda, Step::Preconditions, Step::Execution];

    pub fn number(self) -> u8 {
        match self {
            Step::Urgency => 1,
            Step::Coalition => 2,
            Step::Agenda => 3,
            Step::Preconditions => 4,
            Step::Execution => 5,
        }
    }

    /// Catalogue key prefix: `step-urgency-title`, `step-urgency-intro`, …
    pub fn key(self) -> &'static str {
        match self {
            Step::Urgency => "urgency",
            Step::Coalition => "coalition",
            Step::Agenda => "agenda",
            Step::Preconditions => "preconditions",
            Step::Execution => "execution",
        }
    }

    /// The step a page of a programme belongs to, by the first part of its address after
    /// `/programmas/{id}/` (`stand`, `verhalen`, `coalitie`, `agenda`, `randvoorwaarden`, `voortgang`).
    pub fn of_section(section: &str) -> Option<Step> {
        match section {
            "stand" | "verhalen" => Some(Step::Urgency),
            "coalitie" => Some(Step::Coalition),
            "agenda" => Some(Step::Agenda),
            "randvoorwaarden" => Some(Step::Preconditions),
            "voortgang" => Some(Step::Execution),
            _ => None,
        }
    }

    /// Where a programme's step begins.
    pub fn section(self) -> &'static str {
        match self {
            Step::Urgency => "stand",
            Step::Coalition => "coalitie",
            Step::Agenda => "agenda",
            Step::Preconditions => "randvoorwaarden",
            Step::Execution => "voortgang",
        }
    }

    /// The public page that shows this step.
    pub fn page(self) -> Page {
        match self {
            Step::Urgency => Page::Urgency,
            Step::Coalition => Page::Coalition,
            Step::Agenda => Page::Agenda,
            Step::Preconditions => Page::Preconditions,
            Step::Execution => Page::Progress,
        }
    }
}

/// A page's place among the five steps, from its path: the programme and the step, if any.
pub fn step_of_path(path: &str) -> Option<(i64, Step)> {
    let mut parts = path.split('?').next()?.strip_prefix("/programmas/")?.split('/');
    let id = parts.next()?.parse().ok()?;
    let step = Step::of_section(parts.next()?)?;
    Some((id, step))
}

/// What a programme holds so far, counted per kind of content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeCounts {
    pub areas: i64,
    pub stories: i64,
    /// Parties taking part now.
    pub parties: i64,
    pub members: i64,
    pub managers: i64,
    pub goals: i64,
    pub measures: i64,
    /// Items on the residents' agenda.
    pub agenda_items: i64,
    /// Assessment rounds of the preconditions.
    pub rounds: i64,
    /// Values entered for the programme's own indicators.
    pub measurements: i64,
    /// Yearly progress reports published.
    pub reports: i64,
}

/// Whether a step has begun: something is recorded in it (a coalition is never finished, so
/// there is no "done").
pub fn begun(step: Step, c: &ProgrammeCounts) -> bool {
    match step {
        Step::Urgency => c.areas > 0,
        Step::Coalition => c.parties > 0,
        Step::Agenda => c.goals > 0 || c.measures > 0,
        Step::Preconditions => c.rounds > 0,
        Step::Execution => c.measurements > 0 || c.reports > 0,
    }
}

/// One fact shown under a step on the programme's home page: a catalogue key and a count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepFact {
    pub key: &'static str,
    pub count: i64,
}

/// The facts per step. Steps that later parts of WijkWijzer fill show an empty state until then.
pub fn step_facts(step: Step, c: &ProgrammeCounts) -> Vec<StepFact> {
    match step {
        Step::Urgency => {
            vec![StepFact { key: "fact-areas", count: c.areas }, StepFact { key: "fact-stories", count: c.stories }]
        }
        Step::Coalition => vec![
            StepFact { key: "fact-parties", count: c.parties },
            StepFact { key: "fact-members", count: c.members },
            StepFact { key: "fact-managers", count: c.managers },
        ],
        Step::Agenda => [("fact-goals", c.goals), ("fact-measures", c.measures), ("fact-agenda-items", c.agenda_items)]
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(key, count)| StepFact { key, count })
            .collect(),
        Step::Preconditions => {
            if c.rounds > 0 {
                vec![StepFact { key: "fact-rounds", count: c.rounds }]
            } else {
                vec![]
            }
        }
        // Progress follows every goal (catalogue goals take their values from the statistics), so
        // the step has something to show as soon as there are goals.
        Step::Execution => {
            [("fact-goals-followed", c.goals), ("fact-measurements", c.measurements), ("fact-reports", c.reports)]
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|(key, count)| StepFact { key, count })
                .collect()
        }
    }
}

#[cfg(test)]
mod stepper_tests {
    use super::*;

    #[test]
    fn every_step_page_knows_its_step() {
        assert_eq!(step_of_path("/programmas/4/stand"), Some((4, Step::Urgency)));
        assert_eq!(step_of_path("/programmas/4/verhalen/2/bewerken"), Some((4, Step::Urgency)));
        assert_eq!(step_of_path("/programmas/4/agenda/doelen/nieuw?x=1"), Some((4, Step::Agenda)));
        assert_eq!(step_of_path("/programmas/4/voortgang/rapportages/2026"), Some((4, Step::Execution)));
        for s in Step::ALL {
            assert_eq!(step_of_path(&format!("/programmas/1/{}", s.section())), Some((1, s)));
        }
        for other in ["/programmas/4", "/programmas/4/leden", "/gebieden/BU1", "/programmas/x/agenda"] {
            assert_eq!(step_of_path(other), None, "{other}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_five_numbered_steps_each_with_its_own_page() {
        let numbers: Vec<u8> = Step::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5]);
        let mut pages: Vec<&str> = Step::ALL.iter().map(|s| s.page().key()).collect();
        pages.dedup();
        assert_eq!(pages.len(), 5);
    }

    #[test]
    fn the_urgency_step_counts_areas_and_the_coalition_step_members() {
        let c = ProgrammeCounts { areas: 3, members: 4, managers: 1, stories: 2, parties: 5, ..Default::default() };
        assert_eq!(
            step_facts(Step::Urgency, &c),
            [StepFact { key: "fact-areas", count: 3 }, StepFact { key: "fact-stories", count: 2 }]
        );
        assert_eq!(step_facts(Step::Coalition, &c)[0].count, 5);
        assert_eq!(step_facts(Step::Coalition, &c)[1].count, 4);
        assert!(step_facts(Step::Agenda, &c).is_empty(), "an empty agenda shows its empty state");
        let planned = ProgrammeCounts { goals: 4, measures: 7, ..c };
        assert_eq!(
            step_facts(Step::Agenda, &planned),
            [StepFact { key: "fact-goals", count: 4 }, StepFact { key: "fact-measures", count: 7 }]
        );
        // Execution shows its empty state only while there is nothing to follow.
        assert!(step_facts(Step::Execution, &c).is_empty());
        let begun: Vec<bool> = Step::ALL.iter().map(|s| begun(*s, &c)).collect();
        assert_eq!(begun, [true, true, false, false, false]);
        let followed = ProgrammeCounts { goals: 4, measurements: 2, reports: 0, ..c };
        assert_eq!(
            step_facts(Step::Execution, &followed),
            [StepFact { key: "fact-goals-followed", count: 4 }, StepFact { key: "fact-measurements", count: 2 }]
        );
    }
}
