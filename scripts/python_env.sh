#!/usr/bin/env bash
# Installs the Python package dyad (python/) into a virtual environment:
#
#   scripts/python_env.sh [VENV [BUILD]]      (default: ./.venv and ./build)
#
# The environment is made by Debian's python3 with --system-site-packages,
# so that Debian's pandas, dask and distributed are seen in it; pip installs
# from the checkout only (--no-index; --no-build-isolation: Debian's
# setuptools and wheel), nothing is downloaded. python/setup.py builds the
# extension in BUILD (target dyad_python) and copies it and dyad's data into
# the package. scripts/build.sh runs this for ./.venv; ctest's python_install
# for build/venv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${1:-$root/.venv}"
build="${2:-$root/build}"
python=/usr/bin/python3
[[ -x "$python" ]] || python=python3
if [[ ! -x "$venv/bin/python" ]]; then
  "$python" -m venv --system-site-packages "$venv"
fi
# pip builds in a copy of python/ (its build/ and egg-info stay out of the checkout).
work=$(mktemp -d /tmp/dyad-pip.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$root/python/." "$work/"
rm -rf "$work/build" "$work"/*.egg-info
DYAD_SOURCE_DIR="$root" DYAD_BUILD_DIR="$build" "$venv/bin/python" -m pip install \
  --no-build-isolation --no-index --no-deps --force-reinstall --quiet "$work"
"$venv/bin/python" -c "import dyad; print('dyad', dyad.__version__, 'installed in', dyad.__file__)"
