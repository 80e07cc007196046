#!/usr/bin/env bash
# dist/courtdesk-server_VERSION_ARCH.deb from the server wheel (called by build.sh):
#
#   bash installers/server/build_deb.sh WHEEL VERSION PYTHON
#
# Why a PyInstaller bundle and not the wheel installed into a venv at install time: courts'
# Debian-based systems (UOS, Kylin, Debian) ship different Python versions, and a venv
# built by postinst would need that Python to be new enough and either network access or
# wheels matching its ABI. The bundle carries its own Python 3 and compiled dependencies, so
# apt-get install works offline and the same way everywhere; the one thing it needs from the
# system is a glibc at least as new as the build machine's (the Depends line says which:
# build on the oldest distribution you deploy to).
set -euo pipefail

wheel="$1"
version="$2"
python="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dist="${COURTDESK_DIST:-$repo/dist}"
build="${COURTDESK_BUILD:-$repo/build}/server"
venv="$build/bundle-venv"
arch="$(dpkg --print-architecture)"
deb="$dist/courtdesk-server_${version}_${arch}.deb"

say() { printf 'courtdesk build server: %s\n' "$*" >&2; }

# A build environment holding the wheel's dependencies and nothing of the desktop, so the
# bundle cannot pick up Qt or Vosk by accident. Kept between builds; the wheel is reinstalled.
if [ ! -x "$venv/bin/python" ]; then
  say "build environment in $venv"
  "$python" -m venv "$venv"
  # The same PyInstaller range as pyproject's build extra (the desktop bundle).
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.6,<7"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall \
  --no-deps "$wheel"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"
site="$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')"

say "bundling with PyInstaller"
rm -rf "$build/pyinstaller"
# Stripped libraries: a third smaller (binutils' strip; without it the bundle is just larger).
strip=()
command -v strip >/dev/null 2>&1 && strip=(--strip)
# Alembic reads the migrations as .py files at run time; uvicorn, SQLAlchemy and psycopg
# load their protocol, dialect and binary modules by name.
"$venv/bin/python" -m PyInstaller --noconfirm --onedir --name courtdesk-server --log-level WARN \
  "${strip[@]}" \
  --distpath "$build/pyinstaller/dist" --workpath "$build/pyinstaller/work" \
  --specpath "$build/pyinstaller" \
  --add-data "$site/courtdesk/case_server/migrations:courtdesk/case_server/migrations" \
  --collect-submodules courtdesk.case_server --collect-submodules courtdesk.common \
  --collect-submodules uvicorn \
  --hidden-import sqlalchemy.dialects.sqlite.pysqlite \
  --hidden-import sqlalchemy.dialects.postgresql.psycopg \
  --collect-all psycopg_binary \
  "$here/courtdesk_server_main.py"
bundle="$build/pyinstaller/dist/courtdesk-server"

root="$build/deb-root"
rm -rf "$root"
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/lib/systemd/system" \
  "$root/etc/courtdesk-server" "$root/usr/share/doc/courtdesk-server"
cp -a "$bundle" "$root/opt/courtdesk-server"
install -m 0755 "$here/debian/courtdesk-server.sh" "$root/usr/bin/courtdesk-server"
install -m 0644 "$here/debian/courtdesk-server.service" "$root/lib/systemd/system/"
install -m 0640 "$here/debian/courtdesk-server.conf" "$root/etc/courtdesk-server/"
for script in postinst prerm postrm; do
  install -m 0755 "$here/debian/$script" "$root/DEBIAN/$script"
done
echo /etc/courtdesk-server/courtdesk-server.conf > "$root/DEBIAN/conffiles"
cat > "$root/usr/share/doc/courtdesk-server/copyright" <<'TEXT'
courtdesk-server: courtdesk's case server, with the Python runtime and libraries it is
bundled with (each under its own license, kept in /opt/courtdesk-server/_internal).
License: GPL-3.0-or-later (see /usr/share/common-licenses/GPL-3).
TEXT

# The newest glibc symbol version any bundled binary asks for is what the system must have.
glibc="$(find "$root/opt/courtdesk-server" -type f \( -name '*.so*' -o -name courtdesk-server \) \
  -exec grep -aoh 'GLIBC_2\.[0-9]*' {} + | sort -u -V | tail -n 1 | cut -d_ -f2)"
installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<TEXT
Package: courtdesk-server
Version: $version
Architecture: $arch
Maintainer: courtdesk developers <noreply@courtdesk.invalid>
Installed-Size: $installed_kb
Depends: libc6 (>= $glibc), passwd, util-linux
Section: net
Priority: optional
Description: courtdesk case server for a court's laptops
 The court-side end of courtdesk's offline-first sync: accounts and roles, case
 membership, records and files the laptops send, audit trails with signed
 receipts, the court's law library. SQLite by default, PostgreSQL for
 production. A systemd service; no desktop parts (no Qt, Vosk or PyMuPDF).
TEXT

mkdir -p "$dist"
dpkg-deb --root-owner-group -Zzstd --build "$root" "$deb" >/dev/null
say "$deb"
