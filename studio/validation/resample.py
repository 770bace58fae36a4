"""Streaming polyphase resampling for the fixes (quality matters here, unlike for the VAD).

`StreamResampler` gives the same samples as `scipy.signal.resample_poly` on the whole signal, block by
block: each chunk is resampled with `context` samples of history and look-ahead on both sides (whole
multiples of `down`, so the output grid lines up) and only the outputs whose filter support lies inside
the chunk are kept. The look-ahead costs a delay of `context` samples, flushed by `finish()`.
"""

from __future__ import annotations

from math import gcd

import numpy as np

HALF_TAPS = 10  # resample_poly's default half-length, in units of max(up, down)
WINDOW = ("kaiser", 8.6)  # ~−85 dB stopband (resample_poly's default Kaiser 5 gives ~−55 dB)


class StreamResampler:
    def __init__(self, rate_in: int, rate_out: int, channels: int) -> None:
        g = gcd(rate_in, rate_out)
        self.up, self.down = rate_out // g, rate_in // g
        self.channels = channels
        half_in = -(-HALF_TAPS * max(self.up, self.down) // self.up) + 1  # input samples of half support
        self.context = -(-half_in // self.down) * self.down
        self._buf = np.zeros((self.context, channels))  # history (zeros before the start, as resample_poly)
        self._in_total = 0
        self._out_total = 0
        self.passthrough = self.up == self.down

    def _run(self, chunk: np.ndarray) -> np.ndarray:
        from scipy.signal import resample_poly  # only a fix that changes the rate needs scipy

        return np.asarray(resample_poly(chunk, self.up, self.down, axis=0, window=WINDOW))

    def feed(self, x: np.ndarray) -> np.ndarray:
        if self.passthrough:
            return x
        self._in_total += len(x)
        self._buf = np.concatenate((self._buf, x.astype(np.float64)))
        c = self.context
        usable = len(self._buf) - 2 * c
        m = usable // self.down * self.down
        if m <= 0:
            return np.zeros((0, self.channels))
        y = self._run(self._buf[: 2 * c + m])
        first = c * self.up // self.down
        out = y[first: first + m * self.up // self.down]
        self._buf = self._buf[m:]
        self._out_total += len(out)
        return out

    def finish(self) -> np.ndarray:
        if self.passthrough:
            return np.zeros((0, self.channels))
        expected = -(-self._in_total * self.up // self.down)
        remaining = expected - self._out_total
        if remaining <= 0:
            return np.zeros((0, self.channels))
        c = self.context
        pad = (-(len(self._buf) - c)) % self.down + c
        buf = np.concatenate((self._buf, np.zeros((pad, self.channels))))
        y = self._run(buf)
        first = c * self.up // self.down
        out = y[first: first + remaining]
        self._out_total += len(out)
        return out
