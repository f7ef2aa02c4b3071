#!/usr/bin/env bash
# Installs every Debian package Concord's build, tests, demo and benchmarks need.
# Idempotent: packages already present are left alone; apt-get update runs only
# when something is missing. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git python3
  libxapian-dev xapian-tools
  libboost-program-options-dev libboost-locale-dev libboost-system-dev libboost-regex-dev
  libboost-dev
  libfmt-dev libicu-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  libpoppler-cpp-dev poppler-utils
  libgumbo-dev
  libstemmer-dev
  libzip-dev libpugixml-dev
  libeigen3-dev
  libjemalloc-dev
  nlohmann-json3-dev libyaml-cpp-dev
  libexttextcat-dev libexttextcat-data
  apertium apertium-eng-spa apertium-fr-es
  wordnet-base scowl
  iso-codes
  clang-format
  chromium
  hyperfine
)

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
else
  SUDO=(sudo)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages already installed" >&2
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
