"""Peak envelopes of audio files for waveform views, read in blocks (a long take is never loaded whole)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


def peak_envelope(path: Path, bins: int, cancel: Any) -> tuple[np.ndarray, np.ndarray, float]:
    """Peak-downsample a file to about `bins` (min, max) pairs without loading it whole."""
    import soundfile

    with soundfile.SoundFile(str(path)) as f:
        per = max(1, int(np.ceil(f.frames / bins)))
        lows, highs = [], []
        for block in f.blocks(blocksize=per * 256, dtype="float32", always_2d=True):
            cancel.raise_if_cancelled()
            mono = block[:, 0]
            pad = (-mono.size) % per
            if pad:
                mono = np.concatenate([mono, np.zeros(pad, np.float32)])
            shaped = mono.reshape(-1, per)
            lows.append(shaped.min(axis=1))
            highs.append(shaped.max(axis=1))
        if not lows:
            return np.zeros(0, np.float32), np.zeros(0, np.float32), 1.0
        return np.concatenate(lows), np.concatenate(highs), per / f.samplerate
