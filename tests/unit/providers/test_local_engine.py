"""The offline engine, measured: pitch, formants, pace, loudness, VAD coverage, streaming, storage, no network.

Reference takes are made here with the system `espeak-ng` program (a low voice, `-p 20`, and a high one,
the `+f3` variant at `-p 70` moved further up by a Praat PSOLA shift), independent of the engine's own
bundled library. Each assertion compares numbers measured with parselmouth, pyloudnorm or webrtcvad.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import parselmouth
import pyloudnorm
import pytest
import soundfile
import webrtcvad
from parselmouth.praat import call
from scipy.signal import resample_poly

from studio.cancel import CancelToken
from studio.errors import CancelledError, InvalidInputError, NotFoundError
from studio.providers.base import Capability, EnrollRequest, SynthesisRequest
from studio.providers.local.engine import LocalEngineProvider, create
from studio.providers.local.profile import build_profile
from studio.providers.local.tts import REFERENCE_PROBE, split_scripts, split_sentences

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs the espeak-ng program")

RAINBOW = (
    "When the sunlight strikes raindrops in the air, they act as a prism and form a rainbow. The rainbow is "
    "a division of white light into many beautiful colors. These take the shape of a long round arch, with "
    "its path high above, and its two ends apparently beyond the horizon."
)
EN_TEXT = "Good morning, this is a short test of the offline voice. It should sound calm and clear."
ZH_TEXT = "今天天气很好，我们一起去公园散步吧。明天早上八点在门口见面。"


# --- reference takes -----------------------------------------------------------------------------
def _espeak(path: Path, text: str, *args: str) -> Path:
    subprocess.run(["espeak-ng", *args, "-w", str(path), text], check=True, capture_output=True)
    return path


def _shift(path: Path, out: Path, formant_ratio: float, pitch_ratio: float) -> Path:
    sound = parselmouth.Sound(str(path))
    median = call(sound.to_pitch(), "Get quantile", 0, 0, 0.5, "Hertz")
    shifted = call(sound, "Change gender", 60, 600, formant_ratio, median * pitch_ratio, 1.0, 1.0)
    shifted.save(str(out), "WAV")
    return out


@pytest.fixture(scope="module")
def takes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("takes")
    high_raw = _espeak(d / "high-raw.wav", RAINBOW, "-v", "en-us+f3", "-p", "70")
    return {
        "low": _espeak(d / "low.wav", RAINBOW, "-v", "en-us", "-p", "20"),
        "high": _shift(high_raw, d / "high.wav", formant_ratio=1.06, pitch_ratio=1.12),
        "slow": _espeak(d / "slow.wav", RAINBOW, "-v", "en-us", "-s", "125"),
        "fast": _espeak(d / "fast.wav", RAINBOW, "-v", "en-us", "-s", "230"),
        "zh": _espeak(d / "zh.wav", "北风和太阳正在争论谁的本事大。这时候路上来了一个走路的，他身上穿着一件厚大衣。"
                      "他们俩就商量好了，谁能先叫这个走路的脱下他的厚大衣，就算谁的本事大。",
                      "-v", "cmn-latn-pinyin", "-p", "40"),  # 1.51's `cmn` spells Han as English pinyin
    }


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> LocalEngineProvider:
    return LocalEngineProvider(tmp_path_factory.mktemp("home"))


@pytest.fixture(scope="module")
def voices(engine: LocalEngineProvider, takes: dict[str, Path]) -> dict[str, str]:
    return {name: engine.enroll(EnrollRequest(name=name, audio_path=path)).remote_id
            for name, path in takes.items()}


# --- measuring -----------------------------------------------------------------------------------
def _decode(audio: bytes) -> tuple[np.ndarray, int]:
    data, sr = soundfile.read(io.BytesIO(audio), dtype="float64")
    return data, int(sr)


def _f0_median(x: np.ndarray, sr: int) -> float:
    pitch = parselmouth.Sound(x, sampling_frequency=sr).to_pitch_ac(pitch_floor=50.0, pitch_ceiling=500.0)
    f0 = pitch.selected_array["frequency"]
    return float(np.median(f0[f0 > 0]))


def _file_f0(path: Path) -> float:
    x, sr = soundfile.read(str(path), dtype="float64")
    return _f0_median(x, sr)


def _f2_f3(x: np.ndarray, sr: int) -> float:
    """Mean of median F2 and F3 over voiced frames, one fixed ceiling for every voice."""
    sound = parselmouth.Sound(x, sampling_frequency=sr)
    pitch = sound.to_pitch_ac(pitch_floor=50.0, pitch_ceiling=500.0)
    formant = sound.to_formant_burg(max_number_of_formants=5, maximum_formant=5500.0)
    times = [t for t in pitch.xs() if (pitch.get_value_at_time(t) or 0) > 0]
    f2 = np.nanmedian([formant.get_value_at_time(2, t) for t in times])
    f3 = np.nanmedian([formant.get_value_at_time(3, t) for t in times])
    return float((f2 + f3) / 2)


def _vad(x: np.ndarray, sr: int) -> tuple[float, float]:
    """(speech seconds, longest pause inside speech) by webrtcvad at 16 kHz, 30 ms frames."""
    pcm = (np.clip(resample_poly(x, 16000, sr) if sr != 16000 else x, -1, 1) * 32767).astype("<i2")
    vad, n = webrtcvad.Vad(2), 480
    flags = [vad.is_speech(pcm[i : i + n].tobytes(), 16000) for i in range(0, pcm.size - n + 1, n)]
    idx = np.flatnonzero(flags)
    if idx.size == 0:
        return 0.0, 0.0
    gaps = np.diff(idx) - 1
    return idx.size * 0.03, float(gaps.max() * 0.03) if gaps.size else 0.0


def _say(engine: LocalEngineProvider, voice: str, text: str, **kw: Any) -> tuple[np.ndarray, int]:
    result = engine.synthesize(SynthesisRequest(text=text, voice=voice, **kw))
    return _decode(result.audio)


# --- text handling -------------------------------------------------------------------------------
def test_sentences_and_scripts_split_where_a_reader_pauses() -> None:
    assert split_sentences("Hello there. How are you?\n你好。我很好！") == [
        "Hello there.", "How are you?", "你好。", "我很好！"]
    assert split_sentences("Pi is 3.14 today.") == ["Pi is 3.14 today."]
    long = "，".join(["这是一个很长的分句"] * 40) + "。"
    assert all(len(s) <= 250 for s in split_sentences(long)) and len(split_sentences(long)) > 1
    assert split_scripts("我喜欢 Python and tea, 真的。") == [
        ("zh", "我喜欢"), ("en", "Python and tea,"), ("zh", "真的。")]
    assert split_scripts("用 USB 麦克风。", inline_latin_words=2) == [("zh", "用 USB 麦克风。")]
    assert split_scripts("2024", default="zh") == [("zh", "2024")]


# --- enrolment -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("seconds", "code"), [(3.0, "too_short"), (10.0, "silent")])
def test_short_or_silent_samples_are_refused_in_both_languages(tmp_path: Path, seconds: float, code: str) -> None:
    path = tmp_path / "bad.wav"
    noise = np.random.default_rng(1).normal(0, 0.05, int(seconds * 16000)) if code == "too_short" else None
    soundfile.write(str(path), noise if noise is not None else np.zeros(int(seconds * 16000)), 16000)
    with pytest.raises(InvalidInputError) as err:
        build_profile(path, REFERENCE_PROBE)
    assert err.value.code == code and err.value.detail and err.value.detail_zh


def test_noise_without_voicing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.wav"
    soundfile.write(str(path), np.random.default_rng(2).normal(0, 0.1, 8 * 16000), 16000)
    with pytest.raises(InvalidInputError) as err:
        build_profile(path, REFERENCE_PROBE)
    assert err.value.code == "no_speech"


def test_profile_measures_pitch_vocal_tract_and_pace(
    engine: LocalEngineProvider, voices: dict[str, str], takes: dict[str, Path]
) -> None:
    p = {k: engine.get_voice(v).extra["profile"] for k, v in voices.items()}
    for name in ("low", "high"):
        assert p[name]["f0_median_hz"] == pytest.approx(_file_f0(takes[name]), rel=0.05)
        assert 1.0 < p[name]["f0_range_st"] < 12.0
    assert p["low"]["formant_scale"] == pytest.approx(1.0, abs=0.06)  # same vocal tract as the reference
    assert p["high"]["formant_scale"] > p["low"]["formant_scale"] + 0.08
    assert p["slow"]["syllable_rate"] < 0.75 * p["fast"]["syllable_rate"]
    assert 12.0 < p["low"]["sample_s"] < 30.0


# --- synthesis, measured -------------------------------------------------------------------------
@pytest.mark.parametrize("speaker", ["low", "high"])
@pytest.mark.parametrize("text", [EN_TEXT, ZH_TEXT], ids=["en", "zh"])
def test_pitch_median_within_ten_percent_of_the_reference(
    engine: LocalEngineProvider, voices: dict[str, str], takes: dict[str, Path], speaker: str, text: str
) -> None:
    x, sr = _say(engine, voices[speaker], text)
    assert _f0_median(x, sr) == pytest.approx(_file_f0(takes[speaker]), rel=0.10)


def test_pitch_holds_on_the_espeak_english_base_too(
    engine: LocalEngineProvider, voices: dict[str, str], takes: dict[str, Path]
) -> None:
    for speaker in ("low", "high"):
        x, sr = _say(engine, voices[speaker], EN_TEXT, extra={"english_voice": "espeak"})
        assert _f0_median(x, sr) == pytest.approx(_file_f0(takes[speaker]), rel=0.10)


@pytest.mark.parametrize("text", [EN_TEXT, ZH_TEXT], ids=["en", "zh"])
def test_formants_move_the_right_way(engine: LocalEngineProvider, voices: dict[str, str], text: str) -> None:
    low, high = (_say(engine, voices[s], text) for s in ("low", "high"))
    assert _f2_f3(*high) > 1.06 * _f2_f3(*low)


@pytest.mark.parametrize(("text", "units"), [(EN_TEXT, len(EN_TEXT.split())), (ZH_TEXT, len(re.findall(
    r"[\u4e00-\u9fff]", ZH_TEXT)))], ids=["en", "zh"])
@pytest.mark.parametrize("speaker", ["low", "high"])
def test_speech_covers_the_text_without_long_silences(
    engine: LocalEngineProvider, voices: dict[str, str], speaker: str, text: str, units: int
) -> None:
    x, sr = _say(engine, voices[speaker], text)
    speech_s, longest_pause = _vad(x, sr)
    assert 0.15 * units < speech_s < 0.8 * units  # words (en) or characters (zh) at a plausible pace
    assert longest_pause < 0.8
    assert speech_s > 0.6 * x.size / sr


def test_pace_follows_the_sample(engine: LocalEngineProvider, voices: dict[str, str]) -> None:
    slow, fast = (_say(engine, voices[s], EN_TEXT) for s in ("slow", "fast"))
    assert slow[0].size / slow[1] > 1.3 * fast[0].size / fast[1]


def test_loudness_follows_the_sample_and_the_volume(
    engine: LocalEngineProvider, voices: dict[str, str], takes: dict[str, Path], tmp_path: Path
) -> None:
    x, sr = _say(engine, voices["low"], EN_TEXT)
    ref, ref_sr = soundfile.read(str(takes["low"]), dtype="float64")
    assert pyloudnorm.Meter(sr).integrated_loudness(x) == pytest.approx(
        pyloudnorm.Meter(ref_sr).integrated_loudness(ref), abs=2.0)
    quiet = tmp_path / "quiet.wav"
    soundfile.write(str(quiet), ref * 10 ** (-8 / 20), ref_sr)
    qid = engine.enroll(EnrollRequest(name="quiet", audio_path=quiet)).remote_id
    q, _ = _say(engine, qid, EN_TEXT)
    loud, _ = _say(engine, voices["low"], EN_TEXT, volume=100)
    meter = pyloudnorm.Meter(sr)
    assert meter.integrated_loudness(x) - meter.integrated_loudness(q) == pytest.approx(8.0, abs=1.5)
    assert meter.integrated_loudness(loud) - meter.integrated_loudness(x) == pytest.approx(6.0, abs=1.0)
    engine.delete_voice(qid)


def test_mixed_chinese_and_english(engine: LocalEngineProvider, voices: dict[str, str]) -> None:
    result = engine.synthesize(SynthesisRequest(text="我喜欢用电脑写代码。And I also like green tea.",
                                                voice=voices["high"]))
    x, sr = _decode(result.audio)
    assert [t["text"] for t in result.timestamps] == ["我喜欢用电脑写代码。", "And I also like green tea."]
    for stamp in result.timestamps:
        part = x[int(stamp["begin_ms"] * sr / 1000) : int(stamp["end_ms"] * sr / 1000)]
        assert _vad(part, sr)[0] > 0.8


def test_stock_voices_speak_without_a_sample(engine: LocalEngineProvider) -> None:
    ids = [v.remote_id for v in engine.stock_voices()]
    assert all(v.stock and v.extra["preview"] for v in engine.stock_voices())
    base, high = (_f0_median(*_say(engine, rid, EN_TEXT)) for rid in ids)
    assert high / base == pytest.approx(1.9, rel=0.1)


def test_request_pitch_and_rate_apply(engine: LocalEngineProvider, voices: dict[str, str]) -> None:
    plain = _say(engine, voices["low"], EN_TEXT)
    tuned = _say(engine, voices["low"], EN_TEXT, pitch=1.25, rate=1.3)
    assert _f0_median(*tuned) / _f0_median(*plain) == pytest.approx(1.25, rel=0.06)
    # the rate speeds the speech up; the pauses between sentences and clauses keep their length
    assert _spoken(tuned[0]) < 0.85 * _spoken(plain[0])


def _spoken(x: np.ndarray) -> int:
    """Samples of sound (pauses left out): 10 ms frames louder than −50 dBFS."""
    frames = x[: x.size // 160 * 160].reshape(-1, 160)
    return int(np.count_nonzero(np.sqrt(np.mean(frames**2, axis=1)) > 10 ** (-50 / 20))) * 160


# --- streaming, formats, cancellation ------------------------------------------------------------
def test_sentences_stream_as_they_are_made(engine: LocalEngineProvider, voices: dict[str, str]) -> None:
    pieces: list[bytes] = []
    text = "First sentence here. Second one follows. 第三句是中文。"
    result = engine.synthesize(SynthesisRequest(text=text, voice=voices["low"], format="pcm",
                                                sample_rate=16000), on_audio=pieces.append)
    assert len(pieces) == 3 and b"".join(pieces) == result.audio
    assert result.first_audio_s is not None and result.first_audio_s < result.total_s
    assert len(result.timestamps) == 3 and result.characters == len(text)


def test_cancel_between_sentences(engine: LocalEngineProvider, voices: dict[str, str]) -> None:
    token, pieces = CancelToken(), []

    def sink(piece: bytes) -> None:
        pieces.append(piece)
        token.cancel()

    with pytest.raises(CancelledError):
        engine.synthesize(SynthesisRequest(text="One. Two. Three. Four.", voice=voices["low"]), sink, token)
    assert len(pieces) == 1


@pytest.mark.parametrize(("fmt", "rate"), [("wav", 24000), ("wav", 44100), ("pcm", 16000), ("mp3", 22050)])
def test_formats_and_rates(engine: LocalEngineProvider, voices: dict[str, str], fmt: str, rate: int) -> None:
    pieces: list[bytes] = []
    result = engine.synthesize(SynthesisRequest(text="Testing formats.", voice=voices["low"], format=fmt,
                                                sample_rate=rate), on_audio=pieces.append)
    assert result.format == fmt and result.sample_rate == rate
    if fmt == "pcm":
        x = np.frombuffer(result.audio, "<i2")
        assert b"".join(pieces) == result.audio
    elif fmt == "mp3":
        import av

        assert b"".join(pieces) == result.audio
        with av.open(io.BytesIO(result.audio)) as c:
            frames = [f.to_ndarray() for f in c.decode(audio=0)]
            assert c.streams.audio[0].sample_rate == rate
        x = np.concatenate([f.reshape(-1) for f in frames])
    else:
        x, sr = _decode(result.audio)
        assert sr == rate and pieces[0][:4] == b"RIFF"
        streamed, _ = soundfile.read(io.BytesIO(b"".join(pieces)), dtype="float64")
        assert streamed.size == x.size
    assert 0.7 < x.size / rate < 3.0


@pytest.mark.parametrize(("kw", "code"), [({"format": "opus"}, "format"), ({"format": "mp3", "sample_rate": 23000},
                                           "sample_rate"), ({"text": "   "}, "empty_text"), ({"text": "。…!"}, "empty_text")])
def test_bad_requests_are_refused(engine: LocalEngineProvider, kw: dict[str, Any], code: str) -> None:
    args: dict[str, Any] = {"text": "Hello.", "voice": "stock-base", **kw}
    with pytest.raises(InvalidInputError) as err:
        engine.synthesize(SynthesisRequest(**args))
    assert err.value.code == code and err.value.detail_zh


# --- voices on disk ------------------------------------------------------------------------------
def test_voice_lifecycle_on_disk(tmp_path: Path, takes: dict[str, Path]) -> None:
    provider = LocalEngineProvider(tmp_path)
    steps: list[float] = []
    voice = provider.enroll(EnrollRequest(name="Me", audio_path=takes["low"]), progress=lambda f, _: steps.append(f))
    assert steps == sorted(steps) and steps[-1] == 1.0
    assert voice.extra["preview"] is True and "approximation" in voice.extra["note"] and voice.extra["note_zh"]
    stored = json.loads((tmp_path / "local-voices" / f"{voice.remote_id}.json").read_text("utf-8"))
    assert stored["profile"]["f0_median_hz"] == voice.extra["profile"]["f0_median_hz"]
    (tmp_path / "local-voices" / "lv-broken.json").write_text("{not json", "utf-8")
    assert [v.remote_id for v in provider.list_voices()] == [voice.remote_id]
    renamed = provider.update_voice(voice.remote_id, EnrollRequest(name="Me again"))
    assert renamed.name == "Me again" and renamed.extra["profile"] == voice.extra["profile"]
    moved = provider.update_voice(voice.remote_id, EnrollRequest(name="", audio_path=takes["high"]))
    assert moved.name == "Me again" and moved.extra["profile"]["f0_median_hz"] > 150
    assert LocalEngineProvider(tmp_path).get_voice(voice.remote_id).extra["profile"]["f0_median_hz"] > 150
    provider.delete_voice(voice.remote_id)
    with pytest.raises(NotFoundError):
        provider.get_voice(voice.remote_id)
    with pytest.raises(NotFoundError):
        provider.delete_voice(voice.remote_id)
    with pytest.raises(NotFoundError):
        provider.get_voice("../../etc/passwd")
    assert not list((tmp_path / "local-voices").glob(".tmp-*"))


def test_enroll_needs_a_local_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError) as err:
        LocalEngineProvider(tmp_path).enroll(EnrollRequest(name="x", url="https://example.invalid/a.wav"))
    assert err.value.code == "no_file"


def test_create_from_context(tmp_path: Path) -> None:
    class Settings:
        def get(self, key: str) -> Any:
            raise KeyError(key)

    provider = create(SimpleNamespace(settings=Settings(), secrets=None, home=tmp_path))
    assert isinstance(provider, LocalEngineProvider) and provider.name == "local"
    assert provider.title == "Offline engine" and provider.is_configured()
    assert Capability.OFFLINE in provider.capabilities and Capability.ENROLL in provider.capabilities
    espeak_only = create(SimpleNamespace(settings={"local.english_voice": "espeak"}, secrets=None, home=tmp_path))
    assert isinstance(espeak_only, LocalEngineProvider) and espeak_only.english_voice == "espeak"
    assert "offline" in provider.test_connection().lower()
    provider.warm_up()  # loads and measures the base voices; later calls reuse them


# --- no network ----------------------------------------------------------------------------------
def test_works_with_networking_disabled(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, takes: dict[str, Path]
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    provider = LocalEngineProvider(tmp_path)
    vid = provider.enroll(EnrollRequest(name="offline", audio_path=takes["high"])).remote_id
    for text in (EN_TEXT, ZH_TEXT):
        x, sr = _decode(provider.synthesize(SynthesisRequest(text=text, voice=vid)).audio)
        assert _vad(x, sr)[0] > 1.0


@pytest.mark.slow
def test_a_fresh_process_loads_everything_without_network(tmp_path: Path, takes: dict[str, Path]) -> None:
    """Imports, engine loading and reference measurement happen lazily: check them in a clean process."""
    script = textwrap.dedent(f"""
        import socket
        def refuse(*a, **k):
            raise OSError("network disabled")
        socket.socket = refuse
        socket.create_connection = refuse
        from pathlib import Path
        from studio.providers.base import EnrollRequest, SynthesisRequest
        from studio.providers.local.engine import LocalEngineProvider
        p = LocalEngineProvider(Path({str(tmp_path)!r}))
        vid = p.enroll(EnrollRequest(name="x", audio_path=Path({str(takes["low"])!r}))).remote_id
        for text in ({EN_TEXT!r}, {ZH_TEXT!r}):
            assert len(p.synthesize(SynthesisRequest(text=text, voice=vid)).audio) > 40000
        print("ok", p.test_connection())
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[3])
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")
