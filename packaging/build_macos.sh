#!/usr/bin/env bash
# Build "CRM Sync.app" and a disk image on macOS (R-PKG), for the Mac's own architecture,
# with Python 3.11+:
#
#   bash packaging/build_macos.sh
#
# Gives dist/CRM Sync.app (crmsync-gui, the window, is the app; crmsync, the command line,
# is in Contents/MacOS too) and dist/crmsync-VERSION-macos-ARCH.dmg. Signed ad hoc only
# (PyInstaller's default): not notarised, so Gatekeeper asks the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet -e '.[build]'
version=$(.venv/bin/python -c 'import crmsync_gui; print(crmsync_gui.__version__)')

app="dist/CRM Sync.app"
rm -rf "$app" dist/crmsync
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/crmsync.spec

# Smoke tests, on the programs inside the .app.
home=$(mktemp -d)
QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  "$app/Contents/MacOS/crmsync-gui" --demo --smoke-test --home "$home"
rm -rf "$home"
"$app/Contents/MacOS/crmsync" --version

# The disk image: the app and a link to /Applications to drag it onto.
staging=$(mktemp -d)
ditto "$app" "$staging/CRM Sync.app"
ln -s /Applications "$staging/Applications"
dmg="dist/crmsync-$version-macos-$(uname -m).dmg"
hdiutil create -volname "CRM Sync" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"
echo "app: $app ($(du -sh "$app" | cut -f1)); disk image: $dmg ($(du -h "$dmg" | cut -f1))"
