#!/usr/bin/env bash
# Build the Linux app bundle (dist/kitemark/) and the Debian package (dist/kitemark_<version>_<arch>.deb).
#
#   installers/linux/build.sh            # uses ./.venv/bin/python if present, else python3 (or $PYTHON)
#
# DEB_COMPRESSION=gzip makes a bigger .deb about a minute faster (the installer test uses it); default xz.
# Needs PyInstaller (pip install -e ".[build]"), objdump (binutils) and dpkg-deb (dpkg). The package installs the
# bundle into /opt/kitemark, links /usr/bin/kitemark to it and adds a menu entry, icons and AppStream metainfo.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
"$PYTHON" -c "import PyInstaller" 2>/dev/null ||
    { echo "build.sh: PyInstaller is missing; run: $PYTHON -m pip install -e '.[build]'" >&2; exit 1; }
for tool in objdump dpkg-deb dpkg; do
    command -v "$tool" >/dev/null ||
        { echo "build.sh: '$tool' is missing; install the Debian packages binutils and dpkg" >&2; exit 1; }
done

APP_ID=org.kitemark.Kitemark
VERSION=$("$PYTHON" -c "import kitemark_app; print(kitemark_app.__version__)")
ARCH=$(dpkg --print-architecture)
BUNDLE=dist/kitemark
DEB=dist/kitemark_${VERSION}_${ARCH}.deb

echo "== PyInstaller: $BUNDLE"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/kitemark.spec

# Python built from source (pyenv, CI images) keeps its debug symbols: about 30 MB we need not ship.
# Only these are stripped; third-party wheels' libraries are left alone (patchelf-edited files can break).
find "$BUNDLE/_internal" \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' \) -type f \
    -exec strip --strip-debug {} +

"$PYTHON" installers/bundle_policy.py "$BUNDLE"

echo "== Debian package: $DEB"
STAGE=build/deb/kitemark_${VERSION}_${ARCH}
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo"
cp -a "$BUNDLE" "$STAGE/opt/kitemark"
ln -s /opt/kitemark/kitemark "$STAGE/usr/bin/kitemark"
install -m 644 "installers/linux/$APP_ID.desktop" "$STAGE/usr/share/applications/"
BUILD_DATE=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%F)
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$BUILD_DATE/" "installers/linux/$APP_ID.metainfo.xml" \
    > "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "kitemark_app/resources/icons/kitemark-$size.png" \
        "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 kitemark_app/resources/icons/kitemark.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
chmod -R u=rwX,go=rX "$STAGE"

# The bundle carries its own Qt, Python and most libraries; these come from the system: the C library it was
# built against (or newer), OpenGL/EGL, the X and Wayland client libraries, and fontconfig's configuration.
GLIBC=$(getconf GNU_LIBC_VERSION | awk '{print $2}')
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: kitemark
Version: $VERSION
Architecture: $ARCH
Maintainer: The Kitemark developers <kitemark@invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: libc6 (>= $GLIBC), libegl1, libgl1, libxcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1,
 fontconfig-config
Recommends: fonts-dejavu-core | fonts-liberation2
Section: misc
Priority: optional
Description: self-assessment and signed submission packs for a borough's VCO Kitemark
 Kitemark helps a small charity or community group work through its borough's
 quality Kitemark: answer each criterion, attach evidence, see what still
 blocks a submission and export one digitally signed PDF submission pack.
 Council assessors use the same app to verify and review a pack.
 .
 The app makes no network connections; data stays in the user's data folder,
 which removing the package leaves alone.
CONTROL

dpkg-deb --root-owner-group "-Z${DEB_COMPRESSION:-xz}" --build "$STAGE" "$DEB" >/dev/null
echo "== done"
du -sh "$BUNDLE"
ls -l "$DEB"
