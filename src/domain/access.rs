//! Who may do what: the one authorisation policy of WijkWijzer.
//!
//! Every route asks this module, through the HTTP edge's extractors (`http::access`), before it
//! touches a programme; rules about single records (a partner's measure, its party's commitments,
//! who publishes a report) are methods of `Requester`, which handlers and API call. Everything here
//! is a pure function, tested as tables per role.

use super::measure::Measure;

/// A role within one programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Process lead: runs the programme, manages members and publication.
    Manager,
    /// Partner: edits what its party owns (measures, figures, stories).
    Partner,
    /// Reader: reads everything of the programme, published or not.
    Reader,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Manager, Role::Partner, Role::Reader];

    /// The stable key stored in the database (Dutch, as the roles are named in the field).
    pub fn key(self) -> &'static str {
        match self {
            Role::Manager => "beheerder",
            Role::Partner => "partner",
            Role::Reader => "lezer",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// Who is asking, as far as one programme is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principal {
    Anonymous,
    User { is_admin: bool, role: Option<Role> },
}

/// What they want to do with a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read a page that the programme published.
    ReadPublished,
    /// Read everything of the programme, published or not.
    ReadInternal,
    /// Add or change content owned by a party (later steps: measures, figures, stories).
    Contribute,
    /// Change the programme's settings and what is published.
    Manage,
    /// Add and remove members and change their roles.
    ManageMembers,
    /// Read the programme's history (audit records).
    ReadHistory,
    /// Delete (archive) the programme.
    Delete,
}

/// Who is asking, as far as the whole site is concerned: site roles are granted by a site
/// administrator and do not follow from a role in any programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SitePrincipal {
    Anonymous,
    /// Signed in, without a site role (possibly with roles in programmes).
    Account,
    /// Gegevensbeheerder: keeps the shared statistics (imports, the indicator catalogue).
    DataSteward,
    Admin,
}

impl SitePrincipal {
    pub fn of(is_admin: bool, is_data_steward: bool) -> SitePrincipal {
        match (is_admin, is_data_steward) {
            (true, _) => SitePrincipal::Admin,
            (false, true) => SitePrincipal::DataSteward,
            (false, false) => SitePrincipal::Account,
        }
    }
}

/// Site-wide actions, not tied to one programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteAction {
    CreateProgramme,
    ManageAccounts,
    ReadSiteHistory,
    /// Review the indicator catalogue (themes, polarity, scan use): it changes every programme's
    /// scan and the public `/urgentie`, so it is for data stewards and site administrators only —
    /// a programme's own choices (theme weights) stay with its beheerder.
    ClassifyIndicators,
    /// Upload statistics files (same people as `ClassifyIndicators`).
    ImportStatistics,
}

/// May `who` do `action` on a programme?
pub fn allowed(who: Principal, action: Action) -> bool {
    use Action::*;
    match who {
        Principal::Anonymous => action == ReadPublished,
        Principal::User { is_admin: true, .. } => true,
        Principal::User { is_admin: false, role: None } => action == ReadPublished,
        Principal::User { is_admin: false, role: Some(role) } => match action {
            ReadPublished | ReadInternal => true,
            Contribute => matches!(role, Role::Manager | Role::Partner),
            Manage | ManageMembers | ReadHistory => role == Role::Manager,
            Delete => false,
        },
    }
}

/// May `who` do a site-wide `action`? Site administrators may do all; data stewards keep the
/// shared statistics. No role in a programme grants anything site-wide.
pub fn site_allowed(who: SitePrincipal, action: SiteAction) -> bool {
    match who {
        SitePrincipal::Admin => true,
        SitePrincipal::DataSteward => {
            matches!(action, SiteAction::ClassifyIndicators | SiteAction::ImportStatistics)
        }
        SitePrincipal::Account | SitePrincipal::Anonymous => false,
    }
}

/// May `who` read a page or record of a programme that is (`published`) or is not published?
/// Members always; the public once the programme published it (a step's page, a residents'
/// agenda item).
pub fn may_read_page(who: Principal, published: bool) -> bool {
    allowed(who, Action::ReadInternal) || (allowed(who, Action::ReadPublished) && published)
}

/// Which version of a yearly report someone gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportCopy {
    /// The report as it stands now, generated for the request (members only).
    Draft,
    /// The snapshot a beheerder published.
    Published,
}

/// Who is asking about one programme, with the parties the account acts for in it: enough to
/// decide about each record. A partner changes what its parties own; a beheerder changes all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requester {
    pub who: Principal,
    /// The programme's parties the account acts for (empty for the public).
    pub parties: Vec<i64>,
}

impl Requester {
    pub fn new(who: Principal, parties: Vec<i64>) -> Requester {
        Requester { who, parties }
    }

    /// May the requester do `action` on the programme as a whole?
    pub fn may(&self, action: Action) -> bool {
        allowed(self.who, action)
    }

    /// Does the requester contribute for `party` (acts for it and may contribute at all)?
    fn acts_for(&self, party: i64) -> bool {
        self.may(Action::Contribute) && self.parties.contains(&party)
    }

