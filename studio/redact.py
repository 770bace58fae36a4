"""Masking of secrets in anything written out: log records, error texts, diagnostics.

Secret values are registered as they pass through a SecretStore or a provider; `scrub()` replaces
every registered value (and anything shaped like a DashScope key or a Tencent SecretId/SecretKey
field) with a mask. The logging filter applies it to every record.
"""

from __future__ import annotations

import logging
import re
import threading

MASK = "•••"
_values: set[str] = set()
_lock = threading.Lock()
_PATTERNS = (
    re.compile(r"sk-[A-Za-z0-9]{16,}"),
    re.compile(r"AKID[A-Za-z0-9]{12,}"),
    re.compile(r'("?secret(?:Id|Key|_id|_key)"?\s*[:=]\s*"?)([^",}\s]+)', re.IGNORECASE),
    re.compile(r"((?:Bearer|bearer)\s+)([A-Za-z0-9._\-]{8,})"),
)


def register(value: str | None) -> None:
    if value and len(value) >= 4:
        with _lock:
            _values.add(value)


def scrub(text: str) -> str:
    with _lock:
        values = sorted(_values, key=len, reverse=True)
    for value in values:
        if value in text:
            text = text.replace(value, MASK)
    for pattern in _PATTERNS:
        if pattern.groups >= 2:
            text = pattern.sub(lambda m: m.group(1) + MASK, text)
        else:
            text = pattern.sub(MASK, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True
        clean = scrub(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Render the traceback now so that secrets in exception text are scrubbed too.
            formatter = logging.Formatter()
            clean = clean + "\n" + scrub(formatter.formatException(record.exc_info))
            record.exc_info = None
            record.exc_text = None
        record.msg = clean
        record.args = None
        return True
