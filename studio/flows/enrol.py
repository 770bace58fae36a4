"""Making a voice: enrolment from one sample, a voice designed from a description, or a training job
from many — the path the Validate pane, the Library, the training dialog and `voice-studio voices create
| design | train` share.

Options are checked against the provider's spec before anything is sent; the voice (or job) lands in
the library in the same transaction-per-write way whichever caller asked, so a vendor error midway
leaves the library as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError
from studio.library import auditions
from studio.library.models import Job, Voice
from studio.library.store import Store
from studio.library.sync import record_job, record_voice
from studio.providers.base import (
    Capability,
    DesignRequest,
    EnrollRequest,
    Provider,
    SynthesisRequest,
    SynthesisResult,
    TrainRequest,
)
from studio.providers.spec import parse_options

DESIGN_OPTIONS = ("target_model", "language_hints", "sample_rate")


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


def design(store: Store, provider: Provider, name: str, prompt: str, preview_text: str, *,
           options: dict[str, Any] | None = None, cancel: CancelToken = NEVER,
           progress: ProgressFn = no_progress) -> Voice:
    """Design a voice from a description and record it with its preview: the preview audio is kept as an
    audition of the new voice (under the data home's auditions folder), so it plays in the Playground's
    history like any other, and the voice's `extra` points at it (`preview_audition`, `preview_path`)."""
    if not provider.can(Capability.VOICE_DESIGN):
        raise InvalidInputError(f"{provider.spec.title.en} cannot design a voice from a description.",
                                detail_zh=f"{provider.spec.title.zh}不支持根据描述设计音色。", code="unsupported")
    given = {k: v for k, v in (options or {}).items() if v not in (None, [], "")}
    unknown = sorted(set(given) - set(DESIGN_OPTIONS))
    if unknown:
        raise InvalidInputError(f"Unknown option {unknown[0]!r}.", detail_zh=f"未知的选项 {unknown[0]!r}。", code="bad_option")
    rules = provider.spec.design
    if rules is not None:  # what the provider declares is checked here, so the GUI and the CLI refuse alike
        problems = rules.problems(provider.spec.name_rule, name, prompt, preview_text)
        if problems:
            raise InvalidInputError(" ".join(p.en for p in problems.values()),
                                    detail_zh="".join(p.zh for p in problems.values()),
                                    code="bad_design", provider=provider.name)
        declared = {o.key: o for o in rules.options}
        given = {k: declared[k].coerce(v) if k in declared else v for k, v in given.items()}
    target_model = given.pop("target_model", None)
    remote, preview = provider.design_voice(DesignRequest(name=name, prompt=prompt, preview_text=preview_text,
                                                          target_model=target_model, options=given),
                                            cancel, progress)
    voice = record_voice(store, remote, name=name)
    if preview:
        fmt = str(remote.extra.get("preview_format") or "wav")
        rate = int(remote.extra.get("preview_sample_rate") or 24000)
        request = SynthesisRequest(text=preview_text, voice=remote.remote_id, model=remote.target_model or None,
                                   format=fmt, sample_rate=rate)
        kept = auditions.save(store, provider.name, request,
                              SynthesisResult(audio=preview, format=fmt, sample_rate=rate), voice_id=voice.id)
        voice.extra = {**voice.extra, "preview_audition": kept.id, "preview_path": kept.audio_path}
        voice = store.update(voice)
    return voice


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
