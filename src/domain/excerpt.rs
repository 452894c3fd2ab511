//! What the catalogue's search looks in, and where it found the search text in a site: the
//! site's texts by kind ([`site_texts`]), the search words with the property's own name taken out
//! ([`Terms`]), and the marks and short excerpt a result card shows ([`SiteWords::matched`]).
//!
//! The property's name ("Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc") recurs in many texts; a
//! mention inside it is not a reason for a site to match "Côn Sơn" or "Yên Tử", so those words
//! are masked ([`text::mask_runs`], [`text::masked_words`]) both in the index and here.

use super::dataset::Dataset;
use super::model::{Lang, Site};
use super::text;
use std::sync::OnceLock;

/// The parts of a site's record the search ranks, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// Its names and alternative names.
    Name,
    /// Its one-line summary.
    Summary,
    /// Where it is, what kind of place it is and who it is linked to.
    Details,
    /// Its long description.
    Description,
}

/// One searchable text of a site, by what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextKind {
    /// The site's name in one language.
    Name,
    /// An alternative name.
    AltName,
    /// The summary in one language.
    Summary,
    /// The locality (commune, town, province as written in the data).
    Locality,
    /// The kind of place ("Chùa", "Pagoda").
    Kind,
    /// The name or an alternative name of a person linked to the site.
    Person,
    /// The name of the site's province, before or after 2025.
    Province,
    /// The description in one language.
    Description,
}

impl TextKind {
    /// A short id (for test hooks and styling).
    pub fn id(self) -> &'static str {
        match self {
            TextKind::Name => "name",
            TextKind::AltName => "alt-name",
            TextKind::Summary => "summary",
            TextKind::Locality => "locality",
            TextKind::Kind => "kind",
            TextKind::Person => "person",
            TextKind::Province => "province",
            TextKind::Description => "description",
        }
    }

    /// The ranked part of the record this text belongs to.
    pub fn field(self) -> Field {
        match self {
            TextKind::Name | TextKind::AltName => Field::Name,
            TextKind::Summary => Field::Summary,
            TextKind::Locality | TextKind::Kind | TextKind::Person | TextKind::Province => {
                Field::Details
            }
            TextKind::Description => Field::Description,
        }
    }
}

/// A text of a site with what it is and its language (`None`: a proper name, the same in both).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SiteText<'a> {
    /// What the text is.
    pub kind: TextKind,
    /// Its language, when it belongs to one.
    pub lang: Option<Lang>,
    /// The text.
    pub text: &'a str,
}

/// Every text the search looks in for site `s`: names (both languages, alternative names),
/// summary, locality, kind, people's names, provinces (before and after 2025) and description.
pub fn site_texts<'a>(ds: &'a Dataset, s: &'a Site) -> Vec<SiteText<'a>> {
    let t = |kind, lang, text: &'a str| SiteText { kind, lang, text };
    let mut v = Vec::new();
    for lang in [Lang::Vi, Lang::En] {
        v.push(t(TextKind::Name, Some(lang), s.name.get(lang)));
    }
    v.extend(s.alt_names.iter().map(|a| t(TextKind::AltName, None, a)));
    for lang in [Lang::Vi, Lang::En] {
        v.push(t(TextKind::Summary, Some(lang), s.summary.get(lang)));
    }
    for lang in [Lang::Vi, Lang::En] {
        v.push(t(TextKind::Locality, Some(lang), s.locality.get(lang)));
        v.push(t(TextKind::Kind, Some(lang), s.kind.label(lang)));
    }
    for p in s.people.iter().filter_map(|id| ds.person(id)) {
        v.push(t(TextKind::Person, Some(Lang::Vi), &p.name.vi));
        if p.name.en != p.name.vi {
            v.push(t(TextKind::Person, Some(Lang::En), &p.name.en));
        }
        v.extend(p.alt_names.iter().map(|a| t(TextKind::Person, None, a)));
    }
    for id in [&s.province_before, &s.province_now] {
        if let Some(p) = ds.province(id) {
            v.push(t(TextKind::Province, Some(Lang::Vi), &p.name.vi));
            v.push(t(TextKind::Province, Some(Lang::En), &p.name.en));
        }
    }
    for lang in [Lang::Vi, Lang::En] {
        v.push(t(
            TextKind::Description,
            Some(lang),
            s.description.get(lang),
        ));
    }
    v
}

