#!/usr/bin/env bash
# The case server on its own, without Qt, Vosk or PyMuPDF:
#
#   installers/build.sh server wheel   dist/courtdesk_server-VERSION-py3-none-any.whl
#   installers/build.sh server deb     dist/courtdesk-server_VERSION_ARCH.deb (builds the wheel)
#   installers/build.sh server         both
#
# The wheel holds courtdesk.common and courtdesk.case_server; `pip install` it where the
# server should run. The .deb carries a PyInstaller one-folder bundle of that wheel (its
# own Python, so it does not depend on the Python version of the distribution it lands on)
# with a systemd unit. COURTDESK_VERSION=... overrides pyproject's version; PYTHON=...
# picks the Python that builds (default: the checkout's .venv, else python3);
# COURTDESK_DIST / COURTDESK_BUILD move the output and work folders (default dist/, build/).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
what="${1:-all}"
dist="${COURTDESK_DIST:-$repo/dist}"
build="${COURTDESK_BUILD:-$repo/build}/server"
# shellcheck source=../build_python.sh
. "$repo/installers/build_python.sh"
python="$(build_python "$repo")"
version="${COURTDESK_VERSION:-$("$python" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$repo/pyproject.toml")}"
wheel="$dist/courtdesk_server-$version-py3-none-any.whl"

say() { printf 'courtdesk build server: %s\n' "$*" >&2; }

build_wheel() {
  mkdir -p "$dist" "$build"
  "$python" "$here/stage_wheel.py" "$build/stage" "$version"
  rm -f "$wheel"
  # pip builds in an isolated environment with the setuptools the staged pyproject names.
  "$python" -m pip wheel --quiet --no-deps --wheel-dir "$dist" "$build/stage"
  [ -f "$wheel" ] || { say "pip made no $wheel"; exit 1; }
  say "$wheel"
}

case "$what" in
  wheel) build_wheel ;;
  deb) build_wheel; exec bash "$here/build_deb.sh" "$wheel" "$version" "$python" ;;
  all) build_wheel; exec bash "$here/build_deb.sh" "$wheel" "$version" "$python" ;;
  *) printf 'usage: installers/build.sh server [wheel|deb]\n' >&2; exit 2 ;;
esac
