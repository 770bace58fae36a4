"""Training dataset builder: many takes → one checked zip for a provider that trains on a dataset.

Each take is analysed and judged against the provider's rules; takes with errors are left out (with the
reason), takes in a format the provider does not take are converted to 16-bit WAV first. The zip is
written entry by entry straight from the files (ZIP_STORED: audio does not compress), so memory stays
flat, to a temporary name that becomes the zip only when complete and within the size limit.

Unsafe inputs are refused: anything that is not a regular file (a FIFO would block the reader forever,
a directory or device is not a take), the output zip itself, and duplicates. Names inside the archive
are rebuilt from the file name only, so no path from the inputs can escape the archive.

Many takes are analysed by a pool of processes, one per core (the analysis of one take is mostly
numpy and compiled loops, but a pass holds the GIL long enough that threads would not scale), in
chunks, with the results taken in input order: the report is the one the serial path gives. Processes
are spawned, not forked, because the GUI calls this from a thread of a process that has many.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import re
import stat
import sys
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from studio import catalog
from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError
from studio.validation.findings import ERROR, FAIL, WARNING, Finding, FixKind, evaluate, table, verdict
from studio.validation.measure import analyze
from studio.validation.report import Report
from studio.validation.rules import ProviderRules

NO_SIZE_LIMIT = 2**63 - 1

POOL_MIN_TAKES = 8  # below this, starting processes costs more than it saves
CHUNK = 6  # takes per task: amortises the hand-over, small enough to keep both cores busy to the end
LEVEL_SPREAD_LU = 6.0
NOISE_SPREAD_DB = 10.0
_ZIP_OVERHEAD = 200  # bytes per entry: local header, central directory, name, zip64 extras


@dataclass
class TakeEntry:
    source: str
    included: bool
    archive_name: str | None = None
    code: str | None = None  # why it was left out, or "converted"
    reason_en: str = ""
    reason_zh: str = ""
    duration_s: float = 0.0
    effective_s: float = 0.0
    size_bytes: int = 0
    integrated_lufs: float | None = None
    noise_floor_dbfs: float | None = None
    sample_rate: int | None = None
    verdict: str | None = None


@dataclass
class DatasetReport:
    provider: str
    output: str | None
    takes: list[TakeEntry] = field(default_factory=list)
    total_effective_s: float = 0.0
    total_duration_s: float = 0.0
    zip_bytes: int = 0
    findings: list[Finding] = field(default_factory=list)
    verdict: str = FAIL

    @property
    def total_effective_min(self) -> float:
        return self.total_effective_s / 60.0

    def to_dict(self) -> dict[str, Any]:
        return {"schema": "voice-studio.dataset/1", "provider": self.provider, "output": self.output,
                "verdict": self.verdict, "total_effective_s": round(self.total_effective_s, 2),
                "total_effective_min": round(self.total_effective_min, 2),
                "total_duration_s": round(self.total_duration_s, 2), "zip_bytes": self.zip_bytes,
                "findings": [f.to_dict() for f in self.findings], "takes": [asdict(t) for t in self.takes]}


def archive_name(path: Path, taken: set[str]) -> str:
    """A safe, unique name inside the archive, from the file name alone."""
    stem = re.sub(r"[^\w.\- ]+", "_", path.stem).strip(" .") or "take"
    suffix = re.sub(r"[^\w.]+", "", path.suffix.lower()) or ".wav"
    name, i = f"{stem}{suffix}", 2
    while name.lower() in taken:
        name, i = f"{stem}-{i}{suffix}", i + 1
    taken.add(name.lower())
    return name


def _refuse(code: str, en: str, zh: str) -> InvalidInputError:
    return InvalidInputError(en, code=code, detail_zh=zh)


def _check_inputs(takes: Sequence[Path], out: Path) -> list[Path]:
    if not takes:
        raise _refuse("no_takes", "No takes were given.", "没有提供录音。")
    seen: set[tuple[int, int]] = set()
    ok: list[Path] = []
    for p in takes:
        try:
            st = p.stat()  # follows symlinks: what matters is what would be read
        except OSError as exc:
            raise _refuse("not_found", f"{p}: cannot be read ({exc.strerror}).", f"{p}：无法读取（{exc.strerror}）。") from exc
        if not stat.S_ISREG(st.st_mode):
            raise _refuse("not_a_file", f"{p}: not a regular file; only audio files can go into a dataset.",
                          f"{p}：不是普通文件，数据集只能包含音频文件。")
        if out.exists() and os.path.samefile(p, out):
            raise _refuse("same_file", f"{p}: this is the output zip.", f"{p}：这是输出的 zip 文件。")
        key = (st.st_dev, st.st_ino)
        if key in seen:
            raise _refuse("duplicate", f"{p}: given twice.", f"{p}：重复提供。")
        seen.add(key)
        ok.append(p)
    return ok


def _limit(rules: ProviderRules, check: str, default: float) -> float:
    limits = [r.limit for r in rules.rules if r.check == check and isinstance(r.limit, int | float)]
    return float(limits[0]) if limits else default


def build_dataset(
    takes: Sequence[str | Path],
    out_zip: str | Path,
    *,
    provider: str,
    min_effective_s: float | None = None,
    max_bytes: int | None = None,
    convert_unsupported: bool = True,
    write_report: bool = True,
    workers: int | None = None,
    cancel: CancelToken = NEVER,
    progress: ProgressFn = no_progress,
) -> DatasetReport:
    """Check every take, zip the good ones into `out_zip` (a new file) and report. See module docstring.
    The speech needed and the zip's size limit are the provider's rule table's unless given."""
    out = Path(out_zip)
    if out.suffix.lower() != ".zip":
        raise _refuse("bad_output", f"{out.name}: the dataset must be a .zip file.", f"{out.name}：数据集必须是 .zip 文件。")
    if out.exists():
        raise _refuse("exists", f"{out.name} already exists; choose a new name.", f"{out.name} 已存在，请换一个名称。")
    rules = table(provider)  # KeyError for an unknown rule table, before any work
    min_effective_s = _limit(rules, "dataset_speech", 0.0) if min_effective_s is None else min_effective_s
    max_bytes = int(_limit(rules, "size_max", float(NO_SIZE_LIMIT))) if max_bytes is None else max_bytes
    paths = _check_inputs([Path(t) for t in takes], out)
    rep = DatasetReport(provider, None)
    taken: set[str] = set()
    files: list[tuple[Path, str]] = []
    n = len(paths)
    with tempfile.TemporaryDirectory(prefix="vs-dataset-") as tmpdir:
        for i, (path, checked) in enumerate(zip(paths, _checked(paths, provider, workers, cancel), strict=True)):
            cancel.raise_if_cancelled()
            entry, use = _admit(path, checked, provider, convert_unsupported, Path(tmpdir), cancel)
            progress(0.8 * (i + 1) / n, path.name)
            if use is not None:
                entry.archive_name = archive_name(path, taken)
                files.append((use, entry.archive_name))
            rep.takes.append(entry)
        included = [t for t in rep.takes if t.included]
        rep.total_effective_s = sum(t.effective_s for t in included)
        rep.total_duration_s = sum(t.duration_s for t in included)
        projected = sum(p.stat().st_size + _ZIP_OVERHEAD + len(a.encode()) * 2 for p, a in files) + 22
        if projected > max_bytes:
            raise _refuse("dataset_too_large",
                          f"The takes add up to {projected / 2**20:.0f} MB; the zip may hold {max_bytes / 2**20:.0f} MB. "
                          "Leave some out or convert them to MP3.",
                          f"录音合计 {projected / 2**20:.0f} MB，zip 上限 {max_bytes / 2**20:.0f} MB。请减少录音或转为 MP3。")
        if files:
            rep.zip_bytes = _write_zip(files, out, max_bytes, cancel, progress)
            rep.output = str(out)
    rep.findings = _dataset_findings(rep, included, min_effective_s)
    rep.verdict = verdict(rep.findings) if files else FAIL
    if write_report and rep.output:
        out.with_suffix(".report.json").write_text(json.dumps(rep.to_dict(), ensure_ascii=False, indent=2), "utf-8")
    progress(1.0, "done")
    return rep


