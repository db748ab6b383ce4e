# Shared by scripts/deps.sh, build.sh, demo and test (sourced, not run).
#
# Every step prints one line saying what it does and where its output goes.
# The output is kept in a log under build/logs/ (nothing is thrown away);
# when a step fails the script prints the last 40 lines of that log, names
# it, and exits non-zero.

DYAD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DYAD_LOGS="${DYAD_LOGS:-$DYAD_ROOT/build/logs}"

# dyad_step NAME WHAT COMMAND...: runs COMMAND with its output in
# $DYAD_LOGS/NAME.log.
dyad_step() {
  local name=$1 what=$2
  shift 2
  mkdir -p "$DYAD_LOGS"
  local log="$DYAD_LOGS/$name.log"
  echo "dyad: $what (log: ${log#"$PWD"/})" >&2
  if ! "$@" >"$log" 2>&1; then
    echo "dyad: FAILED: $what. The last 40 lines of $log:" >&2
    tail -n 40 "$log" >&2
    echo "dyad: FAILED: $what (full log: $log)" >&2
    exit 1
  fi
}
