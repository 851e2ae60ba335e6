//! The ten message catalogues: complete, parseable, and with correct plural forms.

use std::collections::BTreeSet;
use std::path::Path;

use dialback_domain::{ActivityKind, Language, NotificationEvent};
use dialback_server::platform::i18n::Tr;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn catalogue(language: Language) -> fluent_syntax::ast::Resource<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(language.tag())
        .join("main.ftl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is missing: {e}", path.display()));
    fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()))
}

fn message_ids(language: Language) -> BTreeSet<String> {
    catalogue(language)
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_has_every_message() {
    let english = message_ids(Language::English);
    for language in Language::ALL {
        let ids = message_ids(language);
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag());
        assert!(
            extra.is_empty(),
            "{} has unknown ids {extra:?}",
            language.tag()
        );
    }
}

#[test]
fn every_message_has_a_value() {
    for language in Language::ALL {
        for entry in catalogue(language).body {
            if let Entry::Message(message) = entry {
                assert!(
                    message.value.is_some(),
                    "{} {} has no value",
                    language.tag(),
                    message.id.name
                );
            }
        }
    }
}

/// Returns the variant keys of every select expression in a pattern.
fn selector_keys(pattern: &Pattern<String>) -> Vec<BTreeSet<String>> {
    let mut found = Vec::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { variants, .. },
        } = element
        {
            found.push(
                variants
                    .iter()
                    .map(|v| match &v.key {
                        fluent_syntax::ast::VariantKey::Identifier { name } => name.clone(),
                        fluent_syntax::ast::VariantKey::NumberLiteral { value } => value.clone(),
                    })
                    .collect(),
            );
            for variant in variants {
                found.extend(selector_keys(&variant.value));
            }
        }
        if let PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::Placeable { .. }),
        } = element
        {
            continue;
        }
    }
    found
}

#[test]
fn plural_selectors_cover_each_languages_categories() {
    // CLDR cardinal categories that integers can take in each language.
    let required: &[(Language, &[&str])] = &[
        (Language::English, &["one", "other"]),
        (Language::Polish, &["one", "few", "many"]),
        (Language::Czech, &["one", "few", "other"]),
        (Language::Romanian, &["one", "few", "other"]),
        (Language::German, &["one", "other"]),
        (Language::French, &["one", "many", "other"]),
        (Language::Italian, &["one", "many", "other"]),
        (Language::Spanish, &["one", "many", "other"]),
        (Language::Portuguese, &["one", "many", "other"]),
        (Language::PortugueseBrazil, &["one", "many", "other"]),
    ];
    for (language, categories) in required {
        for entry in catalogue(*language).body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let Some(value) = &message.value else {
                continue;
            };
            for keys in selector_keys(value) {
                for category in *categories {
                    assert!(
                        keys.contains(*category),
                        "{} {} lacks the plural category {category}",
                        language.tag(),
                        message.id.name
                    );
                }
            }
        }
    }
}

#[test]
fn polish_minutes_follow_plural_rules() {
    let tr = Tr::new(Language::Polish);
    let text = |n| tr.t_count("login-throttled", n);
    assert!(text(1).contains("1 minutę"), "{}", text(1));
    assert!(text(2).contains("2 minuty"), "{}", text(2));
    assert!(text(5).contains("5 minut"), "{}", text(5));
    assert!(text(12).contains("12 minut"), "{}", text(12));
    assert!(text(22).contains("22 minuty"), "{}", text(22));
}

#[test]
fn czech_minutes_follow_plural_rules() {
    let tr = Tr::new(Language::Czech);
    let text = |n| tr.t_count("login-throttled", n);
    assert!(text(1).contains("1 minutu"), "{}", text(1));
    assert!(text(3).contains("3 minuty"), "{}", text(3));
    assert!(text(5).contains("5 minut"), "{}", text(5));
}

#[test]
fn every_activity_kind_is_described() {
    for language in Language::ALL {
        let ids = message_ids(language);
        for kind in ActivityKind::ALL {
            assert!(
                ids.contains(&format!("activity-kind-{}", kind.id())),
                "{} lacks a description of {}",
                language.tag(),
                kind.id()
            );
        }
    }
}

#[test]
fn every_notification_event_is_named() {
    for language in Language::ALL {
        let ids = message_ids(language);
        for event in NotificationEvent::ALL {
            assert!(
                ids.contains(&format!("notify-event-{}", event.slug())),
                "{} lacks a name for {}",
                language.tag(),
                event.code()
            );
        }
    }
}

#[test]
fn inserted_values_carry_no_isolation_marks() {
    let text = Tr::new(Language::English).t_with("profile-phone-stored", "phone", "+48501234567");
    assert_eq!(text, "Stored as +48501234567.");
}
