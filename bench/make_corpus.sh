#!/usr/bin/env bash
# Writes a JSON Lines corpus of at least MB megabytes (default 20) by repeating
# the VOA stories in ../shared with fresh ids, for whole-process benchmarks.
#   bench/make_corpus.sh [MB] [OUT]   (default OUT: /tmp/dyad-voa-20mb.jsonl)
set -euo pipefail
mb=${1:-20}
out=${2:-/tmp/dyad-voa-${mb}mb.jsonl}
src="$(dirname "$0")/../../shared/corpora/voa/voa_stories.jsonl"
if [[ ! -f $src ]]; then
  echo "make_corpus: $src not found (the VOA corpus lives in ../shared)" >&2
  exit 1
fi
python3 - "$src" "$out" "$mb" <<'PY'
import json, sys
src, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
size, rep = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < mb * 1024 * 1024:
        for d in docs:
            d = dict(d, id=f"{d['id']}-{rep}")
            line = json.dumps(d, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
        rep += 1
print(f"{out}: {size / 1048576:.1f} MB, {rep} copies of {len(docs)} stories", file=sys.stderr)
PY
