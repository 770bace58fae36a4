"""Build a pseudo-localised catalogue (accented, ~40 % longer) to find clipped labels.

Usage: .venv/bin/python scripts/pseudo_locale.py && \
       .venv/bin/python scripts/screenshots.py /tmp/pseudo --lang pseudo
The catalogue is written next to the real ones as studio_pseudo.qm (not committed).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCENTS = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîõüÀÉÎÕÜçñšýÇÑŠÝ")
PLACEHOLDER = re.compile(r"(%\d|%n|&\w|\n)")


def pseudo(text: str) -> str:
    parts = PLACEHOLDER.split(text)
    body = "".join(p if PLACEHOLDER.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    pad = "~" * max(1, int(len(text) * 0.4))
    return f"[{body}{pad}]"


def main() -> int:
    source = ROOT / "resources" / "translations" / "studio_en.ts"
    tree = ET.parse(source)
    tree.getroot().set("language", "en_US")
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            ET.SubElement(translation, "numerusform").text = pseudo(text)
            translation.text = None
        else:
            translation.text = pseudo(text)
        translation.attrib.pop("type", None)
    out = ROOT / "resources" / "translations" / "studio_pseudo.ts"
    tree.write(out, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(out), "-qm", str(out.with_suffix(".qm"))], check=True)
    out.unlink()
    print(out.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
