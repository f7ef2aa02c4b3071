#!/usr/bin/env bash
# Prepares the benchmark corpus: the UN bulk archives of ../shared/corpus unpacked into a
# scratch folder, or a synthetic corpus when they are absent. Prints the file and paragraph
# counts (paragraphs = blank-line-separated blocks) and fails below the minimum.
#
# usage: bench/prepare_corpus.sh [OUT_DIR]        (default: build/bench-corpus)
# environment: CONCORD_SHARED_CORPUS  folder holding un-*-resolutions-akn/ (default ../shared/corpus)
#              CONCORD_BENCH_SYNTHETIC=1  generate even when the archives exist
#              CONCORD_BENCH_MIN_PARAGRAPHS  minimum paragraph count (default 100000)
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(dirname "$bench_dir")"
out_dir="${1:-$source_dir/build/bench-corpus}"
shared_corpus="${CONCORD_SHARED_CORPUS:-$source_dir/../shared/corpus}"
min_paragraphs="${CONCORD_BENCH_MIN_PARAGRAPHS:-100000}"

# The corpus is scratch data: never inside the source tree outside build/.
out_dir="$(realpath -m "$out_dir")"
case "$out_dir/" in
  "$source_dir/build"*/) ;;
  "$source_dir"/*) echo "prepare_corpus: refusing to write $out_dir inside the source tree (use build/...)" >&2
                   exit 2 ;;
esac
mkdir -p "$out_dir"

shopt -s nullglob
archives=("$shared_corpus"/un-ga-resolutions-akn/bulk/*.tar.gz
          "$shared_corpus"/un-sc-resolutions-akn/bulk/*.tar.gz)
shopt -u nullglob

stamp="$out_dir/.prepared"
if [[ ${#archives[@]} -gt 0 && "${CONCORD_BENCH_SYNTHETIC:-0}" != 1 ]]; then
  kind="UN bulk archives (${#archives[@]}) from $shared_corpus"
  want="archives: $(for a in "${archives[@]}"; do stat -c '%n %s %Y' "$a"; done | sha1sum | cut -c1-16)"
else
  kind="synthetic UN-style resolutions (bench/generate_corpus.py, fixed seed)"
  want="synthetic: $(sha1sum "$bench_dir/generate_corpus.py" | cut -c1-16)"
fi

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "corpus: $out_dir already prepared ($kind)"
else
  # Only our own subfolders are removed, so that a mistaken OUT_DIR loses nothing else.
  rm -rf "$out_dir/ga-resolutions-en-txt" "$out_dir/sc-resolutions-en-txt" \
         "$out_dir/sc-prst-en-txt" "$out_dir/synthetic-resolutions" "$stamp"
  if [[ "$want" == archives:* ]]; then
    for archive in "${archives[@]}"; do
      echo "corpus: extracting $(basename "$archive")"
      tar -xzf "$archive" -C "$out_dir"
    done
  else
    echo "corpus: generating a synthetic corpus (no bulk archives in $shared_corpus, or CONCORD_BENCH_SYNTHETIC=1)"
    python3 "$bench_dir/generate_corpus.py" "$out_dir" --paragraphs 210000
  fi
  echo "$want" > "$stamp"
fi

# Blank-line blocks, counted as raw_xapian_bench splits them (whitespace-only lines separate).
read -r files paragraphs bytes < <(python3 - "$out_dir" <<'PY'
import os, re, sys
files = paragraphs = size = 0
blank = re.compile(r"^[ \t\r\f\v]*$")
for root, _, names in os.walk(sys.argv[1]):
    for name in names:
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(root, name), "rb") as f:
            data = f.read()
        files += 1
        size += len(data)
        open_block = False
        for line in data.decode("utf-8", "replace").split("\n"):
            if blank.match(line):
                paragraphs += open_block
                open_block = False
            else:
                open_block = True
        paragraphs += open_block
print(files, paragraphs, size)
PY
)
echo "corpus: $kind"
echo "corpus: $out_dir: $files .txt files, $paragraphs paragraphs (blank-line blocks), $((bytes / 1024 / 1024)) MB"
if (( paragraphs < min_paragraphs )); then
  echo "prepare_corpus: only $paragraphs paragraphs, fewer than $min_paragraphs" >&2
  exit 1
fi
