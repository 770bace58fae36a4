"""The presentation layer: one formatter per kind of value, in the studio's language.

Domain objects carry codes and plain numbers; views never `str()` them. Every level, duration,
rate, size, count, date, finding, fix, device and quota on screen goes through here, so a value reads
the same in every pane: units named, a precision that means something (a level to 0.1 dB, a rate in
kHz, a duration to 0.1 s), a real minus sign, and words translated with Qt (context "Format").
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from studio.ui.names import language, provider_title

MINUS = "\u2212"
DB_FLOOR = -120.0


translate = QCoreApplication.translate  # by this name, so pyside6-lupdate finds the strings


def number(value: float, decimals: int = 1) -> str:
    """A decimal with a real minus sign and no "-0.0"."""
    if not math.isfinite(value):
        return "—"
    text = f"{value:.{decimals}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    return text.replace("-", MINUS)


def count(value: float) -> str:
    """A whole number with digit grouping (10,560), as both studio languages write it."""
    return f"{round(value):,}"


# levels
def level(db: float | None, unit: str = "dBFS") -> str:
    if db is None:
        return "—"
    return f"{number(max(DB_FLOOR, db), 1)} {unit}"


def gain(db: float) -> str:
    sign = "+" if db >= 0.05 else ""
    return f"{sign}{number(db, 1)} dB"


# time
def duration(seconds: float | None) -> str:
    """13.5 s · 2 min 05 s · 1 h 02 min (in Chinese 13.5 秒 · 2 分 05 秒 · 1 小时 02 分)."""
    if seconds is None or not math.isfinite(seconds):
        return "—"
    s = max(0.0, seconds)
    if s < 0.05 and s > 0:
        return translate("Format", "%1 ms").replace("%1", count(s * 1000))
    if s < 60:
        return translate("Format", "%1 s").replace("%1", number(s, 1 if s < 59.95 else 0))
    if s < 3600:
        minutes, secs = divmod(round(s), 60)
        return translate("Format", "%1 min %2 s").replace("%1", str(minutes)).replace("%2", f"{secs:02d}")
    hours, rest = divmod(round(s), 3600)
    return translate("Format", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{rest // 60:02d}")



def clock(seconds: float) -> str:
    """A running clock: 0:13.5."""
    m, s = divmod(max(0.0, seconds), 60)
    return f"{int(m)}:{s:04.1f}"


def latency(seconds: float | None) -> str:
    """A short wait: 820 ms, or 2.4 s from ten seconds up."""
    if seconds is None:
        return "—"
    if seconds < 10:
        return translate("Format", "%1 ms").replace("%1", count(seconds * 1000))
    return duration(seconds)


def when(iso: str) -> str:
    """A stored timestamp (ISO 8601, UTC or naive) in local time, to the minute."""
    if not iso:
        return "—"
    try:
        stamp = datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16].replace("T", " ")
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone().strftime("%Y-%m-%d %H:%M")


def expiry(expires: datetime | None, now: datetime | None = None, *, short: bool = False) -> str:
    """When a voice stops working, counted in calendar days in local time: "Expires on 2025-06-10 (in
    5 days)", "Expires on 2025-06-06 (today)", "Expired on 2025-06-01"; `short` for a list cell ("in 5 days",
    "expired")."""
    if expires is None:
        return ""
    stamp = expires if expires.tzinfo else expires.replace(tzinfo=UTC)
    moment = (now or datetime.now(UTC)).astimezone()
    local = stamp.astimezone()
    days = (local.date() - moment.date()).days
    date = local.strftime("%Y-%m-%d")
    if local <= moment:
        return translate("Format", "expired") if short else translate("Format", "Expired on %1").replace("%1", date)
    if days <= 0:
        left = translate("Format", "expires today")
    elif days == 1:
        left = translate("Format", "expires tomorrow")
    else:
        left = translate("Format", "expires in %1 days").replace("%1", count(days))
    if short:
        return left
    when_left = {0: translate("Format", "today"), 1: translate("Format", "tomorrow")}.get(
        max(0, days), translate("Format", "in %1 days").replace("%1", count(days)))
    return translate("Format", "Expires on %1 (%2)").replace("%1", date).replace("%2", when_left)


# frequency, size, money
def rate(hz: float | None) -> str:
    """48 kHz · 22.05 kHz · 500 Hz."""
    if hz is None:
        return "—"
    if hz >= 1000:
        return f"{round(hz / 1000, 2):g} kHz"
    return f"{hz:.0f} Hz"


def size(n_bytes: float) -> str:
    if n_bytes < 1024 * 1024:
        return translate("Format", "%1 KB").replace("%1", count(max(1.0, n_bytes / 1024)) if n_bytes else "0")
    return translate("Format", "%1 MB").replace("%1", number(n_bytes / (1024 * 1024), 1))


def money(yuan: float) -> str:
    """An estimate in yuan: to a tenth of a fen below ¥1 (a short audition costs fractions of a fen)."""
    if 0 < yuan < 0.001:
        return "< ¥0.001"
    return "≈ ¥" + (f"{yuan:.3f}".rstrip("0").rstrip(".") if yuan < 1 else f"{yuan:.2f}")



def channels(n: int) -> str:
    return {1: translate("Format", "mono"), 2: translate("Format", "stereo")}.get(n, translate("Format", "%1 channels").replace("%1", str(n)))


def audio_format(container: str, codec: str, bit_depth: int | None, sample_format: str) -> str:
    """WAV, 16-bit PCM · WAV, 32-bit float · MP3 · M4A (AAC)."""
    kind = container.upper()
    if sample_format == "float":
        return translate("Format", "%1, %2-bit float").replace("%1", kind).replace("%2", str(bit_depth or 32))
    if sample_format == "int" and bit_depth:
        return translate("Format", "%1, %2-bit PCM").replace("%1", kind).replace("%2", str(bit_depth))
    codec_name = {"MPEG_LAYER_III": "MP3", "VORBIS": "Vorbis", "OPUS": "Opus"}.get(codec.upper(), codec.upper())
    return kind if codec_name in ("", kind) else f"{kind} ({codec_name})"


# a measurement in a finding, by the unit the rule declares
def quantity(value: Any, unit: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    v = float(value)
    if unit == "bytes":
        return size(v)
    if unit == "Hz":
        return rate(v)
    if unit == "s":
        return duration(v)
    if unit in ("dBFS", "dBTP", "LUFS"):
        return level(v, unit)
    if unit in ("dB", "LU"):
        return f"{number(v, 1)} {unit}"
    if unit:
        return f"{number(v, 1)} {unit}"
    return count(v) if float(v).is_integer() else number(v, 2)


# fixes and findings
def fix_title(kind: Any) -> str:
    key = str(getattr(kind, "value", kind))
    return {
        "convert": translate("Format", "Convert"),
        "trim": translate("Format", "Trim edges"),
        "normalize": translate("Format", "Normalise loudness"),
        "best_window": translate("Format", "Best 10–20 s"),
        "dataset": translate("Format", "Build a training dataset"),
        "selection": translate("Format", "Keep selection"),
    }.get(key, translate("Format", "a fix"))


def finding_title(code: str, message: str = "") -> str:
    """A short row title for a finding (the pre-flight matrix); the message's first clause otherwise."""
    titles = {
        "unsupported_format": translate("Format", "File format"),
        "file_too_large": translate("Format", "File size"),
        "sample_rate_low": translate("Format", "Sample rate"),
        "sample_rate_high": translate("Format", "Sample rate"),
        "too_many_channels": translate("Format", "Channels"),
        "not_mono": translate("Format", "Channels"),
        "stereo_first_channel": translate("Format", "Channels"),
        "silent": translate("Format", "No speech"),
        "no_speech": translate("Format", "No speech found"),
        "too_short": translate("Format", "Length"),
        "speech_too_short": translate("Format", "Amount of speech"),
        "longer_than_recommended": translate("Format", "Length"),
        "longer_than_allowed": translate("Format", "Length"),
        "no_continuous_speech": translate("Format", "Continuous speech"),
        "pause_too_long": translate("Format", "Pauses"),
        "low_bandwidth": translate("Format", "Bandwidth"),
        "edge_silence_long": translate("Format", "Silence at the edges"),
        "clipping": translate("Format", "Clipping"),
        "peak_too_hot": translate("Format", "Peak level"),
        "too_quiet": translate("Format", "Too quiet"),
        "too_loud": translate("Format", "Too loud"),
        "noise_floor_high": translate("Format", "Background noise"),
        "snr_low": translate("Format", "Speech over noise"),
        "dc_offset": translate("Format", "DC offset"),
        "level_swings": translate("Format", "Level swings"),
        "channels_differ": translate("Format", "Channel balance"),
        "needs_dataset": translate("Format", "Training dataset"),
        "not_found": translate("Format", "File missing"),
        "not_a_file": translate("Format", "Not a file"),
        "unreadable": translate("Format", "Unreadable file"),
        "empty_file": translate("Format", "Empty file"),
        "not_audio": translate("Format", "Not audio"),
        "no_audio_stream": translate("Format", "No audio stream"),
        "corrupt": translate("Format", "Damaged file"),
        "truncated": translate("Format", "File cut short"),
        "decode_timeout": translate("Format", "Decoding"),
    }
    if code in titles:
        return titles[code]
    first = re.split(r"[。.:：;；]", message, maxsplit=1)[0].strip()
    return first if len(first) <= 28 else first[:27] + "…"


