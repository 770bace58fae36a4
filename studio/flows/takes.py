"""Takes coming into the library other than by recording: imported files (copied, the originals left
alone), takes a crash left unfinished (recovered at the next start), and the trash emptied for good.
The Record pane and `voice-studio takes` share these."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from studio import paths
from studio.audio.recovery import recover_takes
from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError
from studio.library.models import Take
from studio.library.store import Store

IMPORT_SUFFIXES = (".wav", ".flac", ".ogg", ".mp3", ".m4a", ".aac", ".aif", ".aiff")


def probe(path: Path) -> tuple[float, int, int]:
    """(duration in seconds, sample rate, channels) of an audio file; InvalidInputError if unreadable."""
    import soundfile

    try:
        info = soundfile.info(str(path))
        return float(info.frames) / float(info.samplerate), int(info.samplerate), int(info.channels)
    except Exception:
        pass
    try:
        import av

        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            duration = float(container.duration or 0) / 1_000_000
            return duration, int(stream.rate or 0), int(stream.channels or 1)
    except Exception as exc:
        raise InvalidInputError(f"{path.name}: cannot read this audio file ({exc}).",
                                detail_zh=f"{path.name}：无法读取该音频文件。", code="unreadable") from exc


def import_files(store: Store, files: Iterable[Path], *, cancel: CancelToken = NEVER,
                 progress: ProgressFn = no_progress) -> list[Take]:
    """Copy audio files into the takes folder as takes; every file is checked before any is copied."""
    files = list(files)
    for src in files:
        if src.suffix.lower() not in IMPORT_SUFFIXES or not src.is_file():
            raise InvalidInputError(f"{src.name}: not an audio file the studio can import.",
                                    detail_zh=f"{src.name}：不是可导入的音频文件。", code="not_audio")
    probed = [probe(src) for src in files]
    home = paths.home()
    added = []
    for i, (src, (duration, rate, channels)) in enumerate(zip(files, probed, strict=True)):
        cancel.raise_if_cancelled()
        progress(i / max(1, len(files)), src.name)
        dest = paths.takes_dir() / src.name
        n = 1
        while dest.exists():
            dest = paths.takes_dir() / f"{src.stem}-{n}{src.suffix}"
            n += 1
        shutil.copy2(src, dest)
        added.append(store.add(Take(name=src.stem, path=str(dest.relative_to(home)), duration_s=duration,
                                    sample_rate=rate, channels=channels, source="imported")))
    progress(1.0, "")
    return added


def recover(store: Store) -> list[Take]:
    """Register the takes a crash left unfinished, marked "recovered"."""
    home = paths.home()
    return [store.add(info.to_take(home)) for info in recover_takes(paths.takes_dir())]


def take_path(take: Take) -> Path:
    p = Path(take.path)
    return p if p.is_absolute() else paths.home() / p


def empty_trash(store: Store, cancel: CancelToken = NEVER) -> int:
    """Delete the trashed takes and their audio for good; returns how many went."""
    count = 0
    for take in store.all(Take, "trashed = 1"):
        cancel.raise_if_cancelled()
        take_path(take).unlink(missing_ok=True)
        assert take.id is not None
        store.delete(Take, take.id)
        count += 1
    return count
