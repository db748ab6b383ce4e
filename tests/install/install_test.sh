#!/usr/bin/env bash
# A real install: `cmake --install` into a temporary prefix, then the
# installed binary codes an article with only its own data: DYAD_DATA and
# DYAD_GAZETTEER unset, run from an empty folder. It must find P/share/dyad
# beside P/bin, keep finding it when the prefix is moved (a copied install),
# fail when that data is gone (so nothing else, such as the source tree, was
# being read), and fall back to $DYAD_DATA.
#   install_test.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$1 build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
article="$src/../shared/dev/seed-article.txt"
if [[ ! -f "$article" ]]; then
  article="$src/examples/border-talks.txt"
fi
echo "article: $article"
cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "cmake --install failed"; }
p="$tmp/prefix"
for f in bin/dyad share/dyad/cameo/codebook.txt share/dyad/events/01-statement.txt share/dyad/actors/countries.txt; do
  [[ -f "$p/$f" ]] || fail "the install has no $f"
done
[[ ! -f "$build/share/dyad/geo/gazetteer.bin" || -f "$p/share/dyad/geo/gazetteer.bin" ]] || fail "the compiled gazetteer was not installed"
for f in tagger.bin lemmatizer.bin; do
  [[ ! -f "$build/share/dyad/tag/$f" || -f "$p/share/dyad/tag/$f" ]] || fail "the compiled tables tag/$f were not installed"
done
[[ ! -f "$build/web/index.html" || -f "$p/share/dyad/web/index.html" ]] || fail "the dashboard was not installed"
[[ ! -L "$p/share/dyad/events" ]] || fail "share/dyad/events is a link into the source tree"

mkdir "$tmp/work"
cp "$article" "$tmp/work/article.txt"
code() {  # code PREFIX [env...]: events of the article, from an empty folder
  local prefix=$1
  shift
  (cd "$tmp/work" && env -u DYAD_DATA -u DYAD_GAZETTEER "$@" "$prefix/bin/dyad" code --date 2014-11-21 article.txt)
}
events=$(code "$p" 2>"$tmp/err") || { cat "$tmp/err"; fail "the installed dyad failed"; }
n=$(grep -c '"code"' <<<"$events")
((n > 0)) || fail "the installed dyad coded no events"
echo "ok: installed dyad: $n events"
if [[ -f "$p/share/dyad/geo/gazetteer.bin" ]]; then
  grep -q '"action_geo":{' <<<"$events" || fail "no event has a place: the installed gazetteer was not used"
  echo "ok: events have places from the installed gazetteer"
fi

mv "$p" "$tmp/moved"
moved=$(code "$tmp/moved" 2>"$tmp/err") || { cat "$tmp/err"; fail "a moved install failed"; }
[[ "$moved" == "$events" ]] || fail "a moved install codes differently"
echo "ok: the moved install finds its data"

mv "$tmp/moved/share" "$tmp/share-elsewhere"
if code "$tmp/moved" >/dev/null 2>"$tmp/err"; then
  fail "without share/dyad the installed binary still ran: it reads data from somewhere else"
fi
grep -q "share/dyad" "$tmp/err" || { cat "$tmp/err"; fail "without its data dyad does not say what is missing"; }
echo "ok: without its data it fails: $(head -n 1 "$tmp/err")"

fallback=$(code "$tmp/moved" DYAD_DATA="$tmp/share-elsewhere/dyad" 2>"$tmp/err") ||
  { cat "$tmp/err"; fail "\$DYAD_DATA was not used"; }
[[ "$fallback" == "$events" ]] || fail "with \$DYAD_DATA it codes differently"
echo "ok: \$DYAD_DATA is the fallback"
