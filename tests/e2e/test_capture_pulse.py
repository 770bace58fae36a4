"""Real audio end to end: PortAudio → ALSA pulse plugin → a private PulseAudio null sink.

A known sine is played into the sink by a separate output stream (the studio's Player) or by
`paplay` — never a full-duplex stream — while the Recorder (or the `record` command) captures the
sink's monitor. The take must have the right duration, level and frequency, and no overflow.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.audio.player import Player
from studio.audio.recorder import Recorder
from studio.audio.recovery import recover_takes
from studio.audio.stream import SoundDeviceFactory
from tests.e2e.pulse import RATE, PulseServer, serve

pytestmark = [pytest.mark.audio, pytest.mark.slow]

FREQ = 1000.0
AMPLITUDE = 0.25  # −12.04 dBFS peak, −15.05 dBFS RMS
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    yield from serve(tmp_path_factory)


def _sine(seconds: float, freq: float = FREQ, amplitude: float = AMPLITUDE) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def _dominant_hz(x: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(x.shape[0])))
    return float(np.argmax(spectrum) * rate / x.shape[0])


def _wait_for(cond: object, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def test_recorder_captures_a_sine_played_into_the_null_sink(pulse: PulseServer, tmp_path: Path) -> None:
    factory = SoundDeviceFactory()
    names = [d.name for d in factory.devices()]
    assert "pulse" in names, f"ALSA pulse device missing; PortAudio sees {names}"
    recorder = Recorder(factory)
    player = Player(factory, device=names.index("pulse"))
    try:
        recorder.open_device("pulse", RATE)
        player.play_array(_sine(6.0), RATE)
        # Wait until the tone reaches the monitor before the take starts (PulseAudio adds latency).
        assert _wait_for(lambda: recorder.read_meter().peak_db > -20.0), "no signal reached the monitor"
        recorder.start_take(tmp_path / "sine.wav", 16, max_seconds=2.0)
        assert _wait_for(lambda: not recorder.read_meter().recording, timeout=15.0)
        take = recorder.stop_take()
        snap = recorder.read_meter()
    finally:
        player.stop()
        recorder.close()

    assert take.error is None
    assert take.frames == 2 * RATE
    assert take.overflows == 0 and take.dropped_frames == 0
    x, rate = sf.read(take.path, dtype="float32")
    assert rate == RATE and x.shape[0] == 2 * RATE
    assert abs(take.peak_db - (-12.04)) < 1.0
    assert abs(take.rms_db - (-15.05)) < 1.0
    assert abs(_dominant_hz(x, rate) - FREQ) < 2.0
    assert take.clip_count == 0 and "overflow" not in take.warning_codes
    assert snap.momentary_lufs > -40.0  # the meter saw the tone too


def test_record_command_with_paplay(pulse: PulseServer, tmp_path: Path) -> None:
    tone = tmp_path / "tone.wav"
    sf.write(tone, _sine(8.0, 440.0, 0.5), RATE, subtype="PCM_16")
    env = {**pulse.env, "VOICE_STUDIO_HOME": os.environ["VOICE_STUDIO_HOME"], "VOICE_STUDIO_SECRETS": "memory",
           "PYTHONPATH": str(ROOT)}
    play = subprocess.Popen(["paplay", "--rate", str(RATE), str(tone)], env=env)
    try:
        out = tmp_path / "cli.wav"
        # The first half second may still be silent (paplay starting up); the level checks allow for it.
        result = subprocess.run(
            [sys.executable, "-m", "studio.cli", "record", "-o", str(out), "--seconds", "3", "--device",
             "pulse", "--rate", str(RATE), "--bits", "24", "--json"],
            env=env, capture_output=True, text=True, timeout=60)
    finally:
        play.terminate()
        play.wait(10)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["duration_s"] == 3.0 and summary["bits"] == 24
    assert summary["overflows"] == 0
    assert abs(summary["peak_db"] - (-6.02)) < 1.0
    x, rate = sf.read(out, dtype="float32")
    info = sf.info(out)
    assert info.subtype == "PCM_24" and x.shape[0] == 3 * RATE
    assert abs(_dominant_hz(x[RATE:], rate) - 440.0) < 2.0


def test_sigkilled_cli_take_is_recovered(pulse: PulseServer, tmp_path: Path) -> None:
    takes = tmp_path / "takes"
    takes.mkdir()
    tone = tmp_path / "tone.wav"
    sf.write(tone, _sine(20.0, 700.0, 0.3), RATE, subtype="PCM_16")
    env = {**pulse.env, "VOICE_STUDIO_HOME": os.environ["VOICE_STUDIO_HOME"], "VOICE_STUDIO_SECRETS": "memory",
           "PYTHONPATH": str(ROOT)}
    play = subprocess.Popen(["paplay", str(tone)], env=env)
    out = takes / "killed.wav"
    child = subprocess.Popen([sys.executable, "-m", "studio.cli", "record", "-o", str(out), "--device", "pulse"],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # Kill once about 3 s of audio is on disk (the file grows as the writer streams).
        assert _wait_for(lambda: out.exists() and out.stat().st_size > 44 + 3 * RATE * 2, timeout=30.0)
        on_disk = (out.stat().st_size - 44) // 2
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
        play.terminate()
        play.wait(10)
    recovered = recover_takes(takes)
    assert len(recovered) == 1
    take = recovered[0]
    assert take.source == "recovered" and take.rate == RATE
    assert take.frames >= on_disk  # nothing that reached the disk before the kill is lost
    x, _ = sf.read(out, dtype="float32")
    assert x.shape[0] == take.frames
    assert not Path(str(out) + ".journal").exists()


def test_device_list_puts_the_default_first(pulse: PulseServer) -> None:
    from studio.audio.devices import list_input_devices

    devices = list_input_devices(SoundDeviceFactory(), refresh=True)
    assert devices and devices[0].is_default
    assert any(d.name == "pulse" for d in devices)
