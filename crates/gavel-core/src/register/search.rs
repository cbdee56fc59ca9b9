//! Full-text search over the decision register (docs/search.md): what a chair types, in Danish or
//! English, matched against every entry's words — its text, its agenda item (title, notes, case
//! description, proposed decision), its meeting and group, its owner and issue keys — with the
//! word forms of both languages found together (beslutning, beslutningen, beslutninger).
//!
//! SQLite's FTS5 ranks (bm25) and finds, but has no Danish stemmer, so every word is reduced here
//! with the Snowball stemmers (rust-stemmers) before it is stored or sought: the index holds
//! stems, and a query is built from the stems of the typed words, never from the typed text, so
//! no FTS5 syntax (`"`, `*`, `NEAR`, `-`) from a user reaches it. The index is a projection of the
//! log: rebuilt from the register whenever the log has grown since it was built.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use crate::error::Result;

/// The longest search Gavel takes: a sentence or two is plenty to find a decision.
pub const MAX_SEARCH_CHARS: usize = 500;

/// A run of an entry's text, and whether it holds a word the search found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct TextPart {
    pub text: String,
    pub hit: bool,
}

/// A poll's result in both languages, each cut into runs with the words the search found marked:
/// a search may find an entry by its result ("22 for"), and the reader sees why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MarkedBilingual {
    pub da: Vec<TextPart>,
    pub en: Vec<TextPart>,
}

impl MarkedBilingual {
    /// The runs in Danish or in English, as [`crate::rules::Bilingual::pick`] picks a text.
    pub fn pick(&self, danish: bool) -> &[TextPart] {
        if danish { &self.da } else { &self.en }
    }
}

/// The words of a text, each with where it is: letters and digits; everything else separates.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        loop {
            match chars.next() {
                Some((at, c)) if c.is_alphanumeric() => {
                    if start.is_none() {
                        start = Some(at);
                    }
                    let ends = chars.peek().is_none_or(|(_, next)| !next.is_alphanumeric());
                    if ends {
                        let from = start.take().unwrap_or(at);
                        return Some((from, at + c.len_utf8()));
                    }
                }
                Some(_) => {}
                None => return None,
            }
        }
    })
}

