#!/usr/bin/env bash
# Measures Gavel's performance and writes docs/PERFORMANCE.md from the figures of this run:
#  1. every criterion benchmark of the workspace (each [[bench]] in a crate's Cargo.toml), with a
#     short warm-up and measurement time, each figure against the budget in the bench's header;
#  2. the built `gavel` binary on real files: the minutes of the same 50- and 1,000-item meeting
#     made by Gavel and by Typst (the pinned `typst` package from PyPI, in target/performance-venv)
#     in one hyperfine run each, signed minutes, the agenda pack of 50 items, the website of a group
#     of 40 public meetings with signed minutes (`gavel publish`), the 10,000-issue Jira
#     CSV imported by Gavel and by a bare Python csv + sqlite3 script in one hyperfine run, and one
#     ballot by a whole `gavel apply` (time, and its fsyncs counted with strace);
#  3. the desktop app's cold and warm start to first paint and to the demo on screen, and its
#     resident memory with the demo loaded, under Xvfb (screenshots every ~0.15 s; RSS and PSS of
#     the app and its WebKit processes from /proc).
# Takes about 10 minutes on 2 cores. Needs what `scripts/setup.sh --test` installs, and python3.
# Usage: scripts/performance.sh [--output FILE]   (default docs/PERFORMANCE.md)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/paths.sh
output=docs/PERFORMANCE.md
[[ "${1:-}" == "--output" ]] && output=$2
started=$SECONDS

TYPST_VERSION=0.15.0 # the `typst` package from PyPI that Gavel's minutes are compared with
for tool in python3 Xvfb import compare pdfinfo /usr/bin/time hyperfine strace openssl; do
  command -v "$tool" >/dev/null || {
    echo "performance.sh needs $tool: run scripts/setup.sh --test (python3, hyperfine, strace: apt-get install python3 python3-venv hyperfine strace)" >&2
    exit 1
  }
done

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
results="$work/results.jsonl" # one JSON object per measured figure, read by the report below
: >"$results"

echo "==> Building the release binaries (the app embeds ui/dist)"
npm --prefix ui run build >/dev/null
cargo build --release -p gavel-desktop -p gavel-cli 2>&1 | tail -n 1
gavel=target/release/gavel

