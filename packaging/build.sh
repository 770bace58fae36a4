#!/usr/bin/env bash
# Builds the desktop bundle (PyInstaller, one folder): dist/voice-studio/voice-studio
#
#   packaging/build.sh            build
#   packaging/build.sh --smoke    build, then launch the bundle offscreen and wait for its ready line
#
# Installs PyInstaller into the project's virtual environment when it is missing (the `packaging`
# extra in pyproject.toml), compiles the translations, then runs packaging/voice-studio.spec.
# VOICE_STUDIO_VENV picks another environment; VOICE_STUDIO_DIST_DIR and VOICE_STUDIO_WORK_DIR move
# the output (default dist/) and PyInstaller's work folder (default build/pyinstaller/).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VOICE_STUDIO_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
DIST="${VOICE_STUDIO_DIST_DIR:-$ROOT/dist}"
WORK="${VOICE_STUDIO_WORK_DIR:-$ROOT/build/pyinstaller}"
SMOKE=0
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

if [ ! -x "$PY" ]; then
  # A fresh checkout: the same set-up as scripts/run (system packages, venv, project).
  bash "$ROOT/scripts/_setup.sh" ""
fi
if ! "$PY" -c "import PyInstaller" >/dev/null 2>&1; then
  echo "build.sh: installing PyInstaller into $VENV"
  "$PY" -m pip install -q "pyinstaller>=6.5"
fi
(cd "$ROOT" && "$PY" -m studio.i18n build)

started=$(date +%s)
(cd "$ROOT" && "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/voice-studio.spec)
elapsed=$(( $(date +%s) - started ))

APP="$DIST/voice-studio/voice-studio"
[ -x "$APP" ] || { echo "build.sh: $APP was not produced" >&2; exit 1; }
# The desktop entry and icon, laid out as under /usr/share, for whoever installs the folder.
install -Dm644 "$ROOT/packaging/voice-studio.desktop" "$DIST/voice-studio/share/applications/voice-studio.desktop"
install -Dm644 "$ROOT/resources/icons/voice-studio.svg" \
  "$DIST/voice-studio/share/icons/hicolor/scalable/apps/voice-studio.svg"
size=$(du -sh "$DIST/voice-studio" | cut -f1)
echo "build.sh: built $APP in ${elapsed}s ($size)"

if [ "$SMOKE" = 1 ]; then
  "$PY" "$ROOT/packaging/smoke_test.py" "$APP"
fi