/// A word as it is compared: lower case, accents folded (é → e, ü → u), but æ, ø and å kept: in
/// Danish they are letters of their own (år is not ar).
fn folded(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' => 'o',
            'ö' => 'ø',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// Both languages' stemmers, one after the other: a word is stored and sought under the English
/// stem of its Danish stem, so that the Danish forms (beslutning, beslutningen, beslutningerne)
/// and the English ones (decision, decisions), and words the two languages share (hostes,
/// hosting), each come to one stem. One stem per word keeps the ranking fair: two stems a word
/// would be indexed under, one of them rare, would reward whichever language's stem is rarer.
pub(crate) struct Stemmers {
    danish: Stemmer,
    english: Stemmer,
    /// The index's text of each word met so far, as written: a register says the same words
    /// again and again ("Punkt 7 er vedtaget"), and folding and stemming each again was a fifth
    /// of building the index of a million events.
    known: std::cell::RefCell<HashMap<String, String>>,
}

impl Stemmers {
    pub(crate) fn new() -> Stemmers {
        Stemmers {
            danish: Stemmer::create(Algorithm::Danish),
            english: Stemmer::create(Algorithm::English),
            known: std::cell::RefCell::new(HashMap::new()),
        }
    }

    /// The stem of one folded word.
    fn stem(&self, word: &str) -> String {
        let danish = self.danish.stem(word);
        let mut stem = self.english.stem(&danish).into_owned();
        without_the_participles_n(&mut stem);
        stem
    }

    /// The text as the index stores it: the stems of its words, separated by spaces.
    pub(crate) fn index_text(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut known = self.known.borrow_mut();
        for (from, to) in words(text) {
            let word = &text[from..to];
            match known.get(word) {
                Some(stem) => out.push_str(stem),
                None => {
                    let stem = self.stem(&folded(word));
                    out.push_str(&stem);
                    known.insert(word.to_owned(), stem);
                }
            }
            out.push(' ');
        }
        out
    }
}

/// A Danish strong verb's past participle has three forms, and Snowball brings only two of them
/// to one stem: vedtaget and vedtagen to "vedtag", but vedtagne to "vedtagn" (likewise givet,
/// given, givne; skrevet, skrevne; fundet, fundne). "De vedtagne forslag" must find "forslaget
/// blev vedtaget", so a stem that ends in a consonant and n loses the n. Done to every stem, of
/// any word, so that no word's forms are parted: navn, navne and navnet all come to "nav", as
/// design and designed come to "desig", and a noun in -ning may meet its verb (beslutning and
/// beslutte), when the English stemmer has taken its -ing. A stem ending
/// in a vowel and n (kommun, from kommune, kommunen, kommuner) is left as it is, and so is one
/// that would become a common word's stem ([`COMMON_STEMS`]).
fn without_the_participles_n(stem: &mut String) {
    let is_consonant = |c: char| c.is_alphabetic() && !"aeiouyæøå".contains(c);
    let mut from_the_end = stem.chars().rev();
    let ends_so = from_the_end.next() == Some('n') && from_the_end.next().is_some_and(is_consonant);
    // Three letters at least are left: "ovn" stays a word of its own.
    if ends_so && stem.chars().count() > 3 && !COMMON_STEMS.contains(&&stem[..stem.len() - 1]) {
        stem.pop();
    }
}

/// Stems of words so common in minutes that a stem ending in n must not become one of them:
/// barn is not bare ("bar"), børn not bør, sign not sig or siger, havn not have, ligne not lige,
/// ordning not ord, retning not ret. Each such word keeps its n, in all its forms alike.
const COMMON_STEMS: &[&str] = &[
    "bar", "bør", "der", "for", "har", "hav", "her", "lig", "ord", "ret", "sig", "til", "var",
];

/// A search as typed, ready for FTS5 and for marking what it found.
pub(crate) struct Query {
    /// The FTS5 MATCH expression, built from stems only.
    pub(crate) fts: String,
    stems: HashSet<String>,
    /// The last word as typed so far (folded): found as the start of a word, for search as you type.
    prefix: String,
}

impl Query {
    pub(crate) fn parse(stemmers: &Stemmers, typed: &str) -> Result<Query> {
        let length = typed.chars().count();
        if length > MAX_SEARCH_CHARS {
            return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreRegisterSearch-theSearchIsCharactersLong",
                &[
                    ("limit", MAX_SEARCH_CHARS.to_string().into()),
                    ("length", length.to_string().into()),
                ],
            )));
        }
        // Each word, and whether it is an issue key's project (letters before "-digits").
        let typed_words: Vec<(String, bool)> = words(typed)
            .map(|(from, to)| {
                let before_a_number = typed[to..]
                    .strip_prefix('-')
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
                (folded(&typed[from..to]), before_a_number)
            })
            .collect();
        let Some((prefix, _)) = typed_words.last().cloned() else {
            return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreRegisterSearch-theSearchHoldsNoWord",
                &[],
            )));
        };
        let mut stems = HashSet::new();
        let mut terms = Vec::new();
        for (index, (word, key_project)) in typed_words.iter().enumerate() {
            let last = index + 1 == typed_words.len();
            if !last && !key_project && FUNCTION_WORDS.contains(&word.as_str()) {
                continue;
            }
            let stem = stemmers.stem(word);
            let term = if last {
                // The word being typed: its stem, or any word it begins (search as you type).
                format!("({} OR {} *)", quoted(&stem), quoted(word))
            } else {
                quoted(&stem)
            };
            stems.insert(stem);
            terms.push(term);
        }
        Ok(Query {
            fts: terms.join(" AND "),
            stems,
            prefix,
        })
    }

    /// `text` cut into runs, the words this search found marked.
    pub(crate) fn mark(&self, stemmers: &Stemmers, text: &str) -> Vec<TextPart> {
        let mut parts: Vec<TextPart> = Vec::new();
        let mut push = |piece: &str, hit: bool| {
            if piece.is_empty() {
                return;
            }
            match parts.last_mut() {
                Some(last) if last.hit == hit => last.text.push_str(piece),
                _ => parts.push(TextPart {
                    text: piece.to_owned(),
                    hit,
                }),
            }
        };
        let mut at = 0;
        for (from, to) in words(text) {
            push(&text[at..from], false);
            let word = folded(&text[from..to]);
            let hit = word.starts_with(&self.prefix) || self.stems.contains(&stemmers.stem(&word));
            push(&text[from..to], hit);
            at = to;
        }
        push(&text[at..], false);
        parts
    }
}

