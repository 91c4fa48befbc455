//! Who may do what: the one authorisation policy of WijkWijzer.
//!
//! Every route asks this module, through the web layer's extractors, before it touches a programme.
//! The policy is a pure function so that it can be tested exhaustively per role.

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

/// Site-wide actions, not tied to one programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteAction {
    CreateProgramme,
    ManageAccounts,
    ReadSiteHistory,
    /// Review the indicator catalogue (themes, polarity, scan use). For site administrators and
    /// for whoever is beheerder of at least one programme; `role` then is `Some(Manager)`.
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

/// May `who` do a site-wide `action`? Site administrators may; beheerders may review indicators.
pub fn site_allowed(who: Principal, action: SiteAction) -> bool {
    matches!(
        (who, action),
        (Principal::User { is_admin: true, .. }, _)
            | (
                Principal::User { role: Some(Role::Manager), .. },
                SiteAction::ClassifyIndicators | SiteAction::ImportStatistics
            )
    )
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
        assert!(site_allowed(Principal::User { is_admin: true, role: None }, SiteAction::CreateProgramme));
        assert!(!site_allowed(
            Principal::User { is_admin: false, role: Some(Role::Manager) },
            SiteAction::CreateProgramme
        ));
        assert!(!site_allowed(Principal::Anonymous, SiteAction::ManageAccounts));
    }

    #[test]
    fn managers_of_any_programme_may_review_the_indicator_catalogue() {
        let manager = Principal::User { is_admin: false, role: Some(Role::Manager) };
        assert!(site_allowed(manager, SiteAction::ClassifyIndicators));
        assert!(!site_allowed(manager, SiteAction::ManageAccounts));
        assert!(!site_allowed(
            Principal::User { is_admin: false, role: Some(Role::Partner) },
            SiteAction::ClassifyIndicators
        ));
        assert!(!site_allowed(Principal::Anonymous, SiteAction::ClassifyIndicators));
        assert!(site_allowed(manager, SiteAction::ImportStatistics));
        assert!(!site_allowed(
            Principal::User { is_admin: false, role: Some(Role::Partner) },
            SiteAction::ImportStatistics
        ));
    }

    #[test]
    fn role_keys_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_key(r.key()), Some(r));
        }
        assert_eq!(Role::from_key("admin"), None);
    }
}
