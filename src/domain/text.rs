//! Vietnamese-aware text handling: diacritic folding for search, highlight ranges, and
//! Vietnamese alphabetical order.
//!
//! Everything works on both precomposed (NFC) and decomposed (NFD) input, without external
//! crates: the Vietnamese letters are listed in [`vi_letter`].

use std::cmp::Ordering;

/// The Vietnamese alphabet in dictionary order, with the letters Vietnamese does not use
/// (f, j, w, z) slotted where English puts them.
const ALPHABET: [char; 33] = [
    'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z',
];

/// Tone numbers in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
const TONE_HUYEN: u8 = 1;
const TONE_HOI: u8 = 2;
const TONE_NGA: u8 = 3;
const TONE_SAC: u8 = 4;
const TONE_NANG: u8 = 5;

/// A precomposed Vietnamese letter (either case) as its lowercase letter without tone (keeping
/// the vowel quality: ă, â, ê, ô, ơ, ư, đ) and its tone number (0 = none … 5 = nặng).
/// Plain ASCII letters and every other character give `None`.
fn vi_letter(c: char) -> Option<(char, u8)> {
    match c {
        'à' | 'À' => Some(('a', 1)),
        'ả' | 'Ả' => Some(('a', 2)),
        'ã' | 'Ã' => Some(('a', 3)),
        'á' | 'Á' => Some(('a', 4)),
        'ạ' | 'Ạ' => Some(('a', 5)),
        'ă' | 'Ă' => Some(('ă', 0)),
        'ằ' | 'Ằ' => Some(('ă', 1)),
        'ẳ' | 'Ẳ' => Some(('ă', 2)),
        'ẵ' | 'Ẵ' => Some(('ă', 3)),
        'ắ' | 'Ắ' => Some(('ă', 4)),
        'ặ' | 'Ặ' => Some(('ă', 5)),
        'â' | 'Â' => Some(('â', 0)),
        'ầ' | 'Ầ' => Some(('â', 1)),
        'ẩ' | 'Ẩ' => Some(('â', 2)),
        'ẫ' | 'Ẫ' => Some(('â', 3)),
        'ấ' | 'Ấ' => Some(('â', 4)),
        'ậ' | 'Ậ' => Some(('â', 5)),
        'è' | 'È' => Some(('e', 1)),
        'ẻ' | 'Ẻ' => Some(('e', 2)),
        'ẽ' | 'Ẽ' => Some(('e', 3)),
        'é' | 'É' => Some(('e', 4)),
        'ẹ' | 'Ẹ' => Some(('e', 5)),
        'ê' | 'Ê' => Some(('ê', 0)),
        'ề' | 'Ề' => Some(('ê', 1)),
        'ể' | 'Ể' => Some(('ê', 2)),
        'ễ' | 'Ễ' => Some(('ê', 3)),
        'ế' | 'Ế' => Some(('ê', 4)),
        'ệ' | 'Ệ' => Some(('ê', 5)),
        'ì' | 'Ì' => Some(('i', 1)),
        'ỉ' | 'Ỉ' => Some(('i', 2)),
        'ĩ' | 'Ĩ' => Some(('i', 3)),
        'í' | 'Í' => Some(('i', 4)),
        'ị' | 'Ị' => Some(('i', 5)),
        'ò' | 'Ò' => Some(('o', 1)),
        'ỏ' | 'Ỏ' => Some(('o', 2)),
        'õ' | 'Õ' => Some(('o', 3)),
        'ó' | 'Ó' => Some(('o', 4)),
        'ọ' | 'Ọ' => Some(('o', 5)),
        'ô' | 'Ô' => Some(('ô', 0)),
        'ồ' | 'Ồ' => Some(('ô', 1)),
        'ổ' | 'Ổ' => Some(('ô', 2)),
        'ỗ' | 'Ỗ' => Some(('ô', 3)),
        'ố' | 'Ố' => Some(('ô', 4)),
        'ộ' | 'Ộ' => Some(('ô', 5)),
        'ơ' | 'Ơ' => Some(('ơ', 0)),
        'ờ' | 'Ờ' => Some(('ơ', 1)),
        'ở' | 'Ở' => Some(('ơ', 2)),
        'ỡ' | 'Ỡ' => Some(('ơ', 3)),
        'ớ' | 'Ớ' => Some(('ơ', 4)),
        'ợ' | 'Ợ' => Some(('ơ', 5)),
        'ù' | 'Ù' => Some(('u', 1)),
        'ủ' | 'Ủ' => Some(('u', 2)),
        'ũ' | 'Ũ' => Some(('u', 3)),
        'ú' | 'Ú' => Some(('u', 4)),
        'ụ' | 'Ụ' => Some(('u', 5)),
        'ư' | 'Ư' => Some(('ư', 0)),
        'ừ' | 'Ừ' => Some(('ư', 1)),
        'ử' | 'Ử' => Some(('ư', 2)),
        'ữ' | 'Ữ' => Some(('ư', 3)),
        'ứ' | 'Ứ' => Some(('ư', 4)),
        'ự' | 'Ự' => Some(('ư', 5)),
        'ỳ' | 'Ỳ' => Some(('y', 1)),
        'ỷ' | 'Ỷ' => Some(('y', 2)),
        'ỹ' | 'Ỹ' => Some(('y', 3)),
        'ý' | 'Ý' => Some(('y', 4)),
        'ỵ' | 'Ỵ' => Some(('y', 5)),
        'đ' | 'Đ' | 'Ð' => Some(('đ', 0)),
        _ => None,
    }
}

