"""Crash recovery: unfinished takes are found, repaired and returned as recovered takes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.audio.recovery import find_unfinished, recover_takes
from studio.audio.writer import HEADER_BYTES, WavFile, journal_path

RATE = 48000
ROOT = Path(__file__).resolve().parents[3]


def crashed_take(folder: Path, name: str, seconds_synced: float, seconds_after: float, bits: int = 16) -> Path:
    """A take as a crash leaves it: header patched at the last sync, more audio after it, journal present."""
    path = folder / f"{name}.wav"
    journal_path(path).write_text(json.dumps({"version": 1, "rate": RATE, "bits": bits, "channels": 1,
                                              "name": name, "started": "2025-01-01T10:00:00+00:00",
                                              "meta": {"script": "en", "line_index": 7}}))
    wav = WavFile(path, RATE, bits, sync_interval_s=seconds_synced, fsync=False)
    t = np.arange(int((seconds_synced + seconds_after) * RATE)) / RATE
    x = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    cut = int(seconds_synced * RATE)
    wav.write(x[:cut])  # reaches the sync interval: header patched
    wav.write(x[cut:])  # after the last sync
    wav._f.close()  # the process dies: no final header patch
    return path


@pytest.mark.parametrize("bits", [16, 24])
def test_a_crashed_take_is_repaired_with_all_audio_on_disk(tmp_path: Path, bits: int) -> None:
    path = crashed_take(tmp_path, "take-1", 1.0, 0.7, bits)
    assert sf.info(path).frames < int(1.7 * RATE)  # the header lags behind the data
    with open(path, "ab") as f:
        f.write(b"\x01")  # half a frame written when the process died
    [take] = recover_takes(tmp_path)
    assert take.source == "recovered" and take.name == "take-1"
    assert take.frames == int(1.7 * RATE) and take.bits == bits
    assert take.peak_db == pytest.approx(-6.02, abs=0.05)
    assert take.rms_db == pytest.approx(-9.03, abs=0.05)
    assert take.meta == {"script": "en", "line_index": 7} and take.started.startswith("2025-01-01")
    y, rate = sf.read(path)
    assert rate == RATE and y.shape[0] == int(1.7 * RATE)
    assert os.path.getsize(path) == HEADER_BYTES + take.frames * bits // 8
    assert find_unfinished(tmp_path) == []
    lib = take.to_take(tmp_path)
    assert lib.source == "recovered" and lib.path == "take-1.wav" and lib.line_index == 7 and lib.script == "en"


def test_takes_with_no_audio_or_no_file_are_cleaned_up(tmp_path: Path) -> None:
    tmp_path = tmp_path / "takes"
    tmp_path.mkdir()
    empty = tmp_path / "empty.wav"
    WavFile(empty, RATE, 16)._f.close()
    journal_path(empty).write_text(json.dumps({"rate": RATE, "bits": 16, "channels": 1}))
    journal_path(tmp_path / "gone.wav").write_text("{}")
    assert recover_takes(tmp_path) == []
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_journal_falls_back_to_the_header(tmp_path: Path) -> None:
    path = crashed_take(tmp_path, "odd", 0.5, 0.5)
    journal_path(path).write_text("{not json")
    [take] = recover_takes(tmp_path)
    assert take.rate == RATE and take.frames == RATE and take.name == "odd"


def test_finished_takes_are_left_alone(tmp_path: Path) -> None:
    wav = WavFile(tmp_path / "done.wav", RATE, 16, fsync=False)
    wav.write(np.zeros(RATE, np.float32))
    wav.close()
    assert recover_takes(tmp_path) == [] and recover_takes(tmp_path / "missing") == []
    assert sf.info(tmp_path / "done.wav").frames == RATE


CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from tests.fakes.audio_stream import FakeStreamFactory, sine_source
from studio.audio.recorder import Recorder
factory = FakeStreamFactory(source=sine_source(440.0, 0.5), realtime=2.0)
recorder = Recorder(factory)
recorder.open_device(None, 48000)
recorder.start_take({path!r}, 16)
while True:
    print(recorder.read_meter().take_seconds, flush=True)
    time.sleep(0.02)
"""


def test_sigkilled_recording_process_loses_at_most_one_second(tmp_path: Path) -> None:
    takes = tmp_path / "takes"
    takes.mkdir()
    path = takes / "killed.wav"
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(root=str(ROOT), path=str(path)))
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    captured = 0.0
    deadline = time.monotonic() + 60
    try:
        assert child.stdout is not None
        for line in child.stdout:
            captured = float(line)
            if captured >= 3.0 or time.monotonic() > deadline:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert captured >= 3.0 and child.returncode == -signal.SIGKILL
    assert journal_path(path).exists()
    [take] = recover_takes(takes)
    assert take.source == "recovered"
    assert captured - 1.0 <= take.duration_s  # at most one second lost
    y, rate = sf.read(path, dtype="float32")
    assert y.shape[0] == take.frames
    # The audio is the fake's continuous sine: no gap or glitch anywhere in what was kept.
    step = 2 * np.pi * 440 * 0.5 / rate
    assert np.max(np.abs(np.diff(y))) <= step * 1.05 + 1 / 32768