def severity(word: str) -> str:
    return {"error": translate("Format", "must fix"), "warning": translate("Format", "should fix"), "info": translate("Format", "note")}.get(word, word)


def citation_html(title: str, url: str = "") -> str:
    """A vendor's or standard's document by its title, linked to its public page."""
    if not title:
        return ""
    return f'<a href="{escape(url, quote=True)}">{escape(title)}</a>' if url else escape(title)


def finding_detail_html(finding: Any, vendor_meaning: str = "") -> str:
    """Everything a finding says, for the detail pane: the message, measured against the limit, what the
    provider would answer, the fix by its name, and the document the rule comes from."""
    lang = language()
    message = finding.message_zh if lang.startswith("zh") else finding.message_en
    parts = [f"<b>{escape(message)}</b>"]
    unit = getattr(finding, "unit", "")
    measured, limit = getattr(finding, "measured", None), getattr(finding, "limit", None)
    if measured is not None and limit is not None and not isinstance(measured, str):
        parts.append(escape(translate("Format", "Measured %1; the limit is %2.").replace("%1", quantity(measured, unit))
                            .replace("%2", quantity(limit, unit))))
    if vendor_meaning:
        parts.append(escape(translate("Format", "Uploaded as it is, the provider would refuse it: %1").replace("%1", vendor_meaning)))
    fix = getattr(finding, "fix", None)
    if fix:
        parts.append(escape(translate("Format", "The “%1” fix below can repair this.").replace("%1", fix_title(fix))))
    elif finding.severity != "info":
        parts.append(escape(translate("Format", "No automatic fix: record it again.")))
    cite = finding.cite(lang) if hasattr(finding, "cite") else getattr(finding, "source", "")
    url = getattr(finding, "source_url", "")
    if cite and not _is_our_file(cite):
        parts.append(translate("Format", "From: %1").replace("%1", citation_html(cite, url)))
    return "<br>".join(parts)


