"""Fill Chinese translations into the Qt catalogue from tab-separated files, after `python -m studio.i18n update`.

Usage: .venv/bin/python scripts/ts_fill.py FILE.tsv [...]
Each line: context <TAB> English source <TAB> Chinese translation (a literal \\n in a field is a line break).
Lists the catalogue's messages still without a translation, so none is forgotten.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "studio_zh_CN.ts"


def load(paths: list[Path]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) == 3 and not row[0].startswith("#"):
                    context, source, text = (f.replace("\\n", "\n") for f in row)
                    out[(context, source)] = text
    return out


def main(argv: list[str]) -> int:
    table = load([Path(a) for a in argv])
    tree = ET.parse(CATALOGUE)
    missing: list[str] = []
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            text = table.get((name, source))
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
            elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{name}\t{source!r}")
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    CATALOGUE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body, encoding="utf-8")
    print(f"filled {filled}; still without a translation: {len(missing)}")
    for line in missing:
        print("  " + line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
