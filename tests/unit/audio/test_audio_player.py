"""Playback through the fake output stream: files, arrays, streamed PCM, position, stop."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.audio.player import Player
from studio.errors import DeviceError, InvalidInputError
from tests.fakes.audio_stream import FakeStreamFactory

RATE = 24000


def ramp(n: int) -> np.ndarray:
    return np.linspace(-0.5, 0.5, n, dtype=np.float32)


def drain(factory: FakeStreamFactory, player: Player, limit: int = 10_000) -> None:
    out = factory.outputs[-1]
    for _ in range(limit):
        if not player.is_playing:
            return
        if player._ring.available < out.blocksize and not player._eof:
            # pull only whole blocks while the feeder is still writing: a partial block would be an
            # underrun (zeros) that a real device would not see from a feeder that keeps up
            threading.Event().wait(0.001)
            continue
        out.pull()
    raise AssertionError("playback did not finish")


def test_plays_an_array_and_reports_position() -> None:
    factory = FakeStreamFactory()
    finished = threading.Event()
    player = Player(factory, on_finished=finished.set)
    x = ramp(RATE)
    player.play_array(x, RATE)
    assert player.is_playing and player.duration_s == 1.0
    drain(factory, player)
    out = factory.outputs[-1]
    assert finished.is_set() and not player.is_playing and player.wait(0)
    assert np.array_equal(out.audio[:RATE], x) and np.all(out.audio[RATE:] == 0)
    assert player.position_s == pytest.approx(1.0)


def test_plays_a_file_from_an_offset_mixing_stereo_to_mono(tmp_path: Path) -> None:
    path = tmp_path / "s.wav"
    left = ramp(RATE)
    sf.write(path, np.stack([left, left * 0.5], axis=1), RATE, subtype="FLOAT")
    factory = FakeStreamFactory()
    player = Player(factory)
    player.play_file(path, start_s=0.5)
    assert player.position_s == pytest.approx(0.5)
    drain(factory, player)
    played = factory.outputs[-1].audio[: RATE // 2]
    assert np.allclose(played, left[RATE // 2:] * 0.75, atol=1e-6)
    assert player.position_s == pytest.approx(1.0)


def test_streamed_pcm_plays_as_it_arrives_and_counts_underruns() -> None:
    factory = FakeStreamFactory()
    player = Player(factory)
    sink = player.open_stream(RATE)
    out = factory.outputs[-1]
    pcm = (ramp(4800) * 32768).astype("<i2")
    sink.write(pcm.tobytes())
    out.pull(10)  # 4800 frames: everything written so far
    out.pull(1)  # nothing queued and not ended: an underrun, silence
    assert player.underruns == 1 and player.is_playing
    sink.write(np.ones(480, np.float32) * 0.25)
    sink.end()
    out.pull(2)
    assert not player.is_playing
    audio = out.audio
    assert np.allclose(audio[:4800], pcm / 32768.0)
    assert np.all(audio[4800:5280] == 0) and np.allclose(audio[5280:5760], 0.25)


def test_stop_ends_playback_and_the_stream() -> None:
    factory = FakeStreamFactory()
    player = Player(factory)
    player.play_array(ramp(RATE * 10), RATE)
    while player._ring.available < 3 * 480:  # the feeder thread fills the ring
        threading.Event().wait(0.001)
    factory.outputs[-1].pull(3)
    player.stop()
    assert not player.is_playing and factory.outputs[-1].closed
    assert player.position_s == pytest.approx(3 * 480 / RATE)


def test_errors() -> None:
    factory = FakeStreamFactory()
    factory.fail_open[None] = "Device unavailable"
    player = Player(factory)
    with pytest.raises(DeviceError):
        player.play_array(ramp(10), RATE)
    assert not player.is_playing
    with pytest.raises(InvalidInputError):
        Player(FakeStreamFactory()).play_file("/nonexistent/file.wav")
