"""The one list of vendor packages the studio knows, and what their specs say, gathered.

Everything else reads providers through here: their names, titles, accounts, settings fields and
sample rule tables. Adding a vendor is a package under `studio/providers/` with a `spec` module and a
line in `SPEC_MODULES`. Spec modules are plain data: importing them builds no client.
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.providers.spec import AccountSpec, Field, ProviderSpec
    from studio.validation.rules import ProviderRules

# In display order. The offline engine first: it works with no account, so it is the default.
SPEC_MODULES: tuple[str, ...] = (
    "studio.providers.local.spec",
    "studio.providers.dashscope.spec",
    "studio.providers.tencent.spec",
)


@functools.cache
def specs() -> tuple[ProviderSpec, ...]:
    out: list[ProviderSpec] = []
    for module in SPEC_MODULES:
        out.extend(importlib.import_module(module).SPECS)
    return tuple(out)


def names() -> tuple[str, ...]:
    return tuple(s.name for s in specs())


@functools.cache
def _by_name() -> dict[str, ProviderSpec]:
    return {s.name: s for s in specs()}


def spec(name: str) -> ProviderSpec:
    try:
        return _by_name()[name]
    except KeyError:
        raise KeyError(f"unknown provider {name!r}; choose one of {', '.join(names())}") from None


def default_provider() -> str:
    """The provider a new studio starts with: the first that needs no account."""
    return next(s.name for s in specs() if not s.needs_account)


def accounts() -> tuple[AccountSpec, ...]:
    seen: dict[str, AccountSpec] = {}
    for s in specs():
        seen.setdefault(s.account.key, s.account)
    return tuple(seen.values())


def fields() -> tuple[Field, ...]:
    """Every account and provider field, once (accounts shared by providers are listed once)."""
    out: dict[str, Field] = {}
    for account in accounts():
        for f in account.fields:
            out.setdefault(f.key, f)
    for s in specs():
        for f in s.fields:
            out.setdefault(f.key, f)
    return tuple(out.values())


@functools.cache
def rule_tables() -> dict[str, ProviderRules]:
    """Every sample rule table by key, in provider order."""
    return {table.key: table for s in specs() for table in s.rules()}


def rule_keys(provider: str) -> tuple[str, ...]:
    return spec(provider).rule_keys()


def provider_of_table(key: str) -> str:
    for s in specs():
        if key in s.rule_keys():
            return s.name
    raise KeyError(key)
