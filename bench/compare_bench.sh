#!/usr/bin/env bash
# One run of the compare benchmark: build concord (release preset, -j2), prepare the corpus,
# write the inputs (two statements of 1,000 paragraphs, ten versions of 100) from it, and
# time `concord compare` against difflib's SequenceMatcher on words and
# `git diff --no-index --word-diff` on the same inputs; prints one table with the ratios.
#
# usage: bench/compare_bench.sh [--no-build] [--runs N] [--cap SECONDS] [--pairs all|consecutive]
#                               [--no-hyperfine] [--seed S]
# environment: CONCORD_BENCH_DIR  scratch folder (default build/: bench-corpus, bench-compare)
#              CONCORD_BENCH_JOBS build parallelism (default 2)
#              CONCORD_SHARED_CORPUS, CONCORD_BENCH_SYNTHETIC: see bench/prepare_corpus.sh
# See bench/README.md ("compare") for what is measured.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(dirname "$bench_dir")"
build_dir="$source_dir/build/release"
corpus_dir="${CONCORD_BENCH_DIR:+$CONCORD_BENCH_DIR/corpus}"
corpus_dir="${corpus_dir:-$source_dir/build/bench-corpus}"
inputs_dir="${CONCORD_BENCH_DIR:+$CONCORD_BENCH_DIR/compare}"
inputs_dir="${inputs_dir:-$source_dir/build/bench-compare}"
jobs="${CONCORD_BENCH_JOBS:-2}"

build=1
report_args=()
seed=20260301
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=0 ;;
    --runs|--cap|--pairs) report_args+=("$1" "$2"); shift ;;
    --no-hyperfine) report_args+=("$1") ;;
    --seed) seed="$2"; shift ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "compare_bench: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "[compare-bench] $*" >&2; }

# The inputs are scratch data: never inside the source tree outside build/.
inputs_dir="$(realpath -m "$inputs_dir")"
case "$inputs_dir/" in
  "$source_dir/build"*/) ;;
  "$source_dir"/*) echo "compare_bench: refusing to write $inputs_dir inside the source tree (use build/...)" >&2
                   exit 2 ;;
esac

if (( build )); then
  log "building concord (cmake --preset release, -j$jobs)"
  mkdir -p "$source_dir/build"
  (cd "$source_dir" && cmake --preset release > "$source_dir/build/bench-compare-cmake.log" 2>&1) ||
    { cat "$source_dir/build/bench-compare-cmake.log" >&2; exit 1; }
  (cd "$source_dir" && cmake --build --preset release -j"$jobs" --target concord >&2)
fi
concord="$build_dir/cli/concord"
[[ -x "$concord" ]] || { echo "compare_bench: $concord is not built" >&2; exit 1; }
command -v git > /dev/null || { echo "compare_bench: git is needed (a peer)" >&2; exit 1; }
command -v hyperfine > /dev/null ||
  log "hyperfine not found: timing with a Python loop (apt-get install hyperfine to use it)"

"$bench_dir/prepare_corpus.sh" "$corpus_dir" >&2
python3 "$bench_dir/compare_make_inputs.py" "$corpus_dir" "$inputs_dir" --seed "$seed" >&2

python3 "$bench_dir/compare_report.py" --concord "$concord" --inputs "$inputs_dir" \
  ${report_args[@]+"${report_args[@]}"}
