"""Effective bandwidth: where the long-term spectrum really ends, whatever the sample rate claims.

A phone call (8 kHz) or an old 16 kHz clip upsampled to 48 kHz carries nothing above 4 or 8 kHz; the
vendor accepts its sample rate but the clone inherits the muffled sound. We average the power spectrum
of a systematic sample of frames (an eighth of the first minute and a sixty-fourth of the rest: a
long-term spectrum needs a few thousand frames, not all of them), smooth it over ~250 Hz and report the
highest frequency that is still well above both the spectral floor near Nyquist and 70 dB under the
speech-band maximum.
"""

from __future__ import annotations

import numpy as np

from studio.validation.stats import median

_REL_DB = 70.0  # below the 200 Hz–4 kHz maximum: treated as empty
_FLOOR_MARGIN_DB = 12.0  # above the floor measured in the top 5 % of the band
_FLAT_DB = 30.0


class SpectrumAccumulator:
    """Feed mono float blocks; `effective_bandwidth()` in Hz."""

    SPARSE_AFTER_S = 60.0

    def __init__(self, rate: int, stride_frames: int = 8, sparse_stride: int = 64) -> None:
        self.rate = rate
        self.nfft = 1 << max(8, int(np.ceil(np.log2(rate / 50.0))))  # ~25–50 Hz bins
        self.hop = self.nfft * stride_frames
        self._sparse_hop = self.nfft * sparse_stride
        self._sparse_from = int(self.SPARSE_AFTER_S * rate)
        self._win = np.hanning(self.nfft).astype(np.float32)
        self._acc = np.zeros(self.nfft // 2 + 1)
        self._count = 0
        self._pos = 0  # global index of the next block's first sample
        self._next = 0  # global index where the next analysed frame starts

    def _hop_at(self, pos: int) -> int:
        return self.hop if pos < self._sparse_from else self._sparse_hop

    def _starts(self, n: int) -> np.ndarray:
        """Frame starts inside the block [pos, pos + n) (block-relative), on the global hop schedule; a
        frame that would straddle two blocks is skipped."""
        while self._next < self._pos:
            self._next += self._hop_at(self._next)
        end = self._pos + n - self.nfft + 1
        parts = []
        if self._next < self._sparse_from:
            dense = np.arange(self._next, min(end, self._sparse_from), self.hop)
            parts.append(dense)
            if len(dense):
                self._next = int(dense[-1]) + self.hop
        if self._next >= self._sparse_from:
            sparse = np.arange(self._next, end, self._sparse_hop)
            parts.append(sparse)
            if len(sparse):
                self._next = int(sparse[-1]) + self._sparse_hop
        return np.concatenate(parts).astype(np.int64) - self._pos

    def feed(self, mono: np.ndarray, scale: float = 1.0) -> None:
        """Mono samples (int16 PCM with `scale` 1/32768, or float)."""
        n = len(mono)
        starts = self._starts(n)
        self._pos += n
        if len(starts):
            frames = np.lib.stride_tricks.sliding_window_view(mono, self.nfft)[starts]
            spec = np.fft.rfft(frames * (self._win * np.float32(scale)), axis=1)
            self._acc += (spec.real ** 2 + spec.imag ** 2).sum(axis=0)
            self._count += len(starts)

    def spectrum_db(self) -> tuple[np.ndarray, np.ndarray]:
        """(frequencies, smoothed mean power in dB)."""
        freqs = np.fft.rfftfreq(self.nfft, 1.0 / self.rate)
        if self._count == 0:
            return freqs, np.full(len(freqs), -200.0)
        p = self._acc / self._count
        width = max(1, round(250.0 / (self.rate / self.nfft)))
        p = np.convolve(p, np.ones(width) / width, mode="same")
        return freqs, 10.0 * np.log10(p + 1e-30)

    def effective_bandwidth(self) -> float:
        freqs, level = self.spectrum_db()
        nyq = self.rate / 2.0
        if self._count == 0:
            return 0.0
        band = (freqs >= 200.0) & (freqs <= min(4000.0, nyq * 0.9))
        if not band.any():
            band = freqs > 0
        ref = float(level[band].max())
        top = freqs >= nyq * 0.95
        floor = median(level[top]) if top.any() else -200.0
        # a floor close to the reference means hiss or noise up to Nyquist: the band is not empty there
        threshold = max(ref - _REL_DB, min(floor + _FLOOR_MARGIN_DB, ref - _FLAT_DB))
        above = np.flatnonzero(level >= threshold)
        if len(above) == 0:
            return 0.0
        bw = float(freqs[above[-1]])
        # a spectrum that is still above the floor right up to the top is full-band
        return nyq if bw >= nyq * 0.9 else bw
