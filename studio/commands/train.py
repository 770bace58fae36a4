"""`voice-studio train`: start a training job from recordings (providers that train)."""

from __future__ import annotations

import argparse
from pathlib import Path

from studio.commands._common import (
    add_option_flags,
    add_provider_argument,
    emit_json,
    option_values,
    progress_printer,
    wants_json,
)
from studio.errors import InvalidInputError
from studio.flows.enrol import train
from studio.workspace import Workspace

AUDIO_SUFFIXES = {".wav", ".mp3", ".m4a", ".flac", ".ogg", ".zip"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_provider_argument(parser, required=True)
    parser.add_argument("--name", required=True, help="model name / suffix for the trained voice")
    parser.add_argument("inputs", nargs="+", type=Path, help="audio files, folders of takes, or one dataset zip")
    add_option_flags(parser, "train")


def expand_inputs(inputs: list[Path]) -> list[Path]:
    files: list[Path] = []
    for item in inputs:
        if item.is_dir():
            files.extend(sorted(p for p in item.rglob("*") if p.suffix.lower() in AUDIO_SUFFIXES))
        elif item.exists():
            files.append(item)
        else:
            raise InvalidInputError(f"{item}: no such file or folder.", detail_zh=f"{item}：文件或文件夹不存在。")
    if not files:
        raise InvalidInputError("No audio files found in the inputs.", detail_zh="输入中没有找到音频文件。")
    return files


def run(args: argparse.Namespace, ws: Workspace) -> int:
    provider = ws.provider(args.provider)
    options = option_values(args, provider.spec, "train")
    job = train(ws.store, provider, args.name, expand_inputs(args.inputs), options=options,
                progress=progress_printer(not wants_json(args)))
    if wants_json(args):
        emit_json(job)
    else:
        print(f"Started job {job.remote_id} on {job.provider}: {job.status_raw or job.status}. "
              f"Follow it with `voice-studio jobs show {job.remote_id}`.")
    return 0
