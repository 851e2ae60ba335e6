//! The ten languages Dialback speaks, and choosing one from a browser's Accept-Language.

use crate::Invalid;

/// A language of the interface, of SMS texts or of e-mails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    English,
    Polish,
    German,
    Portuguese,
    PortugueseBrazil,
    Spanish,
    Italian,
    French,
    Czech,
    Romanian,
}

impl Language {
    /// Every language, in the order selects list them.
    pub const ALL: [Language; 10] = [
        Language::English,
        Language::Polish,
        Language::German,
        Language::Portuguese,
        Language::PortugueseBrazil,
        Language::Spanish,
        Language::Italian,
        Language::French,
        Language::Czech,
        Language::Romanian,
    ];

    /// The BCP 47 tag stored in the database and sent in `<html lang>`.
    pub const fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Polish => "pl",
            Language::German => "de",
            Language::Portuguese => "pt",
            Language::PortugueseBrazil => "pt-BR",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::French => "fr",
            Language::Czech => "cs",
            Language::Romanian => "ro",
        }
    }

    /// The language's name in itself, as language pickers show it.
    pub const fn autonym(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Polish => "Polski",
            Language::German => "Deutsch",
            Language::Portuguese => "Português",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::Spanish => "Español",
            Language::Italian => "Italiano",
            Language::French => "Français",
            Language::Czech => "Čeština",
            Language::Romanian => "Română",
        }
    }

    /// The ISO 3166 region in which a phone number typed without a country code is read.
    pub const fn home_region(self) -> &'static str {
        match self {
            Language::English => "GB",
            Language::Polish => "PL",
            Language::German => "DE",
            Language::Portuguese => "PT",
            Language::PortugueseBrazil => "BR",
            Language::Spanish => "ES",
            Language::Italian => "IT",
            Language::French => "FR",
            Language::Czech => "CZ",
            Language::Romanian => "RO",
        }
    }

    /// The time zone a new user who signs up in this language starts with.
    pub const fn home_timezone(self) -> &'static str {
        match self {
            Language::English => "Europe/London",
            Language::Polish => "Europe/Warsaw",
            Language::German => "Europe/Berlin",
            Language::Portuguese => "Europe/Lisbon",
            Language::PortugueseBrazil => "America/Sao_Paulo",
            Language::Spanish => "Europe/Madrid",
            Language::Italian => "Europe/Rome",
            Language::French => "Europe/Paris",
            Language::Czech => "Europe/Prague",
            Language::Romanian => "Europe/Bucharest",
        }
    }

    /// The date format a new user who signs up in this language starts with.
    pub const fn home_date_format(self) -> crate::DateFormat {
        match self {
            Language::Polish | Language::German | Language::Czech | Language::Romanian => {
                crate::DateFormat::DayMonthYearDots
            }
            Language::English
            | Language::Portuguese
            | Language::PortugueseBrazil
            | Language::Spanish
            | Language::Italian
            | Language::French => crate::DateFormat::DayMonthYearSlashes,
        }
    }

    /// Parses a stored or submitted tag; only the ten exact tags are accepted.
    pub fn parse(tag: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|language| language.tag() == tag)
            .ok_or(Invalid::new("error-language-unknown"))
    }

    /// Picks the best language for an `Accept-Language` header, or `None` when no entry fits.
    ///
    /// Entries are tried by descending quality. `pt-BR` matches Brazilian Portuguese and
    /// any other `pt-*` matches Portuguese; for the rest the primary subtag decides.
    pub fn negotiate(header: &str) -> Option<Self> {
        let mut ranges: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, entry)| {
                let mut parts = entry.split(';');
                let range = parts.next()?.trim();
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (!range.is_empty() && quality > 0.0).then_some((quality, position, range))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

        ranges
            .into_iter()
            .find_map(|(_, _, range)| Self::match_range(range))
    }

    fn match_range(range: &str) -> Option<Self> {
        let lower = range.to_ascii_lowercase();
        let mut subtags = lower.split(['-', '_']);
        let primary = subtags.next()?;
        let region = subtags.next();
        match (primary, region) {
            ("pt", Some("br")) => Some(Language::PortugueseBrazil),
            ("pt", _) => Some(Language::Portuguese),
            _ => Self::ALL
                .into_iter()
                .find(|language| language.tag() == primary),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tag_round_trips() {
        for language in Language::ALL {
            assert_eq!(Language::parse(language.tag()), Ok(language));
        }
    }

    #[test]
    fn unknown_tag_rejected() {
        assert!(Language::parse("ru").is_err());
        assert!(Language::parse("PL").is_err());
    }

    #[test]
    fn negotiation_follows_quality() {
        assert_eq!(
            Language::negotiate("pl-PL,pl;q=0.9,en;q=0.8"),
            Some(Language::Polish)
        );
        assert_eq!(
            Language::negotiate("ru;q=1, de;q=0.5, en;q=0.7"),
            Some(Language::English)
        );
        assert_eq!(
            Language::negotiate("pt-BR"),
            Some(Language::PortugueseBrazil)
        );
        assert_eq!(
            Language::negotiate("pt-PT,pt;q=0.8"),
            Some(Language::Portuguese)
        );
        assert_eq!(Language::negotiate("cs-CZ"), Some(Language::Czech));
    }

    #[test]
    fn negotiation_without_match_is_none() {
        assert_eq!(Language::negotiate("ru, ja;q=0.5"), None);
        assert_eq!(Language::negotiate(""), None);
        assert_eq!(Language::negotiate("fr;q=0"), None);
    }
}