    /// Change a measure, its budget and its results, and remove any of its lines: beheerders, and
    /// the accounts acting for the party that owns it.
    pub fn edit_measure(&self, m: &Measure) -> bool {
        self.may(Action::Manage) || m.owner_id().is_some_and(|o| self.acts_for(o))
    }

    /// Whom a measure may be kept with: any party for a beheerder, a party it acts for otherwise
    /// (a partner cannot hand its measure to someone else).
    pub fn assign_measure_to(&self, party: i64) -> bool {
        self.may(Action::Manage) || self.acts_for(party)
    }

    /// Change a commitment of `party` on `m`: whoever may change the measure, and the accounts of
    /// the promising party (on any measure).
    pub fn edit_commitment(&self, m: &Measure, party: i64) -> bool {
        self.edit_measure(m) || self.acts_for(party)
    }

    /// Enter a value of a goal's own indicator (catalogue goals get theirs from CBS/RIVM).
    pub fn enter_value(&self, own_indicator: bool) -> bool {
        own_indicator && self.may(Action::Contribute)
    }

    /// Does an entered value count at once? A beheerder's does; a partner's waits for review.
    pub fn value_counts_at_once(&self) -> bool {
        self.may(Action::Manage)
    }

    /// Approve or return a partner's value.
    pub fn review_value(&self) -> bool {
        self.may(Action::Manage)
    }

    /// Publish a year's report, or withdraw it.
    pub fn publish_report(&self) -> bool {
        self.may(Action::Manage)
    }

    /// See the list of a programme's reports: members always; others when a year is published or
    /// the programme's overview is public.
    pub fn list_reports(&self, any_published: bool, overview_published: bool) -> bool {
        self.may(Action::ReadInternal) || (self.may(Action::ReadPublished) && (any_published || overview_published))
    }

