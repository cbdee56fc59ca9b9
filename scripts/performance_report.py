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
    1.3,
    "`--bench live` (#3, tightened in #17)",
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
    bench("50 items: lay out, draw and sign"),
    0.1,
    "< 100 ms",
    "`--bench minutes` (#5)",
)
below_row(
    "Minutes of 1,000 items: lay out, draw and sign",
    bench("1000 items/lay out, draw and sign"),
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

# --- issue 17: on the same content as the peers -------------------------------------------------


def compared(name):
    """(Gavel's median, the peer's median) of a hyperfine comparison, or (None, None)."""
    entry = result(name)
    if entry is None:
        return None, None
    return entry["medians"][0], entry["medians"][1]


def faster_row(what, name, at_least, source):
    gavel, peer = compared(name)
    if gavel is None:
        check(what, "—", f"≥ {at_least}× faster", None, source)
        return
    check(
        what,
        f"{duration(gavel)} against {duration(peer)}: {peer / gavel:.1f}× faster",
        f"≥ {at_least}× faster",
        peer / gavel >= at_least,
        source,
    )


faster_row("Minutes of 50 items, whole command, against Typst", "minutes_50", 5, "hyperfine (#17)")
faster_row("Minutes of 1,000 items, whole command, against Typst", "minutes_1000", 10, "hyperfine (#17)")
unsigned_1000 = result("cli_minutes_1000_unsigned")
check(
    "Minutes of 1,000 items: peak memory of `gavel minutes export`",
    "—" if unsigned_1000 is None else megabytes(unsigned_1000["peak_kb"]),
    "≤ 50 MB",
    None if unsigned_1000 is None else unsigned_1000["peak_kb"] <= 50 * 1024,
    "`/usr/bin/time gavel` (#17)",
)
signed_1000_run = result("cli_minutes_1000_signed")
check(
    "Minutes of 1,000 items signed: `gavel minutes export --sign`, a key from `gavel cert create`",
    "—"
    if signed_1000_run is None
    else f"{duration(signed_1000_run['seconds'])}, {megabytes(signed_1000_run['peak_kb'])}",
    "≤ 2 s, ≤ 100 MB",
    None
    if signed_1000_run is None
    else signed_1000_run["seconds"] <= 2.0 and signed_1000_run["peak_kb"] <= 100 * 1024,
    "`/usr/bin/time gavel` (#17)",
)
gavel_import, python_import = compared("import_jira_10000")
gavel_import_run, python_import_run = result("cli_import_jira_10000"), result("python_import_jira_10000")
check(
    "Import the 10,000-issue Jira CSV against a bare Python csv + sqlite3 script",
    "—"
    if gavel_import is None or gavel_import_run is None or python_import_run is None
    else f"{gavel_import / python_import:.2f}× its time ({duration(gavel_import)} against "
    f"{duration(python_import)}), {gavel_import_run['peak_kb'] / python_import_run['peak_kb']:.1f}× its memory "
    f"({megabytes(gavel_import_run['peak_kb'])} against {megabytes(python_import_run['peak_kb'])})",
    "≤ 0.5× its time, ≤ 2× its memory",
    None
    if gavel_import is None or gavel_import_run is None or python_import_run is None
    else gavel_import / python_import <= 0.5
    and gavel_import_run["peak_kb"] <= 2 * python_import_run["peak_kb"],
    "hyperfine, `/usr/bin/time` (#17)",
)
ballot_fsyncs = result("apply_one_ballot_fsyncs")
check(
    "One ballot by a whole `gavel apply`: fsyncs",
    "—" if ballot_fsyncs is None else str(ballot_fsyncs["fsyncs"]),
    "≤ 2",
    None if ballot_fsyncs is None else ballot_fsyncs["fsyncs"] <= 2,
    "`strace -c` (#17)",
)

# --- issue 17, item 5: sync and rebuild at the secretariat's scale ------------------------------
# The benches print these figures (one run each takes seconds: too long for criterion's samples).
try:
    peak = re.search(r"importing the file: ([\d.]+) (kB|MB)", BENCH_LOG)
    peak_mb = None if peak is None else float(peak[1]) / (1024 if peak[2] == "kB" else 1)
    check(
        "Sync import of ten years of one group (a 90 MB file): peak memory of the process",
        "—" if peak_mb is None else f"{peak_mb:.1f} MB",
        "< 30 MB",
        None if peak_mb is None else peak_mb < 30,
        "`--bench sync_memory` (#17)",
    )
    below_row(
        "Rebuild of about a million events (eight groups' ten years)",
        bench("rebuild at the secretariat"),
        10.0,
        "< 10 s",
        "`--bench store` (#17)",
    )
    million = re.search(
        r"import of (\d+) events in (\d+) files into an empty database file: ([\d.]+) s", BENCH_LOG
    )
    # The floor on the same content: SQLite alone copying the same rows into the log's table.
    rows_alone = re.search(r"rows alone, inserted by SQLite into the log's table in \d+ transactions: ([\d.]+) s", BENCH_LOG)
    check(
        "Import of about a million events from eight sync files into an empty database",
        "—"
        if million is None
        else f"{float(million[3]):.1f} s for {int(million[1]):,} events in {million[2]} files"
        + ("" if rows_alone is None else f" (SQLite alone, the same rows into the log's table: {float(rows_alone[1]):.1f} s)"),
        "< 10 s",
        None if million is None else float(million[3]) < 10,
        "`--bench sync` (#17)",
    )
    # --- issue 20, item 3: the register of that million (docs/scale.md) ---------------------
    searchable = re.search(r"imported and searchable: ([\d.]+) s", BENCH_LOG)
    check(
        "The register of those million events imported and searchable (its search index built)",
        "—" if searchable is None else f"{float(searchable[1]):.1f} s",
        "< 10 s",
        None if searchable is None else float(searchable[1]) < 10,
        "`--bench sync` (#20)",
    )
    below_row(
        "The register of a million events: its first page (50 entries)",
        bench("register of a million events", "first page (50 entries)"),
        0.050,
        "< 50 ms",
        "`--bench sync` (#20)",
    )
    below_row(
        "The register of a million events: a search, words found in 8 meetings, first page",
        bench("register of a million events", "found in 8 meetings"),
        0.020,
        "< 20 ms",
        "`--bench sync` (#20)",
    )
    below_row(
        "The register of a million events: a search, a word found in every meeting, first page",
        bench("register of a million events", "found in every meeting"),
        0.020,
        "< 20 ms",
        "`--bench sync` (#20)",
    )
except Exception as error:  # a figure that cannot be read must not lose the rest of the report
    check("Sync and rebuild at the secretariat's scale", f"not read: {error}", "", None, "#17")

# --- issue 20, item 4: publication ---------------------------------------------------------------
publish_40 = result("cli_publish_40")
below_row(
    "Publish a group of 40 public meetings with signed minutes: the whole `gavel publish`",
    None if publish_40 is None else publish_40["seconds"],
    2.0,
    "< 2 s",
    "`/usr/bin/time gavel` (#20)",
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
    f"{os.environ['GAVEL_LOAD']} at the end (the script's own work counts in it). It is a virtual machine that other work may "
    "share, so these figures are upper bounds; a quiet laptop is faster.",
    "",
    "**Reproduce**: `scripts/performance.sh` (about 15 minutes; needs `scripts/setup.sh --test` and "
    "python3). It runs every criterion benchmark of the workspace with "
    "`cargo bench -p CRATE --bench NAME -- --warm-up-time 1 --measurement-time 3`, times the built "
    "`gavel` against Typst and a bare Python import with hyperfine and on real files with "
    "`/usr/bin/time`, and starts the release app under Xvfb. One "
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
if met < len(ROWS):
    lines += [
        "",
        "For each budget not met, `docs/where-the-time-goes.md` gives the profile that says where "
        "the time goes, what was tried and what it would take."
    ]

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

typst_50, typst_1000 = result("typst_minutes_50"), result("typst_minutes_1000")


def pages_of(entry):
    return "—" if entry is None else str(entry["pages"])


def whole(name, index):
    entry = result(name)
    return None if entry is None else entry["medians"][index]


lines += [
    "",
    "## On the same content as the peers",
    "",
    "Each tool makes the same document from the same data, timed as a whole command by one "
    "hyperfine run (medians; warm-up 2). The meeting is `scripts/performance/meeting.py`: the "
    "content of the minutes bench's synthetic meeting (12 members, a named yes/no poll on every "
    "second item, a secret choice poll on every fifth, a decision per item, an action item on every "
    "third, a new priority order), recorded through `gavel apply`. Gavel runs `gavel minutes export`; "
    "Typst lays out `gavel minutes show`'s JSON of the same meeting with "
    "`scripts/performance/minutes.typ` (the same sections, typeface, sizes and margins) through the "
    f"`typst` package from PyPI, pinned at {os.environ.get('GAVEL_TYPST_VERSION', '?')}, which is "
    "how Python programs use Typst; *of which Python and the import* is `python -c 'import typst'` "
    "alone, timed in the same run. The import compares `gavel backlog import` (parsing, validation, "
    "an event per issue, the read tables, durable) with `scripts/performance/python_import.py`, "
    "which only writes every row of the same CSV into one SQLite table in one durable transaction.",
    "",
    "| Work | Gavel | Peer | Ratio | Memory (Gavel / peer) | Pages (Gavel / peer) |",
    "| --- | --- | --- | --- | --- | --- |",
]
for items, typst_run in ((50, typst_50), (1000, typst_1000)):
    gavel, peer = compared(f"minutes_{items}")
    gavel_run = result(f"cli_minutes_{items}_unsigned")
    python_only = whole(f"minutes_{items}", 2)
    if gavel is None:
        continue
    lines.append(
        f"| Minutes of {items:,} items | {duration(gavel)} | Typst {duration(peer)} (of which Python "
        f"and the import {duration(python_only)}) | {peer / gavel:.1f}× faster | "
        f"{megabytes(gavel_run['peak_kb']) if gavel_run else '—'} / "
        f"{megabytes(typst_run['peak_kb']) if typst_run else '—'} | "
        f"{pages_of(gavel_run)} / {pages_of(typst_run)} |"
    )
if gavel_import is not None:
    lines.append(
        f"| 10,000-issue Jira CSV, all fields | {duration(gavel_import)} | Python csv + sqlite3 "
        f"{duration(python_import)} | {gavel_import / python_import:.2f}× its time | "
        f"{megabytes(gavel_import_run['peak_kb']) if gavel_import_run else '—'} / "
        f"{megabytes(python_import_run['peak_kb']) if python_import_run else '—'} | |"
    )
ballot = whole("apply_one_ballot", 0)
if ballot is not None:
    lines += [
        "",
        f"One ballot by a whole `gavel apply` (process start, opening the database, the ballot, "
        f"durable): {duration(ballot)}, "
        f"{ballot_fsyncs['fsyncs'] if ballot_fsyncs else '—'} fsyncs (the WAL's header and its "
        "folder when the WAL is made again, the commit, and the checkpoint when the process ends — "
        "the WAL, then the database — which leaves the database one file a chair can copy).",
    ]

lines += [
    "",
    "## The `gavel` binary on real files",
    "",
    "`/usr/bin/time` around the release `gavel` (one run each): process start, opening the "
    "database, the work and writing the file.",
    "",
    "| Command | Wall time | Peak memory | Result |",
    "| --- | --- | --- | --- |",
]
labels = {
    "cli_minutes_50_unsigned": "`minutes export` of 50 items",
    "cli_minutes_50_signed": "`minutes export --sign` of 50 items",
    "cli_minutes_50_signed_openssl_p12": "`minutes export --sign` of 50 items, a .p12 with OpenSSL's 2,048 key-derivation rounds",
    "cli_minutes_1000_unsigned": "`minutes export` of 1,000 items",
    "cli_minutes_1000_signed": "`minutes export --sign` of 1,000 items",
    "cli_agenda_50": "`agenda export` of 50 items",
    "typst_minutes_50": "Typst, the same 50 items",
    "typst_minutes_1000": "Typst, the same 1,000 items",
    "cli_import_jira_10000": "`backlog import` of the 10,000-issue Jira CSV (all fields)",
    "python_import_jira_10000": "Python csv + sqlite3, the same CSV",
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
    "Signing adds the 600,000 key-derivation rounds that protect Gavel's own .p12 files (about "
    "0.2 s here); a .p12 made with OpenSSL's defaults shows the cost of the signature itself.",
]

printed = [
    line.strip()
    for line in BENCH_LOG.splitlines()
    if re.match(
        r"\s*(durable ballot:|a year of meetings:|minutes of|generated |import of |Store::rebuild of "
        r"|sync import, streamed|peak memory \(VmHWM\)|a group's next meeting)",
        line,
    )
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
