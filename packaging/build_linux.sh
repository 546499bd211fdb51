#!/usr/bin/env bash
# Build the Linux one-folder app with PyInstaller, then smoke-test it (R-PKG).
#
#   bash packaging/build_linux.sh
#
# Uses the project's .venv (made like .ci/run if missing), installs the `build` extra
# (PyInstaller), builds dist/crmsync/ from packaging/crmsync.spec, adds the .desktop
# entry and the icon, runs the bundle (window offscreen on the demo, and the command
# line), then packs dist/crmsync-VERSION-linux-ARCH.tar.gz. build/ and dist/ are
# git-ignored. Needs Qt's runtime libraries (see .ci/run) and about 1 GB of free space.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS=0

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install --quiet --upgrade pip
  .venv/bin/pip install --quiet -e .
fi
# The `build` extra of pyproject.toml, without reinstalling the project itself.
mapfile -t build_requirements < <(.venv/bin/python -c '
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["optional-dependencies"]["build"]))')
.venv/bin/pip install --quiet "${build_requirements[@]}"

version=$(.venv/bin/python -c 'import crmsync_gui; print(crmsync_gui.__version__)')
bundle=dist/crmsync
echo "== building CRM Sync $version with PyInstaller $(.venv/bin/pyinstaller --version)"
rm -rf "$bundle"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/crmsync.spec
cp packaging/crmsync.desktop resources/crmsync.png "$bundle/"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$bundle/crmsync.desktop"
fi
build_seconds=$SECONDS

echo "== smoke test: the window on the demo, offscreen, in French"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# Never the real keyring (the demo keeps its tokens in its profile anyway).
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
if ! output=$(env -u LC_ALL QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LANGUAGE=fr \
              timeout 180 "$bundle/crmsync-gui" --demo --smoke-test --home "$home"); then
  echo "smoke test FAILED: crmsync-gui exited non-zero" >&2
  tail -n 30 "$home/demo/logs/crmsync.log" >&2 || true
  exit 1
fi
echo "$output"
if ! grep -Eq "^crmsync-gui ${version//./\\.}: demo opened, [0-9]+ changes pending$" \
     <<<"$output"; then
  echo "smoke test FAILED: unexpected output" >&2
  exit 1
fi
for translation in qtbase_fr.qm crmsync_fr.qm; do
  if ! grep -q "translation .*$translation loaded" "$home/demo/logs/crmsync.log"; then
    echo "smoke test FAILED: $translation was not loaded" >&2
    exit 1
  fi
done

echo "== smoke test: the command line"
cli_version=$("$bundle/crmsync" --version)
echo "$cli_version"
[ "$cli_version" = "crmsync $version" ] || { echo "unexpected: $cli_version" >&2; exit 1; }
# The demo through the command line: its own sandbox in-process, the People API.
"$bundle/crmsync" --home "$home" --demo preview --json >/dev/null
echo "crmsync --demo preview: ok"

echo "== what is inside"
documents=$(find "$bundle" -path '*googleapiclient/discovery_cache/documents/*' -type f)
[ "$documents" = "$bundle/_internal/googleapiclient/discovery_cache/documents/people.v1.json" ] \
  || { echo "unexpected discovery documents: $documents" >&2; exit 1; }
echo "discovery documents: people.v1.json only"

arch=$(uname -m)
archive="dist/crmsync-$version-linux-$arch.tar.gz"
tar -C dist -czf "$archive" crmsync
echo "== done in ${SECONDS} s (build ${build_seconds} s)"
echo "bundle: $bundle: $(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files"
echo "archive: $archive: $(du -h "$archive" | cut -f1)"
