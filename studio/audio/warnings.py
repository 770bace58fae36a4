"""Live take warnings, raised while recording and kept on the take.

Fed by the recorder's worker with each block's statistics (see `meter.BlockStats`). Thresholds come
from shared/specs/providers-and-samples.md §3: peaks never above −1 dBFS; clipping as the meter's clip
light defines it; overflows as PortAudio and the ring report them.

"Too quiet" looks at the 400 ms RMS only while someone speaks, so pauses do not count. The spec's
−23..−18 dB RMS (ACX) is for mastered audio; raw read speech peaking at −6 dBFS measures about −24 dB
on 400 ms windows (espeak-ng speech, median over voiced windows), so the warning fires below −30 dB —
speech that peaks around −12 dBFS or lower — rather than nagging about a well-set level.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from studio.audio.meter import BlockStats, db, power_db


class WarningCode(StrEnum):
    CLIPPING = "clipping"
    TOO_QUIET = "too_quiet"
    TOO_LOUD = "too_loud"
    LONG_SILENCE = "long_silence"
    OVERFLOW = "overflow"


MESSAGES: dict[WarningCode, tuple[str, str]] = {
    WarningCode.CLIPPING: ("Clipping: lower the input gain or move back from the microphone.",
                           "削波：请调低输入增益或离麦克风远一些。"),
    WarningCode.TOO_QUIET: ("Too quiet: raise the input gain or move closer to the microphone.",
                            "音量过低：请调高输入增益或靠近麦克风。"),
    WarningCode.TOO_LOUD: ("Too loud: peaks above −1 dBFS; lower the input gain.",
                           "音量过大：峰值超过 −1 dBFS，请调低输入增益。"),
    WarningCode.LONG_SILENCE: ("Long silence while recording.", "录音中有较长的静音。"),
    WarningCode.OVERFLOW: ("Audio was lost (input overflow): close other programs or choose a larger buffer.",
                           "有音频丢失（输入溢出）：请关闭其他程序或增大缓冲。"),
}


@dataclass(frozen=True)
class Thresholds:
    quiet_rms_db: float = -30.0
    quiet_speech_s: float = 3.0
    loud_peak_db: float = -1.0
    silence_s: float = 5.0
    speech_gate_db: float = -45.0  # block RMS above this (or noise floor + margin) is speech
    speech_margin_db: float = 12.0
    hangover_s: float = 0.3  # gaps between syllables shorter than this stay "speech"


@dataclass
class TakeWarning:
    code: WarningCode
    at_s: float  # first occurrence, seconds into the take
    count: int = 1

    def message(self, lang: str = "en") -> str:
        en, zh = MESSAGES[self.code]
        text = zh if lang.startswith("zh") else en
        if self.count > 1:
            text += f" (×{self.count})"
        return text


@dataclass
class LiveWarnings:
    rate: int
    thresholds: Thresholds = field(default_factory=Thresholds)
    noise_floor_db: float | None = None
    seconds: float = 0.0
    speech_s: float = 0.0
    warnings: dict[WarningCode, TakeWarning] = field(default_factory=dict)
    _since_voice: float = 0.0
    _quiet_run: float = 0.0
    _silence_run: float = 0.0
    _silence_flagged: bool = False
    _loud: bool = False
    _overflows: int = 0

    @property
    def gate_db(self) -> float:
        t = self.thresholds
        if self.noise_floor_db is None:
            return t.speech_gate_db
        return max(t.speech_gate_db, self.noise_floor_db + t.speech_margin_db)

    def update(self, stats: BlockStats, rms_400_db: float, overflows: int = 0) -> list[TakeWarning]:
        """Account one block; returns warnings raised (or counted again) by it."""
        if stats.frames == 0:
            return []
        t = self.thresholds
        dt = stats.frames / self.rate
        at = self.seconds
        self.seconds += dt
        raised: list[TakeWarning] = []
        if stats.clip_events:
            raised.append(self._raise(WarningCode.CLIPPING, at, stats.clip_events))
        loud = db(stats.peak, -200.0) >= t.loud_peak_db
        if loud and not self._loud:
            raised.append(self._raise(WarningCode.TOO_LOUD, at))
        self._loud = loud
        if overflows > self._overflows:
            raised.append(self._raise(WarningCode.OVERFLOW, at, overflows - self._overflows))
            self._overflows = overflows

        voiced = power_db(stats.sum_squares / stats.frames, -200.0) >= self.gate_db
        self._since_voice = 0.0 if voiced else self._since_voice + dt
        speaking = self._since_voice < t.hangover_s
        if speaking:
            self.speech_s += dt
            self._silence_run, self._silence_flagged = 0.0, False
            if rms_400_db < t.quiet_rms_db:
                self._quiet_run += dt
                if self._quiet_run >= t.quiet_speech_s:
                    raised.append(self._raise(WarningCode.TOO_QUIET, at))
                    self._quiet_run = 0.0  # count again only after another 3 s of quiet speech
            else:
                self._quiet_run = 0.0
        else:
            self._silence_run += dt
            if self._silence_run >= t.silence_s and not self._silence_flagged:
                raised.append(self._raise(WarningCode.LONG_SILENCE, at))
                self._silence_flagged = True
        return raised

    def _raise(self, code: WarningCode, at: float, count: int = 1) -> TakeWarning:
        w = self.warnings.get(code)
        if w is None:
            w = self.warnings[code] = TakeWarning(code, at, count)
        else:
            w.count += count
        return w

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(str(c) for c in self.warnings)

    def as_list(self) -> list[TakeWarning]:
        return list(self.warnings.values())
