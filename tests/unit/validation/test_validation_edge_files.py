"""≥ 30 generated edge and bad files: each gets the expected finding or a clear, coded error."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from studio.errors import InvalidInputError
from studio.validation.findings import FAIL, PASS, evaluate, preflight, vendor_answers, verdict
from studio.validation.measure import analyze
from tests.unit.validation.factory import EN, ESPEAK_RATE, SHORT, ZH, Factory, resample

Builder = Callable[[Factory], Path]


@dataclass(frozen=True)
class Expect:
    provider: str | None = None  # None with `error`: analyze must raise
    code: str | None = None
    severity: str | None = None
    verdict: str | None = None
    vendor: str | None = None  # the vendor error the finding predicts
    absent: bool = False  # the code must NOT be reported


def _good(f: Factory, name: str, rate: int = 48000, subtype: str = "PCM_16", fmt: str | None = None,
          **kw: object) -> Path:
    return f.write(name, f.good(rate, **kw), rate, subtype, fmt)


def _stereo(f: Factory, name: str, left_gain: float, right_gain: float) -> Path:
    x = f.good()
    return f.write(name, np.stack([x * left_gain, x * right_gain], axis=1), 48000)


def _short_utterances(f: Factory) -> Path:
    parts = [f.speech(t) for t in SHORT]
    return f.write("choppy.wav", f.take(parts, gap_s=1.2), 48000)


def _long_pause(f: Factory) -> Path:
    return f.write("long_pause.wav", f.take([f.speech(EN[0]), f.speech(EN[1])], gap_s=3.0), 48000)


def _clipped(f: Factory) -> Path:
    x = np.clip(f.good() * 8.0, -1.0, 1.0)
    return f.write("clipped.wav", x, 48000)


def _noisy(f: Factory) -> Path:
    return f.write("noisy.wav", f.good(noise_dbfs=-32.0, seed=3), 48000)


def _big(f: Factory) -> Path:
    x = f.take([f.speech(t) for t in EN * 3], peak_dbfs=-6)
    return f.write("big.wav", np.stack([x, x], axis=1), 48000)


def _seventy(f: Factory) -> Path:
    return f.write("seventy.wav", f.take([f.speech(t) for t in EN * 3] + [f.speech(EN[0])], gap_s=0.7), 48000)


def _upsampled_8k(f: Factory) -> Path:
    x8 = resample(f.good(rate=ESPEAK_RATE, noise_dbfs=None), ESPEAK_RATE, 8000)
    x = resample(x8, 8000, 48000)
    return f.write("up8k.wav", x + np.random.default_rng(5).standard_normal(len(x)) * 10 ** (-90 / 20), 48000)


def _level_swings(f: Factory) -> Path:
    a = f.speech(EN[0]) * 10 ** (-18 / 20)
    b = f.speech(EN[1])
    c = f.speech(EN[2]) * 10 ** (-18 / 20)
    return f.write("swings.wav", f.take([a, b, c], peak_dbfs=-3), 48000)


def _raw(name: str, data: bytes) -> Builder:
    def build(f: Factory) -> Path:
        p = f.path(name)
        p.write_bytes(data)
        return p
    return build


def _cut(name: str, src: Builder, keep: int | float) -> Builder:
    def build(f: Factory) -> Path:
        data = src(f).read_bytes()
        n = keep if isinstance(keep, int) else int(len(data) * keep)
        p = f.path(name)
        p.write_bytes(data[:n])
        return p
    return build


def _m4a(f: Factory) -> Path:
    return f.ffmpeg(_good(f, "for_m4a.wav"), "take.m4a", "-c:a", "aac", "-b:a", "128k")


def _adts(f: Factory) -> Path:
    return f.ffmpeg(_good(f, "for_adts.wav"), "take.aac", "-c:a", "aac", "-f", "adts")


def _video_only(f: Factory) -> Path:
    out = f.path("video.mp4")
    import subprocess

    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=1:size=32x32:rate=5",
                    "-c:v", "mpeg4", str(out)], check=True)
    return out


def _mp3(f: Factory) -> Path:
    import lameenc

    x = f.good(rate=24000)
    enc = lameenc.Encoder()
    enc.set_bit_rate(96)
    enc.set_in_sample_rate(24000)
    enc.set_channels(1)
    enc.set_quality(2)
    pcm = (np.clip(x, -1, 1) * 32767).astype(np.int16).tobytes()
    p = f.path("take.mp3")
    p.write_bytes(bytes(enc.encode(pcm)) + bytes(enc.flush()))
    return p


ERR = "error"
CASES: list[tuple[str, Builder, list[Expect]]] = [
    ("good_48k", lambda f: _good(f, "good48.wav"), [Expect("cosyvoice", verdict=PASS), Expect("local", verdict=PASS)]),
    ("mandarin_24k", lambda f: f.write("zh.wav", f.take([f.speech(ZH[0], "cmn")], rate=24000), 24000),
     [Expect("cosyvoice", verdict=PASS), Expect("local", verdict=PASS)]),
    ("silent_digital", lambda f: f.write("silent.wav", np.zeros(48000 * 15), 48000),
     [Expect("cosyvoice", "silent", "error", FAIL, "Audio.AudioSilentError"), Expect("local", "silent", "error")]),
    ("silent_room_tone", lambda f: f.write("roomtone.wav", f.rng.standard_normal(48000 * 15) * 10 ** (-75 / 20), 48000),
     [Expect("cosyvoice", "silent", "error")]),
    ("five_seconds", lambda f: f.write("5s.wav", f.take([f.speech(EN[0])[: 5 * ESPEAK_RATE]], lead_s=0, tail_s=0), 48000),
     [Expect("cosyvoice", "too_short", "error", vendor="Audio.AudioShortError"),
      Expect("cosyvoice", "speech_too_short", "error", vendor="Audio.AudioSilentError"),
      Expect("local", "speech_too_short", "error")]),
    ("seventy_seconds", _seventy, [Expect("cosyvoice", "longer_than_allowed", "error"),  # page: 最长不得超过60秒
                                   Expect("local", "longer_than_recommended", "warning")]),
    ("native_8k", lambda f: _good(f, "8k.wav", rate=8000),
     [Expect("cosyvoice", "sample_rate_low", "error", FAIL, "Audio.AudioRateError"),
      Expect("sambert", "sample_rate_low", "warning")]),
    ("upsampled_8k", _upsampled_8k, [Expect("cosyvoice", "low_bandwidth", "warning"),
                                     Expect("cosyvoice", "sample_rate_low", absent=True)]),
    ("float32_wav", lambda f: _good(f, "float.wav", subtype="FLOAT"),
     [Expect("cosyvoice", "unsupported_format", "error", vendor="BadRequest.UnsupportedFileFormat"),
      Expect("sambert", "unsupported_format", absent=True)]),
    ("pcm24_wav", lambda f: _good(f, "pcm24.wav", subtype="PCM_24"), [Expect("cosyvoice", "unsupported_format", "error")]),
    ("stereo_same", lambda f: _stereo(f, "stereo.wav", 1.0, 1.0),
     [Expect("cosyvoice", "stereo_first_channel", "info"), Expect("cosyvoice", verdict=PASS),
      Expect("tencent_train", "not_mono", "warning")]),
    ("stereo_left_silent", lambda f: _stereo(f, "stereo_l0.wav", 0.0, 1.0),
     [Expect("cosyvoice", "silent", "error"), Expect("cosyvoice", "channels_differ", "warning")]),
    ("three_channels", lambda f: f.write("3ch.wav", np.stack([f.good()] * 3, axis=1), 48000),
     [Expect("cosyvoice", "too_many_channels", "error")]),
    ("clipped", _clipped, [Expect("cosyvoice", "clipping", "error"), Expect("cosyvoice", "peak_too_hot", "warning")]),
    ("noisy", _noisy, [Expect("cosyvoice", "snr_low", "error", vendor="InternalError"),
                       Expect("cosyvoice", "noise_floor_high", "warning")]),
    ("very_quiet", lambda f: _good(f, "quiet.wav", peak_dbfs=-45.0, noise_dbfs=-100.0),
     [Expect("cosyvoice", "too_quiet", "warning")]),
    ("hot_peaks", lambda f: _good(f, "hot.wav", peak_dbfs=-0.2), [Expect("cosyvoice", "peak_too_hot", "warning")]),
    ("over_10mb", _big, [Expect("cosyvoice", "file_too_large", "error", vendor="Audio.FileSizeExceed"),
                         Expect("sambert", "file_too_large", absent=True)]),
    ("no_continuous_5s", _short_utterances, [Expect("cosyvoice", "no_continuous_speech", "error")]),
    ("long_pause", _long_pause, [Expect("cosyvoice", "pause_too_long", "warning")]),
    ("dc_offset", lambda f: f.write("dc.wav", f.good() + 0.05, 48000), [Expect("cosyvoice", "dc_offset", "warning")]),
    ("edge_silence", lambda f: _good(f, "edges.wav", lead_s=3.0, tail_s=2.0),
     [Expect("cosyvoice", "edge_silence_long", "info")]),
    ("level_swings", _level_swings, [Expect("cosyvoice", "level_swings", "warning", vendor="InternalError")]),
    ("rate_96k", lambda f: _good(f, "96k.wav", rate=96000), [Expect("sambert", "sample_rate_high", "warning")]),
    ("rate_22k", lambda f: _good(f, "22k.wav", rate=22050),
     [Expect("sambert", "sample_rate_low", "warning"),
      Expect("cosyvoice", "sample_rate_low", absent=True)]),  # the clone page asks ≥ 16 kHz
    ("flac", lambda f: _good(f, "take.flac", fmt="FLAC"),
     [Expect("cosyvoice", "unsupported_format", "error"), Expect("local", verdict=PASS)]),
    ("ogg_vorbis", lambda f: _good(f, "take.ogg", subtype="VORBIS", fmt="OGG"),
     [Expect("cosyvoice", "unsupported_format", "error"), Expect("sambert", "unsupported_format", "error")]),
    ("aiff", lambda f: _good(f, "take.aiff", fmt="AIFF"), [Expect("cosyvoice", "unsupported_format", "error")]),
    ("mp3", _mp3, [Expect("cosyvoice", "unsupported_format", absent=True), Expect("cosyvoice", verdict=PASS)]),
    ("m4a", _m4a, [Expect("cosyvoice", "unsupported_format", absent=True), Expect("cosyvoice", verdict=PASS)]),
    ("adts_aac", _adts, [Expect("cosyvoice", "unsupported_format", "error")]),
    ("webm_opus", lambda f: f.ffmpeg(_good(f, "for_webm.wav"), "take.webm", "-c:a", "libopus"),
     [Expect("cosyvoice", "unsupported_format", "error"), Expect("local", verdict=PASS)]),
    ("video_without_audio", _video_only, [Expect(code="no_audio_stream", vendor="BadRequest.UnsupportedFileFormat")]),
    ("rate_2k", lambda f: f.write("2k.wav", f.rng.standard_normal(4000) * 0.1, 2000), [Expect(code="unsupported_format")]),
    ("empty", _raw("empty.wav", b""), [Expect(code="empty_file", vendor="BadRequest.UnsupportedFileFormat")]),
    ("text_renamed", _raw("notes.wav", b"These are my recording notes.\nTake 3 was best.\n"),
     [Expect(code="not_audio")]),
    ("wrong_magic", _raw("garbage.wav", bytes(np.random.default_rng(7).integers(0, 256, 4096, dtype=np.uint8))),
     [Expect(code="unsupported_format")]),
    ("riff_not_wave", _raw("riff.wav", b"RIFF\x10\x00\x00\x00AVI LIST" + bytes(64)), [Expect(code="corrupt")]),
    ("truncated_header", _cut("hdr.wav", lambda f: _good(f, "for_hdr.wav"), 20), [Expect(code="corrupt")]),
    ("truncated_data", _cut("half.wav", lambda f: _good(f, "for_half.wav"), 0.5),
     [Expect(code="truncated", vendor="Audio.DecoderError")]),
    ("truncated_m4a", _cut("half.m4a", _m4a, 4000), [Expect(code="corrupt")]),
    ("mp3_garbage", _raw("noise.mp3", b"\xff\xfb\x90\x00" + bytes(range(256)) * 8), [Expect(code="corrupt")]),
]


@pytest.mark.parametrize(("name", "build", "expects"), CASES, ids=[c[0] for c in CASES])
def test_edge_file(factory: Factory, name: str, build: Builder, expects: list[Expect]) -> None:
    path = build(factory)
    errors = [e for e in expects if e.provider is None]
    if errors:
        with pytest.raises(InvalidInputError) as info:
            analyze(path)
        assert info.value.code == errors[0].code, info.value.detail
        assert info.value.detail and info.value.detail_zh, "errors explain themselves in English and Chinese"
        if errors[0].vendor:
            from studio.validation.findings import preflight_error

            col = preflight_error(info.value)["cosyvoice"]
            assert col.verdict == FAIL and col.findings[0].vendor_code == errors[0].vendor
        return
    report = analyze(path)
    for e in expects:
        assert e.provider is not None
        found = evaluate(report, e.provider)
        codes = {f.code: f for f in found}
        if e.verdict:
            assert verdict(found) == e.verdict, (e.provider, [(f.code, f.severity, f.measured) for f in found])
        if e.code is None:
            continue
        if e.absent:
            assert e.code not in codes, (e.provider, codes[e.code])
            continue
        assert e.code in codes, (e.provider, e.code, [(f.code, f.severity, f.measured) for f in found])
        f = codes[e.code]
        if e.severity:
            assert f.severity == e.severity, (e.code, f.severity, f.measured)
        if e.vendor:
            assert f.vendor_code == e.vendor
            assert e.vendor in [v.code for v in vendor_answers(found)]
        assert f.message_en and f.message_zh and f.source


def test_case_count() -> None:
    assert len(CASES) >= 30


def test_not_found_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError) as info:
        analyze(tmp_path / "missing.wav")
    assert info.value.code == "not_found"
    with pytest.raises(InvalidInputError) as info:
        analyze(tmp_path)
    assert info.value.code == "not_a_file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInputError) as info:
        analyze(fifo)
    assert info.value.code == "not_a_file"


def test_matrix_covers_every_provider(good_take: Path) -> None:
    matrix = preflight(analyze(good_take))
    assert list(matrix) == ["local", "cosyvoice", "sambert", "tencent_vrs_one_sentence", "tencent_train",
                            "tencent_generate"]
    one_sentence = matrix.pop("tencent_vrs_one_sentence")  # 16.6 s: over the one-sentence clone's 15 s
    assert one_sentence.verdict == "fail" and "longer_than_allowed" in {f.code for f in one_sentence.findings}
    assert all(col.verdict in ("pass", "warn") for col in matrix.values()), {
        k: [(f.code, f.severity) for f in v.findings] for k, v in matrix.items()}
