"""`voice-studio check FILE... [--provider NAME ...] [--json]`: measure takes and judge them per provider.

Exit code: 0 when no file has an error finding, 1 when any file has one or cannot be read, 2 on usage
errors (an unknown provider). The JSON shape is documented in docs/check-json.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from studio.cancel import CancelToken
from studio.errors import InvalidInputError

if TYPE_CHECKING:
    from studio.validation.findings import ProviderVerdict
    from studio.validation.report import Report
    from studio.workspace import Workspace

SCHEMA = "voice-studio.check/1"
USES_WORKSPACE = False  # files in, verdicts out: no library, settings or keys (and their start-up cost)
QUICK_EXIT = True  # nothing left open when it returns: the process may end without the interpreter's teardown


class _Help(argparse.HelpFormatter):
    """Fills in the provider names when the help is shown: reading them loads every provider's rules,
    which a check does while its first file is being measured, not before."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        if text and "{providers}" in text:
            from studio import catalog

            text = text.replace("{providers}", ", ".join(catalog.names()))
        return text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = _Help
    parser.add_argument("files", nargs="+", metavar="FILE", help="audio files to check")
    parser.add_argument("--provider", "-p", action="append", metavar="NAME", default=None,
                        help="judge against this provider only (repeatable): {providers}. A provider with several "
                        "modes is judged in each. Default: all.")


def rule_tables(names: list[str] | None) -> list[str]:
    """Provider names → rule table keys, in order, without duplicates. Raises KeyError on unknown names."""
    from studio import catalog

    keys: list[str] = []
    for name in names or list(catalog.names()):
        for key in catalog.rule_keys(name.strip().lower()):
            if key not in keys:
                keys.append(key)
    return keys


def measure(path: str, cancel: CancelToken | None = None) -> Report | InvalidInputError:
    """The file's report, or why it cannot be read."""
    from studio.cancel import NEVER
    from studio.validation.measure import analyze

    try:
        return analyze(path, cancel or NEVER)
    except InvalidInputError as err:
        return err


def check_file(path: str, keys: list[str], measured: Report | InvalidInputError | None = None) -> dict[str, Any]:
    """One file's JSON entry (see docs/check-json.md); `measured`: its `measure()`, if already taken."""
    from studio.validation.findings import FAIL, preflight, preflight_error

    report = measure(path) if measured is None else measured
    if isinstance(report, InvalidInputError):
        err = report
        matrix = preflight_error(err, keys)
        error = {"code": err.code, "message_en": err.detail, "message_zh": err.detail_zh or err.detail}
        return {"path": path, "ok": False, "error": error, "report": None, "providers": _columns(matrix)}
    matrix = preflight(report, keys)
    ok = all(v.verdict != FAIL for v in matrix.values())
    return {"path": path, "ok": ok, "error": None, "report": report.to_dict(), "providers": _columns(matrix)}


def _columns(matrix: dict[str, ProviderVerdict]) -> dict[str, Any]:
    from studio.validation.findings import vendor_answers

    out = {}
    for key, col in matrix.items():
        d = col.to_dict()
        d["vendor_would_answer"] = [v.code for v in vendor_answers(col.findings)]
        out[key] = d
    return out


def run(args: argparse.Namespace, ws: Workspace | None) -> int:
    from studio import catalog

    cancel = CancelToken()
    with ThreadPoolExecutor(1, thread_name_prefix="check") as pool:
        # the first file is measured while the providers' rules load: neither waits for the other
        first: Future[Report | InvalidInputError] = pool.submit(measure, args.files[0], cancel)
        try:
            keys = rule_tables(args.provider)
        except KeyError as exc:
            cancel.cancel()
            print(f"voice-studio check: unknown provider {exc.args[0]!r}; choose from "
                  + ", ".join(catalog.names()), file=sys.stderr)
            return 2
        entries = [check_file(args.files[0], keys, first.result())]
    entries += [check_file(f, keys) for f in args.files[1:]]
    code = 0 if all(e["ok"] for e in entries) else 1
    if getattr(args, "json", False):
        doc = {"schema": SCHEMA, "exit_code": code, "providers": keys, "files": entries}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        zh = _language().startswith("zh")
        for e in entries:
            _print_entry(e, zh)
    return code


def _language() -> str:
    from studio.i18n import system_language

    return system_language()


def _print_entry(e: dict[str, Any], zh: bool) -> None:
    print(e["path"])
    if e["error"] is not None:
        print(f"  {'无法读取' if zh else 'unreadable'}: {e['error']['message_zh' if zh else 'message_en']}")
    else:
        from studio.validation.report import Report

        for line in measurement_lines(Report.from_dict(e["report"])):
            print(f"  {line}")
    print()
    width = max(len(k) for k in e["providers"])
    for key, col in e["providers"].items():
        answer = ", ".join(col["vendor_would_answer"])
        tail = f"  ({'服务商会返回' if zh else 'vendor would answer'} {answer})" if answer else ""
        print(f"  {key.ljust(width)}  {col['verdict'].upper()}{tail}")
        for f in col["findings"]:
            msg = f["message_zh"] if zh else f["message_en"]
            fix = f"  [fix: {f['fix']}]" if f["fix"] else ""
            print(f"    {f['severity']:<7} {f['code']}: {msg}{fix}")
    print()


def measurement_lines(r: Report) -> list[str]:
    f, lv, sp = r.file, r.levels, r.speech
    bits = f"{f.bit_depth}-bit" if f.bit_depth else f.sample_format
    ch = {1: "mono", 2: "stereo"}.get(f.channels, f"{f.channels} ch")
    snr = f"{r.noise.snr_db:.1f} dB" if r.noise.snr_db is not None else "–"
    lines = [
        f"{f.container} {f.codec} · {f.sample_rate / 1000:g} kHz · {ch} · {bits} · {r.duration_s:.2f} s · "
        f"{f.size_bytes / 2**20:.2f} MB",
        f"peak {lv.sample_peak_dbfs:.1f} dBFS · true peak {lv.true_peak_dbtp:.1f} dBTP · RMS {lv.rms_dbfs:.1f} dBFS"
        f" · loudness {lv.integrated_lufs:.1f} LUFS · LRA {lv.loudness_range_lu:.1f} LU",
        f"noise floor {r.noise.noise_floor_dbfs:.1f} dBFS ({r.noise.method}) · SNR {snr} · DC "
        f"{lv.dc_offset_dbfs:.0f} dBFS · clipping {r.clipping.runs} runs (longest {r.clipping.longest_run})",
        f"speech {sp.effective_s:.1f} s ({sp.speech_ratio:.0%}) · longest continuous {sp.longest_continuous_s:.1f} s"
        f" · longest pause {sp.longest_pause_s:.1f} s · edges {sp.leading_silence_s:.2f}/{sp.trailing_silence_s:.2f} s",
        f"bandwidth {r.bandwidth.effective_hz / 1000:.1f} kHz of {r.bandwidth.nyquist_hz / 1000:g} kHz",
    ]
    if r.stereo is not None:
        lines.append(f"stereo: channel difference {r.stereo.difference_db:.1f} dB · correlation "
                     f"{r.stereo.correlation:.2f} · imbalance {r.stereo.imbalance_db:+.1f} dB")
    return lines
