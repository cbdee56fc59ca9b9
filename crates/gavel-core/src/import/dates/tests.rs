use super::*;

/// `expected` is `YYYY-MM-DD HH:MM:SS`, followed by ` +SECONDS` when the text has an offset.
fn check(text: &str, expected: Option<&str>) {
    check_with_order(text, NumericDateOrder::DayFirst, expected);
}

fn check_with_order(text: &str, order: NumericDateOrder, expected: Option<&str>) {
    let actual = parse_issue_time(text, order).map(|time| match time.utc_offset_seconds {
        Some(offset) => format!("{} {offset:+}", time.local),
        None => time.local.to_string(),
    });
    assert_eq!(actual.as_deref(), expected, "reading {text:?}");
}

#[test]
fn jira_cloud_english_dates() {
    check("22/Sep/25 9:26 AM", Some("2025-09-22 09:26:00"));
    check("22/Sep/25 12:05 PM", Some("2025-09-22 12:05:00"));
    check("22/Sep/25 12:05 AM", Some("2025-09-22 00:05:00"));
    check("1/Jan/26 11:59 PM", Some("2026-01-01 23:59:00"));
    check("22/Sep/2025 9:26 AM", Some("2025-09-22 09:26:00"));
}

#[test]
fn spanish_french_danish_and_german_month_abbreviations() {
    check("10/nov/25 4:51 PM", Some("2025-11-10 16:51:00"));
    check("10/ene/25 4:51 p. m.", Some("2025-01-10 16:51:00"));
    check("03/ago/24 9:05 a. m.", Some("2024-08-03 09:05:00"));
    check("15/dic/23 10:00", Some("2023-12-15 10:00:00"));
    check("06/août/15 12:00 PM", Some("2015-08-06 12:00:00"));
    check("06/févr./15 08:00", Some("2015-02-06 08:00:00"));
    check("06/déc./15 08:00", Some("2015-12-06 08:00:00"));
    check("27/maj/26 13:00", Some("2026-05-27 13:00:00"));
    check("27/okt./26 13:00", Some("2026-10-27 13:00:00"));
    check("27/Mär/26 13:00", Some("2026-03-27 13:00:00"));
    check("27/Dez/26 13:00", Some("2026-12-27 13:00:00"));
}

#[test]
fn numeric_dates_follow_the_files_order() {
    check("11/01/2023 15:22", Some("2023-01-11 15:22:00"));
    check_with_order(
        "11/01/2023 15:22",
        NumericDateOrder::MonthFirst,
        Some("2023-11-01 15:22:00"),
    );
    check("22.09.2025 09:26", Some("2025-09-22 09:26:00"));
    check("22-09-2025", Some("2025-09-22 00:00:00"));
    check("31/02/2023 10:00", None);
}

#[test]
fn the_order_of_numeric_dates_is_read_from_the_dates() {
    assert_eq!(
        numeric_date_order(["11/01/2023 15:22", "25/01/2023 09:00"]),
        NumericDateOrder::DayFirst
    );
    assert_eq!(
        numeric_date_order(["11/01/2023 15:22", "01/25/2023 09:00"]),
        NumericDateOrder::MonthFirst
    );
    assert_eq!(
        numeric_date_order(["11/01/2023 15:22", "22/Sep/25 9:26 AM"]),
        NumericDateOrder::DayFirst
    );
}

#[test]
fn iso_8601_with_and_without_offsets() {
    check(
        "2025-09-22T09:26:00.000+0200",
        Some("2025-09-22 09:26:00 +7200"),
    );
    check(
        "2011-12-15T15:35:06.000+1300",
        Some("2011-12-15 15:35:06 +46800"),
    );
    check(
        "2025-09-22T09:26:00-05:30",
        Some("2025-09-22 09:26:00 -19800"),
    );
    check("2025-09-22T07:26:00Z", Some("2025-09-22 07:26:00 +0"));
    check(
        "2025-09-22T07:26:00.123456Z",
        Some("2025-09-22 07:26:00 +0"),
    );
    check("2025-09-22 09:26", Some("2025-09-22 09:26:00"));
    check("2025-09-22", Some("2025-09-22 00:00:00"));
}

#[test]
fn text_that_is_no_date_is_none() {
    for text in [
        "",
        "soon",
        "22/Sep",
        "22/Xyz/25 9:26 AM",
        "22/Sep/25 13:26 PM",
        "22/Sep/25 9:61",
        "2025-13-01",
        "2025-09-22T09:26:00+99",
        "2025-09-22T",
        "9/9/9/9",
        "22/Sep/123 9:26",
    ] {
        check(text, None);
    }
}