/// The property's own names, normalized, longest first: the full name and the short name in
/// both languages. Mentions of them are masked in the searched texts.
pub fn own_name_runs(ds: &Dataset) -> Vec<String> {
    let p = &ds.property;
    let mut runs: Vec<String> = [&p.name.vi, &p.name.en, &p.short_name.vi, &p.short_name.en]
        .into_iter()
        .map(|n| text::normalize(n))
        .filter(|n| n.contains(' '))
        .collect();
    crate::domain::sort::sort_by_key(&mut runs, |r| std::cmp::Reverse(r.len()));
    runs.dedup();
    runs
}

/// The words of a search, ready to match: folded, with the property's own name taken out (a
/// visitor who types it is asking about every site, not about the texts that repeat it).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Terms {
    /// The folded words, in order.
    pub tokens: Vec<String>,
    /// The words joined by single spaces.
    pub phrase: String,
}

impl Terms {
    /// The terms of `query` for a dataset whose own names are `runs` ([`own_name_runs`]).
    pub fn new(query: &str, runs: &[String]) -> Terms {
        let masked = text::mask_runs(&text::normalize(query), runs);
        let tokens: Vec<String> = masked
            .split(' ')
            .filter(|w| !w.is_empty() && *w != text::MASK)
            .map(str::to_string)
            .collect();
        let phrase = tokens.join(" ");
        Terms { tokens, phrase }
    }

    /// True when there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// True when the normalized `text` holds every search word: each as a whole word, except the
    /// last, which may be the start of a word (the visitor may still be typing it).
    pub fn all_in(&self, text: &str) -> bool {
        let last = self.tokens.len().saturating_sub(1);
        self.tokens.iter().enumerate().all(|(k, t)| {
            if k == last {
                text::has_word_prefix(text, t)
            } else {
                text::has_word(text, t)
            }
        })
    }

    /// True when the folded `word` matches search word number `k` (see [`Terms::all_in`]).
    pub fn fits(&self, k: usize, word: &str) -> bool {
        match self.tokens.get(k) {
            Some(t) if k + 1 == self.tokens.len() => word.starts_with(t.as_str()),
            Some(t) => word == t,
            None => false,
        }
    }
}

/// Marks (byte ranges in the text `words` were split from) for `terms`: every occurrence of the
/// whole phrase (each word whole, the last one as the start of a word), or, where the phrase does
/// not occur, every word that starts with one of the search words. Words flagged in `masked`
/// (inside the property's own name) are never marked. Also returns whether the phrase occurred
/// and how many of the search words were found.
fn marks(words: &[text::Word], masked: &[bool], terms: &Terms) -> Marks {
    let n = terms.tokens.len();
    let mut out = Marks::default();
    if n == 0 {
        return out;
    }
    let open = |i: usize| !masked.get(i).copied().unwrap_or(true);
    let mut i = 0;
    while i + n <= words.len() {
        let hit = (0..n).all(|k| open(i + k) && terms.fits(k, &words[i + k].folded));
        if hit {
            out.spans.push((words[i].start, words[i + n - 1].end));
            i += n;
        } else {
            i += 1;
        }
    }
    if !out.spans.is_empty() {
        out.phrase = true;
        out.found = n;
        return out;
    }
    let mut found = vec![false; n];
    for (i, w) in words.iter().enumerate() {
        if !open(i) {
            continue;
        }
        let mut any = false;
        for (k, f) in found.iter_mut().enumerate() {
            if terms.fits(k, &w.folded) {
                *f = true;
                any = true;
            }
        }
        if any {
            out.spans.push((w.start, w.end));
        }
    }
    out.found = found.iter().filter(|f| **f).count();
    out
}

/// What [`marks`] found in one text.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Marks {
    /// Byte ranges to mark, in order, not overlapping.
    pub spans: Vec<(usize, usize)>,
    /// True when the search words occur side by side, as typed.
    pub phrase: bool,
    /// How many of the search words occur.
    pub found: usize,
}

