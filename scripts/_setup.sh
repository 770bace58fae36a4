#!/usr/bin/env bash
# Shared set-up for scripts/run and scripts/test: system packages, a virtual environment, the
# project with its extras, and compiled translations. Safe to run again: each step is skipped
# when it is already done.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VOICE_STUDIO_VENV:-$ROOT/.venv}"
EXTRAS="${1:-}"

# Debian package names for what the studio needs from the system.
SYSTEM_PACKAGES=(
  libportaudio2            # sounddevice (PortAudio)
  libasound2-plugins       # ALSA -> PulseAudio bridge
  pulseaudio pulseaudio-utils  # user-mode sound server (null sink when there is no sound card)
  espeak-ng                # offline base voice and generated test speech
  sox ffmpeg               # reference measurements in tests and benchmarks
  fonts-wqy-microhei       # Chinese glyphs
  xvfb xauth               # a virtual screen for screenshots
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
)

missing_system_packages() {
  local pkg
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "voice-studio: not a Debian system. Install the equivalents of:" >&2
    echo "  ${SYSTEM_PACKAGES[*]}" >&2
    echo "then run this command again. Continuing with what is available." >&2
    return 0
  fi
  local missing
  missing="$(missing_system_packages | tr '\n' ' ')"
  [ -z "${missing// /}" ] && return 0
  if [ "$(id -u)" != "0" ]; then
    echo "voice-studio: these system packages are missing; install them with:" >&2
    echo "  sudo apt-get install -y $missing" >&2
    echo "Continuing with what is available." >&2
    return 0
  fi
  echo "voice-studio: installing system packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

install_python() {
  local stamp="$VENV/.voice-studio-stamp" want
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$EXTRAS"
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    if [ -n "$EXTRAS" ]; then
      "$VENV/bin/python" -m pip install -q -e "$ROOT[$EXTRAS]"
    else
      "$VENV/bin/python" -m pip install -q -e "$ROOT"
    fi
    echo "$want" > "$stamp"
  fi
}

build_translations() {
  "$VENV/bin/python" -m studio.i18n build
}

install_system_packages
install_python
build_translations