/// The commonest words of Danish and English that carry nothing a chair looks for: articles,
/// pronouns, conjunctions, most prepositions, and the forms of være/be and have (from Snowball's
/// stop word lists, as folded). Every word typed must be found, so "de vedtagne forslag" found
/// nothing where "vedtagne forslag" found the decision: such a word is left out of a search,
/// but for the last one typed, which may be the start of another word (search as you type). Not
/// in the list, so still sought: negations (ikke, ingen, not, no), quantities (alle, mange,
/// all), modal verbs (skal, kan, must) and the words that say which side (for, mod, over, under,
/// against), which a decision's words turn on; and English words that are Danish ones too (to:
/// two, by: town, is: ice, it: IT), and the name Hans. A word before a hyphen and digits is an
/// issue key's project (DE-12) and sought too.
const FUNCTION_WORDS: &[&str] = &[
    // Danish.
    "ad", "af", "at", "blev", "blevet", "blive", "bliver", "da", "de", "dem", "den", "denne", "der",
    "deres", "det", "dette", "dig", "din", "disse", "du", "efter", "eller", "en", "end", "er",
    "et", "fra", "ham", "han", "har", "havde", "have", "hende", "hendes", "her", "hos", "hun",
    "hvad", "hvis", "hvor", "i", "ind", "jeg", "jer", "jo", "man", "med", "mig", "min", "mine",
    "mit", "ned", "nu", "når", "og", "også", "om", "op", "os", "på", "selv", "sig", "sin", "sine",
    "sit", "som", "sådan", "thi", "til", "ud", "var", "vi", "vor", "være", "været",
    // English.
    "a", "about", "an", "and", "are", "as", "be", "been", "being", "but", "from", "had", "has",
    "he", "her", "his", "into", "its", "me", "my", "of", "on", "or", "our", "she", "so", "than",
    "that", "the", "their", "them", "then", "these", "they", "this", "those", "was", "we", "were",
    "with", "you", "your",
];

/// An FTS5 string: the word between double quotes, with any quote doubled (a word holds only
/// letters and digits, so there is none; the quotes keep `NEAR`, `AND` or `OR` a plain word).
fn quoted(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

/// Which entry an index row stands for: its meeting, kind and number there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct EntryKey {
    meeting_id: String,
    /// `kind_name` of the entry's kind, as the index stores it.
    kind: String,
    number: u32,
}

impl EntryKey {
    /// The meeting the entry belongs to, as the index stores it.
    pub(crate) fn meeting_id(&self) -> &str {
        &self.meeting_id
    }

    pub(crate) fn of(entry: &super::RegisterEntry) -> EntryKey {
        EntryKey {
            meeting_id: entry.meeting_id.to_string(),
            kind: kind_name(entry.kind).to_owned(),
            number: entry.number,
        }
    }
}

fn kind_name(kind: super::RegisterKind) -> &'static str {
    match kind {
        super::RegisterKind::Decision => "decision",
        super::RegisterKind::ActionItem => "action_item",
        super::RegisterKind::PollResult => "poll_result",
    }
}

/// The index made again from every entry of the register and its context, in one transaction.
pub(crate) fn rebuild(
    conn: &Connection,
    stemmers: &Stemmers,
    entries: &[(super::RegisterEntry, String)],
) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    tx.execute("DELETE FROM register_search", [])?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO register_search (meeting_id, kind, number, text_words, context_words)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (entry, context) in entries {
            let key = EntryKey::of(entry);
            insert.execute((
                &key.meeting_id,
                key.kind,
                key.number,
                stemmers.index_text(&entry.text),
                stemmers.index_text(context),
            ))?;
        }
    }
    mark_fresh(&tx)?;
    tx.commit()?;
    Ok(())
}

