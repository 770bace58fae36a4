"""Making a voice: enrolment from one sample, or a training job from many — the path the Validate pane,
the Library, the training dialog and `voice-studio voices create | train` share.

Options are checked against the provider's spec before anything is sent; the voice (or job) lands in
the library in the same transaction-per-write way whichever caller asked, so a vendor error midway
leaves the library as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError
from studio.library.models import Job, Voice
from studio.library.store import Store
from studio.library.sync import record_job, record_voice
from studio.providers.base import EnrollRequest, Provider, TrainRequest
from studio.providers.spec import parse_options


def enrol(store: Store, provider: Provider, name: str, *, audio: Path | None = None, url: str | None = None,
          options: dict[str, Any] | None = None, take_id: int | None = None, sample_id: int | None = None,
          wait: bool = True, cancel: CancelToken = NEVER, progress: ProgressFn = no_progress) -> Voice:
    """Clone a voice from one sample (a file, or a public URL) and record it in the library."""
    if audio is None and not url:
        raise InvalidInputError("Give a sample file or a public URL.", detail_zh="请提供样本文件或公开网址。")
    if audio is not None and not audio.is_file():
        raise InvalidInputError(f"{audio}: no such file.", detail_zh=f"{audio}：文件不存在。", code="not_found")
    typed = parse_options(provider.spec.enrol_options, {k: v for k, v in (options or {}).items() if v is not None})
    target_model = typed.pop("target_model", None)
    request = EnrollRequest(name=name, audio_path=audio, url=url, target_model=target_model,
                            options={"wait": wait, **typed})
    remote = provider.enroll(request, cancel, progress)
    return record_voice(store, remote, take_id=take_id, sample_id=sample_id, name=name)


def update(store: Store, provider: Provider, voice: Voice, *, audio: Path | None = None, url: str | None = None,
           wait: bool = True, cancel: CancelToken = NEVER, progress: ProgressFn = no_progress) -> Voice:
    """Re-enrol a voice from another sample (providers that can); its id and name stay."""
    remote = provider.update_voice(voice.remote_id, EnrollRequest(name=voice.name, audio_path=audio, url=url,
                                                                  options={"wait": wait}), cancel, progress)
    return record_voice(store, remote)


def train(store: Store, provider: Provider, name: str, inputs: list[Path], *, url: str | None = None,
          options: dict[str, Any] | None = None, cancel: CancelToken = NEVER,
          progress: ProgressFn = no_progress) -> Job:
    """Start a training job from takes, folders or a dataset zip and record it in the library."""
    typed = parse_options(provider.spec.train_options, {k: v for k, v in (options or {}).items() if v is not None})
    remote = provider.start_training(TrainRequest(name=name, inputs=list(inputs), url=url, options=typed),
                                     cancel, progress)
    return record_job(store, remote)
