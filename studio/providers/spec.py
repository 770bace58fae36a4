"""What a provider declares about itself, once, next to its client: `ProviderSpec`.

Every screen and command reads these declarations instead of knowing vendors: the account fields
(keys, regions, URLs) the Providers pane and the first-run wizard show and the settings and secret
stores accept; typed options for enrolment, training and synthesis (the dialogs and the CLI build
their inputs from them); how the vendor counts and limits text; what the provider can do; the
recording targets; the sample rule tables validation judges a take against; and which account's
queue its calls wait in. Plain data, Qt-free and cheap to import: a spec module never imports its
client.
"""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from studio.errors import InvalidInputError
from studio.i18n import Text
from studio.providers.base import Capability
from studio.providers.text import Counter, count_plain, split

if TYPE_CHECKING:
    from studio.providers.base import Provider
    from studio.validation.rules import ProviderRules


NO_TEXT = Text("", "")


@dataclass(frozen=True)
class DocRef:
    """A vendor's public document, cited by its title and address (never by a file of ours)."""

    title: Text
    url: str = ""

    def cite(self, lang: str = "en") -> str:
        return f"{self.title(lang)} ({self.url})" if self.url else self.title(lang)


@dataclass(frozen=True)
class Choice:
    value: Any
    title: Text
    help: Text | None = None
    advanced: bool = False  # only offered where the advanced fields it needs are shown too


class FieldKind(StrEnum):
    SECRET = "secret"  # kept in the SecretStore, never shown again
    TEXT = "text"
    URL = "url"
    CHOICE = "choice"
    FLAG = "flag"


@dataclass(frozen=True)
class Field:
    """One account or provider setting: a secret name or a settings key, with how to ask for it."""

    key: str
    kind: FieldKind
    title: Text
    default: Any = ""
    env: str = ""  # an environment variable that wins over the stored value (as the vendor's SDK reads it)
    choices: tuple[Choice, ...] = ()
    help: Text | None = None
    optional: bool = False
    advanced: bool = False  # shown folded away (custom hosts, signing details)

    @property
    def value_type(self) -> type:
        return bool if self.kind == FieldKind.FLAG else type(self.default) if self.default != "" else str

    def choice_title(self, value: Any, lang: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.title(lang)
        return str(value)


@dataclass(frozen=True)
class AccountSpec:
    """What several providers of one vendor share: credentials, region, and one serial request queue."""

    key: str  # the queue key: calls of every provider on this account wait in one queue
    title: Text
    fields: tuple[Field, ...] = ()
    docs: tuple[DocRef, ...] = ()


def _bad(en: str, zh: str) -> InvalidInputError:
    return InvalidInputError(en, detail_zh=zh, code="bad_option")


@dataclass(frozen=True)
class OptionSpec:
    """A typed option of enrolment, training or synthesis: its range, default and title."""

    key: str
    type: type  # int, float, str, bool or list (of str)
    title: Text
    default: Any = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Choice, ...] = ()
    help: Text | None = None
    cli: str = ""  # the CLI flag; derived from the key when empty
    max_length: int | None = None
    advanced: bool = False  # folded away in dialogs until asked for (rarely needed, or for experts)
    required: bool = False  # the vendor refuses the request without it, and there is no default to assume

    @property
    def flag(self) -> str:
        return self.cli or "--" + self.key.replace("_", "-")

    def coerce(self, value: Any) -> Any:
        """`value` as this option's type, inside its range and choices; InvalidInputError otherwise."""
        if value is None:
            return None
        title = self.title
        try:
            if self.type is bool:
                out: Any = value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "yes", "on")
            elif self.type is list:
                items = [value] if isinstance(value, str) else list(value)
                out = [str(v) for v in items if str(v)]
            elif self.type is int and isinstance(value, float) and not value.is_integer():
                raise ValueError(value)
            else:
                out = self.type(value)
        except (TypeError, ValueError):
            raise _bad(f"{title.en}: {value!r} is not a valid value.", f"{title.zh}：{value!r} 不是有效的值。") from None
        if isinstance(out, float) and not math.isfinite(out):
            raise _bad(f"{title.en}: {value!r} is not a number.", f"{title.zh}：{value!r} 不是数字。")
        numeric = isinstance(out, int | float) and not isinstance(out, bool)
        if numeric and ((self.minimum is not None and out < self.minimum)
                        or (self.maximum is not None and out > self.maximum)):
            lo = "−∞" if self.minimum is None else f"{self.minimum:g}"
            hi = "∞" if self.maximum is None else f"{self.maximum:g}"
            raise _bad(f"{title.en} must be between {lo} and {hi} (got {out:g}).",
                       f"{title.zh}须在 {lo} 到 {hi} 之间（当前为 {out:g}）。")
        if isinstance(out, str) and self.max_length is not None and len(out) > self.max_length:
            raise _bad(f"{title.en} takes at most {self.max_length} characters.",
                       f"{title.zh}最多 {self.max_length} 个字符。")
        allowed = [c.value for c in self.choices]
        if allowed:
            bad = [v for v in (out if isinstance(out, list) else [out]) if v not in allowed]
            if bad:
                shown = ", ".join(str(v) for v in allowed)
                raise _bad(f"{title.en}: {bad[0]!r} is not one of {shown}.", f"{title.zh}：{bad[0]!r} 不在可选值 {shown} 之中。")
        return out