/// A short piece of a site's text showing where the search matched, with the marks relative to
/// `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    /// What the text is.
    pub kind: TextKind,
    /// Its language, when it belongs to one (for the `lang` attribute).
    pub lang: Option<Lang>,
    /// The text, cut to about [`EXCERPT_CHARS`] characters around the first mark, with "…" where
    /// it was cut.
    pub text: String,
    /// Byte ranges of `text` to mark.
    pub marks: Vec<(usize, usize)>,
}

/// About how long an excerpt is, in characters.
pub const EXCERPT_CHARS: usize = 160;

/// Where the search matched one site, for its result card.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Matched {
    /// Marks in the site's name in the page language.
    pub name: Vec<(usize, usize)>,
    /// Marks in the Vietnamese name, which an English card shows under the English one.
    pub vi_name: Vec<(usize, usize)>,
    /// Marks in the summary in the page language.
    pub summary: Vec<(usize, usize)>,
    /// The text that matched best, when it is not one the card already shows: an alternative
    /// name, a person, the description…
    pub excerpt: Option<Excerpt>,
}

impl Matched {
    /// True when the card shows at least one mark.
    pub fn is_marked(&self) -> bool {
        !self.name.is_empty()
            || !self.vi_name.is_empty()
            || !self.summary.is_empty()
            || self.excerpt.as_ref().is_some_and(|e| !e.marks.is_empty())
    }
}

/// One of a site's texts ([`site_texts`]), split into folded words when first searched.
#[derive(Clone, Debug)]
struct SplitText {
    kind: TextKind,
    lang: Option<Lang>,
    text: String,
    /// Its words, and for each whether it is inside the property's own name (never in a site's
    /// names).
    split: OnceLock<(Vec<text::Word>, Vec<bool>)>,
}

impl SplitText {
    /// The words and their masks, split on the first call.
    fn words(&self, runs: &[String]) -> (&[text::Word], &[bool]) {
        let (words, masked) = self.split.get_or_init(|| {
            let words = text::words(&self.text);
            let masked = match self.kind.field() {
                Field::Name => vec![false; words.len()],
                _ => text::masked_words(&words, runs),
            };
            (words, masked)
        });
        (words, masked)
    }
}

/// Every text of one site, each split into folded words once, so that each keystroke only
/// compares words ([`SiteWords::matched`]): a result card keeps one for as long as it is shown.
#[derive(Clone, Debug)]
pub struct SiteWords {
    /// The property's own names ([`own_name_runs`]), taken out of the search words.
    runs: Vec<String>,
    /// In [`site_texts`] order: the descriptions last.
    texts: Vec<SplitText>,
}

impl SiteWords {
    /// The texts of site `s`, to be split as they are searched.
    pub fn new(ds: &Dataset, s: &Site) -> SiteWords {
        let texts = site_texts(ds, s)
            .into_iter()
            .map(|t| SplitText {
                kind: t.kind,
                lang: t.lang,
                text: t.text.to_string(),
                split: OnceLock::new(),
            })
            .collect();
        SiteWords {
            runs: own_name_runs(ds),
            texts,
        }
    }

