#!/usr/bin/env bash
# The Windows installer, compiled here with NSIS from a bundle built on Windows.
#
#   installers/build.sh windows BUNDLE_DIR
#
# BUNDLE_DIR is PyInstaller's one-folder output from a Windows PC (dist\courtdesk: courtdesk.exe,
# courtdesk-cli.exe, _internal\); installers/windows/README.md says how to make it.
# Writes dist/courtdesk-VERSION-setup.exe. COURTDESK_VERSION=... overrides pyproject's version.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bundle="${1:-}"
say() { printf 'courtdesk build windows: %s\n' "$*" >&2; }

if [ -z "$bundle" ]; then
  say "usage: installers/build.sh windows BUNDLE_DIR (a bundle built on Windows: see installers/windows/README.md)"
  exit 2
fi
for exe in courtdesk.exe courtdesk-cli.exe; do
  if [ ! -f "$bundle/$exe" ]; then
    say "$bundle has no $exe: give the dist\\courtdesk folder PyInstaller made on Windows"
    exit 2
  fi
done
command -v makensis >/dev/null || { say "makensis is missing: apt-get install nsis"; exit 2; }

# shellcheck source=../build_python.sh
. "$repo/installers/build_python.sh"
python="$(build_python "$repo")"
version="${COURTDESK_VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$repo/pyproject.toml" | head -1)}"
# Windows wants four numbers in the file's version resource: 0.1.0rc1 -> 0.1.0.0
IFS=. read -r major minor patch _ <<<"$(printf '%s' "$version" | tr -c '0-9.\n' '.')"
vi_version="${major:-0}.${minor:-0}.${patch:-0}.0"

mkdir -p "$repo/dist"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The commented template a PC gets when IT gave no config: from the same source as the bundle.
(cd "$repo" && "$python" -c 'from courtdesk.app.config import TEMPLATE; import sys; sys.stdout.buffer.write(TEMPLATE.replace("\n", "\r\n").encode("utf-8"))') >"$work/courtdesk.toml"

out="$repo/dist/courtdesk-$version-setup.exe"
# COURTDESK_NSIS_TARGET=x86-unicode: a 32-bit setup (for NSIS builds without 64-bit stubs).
makensis -V2 -WX -INPUTCHARSET UTF8 -DTARGET="${COURTDESK_NSIS_TARGET:-amd64-unicode}" \
  -DVERSION="$version" -DVI_VERSION="$vi_version" \
  -DBUNDLE_DIR="$(cd "$bundle" && pwd)" -DTEMPLATE_FILE="$work/courtdesk.toml" -DOUTFILE="$out" \
  "$repo/installers/windows/courtdesk.nsi"
say "wrote ${out#"$repo"/}"
