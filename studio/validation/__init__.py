"""Sample validation: measure a take once, judge it against every provider's rules, fix what can be fixed.

Plain Python (numpy, soundfile, PyAV, webrtcvad, and compiled inner loops when they were built: kernels.py;
scipy only for the fixes that resample); never imports Qt. The GUI and the CLI call:

- `analyze(path, cancel, progress) -> Report` (decode.py, measure.py; JSON shape in docs/check-json.md);
- `preflight(report) -> {provider: ProviderVerdict}` and `preflight_error(err)` (findings.py, rules.py);
- `fixes.convert / trim_edges / normalize_loudness / best_window` (new files, never the source);
- `build_dataset(takes, out_zip)` (dataset.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Names → the submodule that defines them. Loaded on first use (PEP 562): the GUI needs the report
# types at start-up, not numpy's and the decoders' import time.
_EXPORTS = {
    "fixes": "",
    "DatasetReport": "dataset", "build_dataset": "dataset",
    "AudioInfo": "decode", "open_audio": "decode", "probe": "decode",
    "Finding": "findings", "ProviderVerdict": "findings", "evaluate": "findings", "long_pauses": "findings",
    "preflight": "findings", "preflight_error": "findings", "vendor_answers": "findings", "verdict": "findings",
    "Analysis": "measure", "analyze": "measure", "analyze_detailed": "measure",
    "Report": "report",
}
__all__ = [
    "Analysis", "AudioInfo", "DatasetReport", "Finding",
    "ProviderVerdict", "Report", "analyze", "analyze_detailed", "build_dataset", "evaluate", "fixes",
    "long_pauses", "open_audio", "preflight", "preflight_error", "probe", "vendor_answers", "verdict",
]

if TYPE_CHECKING:
    from studio.validation import fixes
    from studio.validation.dataset import DatasetReport, build_dataset
    from studio.validation.decode import AudioInfo, open_audio, probe
    from studio.validation.findings import (
        Finding,
        ProviderVerdict,
        evaluate,
        long_pauses,
        preflight,
        preflight_error,
        vendor_answers,
        verdict,
    )
    from studio.validation.measure import Analysis, analyze, analyze_detailed
    from studio.validation.report import Report


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'studio.validation' has no attribute {name!r}")
    if module == "":
        return importlib.import_module(f"studio.validation.{name}")
    value = getattr(importlib.import_module(f"studio.validation.{module}"), name)
    globals()[name] = value
    return value
