"""The script booth: read a prompt script line by line, one take per line, toward a speech target.

A session lives in its own folder (under the takes folder) with a `session.json` so that it resumes
after a restart. A line is recorded to `line-NNNN.rec.wav` and, once finished, moved over
`line-NNNN.wav` (an atomic rename): re-recording a line replaces its take only when the new one is
complete, so a crash mid-line never loses the previous good take. Each take gets a quick check
(level, clipping, silence) so a bad line is redone at once instead of being found an hour later.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from studio.audio.scripts import Script, load_script
from studio.audio.take import TakeInfo
from studio.audio.warnings import WarningCode
from studio.library.models import now_iso

QUIET_PEAK_DB = -20.0  # a read line whose loudest peak stays below this is clearly under-recorded
LOUD_PEAK_DB = -1.0
MIN_SPEECH_S = 0.5
MIN_SPEECH_FRACTION = 0.4  # of the line's estimated reading time: less means the line was cut short

def training_minutes() -> float:
    """The speech a training needs, as the providers that train declare it (the most any asks for)."""
    from studio import catalog

    return max((s.recording.minutes_needed for s in catalog.specs()), default=20.0)


CHECK_MESSAGES: dict[str, tuple[str, str]] = {
    "clipping": ("Clipped: lower the gain and read the line again.", "有削波：请调低增益后重读。"),
    "too_loud": ("Too loud: peaks above −1 dBFS.", "音量过大：峰值超过 −1 dBFS。"),
    "too_quiet": ("Too quiet: raise the gain or come closer.", "音量过低：请调高增益或靠近麦克风。"),
    "no_speech": ("No speech was heard.", "没有检测到说话声。"),
    "cut_short": ("Much shorter than the line: was it read completely?", "比句子短很多：是否读完整了？"),
    "long_silence": ("Long silence in the take.", "录音中有较长的静音。"),
    "overflow": ("Audio was lost during the take.", "录音中有音频丢失。"),
}


@dataclass(frozen=True)
class LineCheck:
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def messages(self, lang: str = "en") -> list[str]:
        return [CHECK_MESSAGES[p][1 if lang.startswith("zh") else 0] for p in self.problems]


def quick_check(info: TakeInfo, expected_s: float | None = None) -> LineCheck:
    problems = []
    codes = set(info.warning_codes)
    if info.clip_count > 0:
        problems.append("clipping")
    elif info.peak_db >= LOUD_PEAK_DB:
        problems.append("too_loud")
    if info.speech_s < MIN_SPEECH_S:
        problems.append("no_speech")
    else:
        if info.peak_db < QUIET_PEAK_DB or WarningCode.TOO_QUIET in codes:
            problems.append("too_quiet")
        if expected_s and info.speech_s < MIN_SPEECH_FRACTION * expected_s:
            problems.append("cut_short")
    if WarningCode.LONG_SILENCE in codes:
        problems.append("long_silence")
    if info.overflows or info.dropped_frames:
        problems.append("overflow")
    return LineCheck(tuple(problems))


@dataclass
class LineTake:
    index: int
    file: str  # relative to the session folder
    duration_s: float
    speech_s: float
    peak_db: float
    rms_db: float
    clip_count: int
    warnings: list[str]
    problems: list[str]
    recorded: str = field(default_factory=now_iso)

    @property
    def check(self) -> LineCheck:
        return LineCheck(tuple(self.problems))


class ScriptSession:
    def __init__(self, script: Script, folder: Path, *, target_minutes: float | None = None) -> None:
        self.script = script
        self.folder = Path(folder)
        self.target_minutes = training_minutes() if target_minutes is None else target_minutes
        self.current = 0
        self.takes: dict[int, LineTake] = {}

    # -- navigation -------------------------------------------------------------------------------
    @property
    def current_line(self) -> str:
        return self.script.lines[self.current]

    def goto(self, index: int) -> int:
        self.current = max(0, min(index, len(self.script) - 1))
        return self.current

    def next(self) -> int:
        return self.goto(self.current + 1)

    def previous(self) -> int:
        return self.goto(self.current - 1)

    def next_unrecorded(self) -> int | None:
        order = list(range(self.current, len(self.script))) + list(range(self.current))
        return next((i for i in order if i not in self.takes), None)

    # -- recording --------------------------------------------------------------------------------
    def final_path(self, index: int) -> Path:
        return self.folder / f"line-{index + 1:04d}.wav"

    def recording_path(self, index: int | None = None) -> Path:
        """Where to record the current (or given) line; re-recording uses the same place."""
        i = self.current if index is None else index
        return self.folder / f"line-{i + 1:04d}.rec.wav"

    def recorder_meta(self, index: int | None = None) -> dict[str, Any]:
        i = self.current if index is None else index
        return {"script": self.script.id, "line_index": i, "session": self.folder.name}

    def record_result(self, info: TakeInfo, index: int | None = None) -> tuple[LineTake, TakeInfo]:
        """Keep a finished take for a line (replacing an earlier one); returns it and its final TakeInfo."""
        i = self.current if index is None else index
        final = self.final_path(i)
        if info.path != final and Path(info.path).exists():
            os.replace(info.path, final)
        kept = replace(info, path=final, meta={**info.meta, **self.recorder_meta(i)})
        check = quick_check(kept, self.script.line_seconds(i))
        line = LineTake(i, final.name, round(kept.duration_s, 3), round(kept.speech_s, 3), round(kept.peak_db, 2),
                        round(kept.rms_db, 2), kept.clip_count, kept.warning_codes, list(check.problems))
        self.takes[i] = line
        self.save()
        return line, kept

    def discard(self, index: int) -> None:
        line = self.takes.pop(index, None)
        if line is not None:
            (self.folder / line.file).unlink(missing_ok=True)
            self.save()

    # -- progress ---------------------------------------------------------------------------------
    @property
    def speech_minutes(self) -> float:
        return sum(t.speech_s for t in self.takes.values()) / 60.0

    @property
    def progress(self) -> float:
        return min(1.0, self.speech_minutes / self.target_minutes) if self.target_minutes > 0 else 1.0

    @property
    def lines_needing_redo(self) -> list[int]:
        return sorted(i for i, t in self.takes.items() if t.problems)

    # -- persistence ------------------------------------------------------------------------------
    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"version": 1, "script": self.script.id, "script_path": self.script.path,
                "target_minutes": self.target_minutes, "current": self.current,
                "takes": [asdict(t) for t in sorted(self.takes.values(), key=lambda t: t.index)]}
        tmp = self.folder / "session.json.tmp"
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.folder / "session.json")

    @classmethod
    def load(cls, folder: Path) -> ScriptSession:
        folder = Path(folder)
        data = json.loads((folder / "session.json").read_text(encoding="utf-8"))
        sid = data["script"]
        try:
            script = load_script(sid)
        except Exception:
            script = load_script(data.get("script_path") or sid)
        session = cls(script, folder, target_minutes=float(data.get("target_minutes") or training_minutes()))
        for raw in data.get("takes", []):
            line = LineTake(**raw)
            if (folder / line.file).exists() and line.index < len(script):
                session.takes[line.index] = line
        session.goto(int(data.get("current", 0)))
        return session
