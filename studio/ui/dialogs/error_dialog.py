"""Failures nobody else handled, shown in the notice bar: one error, one message.

The same failure again (same kind and wording, whatever its request id) only counts up on the notice
that is already shown, so a retried operation or several providers of one account refused for one reason
do not pile up boxes. The full text, with the provider's request id, is behind Details.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from studio.errors import StudioError
from studio.redact import scrub
from studio.services.hub import Notice, NoticeKind
from studio.ui.widgets.notice_bar import NoticeBar


def error_notice(err: StudioError, lang: str) -> Notice:
    detail = err.detail_zh if (lang.startswith("zh") and err.detail_zh) else err.detail
    headline = err.headline(lang)
    text = f"{headline} {detail}".strip() if detail and detail not in headline else headline
    full = err.user_message(lang)
    return Notice(scrub(text), NoticeKind.ERROR, key=f"{err.kind}:{text}",
                  details=scrub(full) if full.strip() != text.strip() else "")


class ErrorPresenter(QObject):
    def __init__(self, bar: NoticeBar, language: Callable[[], str]) -> None:
        super().__init__(bar)
        self.bar = bar
        self._language = language
        self.shown: list[str] = []  # every error reported, for tests and diagnostics

    def show_error(self, err: object) -> None:
        if not isinstance(err, StudioError):
            err = StudioError(str(err))
        if err.kind.value == "cancelled":
            return  # a user's own abort is not an error
        notice = error_notice(err, self._language())
        self.shown.append(notice.text)
        self.bar.show_notice(notice)
