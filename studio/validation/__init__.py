"""Sample validation: measure a take once, judge it against every provider's rules, fix what can be fixed.

Plain Python (numpy, scipy, soundfile, PyAV, webrtcvad); never imports Qt. The GUI and the CLI call:

- `analyze(path, cancel, progress) -> Report` (decode.py, measure.py; JSON shape in docs/check-json.md);
- `preflight(report) -> {provider: ProviderVerdict}` and `preflight_error(err)` (findings.py, rules.py);
- `fixes.convert / trim_edges / normalize_loudness / best_window` (new files, never the source);
- `build_dataset(takes, out_zip)` (dataset.py).
"""

from __future__ import annotations

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
from studio.validation.rules import PROVIDER_ALIASES, PROVIDERS, VENDOR_CODES

__all__ = [
    "PROVIDERS",
    "PROVIDER_ALIASES",
    "VENDOR_CODES",
    "Analysis",
    "AudioInfo",
    "DatasetReport",
    "Finding",
    "ProviderVerdict",
    "Report",
    "analyze",
    "analyze_detailed",
    "build_dataset",
    "evaluate",
    "fixes",
    "long_pauses",
    "open_audio",
    "preflight",
    "preflight_error",
    "probe",
    "vendor_answers",
    "verdict",
]
