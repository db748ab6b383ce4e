#!/usr/bin/env bash
# Configures and builds dyad in ./build (Release with debug info); the
# output of each step is kept in build/logs/. DYAD_JOBS=N limits the build
# to N parallel jobs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$DYAD_ROOT"
dyad_step configure "configuring (cmake)" cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
dyad_step build "building (ninja)" ninja -C build ${DYAD_JOBS:+-j "$DYAD_JOBS"}
# The Python package dyad, into ./.venv (README: Python), when the build has
# its extension (pybind11-dev and python3-dev are installed).
if grep -q "_dyad" build/build.ninja 2>/dev/null; then
  dyad_step python "installing the Python package into .venv (scripts/python_env.sh)" bash scripts/python_env.sh
fi
