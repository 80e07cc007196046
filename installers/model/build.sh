#!/usr/bin/env bash
# A .deb that installs a Vosk speech model court IT was given, for every user of the PC:
#
#   installers/build.sh model vosk-model-cn-0.22.zip [--language zh|ko|en] [--name NAME] [--out DIR]
#
# gives dist/courtdesk-model-cn_0.22_all.deb. It holds the unpacked model in
# /var/lib/courtdesk/models/<name>/ with courtdesk-model.json beside its files (name, hearing
# language, checksum of every file), written by the same code as `courtdesk models install`,
# so the package needs no install script and `courtdesk models verify` checks it. It
# provides courtdesk-speech-<language> (e.g. courtdesk-speech-zh), so another package can
# depend on a model of a language. Version: the model's own (…-0.22), or COURTDESK_VERSION.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../build_python.sh
. "$repo/installers/build_python.sh"
python="$(build_python "$repo")"
say() { printf 'courtdesk model: %s\n' "$*" >&2; }
usage() { say "usage: installers/build.sh model MODEL.zip [--language zh|ko|en] [--name NAME] [--out DIR]"; exit 2; }

zip="${1:-}"; [ -n "$zip" ] || usage; shift
language="" name="" out="$repo/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --language) language="${2:-}"; shift 2 ;;
    --name) name="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    *) usage ;;
  esac
done
command -v dpkg-deb >/dev/null || { say "dpkg-deb is missing (apt-get install dpkg)"; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/courtdesk-model.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# This checkout's model code, whatever way courtdesk is installed in this Python.
mkdir -p "$work/src/courtdesk" "$work/root/DEBIAN"
: > "$work/src/courtdesk/__init__.py"
for folder in speech offline_cache app; do ln -s "$repo/$folder" "$work/src/courtdesk/$folder"; done

# 1. Check and unpack the model as `courtdesk models install` does, into the package's tree.
models="$work/root/var/lib/courtdesk/models"
PYTHONPATH="$work/src" "$python" - "$zip" "$language" "$name" "$models" "$work/model.env" <<'PY'
import re
import sys
from pathlib import Path

from courtdesk.offline_cache.errors import CourtdeskError
from courtdesk.speech.models import install, language_name

source, language, name, root, env = sys.argv[1:]
try:
    info, _ = install(Path(source), language, name, root=Path(root))
except CourtdeskError as exc:
    print(f"courtdesk model: {exc.message}", file=sys.stderr)
    sys.exit(1)
# vosk-model-small-cn-0.22: package courtdesk-model-small-cn, version 0.22
match = re.match(r"^(?:vosk-model-)?(.+?)(?:-(\d[\w.+~]*))?$", info.name.lower())
package, version = match.group(1), match.group(2) or ""
package = re.sub(r"[^a-z0-9.+-]+", "-", package).strip("-.") or "model"
Path(env).write_text(
    f"model_name='{info.name}'\nmodel_language='{info.language}'\n"
    f"model_language_name='{language_name(info.language)}'\n"
    f"package='courtdesk-model-{package}'\nmodel_version='{version}'\n", "utf-8")
PY
# shellcheck disable=SC1091
. "$work/model.env"
version="${COURTDESK_VERSION:-${model_version:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$repo/pyproject.toml")}}"

# 2. The package's control data.
chmod -R u=rwX,go=rX "$work/root/var"
size_kib="$(du -sk "$work/root/var" | cut -f1)"
cat > "$work/root/DEBIAN/control" <<CONTROL
Package: $package
Version: $version
Architecture: all
Maintainer: courtdesk <courtdesk@localhost>
Section: misc
Priority: optional
Installed-Size: $size_kib
Provides: courtdesk-speech-$model_language
Enhances: courtdesk
Description: $model_language_name speech model for courtdesk ($model_name)
 The Vosk speech model $model_name, unpacked into /var/lib/courtdesk/models for
 every user of this PC. courtdesk transcribes hearings held in $model_language_name
 with it (machine config: [speech] language = "$model_language").
CONTROL
(cd "$work/root" && find var -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums)

# 3. Build. gzip: older dpkg (Debian 10 based UOS and Kylin) cannot read zstd, and xz takes
#    minutes for a model that hardly compresses. COURTDESK_DEB_COMPRESSION=none for a quick
#    local build.
mkdir -p "$out"
deb="$out/${package}_${version}_all.deb"
dpkg-deb --root-owner-group -Z"${COURTDESK_DEB_COMPRESSION:-gzip}" -z6 --build "$work/root" "$deb" >/dev/null
say "built $deb ($(du -h "$deb" | cut -f1); $model_name, $model_language_name)"
printf '%s\n' "$deb"
