#!/usr/bin/env bash
# Installs the Debian packages dyad needs, when they are missing. Sourced or
# run by scripts/demo and scripts/test; safe to run again.
set -euo pipefail

# Package: why dyad needs it (README lists the same).
DYAD_PACKAGES=(
  g++ cmake ninja-build pkg-config
  libcli11-dev                       # command-line parsing
  libsimdjson-dev                    # JSON Lines input
  libfmt-dev                         # formatting
  libutf8proc-dev                    # Unicode case folding and normalisation
  liblingua-en-tagger-perl           # part-of-speech lexicon (word/tag counts, transitions)
  wordnet-base                       # lemmas: WordNet exception lists and indexes
  iso-codes                          # ISO 3166 country list (dictionary checks)
  libgtest-dev libgmock-dev          # unit tests
  libbenchmark-dev                   # micro-benchmarks
  python3                            # scorers in ../shared/tools
)
if [[ "${DYAD_WITH_FUZZ:-0}" == 1 ]]; then
  DYAD_PACKAGES+=(clang libclang-rt-14-dev)  # libFuzzer targets
fi

missing=()
for p in "${DYAD_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "dyad: installing Debian packages: ${missing[*]}" >&2
  SUDO=""
  if [[ $(id -u) != 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