def _is_our_file(text: str) -> bool:
    """A citation that names one of the studio's own files is not for users (vendor pages are cited)."""
    return bool(re.search(r"(^|[\s/])(specs?|docs|studio|tests)/[\w./-]+\.(md|py|json)", text)) or text.endswith(".md")


# devices
def device_name(name: str, is_default: bool = False) -> str:
    """What a device picker shows: sound servers and ALSA's virtual devices by what they are, hardware
    addresses left out, the system's default marked once."""
    raw = name.strip()
    key = raw.lower()
    titles = {
        "default": translate("Format", "System default input"),
        "sysdefault": translate("Format", "System default (ALSA)"),
        "pulse": translate("Format", "PulseAudio sound server"),
        "pipewire": translate("Format", "PipeWire sound server"),
        "jack": translate("Format", "JACK sound server"),
        "dmix": translate("Format", "ALSA mixer"),
        "dsnoop": translate("Format", "ALSA shared input"),
    }
    if key in titles:
        text = titles[key]
        return text if key in ("default", "sysdefault") or not is_default else translate("Format", "%1 (default)").replace("%1", text)
    text = re.sub(r"\s*\((hw|plughw):[\d,]+\)\s*$", "", raw) or raw
    return translate("Format", "%1 (default)").replace("%1", text) if is_default else text


# takes
def take_warning(code: str) -> str:
    return {
        "clipping": translate("Format", "clipping"),
        "too_quiet": translate("Format", "too quiet"),
        "too_loud": translate("Format", "too loud"),
        "long_silence": translate("Format", "long silence"),
        "overflow": translate("Format", "audio lost"),
    }.get(code, code.replace("_", " "))


def take_source(source: str) -> str:
    return {"recorded": translate("Format", "recorded"), "imported": translate("Format", "imported"), "recovered": translate("Format", "recovered")}.get(
        source, source)


def quota(provider: str, used: int, limit: int, what: str) -> str:
    noun = {"voices": translate("Format", "voices"), "models": translate("Format", "models"), "training jobs": translate("Format", "training jobs"),
            "characters": translate("Format", "characters")}.get(what, what)
    return translate("Format", "%1: %2 of %3 %4 used").replace("%1", provider_title(provider)).replace("%2", count(used)) \
        .replace("%3", count(limit)).replace("%4", noun)


def rating(word: str) -> str:
    return {"good": translate("Format", "good"), "acceptable": translate("Format", "acceptable"), "poor": translate("Format", "poor")}.get(word, word)


_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"


def cjk_spacing(text: str) -> str:
    """No space between two Chinese characters (a title put into a sentence: "用 离线 复刻" → "用离线复刻");
    the spaces around Latin words stay."""
    return re.sub(f"(?<={_CJK}) (?={_CJK})", "", text)
