#!/usr/bin/env bash
# Installs what Concord needs, builds it and runs the whole test suite.
# Usage: bash scripts/test.sh [PRESET]   (PRESET: release (default), dev or asan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}

bash scripts/setup.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" -j "$(nproc)"
