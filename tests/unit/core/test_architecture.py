"""The shape the code keeps: vendors live in their packages, and everything else reads their specs.

A provider's name, its account's name or one of its rule tables' names written as a string anywhere in
`studio/` outside `studio/providers/` (and the one catalogue list) is a vendor fact in the wrong place:
the screen or command using it would have to be edited for the next vendor.
"""

from __future__ import annotations

import ast
from pathlib import Path

from studio import catalog

ROOT = Path(__file__).resolve().parents[3] / "studio"
ALLOWED = {ROOT / "catalog.py"}


def _vendor_words() -> set[str]:
    words = set(catalog.names())
    words |= {a.key for a in catalog.accounts() if a.key != "local"}  # "local" is also a plain word
    words |= set(catalog.rule_tables())
    return words


def _string_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_vendor_name_outside_the_vendor_packages() -> None:
    words = _vendor_words()
    prefixes = tuple(f"{a.key}." for a in catalog.accounts() if a.fields) + tuple(f"{n}." for n in catalog.names())
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        if path in ALLOWED or (ROOT / "providers") in path.parents:
            continue
        for line, text in _string_literals(path):
            if text in words or (text.startswith(prefixes) and " " not in text):
                found.append(f"{path.relative_to(ROOT.parent)}:{line}: {text!r}")
    assert found == [], "vendor facts outside studio/providers/:\n" + "\n".join(found)


def test_every_provider_declares_itself() -> None:
    for spec in catalog.specs():
        assert spec.title.en and spec.title.zh and spec.description.en and spec.description.zh, spec.name
        assert spec.short_title.en and spec.short_title.zh
        assert spec.factory.startswith(f"studio.providers.{spec.factory.split('.')[2]}."), spec.factory
        assert spec.text.per_request > 0 and spec.text.total >= spec.text.per_request
        assert spec.needs_account == bool(spec.account.fields), spec.name
        for field in spec.all_fields:
            assert field.title.en and field.title.zh, field.key
        for option in spec.enrol_options + spec.train_options + spec.synth_options:
            assert option.title.en and option.title.zh, option.key
            assert option.coerce(option.default) == option.default or option.default is None


def test_providers_built_from_specs_say_what_their_specs_say(tmp_path: Path) -> None:
    from studio.workspace import Workspace

    ws = Workspace()
    try:
        for spec in catalog.specs():
            provider = ws.provider(spec.name)
            assert provider.spec is spec
            assert (provider.name, provider.capabilities) == (spec.name, spec.capabilities)
    finally:
        ws.close()
