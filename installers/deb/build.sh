#!/usr/bin/env bash
# The desktop bundle as a Debian package: dist/courtdesk_VERSION_ARCH.deb.
#
#   COURTDESK_VERSION=0.2.0 installers/build.sh deb    another version (default: pyproject's)
#
# Builds the bundle first when dist/courtdesk is missing. The architecture is this machine's
# (`dpkg --print-architecture`): on an arm64 machine the same recipe makes the arm64 package.
# The package installs the bundle in /opt/courtdesk, /usr/bin/courtdesk, a menu entry and
# icon; its maintainer scripts install court IT's preseeded machine config (see README.Debian).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
say() { printf 'courtdesk deb: %s\n' "$*" >&2; }

version="${COURTDESK_VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$repo/pyproject.toml" | head -1)}"
arch="$(dpkg --print-architecture)"
maintainer="${COURTDESK_MAINTAINER:-courtdesk maintainers <courtdesk@localhost>}"
bundle="$repo/dist/courtdesk"
[ -x "$bundle/courtdesk" ] || bash "$repo/installers/bundle/build.sh"

stage="$repo/build/deb/courtdesk_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/courtdesk" \
  "$stage/usr/share/doc/courtdesk"

cp -a "$bundle" "$stage/opt/courtdesk"
# Libraries without their symbol tables: a fifth smaller, as Debian ships them (binutils'
# strip; without it the package is just larger). Not the program file (its archive is appended)
# nor the wheels' vendored libraries (name-hashed, patched by auditwheel: strip breaks them).
if command -v strip >/dev/null 2>&1; then
  find "$stage/opt/courtdesk/_internal" -type f -name '*.so*' ! -path '*.libs/*' \
    ! -regex '.*-[0-9a-f]\{8\}\(\.so\|-[0-9a-f]\{8\}\.so\).*' \
    -exec strip --strip-unneeded {} +
fi
ln -s /opt/courtdesk/courtdesk "$stage/usr/bin/courtdesk"
install -m 0644 "$here/courtdesk.desktop" "$stage/usr/share/applications/courtdesk.desktop"
install -m 0644 "$here/courtdesk.svg" "$stage/usr/share/icons/hicolor/scalable/apps/courtdesk.svg"
# Menus that take no SVG (older UKUI/DDE themes) get PNGs, drawn by the bundle's own Qt.
for size in 48 256; do
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
done
# shellcheck source=../build_python.sh
. "$repo/installers/build_python.sh"
python="$(build_python "$repo")"
QT_QPA_PLATFORM=offscreen "$python" - "$here/courtdesk.svg" "$stage" <<'PY' \
  || say "no PNG icons (needs PySide6 in \$PYTHON); the SVG serves every current desktop"
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication([])
renderer = QSvgRenderer(sys.argv[1])
for size in (48, 256):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(f"{sys.argv[2]}/usr/share/icons/hicolor/{size}x{size}/apps/courtdesk.png")
PY

# The machine config template with every setting commented out: defaults, no court named.
"$bundle/courtdesk" config template | sed -e 's/^\([^#]\)/# \1/' \
  > "$stage/usr/share/courtdesk/courtdesk.toml.template"
install -m 0644 "$here/README.Debian" "$stage/usr/share/doc/courtdesk/README.Debian"
gzip -9n < "$here/changelog" > "$stage/usr/share/doc/courtdesk/changelog.gz"
sed "s/@VERSION@/$version/" "$here/copyright" > "$stage/usr/share/doc/courtdesk/copyright"

# Run-time needs the bundle does not carry: PortAudio (microphones), Noto CJK (Chinese and
# Korean text and the printed record), the X11/EGL/GL/xkbcommon/fontconfig/D-Bus libraries
# Qt's xcb and Wayland platforms load, Tesseract with Chinese and Korean (PyMuPDF's OCR finds its
# tessdata through the tesseract command), debconf for the preseed.
# The bundle's Python and libraries were linked against this machine's glibc: that one or newer.
libc="$(dpkg-query -W -f='${Version}' libc6 | sed 's/-[^-]*$//')"
depends="libc6 (>= $libc), libportaudio2, fonts-noto-cjk, libegl1, libgl1, libopengl0, libxkbcommon0,
 libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, libx11-6,
 libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0,
 libxcb-randr0, libxcb-render-util0, libxcb-image0, libxcb-xinerama0, libxcb-xkb1,
 libxcb-glx0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-render0, libxcb-util1,
 libwayland-client0, libwayland-cursor0, libwayland-egl1,
 tesseract-ocr, tesseract-ocr-chi-sim, tesseract-ocr-kor, debconf (>= 0.5) | debconf-2.0"
# Optional: fc-list finds Noto Serif CJK in other folders. A desktop keyring (the desktop's
# own: DDE, UKUI, GNOME) keeps the store key; without one a passphrase is asked.
recommends="fontconfig"
depends="$(printf '%s' "$depends" | tr -s '\n ' ' ')"

installed_size="$(du -sk --apparent-size "$stage" --exclude=DEBIAN | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@MAINTAINER@/$maintainer/" \
  -e "s/@INSTALLED_SIZE@/$installed_size/" -e "s/@DEPENDS@/$depends/" \
  -e "s/@RECOMMENDS@/$recommends/" "$here/control.in" > "$stage/DEBIAN/control"
install -m 0755 "$here/config" "$here/postinst" "$here/postrm" "$stage/DEBIAN/"
install -m 0644 "$here/templates" "$stage/DEBIAN/templates"

# dpkg-deb would otherwise record the builder's umask; libraries are not programs.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage/opt/courtdesk/_internal" -type f -name '*.so*' -exec chmod 0644 {} +
chmod -R go-w "$stage"
mkdir -p "$repo/dist"
out="$repo/dist/courtdesk_${version}_${arch}.deb"
# zstd packs in seconds (xz takes minutes); dpkg before 1.21.18 (Debian 10 based UOS 20 and
# Kylin V10) cannot read it: build those with COURTDESK_DEB_COMPRESSION=xz.
dpkg-deb --root-owner-group -Z"${COURTDESK_DEB_COMPRESSION:-zstd}" --build "$stage" "$out" >/dev/null
say "built $out ($(du -h "$out" | cut -f1), installs $((installed_size / 1024)) MB)"
