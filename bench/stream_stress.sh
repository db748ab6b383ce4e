#!/usr/bin/env bash
# Bounded-memory stress of the readers (issue 18.10): decompression bombs,
# endless standard input and a large multi-member .warc.gz are read as
# streams, so peak memory stays near the maximum document size whatever the
# input size. Prints one line per case (seconds, peak RSS, exit status) and
# exits 1 when a case exceeds LIMIT_MB (default 1024) of peak memory.
#
#   bench/stream_stress.sh [WARC_MB]
#
# WARC_MB (default 64) is the compressed size of the generated .warc.gz (the
# 91 pages of ../shared/html-extraction repeated; that case is skipped when
# ../shared is absent or WARC_MB is 0). DYAD names the binary (default build/dyad). Bombs are
# generated through pipes: nothing large is ever written to disk (the files
# are a few hundred KB, the .warc.gz WARC_MB). Every case runs under a time-out.
set -euo pipefail
cd "$(dirname "$0")/.."
WARC_MB=${1:-64}
DYAD=${DYAD:-build/dyad}
LIMIT_MB=${LIMIT_MB:-1024}
TIMEOUT=${TIMEOUT:-600}
[[ -x $DYAD ]] || { echo "stream_stress: no $DYAD: build first" >&2; exit 1; }
for tool in zstd gzip python3; do
  command -v $tool >/dev/null || { echo "stream_stress: $tool is not installed" >&2; exit 1; }
done

DIR=$(mktemp -d /tmp/dyad-stream-stress.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
FAILED=0

# run NAME INPUT_COMMAND DYAD_ARGS...: INPUT_COMMAND's output is dyad's stdin.
run() {
  local name=$1 input=$2
  shift 2
  local t0 t1 rc
  t0=$(date +%s.%N)
  set +e
  bash -c "$input" | timeout "$TIMEOUT" /usr/bin/time -f '%M' -o "$DIR/time" "$DYAD" "$@" >/dev/null 2>"$DIR/err"
  rc=${PIPESTATUS[1]}
  set -e
  t1=$(date +%s.%N)
  local kb
  kb=$(tail -1 "$DIR/time")
  local verdict=ok
  if (( kb > LIMIT_MB * 1024 )); then verdict="OVER ${LIMIT_MB} MB"; FAILED=1; fi
  if (( rc == 124 )); then verdict="TIME-OUT"; FAILED=1; fi
  # 0: read; 1: read with rejected records. Anything else is a failure.
  if (( rc > 1 && rc != 124 )); then verdict="FAILED"; FAILED=1; fi
  printf '%-34s %7.1f s %8d KB peak  exit %d  %s\n' "$name" "$(echo "$t1 - $t0" | bc)" "$kb" "$rc" "$verdict"
  grep -m1 -i 'larger\|rejected' "$DIR/err" | sed 's/^/    /' || true
}

echo "generating inputs in $DIR (through pipes)" >&2
head -c 6G /dev/zero | zstd -q -c >"$DIR/bomb.jsonl.zst"
head -c 2G /dev/zero | gzip -1 -c >"$DIR/bomb.txt.gz"
# One WARC response record of 2 GiB of zeros: a record, not the archive, is too large.
{ printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bomb>\r\nContent-Length: 2147483648\r\n\r\n'
  head -c 2G /dev/zero; printf '\r\n\r\n'; } | gzip -1 -c >"$DIR/bomb.warc.gz"
ls -l "$DIR" | awk 'NR > 1 {print "  " $5, $9}' >&2

run "zstd bomb (6 GiB zeros, .jsonl.zst)" "true" code "$DIR/bomb.jsonl.zst"
run "gzip bomb (2 GiB zeros, .txt.gz)" "true" code "$DIR/bomb.txt.gz"
run "WARC record bomb (2 GiB, .warc.gz)" "true" code "$DIR/bomb.warc.gz"
run "/dev/zero on stdin (text)" "cat /dev/zero" code -
run "endless JSON line on stdin (3 GiB)" "{ printf '{\"id\":\"1\",\"text\":\"'; head -c 3G /dev/zero; }" code -

if [[ -d ../shared/html-extraction/html && $WARC_MB -gt 0 ]]; then
  python3 - "$DIR/big.warc.gz" "$WARC_MB" <<'PY'
import glob, gzip, sys
out_path, mb = sys.argv[1], int(sys.argv[2])
pages = [gzip.open(f).read() for f in sorted(glob.glob('../shared/html-extraction/html/*.html.gz'))]
with open(out_path, 'wb') as out:
    n = 0
    while out.tell() < mb << 20:
        page = pages[n % len(pages)]
        body = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' + page
        head = ('WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:stress:%d>\r\n'
                'WARC-Target-URI: http://example.org/%d\r\nWARC-Date: 2019-11-19T12:00:00Z\r\n'
                'Content-Length: %d\r\n\r\n' % (n, n, len(body))).encode()
        out.write(gzip.compress(head + body + b'\r\n\r\n', 1))
        n += 1
PY
  run "$WARC_MB MB .warc.gz (extract)" "true" extract --all-languages --format jsonl "$DIR/big.warc.gz"
else
  echo "skipped: the .warc.gz case (WARC_MB 0, or no ../shared/html-extraction)" >&2
fi
exit $FAILED
