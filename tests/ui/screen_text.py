"""Reading the screen as a person does: the text of every visible widget and model cell, and what must
never be in it.

`screen(window)` collects what is on screen now (labels, buttons, fields, combo items, tabs, group
titles, table and list cells with their headers, the notice bar); `internal(texts, lang)` finds what is
internal there: identifier-like codes (`too_loud`, `best_window`), floats with long tails, the studio's
own file names and spec paths, provider keys where a title belongs, placeholders left unfilled, and —
in Chinese — English UI strings that have a translation but were shown untranslated.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from studio import catalog
from studio.i18n import LANGUAGES, translations_dir


@dataclass(frozen=True)
class Seen:
    where: str  # the widget's class and object name, to say where a problem is
    text: str
    tooltip: bool = False


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = re.sub(r"<br\s*/?>", "\n", text)
        text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text).replace("&nbsp;", " ")


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.window().isVisible()


def _model_texts(view: QAbstractItemView, where: str) -> list[Seen]:
    model: QAbstractItemModel | None = view.model()
    if model is None:
        return []
    out: list[Seen] = []
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    try:
        count = model.columnCount(QModelIndex())
    except TypeError:  # a QListWidget's own model keeps columnCount private: one column
        count = 1
    columns = [c for c in range(count) if not hidden(c)]
    for c in columns:
        header = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header:
            out.append(Seen(where + ":header", str(header)))
    for r in range(min(model.rowCount(QModelIndex()), 200)):
        header = model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
        if header and not str(header).isdigit():
            out.append(Seen(where + ":row", str(header)))
        for c in columns or [0]:
            index = model.index(r, c, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole + 1):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    out.append(Seen(f"{where}[{r},{c}]", value))
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip:
                out.append(Seen(f"{where}[{r},{c}]:tip", tip, tooltip=True))
    return out


def screen(root: QWidget) -> list[Seen]:
    """Everything a person can read in `root` now (visible widgets only) and its tooltips."""
    out: list[Seen] = [Seen("window", root.windowTitle())]
    for w in root.findChildren(QWidget):
        if not _shown(w):
            continue
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.toolTip():
            out.append(Seen(where + ":tip", _plain(w.toolTip()), tooltip=True))
        if isinstance(w, QLabel):
            out.append(Seen(where, _plain(w.text())))
        elif isinstance(w, QAbstractButton):
            out.append(Seen(where, w.text()))
        elif isinstance(w, QLineEdit):
            out.append(Seen(where, w.text() or w.placeholderText()))
        elif isinstance(w, QPlainTextEdit):
            out.append(Seen(where, w.toPlainText() or w.placeholderText()))
        elif isinstance(w, QComboBox):
            out.append(Seen(where, w.currentText() or w.placeholderText()))
            for i in range(w.count()):
                out.append(Seen(f"{where}[{i}]", w.itemText(i)))
        elif isinstance(w, QTabBar):
            out.extend(Seen(f"{where}[{i}]", w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QGroupBox):
            out.append(Seen(where, w.title()))
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):  # headers: with their view
            out.extend(_model_texts(w, where))
    return [s for s in out if s.text.strip()]


# what is internal
_CODE = re.compile(r"(?<![\w./-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w./-])")  # too_loud, best_window
_LONG_FLOAT = re.compile(r"\d+\.\d{4,}")
_OUR_FILES = re.compile(r"(specs?/[\w./-]+|[\w-]+\.(?:md|py|json)\b|providers-and-samples|manifest\.json|§\d)")
_PLACEHOLDER = re.compile(r"%\d|\{[a-z_]*\}|\(s\)|⟦")
_RAW = re.compile(r"\b(None|nan|NaN|-?inf)\b|^\s*(True|False)\s*$")
_REMOTE_ID = re.compile(r"\blv-[0-9a-f]{6,}\b")


@cache
def _keys() -> set[str]:
    """Provider, account and rule-table keys; "local" is also a plain English word, checked in context."""
    keys = set(catalog.names()) | set(catalog.rule_tables()) | {a.key for a in catalog.accounts()}
    return {k for k in keys if k != "local"}


@cache
def _english_ui() -> dict[str, str]:
    """Every studio UI string (English source) with its Chinese translation, where they differ. A studio
    language's own name ("English" in the language chooser) is shown as itself on purpose."""
    path = translations_dir() / "studio_zh_CN.ts"
    out: dict[str, str] = {}
    endonyms = set(LANGUAGES.values())
    for message in ET.parse(path).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if source in endonyms:
            continue
        if translation and translation != source and re.search(r"[A-Za-z]{3}", source):
            out[source] = translation
    return out


def internal(texts: Iterable[Seen], lang: str, *, allow: Iterable[str] = ()) -> list[str]:
    """What a person should not see. `allow`: texts the user typed or chose (names, file names)."""
    allowed = [a for a in allow if a]
    plain_keys = _keys()
    english = _english_ui() if lang.startswith("zh") else {}
    problems: list[str] = []
    for seen in texts:
        text = seen.text
        for a in allowed:
            text = text.replace(a, "")
        found: list[str] = []
        found += [f"long float {m}" for m in _LONG_FLOAT.findall(text)]
        found += [f"our file {m}" for m in _OUR_FILES.findall(text)]
        found += [f"placeholder {m}" for m in _PLACEHOLDER.findall(text)]
        found += [f"raw value {m.group(0).strip()}" for m in _RAW.finditer(text)]
        words = set(re.findall(r"[A-Za-z_][\w-]*", text))  # "cosyvoice-v2" is a model's name, not a key
        found += [f"provider key {k}" for k in plain_keys & words]
        if re.search(r"\b(on|at|with|provider:?|服务商：?)\s*local\b", text):
            found.append("provider key local")
        if not seen.tooltip:
            found += [f"code {m}" for m in _CODE.findall(text)]
            if "remoteId" not in seen.where:
                found += [f"remote id {m}" for m in _REMOTE_ID.findall(text)]
            if english and not re.search(r"[\u4e00-\u9fff]", text):
                stripped = text.strip()
                if stripped in english:
                    found.append("untranslated UI string")
        problems += [f"{seen.where}: {p} in {seen.text!r}" for p in found]
    return problems


def texts_of(seen: Iterable[Seen]) -> str:
    return "\n".join(s.text for s in seen if not s.tooltip)
