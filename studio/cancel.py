"""Cooperative cancellation, shared by the task runner, providers and audio code (no Qt)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from studio.errors import CancelledError


class CancelToken:
    """Set once by whoever cancels; polled (or waited on) by the work being cancelled."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._callbacks: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for cb in callbacks:
            cb()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Run `callback` when cancelled (at once if already cancelled), e.g. to close a socket."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True if cancelled meanwhile (use instead of time.sleep in workers)."""
        return self._event.wait(seconds)


NEVER = CancelToken()
"""A token nobody cancels, for callers that do not need cancellation."""

ProgressFn = Callable[[float, str], None]
"""progress(fraction 0..1 or -1 for unknown, short status text)."""


def no_progress(fraction: float, text: str) -> None:
    return None
