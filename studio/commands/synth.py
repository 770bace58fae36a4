"""`voice-studio synth`: synthesize text (or convert a take) with a voice, to a file; optionally as SSML,
and with subtitles (SRT or WebVTT) from the words' timings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio import catalog, subtitles
from studio.commands._common import add_provider_argument, emit_json, find_voice, wants_json
from studio.errors import InvalidInputError
from studio.flows import audition as flow
from studio.flows.audition import request_from
from studio.workspace import Workspace

FORMATS = flow.EXPORT_FORMATS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--voice", "-v", required=True, help="library id, remote id, name or stock voice")
    add_provider_argument(parser)
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", "-t", help="text to speak")
    src.add_argument("--text-file", type=Path, help="read the text from a UTF-8 file")
    src.add_argument("--audio", type=Path, help="a take to convert into the voice (where supported)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="output audio file")
    parser.add_argument("--format", choices=FORMATS, help="audio format of the output file (default: from its name)")
    parser.add_argument("--sample-rate", type=int, default=24000)
    parser.add_argument("--model", help="synthesis model (default: the voice's model)")
    parser.add_argument("--volume", type=int, default=50)
    parser.add_argument("--rate", type=float, default=1.0)
    parser.add_argument("--pitch", type=float, default=1.0)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--instruction")
    parser.add_argument("--ssml", action="store_true", help="the text is an SSML document (sent whole)")
    parser.add_argument("--subtitles", type=Path, help="also write subtitles (.srt or .vtt) from word timings")
    parser.add_argument("--no-cache", action="store_true", help="always ask the provider")


def _resolve(args: argparse.Namespace, ws: Workspace) -> tuple[str, str, str | None, int | None]:
    """(provider, remote voice id, model, library id) for --voice, accepting stock voices too."""
    try:
        voice = find_voice(ws.store, args.voice, args.provider)
        return voice.provider, voice.remote_id, args.model or voice.target_model or None, voice.id
    except InvalidInputError:
        provider_name = args.provider or ws.active_provider_name()
        stock = {v.remote_id for v in ws.provider(provider_name).stock_voices()}
        if args.voice in stock or args.provider:
            return provider_name, args.voice, args.model, None
        raise


def run(args: argparse.Namespace, ws: Workspace) -> int:
    fmt = (args.format or args.output.suffix.lstrip(".") or "wav").lower()
    if fmt not in FORMATS:
        raise InvalidInputError(f"Unknown output format {fmt!r}; use --format {'|'.join(FORMATS)}.",
                                detail_zh=f"未知的输出格式 {fmt!r}。")
    text = args.text
    if args.text_file:
        text = args.text_file.read_text(encoding="utf-8")
    if args.audio is not None and not args.audio.exists():
        raise InvalidInputError(f"{args.audio}: no such file.", detail_zh=f"{args.audio}：文件不存在。")
    provider_name, voice_id, model, library_id = _resolve(args, ws)
    spec = catalog.spec(provider_name)
    for wanted, feature, en, zh in ((args.ssml, "SSML", "SSML", "SSML"),
                                    (args.subtitles, "TIMESTAMPS", "word timings for subtitles", "用于字幕的字级时间戳")):
        if wanted and not spec.feature(feature):
            raise InvalidInputError(f"{spec.title.en} takes no {en}.", detail_zh=f"{spec.title.zh}不支持{zh}。",
                                    code="unsupported")
    if args.subtitles is not None and args.subtitles.suffix.lower().lstrip(".") not in subtitles.FORMATS:
        raise InvalidInputError("Subtitles are written as .srt or .vtt.", detail_zh="字幕保存为 .srt 或 .vtt。",
                                code="format")
    params = {"sample_rate": args.sample_rate, "volume": args.volume, "rate": args.rate, "pitch": args.pitch,
              "seed": args.seed, "instruction": args.instruction, "ssml": args.ssml,
              "timestamps": args.subtitles is not None, "source_audio": str(args.audio) if args.audio else None}
    request = request_from(voice_id, text or "", params, model=model)
    outcome = flow.audition(ws.store, ws.provider(provider_name), request, voice_id=library_id,
                            use_cache=not args.no_cache)
    flow.export(outcome.audition, args.output, fmt)
    audition = outcome.audition
    if args.subtitles is not None:
        subtitles.write(args.subtitles, audition.spans)
    summary = {
        "output": str(args.output), "provider": provider_name, "voice": voice_id, "format": fmt,
        "sample_rate": audition.sample_rate, "duration_s": round(audition.duration_s, 3),
        "first_audio_s": audition.first_audio_s, "total_s": round(audition.total_s, 3),
        "characters": audition.characters, "cached": outcome.from_cache, "requests": outcome.pieces,
        "subtitles": str(args.subtitles) if args.subtitles else None, "words": len(audition.spans),
    }
    if wants_json(args):
        emit_json(summary)
    else:
        latency = f"{audition.first_audio_s * 1000:.0f} ms" if audition.first_audio_s is not None else "n/a"
        print(f"Wrote {args.output} ({audition.duration_s:.2f} s, {fmt}, {audition.sample_rate} Hz); "
              f"first audio {latency}" + (", from cache" if outcome.from_cache else "")
              + (f", sent as {outcome.pieces} requests" if outcome.pieces > 1 else ""), file=sys.stdout)
    return 0