    /// Which copy of a year's report the requester gets: members the draft unless they ask for
    /// the published one; everyone the published snapshot when there is one; `None`: nothing.
    pub fn read_report(&self, published: bool, asks_published: bool) -> Option<ReportCopy> {
        if self.may(Action::ReadInternal) && !asks_published {
            Some(ReportCopy::Draft)
        } else if published && self.may(Action::ReadPublished) {
            Some(ReportCopy::Published)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Action::*;
    use super::*;

    const ACTIONS: [Action; 7] = [ReadPublished, ReadInternal, Contribute, Manage, ManageMembers, ReadHistory, Delete];

    fn table(who: Principal) -> Vec<Action> {
        ACTIONS.into_iter().filter(|a| allowed(who, *a)).collect()
    }

    #[test]
    fn the_public_reads_only_what_is_published() {
        assert_eq!(table(Principal::Anonymous), [ReadPublished]);
        assert_eq!(table(Principal::User { is_admin: false, role: None }), [ReadPublished]);
    }

    #[test]
    fn readers_read_everything_and_change_nothing() {
        assert_eq!(table(Principal::User { is_admin: false, role: Some(Role::Reader) }), [ReadPublished, ReadInternal]);
    }

    #[test]
    fn partners_contribute_but_do_not_manage() {
        assert_eq!(
            table(Principal::User { is_admin: false, role: Some(Role::Partner) }),
            [ReadPublished, ReadInternal, Contribute]
        );
    }

    #[test]
    fn managers_run_the_programme_but_cannot_delete_it() {
        assert_eq!(
            table(Principal::User { is_admin: false, role: Some(Role::Manager) }),
            [ReadPublished, ReadInternal, Contribute, Manage, ManageMembers, ReadHistory]
        );
    }

    #[test]
    fn site_administrators_may_do_everything() {
        assert_eq!(table(Principal::User { is_admin: true, role: None }), ACTIONS);
        assert!(site_allowed(SitePrincipal::Admin, SiteAction::CreateProgramme));
        assert!(!site_allowed(SitePrincipal::Anonymous, SiteAction::ManageAccounts));
    }

    #[test]
    fn only_data_stewards_and_administrators_keep_the_shared_statistics() {
        use SiteAction::*;
        let table = |who| {
            [CreateProgramme, ManageAccounts, ReadSiteHistory, ClassifyIndicators, ImportStatistics]
                .into_iter()
                .filter(|a| site_allowed(who, *a))
                .collect::<Vec<_>>()
        };
        assert_eq!(table(SitePrincipal::DataSteward), [ClassifyIndicators, ImportStatistics]);
        // A beheerder of a programme is an account without a site role: nothing site-wide.
        assert_eq!(table(SitePrincipal::Account), []);
        assert_eq!(table(SitePrincipal::Anonymous), []);
        assert_eq!(SitePrincipal::of(false, true), SitePrincipal::DataSteward);
        assert_eq!(SitePrincipal::of(true, true), SitePrincipal::Admin);
        assert_eq!(SitePrincipal::of(false, false), SitePrincipal::Account);
    }

    #[test]
    fn role_keys_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_key(r.key()), Some(r));
        }
        assert_eq!(Role::from_key("admin"), None);
    }

    mod records {
        use super::super::*;
        use crate::domain::measure::{Measure, Status};

        const OWN: i64 = 1;
        const OTHER: i64 = 2;

        fn measure_of(owner: Option<i64>) -> Measure {
            Measure {
                id: 1,
                programme_id: 1,
                title: "Huiswerkbegeleiding".into(),
                description: String::new(),
                goal_ids: vec![],
                owner: owner.map(|o| (o, format!("partij {o}"))),
                partners: vec![],
                starts_on: "2025-01-01".into(),
                ends_on: String::new(),
                status: Status::Running,
                status_reason: String::new(),
                plan: None,
                commitments: vec![],
                budget: vec![],
                results: vec![],
                version: 1,
                created_at: String::new(),
                updated_at: String::new(),
            }
        }

        fn user(role: Option<Role>) -> Principal {
            Principal::User { is_admin: false, role }
        }

        /// The people the tables are about: (name, principal, parties acted for).
        fn people() -> Vec<(&'static str, Requester)> {
            vec![
                ("anonymous", Requester::new(Principal::Anonymous, vec![])),
                ("account without a role", Requester::new(user(None), vec![OWN])),
                ("lezer of the party", Requester::new(user(Some(Role::Reader)), vec![OWN])),
                ("partner of another party", Requester::new(user(Some(Role::Partner)), vec![OTHER])),
                ("partner of the party", Requester::new(user(Some(Role::Partner)), vec![OWN])),
                ("beheerder", Requester::new(user(Some(Role::Manager)), vec![])),
                ("site administrator", Requester::new(Principal::User { is_admin: true, role: None }, vec![])),
            ]
        }

        /// The rules about single records, one column each, for every kind of requester (rows).
        #[test]
        fn who_may_change_which_record() {
            let (own, orphan, theirs, third) =
                (measure_of(Some(OWN)), measure_of(None), measure_of(Some(OTHER)), measure_of(Some(3)));
            let columns = |r: &Requester| {
                [
                    r.edit_measure(&own),             // a measure of the party OWN
                    r.edit_measure(&orphan),          // a measure without an owning party
                    r.assign_measure_to(OWN),         // keep a measure with OWN
                    r.edit_commitment(&theirs, OWN),  // OWN's promise on OTHER's measure
                    r.edit_commitment(&third, OTHER), // OTHER's promise on a third party's measure
                    r.enter_value(true),              // a value of an own indicator
                    r.enter_value(false),             // a value of a catalogue indicator
                    r.value_counts_at_once(),         // … without waiting for review
                    r.review_value(),                 // approve or return a partner's value
                    r.publish_report(),               // publish a year's report
                ]
            };
            let (y, n) = (true, false);
            #[rustfmt::skip]
            let expected = [
                //                              own    orphan assign OWN's  OTHER's enter  catal. at once review publish
                ("anonymous",                  [n,     n,     n,     n,     n,      n,     n,     n,      n,     n]),
                ("account without a role",     [n,     n,     n,     n,     n,      n,     n,     n,      n,     n]),
                ("lezer of the party",         [n,     n,     n,     n,     n,      n,     n,     n,      n,     n]),
                ("partner of another party",   [n,     n,     n,     y,     y,      y,     n,     n,      n,     n]),
                ("partner of the party",       [y,     n,     y,     y,     n,      y,     n,     n,      n,     n]),
                ("beheerder",                  [y,     y,     y,     y,     y,      y,     n,     y,      y,     y]),
                ("site administrator",         [y,     y,     y,     y,     y,      y,     n,     y,      y,     y]),
            ];
            let got: Vec<(&str, [bool; 10])> = people().iter().map(|(name, r)| (*name, columns(r))).collect();
            assert_eq!(got, expected);
        }

        #[test]
        fn members_read_the_draft_report_and_everyone_the_published_one() {
            use ReportCopy::*;
            let got: Vec<(&str, [Option<ReportCopy>; 3])> = people()
                .iter()
                .map(|(name, r)| {
                    (*name, [r.read_report(false, false), r.read_report(true, false), r.read_report(true, true)])
                })
                .collect();
            assert_eq!(
                got,
                [
                    ("anonymous", [None, Some(Published), Some(Published)]),
                    ("account without a role", [None, Some(Published), Some(Published)]),
                    ("lezer of the party", [Some(Draft), Some(Draft), Some(Published)]),
                    ("partner of another party", [Some(Draft), Some(Draft), Some(Published)]),
                    ("partner of the party", [Some(Draft), Some(Draft), Some(Published)]),
                    ("beheerder", [Some(Draft), Some(Draft), Some(Published)]),
                    ("site administrator", [Some(Draft), Some(Draft), Some(Published)]),
                ]
            );
            let anonymous = Requester::new(Principal::Anonymous, vec![]);
            assert!(!anonymous.list_reports(false, false));
            assert!(anonymous.list_reports(true, false) && anonymous.list_reports(false, true));
        }

        #[test]
        fn a_page_is_read_by_members_always_and_by_the_public_once_published() {
            for (published, public) in [(false, false), (true, true)] {
                assert_eq!(may_read_page(Principal::Anonymous, published), public);
                assert_eq!(may_read_page(user(None), published), public);
                assert!(may_read_page(user(Some(Role::Reader)), published));
            }
        }
    }
}
