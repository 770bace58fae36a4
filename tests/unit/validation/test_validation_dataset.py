"""The training dataset builder: a checked zip, a report, and refusal of unsafe inputs."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from studio.cancel import CancelToken
from studio.errors import CancelledError, InvalidInputError
from studio.validation.dataset import archive_name, build_dataset
from tests.unit.validation.factory import EN, Factory


@pytest.fixture
def takes(factory: Factory, tmp_path: Path) -> list[Path]:
    d = tmp_path / "takes"
    d.mkdir()
    a = factory.write("ds_a.wav", factory.good(), 48000)
    b = factory.write("ds_b.flac", factory.take([factory.speech(EN[2])], rate=44100), 44100, fmt="FLAC")
    out = []
    for src, name in ((a, "take 1 (final).wav"), (b, "take2.flac")):
        p = d / name
        p.write_bytes(src.read_bytes())
        out.append(p)
    bad = d / "broken.wav"
    bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(8))
    out.append(bad)
    silent = d / "silence.wav"
    factory.write("ds_silence.wav", factory.rng.standard_normal(48000 * 3) * 1e-4, 48000)
    silent.write_bytes(factory.path("ds_silence.wav").read_bytes())
    out.append(silent)
    return out


def test_builds_checked_zip_with_report(takes: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "dataset.zip"
    seen: list[float] = []
    rep = build_dataset(takes, out, provider="sambert", min_effective_s=20.0, progress=lambda f, t: seen.append(f))
    assert rep.output == str(out) and out.exists()
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
    assert names == ["take 1 _final_.wav", "take2.flac"]
    by_src = {Path(t.source).name: t for t in rep.takes}
    assert by_src["take2.flac"].code == "converted" and by_src["take2.flac"].included
    assert not by_src["broken.wav"].included and by_src["broken.wav"].code == "corrupt"
    assert not by_src["silence.wav"].included and by_src["silence.wav"].code == "silent"
    assert rep.total_effective_s == pytest.approx(sum(t.effective_s for t in rep.takes if t.included))
    assert rep.total_effective_s > 20 and rep.verdict in ("pass", "warn")
    report = json.loads(out.with_suffix(".report.json").read_text("utf-8"))
    assert report["schema"] == "voice-studio.dataset/1" and report["total_effective_min"] > 0.3
    assert seen[-1] == 1.0
    assert not list(tmp_path.glob(".*.part"))


def test_default_needs_twenty_minutes(takes: list[Path], tmp_path: Path) -> None:
    rep = build_dataset(takes[:1], tmp_path / "short.zip", provider="sambert")
    assert rep.verdict == "fail"
    assert [f.code for f in rep.findings] == ["dataset_too_short"]
    assert rep.findings[0].message_zh


def test_refuses_unsafe_inputs(takes: list[Path], tmp_path: Path) -> None:
    cases: list[tuple[list[Path], Path, str]] = [
        ([], tmp_path / "a.zip", "no_takes"),
        ([takes[0], tmp_path], tmp_path / "b.zip", "not_a_file"),
        ([takes[0], takes[0]], tmp_path / "c.zip", "duplicate"),
        ([takes[0], tmp_path / "nope.wav"], tmp_path / "d.zip", "not_found"),
        ([takes[0]], tmp_path / "e.tar", "bad_output"),
    ]
    link = tmp_path / "link.wav"
    link.symlink_to(takes[0])
    cases.append(([takes[0], link], tmp_path / "f.zip", "duplicate"))  # same file through a symlink
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.wav"
        os.mkfifo(fifo)
        cases.append(([fifo], tmp_path / "g.zip", "not_a_file"))
    existing = tmp_path / "exists.zip"
    existing.write_bytes(b"x")
    cases.append(([takes[0]], existing, "exists"))
    for inputs, out, code in cases:
        with pytest.raises(InvalidInputError) as info:
            build_dataset(inputs, out, provider="sambert")
        assert info.value.code == code, (inputs, out)
        assert not out.exists() or out == existing


def test_size_limit_is_checked_before_writing(takes: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "big.zip"
    with pytest.raises(InvalidInputError) as info:
        build_dataset(takes[:1], out, provider="sambert", max_bytes=100_000)
    assert info.value.code == "dataset_too_large"
    assert not out.exists() and not list(tmp_path.glob(".*.part"))


def test_cancel(takes: list[Path], tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        build_dataset(takes, tmp_path / "c.zip", provider="sambert", cancel=token)
    assert not (tmp_path / "c.zip").exists()


def test_archive_names_are_safe() -> None:
    taken: set[str] = set()
    assert archive_name(Path("../../etc/passwd.wav"), taken) == "passwd.wav"
    assert archive_name(Path("/x/passwd.WAV"), taken) == "passwd-2.wav"
    assert archive_name(Path("录音 01.wav"), taken) == "录音 01.wav"
    assert "/" not in archive_name(Path("a\\b:c.wav"), taken)
    assert archive_name(Path("..wav"), taken) == "take.wav"


def test_a_pool_of_processes_gives_the_serial_report(takes: list[Path], tmp_path: Path) -> None:
    """Every core checks takes; the report (entries, order, totals, findings, zip) is the serial one."""
    extra = []  # the same file twice is refused: copies instead
    for i, src in enumerate(takes[:2] * 3):
        p = tmp_path / f"copy{i}{src.suffix}"
        p.write_bytes(src.read_bytes())
        extra.append(p)
    many = takes + extra
    serial = build_dataset(many, tmp_path / "serial.zip", provider="sambert", min_effective_s=20.0, workers=1)
    pooled = build_dataset(many, tmp_path / "pooled.zip", provider="sambert", min_effective_s=20.0, workers=2)
    a, b = serial.to_dict(), pooled.to_dict()
    a.pop("output"), b.pop("output")
    assert a == b
    with zipfile.ZipFile(tmp_path / "serial.zip") as za, zipfile.ZipFile(tmp_path / "pooled.zip") as zb:
        assert [(i.filename, i.CRC) for i in za.infolist()] == [(i.filename, i.CRC) for i in zb.infolist()]