/// The entries that hold every word of the query, each with its place in the ranking (0 is the
/// best): bm25, a word in the entry's own text weighing four times one in its context. With
/// `best`, only that many of the best: the places are the same as in the whole ranking (its ties
/// are broken by the index's row order), and a search for a word in every entry need not hand
/// over tens of thousands. With `kind`, only entries of that kind are ranked.
///
/// With `newest_first` (a search whose words are in more than half of the entries,
/// [`found_in_most_entries`]) the entries are listed newest first instead, the register's own
/// order (the index's row order).
pub(crate) fn matching(
    conn: &Connection,
    query: &Query,
    best: Option<usize>,
    kind: Option<super::RegisterKind>,
    newest_first: bool,
) -> Result<std::collections::HashMap<EntryKey, usize>> {
    let mut statement = if newest_first {
        conn.prepare_cached(
            "SELECT meeting_id, kind, number FROM register_search
             WHERE register_search MATCH ?1 AND (?3 IS NULL OR kind = ?3)
             ORDER BY rowid
             LIMIT ?2",
        )?
    } else {
        conn.prepare_cached(
            "SELECT meeting_id, kind, number FROM register_search
             WHERE register_search MATCH ?1 AND (?3 IS NULL OR kind = ?3)
             ORDER BY bm25(register_search, 0.0, 0.0, 0.0, 4.0, 1.0), rowid
             LIMIT ?2",
        )?
    };
    let best = best.map_or(-1, |best| i64::try_from(best).unwrap_or(i64::MAX));
    let kind = kind.map(kind_name);
    let rows = statement.query_map((&query.fts, best, kind), |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, u32>(2)?,
        ))
    })?;
    let mut ranked = std::collections::HashMap::new();
    for (place, row) in rows.enumerate() {
        let (meeting_id, kind, number) = row?;
        ranked
            .entry(EntryKey {
                meeting_id,
                kind,
                number,
            })
            .or_insert(place);
    }
    Ok(ranked)
}

/// Whether the search finds more than half of the register's entries, and so every one of its
/// words is in more than half of them ("vedtaget", "styregruppe"). bm25 weighs such a word at
/// nearly nothing — its inverse document frequency would be below zero, and FTS5 raises it to
/// 0.000001 — so its order among them says nothing about the entries, while scoring every match
/// costs a millisecond per two thousand. Such a search lists the newest first, which is what the
/// chair looking for "vedtaget" wants, and stops at the page it shows.
///
/// Counted over the whole index, as bm25 counts: a filter by kind does not change how common a
/// word is. The entries are counted in FTS5's own table of their sizes (`_docsize`, one small
/// row per entry): counting the index itself reads every entry's columns, 5 ms for ten years.
pub(crate) fn found_in_most_entries(conn: &Connection, query: &Query) -> Result<bool> {
    let entries: i64 = conn
        .prepare_cached("SELECT count(*) FROM register_search_docsize")?
        .query_row([], |row| row.get(0))?;
    let found: i64 = conn
        .prepare_cached("SELECT count(*) FROM register_search WHERE register_search MATCH ?1")?
        .query_row([&query.fts], |row| row.get(0))?;
    Ok(found.saturating_mul(2) > entries)
}

