#!/usr/bin/env bash
# Runs every cargo-fuzz target of Gavel for a bounded time and prints the runs of each:
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]     (default: 60 seconds, every target)
#
# The targets are in two workspaces of their own, crates/gavel-core/fuzz (backlog readers, format
# detection, sync files, `gavel apply` lines) and crates/gavel-minutes/fuzz (the PDF verifier, its
# difference analysis of what was appended after a signature, the .p12 loader); CI never builds them. They need the nightly toolchain (`rustup toolchain install
# nightly`) and cargo-fuzz (`cargo install cargo-fuzz`). Each target runs with AddressSanitizer,
# at the lowest priority (the machine is shared), one at a time, seeded from the repository's
# fixtures; its corpus grows in FUZZ_CRATE/corpus/TARGET between runs. A crash leaves its input in
# FUZZ_CRATE/artifacts/TARGET/ and makes the script exit non-zero; docs/RELIABILITY.md says how to
# turn one into a regression test.
set -euo pipefail

seconds="${1:-60}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"

# target → its fuzz crate, seed files and largest input.
declare -A crate_of=(
  [jira_csv]=gavel-core [jira_json]=gavel-core [gavel_csv]=gavel-core [detect_format]=gavel-core
  [sync_file]=gavel-core [apply_lines]=gavel-core
  [verify_pdf]=gavel-minutes [changes_after_signing]=gavel-minutes [load_p12]=gavel-minutes
)
all_targets=(jira_csv jira_json gavel_csv detect_format sync_file apply_lines verify_pdf changes_after_signing load_p12)
seeds_of() {
  case "$1" in
    jira_csv) ls "$root"/tests/fixtures/jira/*.csv "$root"/tests/fixtures/jira/bad/*.csv 2>/dev/null ;;
    jira_json) ls "$root"/tests/fixtures/jira/*.json "$root"/tests/fixtures/hostile/backlog.json ;;
    gavel_csv) ls "$root"/assets/demo/backlog.csv ;;
    detect_format) ls "$root"/tests/fixtures/jira/*.* "$root"/assets/demo/backlog.csv ;;
    sync_file) ls "$root"/crates/gavel-core/fuzz/seeds/sync_file/* ;;
    apply_lines) ls "$root"/tests/fixtures/meetings/full-meeting.jsonl "$root"/assets/demo/*.jsonl \
      "$root"/tests/fixtures/hostile/meetings.jsonl ;;
    verify_pdf) ls "$root"/crates/gavel-minutes/fuzz/seeds/verify_pdf/* ;;
    changes_after_signing) ls "$root"/crates/gavel-minutes/fuzz/seeds/changes_after_signing/* ;;
    load_p12) ls "$root"/tests/fixtures/certs/*.p12 ;;
  esac
}
max_len_of() {
  case "$1" in
    verify_pdf) echo 131072 ;;
    *) echo 65536 ;;
  esac
}

targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then targets=("${all_targets[@]}"); fi

failed=0
summary=""
for target in "${targets[@]}"; do
  crate="${crate_of[$target]:-}"
  if [ -z "$crate" ]; then
    echo "fuzz.sh: no target $target; the targets are: ${all_targets[*]}" >&2
    exit 2
  fi
  dir="$root/crates/$crate/fuzz"
  mkdir -p "$dir/corpus/$target"
  while read -r seed; do
    [ -n "$seed" ] && cp -n "$seed" "$dir/corpus/$target/" || true
  done < <(seeds_of "$target")
  log="$dir/fuzz-$target.log"
  echo "fuzz.sh: $target for ${seconds}s (log: $log)"
  status=0
  (cd "$dir" && nice -n 19 cargo +nightly fuzz run "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len="$(max_len_of "$target")" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1) >"$log" 2>&1 || status=$?
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
  if [ "$status" -ne 0 ]; then
    failed=1
    line="$target: FAILED after ${runs:-?} runs (exit $status); see $log and $dir/artifacts/$target/"
  else
    line="$target: ${runs:-?} runs in ${seconds}s, no crash"
  fi
  echo "$line"
  summary+="$line"$'\n'
done

echo
echo "Summary (${seconds}s per target):"
printf '%s' "$summary"
exit "$failed"
