//! Permissions of API keys. A parent permission (`widgets`) includes its children
//! (`widgets.view`, `widgets.edit`, `widgets.call`).

use crate::Invalid;

/// One permission an API key can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Permission {
    Calls,
    CallsView,
    Managers,
    ManagersView,
    ManagersEdit,
    Sms,
    SmsView,
    SmsEdit,
    Voice,
    VoiceView,
    VoiceEdit,
    Widgets,
    WidgetsView,
    WidgetsEdit,
    WidgetsCall,
}

impl Permission {
    /// Every permission, in the order the API key form lists them.
    pub const ALL: [Permission; 15] = [
        Permission::Calls,
        Permission::CallsView,
        Permission::Managers,
        Permission::ManagersView,
        Permission::ManagersEdit,
        Permission::Sms,
        Permission::SmsView,
        Permission::SmsEdit,
        Permission::Voice,
        Permission::VoiceView,
        Permission::VoiceEdit,
        Permission::Widgets,
        Permission::WidgetsView,
        Permission::WidgetsEdit,
        Permission::WidgetsCall,
    ];

    /// The identifier used in the API, the form and the database, such as `widgets.call`.
    pub const fn id(self) -> &'static str {
        match self {
            Permission::Calls => "calls",
            Permission::CallsView => "calls.view",
            Permission::Managers => "managers",
            Permission::ManagersView => "managers.view",
            Permission::ManagersEdit => "managers.edit",
            Permission::Sms => "sms",
            Permission::SmsView => "sms.view",
            Permission::SmsEdit => "sms.edit",
            Permission::Voice => "voice",
            Permission::VoiceView => "voice.view",
            Permission::VoiceEdit => "voice.edit",
            Permission::Widgets => "widgets",
            Permission::WidgetsView => "widgets.view",
            Permission::WidgetsEdit => "widgets.edit",
            Permission::WidgetsCall => "widgets.call",
        }
    }

    /// The parent that includes this permission, if any.
    pub const fn parent(self) -> Option<Permission> {
        match self {
            Permission::CallsView => Some(Permission::Calls),
            Permission::ManagersView | Permission::ManagersEdit => Some(Permission::Managers),
            Permission::SmsView | Permission::SmsEdit => Some(Permission::Sms),
            Permission::VoiceView | Permission::VoiceEdit => Some(Permission::Voice),
            Permission::WidgetsView | Permission::WidgetsEdit | Permission::WidgetsCall => {
                Some(Permission::Widgets)
            }
            _ => None,
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|p| p.id() == id)
            .ok_or(Invalid::new("error-permission-unknown"))
    }

    /// Parses a comma-separated list such as `calls.view,widgets`; duplicates are dropped.
    pub fn parse_list(list: &str) -> Result<Vec<Self>, Invalid> {
        let mut permissions: Vec<Permission> = list
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(Self::parse)
            .collect::<Result<_, _>>()?;
        permissions.sort();
        permissions.dedup();
        Ok(permissions)
    }
}

/// Whether `granted` allows `needed`, directly or through its parent.
pub fn allows(granted: &[Permission], needed: Permission) -> bool {
    granted.contains(&needed)
        || needed
            .parent()
            .is_some_and(|parent| granted.contains(&parent))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_includes_children() {
        assert!(allows(&[Permission::Widgets], Permission::WidgetsCall));
        assert!(allows(&[Permission::Widgets], Permission::Widgets));
        assert!(!allows(&[Permission::WidgetsView], Permission::WidgetsCall));
        assert!(!allows(&[Permission::WidgetsCall], Permission::Widgets));
        assert!(!allows(&[Permission::Calls], Permission::WidgetsView));
    }

    #[test]
    fn list_parsing() {
        assert_eq!(
            Permission::parse_list("widgets.call, calls.view,widgets.call").unwrap(),
            vec![Permission::CallsView, Permission::WidgetsCall]
        );
        assert!(Permission::parse_list("widgets,admin").is_err());
    }

    #[test]
    fn ids_round_trip() {
        for permission in Permission::ALL {
            assert_eq!(Permission::parse(permission.id()), Ok(permission));
        }
    }
}
