#!/usr/bin/env bash
# One run of the Concord-vs-raw-Xapian benchmark: build, prepare the corpus, ingest it
# through `concord ingest` and through raw_xapian_bench (fresh databases), run
# bench/queries.txt against both in-process, and print the comparison table.
#
# usage: bench/run_bench.sh [--no-build] [--rounds N] [--ingest-runs N] [--per-query]
# environment: CONCORD_BENCH_DIR  scratch folder for the corpus and databases
#                                 (default build/bench-corpus and build/bench-db)
#              CONCORD_BENCH_JOBS build parallelism (default 2)
# See bench/README.md for what is measured.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(dirname "$bench_dir")"
build_dir="$source_dir/build/release"
corpus_dir="${CONCORD_BENCH_DIR:+$CONCORD_BENCH_DIR/corpus}"
corpus_dir="${corpus_dir:-$source_dir/build/bench-corpus}"
db_root="${CONCORD_BENCH_DIR:+$CONCORD_BENCH_DIR/db}"
db_root="${db_root:-$source_dir/build/bench-db}"
queries="$bench_dir/queries.txt"
jobs="${CONCORD_BENCH_JOBS:-2}"

build=1
rounds=5
ingest_runs=1
per_query=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=0 ;;
    --rounds) rounds="$2"; shift ;;
    --ingest-runs) ingest_runs="$2"; shift ;;
    --per-query) per_query="--per-query" ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run_bench: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "[bench] $*" >&2; }
