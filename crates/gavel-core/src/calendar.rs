//! Dates written out the way people read them in minutes, comments and the UI: "27. november
//! 2026" in Danish, "27 November 2026" in English. One table of month names for every caller.

use chrono::{Datelike, NaiveDate};

const DANISH_MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "27. november 2026".
pub fn long_date_danish(date: NaiveDate) -> String {
    format!(
        "{}. {} {}",
        date.day(),
        DANISH_MONTHS[date.month0() as usize],
        date.year()
    )
}

/// "27 November 2026".
pub fn long_date_english(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        ENGLISH_MONTHS[date.month0() as usize],
        date.year()
    )
}

/// "27. november 2026" in Danish, "27 November 2026" in English.
pub(crate) fn long_date(language: gavel_messages::Language, date: NaiveDate) -> String {
    match language {
        gavel_messages::Language::Danish => long_date_danish(date),
        gavel_messages::Language::English => long_date_english(date),
    }
}