/// True for a combining diacritical mark (U+0300–U+036F), as found in NFD input.
fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// The ASCII base of a lowercase Vietnamese letter with its vowel quality (ă → a, ư → u, đ → d).
fn strip_quality(c: char) -> char {
    match c {
        'ă' | 'â' => 'a',
        'ê' => 'e',
        'ô' | 'ơ' => 'o',
        'ư' => 'u',
        'đ' => 'd',
        other => other,
    }
}

/// The folded form of one character: none for a combining mark (a stripped tone or vowel mark
/// of NFD input), else one character.
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        Some(c.to_ascii_lowercase())
    } else if is_combining(c) {
        None
    } else if let Some((letter, _)) = vi_letter(c) {
        Some(strip_quality(letter))
    } else {
        Some(lower_char(c))
    }
}

/// The lowercase of `c` in the scripts the data and its readers use: Latin (ASCII, Latin-1,
/// Latin Extended-A, Ơ and Ư, Latin Extended Additional with every Vietnamese letter), Greek and
/// basic Cyrillic. Other characters, including scripts without case (Chinese characters), come
/// back unchanged; İ becomes i. Unlike `char::to_lowercase`, this needs no Unicode case tables in
/// the WebAssembly of the pages that search.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x130 => 'i' as u32,
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        0x100..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF
            if u.is_multiple_of(2) =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x1A0 | 0x1AF => u + 1,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x400..=0x40F => u + 0x50,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Lowercases and strips every Vietnamese diacritic (tones, ă â ê ô ơ ư, đ), from precomposed
/// or decomposed input; other characters are kept (lowercased).
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // Copy runs of ASCII bytes at once; fold the other characters one by one.
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let ascii_len = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        // The first non-ASCII byte starts a character, so this split is on a boundary.
        let (run, tail) = rest.split_at(ascii_len);
        let start = out.len();
        out.push_str(run);
        if let Some(copied) = out.get_mut(start..) {
            copied.make_ascii_lowercase();
        }
        let mut chars = tail.chars();
        out.extend(chars.next().and_then(fold_char));
        rest = chars.as_str();
    }
    out
}