now() { date +%s.%N; }
# value KEY FILE: the value of a key=value line.
value() { sed -n "s/^$1=//p" "$2" | head -n1; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

if (( build )); then
  log "building (cmake --preset release, -j$jobs)"
  mkdir -p "$source_dir/build"
  (cd "$source_dir" && cmake --preset release > "$source_dir/build/bench-cmake.log" 2>&1) ||
    { cat "$source_dir/build/bench-cmake.log" >&2; exit 1; }
  cmake --build "$build_dir" -j"$jobs" --target concord raw_xapian_bench concord_search_bench >&2
fi
concord="$build_dir/cli/concord"
raw="$build_dir/bench/raw_xapian_bench"
concord_search="$build_dir/bench/concord_search_bench"
for program in "$concord" "$raw" "$concord_search"; do
  [[ -x "$program" ]] || { echo "run_bench: $program is not built" >&2; exit 1; }
done

"$bench_dir/prepare_corpus.sh" "$corpus_dir" >&2
mkdir -p "$db_root"
work="$(mktemp -d "$db_root/run.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Both sides read the same files; read them once first so that neither pays the cold cache.
find "$corpus_dir" -name '*.txt' -type f -print0 | xargs -0 cat > /dev/null
load="$(cut -d' ' -f1 /proc/loadavg)"
log "load average before ingest: $load (other builds on this machine skew wall times)"

# timed NAME CMD...: runs CMD with stdout to $work/NAME.out and sets NAME_wall and NAME_cpu
# (user + sys seconds, which other processes on the machine do not inflate).
timed() {
  local name="$1"; shift
  local TIMEFORMAT='%3R %3U %3S'
  { time "$@" > "$work/$name.out" 2> "$work/$name.err"; } 2> "$work/$name.time" ||
    { cat "$work/$name.err" >&2; echo "run_bench: $name failed" >&2; exit 1; }
  read -r wall user sys < "$work/$name.time"
  printf -v "${name}_wall" '%s' "$wall"
  printf -v "${name}_cpu" '%s' "$(calc '%.3f' "$user + $sys")"
}
min() { if [[ -z "$1" ]]; then echo "$2"; else awk "BEGIN { print ($2 < $1) ? $2 : $1 }"; fi; }

best_concord=""; best_raw=""; best_concord_cpu=""; best_raw_cpu=""
for (( run = 1; run <= ingest_runs; run++ )); do
  rm -rf "$db_root/raw" "$db_root/concord"
  # Alternate the order, so that neither side always runs on a warmer machine.
  for side in $( (( run % 2 )) && echo "raw concord" || echo "concord raw"); do
    log "ingest run $run/$ingest_runs: $side"
    if [[ "$side" == raw ]]; then
      timed raw_ingest "$raw" ingest --db "$db_root/raw" "$corpus_dir"
    else
      timed concord_ingest "$concord" ingest --quiet --db "$db_root/concord" "$corpus_dir"
    fi
  done
  log "  raw ${raw_ingest_wall}s wall ${raw_ingest_cpu}s cpu, concord ${concord_ingest_wall}s wall ${concord_ingest_cpu}s cpu"
  best_raw="$(min "$best_raw" "$raw_ingest_wall")"
  best_raw_cpu="$(min "$best_raw_cpu" "$raw_ingest_cpu")"
  best_concord="$(min "$best_concord" "$concord_ingest_wall")"
  best_concord_cpu="$(min "$best_concord_cpu" "$concord_ingest_cpu")"
done
cp "$work/raw_ingest.out" "$work/raw-ingest.txt"
cp "$work/concord_ingest.out" "$work/concord-ingest.txt"
raw_paragraphs="$(value paragraphs "$work/raw-ingest.txt")"
raw_files="$(value files "$work/raw-ingest.txt")"
concord_paragraphs="$(sed -n 's/.*; \([0-9]*\) paragraphs\{0,1\} indexed.*/\1/p' "$work/concord-ingest.txt")"
concord_files="$(sed -n 's/^\([0-9]*\) files:.*/\1/p' "$work/concord-ingest.txt")"

log "search: raw Xapian loop ($rounds rounds after a warm-up round)"
"$raw" search --db "$db_root/raw" --queries "$queries" --rounds "$rounds" $per_query > "$work/raw-search.txt"
log "search: concord::search ($rounds rounds after a warm-up round)"
"$concord_search" --db "$db_root/concord" --queries "$queries" --rounds "$rounds" $per_query \
  > "$work/concord-search.txt"

raw_rate="$(calc '%.0f' "$raw_paragraphs / $best_raw")"
concord_rate="$(calc '%.0f' "$concord_paragraphs / $best_concord")"
ingest_ratio="$(calc '%.2f' "$concord_rate / $raw_rate")"
raw_p50="$(value p50_ms "$work/raw-search.txt")";  concord_p50="$(value p50_ms "$work/concord-search.txt")"
raw_p99="$(value p99_ms "$work/raw-search.txt")";  concord_p99="$(value p99_ms "$work/concord-search.txt")"
raw_mean="$(value mean_ms "$work/raw-search.txt")"; concord_mean="$(value mean_ms "$work/concord-search.txt")"
p50_ratio="$(calc '%.2f' "$concord_p50 / $raw_p50")"
raw_cpu_p50="$(value cpu_p50_ms "$work/raw-search.txt")"; concord_cpu_p50="$(value cpu_p50_ms "$work/concord-search.txt")"
raw_cpu_p99="$(value cpu_p99_ms "$work/raw-search.txt")"; concord_cpu_p99="$(value cpu_p99_ms "$work/concord-search.txt")"
raw_cpu_rate="$(calc '%.0f' "$raw_paragraphs / $best_raw_cpu")"
concord_cpu_rate="$(calc '%.0f' "$concord_paragraphs / $best_concord_cpu")"
p99_ratio="$(calc '%.2f' "$concord_p99 / $raw_p99")"
mean_ratio="$(calc '%.2f' "$concord_mean / $raw_mean")"
verdict() { awk "BEGIN { exit !($1) }" && echo "met" || echo "NOT met"; }

echo
echo "Concord vs raw Xapian — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $load, $(git -C "$source_dir" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "corpus: $corpus_dir ($raw_files .txt files); queries: $(value queries "$work/raw-search.txt") from bench/queries.txt, $rounds timed rounds + 1 warm-up"
echo "ingest: each process timed (wall, and user+sys CPU), fresh database, best of $ingest_runs; search: in-process, limit 10, snippet per hit on both sides"
echo "goals are judged on wall time; the CPU rows show what other load on the machine does to it"
echo
printf '%-28s %14s %14s %10s\n' "" "concord" "raw xapian" "ratio"
printf '%-28s %14s %14s %10s\n' "paragraphs indexed" "$concord_paragraphs" "$raw_paragraphs" ""
printf '%-28s %14s %14s %10s\n' "ingest seconds" "$best_concord" "$best_raw" "$(calc '%.2f' "$best_concord / $best_raw")"
printf '%-28s %14s %14s %10s\n' "ingest paragraphs/s" "$concord_rate" "$raw_rate" "$ingest_ratio"
printf '%-28s %14s %14s %10s\n' "ingest CPU s (user+sys)" "$best_concord_cpu" "$best_raw_cpu" "$(calc '%.2f' "$best_concord_cpu / $best_raw_cpu")"
printf '%-28s %14s %14s %10s\n' "ingest paragraphs/CPU-s" "$concord_cpu_rate" "$raw_cpu_rate" "$(calc '%.2f' "$concord_cpu_rate / $raw_cpu_rate")"
printf '%-28s %14s %14s %10s\n' "database size (MB)" "$(du -sm "$db_root/concord" | cut -f1)" "$(du -sm "$db_root/raw" | cut -f1)" ""
printf '%-28s %14s %14s %10s\n' "search p50 (ms)" "$concord_p50" "$raw_p50" "$p50_ratio"
printf '%-28s %14s %14s %10s\n' "search p99 (ms)" "$concord_p99" "$raw_p99" "$p99_ratio"
printf '%-28s %14s %14s %10s\n' "search mean (ms)" "$concord_mean" "$raw_mean" "$mean_ratio"
printf '%-28s %14s %14s %10s\n' "search CPU p50 (ms)" "$concord_cpu_p50" "$raw_cpu_p50" "$(calc '%.2f' "$concord_cpu_p50 / $raw_cpu_p50")"
printf '%-28s %14s %14s %10s\n' "search CPU p99 (ms)" "$concord_cpu_p99" "$raw_cpu_p99" "$(calc '%.2f' "$concord_cpu_p99 / $raw_cpu_p99")"
printf '%-28s %14s %14s %10s\n' "hits / estimated matches" \
  "$(value hits_per_round "$work/concord-search.txt")/$(value estimated_per_round "$work/concord-search.txt")" \
  "$(value hits_per_round "$work/raw-search.txt")/$(value estimated_per_round "$work/raw-search.txt")" ""
echo
echo "goal: ingest >= 0.80x raw: $ingest_ratio -> $(verdict "$ingest_ratio >= 0.8")"
echo "goal: search p50 <= 1.20x raw: $p50_ratio -> $(verdict "$p50_ratio <= 1.2")"
echo "concord database languages: $(value languages "$work/concord-search.txt")" \
     "(more than one: concord::search parses each query once per language)"
if [[ -n "$per_query" ]]; then
  echo
  echo "per-query median (ms): concord, raw, query"
  paste <(sed -n 's/^query_ms=\([^\t]*\)\t.*/\1/p' "$work/concord-search.txt") \
        <(sed -n 's/^query_ms=//p' "$work/raw-search.txt") |
    awk -F'\t' '{ printf "  %9s %9s  %s\n", $1, $2, $3 }'
fi
