"""The Sambert training dataset: takes from files, folders or a ready zip, checked and zipped.

The Validate pane's dataset builder leaves out bad takes and refuses a dataset with less than 20 minutes
of effective speech — the vendor would fail such a job anyway ("轻量化声音克隆-快速开始",
https://help.aliyun.com/zh/dashscope/quick-start-for-sambert-finetune). A ready zip is unpacked first and
checked like takes, with limits against archive bombs.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError

PROVIDER = "sambert"
AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".flac", ".ogg", ".aac")
MAX_UNPACKED_BYTES = 4 * 1024**3  # a ready zip is unpacked before checking; refuse archive bombs
MAX_MEMBERS = 20_000  # far more takes than any training set; a zip listing more is refused before reading


def _bad(en: str, zh: str, code: str | None = None) -> InvalidInputError:
    return InvalidInputError(en, detail_zh=zh, provider=PROVIDER, code=code)


def _unpack(archive: Path, into: Path, cancel: CancelToken) -> list[Path]:
    """The audio entries of a ready zip, written under `into` with safe, unique names."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _bad(f"{archive.name} is not a readable zip file.", f"{archive.name} 不是可读取的 zip 文件。",
                   "bad_zip") from exc
    out: list[Path] = []
    with zf:
        if len(zf.infolist()) > MAX_MEMBERS:
            raise _bad(f"{archive.name} lists {len(zf.infolist())} entries; a dataset holds at most {MAX_MEMBERS}.",
                       f"{archive.name} 含 {len(zf.infolist())} 个条目，数据集最多 {MAX_MEMBERS} 个。", "zip_too_many")
        entries = [i for i in zf.infolist() if not i.is_dir() and i.filename.lower().endswith(AUDIO_SUFFIXES)]
        if sum(i.file_size for i in entries) > MAX_UNPACKED_BYTES:
            raise _bad(f"{archive.name} unpacks to more than 4 GB of audio.", f"{archive.name} 解压后超过 4 GB。")
        for n, info in enumerate(entries):
            cancel.raise_if_cancelled()
            stem = re.sub(r"[^\w.\-]+", "_", Path(info.filename).stem) or "take"
            target = into / f"{n:05d}-{stem}{Path(info.filename).suffix.lower()}"
            with zf.open(info) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            out.append(target)
    if not out:
        raise _bad(f"{archive.name} holds no wav/mp3/m4a audio.", f"{archive.name} 中没有 wav/mp3/m4a 音频。", "no_takes")
    return out


def expand_takes(inputs: list[Path], unpack_dir: Path, cancel: CancelToken = NEVER) -> list[Path]:
    """Audio files from files, folders (recursively) and ready zips (unpacked into `unpack_dir`)."""
    takes: list[Path] = []
    for item in inputs:
        if item.is_dir():
            takes.extend(sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES))
        elif item.suffix.lower() == ".zip":
            takes.extend(_unpack(item, unpack_dir, cancel))
        elif item.is_file():
            takes.append(item)
        else:
            raise _bad(f"{item}: no such file or folder.", f"{item}：文件或文件夹不存在。", "not_found")
    if not takes:
        raise _bad("No audio takes were found in the inputs.", "输入中没有找到音频。", "no_takes")
    return takes


def build_checked_dataset(inputs: list[Path], out_zip: Path, cancel: CancelToken = NEVER,
                          progress: ProgressFn = no_progress) -> Any:
    """The dataset builder's report for a zip at `out_zip`; InvalidInputError if it may not be trained on."""
    from studio.validation.dataset import build_dataset
    from studio.validation.findings import ERROR

    out_zip.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vs-sambert-") as tmp:
        takes = expand_takes(inputs, Path(tmp), cancel)
        report = build_dataset(takes, out_zip, provider="sambert", cancel=cancel, progress=progress)
    errors = [f for f in report.findings if f.severity == ERROR]
    if errors or not report.output:
        out_zip.unlink(missing_ok=True)
        left_out = [t for t in report.takes if not t.included]
        more_en = f" {len(left_out)} of {len(report.takes)} takes were left out (see the dataset report)." \
            if left_out else ""
        more_zh = f"{len(report.takes)} 条录音中有 {len(left_out)} 条未通过检查（见数据集报告）。" if left_out else ""
        raise _bad(" ".join(f.message_en for f in errors) + more_en or "The dataset could not be built.",
                   "".join(f.message_zh for f in errors) + more_zh or "无法生成数据集。",
                   errors[0].code if errors else "dataset_failed")
    return report


__all__ = ["AUDIO_SUFFIXES", "build_checked_dataset", "expand_takes"]
