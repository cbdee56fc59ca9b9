//! The dates Jira writes into its exports. The CSV export formats them with the exporting user's
//! date format and language (`22/Sep/25 9:26 AM`, `10/nov/25 4:51 PM`, `06/août/15 12:00 PM`,
//! `11/01/2023 15:22`, `22.09.2025 09:26`); the REST API writes ISO 8601 with an offset
//! (`2025-09-22T09:26:00.000+0200`). Month abbreviations are recognised in English, Danish,
//! Spanish, French and German.
//!
//! A CSV date has no offset: it is the local time of whoever exported it, and is kept as such.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

/// A point in time as an export gives it: the wall-clock time, and the offset from UTC when the
/// export says (JSON does, CSV does not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IssueTime {
    pub local: NaiveDateTime,
    pub utc_offset_seconds: Option<i32>,
}

/// Which number comes first in an all-numeric date such as `11/01/2023`. Jira writes whatever the
/// site's format says, so a file is read one way throughout: see [`numeric_date_order`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericDateOrder {
    DayFirst,
    MonthFirst,
}

/// Reads one date (with or without a time). `None` when the text is no date form Gavel knows.
pub fn parse_issue_time(text: &str, order: NumericDateOrder) -> Option<IssueTime> {
    let text = text.trim();
    if text.len() > 64 {
        return None;
    }
    if starts_with_four_digit_year(text) {
        return parse_iso_8601(text);
    }
    let (date_text, time_text) = match text.find(char::is_whitespace) {
        Some(space) => (&text[..space], text[space..].trim()),
        None => (text, ""),
    };
    let date = parse_day_month_year(date_text, order)?;
    let time = if time_text.is_empty() {
        NaiveTime::MIN
    } else {
        parse_clock_time(time_text)?
    };
    Some(IssueTime {
        local: date.and_time(time),
        utc_offset_seconds: None,
    })
}

/// Decides how to read all-numeric dates of one file from the dates themselves: a first number
/// above 12 proves day-first, a second number above 12 proves month-first. When nothing proves
/// either, day-first, as in Denmark and most of Europe.
pub fn numeric_date_order<'a>(dates: impl IntoIterator<Item = &'a str>) -> NumericDateOrder {
    for text in dates {
        let date_text = text.trim().split(char::is_whitespace).next().unwrap_or("");
        let numbers: Vec<u32> = date_text
            .split(['/', '-', '.'])
            .map(|part| part.parse().ok())
            .collect::<Option<_>>()
            .unwrap_or_default();
        if let [first, second, _year] = numbers[..] {
            if first > 12 && second <= 12 {
                return NumericDateOrder::DayFirst;
            }
            if second > 12 && first <= 12 {
                return NumericDateOrder::MonthFirst;
            }
        }
    }
    NumericDateOrder::DayFirst
}

/// The month a (possibly abbreviated, possibly dotted) month name stands for, in English,
/// Danish, Spanish, French or German.
pub fn month_number(name: &str) -> Option<u32> {
    let name = name.trim().trim_end_matches('.').to_lowercase();
    let month = match name.as_str() {
        "jan" | "january" | "januar" | "ene" | "enero" | "janv" | "janvier" => 1,
        "feb" | "february" | "februar" | "febrero" | "févr" | "fevr" | "février" | "fevrier" => 2,
        "mar" | "march" | "marts" | "marzo" | "mars" | "mär" | "mrz" | "märz" => 3,
        "apr" | "april" | "abr" | "abril" | "avr" | "avril" => 4,
        "may" | "maj" | "mayo" | "mai" => 5,
        "jun" | "june" | "juni" | "junio" | "juin" => 6,
        "jul" | "july" | "juli" | "julio" | "juil" | "juillet" => 7,
        "aug" | "august" | "ago" | "agosto" | "août" | "aout" => 8,
        "sep" | "sept" | "september" | "set" | "septiembre" | "septembre" => 9,
        "oct" | "october" | "okt" | "oktober" | "octubre" | "octobre" => 10,
        "nov" | "november" | "noviembre" | "novembre" => 11,
        "dec" | "december" | "dic" | "diciembre" | "déc" | "décembre" | "decembre" | "dez"
        | "dezember" => 12,
        _ => return None,
    };
    Some(month)
}

fn starts_with_four_digit_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 5 && bytes[..4].iter().all(u8::is_ascii_digit) && bytes[4] == b'-'
}

