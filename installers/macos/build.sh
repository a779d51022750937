#!/usr/bin/env bash
# Build Kitemark.app and the disk image dist/Kitemark-<version>-macos-<arch>.dmg. Run on a Mac.
#
#   installers/macos/build.sh            # uses ./.venv/bin/python if present, else python3 (or $PYTHON)
#
# Needs PyInstaller (pip install -e ".[build]"); hdiutil and ditto come with macOS. The app is ad-hoc signed by
# PyInstaller, not notarised: the first start needs right-click > Open (see the README's Install section).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
"$PYTHON" -c "import PyInstaller" 2>/dev/null ||
    { echo "build.sh: PyInstaller is missing; run: $PYTHON -m pip install -e '.[build]'" >&2; exit 1; }

VERSION=$("$PYTHON" -c "import kitemark_app; print(kitemark_app.__version__)")
ARCH=$(uname -m)
APP=dist/Kitemark.app
DMG=dist/Kitemark-${VERSION}-macos-${ARCH}.dmg

echo "== PyInstaller: $APP"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/kitemark.spec
"$PYTHON" installers/bundle_policy.py "$APP"

echo "== Disk image: $DMG"
STAGE=build/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/Kitemark.app"
ln -s /Applications "$STAGE/Applications"  # drag the app onto this to install
hdiutil create -volname Kitemark -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "== done"
du -sh "$APP"
ls -l "$DMG"
