"""One streaming pass over a sample: every measurement the rule tables need.

Memory: blocks of 20 s are decoded, measured and dropped. What is kept grows slowly with length and is
all small: per 10 ms frame of the analysis channel a min, max, mean and power (16 bytes: 1.9 MB for 20
minutes) and two band energies of its 16 kHz copy, one VAD byte per 30 ms, one loudness sum per 100 ms,
and at most 500 clip spans. Nothing ever holds the whole take, in float64 or otherwise.

Speed: 16-bit PCM stays int16 (exact integer sums, half the memory traffic). Each sample is visited by
two compiled loops (kernels.py), both releasing the GIL: one scan of every channel giving the frame
levels, the VAD's 16 kHz input and its band energies at once, and the K-weighting filter. While the
caller's thread decodes and scans the next block, a helper thread runs the VAD on the block's 16 kHz
copy and the first `HELPER_SHARE` of its K-weighting; the caller's thread filters the rest, then runs the
pruned true peak and the sparse spectrum. The two threads then cost about the same. No scipy.

The analysis channel (speech, noise, bandwidth, envelope) is the first channel, because that is the one
the cloud services use from a stereo file; levels and loudness use every channel.
"""

from __future__ import annotations

import contextlib
import math
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.validation import kernels, speechlike, vad
from studio.validation.bandwidth import SpectrumAccumulator
from studio.validation.clipping import CLIP_MIN_RUN, CLIP_THRESHOLD_DBFS, ClipTracker
from studio.validation.decode import AudioInfo, open_audio
from studio.validation.loudness import FLOOR_DB, LoudnessBlock, LoudnessMeter, TruePeakMeter, db
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
from studio.validation.stats import median, percentile

VERSION = "1.1"
HELPER_SHARE = 0.7  # of a block's K-weighting, done on the helper beside the VAD: both threads finish together
BLOCK_S = 20.0  # 1.9 MB of 48 kHz 16-bit: few enough blocks that the per-block Python is a few per cent
MAX_CLIP_POSITIONS = 500
ENVELOPE_POINTS = 2000
NOISE_GUARD_S = 0.06  # keep speech onsets and decays out of the noise estimate
NOISE_MIN_SILENCE_S = 0.3
ANALYSIS_CHANNEL = 0
__all__ = ["CLIP_MIN_RUN", "CLIP_THRESHOLD_DBFS", "Analysis", "FrameData", "analyze", "analyze_detailed"]


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


class _Channel:
    """Running sums of one channel."""

    def __init__(self) -> None:
        self.peak = 0.0
        self.sum = 0.0
        self.sumsq = 0.0