def parse_options(specs: Iterable[OptionSpec], values: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values for `specs` from loose ones (a dialog, CLI flags): defaults filled in, unknown keys
    refused, each value checked. Keys whose value and default are both None are left out."""
    by_key = {s.key: s for s in specs}
    unknown = sorted(set(values) - set(by_key))
    if unknown:
        raise _bad(f"Unknown option {unknown[0]!r}.", f"未知的选项 {unknown[0]!r}。")
    out: dict[str, Any] = {}
    for key, spec in by_key.items():
        value = spec.coerce(values.get(key, spec.default))
        if value is not None:
            out[key] = value
        elif spec.required:
            raise _bad(f"{spec.title.en} is needed.", f"请填写{spec.title.zh}。")
    return out


@dataclass(frozen=True)
class TextRules:
    """How the vendor counts, limits and bills the text of one synthesis."""

    per_request: int  # the most one request takes, as `counter` counts
    total: int  # the most one synthesis takes before the studio splits it into several requests
    counter: Counter = count_plain
    han_counts_double: bool = False  # said beside the count, so the number makes sense to the user
    yuan_per_10k: float | None = None  # published price; None when not published
    source: DocRef | None = None

    def count(self, text: str) -> int:
        return self.counter(text)

    def cost(self, text: str) -> float | None:
        if self.yuan_per_10k is None:
            return None
        return round(self.count(text) / 10_000 * self.yuan_per_10k, 4)

    def split(self, text: str) -> list[str]:
        """The pieces one synthesis of `text` is sent as."""
        return split(text, self.total, self.counter)


@dataclass(frozen=True)
class RecordingTarget:
    """What a recording for this provider should be."""

    peak_band: tuple[float, float] = (-6.0, -3.0)  # dBFS where the take's peaks should sit
    sample_s: tuple[float, float] | None = None  # the length a one-sample clone wants
    minutes_needed: float = 0.0  # effective speech a training dataset needs
    source: DocRef | None = None


@dataclass(frozen=True)
class NameRule:
    """What the vendor accepts as a voice (or model) name, and how to say it."""

    allowed: str = ""  # a regex character-class body such as "a-z0-9"; empty: any printable text
    max_length: int = 64
    lowercase: bool = False
    letter_first: bool = False
    hint: Text = NO_TEXT

    @property
    def pattern(self) -> str:
        body = f"[{self.allowed}]" if self.allowed else r"[^\x00-\x1f]"
        first = "[A-Za-z]" if self.letter_first else body
        return f"{first}{body}{{0,{self.max_length - 1}}}"

    def check(self, name: str) -> None:
        if not re.fullmatch(self.pattern, name or ""):
            raise InvalidInputError(f"The name {name!r} cannot be used. {self.hint.en}".strip(),
                                    detail_zh=f"名称 {name!r} 不可用。{self.hint.zh}".strip(), code="bad_name")

    def suggest(self, text: str) -> str:
        """A name this rule accepts made from `text` (a take's name), or "" when none can be made."""
        if not self.allowed:
            return text.strip()[: self.max_length]
        candidate = text.lower() if self.lowercase else text
        candidate = re.sub(f"[^{self.allowed}]+", "_" if "_" in self.allowed else "", candidate).strip("_")
        if self.letter_first:
            candidate = re.sub(r"^[^A-Za-z]+", "", candidate)
        candidate = candidate[: self.max_length].rstrip("_")
        return candidate if re.fullmatch(self.pattern, candidate) else ""


@dataclass(frozen=True)
class DesignRules:
    """What a voice designed from a written description takes (`Capability.VOICE_DESIGN`): how long the
    description and the preview line may be, and the choices offered with them (a target model, languages)."""

    prompt_max: int
    preview_max: int
    options: tuple[OptionSpec, ...] = ()
    source: DocRef | None = None

    def problems(self, name_rule: NameRule, name: str, prompt: str, preview_text: str) -> dict[str, Text]:
        """Every rule the inputs break, in plain words, by input ("name", "prompt", "preview_text"), before
        anything is sent (empty when all is well)."""
        out: dict[str, Text] = {}
        if not name.strip():
            out["name"] = Text("Give the voice a name.", "请为音色起一个名字。")
        else:
            try:
                name_rule.check(name.strip())
            except InvalidInputError:
                out["name"] = Text(f"The name cannot be used. {name_rule.hint.en}".strip(),
                                   f"该名称不可用。{name_rule.hint.zh}".strip())
        for key, text, limit, en, zh in (("prompt", prompt, self.prompt_max, "description", "音色描述"),
                                         ("preview_text", preview_text, self.preview_max, "preview text", "试听文本")):
            if not text.strip():
                out[key] = Text(f"Write the {en}.", f"请填写{zh}。")
            elif len(text) > limit:
                out[key] = Text(f"The {en} has {len(text)} characters; at most {limit} are accepted.",
                                f"{zh}共 {len(text)} 个字符，最多 {limit} 个。")
        return out


@dataclass(frozen=True)
class ProviderSpec:
    name: str  # the identifier used in the library, settings and the CLI
    title: Text
    short_title: Text
    description: Text
    account: AccountSpec
    capabilities: Capability
    factory: str  # "module:function" building the Provider from a ProviderContext
    text: TextRules = field(default_factory=lambda: TextRules(5000, 5000))
    recording: RecordingTarget = field(default_factory=RecordingTarget)
    fields: tuple[Field, ...] = ()  # settings of this provider beyond its account's
    enrol_options: tuple[OptionSpec, ...] = ()
    train_options: tuple[OptionSpec, ...] = ()
    synth_options: tuple[OptionSpec, ...] = ()
    name_rule: NameRule = field(default_factory=NameRule)
    design: DesignRules | None = None  # declared by providers that design voices from a description
    rules: Callable[[], tuple[ProviderRules, ...]] = tuple  # the sample rule tables (loaded on demand)
    docs: tuple[DocRef, ...] = ()
    needs_account: bool = True  # False: works with no key at all

    def can(self, capability: Capability) -> bool:
        return bool(self.capabilities & capability)

    @property
    def clones(self) -> bool:
        """One sample makes a voice (at once, or through a short vendor job)."""
        return self.can(Capability.ENROLL | Capability.SAMPLE_JOB)

    @property
    def clones_at_once(self) -> bool:
        return self.can(Capability.ENROLL)

    @property
    def trains(self) -> bool:
        """A dataset of takes trains a model."""
        return self.can(Capability.TRAIN)

    def feature(self, name: str) -> bool:
        """A capability by its name ("SSML", "INSTRUCTION", …), for code that does not import the flags."""
        return self.can(Capability[name])

    @property
    def all_fields(self) -> tuple[Field, ...]:
        return self.account.fields + self.fields

    def rule_keys(self) -> tuple[str, ...]:
        return tuple(table.key for table in self.rules())

    def build(self, ctx: Any) -> Provider:
        module, _, function = self.factory.partition(":")
        provider: Provider = getattr(importlib.import_module(module), function)(ctx)
        return provider


__all__ = ["AccountSpec", "Choice", "DesignRules", "DocRef", "Field", "FieldKind", "NameRule", "OptionSpec", "ProviderSpec",
           "RecordingTarget", "TextRules", "parse_options"]
