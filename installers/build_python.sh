# Sourced by each recipe under installers/: the Python that builds, chosen one way for all.
# PYTHON=... when given; else the active virtualenv's; else the checkout's .venv; else
# python3. It needs courtdesk's dependencies (and PyInstaller for bundles: '.[build]').
# shellcheck shell=bash
build_python() {
  local repo="$1"
  if [ -n "${PYTHON:-}" ]; then
    printf '%s\n' "$PYTHON"
  elif [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
    printf '%s\n' "$VIRTUAL_ENV/bin/python"
  elif [ -x "$repo/.venv/bin/python" ]; then
    printf '%s\n' "$repo/.venv/bin/python"
  else
    printf '%s\n' python3
  fi
}
