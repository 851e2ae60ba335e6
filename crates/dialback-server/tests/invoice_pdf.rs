//! Invoice PDFs read back with poppler's `pdftotext`: every language's letters, names,
//! addresses and amounts come out intact, and the font travels inside the file.

use std::io::Write;
use std::process::Command;
use std::str::FromStr;

use dialback_domain::{Currency, Decimal, Language, format_money};
use dialback_server::invoices::pdf::{InvoiceDocument, InvoiceLine, Party, render};
use dialback_server::platform::i18n::Tr;

fn decimal(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn polish_invoice() -> InvoiceDocument {
    InvoiceDocument {
        number: "FV/2026/00042".to_owned(),
        issued_on: "04.12.2026".to_owned(),
        paid_on: "03.12.2026".to_owned(),
        transaction_id: "manual".to_owned(),
        seller: Party {
            name: "Dialback Sp. z o.o.".to_owned(),
            address_lines: vec![
                "ul. Żółkiewskiego 12".to_owned(),
                "00-950 Łódź".to_owned(),
                "Polska".to_owned(),
            ],
            tax_id: Some("PL1234563218".to_owned()),
        },
        buyer: Party {
            name: "Květinářství Řeřicha s.r.o.".to_owned(),
            address_lines: vec![
                "Třída Tomáše Bati 5".to_owned(),
                "760 01 Zlín".to_owned(),
                "Česko".to_owned(),
            ],
            tax_id: Some("CZ25789121".to_owned()),
        },
        lines: vec![
            InvoiceLine {
                description: "Abonament Biznes — 12 miesięcy, źródło: wiosenna promocja".to_owned(),
                quantity: 1,
                unit_net: decimal("12345.50"),
                vat_rate: decimal("23"),
            },
            InvoiceLine {
                description: "Dodatkowe połączenia".to_owned(),
                quantity: 3,
                unit_net: decimal("99.99"),
                vat_rate: decimal("23"),
            },
        ],
        currency: Currency::Pln,
        language: Language::Polish,
    }
}

/// Replaces CLDR's no-break spaces with plain ones. The PDF draws both with the font's
/// one space glyph, so extracted text can only give that glyph back as a plain space.
fn plain_spaces(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// Extracts the text of `pdf` with `pdftotext`, in reading order.
fn extract_text(pdf: &[u8]) -> String {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(pdf).unwrap();
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext runs; scripts/test installs poppler-utils");
    assert!(
        output.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Lines of `pdffonts` output for the fonts of `pdf`.
fn fonts(pdf: &[u8]) -> String {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(pdf).unwrap();
    let output = Command::new("pdffonts").arg(file.path()).output().unwrap();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn polish_and_czech_names_and_amounts_come_out_intact() {
    let doc = polish_invoice();
    let pdf = render(&doc);
    assert!(pdf.starts_with(b"%PDF-"));
    if let Ok(path) = std::env::var("DIALBACK_KEEP_INVOICE_PDF") {
        std::fs::write(path, &pdf).unwrap();
    }
    let text = extract_text(&pdf);

    for expected in [
        "Faktura",
        "FV/2026/00042",
        "Data wystawienia",
        "04.12.2026",
        "Data zapłaty",
        "manual",
        "Dialback Sp. z o.o.",
        "ul. Żółkiewskiego 12",
        "00-950 Łódź",
        "NIP: PL1234563218",
        "Květinářství Řeřicha s.r.o.",
        "Třída Tomáše Bati 5",
        "760 01 Zlín",
        "NIP: CZ25789121",
        "Dodatkowe połączenia",
        "23%",
        "Razem",
        "Waluta: PLN",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} is missing from:\n{text}"
        );
    }

    // 12 345,50 + 3 × 99,99 = 12 645,47 net; VAT 2839,47 + 68,99 = 2908,46.
    let totals = doc.totals();
    assert_eq!(totals.net, decimal("12645.47"));
    assert_eq!(totals.vat, decimal("2908.46"));
    assert_eq!(totals.gross, decimal("15553.93"));
    for amount in [
        "12345.50", "299.97", "2839.47", "68.99", "12645.47", "2908.46", "15553.93",
    ] {
        let formatted = plain_spaces(&format_money(
            decimal(amount),
            Currency::Pln,
            Language::Polish,
        ));
        assert!(
            text.contains(&formatted),
            "{formatted:?} is missing from:\n{text}"
        );
    }
    assert!(
        text.contains("12 345,50 zł"),
        "a grouped Polish amount: {text}"
    );
    assert!(
        text.contains("2839,47 zł"),
        "CLDR leaves 4 digits ungrouped: {text}"
    );
}

#[test]
fn every_languages_letters_are_embedded_and_extracted() {
    let names = [
        (
            Language::Romanian,
            "Florăria Ștefănescu și Țuțuianu S.R.L.",
            "Strada Mărțișor 3, Iași",
        ),
        (
            Language::Portuguese,
            "Floricultura Conceição & Irmãos, Lda.",
            "Rua da Graça 7, Évora",
        ),
        (
            Language::PortugueseBrazil,
            "Floricultura São João Ltda.",
            "Avenida Paulista 1000, São Paulo",
        ),
        (
            Language::French,
            "Fleuriste Hélène & Françoise",
            "Rue de l’Église 9, Besançon",
        ),
        (
            Language::German,
            "Blumenhaus Weiß & Söhne GmbH",
            "Große Straße 1, Düsseldorf",
        ),
        (
            Language::Spanish,
            "Floristería Muñoz y Peñalver",
            "Calle de la Niña 4, A Coruña",
        ),
        (
            Language::Italian,
            "Fioreria Niccolò & Citterà",
            "Via dell’Università 2, Forlì",
        ),
        (
            Language::Czech,
            "Zahradnictví Dvořák",
            "Náměstí Míru 8, Ústí nad Labem",
        ),
        (
            Language::Polish,
            "Kwiaciarnia Żaneta Ślęzak",
            "ul. Gęsia 5, Gdańsk",
        ),
        (
            Language::English,
            "Florist & Sons Ltd",
            "1 High Street, London",
        ),
    ];
    for (language, name, address) in names {
        let mut doc = polish_invoice();
        doc.language = language;
        doc.currency = Currency::Eur;
        doc.buyer.name = name.to_owned();
        doc.buyer.address_lines = vec![address.to_owned()];
        let pdf = render(&doc);
        let text = extract_text(&pdf);
        assert!(text.contains(name), "{name:?} is missing from:\n{text}");
        assert!(
            text.contains(address),
            "{address:?} is missing from:\n{text}"
        );
        let gross = plain_spaces(&format_money(doc.totals().gross, Currency::Eur, language));
        assert!(text.contains(&gross), "{gross:?} is missing from:\n{text}");
    }

    let fonts = fonts(&render(&polish_invoice()));
    assert!(fonts.contains("DejaVuSans"), "{fonts}");
    let font_line = fonts.lines().find(|l| l.contains("DejaVuSans")).unwrap();
    // pdffonts' "emb" and "sub" columns: the font is embedded and subset.
    assert!(font_line.contains(" yes yes "), "{font_line}");
}

#[test]
fn labels_follow_the_invoice_language() {
    let expectations = [
        (Language::English, ["Invoice", "SELLER", "BUYER", "Total"]),
        (
            Language::German,
            ["Rechnung", "VERKÄUFER", "KÄUFER", "Summe"],
        ),
        (
            Language::Czech,
            ["Faktura", "DODAVATEL", "ODBĚRATEL", "Celkem"],
        ),
        (
            Language::Romanian,
            ["Factură", "FURNIZOR", "CUMPĂRĂTOR", "Total"],
        ),
        (
            Language::French,
            ["Facture", "VENDEUR", "ACHETEUR", "Total"],
        ),
    ];
    for (language, labels) in expectations {
        let mut doc = polish_invoice();
        doc.language = language;
        doc.lines[1].vat_rate = decimal("8.5");
        let text = plain_spaces(&extract_text(&render(&doc)));
        for label in labels {
            assert!(
                text.contains(label),
                "{}: {label:?} is missing from:\n{text}",
                language.tag()
            );
        }
    }
}

/// Every word of every column heading comes out whole in all ten languages: a heading
/// wraps only between words, and a word too wide for its column is set smaller instead
/// of being cut (Czech "Množství" once came out as "Množs" and "tví").
#[test]
fn column_headings_never_break_inside_a_word() {
    const HEADINGS: [&str; 8] = [
        "invoice-pdf-col-number",
        "invoice-pdf-col-description",
        "invoice-pdf-col-quantity",
        "invoice-pdf-col-unit-net",
        "invoice-pdf-col-net",
        "invoice-pdf-col-vat-rate",
        "invoice-pdf-col-vat",
        "invoice-pdf-col-gross",
    ];
    for language in Language::ALL {
        let mut doc = polish_invoice();
        doc.language = language;
        let text = plain_spaces(&extract_text(&render(&doc)));
        let words: std::collections::HashSet<&str> = text.split_whitespace().collect();
        let tr = Tr::new(language);
        for id in HEADINGS {
            let heading = plain_spaces(&tr.t(id));
            for word in heading.split_whitespace() {
                assert!(
                    words.contains(word),
                    "{}: the word {word:?} of {heading:?} is split or missing in:\n{text}",
                    language.tag()
                );
            }
        }
    }
}

#[test]
fn brazilian_amounts_and_many_lines_flow_onto_more_pages() {
    let mut doc = polish_invoice();
    doc.language = Language::PortugueseBrazil;
    doc.currency = Currency::Brl;
    doc.lines = (1..=60)
        .map(|n| InvoiceLine {
            description: format!("Ligação nº {n}"),
            quantity: 1,
            unit_net: decimal("1234.50"),
            vat_rate: decimal("0"),
        })
        .collect();
    let pdf = render(&doc);
    let text = extract_text(&pdf);
    assert!(
        text.matches('\u{c}').count() >= 2,
        "a form feed per page: {text}"
    );
    assert!(text.contains("Ligação nº 60"), "{text}");
    assert!(text.contains("R$ 1.234,50"), "{text}");
    // 60 × 1234,50 with no VAT.
    assert!(text.contains("R$ 74.070,00"), "{text}");
    assert_eq!(doc.totals().vat, Decimal::ZERO);
}

#[test]
fn vat_rounds_half_up_per_line() {
    let line = InvoiceLine {
        description: "Test".to_owned(),
        quantity: 1,
        unit_net: decimal("0.50"),
        vat_rate: decimal("23"),
    };
    // 0,50 × 23 % = 0,115, which rounds up to 0,12.
    let amounts = line.amounts(Currency::Pln);
    assert_eq!(amounts.vat, decimal("0.12"));
    assert_eq!(amounts.gross, decimal("0.62"));
}