    /// Where `query` matched the site, for a card in `lang`: marks in the name and summary the
    /// card shows and, when the best match is elsewhere, a short excerpt of it with the match
    /// marked. The best match is the one with the words side by side, then with more of the
    /// words, then in the better field (name, summary, details, description), then in the page's
    /// language.
    pub fn matched(&self, query: &str, lang: Lang) -> Matched {
        let terms = Terms::new(query, &self.runs);
        let mut out = Matched::default();
        if terms.is_empty() {
            return out;
        }
        let shown = |t: &SplitText| {
            (t.kind == TextKind::Name || t.kind == TextKind::Summary) && t.lang == Some(lang)
                || (t.kind == TextKind::Name && lang == Lang::En && t.lang == Some(Lang::Vi))
        };
        let mut best: Option<(&SplitText, Marks)> = None;
        // Whether the name, the Vietnamese name and the summary hold the phrase.
        let mut phrase_in = (false, false, false);
        let better = |a: &(&SplitText, Marks), b: &(&SplitText, Marks)| {
            let key = |(t, m): &(&SplitText, Marks)| {
                (
                    m.phrase,
                    m.found,
                    std::cmp::Reverse(t.kind.field()),
                    t.lang.is_none_or(|l| l == lang),
                    shown(t),
                )
            };
            key(a) > key(b)
        };
        for t in &self.texts {
            // A description cannot beat every word side by side in a better field: it is not
            // split then.
            let settled = best.as_ref().is_some_and(|(b, m)| {
                m.phrase && m.found == terms.tokens.len() && b.kind != TextKind::Description
            });
            if settled && t.kind == TextKind::Description {
                continue;
            }
            let (words, masked) = t.words(&self.runs);
            let m = marks(words, masked, &terms);
            if m.spans.is_empty() {
                continue;
            }
            if t.lang == Some(lang) && t.kind == TextKind::Name {
                out.name = m.spans.clone();
                phrase_in.0 = m.phrase;
            } else if t.kind == TextKind::Name && lang == Lang::En && t.lang == Some(Lang::Vi) {
                out.vi_name = m.spans.clone();
                phrase_in.1 = m.phrase;
            } else if t.lang == Some(lang) && t.kind == TextKind::Summary {
                out.summary = m.spans.clone();
                phrase_in.2 = m.phrase;
            }
            let candidate = (t, m);
            if best.as_ref().is_none_or(|b| better(&candidate, b)) {
                best = Some(candidate);
            }
        }
        // When the words occur side by side somewhere, only such places are marked.
        if best.as_ref().is_some_and(|(_, m)| m.phrase) {
            for (spans, phrase) in [
                (&mut out.name, phrase_in.0),
                (&mut out.vi_name, phrase_in.1),
                (&mut out.summary, phrase_in.2),
            ] {
                if !phrase {
                    spans.clear();
                }
            }
        }
        out.excerpt = best.filter(|(t, _)| !shown(t)).map(|(t, m)| {
            let text = SiteText {
                kind: t.kind,
                lang: t.lang,
                text: &t.text,
            };
            cut(text, t.words(&self.runs).0, &m.spans)
        });
        out
    }
}

/// The excerpt of `t` (split into `words`) around its first mark.
fn cut(t: SiteText<'_>, words: &[text::Word], spans: &[(usize, usize)]) -> Excerpt {
    let full = |marks: Vec<(usize, usize)>| Excerpt {
        kind: t.kind,
        lang: t.lang,
        text: t.text.to_string(),
        marks,
    };
    let chars = t.text.chars().count();
    let Some(&(first_start, first_end)) = spans.first() else {
        return full(Vec::new());
    };
    if chars <= EXCERPT_CHARS {
        return full(spans.to_vec());
    }
    // About a third of the room before the first mark, the rest after it, on word boundaries.
    let before = EXCERPT_CHARS / 3;
    let lead = t.text.get(..first_start).unwrap_or_default();
    let lead_chars = lead.chars().count();
    let start = if lead_chars <= before {
        0
    } else {
        let limit = byte_at_char(t.text, lead_chars - before);
        words
            .iter()
            .map(|w| w.start)
            .find(|&s| s >= limit)
            .unwrap_or(first_start)
            .min(first_start)
    };
    let used = t
        .text
        .get(start..first_end)
        .map_or(0, |s| s.chars().count());
    let room = EXCERPT_CHARS.saturating_sub(used);
    let tail = t.text.get(first_end..).unwrap_or_default();
    let end = if tail.chars().count() <= room {
        t.text.len()
    } else {
        let limit = first_end + byte_at_char(tail, room);
        words
            .iter()
            .map(|w| w.end)
            .filter(|&e| e <= limit && e >= first_end)
            .max()
            .unwrap_or(first_end)
    };
    let Some(piece) = t.text.get(start..end) else {
        return full(spans.to_vec());
    };
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < t.text.len() { "…" } else { "" };
    let shift = prefix.len();
    let marks = spans
        .iter()
        .filter(|&&(a, b)| a >= start && b <= end)
        .map(|&(a, b)| (a - start + shift, b - start + shift))
        .collect();
    Excerpt {
        kind: t.kind,
        lang: t.lang,
        text: format!("{prefix}{piece}{suffix}"),
        marks,
    }
}

