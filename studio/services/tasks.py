"""One task runner for every slow call: a thread pool, serial queues per key, signals back.

`TaskRunner.run(fn, ...)` returns a `TaskHandle` at once. `fn(ctx)` runs in a worker thread with a
`TaskContext` (cancel token, progress). Results, errors and progress reach the GUI only through the
handle's signals, delivered in the GUI thread. Tasks sharing a `queue` key (one per provider
account) run one after another; different keys run in parallel. A cancelled task's result is
dropped quietly (house style §6). `InlineTaskRunner` runs tasks synchronously for tests.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from enum import StrEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from studio.cancel import CancelToken
from studio.errors import CancelledError, StudioError, as_studio_error

log = logging.getLogger(__name__)


class TaskState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class TaskContext:
    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle
        self.cancel = handle.token

    def progress(self, fraction: float, text: str = "") -> None:
        self._handle._post("progress", (fraction, text))

    def emit(self, payload: object) -> None:
        """Send an intermediate result (e.g. an audio chunk) to the GUI thread."""
        self._handle._post("partial", payload)


class TaskHandle(QObject):
    progress = Signal(float, str)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # StudioError
    cancelled = Signal()
    finished = Signal()  # after any of the three outcomes
    _deliver = Signal(str, object)

    _ids = itertools.count(1)

    def __init__(self, name: str, queue: str | None) -> None:
        super().__init__()
        self.id = next(self._ids)
        self.name = name
        self.queue = queue
        self.token = CancelToken()
        self.state = TaskState.QUEUED
        self.progress_value = -1.0
        self.progress_text = ""
        self.result: Any = None
        self.error: StudioError | None = None
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def done(self) -> bool:
        return self.state in (TaskState.DONE, TaskState.FAILED, TaskState.CANCELLED)

    def _post(self, kind: str, payload: object) -> None:
        self._deliver.emit(kind, payload)

    @Slot(str, object)
    def _on_deliver(self, kind: str, payload: object) -> None:
        if kind == "progress":
            assert isinstance(payload, tuple)
            self.progress_value, self.progress_text = float(payload[0]), str(payload[1])
            self.progress.emit(self.progress_value, self.progress_text)
        elif kind == "partial":
            if not self.token.cancelled:
                self.partial.emit(payload)
        elif kind == "state":
            self.state = TaskState(str(payload))
        else:
            self._finish(kind, payload)

    def _finish(self, kind: str, payload: object) -> None:
        if self.token.cancelled or kind == "cancelled":
            self.state = TaskState.CANCELLED
            self.cancelled.emit()
        elif kind == "ok":
            self.state = TaskState.DONE
            self.result = payload
            self.succeeded.emit(payload)
        else:
            self.state = TaskState.FAILED
            assert isinstance(payload, StudioError)
            self.error = payload
            self.failed.emit(payload)
        self.finished.emit()


OnDone = Callable[[Any], None]
OnError = Callable[[StudioError], None]


class TaskRunner(QObject):
    task_started = Signal(object)  # TaskHandle (queued or running)
    task_finished = Signal(object)

    def __init__(self, max_workers: int = 4) -> None:
        super().__init__()
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="studio-task")
        self._lock = threading.Lock()
        self._queues: dict[str, deque[tuple[TaskHandle, Callable[[TaskContext], Any]]]] = {}
        self._busy: set[str] = set()
        self._handles: list[TaskHandle] = []
        self._closed = False

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        name: str,
        queue: str | None = None,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
        track: bool = True,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """`owner`: callbacks are dropped once it has been destroyed (a pane closed while its task ran)."""
        handle = TaskHandle(name, queue)
        if owner is not None:
            on_done, on_error, on_progress, on_partial = (
                _guarded(owner, cb) for cb in (on_done, on_error, on_progress, on_partial))
        if on_done:
            handle.succeeded.connect(on_done)
        if on_error:
            handle.failed.connect(on_error)
        if on_progress:
            handle.progress.connect(on_progress)
        if on_partial:
            handle.partial.connect(on_partial)
        handle.finished.connect(lambda h=handle: self._on_finished(h))
        if track:
            self._handles.append(handle)
            self.task_started.emit(handle)
        self._enqueue(handle, fn)
        return handle

    def active(self) -> list[TaskHandle]:
        return [h for h in self._handles if not h.done]

    def _enqueue(self, handle: TaskHandle, fn: Callable[[TaskContext], Any]) -> None:
        with self._lock:
            if self._closed:
                handle._post("cancelled", None)
                return
            if handle.queue is None:
                self._pool.submit(self._work, handle, fn)
                return
            self._queues.setdefault(handle.queue, deque()).append((handle, fn))
            if handle.queue in self._busy:
                return
            self._busy.add(handle.queue)
        self._next(handle.queue)

    def _next(self, key: str) -> None:
        with self._lock:
            pending = self._queues.get(key)
            if not pending:
                self._busy.discard(key)
                return
            handle, fn = pending.popleft()
            self._pool.submit(self._work, handle, fn)

    def _work(self, handle: TaskHandle, fn: Callable[[TaskContext], Any]) -> None:
        try:
            if handle.token.cancelled:
                handle._post("cancelled", None)
                return
            handle._post("state", TaskState.RUNNING.value)
            try:
                result = fn(TaskContext(handle))
            except CancelledError:
                handle._post("cancelled", None)
            except BaseException as exc:
                err = as_studio_error(exc)
                if err.kind.value == "internal":
                    log.error("task %r failed", handle.name, exc_info=exc)
                else:
                    log.info("task %r failed: %s", handle.name, err.user_message("en").replace("\n", " "))
                handle._post("error", err)
            else:
                handle._post("ok", result)
        finally:
            if handle.queue is not None:
                self._next(handle.queue)

    def _on_finished(self, handle: TaskHandle) -> None:
        if handle in self._handles:
            self._handles.remove(handle)
            self.task_finished.emit(handle)

    def shutdown(self, wait: bool = True) -> None:
        with self._lock:
            self._closed = True
            pending = [h for q in self._queues.values() for h, _ in q]
            self._queues.clear()
        for handle in [*pending, *self._handles]:
            handle.cancel()
        self._pool.shutdown(wait=wait, cancel_futures=True)


def _guarded(owner: QObject, callback: Callable[..., Any] | None) -> Any:
    if callback is None:
        return None

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


class InlineTaskRunner(TaskRunner):
    """Runs each task at once in the calling thread; signals are delivered before `run` returns."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)

    def _enqueue(self, handle: TaskHandle, fn: Callable[[TaskContext], Any]) -> None:
        handle._deliver.disconnect()
        handle._deliver.connect(handle._on_deliver, Qt.ConnectionType.DirectConnection)
        self._work_inline(handle, fn)

    def _work_inline(self, handle: TaskHandle, fn: Callable[[TaskContext], Any]) -> None:
        key, handle.queue = handle.queue, None
        self._work(handle, fn)
        handle.queue = key