echo "==> Criterion benchmarks (warm-up 1 s, measurement 3 s each)"
marker="$work/benchmarks-started"
touch "$marker"
bench_log="$work/benchmarks.log"
: >"$bench_log"
for manifest in crates/*/Cargo.toml src-tauri/Cargo.toml; do
  package=$(sed -n 's/^name = "\(.*\)"$/\1/p' "$manifest" | head -n 1)
  for bench in $(awk '/^\[\[bench\]\]/ { in_bench = 1; next } in_bench && /^name = / { gsub(/"/, "", $3); print $3; in_bench = 0 }' "$manifest"); do
    echo "    cargo bench -p $package --bench $bench"
    echo "### cargo bench -p $package --bench $bench" >>"$bench_log"
    cargo bench -q -p "$package" --bench "$bench" -- --warm-up-time 1 --measurement-time 3 --noplot \
      >>"$bench_log" 2>&1
  done
done

echo "==> The gavel binary on real files, beside Typst and a bare Python import"
# The same meeting for both tools (scripts/performance/meeting.py: the content of the minutes
# bench's synthetic meeting, recorded through `gavel apply`): Gavel exports it, Typst lays out
# `gavel minutes show`'s JSON of it with scripts/performance/minutes.typ, in one hyperfine run.
venv=target/performance-venv
[[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "typst==$TYPST_VERSION"
typst_render() { echo "$venv/bin/python scripts/performance/typst_minutes.py $1 $2 assets/fonts"; }
# `/usr/bin/time -f "%e %M"`: wall seconds and peak resident memory in KB; with a PDF_OUT, also
# its pages and size.
timed() {
  local name=$1 pdf_out=$2
  shift 2
  /usr/bin/time -o "$work/time" -f "%e %M" "$@" >/dev/null
  read -r seconds kilobytes <"$work/time"
  local made=""
  if [[ -n "$pdf_out" ]]; then
    made=$(printf ', "pages": %s, "bytes": %s' "$(pdf_pages "$pdf_out")" "$(stat -c %s "$pdf_out")")
  fi
  printf '{"name": "%s", "seconds": %s, "peak_kb": %s%s}\n' "$name" "$seconds" "$kilobytes" "$made" >>"$results"
  echo "    $name: $seconds s, peak $((kilobytes / 1024)) MB"
}
pdf_pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
# One hyperfine run of the commands after NAME; its medians (seconds, in command order) go to the
# results as NAME.
compared() {
  local name=$1 runs=$2
  shift 2
  hyperfine --shell=none --warmup 2 --runs "$runs" --export-json "$work/$name.json" "$@" >/dev/null
  python3 - "$work/$name.json" "$name" >>"$results" <<'PYTHON'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
print(json.dumps({"name": sys.argv[2], "commands": [run["command"] for run in runs],
                  "medians": [run["median"] for run in runs]}))
PYTHON
  echo "    $name: $(tail -n 1 "$results")"
}
printf 'performance\n' >"$work/password"
"$gavel" --db "$work/cert.sqlite3" cert create --name "Mette Kjærgaard Holm" --org "Aarhus Kommune" \
  --out "$work/chair.p12" --password-file "$work/password" >/dev/null
meeting=$(python3 -c 'import sys; sys.path.insert(0, "scripts/performance"); import meeting; print(meeting.MEETING_ID)')
for items in 50 1000; do
  db="$work/meeting-$items.sqlite3"
  python3 scripts/performance/meeting.py "$items" | "$gavel" --db "$db" apply >/dev/null
  "$gavel" --db "$db" minutes show "$meeting" >"$work/minutes-$items.json"
  runs=$([[ $items == 50 ]] && echo 20 || echo 5)
  compared "minutes_$items" "$runs" \
    "$gavel --db $db minutes export $meeting --out $work/gavel-$items.pdf" \
    "$(typst_render "$work/minutes-$items.json" "$work/typst-$items.pdf")" \
    "$venv/bin/python -c 'import typst'"
  timed "cli_minutes_${items}_unsigned" "$work/gavel-$items.pdf" \
    "$gavel" --db "$db" minutes export "$meeting" --out "$work/gavel-$items.pdf"
  # shellcheck disable=SC2046 # the command line is split on purpose
  timed "typst_minutes_${items}" "$work/typst-$items.pdf" $(typst_render "$work/minutes-$items.json" "$work/typst-$items.pdf")
  cp "$db" "$work/unsigned-$items.sqlite3"
  [[ -f "$db-wal" ]] && cp "$db-wal" "$work/unsigned-$items.sqlite3-wal"
  timed "cli_minutes_${items}_signed" "$work/gavel-$items-signed.pdf" \
    "$gavel" --db "$db" minutes export "$meeting" --out "$work/gavel-$items-signed.pdf" \
    --sign "$work/chair.p12" --password-file "$work/password"
done
# Gavel's own .p12 files protect the key with 600,000 PBKDF2 rounds (OWASP), which is most of a
# signing run; the same key and certificate in a .p12 made with OpenSSL's defaults (2,048 rounds)
# shows the cost of the signing itself.
openssl pkcs12 -in "$work/chair.p12" -passin "file:$work/password" -nodes -out "$work/chair.pem"
openssl pkcs12 -export -in "$work/chair.pem" -out "$work/chair-openssl.p12" -passout "file:$work/password"
rm "$work/chair.pem"
timed cli_minutes_50_signed_openssl_p12 "$work/gavel-50-signed-openssl.pdf" \
  "$gavel" --db "$work/unsigned-50.sqlite3" minutes export "$meeting" \
  --out "$work/gavel-50-signed-openssl.pdf" --sign "$work/chair-openssl.p12" --password-file "$work/password"

# The agenda pack of a 50-item draft meeting (issue 19: under 100 ms, release, the whole
# command), each item with a case description and a proposed decision, every third a backlog item
# with Jira's points and votes (the same meeting as tests/it/agenda_pack.rs's long one).
agenda_meeting_commands() {
  local items=$1
  python3 - "$items" <<'PYTHON'
import json, sys, uuid
items = int(sys.argv[1])
u = lambda number: str(uuid.UUID(int=number))
group, meeting = u(0x0A), u(0x0E)
lines = [
    {"type": "CreateGroup", "id": group, "name": "Koordinationsgruppen for OS2rollekatalog"},
    {"type": "AddMember", "group_id": group, "name": "Åse Ærøskøbing-Øllgaard", "role": "chair"},
    {"type": "AddMember", "group_id": group, "name": "Rasmus Højgaard", "role": "secretary"},
    {"type": "CreateMeeting", "id": meeting, "group_id": group, "title": "Et meget langt møde",
     "starts_at": "2026-11-27T09:00:00", "location": "Aarhus Rådhus"},
]
for item in range(1, items + 1):
    agenda_item = u(0x1000 + item)
    if item % 3 == 0:
        key = f"RK-{item}"
        lines.append({"type": "UpsertBacklogItem", "key": key, "title": f"Rettighed {item} i rollekataloget",
                      "status": "Til afstemning", "story_points": item % 8 + 1, "votes": item % 11})
        lines.append({"type": "AddAgendaItem", "id": agenda_item, "meeting_id": meeting, "backlog_key": key})
    else:
        lines.append({"type": "AddAgendaItem", "id": agenda_item, "meeting_id": meeting,
                      "title": f"Punkt {item}: ønsker om ændringer i rollekataloget fra kommunerne i region Midtjylland"})
    lines.append({"type": "SetAgendaItemProposal", "agenda_item_id": agenda_item,
                  "case_description": f"Punkt {item}. Leverandøren har udarbejdet et løsningsforslag, som kommunerne har afprøvet; økonomien afklares til næste møde, og Ærø Kommune deltager i afklaringen.\n\nForslaget omfatter:\n- nye roller for jobfunktioner\n- tildeling pr. organisationsenhed",
                  "proposed_decision": f"Det indstilles, at punkt {item} godkendes."})
for line in lines:
    print(json.dumps(line, ensure_ascii=False))
PYTHON
}
agenda_meeting_commands 50 | "$gavel" --db "$work/agenda-50.sqlite3" apply >/dev/null
timed cli_agenda_50 "$work/agenda-50.pdf" \
  "$gavel" --db "$work/agenda-50.sqlite3" agenda export 00000000-0000-0000-0000-00000000000e \
  --out "$work/agenda-50.pdf" --lang da

# Publication (issue 20: a 40-meeting group in under 2 s): the group of
# scripts/performance/group_meetings.py, each meeting's minutes signed with the chair's
# certificate and made public, then the whole `gavel publish` of the group.
publish_db="$work/publish.sqlite3"
python3 scripts/performance/group_meetings.py 40 | "$gavel" --db "$publish_db" apply >/dev/null
mkdir -p "$work/publish-minutes"
publish_meetings=$(python3 -c 'import sys; sys.path.insert(0, "scripts/performance"); import group_meetings; print(" ".join(group_meetings.meeting_ids(40)))')
for meeting_id in $publish_meetings; do
  "$gavel" --db "$publish_db" minutes export "$meeting_id" --out "$work/publish-minutes/$meeting_id.pdf" \
    --sign "$work/chair.p12" --password-file "$work/password" >/dev/null
  printf '{"type": "SetMeetingPublic", "meeting_id": "%s", "public": true}\n' "$meeting_id"
done >"$work/publish-public.jsonl"
"$gavel" --db "$publish_db" apply <"$work/publish-public.jsonl" >/dev/null
publish_group=$(python3 -c 'import sys; sys.path.insert(0, "scripts/performance"); import group_meetings; print(group_meetings.GROUP_ID)')
timed cli_publish_40 "" "$gavel" --db "$publish_db" publish --group "$publish_group" \
  --minutes-folder "$work/publish-minutes" --out "$work/publish-site"

# The 10,000-issue Jira CSV that the import bench generated: `gavel backlog import` against a bare
# Python csv + sqlite3 script that writes every row, each run into a fresh database.
jira_csv=target/tmp/gavel-bench/import/jira-10000-all-fields.csv
if [[ -f "$jira_csv" ]]; then
  compared import_jira_10000 10 --prepare "rm -f $work/import.sqlite3 $work/import.sqlite3-wal $work/import.sqlite3-shm $work/python.sqlite3 $work/python.sqlite3-wal" \
    "$gavel --db $work/import.sqlite3 backlog import $jira_csv" \
    "python3 scripts/performance/python_import.py $jira_csv $work/python.sqlite3"
  rm -f "$work"/import.sqlite3* "$work"/python.sqlite3*
  timed cli_import_jira_10000 "" "$gavel" --db "$work/import.sqlite3" backlog import "$jira_csv"
  timed python_import_jira_10000 "" python3 scripts/performance/python_import.py "$jira_csv" "$work/python.sqlite3"
fi

# One ballot by a whole `gavel apply`: the demo's December meeting opened, everyone present, a
# poll open; the same ballot recorded again and again (a second ballot replaces the first). The
# fsyncs of one such command are counted with strace.
ballot_db="$work/ballot.sqlite3"
"$gavel" --db "$ballot_db" demo >/dev/null
python3 - "$ballot_db" "$gavel" "$work/ballot.jsonl" <<'PYTHON'
import json, subprocess, sys
database, gavel, ballot_file = sys.argv[1:4]
run = lambda *args, input=None: subprocess.run([gavel, "--db", database, *args], input=input,
                                                capture_output=True, text=True, check=True).stdout
meetings = json.loads(run("meeting", "list", "--json"))
meeting = next(m["id"] for m in meetings if m["status"] == "draft")
detail = json.loads(run("meeting", "show", meeting, "--json"))
voters = [a["member_id"] for a in detail["attendance"] if a["voting_right"]]
commands = [{"type": "OpenMeeting", "meeting_id": meeting}]
commands += [{"type": "SetAttendance", "meeting_id": meeting, "member_id": member, "attendance": "present"}
             for member in voters]
commands.append({"type": "OpenPoll", "id": "00000000-0000-0000-0000-0000000000b1", "meeting_id": meeting,
                 "question": "Vedtages forslaget?", "kind": {"type": "yes_no"}})
run("apply", input="\n".join(json.dumps(command) for command in commands))
with open(ballot_file, "w") as out:
    print(json.dumps({"type": "RecordBallot", "poll_id": "00000000-0000-0000-0000-0000000000b1",
                      "member_id": voters[0], "ballot": {"type": "yes"}}), file=out)
PYTHON
"$gavel" --db "$ballot_db" apply "$work/ballot.jsonl" >/dev/null # the WAL exists from here on
strace -f -c -e trace=fsync,fdatasync -o "$work/ballot-strace" "$gavel" --db "$ballot_db" apply "$work/ballot.jsonl" >/dev/null
fsyncs=$(awk '$NF == "fsync" || $NF == "fdatasync" { calls += $4 } END { print calls + 0 }' "$work/ballot-strace")
compared apply_one_ballot 30 "$gavel --db $ballot_db apply $work/ballot.jsonl"
printf '{"name": "apply_one_ballot_fsyncs", "fsyncs": %s}\n' "$fsyncs" >>"$results"
echo "    one-ballot gavel apply: $fsyncs fsyncs"

echo "==> The desktop app under Xvfb: start to first paint, memory with the demo loaded"
display=99
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
export DISPLAY=":$display"
demo_db="$work/demo.sqlite3"
"$gavel" --db "$demo_db" demo >/dev/null

# All processes of the app: itself and its descendants (WebKit's web and network processes).
process_tree() {
  local pid=$1
  echo "$pid"
  for child in $(pgrep -P "$pid" || true); do process_tree "$child"; done
}
sum_status_field() { # FIELD PID… → the sum in KB, from /proc/PID/status or smaps_rollup
  local field=$1 file=$2
  shift 2
  local total=0 value
  for pid in "$@"; do
    value=$(awk -v field="$field:" '$1 == field { print $2 }' "/proc/$pid/$file" 2>/dev/null || true)
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

for run in 1 2 3; do
  kind=warm
  if [[ $run -eq 1 ]]; then
    # Cold: the binary and the WebKit libraries not in the page cache (needs root; shared machine).
    if sync && echo 3 2>/dev/null >/proc/sys/vm/drop_caches; then kind=cold; else kind=warm; fi
  fi
  frames="$work/frames-$run"
  mkdir -p "$frames"
  launched_us=${EPOCHREALTIME/./}
  GAVEL_DB="$demo_db" GAVEL_LANG=da target/release/gavel-desktop >"$work/app-$run.log" 2>&1 &
  app_pid=$!
  # Screenshots for 12 s, each named after the milliseconds since launch.
  while true; do
    elapsed_ms=$(((${EPOCHREALTIME/./} - launched_us) / 1000))
    ((elapsed_ms >= 12000)) && break
    printf -v frame_name '%06d' "$elapsed_ms"
    import -window root "$frames/$frame_name.miff" 2>/dev/null || true
  done
  mapfile -t pids < <(process_tree "$app_pid")
  rss=$(sum_status_field VmRSS status "${pids[@]}")
  pss=$(sum_status_field Pss smaps_rollup "${pids[@]}")
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  # First paint: the first frame with the blue header (#0059b3) on screen. Demo on screen: the
  # first frame that differs from the last (settled) one in under 0.5 % of its pixels.
  last=$(ls "$frames" | sort | tail -n 1)
  first_paint=null
  demo_shown=null
  for frame in $(ls "$frames" | sort); do
    seconds=$(awk -v ms="${frame%.miff}" 'BEGIN { printf "%.3f", ms / 1000 }')
    if [[ $first_paint == null ]]; then
      blue=$(convert "$frames/$frame" -fill black +opaque '#0059b3' -fill white -opaque '#0059b3' -format '%[fx:mean]' info:)
      awk -v blue="$blue" 'BEGIN { exit !(blue > 0.01) }' && first_paint=$seconds
    fi
    if [[ $first_paint != null ]]; then
      differing=$(compare -metric AE -fuzz 2% "$frames/$frame" "$frames/$last" null: 2>&1 || true)
      if awk -v pixels="${differing%% *}" 'BEGIN { exit !(pixels < 0.005 * 1280 * 1024) }'; then
        demo_shown=$seconds
        break
      fi
    fi
  done
  [[ $run -eq 1 ]] && cp "$frames/$last" "$work/app-settled.miff"
  printf '{"name": "app_start", "run": %d, "kind": "%s", "first_paint_s": %s, "demo_shown_s": %s, "rss_kb": %s, "pss_kb": %s, "processes": %d, "frames": %d}\n' \
    "$run" "$kind" "$first_paint" "$demo_shown" "$rss" "$pss" "${#pids[@]}" "$(ls "$frames" | wc -l)" >>"$results"
  echo "    run $run ($kind): first paint ${first_paint} s, demo on screen ${demo_shown} s, RSS $((rss / 1024)) MB, PSS $((pss / 1024)) MB over ${#pids[@]} processes"
  rm -rf "$frames"
done
convert "$work/app-settled.miff" "$work/app-settled.png" 2>/dev/null || true

echo "==> Writing $output"
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
memory_gb=$(awk '/^MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)
GAVEL_RESULTS="$results" GAVEL_BENCH_LOG="$bench_log" GAVEL_MARKER="$marker" \
  GAVEL_CPU="$cpu_model" GAVEL_NPROC="$(nproc)" GAVEL_MEMORY_GB="$memory_gb" \
  GAVEL_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)" GAVEL_MINUTES=$(((SECONDS - started + 59) / 60)) \
  GAVEL_KERNEL="$(uname -r)" GAVEL_TYPST_VERSION="$TYPST_VERSION" GAVEL_OUTPUT="$output" python3 scripts/performance_report.py
echo "==> Done in $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s: $output"
