"""Helpers shared by the CLI verbs: output, provider choice, waiting with progress."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

from studio.catalog import NAMES
from studio.errors import InvalidInputError
from studio.library.models import Voice
from studio.library.store import Store


def add_provider_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--provider", "-p", choices=NAMES, required=required,
                        help="provider: " + ", ".join(NAMES))


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {k: to_jsonable(v) for k, v in dataclasses.asdict(obj).items()}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if hasattr(obj, "value") and not isinstance(obj, (int, float, str)):
        return obj.value
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    return str(obj)


def emit_json(data: Any) -> None:
    json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))
    print(line)
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)))


def progress_printer(enabled: bool = True) -> Any:
    last = {"text": ""}

    def progress(fraction: float, text: str) -> None:
        if not enabled or text == last["text"]:
            return
        last["text"] = text
        pct = f"{fraction * 100:5.1f}% " if fraction >= 0 else ""
        print(f"  {pct}{text}", file=sys.stderr)

    return progress


def find_voice(store: Store, ident: str, provider: str | None = None) -> Voice:
    """A library voice by local id (#12 or 12) or by remote id / name, optionally per provider."""
    key = ident.lstrip("#")
    if key.isdigit():
        voice = store.get(Voice, int(key))
        if voice is not None and (provider is None or voice.provider == provider):
            return voice
    where, params = "(remote_id = ? OR name = ?)", [ident, ident]
    if provider:
        where += " AND provider = ?"
        params.append(provider)
    matches = store.all(Voice, where, params)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InvalidInputError(f"No voice {ident!r} in the library. Try `voice-studio voices list --sync`.",
                                detail_zh=f"音色库中没有 {ident!r}。可先运行 `voice-studio voices list --sync`。")
    raise InvalidInputError(f"{ident!r} matches {len(matches)} voices; add --provider.",
                            detail_zh=f"{ident!r} 匹配到 {len(matches)} 个音色，请加上 --provider。")
