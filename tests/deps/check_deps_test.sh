#!/usr/bin/env bash
# The dependency check must be able to fail: on a copy of scripts/deps.sh
# without libsimdjson-dev it must name simdjson.h, and a source that includes
# a header from an unlisted package (nlohmann/json.hpp, the gap of issue 14)
# must be named too, whether or not that package happens to be installed.
#   check_deps_test.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$1 build=$2
check=(python3 "$src/tests/deps/check_deps.py" --source "$src" --build "$build")
if ! command -v dpkg >/dev/null; then
  echo "not a Debian system (no dpkg): cannot map headers to packages"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

cp "$src/scripts/deps.sh" "$src/scripts/lib.sh" "$tmp/"
sed -i '/^  libsimdjson-dev /d' "$tmp/deps.sh"
if bash "$tmp/deps.sh" --list test | grep -qx libsimdjson-dev; then
  echo "FAIL: could not remove libsimdjson-dev from the copy of deps.sh"
  exit 1
fi
out=$("${check[@]}" --deps "$tmp/deps.sh" --only src/ingest/readers.cc 2>&1)
rc=$?
if [[ $rc != 1 || "$out" != *"<simdjson.h>"*libsimdjson-dev* ]]; then
  echo "FAIL: without libsimdjson-dev in the list the check gave exit $rc and:"
  echo "$out"
  fail=1
else
  echo "ok: a list without libsimdjson-dev fails: $(grep -m1 'simdjson.h' <<<"$out")"
fi

printf '#include <nlohmann/json.hpp>\nint main() {}\n' >"$tmp/uses_nlohmann.cc"
out=$("${check[@]}" --only src/core/status.cc --extra-source "$tmp/uses_nlohmann.cc" --no-cmake 2>&1)
rc=$?
if [[ $rc != 1 || "$out" != *"nlohmann/json.hpp"* ]]; then
  echo "FAIL: a source including nlohmann/json.hpp gave exit $rc and:"
  echo "$out"
  fail=1
else
  echo "ok: a source including an unlisted package's header fails: $(grep -m1 'nlohmann' <<<"$out")"
fi
exit $fail
