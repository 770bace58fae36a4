from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import VERBS, main


def test_help_lists_every_verb(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    verbs = {"record", "takes", "check", "fix", "voices", "synth", "train", "jobs", "gui"}
    for verb in verbs:
        assert verb in out
    assert set(VERBS) == verbs


@pytest.mark.parametrize("verb", [v for v, (module, _) in VERBS.items() if module])
def test_every_verb_describes_its_arguments(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([verb, "--help"])
    assert exc.value.code == 0
    assert f"voice-studio {verb}" in capsys.readouterr().out


def test_help_and_version_import_no_verb() -> None:
    """Verbs are registered by name: the top-level help and --version load none of their modules."""
    code = ("import sys; from studio.cli import build_parser; build_parser(None); "
            "print(sorted(m for m in sys.modules if m.startswith(('studio.commands', 'numpy', 'scipy', "
            "'PySide6', 'httpx'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["voices", "create", "--provider", "nosuch"])
    assert exc.value.code == 2


def test_voices_list_json_reads_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    from studio.library.models import Voice
    from studio.workspace import Workspace

    ws = Workspace()
    ws.store.add(Voice(provider="local", remote_id="local-1", name="Desk voice", status="ready"))
    ws.close()
    assert main(["--json", "voices", "list"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [v["name"] for v in data] == ["Desk voice"]


def test_unknown_voice_is_a_clear_failure(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(["voices", "show", "nobody"])
    assert code == 1
    assert "No voice 'nobody'" in capsys.readouterr().err


def test_cli_does_not_import_qt_for_headless_verbs() -> None:
    code = ("import sys; from studio.cli import build_parser; build_parser(); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
