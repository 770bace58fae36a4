"""Helpers shared by the CLI verbs: output, provider choice, waiting with progress."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

from studio import catalog
from studio.errors import InvalidInputError
from studio.library.models import Voice
from studio.library.store import Store
from studio.providers.spec import OptionSpec, ProviderSpec


def add_provider_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--provider", "-p", choices=catalog.names(), required=required,
                        help="provider: " + ", ".join(catalog.names()))


def add_option_flags(parser: argparse.ArgumentParser, kind: str) -> None:
    """A flag for every typed option any provider declares for `kind` ("enrol", "train"); each provider
    takes only its own (see `option_values`)."""
    seen: dict[str, OptionSpec] = {}
    for spec in catalog.specs():
        for option in getattr(spec, f"{kind}_options"):
            seen.setdefault(option.key, option)
    for option in seen.values():
        dest = f"opt_{option.key}"
        title = option.title.en
        users = ", ".join(s.name for s in catalog.specs() if option.key in
                          {o.key for o in getattr(s, f"{kind}_options")})
        helptext = f"{title} ({users})"
        if option.type is list:
            choices = [str(c.value) for c in option.choices] or None
            parser.add_argument(option.flag, dest=dest, action="append", choices=choices, help=helptext + "; repeatable")
        elif option.type is bool:
            parser.add_argument(option.flag, dest=dest, action="store_true", default=None, help=helptext)
        else:
            choices = [c.value for c in option.choices] or None
            parser.add_argument(option.flag, dest=dest, type=option.type, choices=choices, help=helptext)


def option_values(args: argparse.Namespace, spec: ProviderSpec, kind: str) -> dict[str, Any]:
    """The option flags given on the command line, checked against what `spec` declares."""
    own = {o.key for o in getattr(spec, f"{kind}_options")}
    given = {k.removeprefix("opt_"): v for k, v in vars(args).items() if k.startswith("opt_") and v is not None}
    foreign = sorted(set(given) - own)
    if foreign:
        flag = "--" + foreign[0].replace("_", "-")
        raise InvalidInputError(f"{flag} is not an option of {spec.title.en}.",
                                detail_zh=f"{flag} 不是{spec.title.zh}的选项。", code="bad_option")
    return given


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
