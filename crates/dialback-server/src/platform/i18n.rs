//! Translated messages: Fluent files in `locales/<tag>/`, embedded at build time.
//!
//! [`Tr`] is a language bound to the message catalogue; handlers and templates call it
//! with a message id. Plural forms follow each language's CLDR rules through Fluent
//! selectors on a number argument.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use dialback_domain::Language;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps each inserted value in Unicode isolation marks by default, which
        // would show up as stray characters in HTML attributes and e-mail subjects.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDENTIFIERS: LazyLock<HashMap<Language, LanguageIdentifier>> = LazyLock::new(|| {
    Language::ALL
        .into_iter()
        .map(|language| {
            (
                language,
                language
                    .tag()
                    .parse()
                    .expect("every language tag is valid BCP 47"),
            )
        })
        .collect()
});

thread_local! {
    /// Lookups of this thread that found no message, for tests of code that builds ids.
    static MISSING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many lookups on this thread found no message so far.
pub fn missing_lookups() -> usize {
    MISSING.with(std::cell::Cell::get)
}

/// A translator for one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub language: Language,
}

impl Tr {
    pub fn new(language: Language) -> Self {
        Self { language }
    }

    /// Translates the message `id`.
    pub fn t(&self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// Translates `id` with one text argument `name`.
    pub fn t_with(&self, id: &str, name: &str, value: &str) -> String {
        let args = HashMap::from([(
            Cow::Owned(name.to_owned()),
            FluentValue::from(value.to_owned()),
        )]);
        self.lookup(id, Some(&args))
    }

    /// Translates `id` with the number argument `count`, which selects the plural form.
    pub fn t_count(&self, id: &str, count: i64) -> String {
        let args = HashMap::from([(Cow::Borrowed("count"), FluentValue::from(count))]);
        self.lookup(id, Some(&args))
    }

    /// Translates `id` with any arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Owned((*name).to_owned()), value.clone()))
            .collect();
        self.lookup(id, Some(&args))
    }

    fn lookup(&self, id: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue>>) -> String {
        let identifier = &IDENTIFIERS[&self.language];
        match LOCALES.try_lookup_complete(identifier, id, args) {
            Some(text) => text,
            None => {
                MISSING.with(|missing| missing.set(missing.get() + 1));
                tracing::error!(
                    message.id = id,
                    language = self.language.tag(),
                    "translation missing"
                );
                id.to_owned()
            }
        }
    }
}