class _Pass:
    """Accumulators for one pass; `main()` runs on the caller's thread, `helper()` on the helper."""

    def __init__(self, rate: int, channels: int, scale: float) -> None:
        self.rate, self.channels, self.scale = rate, channels, scale
        self.frame_len = max(1, rate // 100)
        # the 16 kHz VAD input comes out of the frame scan when the rate is a multiple of 16 kHz
        self.k = rate // vad.VAD_RATE if rate % vad.VAD_RATE == 0 else 0
        self.pos = 0
        self.ch = [_Channel() for _ in range(channels)]
        self.cross = 0.0
        self.clips = ClipTracker(rate)
        self.fmin: list[np.ndarray] = []
        self.fmax: list[np.ndarray] = []
        self.fpow: list[np.ndarray] = []
        self.fsum: list[np.ndarray] = []
        self.energy: list[np.ndarray] = []  # per 10 ms of the 16 kHz PCM: Σ p² and Σ Δp²
        self.diff_energy: list[np.ndarray] = []
        self._last_pcm = 0.0
        self._to16k = None if self.k else vad.To16k(rate)
        self._band_rem = np.zeros(0, dtype=np.int16)
        self.vad = vad.VadStream(rate)
        self.spectrum = SpectrumAccumulator(rate)
        self.loudness = LoudnessMeter(rate, channels)
        self.true_peak = TruePeakMeter(channels)
        self._peaks: list[np.ndarray] = []

    def helper(self, job: LoudnessBlock, pcm: np.ndarray) -> None:
        """The VAD of the block's 16 kHz copy and the first part of its K-weighting (compiled, GIL
        released), while the caller's thread filters the rest (`HELPER_SHARE`)."""
        self.vad.feed_pcm(pcm)
        self.loudness.measure(job, 0, self.split(job))

    @staticmethod
    def split(job: LoudnessBlock) -> int:
        return round(job.segments * HELPER_SHARE)

    def scan(self, block: np.ndarray) -> np.ndarray:
        """Frame levels of every channel; returns the analysis channel's 16 kHz copy for the VAD."""
        self._peaks = []
        pcm = np.zeros(0, np.int16)
        for c in range(self.channels):
            x = np.ascontiguousarray(block[:, c])
            fp, out = self._frames(x, analysis=c == ANALYSIS_CHANNEL, acc=self.ch[c])
            self._peaks.append(fp)
            pcm = out if out is not None else pcm
        return pcm

    def rest(self, block: np.ndarray) -> None:
        n = len(block)
        peaks = self._peaks
        block_peak = max(float(p.max()) for p in peaks)
        self.true_peak.feed(block, self.scale, peaks, self.frame_len)
        self.clips.feed(block, self.pos, block_peak, self.scale)
        if self.channels > 1:
            x0 = block[:, 0].astype(np.float64)
            self.cross += float(np.dot(x0, block[:, 1].astype(np.float64))) * self.scale * self.scale
        self.spectrum.feed(block[:, ANALYSIS_CHANNEL], self.scale)
        self.pos += n

    def _frames(self, x: np.ndarray, *, analysis: bool, acc: _Channel) -> tuple[np.ndarray, np.ndarray | None]:
        """Frame levels of one channel (kept for the analysis channel) and its sums; returns max |x| per
        frame (the last one partial) and, for the analysis channel, the VAD's 16 kHz input."""
        fl, n = self.frame_len, len(x)
        full = n // fl
        k = self.k if analysis else 0
        lo, hi = np.empty(full, np.float32), np.empty(full, np.float32)
        mean, pw = np.empty(full, np.float32), np.empty(full, np.float32)
        pcm = np.empty(full * (fl // k) if k else 0, np.int16)
        e, de = np.empty(full if k else 0), np.empty(full if k else 0)
        total, total_sq, last = kernels.scan(x, self.scale, fl, k, lo, hi, mean, pw, pcm, e, de, self._last_pcm)
        rest = x[full * fl:]
        if len(rest):  # only the last block of a file has a partial frame
            r = rest.astype(np.float64) * self.scale
            lo, hi = np.append(lo, np.float32(r.min())), np.append(hi, np.float32(r.max()))
            mean, pw = np.append(mean, np.float32(r.mean())), np.append(pw, np.float32(np.dot(r, r) / len(r)))
            total, total_sq = total + float(r.sum()), total_sq + float(np.dot(r, r))
        acc.sum += total
        acc.sumsq += total_sq
        fpeak = np.maximum(hi, -lo)
        acc.peak = max(acc.peak, float(fpeak.max()) if len(fpeak) else 0.0)
        if analysis:
            self.fmin.append(lo)
            self.fmax.append(hi)
            self.fpow.append(pw)
            self.fsum.append(mean)
            if k:
                self._last_pcm = last
                if len(rest):  # the 16 kHz samples of the partial last frame
                    tail = rest.astype(np.float32) * np.float32(self.scale)
                    m = len(tail) // k
                    acc16 = tail[0: m * k: k].copy()
                    for i in range(1, k):
                        acc16 += tail[i: m * k: k]
                    pcm = np.concatenate((pcm, vad.pcm16(acc16 * np.float32(1.0 / k))))
                self.energy.append(e.astype(np.float32))
                self.diff_energy.append(de.astype(np.float32))
            else:
                assert self._to16k is not None
                pcm = vad.pcm16(self._to16k.feed(x.astype(np.float32) * np.float32(self.scale)))
                self._bands(pcm)
            return fpeak, pcm
        return fpeak, None

    def _bands(self, pcm: np.ndarray) -> None:
        """Band energies per 10 ms of 16 kHz PCM that did not come out of the scan."""
        buf = np.concatenate((self._band_rem, pcm)) if len(self._band_rem) else pcm
        nf = len(buf) // 160
        e, de = np.empty(nf), np.empty(nf)
        self._last_pcm = kernels.band_energy(buf, 160, self._last_pcm, e, de)
        self._band_rem = buf[nf * 160:].copy()
        self.energy.append(e.astype(np.float32))
        self.diff_energy.append(de.astype(np.float32))


def analyze(path: str | Path, cancel: CancelToken = NEVER, progress: ProgressFn = no_progress) -> Report:
    """Measure one sample. Raises InvalidInputError for unreadable files, CancelledError when cancelled."""
    return analyze_detailed(path, cancel, progress).report


def analyze_detailed(
    path: str | Path,
    cancel: CancelToken = NEVER,
    progress: ProgressFn = no_progress,
    *,
    block_s: float = BLOCK_S,
) -> Analysis:
    began = time.perf_counter()
    progress(0.0, "decoding")
    with open_audio(path) as reader:
        info = reader.info
        acc = _Pass(info.sample_rate, info.channels, reader.native_scale)
        bf = reader.block_frames(block_s)
        expected = max(1, info.frames)
        # a take of one block has nothing to overlap: no thread (a dataset has hundreds of them)
        with contextlib.ExitStack() as stack:
            pool = stack.enter_context(ThreadPoolExecutor(1, thread_name_prefix="measure")) \
                if info.frames > bf else None
            pending: Future[None] | None = None
            job: LoudnessBlock | None = None  # the block the helper is measuring
            try:
                for block in reader.blocks(bf, cancel=cancel, native=True):
                    pcm = acc.scan(block)
                    if pool is None:
                        acc.vad.feed_pcm(pcm)
                        acc.loudness.feed(block, acc.scale)
                    else:
                        nxt = acc.loudness.begin(block, acc.scale)
                        if pending is not None and job is not None:
                            pending.result()
                            acc.loudness.end(job)
                        job = nxt
                        if job is not None:
                            pending = pool.submit(acc.helper, job, pcm)
                            acc.loudness.measure(job, acc.split(job), job.segments)
                    acc.rest(block)
                    progress(min(0.99, acc.pos / expected), "measuring")
                if pending is not None and job is not None:
                    pending.result()
                    acc.loudness.end(job)
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
    sumsq = [c.sumsq for c in acc.ch]
    ch_rms = [db(s / denom) for s in sumsq]
    dc = [c.sum / denom for c in acc.ch]
    dc_max = max((abs(v) for v in dc), default=0.0)
    levels = Levels(
        sample_peak_dbfs=_amp_db(max((c.peak for c in acc.ch), default=0.0)),
        true_peak_dbtp=_amp_db(true_peak),
        rms_dbfs=db(sum(sumsq) / (denom * max(ch, 1))),
        integrated_lufs=acc.loudness.integrated(),
        loudness_range_lu=acc.loudness.loudness_range(),
        momentary_max_lufs=acc.loudness.momentary_max(),
        channel_peak_dbfs=[_amp_db(c.peak) for c in acc.ch],
        channel_rms_dbfs=ch_rms,
        dc_offset=dc,
        dc_offset_dbfs=_amp_db(dc_max),
    )
    speech_mask = _mask(segs.speech, len(fpow), frame_s)
    noise = _noise(fpow, fmean, _mask(segs.raw, len(fpow), frame_s), speech_mask, frame_s)
    clips = acc.clips
    clipping = Clipping(CLIP_THRESHOLD_DBFS, CLIP_MIN_RUN, clips.runs, clips.samples, clips.longest,
                        clips.positions(), clips.gap > 0, clips.spans())
    likeness = speechlike.measure(
        np.concatenate(acc.energy) if acc.energy else np.zeros(0, np.float32),
        np.concatenate(acc.diff_energy) if acc.diff_energy else np.zeros(0, np.float32),
        segs.speech)
    speech = _speech(segs, duration, likeness)
    stereo = None
    if ch > 1:
        ll, rr = sumsq[0], sumsq[1]
        diffsq = max(0.0, ll + rr - 2.0 * acc.cross)
        mid = (ll + rr + 2.0 * acc.cross) / 4.0
        stereo = Stereo(
            difference_db=db(diffsq / mid) if mid > 0 else (FLOOR_DB if diffsq == 0 else 120.0),
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
            "compiled_kernels": kernels.COMPILED,
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
        floor_db, method = db(median(ac[far])), "pauses"
    else:
        floor_db, method = db(percentile(ac, 5)), "percentile"
    if speech.any():
        level = db(float(ac[speech].mean()))
        return Noise(floor_db, level, level - floor_db, method)
    return Noise(floor_db, FLOOR_DB, None, method)


def _speech(segs: vad.Segments, duration: float, likeness: speechlike.Likeness) -> Speech:
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
        continuous_gap_s=vad.CONTINUOUS_GAP_S, speech_like=likeness.speech_like,
        speech_likeness=likeness.score, syllabic_modulation_db=likeness.modulation_db,
        articulation_rate=likeness.articulation_rate, unvoiced_ratio=likeness.unvoiced_ratio,
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
    return Envelope(hop * frame_s, (np.round(lo.astype(np.float64), 4) + 0.0).tolist(),
                    (np.round(hi.astype(np.float64), 4) + 0.0).tolist())
