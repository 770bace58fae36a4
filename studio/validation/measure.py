"""One streaming pass over a sample: every measurement the rule tables need.

Memory: blocks of ~4 s are decoded, measured and dropped. What is kept grows slowly with length and is
all small: per 10 ms frame of the analysis channel a min, max, mean and power (16 bytes: 1.9 MB for 20
minutes), one VAD byte per 30 ms, one loudness sum per 100 ms, and the clip positions (capped). Nothing
ever holds the whole take, in float64 or otherwise.

Speed: the K-weighting `lfilter` releases the GIL, so loudness runs on a helper thread while the main
thread does the levels, true peak, frames, VAD and spectrum of the same block (the two halves cost
about the same).

The analysis channel (speech, noise, bandwidth, envelope) is the first channel, because that is the one
the cloud services use from a stereo file; levels and loudness use every channel.
"""

from __future__ import annotations

import math
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.validation import vad
from studio.validation.bandwidth import SpectrumAccumulator
from studio.validation.decode import DEFAULT_BLOCK_S, AudioInfo, open_audio
from studio.validation.loudness import FLOOR_DB, LoudnessMeter, TruePeakMeter, db
from studio.validation.report import (
    Bandwidth,
    Clipping,
    Envelope,
    Levels,
    Noise,
    Report,
    Speech,
    Stereo,
)

VERSION = "1.0"
CLIP_THRESHOLD_DBFS = -0.1
CLIP_MIN_RUN = 3  # "≥ 3–4 consecutive samples at ≥ −0.1 dBFS" (Audacity meter model, specs §3)
MAX_CLIP_POSITIONS = 500
ENVELOPE_POINTS = 2000
NOISE_GUARD_S = 0.06  # keep speech onsets and decays out of the noise estimate
NOISE_MIN_SILENCE_S = 0.3
ANALYSIS_CHANNEL = 0


@dataclass
class FrameData:
    """Per-frame data of the analysis channel, for the fixes (not part of the JSON report)."""

    frame_s: float
    power: np.ndarray  # mean square per frame, float32
    vad_flags: np.ndarray  # raw 30 ms decisions
    segments: vad.Segments


@dataclass
class Analysis:
    report: Report
    frames: FrameData


class _Clips:
    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.thr = 10.0 ** (CLIP_THRESHOLD_DBFS / 20.0)
        self.runs = 0
        self.samples = 0
        self.longest = 0
        self.positions: list[tuple[float, int]] = []
        self.truncated = False
        self._open_start = -1  # global start of a run still open at the end of the last block

    def feed(self, block: np.ndarray, pos: int, peak: float) -> None:
        if peak < self.thr and self._open_start < 0:
            return
        mask = (np.abs(block) >= self.thr).any(axis=1) if block.shape[1] > 1 else np.abs(block[:, 0]) >= self.thr
        edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
        starts, ends = list(edges[::2]), list(edges[1::2])
        if self._open_start >= 0:
            if starts and starts[0] == 0:
                starts[0] = self._open_start - pos
            else:
                self._close(self._open_start, pos)
            self._open_start = -1
        for s, e in zip(starts, ends, strict=True):
            if e == len(block):
                self._open_start = pos + int(s)
            else:
                self._close(pos + int(s), pos + int(e))

    def finish(self, end: int) -> None:
        if self._open_start >= 0:
            self._close(self._open_start, end)
            self._open_start = -1

    def _close(self, start: int, end: int) -> None:
        n = end - start
        if n < CLIP_MIN_RUN:
            return
        self.runs += 1
        self.samples += n
        self.longest = max(self.longest, n)
        if len(self.positions) < MAX_CLIP_POSITIONS:
            self.positions.append((start / self.rate, n))
        else:
            self.truncated = True


