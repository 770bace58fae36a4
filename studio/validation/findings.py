"""Findings: a report judged against one provider's rule table, and the pre-flight matrix over all.

`evaluate(report, key)` gives the broken rules as `Finding`s (bilingual message, measured value,
limit, source, the vendor error it predicts and the id of the automatic fix, if any); `verdict()` folds
them into pass / warn / fail; `preflight(report)` does it for every provider at once, and
`preflight_error(err)` gives the same matrix for a file that could not even be decoded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from fnmatch import fnmatch
from typing import Any

from studio import catalog
from studio.errors import StudioError
from studio.validation.report import Report
from studio.validation.rules import (
    ERROR,
    INFO,
    SEVERITIES,
    WARNING,
    ProviderRules,
    Rule,
    VendorCode,
    universal_rules,
)

PASS, WARN, FAIL = "pass", "warn", "fail"

class FixKind(StrEnum):
    """Automatic fixes (fixes.py, dataset.py); a finding without one needs a new recording."""

    CONVERT = "convert"
    TRIM = "trim"
    NORMALIZE = "normalize"
    BEST_WINDOW = "best_window"
    DATASET = "dataset"


FIX_CONVERT, FIX_TRIM, FIX_NORMALIZE, FIX_BEST_WINDOW, FIX_DATASET = (
    FixKind.CONVERT, FixKind.TRIM, FixKind.NORMALIZE, FixKind.BEST_WINDOW, FixKind.DATASET)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # error | warning | info
    measured: float | str | None
    limit: float | str | None
    message_en: str
    message_zh: str
    fix: FixKind | None
    provider: str = ""  # the rule table's key
    unit: str = ""
    source: str = ""  # the document the rule comes from, cited in English …
    vendor_code: str | None = None  # what the vendor would answer to this sample
    source_zh: str = ""  # … and in Chinese
    source_url: str = ""

    def message(self, lang: str) -> str:
        return self.message_zh if lang.startswith("zh") else self.message_en

    def cite(self, lang: str) -> str:
        return (self.source_zh or self.source) if lang.startswith("zh") else self.source

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if isinstance(d["measured"], float):
            d["measured"] = round(d["measured"], 4)
        return d


@dataclass
class ProviderVerdict:
    provider: str
    name_en: str
    name_zh: str
    verdict: str
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"provider": self.provider, "name_en": self.name_en, "name_zh": self.name_zh,
                "verdict": self.verdict, "findings": [f.to_dict() for f in self.findings]}


# check id → (measurement, unit, is_broken(measured, limit), applies(report))
Measure = Callable[[Report], Any]
_Check = tuple[Measure, str, Callable[[Any, Any], bool], Callable[[Report], bool]]


def _has_speech(r: Report) -> bool:
    """The take holds a person talking: the VAD found voice and it is speech-like (speechlike.py). A tone,
    a tune or humming is judged by `speech_like` alone, never by the speech rules as if it were speech."""
    return r.speech.effective_s > 0 and r.speech.speech_like


def _voice_found(r: Report) -> bool:
    return r.speech.effective_s > 0


def _not_a_sound_instead(r: Report) -> bool:
    """False for a take that is a sound other than speech: its length is not the problem to report."""
    return r.speech.speech_like or r.speech.effective_s <= 0


def _always(r: Report) -> bool:
    return True


def _below(m: Any, lim: Any) -> bool:
    return bool(m < lim)


def _above(m: Any, lim: Any) -> bool:
    return bool(m > lim)


def _format_allowed(m: Any, lim: Any) -> bool:
    return not any(fnmatch(m, pattern) for pattern in lim)


CHECKS: dict[str, _Check] = {
    "formats": (lambda r: r.file.format_id, "", _format_allowed, _always),
    "size_max": (lambda r: float(r.file.size_bytes), "bytes", _above, _always),
    "rate_min": (lambda r: float(r.file.sample_rate), "Hz", _below, _always),
    "rate_max": (lambda r: float(r.file.sample_rate), "Hz", _above, _always),
    "channels_max": (lambda r: float(r.file.channels), "", _above, _always),
    "stereo": (lambda r: float(r.file.channels), "", lambda m, lim: m >= 2, _always),
    "silent": (lambda r: r.speech.effective_s, "s", lambda m, lim: m <= 0.0, _always),
    "duration_min": (lambda r: r.duration_s, "s", _below, _not_a_sound_instead),
    "duration_max": (lambda r: r.duration_s, "s", _above, _always),
    "speech_min": (lambda r: r.speech.effective_s, "s", _below, _has_speech),
    "continuous_min": (lambda r: r.speech.longest_continuous_s, "s", _below, _has_speech),
    "pause_max": (lambda r: r.speech.longest_pause_s, "s", _above, _has_speech),
    "bandwidth_min": (lambda r: r.bandwidth.effective_hz, "Hz", _below, _has_speech),
    "edge_silence_max": (lambda r: max(r.speech.leading_silence_s, r.speech.trailing_silence_s), "s", _above,
                         _has_speech),
    "clip_runs_max": (lambda r: float(r.clipping.runs), "", _above, _always),
    "true_peak_max": (lambda r: r.levels.true_peak_dbtp, "dBTP", _above, _always),
    "loudness_min": (lambda r: r.levels.integrated_lufs, "LUFS", _below, _has_speech),
    "loudness_max": (lambda r: r.levels.integrated_lufs, "LUFS", _above, _always),
    "noise_floor_max": (lambda r: r.noise.noise_floor_dbfs, "dBFS", _above, _has_speech),
    "snr_min": (lambda r: r.noise.snr_db, "dB", _below, lambda r: r.noise.snr_db is not None and _has_speech(r)),
    "dc_max": (lambda r: r.levels.dc_offset_dbfs, "dBFS", _above, _always),
    "lra_max": (lambda r: r.levels.loudness_range_lu, "LU", _above, _has_speech),
    "channel_imbalance_max": (lambda r: abs(r.stereo.imbalance_db) if r.stereo else 0.0, "dB", _above,
                              lambda r: r.stereo is not None),
    "dataset_speech": (lambda r: r.speech.effective_s, "s", _below, _has_speech),
    "speech_like": (lambda r: r.speech.speech_likeness, "", _below, _voice_found),
}


def _fmt(value: Any, unit: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, str):
        return value
    if unit == "bytes":
        return f"{value / (1024 * 1024):.1f} MB"
    if unit == "Hz":
        return f"{round(value / 1000, 2):g} kHz" if value >= 1000 else f"{value:.0f} Hz"
    if unit == "s":
        return f"{value / 60:.1f} min" if value >= 600 else f"{value:.1f} s"
    if unit:
        return f"{value:.1f} {unit}"
    return f"{value:g}"


# code → (English, Chinese, fix). {m} is the measured value, {l} the limit, {p} the provider's name.
MESSAGES: dict[str, tuple[str, str, FixKind | None]] = {
    "unsupported_format": ("Format {m} is not accepted ({p} takes {l}). Convert the take.",
                           "格式 {m} 不被接受（{p} 支持 {l}），请转换格式。", FIX_CONVERT),
    "file_too_large": ("The file is {m}; the limit is {l}. Convert to MP3 or cut the best 10–20 s.",
                       "文件大小 {m}，上限 {l}。请转为 MP3 或截取最佳 10～20 秒。", FIX_BEST_WINDOW),
    "sample_rate_low": ("Sample rate {m} is below {l}. Record at 48 kHz (upsampling adds no detail).",
                        "采样率 {m} 低于 {l}。请以 48 kHz 录制（升采样不会增加细节）。", FIX_CONVERT),
    "sample_rate_high": ("Sample rate {m} is above the recommended {l}; convert it down.",
                         "采样率 {m} 高于建议的 {l}，请降采样转换。", FIX_CONVERT),
    "too_many_channels": ("{m} channels; at most {l} are accepted. Convert to mono.",
                          "{m} 个声道，最多支持 {l} 个。请转为单声道。", FIX_CONVERT),
    "not_mono": ("{m} channels; mono is safest. Convert to mono.", "{m} 个声道，建议单声道，请转为单声道。",
                 FIX_CONVERT),
    "stereo_first_channel": ("Stereo file: the service uses the first channel only.",
                             "立体声文件：服务只使用第一个声道。", FIX_CONVERT),
    "silent": ("No speech was found in the take.", "录音中没有检测到语音。", None),
    "no_speech": ("No speech was found: this sounds like a steady tone, music or humming, not a person "
                  "talking. Record someone reading aloud.",
                  "未检测到语音：这听起来像持续的音调、音乐或哼唱，而不是人在说话。请录制朗读的人声。", None),
    "too_short": ("The take lasts {m}; at least {l} is needed.", "录音时长 {m}，至少需要 {l}。", None),
    "speech_too_short": ("Only {m} of speech; at least {l} of non-silent audio is needed.",
                         "有效语音仅 {m}，至少需要 {l} 的非静音音频。", None),
    "longer_than_recommended": ("The take lasts {m}; {l} or less is recommended. Cut the best window.",
                                "录音时长 {m}，建议不超过 {l}。请截取最佳片段。", FIX_BEST_WINDOW),
    "longer_than_allowed": ("The take lasts {m}; {p} takes at most {l}. Cut the best window.",
                            "录音时长 {m}，{p} 最长只接受 {l}。请截取最佳片段。", FIX_BEST_WINDOW),
    "no_continuous_speech": ("The longest continuous speech is {m}; at least one stretch over {l} is needed. "
                             "Read without stopping.", "最长连续语音 {m}，至少需要一段超过 {l} 的连续朗读。", None),
    "pause_too_long": ("A pause of {m}; keep pauses under {l}.", "存在 {m} 的停顿，停顿请保持在 {l} 以内。",
                       FIX_BEST_WINDOW),
    "low_bandwidth": ("The audio only reaches {m} (limit {l}): it was probably recorded or sent at a lower "
                      "rate and upsampled. Re-record at 48 kHz.",
                      "音频频带仅到 {m}（要求 {l}）：可能以更低采样率录制后再升采样。请以 48 kHz 重新录制。", None),
    "edge_silence_long": ("{m} of silence at an edge; 100–200 ms is enough. Trim it.",
                          "边缘静音 {m}，保留 100～200 毫秒即可。请裁剪。", FIX_TRIM),
    "clipping": ("{m} clipped stretches (limit {l}). Lower the input gain and record again.",
                 "{m} 处削波（上限 {l}）。请降低输入增益后重录。", FIX_BEST_WINDOW),
    "peak_too_hot": ("True peak {m} is above {l}; aim for −6 to −3 dBFS.", "真峰值 {m} 高于 {l}，建议 −6～−3 dBFS。",
                     FIX_NORMALIZE),
    "too_quiet": ("Loudness {m} is below {l}; raise the gain or move closer.", "响度 {m} 低于 {l}，请提高增益或靠近话筒。",
                  FIX_NORMALIZE),
    "too_loud": ("Loudness {m} is above {l}.", "响度 {m} 高于 {l}。", FIX_NORMALIZE),
    "noise_floor_high": ("Noise floor {m} is above {l}; find a quieter room or turn off fans.",
                         "底噪 {m} 高于 {l}；请换更安静的环境或关闭风扇等电器。", None),
    "snr_low": ("Speech is only {m} above the noise (needs {l}).", "语音仅高出噪声 {m}（要求 {l}）。", None),
    "dc_offset": ("DC offset {m} (limit {l}); the convert fix removes it.", "直流偏移 {m}（上限 {l}），转换修复可消除。",
                  FIX_CONVERT),
    "level_swings": ("The level swings by {m} (limit {l}); keep a constant distance to the mic.",
                     "音量起伏 {m}（上限 {l}），请与话筒保持固定距离。", None),
    "channels_differ": ("The channels differ by {m} (limit {l}); the service uses the first channel. "
                        "Convert using the better channel.", "两个声道相差 {m}（上限 {l}），服务只用第一个声道。"
                        "请用较好的声道转换。", FIX_CONVERT),
    "needs_dataset": ("This take gives {m} of speech; training needs {l} in total. Build a dataset of takes.",
                      "本条录音有效语音 {m}；训练共需 {l}。请用多条录音构建数据集。", FIX_DATASET),
}

# decode error codes (InvalidInputError.code) → bilingual headline for the matrix
DECODE_MESSAGES: dict[str, tuple[str, str]] = {
    "not_found": ("The file does not exist.", "文件不存在。"),
    "not_a_file": ("Not a regular file.", "不是普通文件。"),
    "unreadable": ("The file cannot be read.", "无法读取文件。"),
    "empty_file": ("The file is empty.", "文件为空。"),
    "not_audio": ("Not an audio file.", "不是音频文件。"),
    "unsupported_format": ("Unsupported audio format.", "不支持的音频格式。"),
    "no_audio_stream": ("The file has no audio stream.", "文件没有音频流。"),
    "corrupt": ("The audio cannot be decoded (damaged file).", "音频无法解码（文件损坏）。"),
    "truncated": ("The file is cut short.", "文件不完整。"),
    "decode_timeout": ("Decoding did not finish in time.", "解码超时。"),
}


_NOISE_CHECKS = ("snr_min", "noise_floor_max")


def _finding(report: Report, rule: Rule, provider: str) -> Finding | None:
    measure, unit, broken, applies = CHECKS[rule.check]
    if not applies(report):
        return None
    measured = measure(report)
    if not broken(measured, rule.limit):
        return None
    en, zh, fix = MESSAGES[rule.code]
    severity = rule.severity
    if rule.check in _NOISE_CHECKS and report.noise.method != "pauses" and severity == ERROR:
        severity = WARNING  # a floor guessed from speech troughs must not fail a take on its own
    p = table(provider)
    m_txt, l_txt = _fmt(measured, unit), _fmt(rule.limit, unit)
    limit: float | str | None = ", ".join(rule.limit) if isinstance(rule.limit, tuple) else rule.limit
    # a shared rule names no vendor code; the provider's table says which of its codes the finding predicts
    vendor_code = rule.vendor_code or next((v.code for v in p.vendor_codes.values() if rule.code in v.findings), None)
    return Finding(rule.code, severity, measured, limit, en.format(m=m_txt, l=l_txt, p=p.name_en),
                   zh.format(m=m_txt, l=l_txt, p=p.name_zh), fix, provider, unit, rule.source.text("en"),
                   vendor_code, rule.source.text("zh"), rule.source.url)


def table(key: str) -> ProviderRules:
    """One rule table by key (a provider's name, or provider_mode for a provider with several)."""
    tables = catalog.rule_tables()
    if key not in tables:
        raise KeyError(f"unknown provider rule table: {key}")
    return tables[key]


def evaluate(report: Report, provider_key: str) -> list[Finding]:
    """The broken rules of one provider, most severe first; one finding per code."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    best: dict[str, Finding] = {}
    rules = table(provider_key).rules
    own = {r.check for r in rules}
    for rule in (*rules, *(r for r in universal_rules() if r.check not in own)):
        f = _finding(report, rule, provider_key)
        if f is not None and (f.code not in best or rank[f.severity] < rank[best[f.code].severity]):
            best[f.code] = f
    return sorted(best.values(), key=lambda f: rank[f.severity])


def verdict(findings: Iterable[Finding]) -> str:
    severities = {f.severity for f in findings}
    if ERROR in severities:
        return FAIL
    return WARN if WARNING in severities else PASS


def preflight(report: Report, providers: Iterable[str] | None = None) -> dict[str, ProviderVerdict]:
    """The pre-flight matrix: one column per provider rule table."""
    out: dict[str, ProviderVerdict] = {}
    for key in providers or catalog.rule_tables():
        p = table(key)
        found = evaluate(report, key)
        out[key] = ProviderVerdict(key, p.name_en, p.name_zh, verdict(found), found)
    return out


def preflight_error(err: StudioError, providers: Iterable[str] | None = None) -> dict[str, ProviderVerdict]:
    """The matrix for a file that could not be analysed: every provider fails with the decode error."""
    code = err.code or "corrupt"
    en, zh = DECODE_MESSAGES.get(code, ("The file cannot be analysed.", "无法分析该文件。"))
    out: dict[str, ProviderVerdict] = {}
    for key in providers or catalog.rule_tables():
        p = table(key)
        fix = FIX_CONVERT if code == "unsupported_format" else None
        f = Finding(code, ERROR, None, None, err.detail or en, err.detail_zh or zh, fix, key, "",
                    "The studio could not decode the file", p.decode_errors.get(code), "工作室无法解码该文件")
        out[key] = ProviderVerdict(key, p.name_en, p.name_zh, FAIL, [f])
    return out


def long_pauses(report: Report, provider_key: str) -> list[tuple[float, float]]:
    """The pauses longer than the provider allows, for the waveform view to mark (none without a limit)."""
    limits = [float(r.limit) for r in table(provider_key).rules
              if r.check == "pause_max" and isinstance(r.limit, int | float)]
    if not limits:
        return []
    limit = min(limits)
    return [(s, e) for s, e in report.speech.pauses if e - s > limit]


def vendor_answers(findings: Iterable[Finding]) -> list[VendorCode]:
    """The vendor errors these findings predict ("the vendor would answer …"), most severe first."""
    seen: list[VendorCode] = []
    for f in findings:
        codes = table(f.provider).vendor_codes if f.provider in catalog.rule_tables() else {}
        if f.vendor_code and f.severity != INFO and f.vendor_code in codes:
            v = codes[f.vendor_code]
            if v not in seen:
                seen.append(v)
    return seen
