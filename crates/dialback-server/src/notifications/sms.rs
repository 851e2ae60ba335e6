//! SMS length rules: how many segments a text takes, and cutting it to fit.
//!
//! A text made only of the GSM 03.38 default alphabet is sent in 7-bit encoding: 160
//! characters in one SMS, 153 per segment when it is split (the rest of each segment
//! holds the joining header). Characters of the extension table (`€`, `{`, `[`...) take
//! two of those places. Any other character switches the whole text to UCS-2: 70 UTF-16
//! units in one SMS, 67 per segment. Written by hand: the rules fit on this page, and
//! no maintained crate covers counting and cutting together.

/// The GSM 03.38 default alphabet, one place each.
const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The extension table: an escape plus the character, two places each.
const GSM_EXTENDED: &str = "\u{c}^{}\\[~]|€";

/// The character encoding of an SMS on the air.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

impl Encoding {
    /// Places in one unsplit SMS.
    const fn single(self) -> usize {
        match self {
            Encoding::Gsm7 => 160,
            Encoding::Ucs2 => 70,
        }
    }

    /// Places per segment of a split SMS.
    const fn per_segment(self) -> usize {
        match self {
            Encoding::Gsm7 => 153,
            Encoding::Ucs2 => 67,
        }
    }

    /// Returns the places a text may take in at most `segments` segments.
    fn capacity(self, segments: usize) -> usize {
        if segments <= 1 {
            self.single()
        } else {
            self.per_segment() * segments
        }
    }
}

/// Returns the encoding a text needs.
pub fn encoding(text: &str) -> Encoding {
    if text
        .chars()
        .all(|c| GSM_BASIC.contains(c) || GSM_EXTENDED.contains(c))
    {
        Encoding::Gsm7
    } else {
        Encoding::Ucs2
    }
}

fn places(c: char, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Gsm7 if GSM_EXTENDED.contains(c) => 2,
        Encoding::Gsm7 => 1,
        Encoding::Ucs2 => c.len_utf16(),
    }
}

/// Counts the places `text` takes in `encoding`.
pub fn length(text: &str, encoding: Encoding) -> usize {
    text.chars().map(|c| places(c, encoding)).sum()
}

/// Counts the segments `text` is sent in.
pub fn segments(text: &str) -> usize {
    let encoding = encoding(text);
    let length = length(text, encoding);
    if length <= encoding.single() {
        1
    } else {
        length.div_ceil(encoding.per_segment())
    }
}

/// Cuts `text` to at most `max_segments` segments: at the last space that fits when there
/// is one in the final fifth, otherwise at a character, and marks the cut with an
/// ellipsis (`...` in GSM-7, whose alphabet lacks `…`). A text that fits is returned as is.
pub fn fit(text: &str, max_segments: usize) -> String {
    let text = text.trim();
    let encoding = encoding(text);
    let capacity = encoding.capacity(max_segments.max(1));
    if length(text, encoding) <= capacity {
        return text.to_owned();
    }
    let ellipsis = match encoding {
        Encoding::Gsm7 => "...",
        Encoding::Ucs2 => "…",
    };
    let room = capacity - length(ellipsis, encoding);
    let mut used = 0;
    let mut end = 0;
    let mut last_space = None;
    for (index, c) in text.char_indices() {
        let cost = places(c, encoding);
        if used + cost > room {
            break;
        }
        used += cost;
        end = index + c.len_utf8();
        if c.is_whitespace() {
            last_space = Some((index, used));
        }
    }
    let cut = match last_space {
        Some((index, at)) if at * 5 >= room * 4 => index,
        _ => end,
    };
    format!("{}{ellipsis}", text[..cut].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_english_is_gsm7() {
        assert_eq!(encoding("Missed call from +48 600 100 200"), Encoding::Gsm7);
        assert_eq!(segments(&"a".repeat(160)), 1);
        assert_eq!(segments(&"a".repeat(161)), 2);
        assert_eq!(segments(&"a".repeat(306)), 2);
        assert_eq!(segments(&"a".repeat(307)), 3);
    }

    #[test]
    fn extension_characters_take_two_places() {
        assert_eq!(length("€{}", Encoding::Gsm7), 6);
        assert_eq!(segments(&"€".repeat(80)), 1);
        assert_eq!(segments(&"€".repeat(81)), 2);
    }

    #[test]
    fn polish_letters_need_ucs2() {
        assert_eq!(encoding("Nieodebrane połączenie"), Encoding::Ucs2);
        assert_eq!(segments(&"ą".repeat(70)), 1);
        assert_eq!(segments(&"ą".repeat(71)), 2);
        assert_eq!(segments(&"ą".repeat(134)), 2);
        assert_eq!(segments(&"ą".repeat(135)), 3);
    }

    #[test]
    fn long_texts_are_cut_at_a_word_within_the_limit() {
        let text = "słowo ".repeat(100);
        let cut = fit(&text, 2);
        assert!(cut.ends_with("słowo…"), "{cut}");
        assert!(segments(&cut) <= 2);
        assert_eq!(length(&cut, Encoding::Ucs2), 132);

        let gsm = "word ".repeat(100);
        let cut = fit(&gsm, 1);
        assert!(cut.ends_with("word..."), "{cut}");
        assert!(length(&cut, Encoding::Gsm7) <= 160);
    }

    #[test]
    fn a_text_that_fits_is_unchanged_and_emoji_are_not_split() {
        assert_eq!(fit("short", 1), "short");
        let emoji = "😀".repeat(40);
        let cut = fit(&emoji, 1);
        assert!(length(&cut, Encoding::Ucs2) <= 70);
        assert!(cut.ends_with('…'));
    }
}