/// Whether the index is older than the log: the log's last row id when it was built.
pub(crate) fn is_stale(conn: &Connection) -> Result<bool> {
    let (log, indexed): (i64, Option<i64>) = conn.query_row(
        "SELECT (SELECT COALESCE(MAX(rowid), 0) FROM event),
                (SELECT indexed_up_to FROM register_search_state)",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    Ok(indexed != Some(log))
}

fn mark_fresh(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM register_search_state", [])?;
    conn.execute(
        "INSERT INTO register_search_state (indexed_up_to)
         SELECT COALESCE(MAX(rowid), 0) FROM event",
        [],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_word_forms_share_a_stem_and_english_ones_too() {
        let stemmers = Stemmers::new();
        let stems = |forms: &[&str]| -> HashSet<String> {
            forms.iter().map(|form| stemmers.stem(form)).collect()
        };
        let danish = stems(&[
            "beslutning",
            "beslutningen",
            "beslutninger",
            "beslutningerne",
        ]);
        assert_eq!(danish.len(), 1, "{danish:?}");
        let english = stems(&["decision", "decisions"]);
        assert_eq!(english.len(), 1, "{english:?}");
        assert_eq!(stems(&["hostes", "hosting"]).len(), 1);
        assert_ne!(danish, english);
    }

    #[test]
    fn a_strong_verbs_participle_is_one_word_in_all_its_forms() {
        let stemmers = Stemmers::new();
        let stems = |forms: &[&str]| -> HashSet<String> {
            forms.iter().map(|form| stemmers.stem(form)).collect()
        };
        for forms in [
            &["vedtaget", "vedtagen", "vedtagne"][..],
            &["givet", "given", "givne"],
            &["skrevet", "skreven", "skrevne"],
            &["fundet", "fundne"],
            // Words whose stem ends in a consonant and n in every form stay one word.
            &["navn", "navne", "navnet", "navnene"],
            &["design", "designs", "designed"],
            // A vowel before the n: untouched.
            &["kommune", "kommunen", "kommuner", "kommunerne"],
        ] {
            let found = stems(forms);
            assert_eq!(found.len(), 1, "{forms:?}: {found:?}");
        }
        assert_eq!(stemmers.stem("kommune"), "kommun");
        assert_eq!(stemmers.stem("ovn"), "ovn", "three letters are left alone");
        assert_ne!(stemmers.stem("vedtagne"), stemmers.stem("vedtægt"));
        // A noun in -ning may meet its verb.
        assert_eq!(stemmers.stem("beslutning"), stemmers.stem("beslutte"));
        // No word becomes a common one: each pair stays apart, and each word's forms together.
        for (word, common) in [
            ("barn", "bare"),
            ("børn", "bør"),
            ("signed", "siger"),
            ("sign", "sig"),
            ("havn", "have"),
            ("ligne", "lige"),
            ("ordning", "ord"),
            ("retning", "ret"),
        ] {
            assert_ne!(
                stemmers.stem(word),
                stemmers.stem(common),
                "{word} and {common}"
            );
        }
        assert_eq!(stemmers.stem("sign"), stemmers.stem("signed"));
        assert_eq!(stemmers.stem("barn"), stemmers.stem("barnet"));
    }

    #[test]
    fn syntax_characters_never_reach_fts5() {
        let stemmers = Stemmers::new();
        let query = Query::parse(&stemmers, "\"hosting\" NEAR -drift*").expect("a query");
        assert!(!query.fts.contains("NEAR "), "{}", query.fts);
        assert!(query.fts.contains("\"near\""), "{}", query.fts);
        for bad in ["", "\"*-", "   "] {
            let error = Query::parse(&stemmers, bad).err().expect("refused");
            assert!(
                error.to_string().contains("no word to search for"),
                "{error}"
            );
        }
        let long = "a".repeat(MAX_SEARCH_CHARS + 1);
        let error = Query::parse(&stemmers, &long).err().expect("refused");
        assert!(error.to_string().contains("501 characters"), "{error}");
    }

    #[test]
    fn the_commonest_words_are_left_out_but_for_the_last_one_typed() {
        let stemmers = Stemmers::new();
        let fts = |typed: &str| Query::parse(&stemmers, typed).expect("a query").fts;
        assert_eq!(fts("de vedtagne forslag"), fts("vedtagne forslag"));
        assert_eq!(fts("Det er på budgettet"), fts("budgettet"));
        assert_eq!(fts("the decisions of the group"), fts("decisions group"));
        // Negations, sides, numbers and names are sought, and an issue key's project.
        assert_ne!(fts("ikke vedtaget"), fts("vedtaget"));
        assert_ne!(fts("stemte mod forslaget"), fts("stemte forslaget"));
        assert_ne!(fts("stemte for forslaget"), fts("stemte forslaget"));
        assert_ne!(fts("to stemmer imod"), fts("stemmer imod"));
        assert_ne!(fts("IT sikkerhed"), fts("sikkerhed"));
        assert_ne!(fts("Hans Jensen"), fts("Jensen"));
        assert_ne!(fts("DE-12 budget"), fts("12 budget"));
        // The last word is being typed: "af" may become "afgørelse".
        assert!(
            fts("vedtaget af").contains("\"af\" *"),
            "{}",
            fts("vedtaget af")
        );
        // Nothing left out is marked as found.
        let query = Query::parse(&stemmers, "de vedtagne").expect("a query");
        let hits: Vec<String> = query
            .mark(&stemmers, "De blev vedtaget")
            .into_iter()
            .filter(|part| part.hit)
            .map(|part| part.text)
            .collect();
        assert_eq!(hits, ["vedtaget"]);
    }

    #[test]
    fn marks_the_words_found_keeping_the_text_whole() {
        let stemmers = Stemmers::new();
        let query = Query::parse(&stemmers, "beslutningen host").expect("a query");
        let text = "Beslutninger om hosting: én beslutning.";
        let parts = query.mark(&stemmers, text);
        let joined: String = parts.iter().map(|part| part.text.as_str()).collect();
        assert_eq!(joined, text);
        let hits: Vec<&str> = parts
            .iter()
            .filter(|part| part.hit)
            .map(|part| part.text.as_str())
            .collect();
        assert_eq!(hits, ["Beslutninger", "hosting", "beslutning"]);
    }
}