class _Pass:
    """Accumulators for one pass; `main()` runs on the caller's thread, `helper()` on the helper."""

    def __init__(self, rate: int, channels: int) -> None:
        self.rate, self.channels = rate, channels
        self.frame_len = max(1, rate // 100)
        self.pos = 0
        self.peak = np.zeros(channels)
        self.sumsq = np.zeros(channels)
        self.sums = np.zeros(channels)
        self.cross = 0.0
        self.diffsq = 0.0
        self.clips = _Clips(rate)
        self.fmin: list[np.ndarray] = []
        self.fmax: list[np.ndarray] = []
        self.fpow: list[np.ndarray] = []
        self.fsum: list[np.ndarray] = []
        self.vad = vad.VadStream(rate)
        self.spectrum = SpectrumAccumulator(rate)
        self.loudness = LoudnessMeter(rate, channels)
        self.true_peak = TruePeakMeter(channels)

    def block_peak(self, block: np.ndarray) -> np.ndarray:
        return np.maximum(block.max(axis=0), -block.min(axis=0))

    def helper(self, block: np.ndarray) -> None:
        self.loudness.feed(block)

    def main(self, block: np.ndarray, peaks: np.ndarray) -> None:
        n = len(block)
        x0 = block[:, ANALYSIS_CHANNEL]
        frame_peaks = self._frames(x0)
        self.true_peak.feed(block, float(peaks.max()), frame_peaks, self.frame_len)
        self.peak = np.maximum(self.peak, peaks)
        for c in range(self.channels):
            col = block[:, c]
            self.sumsq[c] += float(np.dot(col, col))
        self.sums += block.sum(axis=0, dtype=np.float64)
        self.clips.feed(block, self.pos, float(peaks.max()))
        if self.channels > 1:
            x1 = block[:, 1]
            d = x0 - x1
            self.diffsq += float(np.dot(d, d))
            self.cross += float(np.dot(x0, x1))
        self.vad.feed(x0)
        self.spectrum.feed(x0)
        self.pos += n

    def _frames(self, x0: np.ndarray) -> np.ndarray:
        """Keep min, max, mean and power per 10 ms frame; return max |x| per frame (for the true peak)."""
        fl = self.frame_len
        full = len(x0) // fl
        lo: list[np.ndarray] = []
        hi: list[np.ndarray] = []
        if full:
            f = x0[: full * fl].reshape(full, fl)
            lo.append(f.min(axis=1))
            hi.append(f.max(axis=1))
            self.fpow.append(np.einsum("ij,ij->i", f, f) / np.float32(fl))
            self.fsum.append(f.sum(axis=1) / np.float32(fl))
        rest = x0[full * fl:]
        if len(rest):  # only the last block of a file has a partial frame
            lo.append(rest.min(keepdims=True))
            hi.append(rest.max(keepdims=True))
            self.fpow.append(np.array([np.dot(rest, rest) / len(rest)], dtype=np.float32))
            self.fsum.append(np.array([rest.mean()], dtype=np.float32))
        self.fmin.extend(lo)
        self.fmax.extend(hi)
        fmin = np.concatenate(lo) if len(lo) > 1 else lo[0]
        fmax = np.concatenate(hi) if len(hi) > 1 else hi[0]
        return np.maximum(fmax, -fmin)


def analyze(path: str | Path, cancel: CancelToken = NEVER, progress: ProgressFn = no_progress) -> Report:
    """Measure one sample. Raises InvalidInputError for unreadable files, CancelledError when cancelled."""
    return analyze_detailed(path, cancel, progress).report


def analyze_detailed(
    path: str | Path,
    cancel: CancelToken = NEVER,
    progress: ProgressFn = no_progress,
    *,
    block_s: float = DEFAULT_BLOCK_S,
) -> Analysis:
    began = time.perf_counter()
    progress(0.0, "decoding")
    with open_audio(path) as reader, ThreadPoolExecutor(1, thread_name_prefix="measure") as pool:
        info = reader.info
        acc = _Pass(info.sample_rate, info.channels)
        bf = reader.block_frames(block_s)
        expected = max(1, info.frames)
        pending: Future[None] | None = None
        try:
            for block in reader.blocks(bf, cancel=cancel):
                peaks = acc.block_peak(block)
                if pending is not None:
                    pending.result()
                pending = pool.submit(acc.helper, block)
                acc.main(block, peaks)
                progress(min(0.99, acc.pos / expected), "measuring")
            if pending is not None:
                pending.result()
        finally:
            if pending is not None and not pending.done():
                pending.cancel()
    report, frames = _finish(acc, info, began, bf)
    progress(1.0, "done")
    return Analysis(report, frames)


def _finish(acc: _Pass, info: AudioInfo, began: float, block_frames: int) -> tuple[Report, FrameData]:
    rate, ch, n = acc.rate, acc.channels, acc.pos
    duration = n / rate if rate else 0.0
    acc.clips.finish(n)
    true_peak = acc.true_peak.finish()
    frame_s = acc.frame_len / rate
    fpow = np.concatenate(acc.fpow) if acc.fpow else np.zeros(0, dtype=np.float32)
    fmean = np.concatenate(acc.fsum) if acc.fsum else np.zeros(0, dtype=np.float32)
    fmin = np.concatenate(acc.fmin) if acc.fmin else np.zeros(0, dtype=np.float32)
    fmax = np.concatenate(acc.fmax) if acc.fmax else np.zeros(0, dtype=np.float32)
    flags = acc.vad.decisions()
    segs = vad.smooth(flags, duration)

    denom = max(n, 1)
    ch_rms = [db(float(s) / denom) for s in acc.sumsq]
    dc = [float(s) / denom for s in acc.sums]
    dc_max = max((abs(v) for v in dc), default=0.0)
    levels = Levels(
        sample_peak_dbfs=_amp_db(float(acc.peak.max()) if ch else 0.0),
        true_peak_dbtp=_amp_db(true_peak),
        rms_dbfs=db(float(acc.sumsq.sum()) / (denom * max(ch, 1))),
        integrated_lufs=acc.loudness.integrated(),
        loudness_range_lu=acc.loudness.loudness_range(),
        momentary_max_lufs=acc.loudness.momentary_max(),
        channel_peak_dbfs=[_amp_db(float(p)) for p in acc.peak],
        channel_rms_dbfs=ch_rms,
        dc_offset=dc,
        dc_offset_dbfs=_amp_db(dc_max),
    )
    speech_mask = _mask(segs.speech, len(fpow), frame_s)
    noise = _noise(fpow, fmean, _mask(segs.raw, len(fpow), frame_s), speech_mask, frame_s)
    clips = acc.clips
    clipping = Clipping(CLIP_THRESHOLD_DBFS, CLIP_MIN_RUN, clips.runs, clips.samples, clips.longest,
                        clips.positions, clips.truncated)
    speech = _speech(segs, duration)
    stereo = None
    if ch > 1:
        ll, rr = float(acc.sumsq[0]), float(acc.sumsq[1])
        mid = (ll + rr + 2.0 * acc.cross) / 4.0
        stereo = Stereo(
            difference_db=db(acc.diffsq / mid) if mid > 0 else (FLOOR_DB if acc.diffsq == 0 else 120.0),
            correlation=acc.cross / math.sqrt(ll * rr) if ll > 0 and rr > 0 else 0.0,
            imbalance_db=ch_rms[1] - ch_rms[0],
        )
    bandwidth = Bandwidth(acc.spectrum.effective_bandwidth(), rate / 2.0)
    report = Report(
        file=info, duration_s=duration, frames=n, levels=levels, noise=noise, clipping=clipping,
        speech=speech, stereo=stereo, bandwidth=bandwidth, envelope=_envelope(fmin, fmax, frame_s),
        analysis={
            "version": VERSION,
            "elapsed_s": time.perf_counter() - began,
            "analysis_channel": ANALYSIS_CHANNEL,
            "block_frames": block_frames,
            "frame_s": frame_s,
            "true_peak_oversampled_fraction": acc.true_peak.oversampled / max(1, n * ch),
        },
    )
    return report, FrameData(frame_s, fpow, flags, segs)


def _amp_db(x: float) -> float:
    return max(FLOOR_DB, 20.0 * math.log10(x)) if x > 0 else FLOOR_DB


def _mask(segments: list[tuple[float, float]], nframes: int, frame_s: float) -> np.ndarray:
    mask = np.zeros(nframes, dtype=bool)
    for s, e in segments:
        mask[int(s / frame_s): math.ceil(e / frame_s)] = True
    return mask


def _noise(fpow: np.ndarray, fmean: np.ndarray, raw_speech: np.ndarray, speech: np.ndarray,
           frame_s: float) -> Noise:
    """Noise floor from the frames well away from any speech; speech level from the speech frames.

    The offset seen in the quiet frames is taken out of them, E[(x − dc)²] = E[x²] − 2·dc·E[x] + dc²,
    so that a DC offset is reported as such and not as noise (the offset of the whole file would not
    do: speech waveforms are asymmetric, and their mean is not in the silences).

    With too little silence (< 0.3 s, e.g. a take trimmed tight) the floor falls back to the quietest
    5 % of 10 ms frames, which in continuous speech can be a speech trough: method "percentile" tells
    the rules to trust it less.
    """
    if len(fpow) == 0:
        return Noise(FLOOR_DB, FLOOR_DB, None, "percentile")
    guard = round(NOISE_GUARD_S / frame_s)
    near = np.convolve(raw_speech.astype(np.int32), np.ones(2 * guard + 1, dtype=np.int32), mode="same") > 0
    far = ~near
    enough = far.sum() * frame_s >= NOISE_MIN_SILENCE_S
    dc = float(fmean[far if enough else slice(None)].astype(np.float64).mean())
    ac = np.maximum(fpow.astype(np.float64) - 2.0 * dc * fmean + dc * dc, 0.0)
    if enough:
        floor_db, method = db(float(np.median(ac[far]))), "pauses"
    else:
        floor_db, method = db(float(np.percentile(ac, 5))), "percentile"
    if speech.any():
        level = db(float(ac[speech].mean()))
        return Noise(floor_db, level, level - floor_db, method)
    return Noise(floor_db, FLOOR_DB, None, method)


def _speech(segs: vad.Segments, duration: float) -> Speech:
    sp = segs.speech
    effective = sum(e - s for s, e in sp)
    longest_cont = max((e - s for s, e in segs.continuous), default=0.0)
    longest_pause = max((e - s for s, e in segs.pauses), default=0.0)
    lead = sp[0][0] if sp else duration
    trail = max(0.0, duration - sp[-1][1]) if sp else duration
    return Speech(
        segments=sp, pauses=segs.pauses, effective_s=effective, longest_continuous_s=longest_cont,
        longest_pause_s=longest_pause, leading_silence_s=lead, trailing_silence_s=trail,
        speech_ratio=effective / duration if duration > 0 else 0.0, detector="webrtcvad",
        aggressiveness=vad.AGGRESSIVENESS, frame_ms=vad.FRAME_MS, hangover_s=vad.HANGOVER_S,
        continuous_gap_s=vad.CONTINUOUS_GAP_S,
    )


def _envelope(fmin: np.ndarray, fmax: np.ndarray, frame_s: float) -> Envelope:
    n = len(fmax)
    if n == 0:
        return Envelope(frame_s, [], [])
    hop = max(1, -(-n // ENVELOPE_POINTS))
    pad = (-n) % hop
    lo = np.concatenate((fmin, np.full(pad, fmin[-1]))).reshape(-1, hop).min(axis=1)
    hi = np.concatenate((fmax, np.full(pad, fmax[-1]))).reshape(-1, hop).max(axis=1)
    # "+ 0.0" turns −0.0 into 0.0 for the JSON
    return Envelope(hop * frame_s, [round(float(v), 4) + 0.0 for v in lo], [round(float(v), 4) + 0.0 for v in hi])
