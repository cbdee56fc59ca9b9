//! Gavel's one message catalogue, in Danish and English: every text the app, the CLI and the
//! minutes word, kept as Project Fluent files in `locales/<language>/*.ftl`.
//!
//! Rust renders a message with [`message`]; the UI gets the same files, generated into
//! `ui/src/lib/generated/messages.ts` ([`typescript_module`]) and rendered there by
//! `@fluent/bundle`. So a wording is written once, and a message is a name plus arguments until
//! the moment it is shown, in the reader's language.
//!
//! Conventions of the files: the Danish file defines which messages exist and English has the
//! same ones with the same variables (tests check both); a count that decides a noun's form is
//! `$count`, chosen with `{ $count -> [one] … *[other] … }`; numbers are grouped as the UI's
//! `Intl.NumberFormat` groups them ("1.000" in Danish, "1,000" in English), so a year or an
//! identifier travels as text.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

mod typescript;

pub use typescript::typescript_module;

/// The two languages Gavel speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Danish,
    English,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Danish, Language::English];

    /// The BCP 47 tag: "da" or "en".
    pub fn tag(self) -> &'static str {
        match self {
            Language::Danish => "da",
            Language::English => "en",
        }
    }
}

/// One file of the catalogue: its name and its Fluent source.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    pub name: &'static str,
    pub text: &'static str,
}

impl Source {
    /// Whether the UI renders this file's messages itself, so that it goes into the UI's
    /// generated module. The other files are worded by the Rust side (the shell, gavel-core,
    /// the documents, the CLI), and what reaches the UI from them is already in words.
    pub fn rendered_by_the_ui(&self) -> bool {
        self.name == "ui.ftl"
    }
}

/// The files of one language, in the order they are loaded. A new file is added to both lists.
pub fn sources(language: Language) -> &'static [Source] {
    const DANISH: &[Source] = &[
        Source {
            name: "ui.ftl",
            text: include_str!("../locales/da/ui.ftl"),
        },
        Source {
            name: "shell.ftl",
            text: include_str!("../locales/da/shell.ftl"),
        },
        Source {
            name: "cli.ftl",
            text: include_str!("../locales/da/cli.ftl"),
        },
        Source {
            name: "events.ftl",
            text: include_str!("../locales/da/events.ftl"),
        },
        Source {
            name: "documents.ftl",
            text: include_str!("../locales/da/documents.ftl"),
        },
        Source {
            name: "core.ftl",
            text: include_str!("../locales/da/core.ftl"),
        },
        Source {
            name: "rules.ftl",
            text: include_str!("../locales/da/rules.ftl"),
        },
        Source {
            name: "verification.ftl",
            text: include_str!("../locales/da/verification.ftl"),
        },
    ];
    const ENGLISH: &[Source] = &[
        Source {
            name: "ui.ftl",
            text: include_str!("../locales/en/ui.ftl"),
        },
        Source {
            name: "shell.ftl",
            text: include_str!("../locales/en/shell.ftl"),
        },
        Source {
            name: "cli.ftl",
            text: include_str!("../locales/en/cli.ftl"),
        },
        Source {
            name: "events.ftl",
            text: include_str!("../locales/en/events.ftl"),
        },
        Source {
            name: "documents.ftl",
            text: include_str!("../locales/en/documents.ftl"),
        },
        Source {
            name: "core.ftl",
            text: include_str!("../locales/en/core.ftl"),
        },
        Source {
            name: "rules.ftl",
            text: include_str!("../locales/en/rules.ftl"),
        },
        Source {
            name: "verification.ftl",
            text: include_str!("../locales/en/verification.ftl"),
        },
    ];
    match language {
        Language::Danish => DANISH,
        Language::English => ENGLISH,
    }
}

/// A value a message is rendered with: a text, or a number (which a plural form may depend on,
/// and which is grouped as the language groups it).
#[derive(Debug, Clone, PartialEq)]
pub enum Argument<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Argument<'a> {
    fn from(text: &'a str) -> Self {
        Argument::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Argument<'a> {
    fn from(text: &'a String) -> Self {
        Argument::Text(Cow::Borrowed(text.as_str()))
    }
}

impl From<String> for Argument<'_> {
    fn from(text: String) -> Self {
        Argument::Text(Cow::Owned(text))
    }
}

