//! Host names of web sites that may show a widget (trusted domains).

use crate::Invalid;

/// A lower-case host name such as `shop.example.com`, or a wildcard `*.example.com`,
/// which admits every subdomain and `example.com` itself. A plain name also admits `www.`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainName(String);

impl DomainName {
    /// Parses a host name; a pasted URL (`https://Shop.Example.com/path`) is reduced to its host.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let invalid = Invalid::new("error-domain-invalid");
        let mut host = input.trim().to_ascii_lowercase();
        if let Some((_, rest)) = host.split_once("://") {
            host = rest.to_owned();
        }
        host = host
            .split(['/', '?', '#'])
            .next()
            .unwrap_or_default()
            .to_owned();
        host = host
            .split(':')
            .next()
            .unwrap_or_default()
            .trim_end_matches('.')
            .to_owned();

        let name = host.strip_prefix("*.").unwrap_or(&host);
        let labels_ok = name.split('.').count() >= 2
            && name.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    && !label.starts_with('-')
                    && !label.ends_with('-')
            });
        if host.len() > 253 || !labels_ok {
            return Err(invalid);
        }
        Ok(Self(host))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the host of a request's `Origin` matches this domain.
    pub fn matches_host(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        match self.0.strip_prefix("*.") {
            Some(parent) => host == parent || host.ends_with(&format!(".{parent}")),
            None => host == self.0 || host == format!("www.{}", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_reduce_to_hosts() {
        assert_eq!(
            DomainName::parse("https://Shop.Example.com/cart?x=1")
                .unwrap()
                .as_str(),
            "shop.example.com"
        );
        assert_eq!(
            DomainName::parse("example.pl:8443").unwrap().as_str(),
            "example.pl"
        );
    }

    #[test]
    fn invalid_hosts_rejected() {
        for input in [
            "",
            "localhost",
            "exa mple.com",
            "-bad.com",
            "a..b.com",
            "*.com",
        ] {
            assert!(DomainName::parse(input).is_err(), "{input:?} was accepted");
        }
    }

    #[test]
    fn matching() {
        let plain = DomainName::parse("example.com").unwrap();
        assert!(plain.matches_host("example.com"));
        assert!(plain.matches_host("www.example.com"));
        assert!(!plain.matches_host("evil-example.com"));
        let wildcard = DomainName::parse("*.example.com").unwrap();
        assert!(wildcard.matches_host("shop.example.com"));
        assert!(wildcard.matches_host("example.com"));
        assert!(!wildcard.matches_host("example.com.evil.net"));
    }
}
