"""Non-destructive fixes: each writes a NEW sample next to (or away from) its source take.

- `convert`: mono (downmix or one channel), 16-bit, the provider's rate range, WAV or MP3, DC removed;
- `trim_edges`: cut the silence at both ends down to ~150 ms;
- `normalize_loudness`: gain to −20 LUFS, limited so the true peak stays ≤ −3 dBTP (gain only, no limiter);
- `best_window`: the best 10–20 s for zero-shot cloning (see `choose_window`).

Every fix returns a `FixResult` (source, output, parameters) and, with `verify=True`, the new file's
own analysis, so the caller can show the new verdicts at once. A fix that would change nothing writes
nothing: its result has `changed=False`, `output` is the source, and `reason` says why in both languages.
Convert never raises the true peak (render.py: DC comes out as a constant, and a resampled output that
would peak higher is written again, that much quieter).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError
from studio.i18n import Text
from studio.validation.loudness import db
from studio.validation.measure import Analysis, analyze, analyze_detailed
from studio.validation.render import OutputSpec, render, unique_path
from studio.validation.report import Report
from studio.validation.vad import CONTINUOUS_GAP_S, bridge

EDGE_KEEP_S = 0.15
TARGET_LUFS = -20.0
PEAK_CEILING_DBTP = -3.0
WINDOW_MIN_S, WINDOW_MAX_S = 10.0, 20.0
WINDOW_PAUSE_MAX_S = 2.0
WINDOW_EFFECTIVE_S = 10.0  # the strictest one-sample clone table: ≥ 10 s of non-silent audio
WINDOW_CONTINUOUS_S = 5.0  # … and one continuous stretch over 5 s
DC_WORTH_REMOVING = 10 ** (-60 / 20)  # −60 dBFS (33 steps of 16 bits): below it an offset is harmless
GAIN_WORTH_APPLYING_DB = 0.1
EDGE_WORTH_CUTTING_S = 0.05


@dataclass
class FixResult:
    kind: str
    source: Path
    output: Path  # the source itself when nothing changed
    params: dict[str, Any] = field(default_factory=dict)
    report: Report | None = None  # the output's analysis (the source's when nothing changed)
    changed: bool = True
    reason: Text | None = None  # why nothing changed

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "source": str(self.source), "output": str(self.output), "params": self.params,
                "report": self.report.to_dict() if self.report else None, "changed": self.changed,
                "reason_en": self.reason.en if self.reason else None,
                "reason_zh": self.reason.zh if self.reason else None}


def _unchanged(kind: str, src: Path, report: Report | None, reason: Text, params: dict[str, Any] | None = None,
               progress: ProgressFn = no_progress) -> FixResult:
    progress(1.0, "done")
    return FixResult(kind, src, src, params or {}, report, changed=False, reason=reason)


def output_spec(rate_in: int, provider: str | None = None, *, container: str = "wav",
                channels: str | int = "mix", dc: tuple[float, ...] = ()) -> OutputSpec:
    """The spec of a converted sample: 16-bit, the source rate clamped to the provider's range; only
    `convert` takes DC out (`dc`: the offset of each source channel)."""
    rate: int | None = None
    if provider is not None:
        from studio.validation.findings import table

        t = table(provider).target
        rate = min(max(rate_in, t.min_rate), t.max_rate)
        container = container or t.container
    if container == "mp3" and (rate or rate_in) > 48000:
        rate = 48000
    return OutputSpec(rate=rate, channels=channels, container=container, dc=dc)


def _dst(src: Path, dst: str | Path | None, kind: str, container: str) -> Path:
    if dst is not None:
        return Path(dst)
    return unique_path(src.with_name(f"{src.stem}.{kind}.{container}"))


def _finish(kind: str, src: Path, out: Path, params: dict[str, Any], verify: bool, cancel: CancelToken,
            progress: ProgressFn) -> FixResult:
    report = analyze(out, cancel, lambda f, t: progress(0.8 + 0.2 * max(f, 0.0), "verifying")) if verify else None
    progress(1.0, "done")
    return FixResult(kind, src, out, params, report)


def _sub(progress: ProgressFn, lo: float, hi: float) -> ProgressFn:
    return lambda f, text: progress(lo + (hi - lo) * max(f, 0.0), text)


def convert(
    src: str | Path, dst: str | Path | None = None, *, provider: str | None = None, rate: int | None = None,
    channels: str | int = "mix", container: str = "wav", report: Report | None = None,
    cancel: CancelToken = NEVER, progress: ProgressFn = no_progress, verify: bool = True,
) -> FixResult:
    """Mono 16-bit WAV (or MP3) at the provider's rate (or `rate`), DC removed where there is any worth
    removing; nothing at all when the take is that already."""
    s = Path(src)
    rep = report or analyze(s, cancel, _sub(progress, 0.0, 0.3))
    info = rep.file
    offsets = tuple(rep.levels.dc_offset)
    used = offsets if channels in ("mix", "keep") else offsets[int(channels): int(channels) + 1]
    remove = max((abs(v) for v in used), default=0.0) >= DC_WORTH_REMOVING
    spec = output_spec(info.sample_rate, provider, container=container, channels=channels,
                       dc=offsets if remove else ())
    if rate is not None:
        spec = OutputSpec(rate=rate, channels=spec.channels, container=spec.container, dc=spec.dc)
    rate_out = spec.rate or info.sample_rate
    params = {"rate": rate_out, "channels": spec.channels, "container": spec.container, "provider": provider,
              "dc_removed": remove}
    if (spec.container == "wav" and info.format_id == "wav/pcm16" and info.channels == 1
            and rate_out == info.sample_rate and not remove):
        return _unchanged("convert", s, rep, Text(
            f"Already a mono 16-bit WAV at {rate_out / 1000:g} kHz with no DC offset worth removing: nothing to "
            "convert, no file written.",
            f"已是 {rate_out / 1000:g} kHz 单声道 16 位 WAV，且没有需要消除的直流偏移：无需转换，未写入文件。"), params, progress)
    out = _dst(s, dst, "converted", spec.container)
    render(s, out, spec=spec, fade_s=0.0, keep_true_peak=True, cancel=cancel, progress=_sub(progress, 0.3, 0.8))
    return _finish("convert", s, out, params, verify, cancel, progress)


def trim_edges(
    src: str | Path, dst: str | Path | None = None, *, keep_s: float = EDGE_KEEP_S, report: Report | None = None,
    provider: str | None = None, cancel: CancelToken = NEVER, progress: ProgressFn = no_progress,
    verify: bool = True,
) -> FixResult:
    """Cut leading and trailing silence down to `keep_s` before the first and after the last speech."""
    s = Path(src)
    rep = report or analyze(s, cancel, _sub(progress, 0.0, 0.4))
    segs = rep.speech.segments
    if not segs:
        raise InvalidInputError(f"{s.name}: no speech to keep.", code="no_speech", detail_zh=f"{s.name}：没有可保留的语音。")
    start = max(0.0, segs[0][0] - keep_s)
    end = min(rep.duration_s, segs[-1][1] + keep_s)
    if start < EDGE_WORTH_CUTTING_S and rep.duration_s - end < EDGE_WORTH_CUTTING_S:
        return _unchanged("trim", s, rep, Text(
            f"The silences at the edges are already short ({rep.speech.leading_silence_s:.2f} s and "
            f"{rep.speech.trailing_silence_s:.2f} s): nothing to trim, no file written.",
            f"首尾静音已经很短（{rep.speech.leading_silence_s:.2f} 秒和 {rep.speech.trailing_silence_s:.2f} 秒）："
            "无需裁剪，未写入文件。"), {"start_s": 0.0, "end_s": rep.duration_s}, progress)
    spec = output_spec(rep.file.sample_rate, provider, channels="mix" if provider else "keep")
    out = _dst(s, dst, "trimmed", spec.container)
    render(s, out, start_s=start, end_s=end, spec=spec, cancel=cancel, progress=_sub(progress, 0.4, 0.8))
    return _finish("trim", s, out, {"start_s": start, "end_s": end}, verify, cancel, progress)


def loudness_gain(rep: Report, target_lufs: float = TARGET_LUFS, ceiling_dbtp: float = PEAK_CEILING_DBTP) -> float:
    """The gain (dB) that brings the take to `target_lufs` without its true peak passing `ceiling_dbtp`."""
    if rep.speech.effective_s <= 0 or rep.levels.integrated_lufs <= -70.0:
        raise InvalidInputError("Nothing to normalise: the take is silent.", code="no_speech",
                                detail_zh="无法标准化：录音为静音。")
    gain = target_lufs - rep.levels.integrated_lufs
    # 0.1 dB margin: resampling and 16-bit rounding move the true peak by a few hundredths
    return min(gain, ceiling_dbtp - 0.1 - rep.levels.true_peak_dbtp)


def normalize_loudness(
    src: str | Path, dst: str | Path | None = None, *, target_lufs: float = TARGET_LUFS,
    ceiling_dbtp: float = PEAK_CEILING_DBTP, report: Report | None = None, provider: str | None = None,
    cancel: CancelToken = NEVER, progress: ProgressFn = no_progress, verify: bool = True,
) -> FixResult:
    """Loudness-normalise to `target_lufs`, peak-limited by gain to `ceiling_dbtp` (no compression)."""
    s = Path(src)
    rep = report or analyze(s, cancel, _sub(progress, 0.0, 0.4))
    gain = loudness_gain(rep, target_lufs, ceiling_dbtp)
    if abs(gain) < GAIN_WORTH_APPLYING_DB:
        return _unchanged("normalize", s, rep, Text(
            f"The loudness is already right ({rep.levels.integrated_lufs:.1f} LUFS, true peak "
            f"{rep.levels.true_peak_dbtp:.1f} dBTP): nothing to change, no file written.",
            f"响度已经合适（{rep.levels.integrated_lufs:.1f} LUFS，真峰值 {rep.levels.true_peak_dbtp:.1f} dBTP）："
            "无需调整，未写入文件。"), {"gain_db": 0.0, "target_lufs": target_lufs, "ceiling_dbtp": ceiling_dbtp},
            progress)
    spec = output_spec(rep.file.sample_rate, provider, channels="mix" if provider else "keep")
    out = _dst(s, dst, "normalized", spec.container)
    render(s, out, gain_db=gain, spec=spec, fade_s=0.0, cancel=cancel, progress=_sub(progress, 0.4, 0.8))
    params = {"gain_db": gain, "target_lufs": target_lufs, "ceiling_dbtp": ceiling_dbtp,
              "peak_limited": gain < target_lufs - rep.levels.integrated_lufs}
    return _finish("normalize", s, out, params, verify, cancel, progress)


@dataclass(frozen=True)
class Window:
    start_s: float
    end_s: float
    effective_s: float
    longest_continuous_s: float
    longest_pause_s: float
    snr_db: float
    clipped: bool

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s

    def score(self) -> tuple[Any, ...]:
        # hard requirements first, then SNR in 3 dB steps (small differences should not beat speech time)
        return (not self.clipped, self.longest_pause_s <= WINDOW_PAUSE_MAX_S, self.effective_s >= WINDOW_EFFECTIVE_S,
                self.longest_continuous_s > WINDOW_CONTINUOUS_S, int(self.snr_db // 3), self.effective_s)


def choose_window(analysis: Analysis, *, min_s: float = WINDOW_MIN_S, max_s: float = WINDOW_MAX_S,
                  keep_s: float = EDGE_KEEP_S, whole: bool = False) -> Window:
    """The best [min_s, max_s] window for zero-shot cloning (with `whole`: the take itself, scored alike).

    Windows start and end at speech runs of the raw VAD (so cuts fall in gaps, never inside a word),
    with up to `keep_s` of silence around them. Ranked by: no clipping, pauses ≤ 2 s, ≥ 10 s of speech,
    a continuous stretch over 5 s, SNR (3 dB steps), then the most speech.
    """
    rep, fr = analysis.report, analysis.frames
    units = fr.segments.raw
    if not units:
        raise InvalidInputError("No speech to choose a window from.", code="no_speech", detail_zh="没有可选取的语音。")
    dur = rep.duration_s
    fs = fr.frame_s
    speech = np.zeros(len(fr.power), dtype=bool)
    for s, e in fr.segments.speech:
        speech[int(s / fs): int(np.ceil(e / fs))] = True
    p = fr.power.astype(np.float64)
    cum_sp = np.concatenate(([0], np.cumsum(speech)))
    cum_pw = np.concatenate(([0.0], np.cumsum(np.where(speech, p, 0.0))))
    clip_spans = sorted((s, e) for s, e, _ in rep.clipping.spans) or sorted(
        (s, s + n / max(1, rep.file.sample_rate)) for s, n in rep.clipping.positions)
    clip_starts = [s for s, _ in clip_spans]
    cont = bridge(fr.segments.speech, CONTINUOUS_GAP_S)
    cont_starts = [s for s, _ in cont]
    noise_p = 10.0 ** (rep.noise.noise_floor_dbfs / 10.0)

    def edge(i: int, before: bool) -> float:
        if before:
            gap = units[i][0] - (units[i - 1][1] if i > 0 else 0.0)
            return max(0.0, units[i][0] - min(keep_s, gap / 2 if i > 0 else gap))
        gap = (units[i + 1][0] if i + 1 < len(units) else dur) - units[i][1]
        return min(dur, units[i][1] + min(keep_s, gap / 2 if i + 1 < len(units) else gap))

    def measure(a: float, b: float, max_gap: float) -> Window:
        fa, fb = int(a / fs), min(len(p), int(np.ceil(b / fs)))
        n_sp = int(cum_sp[fb] - cum_sp[fa])
        level = (cum_pw[fb] - cum_pw[fa]) / n_sp if n_sp else 0.0
        k = bisect.bisect_right(clip_starts, b)  # spans are disjoint and sorted: of those starting before
        clipped = k > 0 and clip_spans[k - 1][1] >= a  # the window ends, the last one reaches furthest
        lo = max(0, bisect.bisect_right(cont_starts, a) - 1)
        longest = 0.0
        for s, e in cont[lo:]:
            if s > b:
                break
            longest = max(longest, min(e, b) - max(s, a))
        return Window(a, b, n_sp * fs, longest, max_gap, db(level) - db(noise_p), clipped)

    if whole:
        gaps = [b[0] - a[1] for a, b in pairwise(units)]
        return measure(0.0, dur, max(gaps, default=0.0))
    best: Window | None = None
    for i in range(len(units)):
        a = edge(i, True)
        max_gap = 0.0
        for j in range(i, len(units)):
            if j > i:
                max_gap = max(max_gap, units[j][0] - units[j - 1][1])
            b = edge(j, False)
            if b - a > max_s:
                break
            if b - a < min_s:
                continue
            w = measure(a, b, max_gap)
            if best is None or w.score() > best.score():
                best = w
    if best is None:
        span = units[-1][1] - units[0][0]
        if span < min_s:
            raise InvalidInputError(
                f"Only {span:.1f} s from the first to the last word; a {min_s:.0f}–{max_s:.0f} s window needs more.",
                code="too_short_for_window", detail_zh=f"首尾语音仅 {span:.1f} 秒，不足以截取 {min_s:.0f}～{max_s:.0f} 秒的片段。")
        # one unbroken run longer than max_s: cut it at its quietest frame before max_s
        a = edge(0, True)
        fa, fb = int((a + min_s) / fs), int((a + max_s) / fs)
        cut = (fa + int(np.argmin(p[fa:fb]))) * fs if fb > fa else a + max_s
        best = measure(a, cut, 0.0)
    return best


def best_window(
    src: str | Path, dst: str | Path | None = None, *, provider: str | None, min_s: float = WINDOW_MIN_S,
    max_s: float = WINDOW_MAX_S, analysis: Analysis | None = None, cancel: CancelToken = NEVER,
    progress: ProgressFn = no_progress, verify: bool = True,
) -> FixResult:
    """Cut the best `min_s`–`max_s` window (see `choose_window`) into a new sample."""
    s = Path(src)
    an = analysis or analyze_detailed(s, cancel, _sub(progress, 0.0, 0.5))
    w = choose_window(an, min_s=min_s, max_s=max_s)
    dur = an.report.duration_s
    if min_s <= dur <= max_s + 0.01 and w.score() <= choose_window(an, whole=True).score():
        return _unchanged("best_window", s, an.report, Text(
            f"The take already lasts {dur:.1f} s, inside {min_s:.0f}–{max_s:.0f} s, and no shorter part of it is "
            "better: nothing to cut, no file written.",
            f"录音时长 {dur:.1f} 秒，已在 {min_s:.0f}～{max_s:.0f} 秒之内，且没有更好的片段：无需截取，未写入文件。"),
            {"start_s": 0.0, "end_s": dur}, progress)
    spec = output_spec(an.report.file.sample_rate, provider, channels="mix" if provider else "keep")
    out = _dst(s, dst, "window", spec.container)
    render(s, out, start_s=w.start_s, end_s=w.end_s, spec=spec, cancel=cancel, progress=_sub(progress, 0.5, 0.8))
    params = {"start_s": w.start_s, "end_s": w.end_s, "effective_s": w.effective_s,
              "longest_continuous_s": w.longest_continuous_s, "longest_pause_s": w.longest_pause_s,
              "snr_db": w.snr_db, "clipped": w.clipped}
    return _finish("best_window", s, out, params, verify, cancel, progress)