/// The folded words of `s`: [`fold`], then split on every non-alphanumeric character.
pub fn tokens(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// The folded words of `s` joined by single spaces ("Chùa  Côn-Sơn" → "chua con son").
pub fn normalize(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// True when every word of `query` occurs (as a substring) in the already folded `haystack_folded`.
/// An empty query matches everything.
pub fn matches(haystack_folded: &str, query: &str) -> bool {
    matches_tokens(haystack_folded, &tokens(query))
}

/// [`matches`] with the query already split by [`tokens`] (to fold the query once, not per site).
pub fn matches_tokens(haystack_folded: &str, query_tokens: &[String]) -> bool {
    query_tokens
        .iter()
        .all(|t| haystack_folded.contains(t.as_str()))
}

/// Byte ranges of `original` (always on character boundaries) where a word of `query` matches
/// after folding, sorted and merged, for the UI to wrap in `<mark>`. Combining marks belong to
/// the letter before them.
pub fn highlight_spans(original: &str, query: &str) -> Vec<(usize, usize)> {
    let words = tokens(query);
    if words.is_empty() || original.is_empty() {
        return Vec::new();
    }
    // The folded text and, for each of its bytes, the original byte range it came from.
    let mut folded = String::with_capacity(original.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(original.len());
    for (start, c) in original.char_indices() {
        let end = start + c.len_utf8();
        let before = folded.len();
        folded.extend(fold_char(c));
        if folded.len() == before {
            // A combining mark: it extends the letter it sits on.
            if let Some(last) = origin.last().map(|r| r.0) {
                for r in origin.iter_mut().rev() {
                    if r.0 != last {
                        break;
                    }
                    r.1 = end;
                }
            }
        } else {
            origin.extend(std::iter::repeat_n((start, end), folded.len() - before));
        }
    }
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for w in &words {
        let mut from = 0;
        while let Some(pos) = folded.get(from..).and_then(|rest| rest.find(w.as_str())) {
            let s = from + pos;
            let e = s + w.len();
            if let (Some(a), Some(b)) = (origin.get(s), origin.get(e - 1)) {
                spans.push((a.0, b.1));
            }
            // Step one character on, so overlapping occurrences are found too.
            let step = folded[s..].chars().next().map_or(1, char::len_utf8);
            from = s + step;
        }
    }
    crate::domain::sort::sort(&mut spans);
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// One word of a text: its byte range in the original (on character boundaries, combining marks
/// included) and its folded form, as [`tokens`] would give it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// First byte in the original.
    pub start: usize,
    /// One past the last byte in the original.
    pub end: usize,
    /// The folded word.
    pub folded: String,
}

/// The words of `original` with their byte ranges: the same words as [`tokens`] gives, in order.
pub fn words(original: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut current: Option<Word> = None;
    for (start, c) in original.char_indices() {
        let end = start + c.len_utf8();
        let Some(f) = fold_char(c) else {
            // A combining mark belongs to the letter before it.
            if let Some(w) = current.as_mut() {
                w.end = end;
            }
            continue;
        };
        if f.is_alphanumeric() {
            let w = current.get_or_insert_with(|| Word {
                start,
                end,
                folded: String::new(),
            });
            w.folded.push(f);
            w.end = end;
        } else if let Some(w) = current.take() {
            out.push(w);
        }
    }
    out.extend(current);
    out
}

/// True when byte `at` of the normalized `haystack` starts a word (the text's start, or after a
/// space or a newline).
fn at_word_start(haystack: &str, at: usize) -> bool {
    at == 0 || matches!(haystack.as_bytes().get(at - 1), Some(b' ' | b'\n'))
}

/// The stand-in [`mask_runs`] leaves for a masked run of words (no query word can match it).
pub const MASK: &str = "#";

/// How often `needle` (normalized words) occurs in the normalized `haystack` starting at a word
/// start, counting up to `cap`; its last word may be the beginning of a longer word ("con s"
/// counts in "con son").
pub fn count_word_prefix(haystack: &str, needle: &str, cap: usize) -> usize {
    if needle.is_empty() {
        return 0;
    }
    haystack
        .match_indices(needle)
        .filter(|&(at, _)| at_word_start(haystack, at))
        .take(cap)
        .count()
}

/// True when [`count_word_prefix`] would be at least 1 (stops at the first occurrence).
pub fn has_word_prefix(haystack: &str, needle: &str) -> bool {
    !needle.is_empty()
        && haystack
            .match_indices(needle)
            .any(|(at, _)| at_word_start(haystack, at))
}

/// True when `word` occurs as a whole word in the normalized `haystack`.
pub fn has_word(haystack: &str, word: &str) -> bool {
    !word.is_empty()
        && haystack.match_indices(word).any(|(at, _)| {
            at_word_start(haystack, at)
                && matches!(
                    haystack.as_bytes().get(at + word.len()),
                    None | Some(b' ' | b'\n')
                )
        })
}

/// The normalized `text` with every occurrence of a normalized `run` (whole words) replaced by
/// [`MASK`], so that a search no longer finds the words inside it (the property's own name,
/// repeated in many texts, is not a reason for a site to match).
pub fn mask_runs(normalized: &str, runs: &[String]) -> String {
    let mut out = normalized.to_string();
    for run in runs.iter().filter(|r| !r.is_empty()) {
        let mut from = 0;
        while let Some(pos) = out.get(from..).and_then(|rest| rest.find(run.as_str())) {
            let at = from + pos;
            let end = at + run.len();
            let whole = at_word_start(&out, at)
                && matches!(out.as_bytes().get(end), None | Some(b' ' | b'\n'));
            if whole {
                out.replace_range(at..end, MASK);
                from = at + MASK.len();
            } else {
                from = at + 1;
                while !out.is_char_boundary(from) {
                    from += 1;
                }
            }
        }
    }
    out
}

/// For each of `words`, whether it lies inside an occurrence of one of the normalized `runs`
/// (the word-level twin of [`mask_runs`], for highlighting in the original text).
pub fn masked_words(words: &[Word], runs: &[String]) -> Vec<bool> {
    let mut masked = vec![false; words.len()];
    for run in runs {
        let run: Vec<&str> = run.split(' ').filter(|w| !w.is_empty()).collect();
        if run.is_empty() || run.len() > words.len() {
            continue;
        }
        for i in 0..=words.len() - run.len() {
            let hit = run
                .iter()
                .zip(&words[i..])
                .all(|(r, w)| *r == w.folded.as_str());
            if hit {
                for m in &mut masked[i..i + run.len()] {
                    *m = true;
                }
            }
        }
    }
    masked
}

/// A precomputed Vietnamese sort key for a string: compare keys instead of calling
/// [`collate_vi`] inside a sort.
///
/// Words are compared one after the other, each first by its letters (Vietnamese alphabet
/// order, case-insensitive) and then by its tones, as in a Vietnamese dictionary.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct CollationKey(Vec<(Vec<u32>, Vec<u8>)>);

/// The primary weight of a lowercase character: punctuation, then digits, then letters.
fn primary(c: char) -> u32 {
    if let Some(i) = ALPHABET.iter().position(|&a| a == c) {
        return 300 + i as u32;
    }
    if c.is_ascii_digit() {
        return 200 + (c as u32 - '0' as u32);
    }
    if c.is_ascii() {
        return 1 + c as u32;
    }
    1000 + c as u32
}

/// Applies an NFD combining mark to the previous letter (lowercase, with its tone).
fn combine(letter: char, tone: u8, mark: char) -> (char, u8) {
    match (mark, letter) {
        ('\u{0302}', 'a') => ('â', tone),
        ('\u{0302}', 'e') => ('ê', tone),
        ('\u{0302}', 'o') => ('ô', tone),
        ('\u{0306}', 'a') => ('ă', tone),
        ('\u{031B}', 'o') => ('ơ', tone),
        ('\u{031B}', 'u') => ('ư', tone),
        ('\u{0300}', l) | ('\u{0340}', l) => (l, TONE_HUYEN),
        ('\u{0309}', l) => (l, TONE_HOI),
        ('\u{0303}', l) => (l, TONE_NGA),
        ('\u{0301}', l) | ('\u{0341}', l) => (l, TONE_SAC),
        ('\u{0323}', l) => (l, TONE_NANG),
        _ => (letter, tone),
    }
}

/// Builds the [`CollationKey`] of `s`.
pub fn collation_key(s: &str) -> CollationKey {
    let mut words: Vec<(Vec<u32>, Vec<u8>)> = Vec::new();
    // The current word as (lowercase letter with quality, tone) pairs.
    let mut word: Vec<(char, u8)> = Vec::new();
    let finish = |word: &mut Vec<(char, u8)>, words: &mut Vec<(Vec<u32>, Vec<u8>)>| {
        if !word.is_empty() {
            let p = word.iter().map(|&(c, _)| primary(c)).collect();
            let t = word.iter().map(|&(_, t)| t).collect();
            words.push((p, t));
            word.clear();
        }
    };
    for c in s.chars() {
        if c.is_whitespace() {
            finish(&mut word, &mut words);
        } else if is_combining(c) {
            if let Some(last) = word.last_mut() {
                *last = combine(last.0, last.1, c);
            }
        } else if let Some(lt) = vi_letter(c) {
            word.push(lt);
        } else {
            word.push((lower_char(c), 0));
        }
    }
    finish(&mut word, &mut words);
    CollationKey(words)
}

/// Vietnamese alphabetical order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y),
/// case-insensitive; tones (ngang, huyền, hỏi, ngã, sắc, nặng) break ties word by word.
pub fn collate_vi(a: &str, b: &str) -> Ordering {
    collation_key(a).cmp(&collation_key(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 12 vowel rows (with vowel quality) in tone order, and their ASCII base.
    const ROWS: [(&str, char); 12] = [
        ("aàảãáạ", 'a'),
        ("ăằẳẵắặ", 'a'),
        ("âầẩẫấậ", 'a'),
        ("eèẻẽéẹ", 'e'),
        ("êềểễếệ", 'e'),
        ("iìỉĩíị", 'i'),
        ("oòỏõóọ", 'o'),
        ("ôồổỗốộ", 'o'),
        ("ơờởỡớợ", 'o'),
        ("uùủũúụ", 'u'),
        ("ưừửữứự", 'u'),
        ("yỳỷỹýỵ", 'y'),
    ];

    #[test]
    fn lower_char_agrees_with_unicode_where_it_claims_to() {
        let ranges = [
            0x0000..=0x024F,
            0x0386..=0x03CE,
            0x0400..=0x045F,
            0x1E00..=0x1EFF,
        ];
        let mut checked = 0;
        for r in ranges {
            for u in r {
                let Some(c) = char::from_u32(u) else { continue };
                let std: Vec<char> = c.to_lowercase().collect();
                if u == 0x130 {
                    assert_eq!(lower_char(c), 'i');
                    continue;
                }
                // Latin Extended-B beyond Ơ and Ư is left as it is.
                if (0x180..=0x24F).contains(&u) && u != 0x1A0 && u != 0x1AF {
                    continue;
                }
                assert_eq!(vec![lower_char(c)], std, "U+{u:04X} {c}");
                checked += 1;
            }
        }
        assert!(checked > 800, "{checked}");
        assert_eq!(lower_char('中'), '中');
        assert_eq!(
            "Địa điểm LIÊN QUAN – Ơ Ư"
                .chars()
                .map(lower_char)
                .collect::<String>(),
            "địa điểm liên quan – ơ ư"
        );
    }

    #[test]
    fn con_son_folds_equal() {
        assert_eq!(fold("con son"), "con son");
        assert_eq!(fold("Côn Sơn"), "con son");
        assert_eq!(fold("CÔN SƠN"), "con son");
    }

    #[test]
    fn every_tone_on_every_vowel_both_cases() {
        for (row, base) in ROWS {
            for c in row.chars() {
                assert_eq!(fold(&c.to_string()), base.to_string(), "{c}");
                let upper: String = c.to_uppercase().collect();
                assert_eq!(fold(&upper), base.to_string(), "{upper}");
            }
        }
    }

    #[test]
    fn nfd_input_folds() {
        // "Côn Sơn" decomposed: o + circumflex, o + horn.
        assert_eq!(fold("Co\u{0302}n So\u{031B}n"), "con son");
        // "Nhẫm Dương": a + circumflex + tilde; u + horn, o + horn.
        assert_eq!(
            fold("Nha\u{0302}\u{0303}m Du\u{031B}o\u{031B}ng"),
            "nham duong"
        );
        // Every tone mark and quality mark, uppercase too.
        for mark in ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'] {
            for q in ['\u{0302}', '\u{0306}', '\u{031B}'] {
                assert_eq!(fold(&format!("A{q}{mark}")), "a");
                assert_eq!(fold(&format!("u{q}{mark}")), "u");
            }
        }
    }

    #[test]
    fn d_with_stroke() {
        assert_eq!(fold("Đền"), "den");
        assert_eq!(fold("đạo"), "dao");
        assert_eq!(fold("ĐỘNG"), "dong");
    }

    #[test]
    fn other_characters_kept() {
        assert_eq!(fold("Yên Tử – Vĩnh Nghiêm"), "yen tu – vinh nghiem");
        assert_eq!(fold("1,068 m"), "1,068 m");
        assert_eq!(
            tokens("Yên Tử – Vĩnh Nghiêm, 1308!"),
            ["yen", "tu", "vinh", "nghiem", "1308"]
        );
        assert_eq!(normalize("  Chùa   Côn-Sơn "), "chua con son");
    }

    #[test]
    fn matching() {
        let h = fold("Chùa Côn Sơn (Thiên Tư Phúc tự, chùa Hun)");
        assert!(matches(&h, "con son"));
        assert!(matches(&h, "CÔN  sơn"));
        assert!(matches(&h, "hun thien"));
        assert!(matches(&h, ""));
        assert!(!matches(&h, "con bac"));
    }

    #[test]
    fn highlight_chua_con_son() {
        let s = "Chùa Côn Sơn";
        let spans = highlight_spans(s, "con son");
        assert_eq!(spans, vec![(6, 10), (11, 15)]);
        assert_eq!(&s[6..10], "Côn");
        assert_eq!(&s[11..15], "Sơn");
        assert_eq!(highlight_spans(s, "côn sơn"), spans);
        assert_eq!(highlight_spans(s, "CON-SON"), spans);
        assert!(highlight_spans(s, "").is_empty());
        assert!(highlight_spans(s, "kiep").is_empty());
    }

    #[test]
    fn highlight_merges_and_handles_nfd() {
        // Overlapping words merge into one range ("on" also matches inside "Sơn").
        assert_eq!(highlight_spans("Côn Sơn", "con on"), vec![(0, 4), (6, 9)]);
        // Adjacent matches merge.
        assert_eq!(highlight_spans("aaaa", "aa"), vec![(0, 4)]);
        // NFD: the combining marks belong to their letter.
        let s = "Co\u{0302}n So\u{031B}n";
        let spans = highlight_spans(s, "con");
        assert_eq!(spans, vec![(0, 5)]);
        assert_eq!(&s[0..5], "Co\u{0302}n");
        let spans = highlight_spans(s, "so");
        assert_eq!(&s[spans[0].0..spans[0].1], "So\u{031B}");
        // Every range lies on character boundaries.
        let t = "Đền Kiếp Bạc, Động Kính Chủ";
        let spans = highlight_spans(t, "d kiep chu");
        assert!(!spans.is_empty());
        for (a, b) in spans {
            assert!(t.is_char_boundary(a) && t.is_char_boundary(b) && a < b);
        }
    }

    #[test]
    fn highlight_never_panics_on_odd_input() {
        for s in [
            "\u{0301}abc",
            "İstanbul",
            "ẞ",
            "a\u{0301}\u{0323}",
            "🙂 con",
        ] {
            for q in ["a", "i", "con", "ss", "🙂"] {
                for (a, b) in highlight_spans(s, q) {
                    assert!(s.is_char_boundary(a) && s.is_char_boundary(b) && a < b);
                }
            }
        }
    }

    #[test]
    fn collation_letters() {
        assert_eq!(collate_vi("Đền", "Dương"), Ordering::Greater);
        assert_eq!(collate_vi("Động", "Duy"), Ordering::Greater);
        assert_eq!(collate_vi("Dương", "Đền"), Ordering::Less);
        assert_eq!(collate_vi("ăn", "ân"), Ordering::Less);
        assert_eq!(collate_vi("an", "ăn"), Ordering::Less);
        assert_eq!(collate_vi("ân", "bà"), Ordering::Less);
        assert_eq!(collate_vi("ơ", "ô"), Ordering::Greater);
        assert_eq!(collate_vi("ư", "v"), Ordering::Less);
        assert_eq!(collate_vi("ư", "u"), Ordering::Greater);
        assert_eq!(collate_vi("Chùa Côn Sơn", "chùa côn sơn"), Ordering::Equal);
        assert_eq!(collate_vi("Chùa", "Chùa Bổ Đà"), Ordering::Less);
    }

    #[test]
    fn collation_tones() {
        let order = ["ma", "mà", "mả", "mã", "má", "mạ"];
        for w in order.windows(2) {
            assert_eq!(
                collate_vi(w[0], w[1]),
                Ordering::Less,
                "{} < {}",
                w[0],
                w[1]
            );
        }
        // Letters first, tones only break ties.
        assert_eq!(collate_vi("mạ", "mac"), Ordering::Less);
        // Word by word, as in a dictionary.
        assert_eq!(collate_vi("ma y", "má x"), Ordering::Less);
        // NFD equals NFC.
        assert_eq!(
            collate_vi("Co\u{0302}n So\u{031B}n", "Côn Sơn"),
            Ordering::Equal
        );
        assert_eq!(collate_vi("Ta\u{0302}\u{0300}n", "Tần"), Ordering::Equal);
    }

    #[test]
    fn sorting_names() {
        let mut names = vec![
            "Thái Miếu nhà Trần",
            "Động Kính Chủ",
            "Chùa Vĩnh Nghiêm",
            "Đền Kiếp Bạc",
            "Bãi cọc Yên Giang",
            "Chùa Bổ Đà",
            "Dương",
            "Chùa Ân",
        ];
        names.sort_by(|a, b| collate_vi(a, b));
        assert_eq!(
            names,
            [
                "Bãi cọc Yên Giang",
                "Chùa Ân",
                "Chùa Bổ Đà",
                "Chùa Vĩnh Nghiêm",
                "Dương",
                "Đền Kiếp Bạc",
                "Động Kính Chủ",
                "Thái Miếu nhà Trần",
            ]
        );
    }
}
