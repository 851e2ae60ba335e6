//! Renders an invoice as a PDF: seller and buyer, the items with their net, VAT and
//! gross amounts, and the totals, labelled in the invoice's language.
//!
//! The text is set in `DejaVu Sans`, which krilla embeds as a subset. Its glyphs cover
//! every letter of Dialback's ten languages. The font and its licence are in
//! `assets/fonts`. The caller passes everything already decided: dates formatted for
//! the language, the parties as they were when the invoice was issued. This module only
//! computes the amounts and lays them out, so the same input always gives the same
//! document.

use dialback_domain::{Currency, Decimal, Language, format_money};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use rust_decimal::RoundingStrategy;

use crate::platform::i18n::Tr;

/// `DejaVu Sans` 2.37 (Bitstream Vera licence, see `assets/fonts/DejaVuSans-LICENSE.txt`).
static FONT_DATA: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// The content of an invoice: final texts, and lines from which the amounts follow.
#[derive(Debug, Clone)]
pub struct InvoiceDocument {
    pub number: String,
    /// The date of issue, formatted for the invoice's language.
    pub issued_on: String,
    /// The payment date, formatted for the invoice's language.
    pub paid_on: String,
    /// The payment's reference, or `manual`.
    pub transaction_id: String,
    pub seller: Party,
    pub buyer: Party,
    pub lines: Vec<InvoiceLine>,
    pub currency: Currency,
    pub language: Language,
}

/// The seller or the buyer, as printed.
#[derive(Debug, Clone)]
pub struct Party {
    pub name: String,
    /// Street, postal code and city, country: one printed line each.
    pub address_lines: Vec<String>,
    pub tax_id: Option<String>,
}

/// One item of an invoice.
#[derive(Debug, Clone)]
pub struct InvoiceLine {
    pub description: String,
    pub quantity: u32,
    /// The net price of one unit, in the invoice's currency.
    pub unit_net: Decimal,
    /// The VAT rate in percent: `23` is 23 %, `0` a line without VAT.
    pub vat_rate: Decimal,
}

/// Net, VAT and gross of one line or of the whole invoice, each rounded to the minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amounts {
    pub net: Decimal,
    pub vat: Decimal,
    pub gross: Decimal,
}

impl InvoiceLine {
    /// Computes the line's amounts. Net is the unit price times the quantity, and gross
    /// is net plus VAT. VAT is rounded half up to the minor unit, because Polish, Czech
    /// and German VAT law round half a grosz or cent and more up.
    pub fn amounts(&self, currency: Currency) -> Amounts {
        let places = currency.minor_units();
        let net = (self.unit_net * Decimal::from(self.quantity))
            .round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
        let vat = (net * self.vat_rate / Decimal::ONE_HUNDRED)
            .round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
        Amounts {
            net,
            vat,
            gross: net + vat,
        }
    }
}

impl InvoiceDocument {
    /// Sums the lines' amounts into the totals the invoice prints.
    pub fn totals(&self) -> Amounts {
        self.lines
            .iter()
            .map(|line| line.amounts(self.currency))
            .fold(
                Amounts {
                    net: Decimal::ZERO,
                    vat: Decimal::ZERO,
                    gross: Decimal::ZERO,
                },
                |sum, line| Amounts {
                    net: sum.net + line.net,
                    vat: sum.vat + line.vat,
                    gross: sum.gross + line.gross,
                },
            )
    }
}

