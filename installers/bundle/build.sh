#!/usr/bin/env bash
# The desktop app as a PyInstaller one-folder bundle: dist/courtdesk/ (run dist/courtdesk/courtdesk).
#
# Uses the Python of the active virtualenv, else the checkout's .venv, else $PYTHON / python3;
# it needs courtdesk's dependencies and PyInstaller (`pip install -e '.[build]'`).
# Build on the oldest system the bundle must run on: it carries that system's Python and
# links against its glibc, so it runs there and on anything newer.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../build_python.sh
. "$repo/installers/build_python.sh"
python="$(build_python "$repo")"
say() { printf 'courtdesk bundle: %s\n' "$*" >&2; }

"$python" -m PyInstaller --version >/dev/null 2>&1 || {
  say "PyInstaller is missing: $python -m pip install -e '$repo[build]'"; exit 1; }

# 1. Translations: the bundle carries the compiled .qm files.
"$python" "$repo/installers/build_translations.py"

# 2. The source folders as the `courtdesk` package, whatever way courtdesk is installed in
#    this Python (editable or not): the bundle holds exactly this checkout's code.
#    The case server is a separate install and stays out.
work="$repo/build/bundle"
src="$work/src"
rm -rf "$src"
mkdir -p "$src/courtdesk"
: > "$src/courtdesk/__init__.py"
for folder in app ui speech dossier offline_cache signing casting laws common; do
  [ -d "$repo/$folder" ] && ln -s "$repo/$folder" "$src/courtdesk/$folder"
done

# 3. The bundle.
say "building with $("$python" -m PyInstaller --version) (takes a few minutes)"
COURTDESK_BUNDLE_SRC="$src" "$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$repo/dist" --workpath "$work/work" "$repo/installers/bundle/courtdesk.spec"
say "built $repo/dist/courtdesk ($(du -sh "$repo/dist/courtdesk" | cut -f1))"
