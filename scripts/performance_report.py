"""Writes docs/PERFORMANCE.md from one run of scripts/performance.sh (which calls this).

Reads criterion's estimates of the benchmarks that ran in this run (files newer than the run's
marker), the lines the benchmarks print (p99 latencies, file sizes), and the figures the shell
script measured on the built binaries and the app (one JSON object a line). Every budget of the
issues is listed, met or not met; a budget whose benchmark did not run says so.
"""

import json
import os
import re
import statistics
from datetime import datetime, timezone
from pathlib import Path

CRITERION = Path("target/criterion")
MARKER_TIME = os.path.getmtime(os.environ["GAVEL_MARKER"])
BENCH_LOG = Path(os.environ["GAVEL_BENCH_LOG"]).read_text(encoding="utf-8", errors="replace")
RESULTS = [
    json.loads(line)
    for line in Path(os.environ["GAVEL_RESULTS"]).read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def criterion_medians():
    """full_id → median seconds, for every benchmark that ran in this run."""
    medians = {}
    for estimates in CRITERION.glob("**/new/estimates.json"):
        if estimates.stat().st_mtime < MARKER_TIME:
            continue
        benchmark = json.loads((estimates.parent / "benchmark.json").read_text(encoding="utf-8"))
        median_ns = json.loads(estimates.read_text(encoding="utf-8"))["median"]["point_estimate"]
        medians[benchmark["full_id"]] = median_ns / 1e9
    return medians


MEDIANS = criterion_medians()
USED = set()


def bench(*words):
    """The median of the one benchmark whose id contains all `words`; None if it did not run."""
    for full_id, seconds in sorted(MEDIANS.items()):
        if all(word in full_id for word in words):
            USED.add(full_id)
            return seconds
    return None


def result(name):
    return next((entry for entry in RESULTS if entry.get("name") == name), None)


def duration(seconds):
    if seconds is None:
        return "—"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms" if seconds < 0.1 else f"{seconds * 1e3:.0f} ms"
    return f"{seconds:.2f} s"


def megabytes(kilobytes):
    return "—" if kilobytes is None else f"{kilobytes / 1024:.0f} MB"


ROWS = []  # (what, measured, budget, verdict, source)


def check(what, measured_text, budget_text, met, source):
    verdict = "not measured" if met is None else ("**met**" if met else "**not met**")
    ROWS.append((what, measured_text, budget_text, verdict, source))


def ratio_row(what, numerator, denominator, limit, source):
    if numerator is None or denominator is None:
        check(what, "—", f"≤ {limit}× fsync", None, source)
        return
    ratio = numerator / denominator
    check(
        what,
        f"{duration(numerator)} = {ratio:.2f}× fsync ({duration(denominator)})",
        f"≤ {limit}× fsync",
        ratio <= limit,
        source,
    )


def below_row(what, seconds, limit_seconds, budget_text, source):
    check(
        what,
        duration(seconds),
        budget_text,
        None if seconds is None else seconds < limit_seconds,
        source,
    )


# --- issue 2: the store ---------------------------------------------------------------------
# The store bench's own fsync; the live bench has another, "(same disk)" as its ballots.
STORE_FSYNC_ID = "fsync: append 512 bytes + fsync"
store_fsync = MEDIANS.get(STORE_FSYNC_ID)
USED.add(STORE_FSYNC_ID)
ratio_row(
    "One durable `apply` (median)",
    bench("apply: one durable"),
    store_fsync,
    1.5,
    "`--bench store` (#2)",
)
below_row(
    "`Store::rebuild` of 100,000 events",
    bench("rebuild of 100,000 events"),
    1.0,
    "< 1 s",
    "`--bench store` (#2)",
)

# --- issue 3: the live meeting ----------------------------------------------------------------
live_fsync = bench("fsync", "same disk")
ratio_row(
    "One durable ballot, 30 voters (criterion median)",
    bench("RecordBallot"),
    live_fsync,
    1.5,
    "`--bench live` (#3)",
)
percentiles = re.search(
    r"durable ballot: median (\S+) = ([\d.]+)× fsync median (\S+); p99 (\S+) = ([\d.]+)× fsync p99 (\S+) \(([\d.]+)× fsync median\)",
    BENCH_LOG,
)


def rust_duration(text):
    """Seconds from a Rust `Duration`'s Debug form: "381.6µs", "4.010698ms", "1.2s"."""
    number, unit = re.fullmatch(r"([\d.]+)(ns|µs|us|ms|s)", text).groups()
    return float(number) * {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}[unit]


if percentiles:
    check(
        "One durable ballot, p99 of 2,000 (fsyncs timed alongside)",
        f"{duration(rust_duration(percentiles[4]))} = {float(percentiles[7]):.2f}× fsync median "
        f"{duration(rust_duration(percentiles[3]))} ({float(percentiles[5]):.2f}× fsync p99 "
        f"{duration(rust_duration(percentiles[6]))})",
        "≤ 3× fsync",
        float(percentiles[7]) <= 3.0,
        "`--bench live` (#3)",
    )
else:
    check("One durable ballot, p99", "—", "≤ 3× fsync", None, "`--bench live` (#3)")
below_row(
    "Closing a poll of 30 named ballots, result computed",
    bench("ClosePoll"),
    1e-3,
    "< 1 ms beyond the commit",
    "`--bench live` (#3)",
)

# --- issue 4: Jira import ---------------------------------------------------------------------
below_row(
    "Import a 10,000-issue Jira CSV (all fields), reading included",
    bench("10,000-issue Jira CSV"),
    1.0,
    "< 1 s",
    "`--bench import` (#4)",
)

# --- issue 5: minutes ---------------------------------------------------------------------------
below_row(
    "Minutes of 50 items: lay out, draw and sign",
    bench("50 items"),
    0.1,
    "< 100 ms",
    "`--bench minutes` (#5)",
)
below_row(
    "Minutes of 1,000 items: lay out, draw and sign",
    bench("1000 items"),
    2.0,
    "< 2 s",
    "`--bench minutes` (#5)",
)
signed_1000 = result("cli_minutes_1000_signed")
check(
    "Minutes of 1,000 items: peak memory of `gavel minutes export --sign`",
    "—" if signed_1000 is None else megabytes(signed_1000["peak_kb"]),
    "< 100 MB",
    None if signed_1000 is None else signed_1000["peak_kb"] < 100 * 1024,
    "`/usr/bin/time gavel` (#5)",
)

# --- issue 19: the agenda pack ------------------------------------------------------------------
agenda_50 = result("cli_agenda_50")
below_row(
    "Agenda pack of 50 items: the whole `gavel agenda export`",
    None if agenda_50 is None else agenda_50["seconds"],
    0.1,
    "< 100 ms",
    "`/usr/bin/time gavel` (#19)",
)

# --- issue 6: sync ------------------------------------------------------------------------------
below_row(
    "Sync: export a year of meetings (12 × 30 items × 30 voters)",
    bench("sync:", "export to bytes"),
    1.0,
    "< 1 s",
    "`--bench sync` (#6)",
)
below_row(
    "Sync: import that year into an empty database",
    bench("sync:", "import into an empty database"),
    1.0,
    "< 1 s",
    "`--bench sync` (#6)",
)

# --- the app ------------------------------------------------------------------------------------
starts = [entry for entry in RESULTS if entry.get("name") == "app_start"]
cold = [entry for entry in starts if entry["kind"] == "cold"]
warm = [entry for entry in starts if entry["kind"] == "warm"]


def median_of(entries, key):
    values = [entry[key] for entry in entries if entry.get(key) is not None]
    return statistics.median(values) if values else None


def seconds_text(value):
    return "—" if value is None else f"{value:.2f} s"


# --- the document -------------------------------------------------------------------------------
now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
lines = [
    "# Performance",
    "",
    "Generated by `scripts/performance.sh` — do not edit by hand; run the script again instead.",
    f"Last run: {now}, in {os.environ['GAVEL_MINUTES']} minutes.",
    "",
    f"**Machine**: {os.environ['GAVEL_NPROC']} cores ({os.environ['GAVEL_CPU']}), "
    f"{os.environ['GAVEL_MEMORY_GB']} GB memory, Linux {os.environ['GAVEL_KERNEL']}; load average "
    f"{os.environ['GAVEL_LOAD']} at the end. The machine was **shared**: other builds and tests ran "
    "at the same time, so these figures are upper bounds; a quiet laptop is faster.",
    "",
    "**Reproduce**: `scripts/performance.sh` (about 10 minutes; needs `scripts/setup.sh --test` and "
    "python3). It runs every criterion benchmark of the workspace with "
    "`cargo bench -p CRATE --bench NAME -- --warm-up-time 1 --measurement-time 3`, times the built "
    "`gavel` on real files with `/usr/bin/time`, and starts the release app under Xvfb. One "
    "benchmark alone: e.g. `cargo bench -p gavel-core --bench live` (budgets in each bench's header).",
    "",
    "## Budgets",
    "",
    "Every budget set in the issues, with this run's figure (criterion's median unless said).",
    "",
    "| What | Measured | Budget | Verdict | Where (issue) |",
    "| --- | --- | --- | --- | --- |",
]
lines += [f"| {what} | {measured} | {budget} | {verdict} | {source} |" for what, measured, budget, verdict, source in ROWS]
met = sum(1 for row in ROWS if row[3] == "**met**")
lines += ["", f"{met} of {len(ROWS)} budgets met."]

lines += [
    "",
    "## The desktop app",
    "",
    "The release build (`target/release/gavel-desktop`) on the demo database, 1280 × 1024 Xvfb, "
    "Danish. *First paint*: the first screenshot with the app's blue header on screen (the DOM "
    "painted); *demo on screen*: the first screenshot that matches the settled screen (the meetings "
    "list filled). Screenshots are taken every ~0.15 s, and taking them costs CPU on a 2-core "
    "machine, so the times are upper bounds to about 0.2 s. *Cold*: the page cache dropped first "
    "(`/proc/sys/vm/drop_caches`), so the binary and WebKit's libraries come from disk. Memory: "
    "after 12 s, summed over the app and its WebKit processes; RSS counts shared libraries in each "
    "process, PSS shares them out (the fairer total). The issues set no budget for these.",
    "",
    "| Run | First paint | Demo on screen | RSS | PSS | Processes |",
    "| --- | --- | --- | --- | --- | --- |",
]
for entry in starts:
    lines.append(
        f"| {entry['run']} ({entry['kind']}) | {seconds_text(entry['first_paint_s'])} | "
        f"{seconds_text(entry['demo_shown_s'])} | {megabytes(entry['rss_kb'])} | "
        f"{megabytes(entry['pss_kb'])} | {entry['processes']} |"
    )
if warm:
    lines += [
        "",
        f"Warm start, median of {len(warm)}: first paint {seconds_text(median_of(warm, 'first_paint_s'))}, "
        f"demo on screen {seconds_text(median_of(warm, 'demo_shown_s'))}, "
        f"PSS {megabytes(median_of(warm, 'pss_kb'))}.",
    ]
if not cold:
    lines += ["", "No cold run: the page cache could not be dropped (needs root)."]

lines += [
    "",
    "## The `gavel` binary on real files",
    "",
    "`/usr/bin/time` around the release `gavel`: process start, opening the database, the work and "
    "writing the file. The long meetings have one note and one decision per agenda item, so their "
    "minutes have fewer pages than the minutes bench's synthetic ones (which add polls, attendance "
    "and action items).",
    "",
    "| Command | Wall time | Peak memory | Result |",
    "| --- | --- | --- | --- |",
]
labels = {
    "cli_minutes_50_unsigned": "`minutes export` of 50 items",
    "cli_minutes_50_signed": "`minutes export --sign` of 50 items",
    "cli_minutes_1000_unsigned": "`minutes export` of 1,000 items",
    "cli_minutes_1000_signed": "`minutes export --sign` of 1,000 items",
    "cli_agenda_50": "`agenda export` of 50 items",
    "cli_import_jira_10000": "`backlog import` of the 10,000-issue Jira CSV (all fields)",
}
for name, label in labels.items():
    entry = result(name)
    if entry is not None:
        made = (
            f"{entry['pages']} pages, {entry['bytes'] / 1e6:.2f} MB"
            if "pages" in entry
            else ""
        )
        lines.append(
            f"| {label} | {duration(entry['seconds'])} | {megabytes(entry['peak_kb'])} | {made} |"
        )

lines += [
    "",
    "## Against the reference figures",
    "",
    "The issues quoted what other tools take for the same work (measured elsewhere, not on this "
    "machine; listed to place Gavel's figures, not as budgets).",
    "",
    "| Work | Reference | Gavel (this run) |",
    "| --- | --- | --- |",
]
cli_50 = result("cli_minutes_50_unsigned")
cli_50_signed = result("cli_minutes_50_signed")
cli_50_openssl = result("cli_minutes_50_signed_openssl_p12")
cli_1000 = result("cli_minutes_1000_unsigned")
jira = result("cli_import_jira_10000")


def bench_pages(items):
    """The page count the minutes bench printed for its synthetic minutes of `items` items."""
    found = re.search(rf"minutes of\s+{items} items:\s+(\d+) pages", BENCH_LOG)
    return f"{found[1]}-page minutes" if found else "minutes"


def cli_text(entry, with_memory=False):
    if entry is None:
        return "—"
    memory = f" and {megabytes(entry['peak_kb'])}" if with_memory else ""
    return f"{duration(entry['seconds'])}{memory} for a whole `gavel minutes export` ({entry['pages']} pages)"


lines += [
    "| Minutes PDF of 50 items | Typst 0.15 s, ReportLab 0.31 s, pdfmake 0.63 s | "
    f"{duration(bench('50 items'))} for the bench's {bench_pages(50)}, laid out, drawn and signed "
    f"in process; {cli_text(cli_50)} |",
    "| Minutes PDF of 1,000 items | Typst 2.6 s and 1 GB | "
    f"{duration(bench('1000 items'))} for the bench's {bench_pages(1000)}, signed, in process; "
    f"{cli_text(cli_1000, with_memory=True)} |",
    "| Signing a PDF (PAdES) | pyHanko 0.45 s | "
    + (
        f"{duration(cli_50_signed['seconds'] - cli_50['seconds'])} more for `--sign` on 50 items "
        "(opening the password-protected .p12, signing, recording the signature), nearly all of it "
        "the 600,000 key-derivation rounds that protect Gavel's own .p12 files; with the same key in "
        "a .p12 made with OpenSSL's defaults (2,048 rounds) the whole signed export of 50 items takes "
        f"{duration(cli_50_openssl['seconds']) if cli_50_openssl else '—'} |"
        if cli_50 and cli_50_signed
        else "— |"
    ),
    "| Reading a 10,000-issue Jira CSV | Python's csv module 0.14 s (reading only) | "
    f"{duration(bench('10,000-issue Jira CSV'))} read, decoded and imported durably; "
    f"{duration(jira['seconds']) if jira else '—'} for `gavel backlog import` |",
]

printed = [
    line.strip()
    for line in BENCH_LOG.splitlines()
    if re.match(r"\s*(durable ballot:|a year of meetings:|minutes of|generated )", line)
]
if printed:
    lines += ["", "## What the benchmarks printed", "", "```"] + printed + ["```"]

others = sorted(set(MEDIANS) - USED)
if others:
    lines += ["", "## Other benchmarks (no budget)", "", "| Benchmark | Median |", "| --- | --- |"]
    lines += [f"| {full_id} | {duration(MEDIANS[full_id])} |" for full_id in others]

output = Path(os.environ["GAVEL_OUTPUT"])
output.parent.mkdir(parents=True, exist_ok=True)
output.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{met} of {len(ROWS)} budgets met")