/// Renders the invoice as PDF bytes, on as many A4 pages as its lines need.
pub fn render(doc: &InvoiceDocument) -> Vec<u8> {
    let pages = Layout::new(doc).pages();

    let font = Font::new(FONT_DATA.into(), 0).expect("the embedded font parses");
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!(
                "{} {}",
                Tr::new(doc.language).t("invoice-pdf-title"),
                doc.number
            ))
            .language(doc.language.tag().to_owned())
            .creator("Dialback".to_owned()),
    );
    for ops in pages {
        let mut page = document.start_page_with(
            PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("A4 is a valid size"),
        );
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    text,
                    grey: is_grey,
                } => {
                    surface.set_fill(Some(Fill {
                        paint: grey(if is_grey { GREY } else { BLACK }).into(),
                        opacity: NormalizedF32::ONE,
                        rule: Default::default(),
                    }));
                    surface.draw_text(
                        Point::from_xy(x, y),
                        font.clone(),
                        size,
                        &text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Op::Rule { x1, x2, y, width } => {
                    let mut builder = PathBuilder::new();
                    builder.move_to(x1, y);
                    builder.line_to(x2, y);
                    if let Some(path) = builder.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: grey(RULE).into(),
                            width,
                            ..Default::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .expect("krilla writes a document of text and lines")
}

const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 50.0;
/// Lowest baseline on a page before the table moves to the next one.
const BOTTOM: f32 = PAGE_HEIGHT - 60.0;
const BODY: f32 = 9.5;
const SMALL: f32 = 8.0;
const LEADING: f32 = 1.35;

/// Grey levels of body text, labels and table rules.
const BLACK: u8 = 20;
const GREY: u8 = 95;
const RULE: u8 = 170;

fn grey(level: u8) -> rgb::Color {
    rgb::Color::new(level, level, level)
}

/// One drawing step; the layout is worked out first so that page breaks are known
/// before krilla's page borrows the document.
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
        grey: bool,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        width: f32,
    },
}

/// How a table column aligns its text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Right,
}

/// The table's columns: the message id of the heading, the width and the alignment.
/// The widths and the seven gutters between them add up to the text width (495 pt).
const COLUMNS: [(&str, f32, Align); 8] = [
    ("invoice-pdf-col-number", 18.0, Align::Left),
    ("invoice-pdf-col-description", 110.0, Align::Left),
    ("invoice-pdf-col-quantity", 36.0, Align::Right),
    ("invoice-pdf-col-unit-net", 62.0, Align::Right),
    ("invoice-pdf-col-net", 62.0, Align::Right),
    ("invoice-pdf-col-vat-rate", 36.0, Align::Right),
    ("invoice-pdf-col-vat", 58.0, Align::Right),
    ("invoice-pdf-col-gross", 71.0, Align::Right),
];

/// Space between columns, in points.
const GUTTER: f32 = 6.0;

