"""`voice-studio record -o FILE [--seconds N] [--device NAME|INDEX] [--rate HZ] [--bits 16|24]`.

Records a take with the same engine as the Record pane and prints its peak, RMS and overflow count.
Without --seconds it records until Ctrl-C. `--room-tone S` measures the noise floor first (stay quiet)
so the take's SNR is rated; `--library` adds the take to the library.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from studio.audio.devices import SUPPORTED_RATES, list_input_devices
from studio.audio.recorder import EventKind, Recorder, RecorderEvent
from studio.audio.stream import StreamFactory
from studio.audio.take import TakeInfo
from studio.commands._common import emit_json, print_table, wants_json
from studio.workspace import Workspace


def make_factory() -> StreamFactory:
    """The stream factory the command uses (tests replace this)."""
    from studio.audio.stream import SoundDeviceFactory

    return SoundDeviceFactory()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, help="WAV file to write")
    parser.add_argument("--seconds", type=float, help="length of the take (default: until Ctrl-C)")
    parser.add_argument("--device", help="input device name (or part of it) or index; default: system default")
    parser.add_argument("--rate", type=int, choices=SUPPORTED_RATES, help="sample rate in Hz (default: setting)")
    parser.add_argument("--bits", type=int, choices=(16, 24), help="PCM bit depth (default: setting)")
    parser.add_argument("--room-tone", type=float, metavar="S",
                        help="first measure S seconds (3–5) of room tone for the noise floor and SNR")
    parser.add_argument("--library", action="store_true", help="add the take to the library")
    parser.add_argument("--list-devices", action="store_true", help="list input devices and exit")


def take_summary(info: TakeInfo) -> dict[str, Any]:
    return {
        "path": str(info.path), "duration_s": round(info.duration_s, 3), "rate": info.rate, "bits": info.bits,
        "peak_db": round(info.peak_db, 2), "rms_db": round(info.rms_db, 2), "overflows": info.overflows,
        "dropped_frames": info.dropped_frames, "clip_count": info.clip_count, "speech_s": round(info.speech_s, 2),
        "warnings": info.warning_codes,
        "noise_floor_db": None if info.noise_floor_db is None else round(info.noise_floor_db, 1),
        "snr_db": round(info.snr.snr_db, 1) if info.snr and info.noise_floor_db is not None else None,
        "snr_rating": str(info.snr.rating) if info.snr and info.noise_floor_db is not None else None,
        "ended_by": info.ended_by, "error": info.error.detail if info.error else None,
    }


def _list(args: argparse.Namespace, factory: StreamFactory) -> int:
    devices = list_input_devices(factory)
    if wants_json(args):
        emit_json([{"index": d.index, "name": d.name, "hostapi": d.hostapi, "default": d.is_default,
                    "channels": d.max_input_channels, "default_rate": d.default_samplerate} for d in devices])
    else:
        print_table([[str(d.index), "*" if d.is_default else "", d.label, f"{d.default_samplerate:.0f}"]
                     for d in devices], ["index", "default", "device", "rate"])
    return 0


def run(args: argparse.Namespace, ws: Workspace) -> int:
    factory = make_factory()
    if args.list_devices:
        return _list(args, factory)
    if args.output is None:
        print("voice-studio record: -o/--output FILE is required", file=sys.stderr)
        return 2
    if args.seconds is not None and args.seconds <= 0:
        print("voice-studio record: --seconds must be positive", file=sys.stderr)
        return 2
    rate = int(args.rate or ws.settings.get("audio.sample_rate") or 48000)
    bits = int(args.bits or ws.settings.get("audio.bit_depth") or 16)
    device = args.device if args.device is not None else (ws.settings.get("audio.input_device") or None)
    ended = threading.Event()

    def on_event(event: RecorderEvent) -> None:
        if event.kind in (EventKind.TAKE_ENDED, EventKind.DEVICE_LOST):
            ended.set()

    recorder = Recorder(factory, on_event=on_event)
    quiet = wants_json(args)
    try:
        info = recorder.open_device(device, rate)
        if not quiet:
            print(f"Recording from {info.label} at {rate} Hz, {bits}-bit → {args.output}", file=sys.stderr)
        if args.room_tone:
            floor = recorder.measure_room_tone(args.room_tone, timeout=args.room_tone + 10)
            if not quiet:
                print(f"Noise floor {floor.db:.1f} dBFS ({floor.rating})", file=sys.stderr)
        recorder.start_take(args.output, bits, max_seconds=args.seconds)
        try:
            ended.wait(None if args.seconds is None else args.seconds + 10)
        except KeyboardInterrupt:
            pass  # Ctrl-C ends an open-ended take; the audio is kept
        take = recorder.stop_take()
    finally:
        recorder.close()
    summary = take_summary(take)
    if args.library and take.frames:
        added = ws.store.add(take.to_take(ws.home))
        summary["library_id"] = added.id
    if quiet:
        emit_json(summary)
    else:
        print(f"{take.path}: {take.duration_s:.2f} s, {take.rate} Hz, {take.bits}-bit")
        print(f"peak      {take.peak_db:7.2f} dBFS")
        print(f"rms       {take.rms_db:7.2f} dBFS")
        print(f"overflows {take.overflows:7d}")
        print(f"clips     {take.clip_count:7d}")
        if summary["snr_db"] is not None:
            print(f"snr       {summary['snr_db']:7.1f} dB ({summary['snr_rating']})")
        if take.warnings:
            print("warnings  " + "; ".join(w.message() for w in take.warnings))
    if take.error is not None:
        print(take.error.user_message(), file=sys.stderr)
        return 1
    return 0
