"""`voice-studio record` over the fake stream factory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import soundfile as sf

from studio import cli
from studio.commands import record as record_cmd
from studio.library.models import Take
from studio.library.store import Store
from studio.paths import database_path
from tests.fakes.audio_stream import FakeStreamFactory, sine_source


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeStreamFactory:
    # Paced 20× faster than real time: the command's own timing path runs, quickly.
    factory = FakeStreamFactory(source=sine_source(1000.0, 0.25), realtime=20.0)
    monkeypatch.setattr(record_cmd, "make_factory", lambda: factory)
    return factory


def test_records_and_prints_peak_rms_and_overflows(fake: FakeStreamFactory, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.wav"
    assert cli.main(["record", "-o", str(out), "--seconds", "1.5", "--rate", "48000"]) == 0
    text = capsys.readouterr().out
    assert "peak" in text and "-12.04 dBFS" in text and "overflows       0" in text
    assert sf.info(out).frames == 72000


def test_json_output_24_bit_device_by_name_and_library(fake: FakeStreamFactory, tmp_path: Path, studio_home: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = studio_home / "takes" / "json.wav"
    code = cli.main(["record", "-o", str(out), "--seconds", "0.5", "--device", "usb", "--bits", "24",
                     "--library", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["duration_s"] == 0.5 and data["bits"] == 24 and data["overflows"] == 0
    assert data["peak_db"] == pytest.approx(-12.04, abs=0.05) and data["rms_db"] == pytest.approx(-15.05, abs=0.05)
    assert data["error"] is None and data["library_id"] is not None
    store = Store(database_path())
    try:
        [take] = store.all(Take)
        assert take.path == "takes/json.wav" and take.duration_s == 0.5 and take.source == "recorded"
    finally:
        store.close()
    assert fake.inputs[-1].device == 0


def test_list_devices(fake: FakeStreamFactory, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["record", "--list-devices", "--json"]) == 0
    devices = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in devices] == ["Fake USB Microphone", "Fake Line In"] and devices[0]["default"]


def test_usage_and_device_errors(fake: FakeStreamFactory, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["record"]) == 2
    assert cli.main(["record", "-o", str(tmp_path / "x.wav"), "--seconds", "0"]) == 2
    fake.fail_open[1] = "Device unavailable"
    assert cli.main(["record", "-o", str(tmp_path / "x.wav"), "--seconds", "1", "--device", "1"]) == 1
    assert "Device unavailable" in capsys.readouterr().err
    assert not (tmp_path / "x.wav").exists()