# What checking one take gives: its entry, and its report and errors when it needs converting
_Checked = tuple["TakeEntry", Report | None, list[Finding]]


def check_take(path: str, provider: str) -> _Checked:
    """Analyse one take and judge it (runs in a worker process: arguments and result are plain data)."""
    p = Path(path)
    entry = TakeEntry(path, False, size_bytes=p.stat().st_size)
    try:
        report = analyze(p)
    except InvalidInputError as err:
        entry.code, entry.reason_en, entry.reason_zh = err.code, err.detail, err.detail_zh or err.detail
        return entry, None, []
    found = evaluate(report, provider)
    entry.duration_s, entry.effective_s = report.duration_s, report.speech.effective_s
    entry.integrated_lufs, entry.noise_floor_dbfs = report.levels.integrated_lufs, report.noise.noise_floor_dbfs
    entry.sample_rate, entry.verdict = report.file.sample_rate, verdict(found)
    errors = [f for f in found if f.severity == ERROR]
    convertible = bool(errors) and all(f.code == "unsupported_format" for f in errors)
    return entry, report if convertible else None, errors


def _check_chunk(paths: list[str], provider: str) -> list[_Checked]:
    return [check_take(p, provider) for p in paths]


def _workers(requested: int | None, takes: int) -> int:
    if requested is not None:
        return max(1, requested)
    if takes < POOL_MIN_TAKES or getattr(sys, "frozen", False):  # a frozen app spawns itself, not Python
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores)


