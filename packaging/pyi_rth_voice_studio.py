"""PyInstaller runtime hook: let sounddevice find the PortAudio library shipped in the bundle.

sounddevice looks PortAudio up with `ctypes.util.find_library("portaudio")`, which on Linux asks
`ldconfig` about the *system* and so returns None on a machine without libportaudio2, even though
the bundle carries `libportaudio.so.2`. Answer from the bundle first; everything else falls through.
"""

import ctypes.util
import os
import sys

_BUNDLED = {"portaudio": "libportaudio.so.2"}
_system_find_library = ctypes.util.find_library


def _find_library(name):  # type: ignore[no-untyped-def]
    bundle = getattr(sys, "_MEIPASS", "")
    filename = _BUNDLED.get(name)
    if bundle and filename:
        candidate = os.path.join(bundle, filename)
        if os.path.isfile(candidate):
            return candidate
    return _system_find_library(name)


if sys.platform.startswith("linux"):
    ctypes.util.find_library = _find_library
