"""Sample rules: the shape of a rule table, and the recording-quality rules every provider shares.

A provider's own tables live in its vendor package (declared by its spec; `studio.catalog` gathers
them). A rule names a `check` (the measurement it compares, implemented in findings.py), a `limit`,
the `severity` when the limit is broken and the finding `code` it raises. Several rules may share a
code at different severities (SNR under 35 dB warns, under 20 dB fails): only the most severe broken
one is reported. `vendor_code` is the error the vendor would return for a sample breaking the rule,
where the vendor documents one. Every rule cites the public page it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.i18n import Text
from studio.providers.spec import DocRef

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class Cite:
    """Where a rule comes from: a public document and the part of it that says so."""

    doc: DocRef
    section: str | Text = ""  # a heading as the page writes it, or per language (a Chinese page's heading
    # with an English gloss for English readers: Text("音频要求 / audio requirements", "音频要求"))

    def text(self, lang: str = "en") -> str:
        """The document's title and the part cited, in the reader's language."""
        title = self.doc.title(lang)
        section = self.section(lang) if isinstance(self.section, Text) else self.section
        return f"{title} — {section}" if section else title

    @property
    def url(self) -> str:
        return self.doc.url


@dataclass(frozen=True)
class Rule:
    check: str
    limit: float | tuple[str, ...] | None
    severity: str
    code: str
    source: Cite
    vendor_code: str | None = None


@dataclass(frozen=True)
class TargetFormat:
    """What the convert fix produces for this provider."""

    min_rate: int
    max_rate: int
    channels: int = 1
    container: str = "wav"  # "wav" (16-bit PCM) or "mp3"


@dataclass(frozen=True)
class VendorCode:
    code: str
    http_status: int
    meaning_en: str
    meaning_zh: str
    findings: tuple[str, ...]  # finding codes (or decode error codes) that predict it


@dataclass(frozen=True)
class ProviderRules:
    key: str  # the rule table's id (a provider name, or provider_mode where a provider has several)
    name_en: str
    name_zh: str
    short_en: str  # a column title
    short_zh: str
    mode: str  # "zero-shot", "training" or "conversion"
    rules: tuple[Rule, ...]
    target: TargetFormat
    notes_en: str = ""
    notes_zh: str = ""
    vendor_codes: dict[str, VendorCode] = field(default_factory=dict)  # what the vendor answers, by code
    decode_errors: dict[str, str] = field(default_factory=dict)  # decode error code → vendor code

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en

    def short(self, lang: str) -> str:
        return self.short_zh if lang.startswith("zh") else self.short_en


# Public recording guides the shared quality rules rest on.
AZURE_RECORDING = DocRef(Text("Microsoft Azure AI Speech: Recording voice samples for custom voice",
                              "Microsoft Azure AI 语音：为自定义语音录制样本"),
                         "https://learn.microsoft.com/azure/ai-services/speech-service/record-custom-voice-samples")
ACX_REQUIREMENTS = DocRef(Text("ACX Audio Submission Requirements", "ACX 有声书音频提交要求"),
                          "https://www.acx.com/help/acx-audio-submission-requirements/201456300")
BS1770 = DocRef(Text("ITU-R BS.1770: Algorithms to measure audio programme loudness and true-peak level",
                     "ITU-R BS.1770：节目响度与真峰值测量算法"),
                "https://www.itu.int/rec/R-REC-BS.1770")
AUDACITY_METER = DocRef(Text("Audacity Manual: Meter Toolbar (clipping indicator)", "Audacity 手册：电平表（削波指示）"),
                        "https://manual.audacityteam.org/man/meter_toolbar.html")
RECORDING_PRACTICE = DocRef(Text("Recording practice: a DC offset wastes headroom and thumps at cuts",
                                 "录音惯例：直流偏移会占用余量并在剪切处产生爆音"))


# What the VAD calls speech must be a person talking, not a tone, a tune or humming (speechlike.py). Every
# table is judged by it, whether or not it includes the quality rules (findings.evaluate adds it).
SPEECH_LIKE = Rule("speech_like", 0.5, ERROR, "no_speech",
                   Cite(AZURE_RECORDING, "a voice talent reading the script aloud"), None)


def universal_rules() -> tuple[Rule, ...]:
    """Rules every provider's table is judged by (added where a table does not have one of that check)."""
    return (SPEECH_LIKE,)


def quality_rules(noise_vendor_code: str | None = None, level_swing: Cite | None = None) -> tuple[Rule, ...]:
    """Recording-quality rules shared by every provider; `noise_vendor_code` is what the vendor answers
    to noise, where it documents it, and `level_swing` the page that names a swinging level."""
    azure = Cite(AZURE_RECORDING)
    return (
        SPEECH_LIKE,
        Rule("clip_runs_max", 0, WARNING, "clipping", Cite(AUDACITY_METER), None),
        Rule("clip_runs_max", 9, ERROR, "clipping", Cite(AUDACITY_METER), None),
        Rule("true_peak_max", -1.0, WARNING, "peak_too_hot", Cite(AZURE_RECORDING, "peaks −6 to −3 dBFS"), None),
        Rule("loudness_min", -35.0, WARNING, "too_quiet", Cite(ACX_REQUIREMENTS, "RMS −23 to −18 dB"), None),
        Rule("loudness_max", -10.0, WARNING, "too_loud", Cite(ACX_REQUIREMENTS, "RMS −23 to −18 dB"), None),
        Rule("noise_floor_max", -60.0, WARNING, "noise_floor_high", Cite(ACX_REQUIREMENTS, "noise floor ≤ −60 dB"),
             noise_vendor_code),
        Rule("snr_min", 35.0, WARNING, "snr_low", Cite(AZURE_RECORDING, "SNR"), noise_vendor_code),
        Rule("snr_min", 20.0, ERROR, "snr_low", Cite(AZURE_RECORDING, "SNR"), noise_vendor_code),
        Rule("dc_max", -40.0, WARNING, "dc_offset", Cite(RECORDING_PRACTICE), None),
        Rule("lra_max", 15.0, WARNING, "level_swings", level_swing or Cite(BS1770), noise_vendor_code),
        Rule("channel_imbalance_max", 6.0, WARNING, "channels_differ", azure, None),
    )
