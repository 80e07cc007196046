#!/usr/bin/env bash
# Set up courtdesk from a source checkout, then run it or its tests.
#
#   installers/bootstrap.sh run    set up, create the demo case in the demo's own profile, open it
#   installers/bootstrap.sh test   set up, then run the whole test suite (what CI runs)
#   installers/bootstrap.sh setup  set up only
#
# Setting up: Debian packages (when run as root; otherwise it prints the apt-get line to run),
# a virtual environment in .venv with courtdesk and its test tools, and compiled translations.
# Safe to run again: each step skips what is already done.
set -euo pipefail

mode="${1:-run}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo/.venv"
python="${PYTHON:-python3}"

# What courtdesk needs from the system: PortAudio for microphones, CJK fonts so Chinese and
# Korean are not drawn as boxes (fonts-noto-cjk also carries Noto Serif CJK, the face the
# record is printed in), espeak-ng/sox for the demo hearing audio and speech tests,
# Tesseract with Chinese and Korean for OCR of scanned case files, the libraries Qt loads, and
# PulseAudio with ALSA's pulse plugin (tests: a real-time microphone that can vanish), and
# SoftHSM2 + OpenSC: a real PKCS#11 token and its tool, for the court seal on a USB key;
# python3-venv: Debian's Python makes no virtualenv without it; poppler-utils: tests render
# signed pages with a second PDF engine (pdftoppm) besides PyMuPDF; chromium: the browser
# receiver's tests drive the system browser with Playwright (no browser download; its own
# node program needs libatomic1, which a minimal Debian lacks); binutils and libpython3-dev:
# PyInstaller reads libraries with objdump and bundles the shared libpython (the .deb tests);
# iproute2: the discovery test joins two network namespaces (`ip netns`), as mDNS does
# not cross loopback; x11-xserver-utils: xrandr plugs monitors in and out of Xvfb for the
# presenter window's test; nsis and wine64: the Windows installer is compiled with makensis and
# its silent install, upgrade and uninstall run under wine64 (64-bit only, no i386 needed).
# debootstrap: package tests install the .debs into a clean Debian root.
debian_packages=(
  libportaudio2 fonts-noto-cjk espeak-ng sox
  tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-kor
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 xvfb x11-xserver-utils
  postgresql
  pulseaudio libasound2-plugins
  softhsm2 opensc
  python3-venv poppler-utils
  chromium libatomic1
  binutils libpython3-dev
  iproute2
  nsis wine64
  debootstrap
)

say() { printf 'courtdesk setup: %s\n' "$*" >&2; }

install_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian/Ubuntu system: install PortAudio, a CJK font (Noto Sans CJK), espeak-ng, sox and Tesseract (chi_sim, kor) with your package manager"
    return
  fi
  local missing=()
  for pkg in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -eq 0 ]; then
    say "installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "missing system packages; install them with:"
    say "  sudo apt-get install ${missing[*]}"
  fi
}

install_python_environment() {
  # A .venv left without pip by an earlier failed start (no python3-venv then) is made anew.
  if [ -x "$venv/bin/python" ] && ! "$venv/bin/python" -m pip --version >/dev/null 2>&1; then
    say "the .venv has no pip (an earlier setup failed): making it again"
    rm -rf "$venv"
  fi
  if [ ! -x "$venv/bin/python" ]; then
    "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
      say "courtdesk needs Python 3.11 or newer ($python is $("$python" --version 2>&1))"; exit 1; }
    say "creating $venv"
    "$python" -m venv "$venv"
  fi
  local stamp="$venv/.courtdesk-installed"
  # A .venv made before courtdesk moved to sqlcipher3-wheels still has sqlcipher3-binary
  # (Linux x86_64 only). Both install the module sqlcipher3, and removing one deletes the
  # files the other shares: remove both, and the install below puts the new one back whole.
  if [ -f "$stamp" ] && ! "$venv/bin/python" -c '
import importlib.metadata as m, sys
try:
    m.version("sqlcipher3-binary")
    sys.exit(1)
except m.PackageNotFoundError:
    import sqlcipher3
    sqlcipher3.connect' >/dev/null 2>&1; then
    say "putting the store's SQLCipher binding (sqlcipher3-wheels) in .venv, in place of sqlcipher3-binary or a broken one"
    "$venv/bin/python" -m pip uninstall -q -y sqlcipher3-binary sqlcipher3-wheels
    rm -f "$stamp"
  fi
  if [ ! -f "$stamp" ] || [ "$repo/pyproject.toml" -nt "$stamp" ]; then
    say "installing courtdesk and its test tools into .venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e "$repo[test,build]"  # build: the .deb test
    touch "$stamp"
  fi
}

# PySide6 6.12.0, the release whose lost references to None/True abort the GUI on Python
# 3.11: tests/ui/test_ui_qt_runtime.py shows on it that its probe catches the bug and that
# courtdesk's guard holds. Kept apart from .venv (never importable by courtdesk) and across
# checkouts; about 85 MB to download once.
known_bad_qt="${XDG_CACHE_HOME:-$HOME/.cache}/courtdesk-tests/pyside6-6.12.0"

install_known_bad_qt() {
  [ -d "$known_bad_qt" ] && return
  say "fetching PySide6 6.12.0 for the Qt refcount test into $known_bad_qt"
  rm -rf "$known_bad_qt.partial"
  "$venv/bin/python" -m pip install -q --no-deps --target "$known_bad_qt.partial" \
    PySide6-Essentials==6.12.0 shiboken6==6.12.0
  mv "$known_bad_qt.partial" "$known_bad_qt"
}

build_translations() {
  "$venv/bin/python" "$repo/installers/build_translations.py"
}

setup() {
  install_system_packages
  install_python_environment
  build_translations
}

run_app() {
  local courtdesk="$venv/bin/courtdesk"
  # The demo gets a profile of its own (`courtdesk --demo`): its accounts, court IT's admin
  # among them, share a published password and must never be in the profile real cases
  # are kept in. `courtdesk demo` refuses on a PC whose machine config names a server.
  "$courtdesk" --demo demo
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
    say "no display here, so the window cannot open. The demo case is in the demo profile; try:"
    say "  $courtdesk --demo --user clerk case list      (password: courtdesk-demo)"
    say "  $courtdesk doctor"
    say "or open the window on a virtual screen: xvfb-run -s '-screen 0 1600x1000x24' $courtdesk --demo"
    return 0
  fi
  exec "$courtdesk" --demo
}

run_tests() {
  cd "$repo"
  export QT_QPA_PLATFORM=offscreen
  set +e
  # One worker per core, a test file per worker at a time (module fixtures stay shared):
  # most tests wait on a server, a device or a second process, so two workers on two cores
  # finish the suite in little more than half the time. -rs: say why any test was skipped.
  "$venv/bin/python" -m pytest -q -rs -n auto --dist loadfile "${@}"
  local status=$?
  set -e
  # pytest exits 5 when it collected no tests: say so rather than fail silently.
  if [ $status -eq 5 ]; then say "no tests were collected"; return 0; fi
  return $status
}

case "$mode" in
  setup) setup ;;
  run) setup; run_app ;;
  test) shift || true; setup; install_known_bad_qt; run_tests "$@" ;;
  *) say "usage: $0 run|test|setup"; exit 2 ;;
esac
