"""`voice-studio check`: exit codes, human output and the documented JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main
from tests.unit.validation.factory import Factory


@pytest.fixture
def short_take(factory: Factory) -> Path:
    return factory.write("cli_short.wav", factory.take([factory.speech("Hello there, this is short.")]), 48000)


def test_good_take_exits_0_with_a_table(good_take: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(good_take), "--provider", "cosyvoice"]) == 0
    out = capsys.readouterr().out
    assert "loudness" in out and "true peak" in out and "cosyvoice" in out and "PASS" in out


def test_error_finding_exits_1(short_take: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(short_take), "-p", "cosyvoice"]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "too_short" in out and "Audio.AudioShortError" in out


def test_unreadable_file_exits_1(tmp_path: Path, good_take: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "notes.wav"
    bad.write_text("not audio")
    assert main(["check", str(good_take), str(bad)]) == 1
    assert "not_audio" in capsys.readouterr().out


def test_usage_errors_exit_2(good_take: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(good_take), "--provider", "acme"]) == 2
    assert "unknown provider" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["check"])
    assert info.value.code == 2


def test_json_shape(good_take: Path, short_take: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    code = main(["--json", "check", str(good_take), str(short_take), str(empty), "-p", "tencent", "-p", "cosyvoice"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1 and doc["exit_code"] == 1
    assert doc["schema"] == "voice-studio.check/1"
    assert doc["providers"] == ["tencent_train", "tencent_generate", "cosyvoice"]
    good, short, bad = doc["files"]
    assert good["ok"] and good["error"] is None and good["report"]["schema"] == "voice-studio.report/1"
    assert set(good["providers"]) == {"tencent_train", "tencent_generate", "cosyvoice"}
    col = short["providers"]["cosyvoice"]
    assert col["verdict"] == "fail" and "Audio.AudioShortError" in col["vendor_would_answer"]
    f = next(f for f in col["findings"] if f["code"] == "too_short")
    assert set(f) >= {"code", "severity", "measured", "limit", "message_en", "message_zh", "fix", "provider",
                      "unit", "source", "vendor_code"}
    assert bad["ok"] is False and bad["report"] is None and bad["error"]["code"] == "empty_file"
    assert bad["providers"]["cosyvoice"]["vendor_would_answer"] == ["BadRequest.UnsupportedFileFormat"]


def test_json_doc_matches_the_documented_keys(good_take: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every top-level report key is described in docs/check-json.md."""
    main(["--json", "check", str(good_take), "-p", "local"])
    report = json.loads(capsys.readouterr().out)["files"][0]["report"]
    doc = (Path(__file__).resolve().parents[3] / "docs" / "check-json.md").read_text("utf-8")
    for section, value in report.items():
        assert f"`{section}`" in doc, section
        if isinstance(value, dict):
            for key in value:
                assert f"`{key}`" in doc, f"{section}.{key}"


def test_the_installed_command_ends_with_its_output_whole(good_take: Path, short_take: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """As a process (which ends without the interpreter's teardown after `check`): the exit code, every
    line of the table, the log flushed; a reader that stops early (`| head`) gets no traceback."""
    import subprocess
    import sys

    env = {**__import__("os").environ, "VOICE_STUDIO_HOME": str(tmp_path)}
    cmd = [sys.executable, "-m", "studio.cli", "check", str(good_take), str(short_take), "-p", "cosyvoice"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1 and done.stderr == ""
    monkeypatch.setenv("VOICE_STUDIO_HOME", str(tmp_path))
    # the in-process call (what the tests use) returns instead of exiting, with the very same lines
    assert main(cmd[3:]) == 1
    assert capsys.readouterr().out == done.stdout and done.stdout.count("cosyvoice") == 2
    head = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert head.stdout is not None and head.stderr is not None
    head.stdout.readline()
    head.stdout.close()  # the reader goes away after one line
    err = head.stderr.read().decode()
    head.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err
