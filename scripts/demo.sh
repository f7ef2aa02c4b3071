#!/usr/bin/env bash
# Installs what Concord needs, builds it, and runs the main job on the shipped demo corpus:
# ingest corpus/ into a fresh database, search it, compare statements, set their demands side
# by side and write a report.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

concord=build/release/cli/concord
export CONCORD_DB=build/demo-db
rm -rf "$CONCORD_DB"

# Commands are shown in bold on a terminal, plain in a log or when NO_COLOR is set.
if [[ -t 1 && -z "${NO_COLOR:-}" ]]; then bold=$'\033[1m' plain=$'\033[0m'; else bold='' plain=''; fi
step() { printf '\n%s$ %s%s\n' "$bold" "$*" "$plain"; "$@"; }

step "$concord" ingest corpus/
step "$concord" list
step "$concord" search --facets '"zone of peace"'
step "$concord" search --collapse 'kind:operative (airstrikes OR strikes) (vessels OR boats)'
step "$concord" search --lang es 'embarcaciones'
step "$concord" search --sort date --limit 3 'withdraw* military 2025-11-01..2025-12-31'
step "$concord" show friends-of-the-charter-2025-11-18
step "$concord" compare nam-coordinating-bureau-2025-11-18 friends-of-the-charter-2025-11-18 celac-eu-summit-2025-11-09
step "$concord" compare friends-of-the-charter-2025-11-18 friends-of-the-charter-2025-12-draft
step "$concord" compare --no-diff nam-coordinating-bureau-2025-11-18 nam-coordinating-bureau-2025-11-18-es
step "$concord" demands nam-coordinating-bureau-2025-11-18
step "$concord" matrix corpus/
step "$concord" precedent "Zone of Peace"
step "$concord" precedent --statement friends-of-the-charter-2025-12-draft
echo
echo "demo database: $CONCORD_DB (try: CONCORD_DB=$CONCORD_DB $concord search --help)"
step "$concord" report -o build/demo-report.html nam-coordinating-bureau-2025-11-18 friends-of-the-charter-2025-11-18 celac-eu-summit-2025-11-09
echo "demo report: $(pwd)/build/demo-report.html (open it in a browser; print it for a PDF)"