/// The byte offset of character number `n` of `s` (its length when `s` is shorter).
fn byte_at_char(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs() -> Vec<String> {
        vec!["yen tu vinh nghiem con son kiep bac".to_string()]
    }

    /// [`marks`] in `original`, with the words inside `runs` masked.
    fn marks_of(original: &str, terms: &Terms, runs: &[String]) -> Marks {
        let words = text::words(original);
        marks(&words, &text::masked_words(&words, runs), terms)
    }

    fn texts(spans: &[(usize, usize)], s: &str) -> Vec<String> {
        spans.iter().map(|&(a, b)| s[a..b].to_string()).collect()
    }

    #[test]
    fn terms_drop_the_property_name() {
        let r = runs();
        assert_eq!(Terms::new("Côn Sơn", &r).phrase, "con son");
        let t = Terms::new("chùa Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc", &r);
        assert_eq!(t.tokens, ["chua"]);
        assert!(Terms::new("Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc", &r).is_empty());
        assert!(Terms::new(" – ", &r).is_empty());
    }

    #[test]
    fn phrase_marks_skip_the_property_name() {
        let r = runs();
        let s = "Hồ sơ Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc bổ sung nhóm Côn Sơn – Kiếp Bạc.";
        let m = marks_of(s, &Terms::new("con son", &r), &r);
        assert!(m.phrase);
        assert_eq!(texts(&m.spans, s), ["Côn Sơn"]);
        assert!(m.spans[0].0 > s.find("nhóm").unwrap_or(0));
        // Only the property's name: nothing.
        let only = "Di sản Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc.";
        assert_eq!(
            marks_of(only, &Terms::new("côn sơn", &r), &r),
            Marks::default()
        );
    }

    #[test]
    fn scattered_words_and_prefixes() {
        let r = runs();
        let s = "Chùa còn giữ tháp ở núi Côn Sơn";
        // The phrase wins over the scattered "còn".
        let m = marks_of(s, &Terms::new("con son", &r), &r);
        assert_eq!(texts(&m.spans, s), ["Côn Sơn"]);
        // The last word may be unfinished.
        let m = marks_of(s, &Terms::new("con s", &r), &r);
        assert_eq!(texts(&m.spans, s), ["Côn Sơn"]);
        // Scattered: each word that starts with a search word.
        let m = marks_of(s, &Terms::new("thap chua", &r), &r);
        assert!(!m.phrase);
        assert_eq!(m.found, 2);
        assert_eq!(texts(&m.spans, s), ["Chùa", "tháp"]);
        // Words match from their start only.
        assert_eq!(marks_of(s, &Terms::new("on", &r), &r).found, 0);
        // NFD input: the marks include the combining marks.
        let nfd = "Co\u{0302}n So\u{031B}n";
        let m = marks_of(nfd, &Terms::new("côn sơn", &r), &r);
        assert_eq!(texts(&m.spans, nfd), [nfd]);
    }

    #[test]
    fn excerpts_are_short_and_keep_their_marks() {
        let long = format!(
            "{} Cùng với chùa Côn Sơn, cách đó khoảng 5 km, đền thuộc nhóm này. {}",
            "Mở đầu rất dài. ".repeat(20),
            "Phần cuối cũng dài. ".repeat(20)
        );
        let r = runs();
        let m = marks_of(&long, &Terms::new("côn sơn", &r), &r);
        let e = cut(
            SiteText {
                kind: TextKind::Description,
                lang: Some(Lang::Vi),
                text: &long,
            },
            &text::words(&long),
            &m.spans,
        );
        assert!(
            e.text.starts_with('…') && e.text.ends_with('…'),
            "{}",
            e.text
        );
        assert!(e.text.chars().count() <= EXCERPT_CHARS + 2, "{}", e.text);
        assert_eq!(texts(&e.marks, &e.text), ["Côn Sơn"]);
        // A short text stays whole.
        let e = cut(
            SiteText {
                kind: TextKind::Person,
                lang: None,
                text: "Trần Hưng Đạo",
            },
            &text::words("Trần Hưng Đạo"),
            &[(0, 6)],
        );
        assert_eq!(e.text, "Trần Hưng Đạo");
        assert_eq!(e.marks, [(0, 6)]);
    }
}