/// `2025-09-22`, `2025-09-22T09:26`, `2025-09-22 09:26:00`, with optional fractions of a second
/// and an optional `Z`, `+02:00`, `+0200` or `+02`.
fn parse_iso_8601(text: &str) -> Option<IssueTime> {
    let date = NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = &text[10..];
    if rest.is_empty() {
        return Some(IssueTime {
            local: date.and_time(NaiveTime::MIN),
            utc_offset_seconds: None,
        });
    }
    let rest = rest.strip_prefix(['T', ' '])?;
    let (clock, offset) = split_utc_offset(rest)?;
    let time = parse_iso_clock(clock)?;
    Some(IssueTime {
        local: date.and_time(time),
        utc_offset_seconds: offset,
    })
}

/// Splits `09:26:00.000+0200` into the clock and the offset in seconds.
fn split_utc_offset(text: &str) -> Option<(&str, Option<i32>)> {
    if let Some(clock) = text.strip_suffix(['Z', 'z']) {
        return Some((clock, Some(0)));
    }
    let Some(sign_at) = text.rfind(['+', '-']) else {
        return Some((text, None));
    };
    let (clock, offset) = text.split_at(sign_at);
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let digits: String = offset[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let (hours, minutes): (i32, i32) = match digits.len() {
        2 => (digits.parse().ok()?, 0),
        4 => (digits[..2].parse().ok()?, digits[2..].parse().ok()?),
        _ => return None,
    };
    if hours > 18 || minutes > 59 {
        return None;
    }
    Some((clock, Some(sign * (hours * 3600 + minutes * 60))))
}

fn parse_iso_clock(text: &str) -> Option<NaiveTime> {
    let without_fraction = match text.find(['.', ',']) {
        Some(dot) => {
            let fraction = &text[dot + 1..];
            if fraction.is_empty() || !fraction.bytes().all(|byte| byte.is_ascii_digit()) {
                return None;
            }
            &text[..dot]
        }
        None => text,
    };
    NaiveTime::parse_from_str(without_fraction, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(without_fraction, "%H:%M"))
        .ok()
}

/// `22/Sep/25`, `06/août/15`, `22/sep./25`, `11/01/2023`, `22.09.2025`, `22-Sep-2025`.
fn parse_day_month_year(text: &str, order: NumericDateOrder) -> Option<NaiveDate> {
    let parts: Vec<&str> = text
        .split(['/', '-', '.'])
        .filter(|part| !part.is_empty())
        .collect();
    let [first, second, year] = parts[..] else {
        return None;
    };
    let year = parse_year(year)?;
    let (day, month) = match month_number(second) {
        Some(month) => (first.parse().ok()?, month),
        None => {
            let first: u32 = first.parse().ok()?;
            let second: u32 = second.parse().ok()?;
            match order {
                NumericDateOrder::DayFirst => (first, second),
                NumericDateOrder::MonthFirst => (second, first),
            }
        }
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Two-digit years are this century's up to 69, as Java's date formats (which Jira uses) read
/// them within a century of today.
fn parse_year(text: &str) -> Option<i32> {
    if !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let year: i32 = text.parse().ok()?;
    match text.len() {
        2 if year < 70 => Some(2000 + year),
        2 => Some(1900 + year),
        4 => Some(year),
        _ => None,
    }
}

/// `9:26 AM`, `4:51 PM`, `12:00 PM`, `4:51 p. m.`, `15:22`, `15:22:07`.
fn parse_clock_time(text: &str) -> Option<NaiveTime> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    let (clock, half_day) = if let Some(clock) = compact.strip_suffix("am") {
        (clock, Some(false))
    } else if let Some(clock) = compact.strip_suffix("pm") {
        (clock, Some(true))
    } else {
        (compact.as_str(), None)
    };
    let numbers: Vec<u32> = clock
        .split(':')
        .map(|part| {
            if part.is_empty() || part.len() > 2 {
                None
            } else {
                part.parse().ok()
            }
        })
        .collect::<Option<_>>()?;
    let (hour, minute, second) = match numbers[..] {
        [hour, minute] => (hour, minute, 0),
        [hour, minute, second] => (hour, minute, second),
        _ => return None,
    };
    let hour = match half_day {
        None => hour,
        Some(_) if hour == 0 || hour > 12 => return None,
        Some(false) => hour % 12,
        Some(true) => hour % 12 + 12,
    };
    NaiveTime::from_hms_opt(hour, minute, second)
}

#[cfg(test)]
mod tests;