struct Layout<'a> {
    doc: &'a InvoiceDocument,
    tr: Tr,
    face: rustybuzz::Face<'static>,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl<'a> Layout<'a> {
    fn new(doc: &'a InvoiceDocument) -> Self {
        let face = rustybuzz::Face::from_slice(FONT_DATA, 0).expect("the embedded font parses");
        Self {
            doc,
            tr: Tr::new(doc.language),
            face,
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    fn pages(mut self) -> Vec<Vec<Op>> {
        self.header();
        self.parties();
        self.table();
        self.pages
    }

    fn header(&mut self) {
        let title = self.tr.t("invoice-pdf-title");
        self.y += 20.0;
        self.text(MARGIN, self.y, 20.0, &title, false);
        self.y += 28.0;

        let doc = self.doc;
        let rows = [
            ("invoice-pdf-number", doc.number.as_str()),
            ("invoice-pdf-issued-on", doc.issued_on.as_str()),
            ("invoice-pdf-paid-on", doc.paid_on.as_str()),
            ("invoice-pdf-transaction", doc.transaction_id.as_str()),
        ];
        let labels: Vec<String> = rows.iter().map(|(id, _)| self.tr.t(id)).collect();
        let label_width = labels
            .iter()
            .map(|label| self.width(label, BODY))
            .fold(0.0, f32::max);
        let value_x = MARGIN + label_width + 12.0;
        for (label, (_, value)) in labels.iter().zip(rows) {
            self.text(MARGIN, self.y, BODY, label, true);
            for line in self.wrap(value, BODY, PAGE_WIDTH - MARGIN - value_x) {
                self.text(value_x, self.y, BODY, &line, false);
                self.y += BODY * LEADING;
            }
        }
        let currency = self
            .tr
            .t_with("invoice-pdf-currency", "code", self.doc.currency.code());
        self.text(MARGIN, self.y, BODY, &currency, true);
        self.y += BODY * LEADING + 14.0;
    }

    fn parties(&mut self) {
        let column_width = (PAGE_WIDTH - 2.0 * MARGIN - 20.0) / 2.0;
        let top = self.y;
        let mut lowest = top;
        for (index, (heading, party)) in [
            ("invoice-pdf-seller", &self.doc.seller),
            ("invoice-pdf-buyer", &self.doc.buyer),
        ]
        .into_iter()
        .enumerate()
        {
            let x = MARGIN + index as f32 * (column_width + 20.0);
            let mut y = top;
            let heading = self.tr.t(heading);
            self.text(x, y, SMALL, &heading.to_uppercase(), true);
            y += SMALL * LEADING + 2.0;
            let mut lines = vec![party.name.clone()];
            lines.extend(party.address_lines.iter().cloned());
            if let Some(tax_id) = &party.tax_id {
                lines.push(self.tr.t_with("invoice-pdf-tax-id", "id", tax_id));
            }
            for line in &lines {
                for part in self.wrap(line, BODY + 0.5, column_width) {
                    self.text(x, y, BODY + 0.5, &part, false);
                    y += (BODY + 0.5) * LEADING;
                }
            }
            lowest = lowest.max(y);
        }
        self.y = lowest + 18.0;
    }

    fn table(&mut self) {
        self.table_heading();
        let currency = self.doc.currency;
        let language = self.doc.language;
        for (index, line) in self.doc.lines.iter().enumerate() {
            let amounts = line.amounts(currency);
            let cells = [
                format!("{}.", index + 1),
                line.description.clone(),
                line.quantity.to_string(),
                format_money(line.unit_net, currency, language),
                format_money(amounts.net, currency, language),
                self.vat_rate(line.vat_rate),
                format_money(amounts.vat, currency, language),
                format_money(amounts.gross, currency, language),
            ];
            self.row(&cells, false);
        }

        let totals = self.doc.totals();
        self.y += 2.0;
        let cells = [
            String::new(),
            self.tr.t("invoice-pdf-total"),
            String::new(),
            String::new(),
            format_money(totals.net, currency, language),
            String::new(),
            format_money(totals.vat, currency, language),
            format_money(totals.gross, currency, language),
        ];
        self.row(&cells, true);
    }

    /// Writes a VAT rate the language's way: `23%` in Polish, `19 %` in German, `8,5 %`
    /// in French (with a no-break space).
    fn vat_rate(&self, rate: Decimal) -> String {
        let number = rate.normalize().to_string();
        let number = match self.doc.language {
            Language::English => number,
            _ => number.replace('.', ","),
        };
        self.tr
            .t_with("invoice-pdf-vat-rate-value", "rate", &number)
    }

    fn table_heading(&mut self) {
        let headings: Vec<String> = COLUMNS.iter().map(|(id, _, _)| self.tr.t(id)).collect();
        // A heading wraps only between words: a word wider than its column (Czech
        // "Množství") sets the whole heading smaller instead of being cut.
        let sizes: Vec<f32> = headings
            .iter()
            .zip(COLUMNS)
            .map(|(text, (_, width, _))| self.heading_size(text, width))
            .collect();
        let wrapped: Vec<Vec<String>> = headings
            .iter()
            .zip(COLUMNS)
            .zip(&sizes)
            .map(|((text, (_, width, _)), &size)| self.wrap(text, size, width))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1) as f32 * SMALL * LEADING;
        if self.y + height + 2.0 * BODY * LEADING > BOTTOM {
            self.new_page();
        }
        let mut x = MARGIN;
        for ((lines, (_, width, align)), &size) in wrapped.iter().zip(COLUMNS).zip(&sizes) {
            let mut y = self.y;
            for line in lines {
                let left = aligned(x, width, self.width(line, size), align);
                self.text(left, y, size, line, true);
                y += SMALL * LEADING;
            }
            x += width + GUTTER;
        }
        self.y += height - SMALL * LEADING + 5.0;
        self.rule(0.8);
        self.y += BODY * LEADING;
    }

    /// Lays out one table row; long descriptions wrap, and amounts too wide for their
    /// column are set smaller until they fit.
    fn row(&mut self, cells: &[String; 8], total: bool) {
        let description = self.wrap(&cells[1], BODY, COLUMNS[1].1);
        let height = description.len() as f32 * BODY * LEADING;
        if self.y + height > BOTTOM {
            self.new_page();
            self.table_heading();
        }
        if total {
            self.y -= BODY * LEADING - 4.0;
            self.rule(0.8);
            self.y += BODY * LEADING;
        }
        let mut x = MARGIN;
        for (index, (cell, (_, width, align))) in cells.iter().zip(COLUMNS).enumerate() {
            if index == 1 {
                let mut y = self.y;
                for line in &description {
                    self.text(x, y, BODY, line, false);
                    y += BODY * LEADING;
                }
            } else if !cell.is_empty() {
                let size = self.fitting_size(cell, BODY, width);
                let left = aligned(x, width, self.width(cell, size), align);
                self.text(left, self.y, size, cell, false);
            }
            x += width + GUTTER;
        }
        self.y += height - BODY * LEADING + 5.0;
        if !total {
            self.rule(0.4);
        }
        self.y += BODY * LEADING;
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN + 10.0;
    }

    fn text(&mut self, x: f32, y: f32, size: f32, text: &str, grey: bool) {
        let ops = self.pages.last_mut().expect("a page");
        ops.push(Op::Text {
            x,
            y,
            size,
            text: text.to_owned(),
            grey,
        });
    }

    fn rule(&mut self, width: f32) {
        let y = self.y;
        let right = MARGIN + COLUMNS.iter().map(|(_, w, _)| w + GUTTER).sum::<f32>() - GUTTER;
        let ops = self.pages.last_mut().expect("a page");
        ops.push(Op::Rule {
            x1: MARGIN,
            x2: right,
            y,
            width,
        });
    }

    /// Measures the advance width of `text` set in the embedded font at `size` points.
    fn width(&self, text: &str, size: f32) -> f32 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(&self.face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / f32::from(self.face.units_per_em() as u16)
    }

    /// Returns the largest size up to `size` at which `text` fits in `width`, but at
    /// least 6 pt.
    fn fitting_size(&self, text: &str, size: f32, width: f32) -> f32 {
        let natural = self.width(text, size);
        if natural <= width {
            size
        } else {
            (size * width / natural).max(6.0)
        }
    }

    /// Returns the size, up to `SMALL`, at which every word of a column heading fits in
    /// `width`, so that the heading can wrap between words only.
    fn heading_size(&self, text: &str, width: f32) -> f32 {
        text.split_whitespace()
            .map(|word| {
                let natural = self.width(word, SMALL);
                if natural <= width {
                    SMALL
                } else {
                    // A little under the exact ratio, so rounding cannot push it over.
                    SMALL * width / natural * 0.98
                }
            })
            .fold(SMALL, f32::min)
    }

    /// Breaks `text` into lines no wider than `width`, between words where it can and
    /// inside a word only when the word alone is too wide.
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut current = String::new();
        for word in text.split_whitespace() {
            let candidate = if current.is_empty() {
                word.to_owned()
            } else {
                format!("{current} {word}")
            };
            if self.width(&candidate, size) <= width {
                current = candidate;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            // A word wider than the column is cut where it stops fitting.
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if self.width(&piece, size) > width && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            current = piece;
        }
        if !current.is_empty() || lines.is_empty() {
            lines.push(current);
        }
        lines
    }
}

fn aligned(x: f32, width: f32, text_width: f32, align: Align) -> f32 {
    match align {
        Align::Left => x,
        Align::Right => x + width - text_width,
    }
}