def _checked(paths: list[Path], provider: str, workers: int | None, cancel: CancelToken) -> Iterator[_Checked]:
    """Every take checked, in input order: in this process, or by a pool of processes."""
    n = _workers(workers, len(paths))
    if n <= 1:
        for p in paths:
            cancel.raise_if_cancelled()
            yield check_take(str(p), provider)
        return
    chunks = [[str(p) for p in paths[i:i + CHUNK]] for i in range(0, len(paths), CHUNK)]
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"))
    try:
        futures: list[Future[list[_Checked]]] = [pool.submit(_check_chunk, c, provider) for c in chunks]
        for fut in futures:
            while True:  # wait in slices, so that a cancel is seen while a chunk is still running
                cancel.raise_if_cancelled()
                try:
                    results = fut.result(timeout=0.2)
                    break
                except TimeoutError:
                    continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _admit(path: Path, checked: _Checked, provider: str, convert_unsupported: bool, tmpdir: Path,
           cancel: CancelToken) -> tuple[TakeEntry, Path | None]:
    """The take as it goes into the zip (converted first if its format is its only problem), or None."""
    entry, report, errors = checked
    if entry.code is not None and not errors:  # it could not even be read
        return entry, None
    use = path
    if convert_unsupported and report is not None:
        from studio.validation.fixes import convert  # scipy (resampling) only when a take needs it

        target = tmpdir / f"{len(list(tmpdir.iterdir()))}-{path.stem}.wav"
        result = convert(path, target, provider=provider, report=report, cancel=cancel, verify=False)
        use, entry.code = result.output, "converted"
        entry.size_bytes = use.stat().st_size
        errors = []
    if errors:
        entry.code = errors[0].code
        entry.reason_en = "; ".join(f.message_en for f in errors)
        entry.reason_zh = "；".join(f.message_zh for f in errors)
        return entry, None
    entry.included = True
    return entry, use


def _write_zip(files: list[tuple[Path, str]], out: Path, max_bytes: int, cancel: CancelToken,
               progress: ProgressFn) -> int:
    tmp = out.with_name(f".{out.name}.part")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
            for i, (path, name) in enumerate(files):
                cancel.raise_if_cancelled()
                zf.write(path, name)
                progress(0.8 + 0.2 * (i + 1) / len(files), f"zip: {name}")
        size = tmp.stat().st_size
        if size > max_bytes:
            raise _refuse("dataset_too_large", f"The zip came out at {size / 2**20:.0f} MB, over the limit.",
                          f"zip 大小 {size / 2**20:.0f} MB，超过上限。")
        with zipfile.ZipFile(tmp) as zf:
            bad = zf.testzip()
        if bad is not None:
            raise _refuse("corrupt", f"The zip entry {bad} failed its check.", f"zip 条目 {bad} 校验失败。")
        os.replace(tmp, out)
        return size
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _source(key: str, section: str) -> tuple[str, str, str]:
    """The provider's training document cited with a section: (English, Chinese, address)."""
    doc = catalog.spec(catalog.provider_of_table(key)).recording.source
    if doc is None:
        return section, section, ""
    return f"{doc.title.en} — {section}", f"{doc.title.zh} — {section}", doc.url


def _dataset_findings(rep: DatasetReport, included: list[TakeEntry], min_effective_s: float) -> list[Finding]:
    out: list[Finding] = []
    p = rep.provider
    if rep.total_effective_s < min_effective_s:
        m, lim = rep.total_effective_s / 60, min_effective_s / 60
        en, zh, url = _source(p, "effective speech / 有效时长")
        out.append(Finding("dataset_too_short", ERROR, rep.total_effective_s, min_effective_s,
                           f"{m:.1f} min of effective speech; training needs {lim:.0f} min. Record more takes.",
                           f"有效语音 {m:.1f} 分钟，训练需要 {lim:.0f} 分钟。请录制更多内容。", None, p, "s", en, None,
                           zh, url))
    levels = [t.integrated_lufs for t in included if t.integrated_lufs is not None and t.integrated_lufs > -70]
    if len(levels) >= 2 and max(levels) - min(levels) > LEVEL_SPREAD_LU:
        spread = max(levels) - min(levels)
        en, zh, url = _source(p, "consistent recording / 录音一致性")
        out.append(Finding("inconsistent_level", WARNING, spread, LEVEL_SPREAD_LU,
                           f"Take loudness varies by {spread:.1f} LU; keep the same gain and mic distance.",
                           f"各条录音响度相差 {spread:.1f} LU，请保持相同增益和话筒距离。", FixKind.NORMALIZE, p, "LU", en,
                           None, zh, url))
    floors = [t.noise_floor_dbfs for t in included if t.noise_floor_dbfs is not None and t.noise_floor_dbfs > -100]
    if len(floors) >= 2 and max(floors) - min(floors) > NOISE_SPREAD_DB:
        spread = max(floors) - min(floors)
        en, zh, url = _source(p, "consistent recording / 录音一致性")
        out.append(Finding("inconsistent_room", WARNING, spread, NOISE_SPREAD_DB,
                           f"The noise floor varies by {spread:.1f} dB between takes: record all in one room.",
                           f"各条录音底噪相差 {spread:.1f} dB，请在同一环境中录制全部内容。", None, p, "dB", en, None, zh,
                           url))
    if not included:
        out.append(Finding("no_usable_takes", ERROR, 0.0, 1.0, "No take passed the checks.", "没有录音通过检查。",
                           None, p, ""))
    return out
