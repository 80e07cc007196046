#!/usr/bin/env bash
# Build what court IT installs. Output goes to dist/ in the source checkout.
#
#   installers/build.sh bundle    the desktop app as a PyInstaller one-folder bundle
#   installers/build.sh deb       the bundle as a .deb (builds the bundle first when missing)
#   installers/build.sh server    the case server on its own: no Qt, Vosk or PyMuPDF
#   installers/build.sh model ZIP a .deb that installs a Vosk speech model IT was given
#   installers/build.sh windows   the Windows installer, from a bundle built on Windows
#
# Each target's recipe lives in its own folder under installers/ (bundle/, deb/, server/,
# model/, windows/), so one recipe can change without touching the others.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-}"
shift || true
case "$target" in
  bundle|deb|server|model|windows)
    recipe="$repo/installers/$target/build.sh"
    if [ ! -f "$recipe" ]; then
      printf 'courtdesk build: no recipe for %s yet (%s)\n' "$target" "${recipe#"$repo"/}" >&2
      exit 2
    fi
    exec bash "$recipe" "$@" ;;
  *)
    printf 'usage: %s bundle|deb|server|model ZIP|windows\n' "$0" >&2
    exit 2 ;;
esac