macro_rules! number_argument {
    ($($number:ty),*) => {$(
        impl From<$number> for Argument<'_> {
            // Counts in a meeting are far below 2^53, where f64 stops being exact.
            #[allow(clippy::cast_precision_loss)]
            fn from(number: $number) -> Self {
                Argument::Number(number as f64)
            }
        }
    )*};
}
number_argument!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The message `id` in `language`, with its `arguments` ("count", 3).
///
/// A message the catalogue lacks is a programming error, which the tests of this crate catch for
/// every id named in the sources; if one slipped through, the reader sees the id rather than a
/// crash.
pub fn message(language: Language, id: &str, arguments: &[(&str, Argument<'_>)]) -> String {
    let bundle = bundle(language);
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        debug_assert!(false, "the catalogue has no message {id:?}");
        return id.to_owned();
    };
    let mut fluent_arguments = FluentArgs::with_capacity(arguments.len());
    for (name, value) in arguments {
        let value = match value {
            Argument::Text(text) => FluentValue::String(text.clone()),
            Argument::Number(number) => FluentValue::from(*number),
        };
        fluent_arguments.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_arguments), &mut errors);
    debug_assert!(errors.is_empty(), "rendering {id:?}: {errors:?}");
    text.into_owned()
}

/// The message `id`, which takes no arguments, in `language`, rendered once and kept for the
/// rest of the run: for the fixed words of a document, which its code uses as `&str` labels. The
/// messages are the catalogue's, a few hundred short texts at most, so what is kept is bounded.
pub fn fixed_text(language: Language, id: &str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static RENDERED: OnceLock<Mutex<HashMap<(Language, String), &'static str>>> = OnceLock::new();
    let mut rendered = RENDERED
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(text) = rendered.get(&(language, id.to_owned())) {
        return text;
    }
    let text: &'static str = Box::leak(message(language, id, &[]).into_boxed_str());
    rendered.insert((language, id.to_owned()), text);
    text
}

/// Whether the catalogue has the message `id` (in Danish, which defines the messages).
pub fn has_message(id: &str) -> bool {
    bundle(Language::Danish).has_message(id)
}

/// The ids of every message, in file order.
pub fn message_ids(language: Language) -> Vec<&'static str> {
    sources(language)
        .iter()
        .flat_map(|source| ids_in(source.text))
        .collect()
}

fn ids_in(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().filter_map(|line| {
        let (id, _) = line.split_once(" =")?;
        let starts_message = id
            .chars()
            .next()
            .is_some_and(|first| first.is_ascii_alphabetic());
        (starts_message
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .then_some(id)
    })
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(language: Language) -> &'static Bundle {
    static DANISH: OnceLock<Bundle> = OnceLock::new();
    static ENGLISH: OnceLock<Bundle> = OnceLock::new();
    let cell = match language {
        Language::Danish => &DANISH,
        Language::English => &ENGLISH,
    };
    cell.get_or_init(|| load(language))
}

/// The bundle of one language. The files are compiled in and checked by this crate's tests, so
/// an error here is a programming error; it is reported in debug builds, and the messages that
/// did parse are used.
fn load(language: Language) -> Bundle {
    let locale = match language {
        Language::Danish => unic_langid::langid!("da-DK"),
        Language::English => unic_langid::langid!("en-GB"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Unicode isolation marks around every placeable are for mixed-direction text; Gavel's two
    // languages are left to right, and the marks would sit in the CLI's output and the PDF.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language {
        Language::Danish => format_danish_number,
        Language::English => format_english_number,
    }));
    for source in sources(language) {
        let resource =
            FluentResource::try_new(source.text.to_owned()).unwrap_or_else(|(resource, errors)| {
                debug_assert!(false, "{}: {errors:?}", source.name);
                resource
            });
        if let Err(errors) = bundle.add_resource(resource) {
            debug_assert!(false, "{}: {errors:?}", source.name);
        }
    }
    bundle
}

fn format_danish_number<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(value, '.', ',')
}

fn format_english_number<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(value, ',', '.')
}

/// "12.345" / "12,345", "1,5" / "1.5": as `Intl.NumberFormat("da-DK")` and `("en-GB")` write a
/// number, so that the CLI and the app agree.
fn format_number(value: &FluentValue<'_>, group: char, decimal: char) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    // At most three decimals, as `Intl.NumberFormat` writes by default ("0,333").
    let plain = if number.value.fract() == 0.0 {
        number.as_string().into_owned()
    } else {
        let rounded = format!("{:.3}", number.value);
        rounded
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_owned()
    };
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(digits) => ("-", digits.to_owned()),
        None => ("", plain),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole.to_owned(), Some(fraction.to_owned())),
        None => (digits, None),
    };
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    Some(match fraction {
        Some(fraction) => format!("{sign}{grouped}{decimal}{fraction}"),
        None => format!("{sign}{grouped}"),
    })
}

#[cfg(test)]
mod tests;
