from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from studio.errors import CancelledError, RateLimitedError
from studio.services.tasks import TaskContext, TaskRunner, TaskState


@pytest.fixture
def runner(qtbot: QtBot):  # type: ignore[no-untyped-def]
    r = TaskRunner(max_workers=2)
    yield r
    r.shutdown(wait=True)


def test_result_arrives_in_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    main = threading.get_ident()
    seen: dict[str, int] = {}

    def work(ctx: TaskContext) -> int:
        seen["worker"] = threading.get_ident()
        ctx.progress(0.5, "half")
        return 42

    handle = runner.run(work, name="answer")
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen["worker"] != main
    assert handle.state == TaskState.DONE and handle.progress_text == "half"
    qtbot.waitUntil(lambda: runner.active() == [], timeout=2000)


def test_error_is_a_studio_error(qtbot: QtBot, runner: TaskRunner) -> None:
    def work(ctx: TaskContext) -> None:
        raise RateLimitedError("slow down", provider="cosyvoice", request_id="r1")

    handle = runner.run(work, name="fails")
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    err = blocker.args[0]
    assert isinstance(err, RateLimitedError) and err.request_id == "r1"


def test_unexpected_exception_is_wrapped(qtbot: QtBot, runner: TaskRunner) -> None:
    handle = runner.run(lambda ctx: 1 / 0, name="bug")
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert "ZeroDivisionError" in blocker.args[0].detail


def test_cancel_drops_result_quietly(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()

    def work(ctx: TaskContext) -> str:
        started.set()
        while not ctx.cancel.wait(0.01):
            pass
        return "too late"

    results: list[object] = []
    handle = runner.run(work, name="long", on_done=results.append)
    assert started.wait(5)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        handle.cancel()
    assert results == [] and handle.state == TaskState.CANCELLED


def test_cancelled_error_counts_as_cancel(qtbot: QtBot, runner: TaskRunner) -> None:
    def work(ctx: TaskContext) -> None:
        raise CancelledError()

    handle = runner.run(work, name="x")
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        pass


def test_serial_queue_per_key_parallel_across_keys(qtbot: QtBot, runner: TaskRunner) -> None:
    lock = threading.Lock()
    running: dict[str, int] = {"a": 0, "b": 0}
    peak: dict[str, int] = {"a": 0, "b": 0}
    order: list[str] = []
    gate = threading.Barrier(2, timeout=5)  # one "a" task and one "b" task must overlap

    def make(key: str, n: int):  # type: ignore[no-untyped-def]
        def work(ctx: TaskContext) -> None:
            with lock:
                running[key] += 1
                peak[key] = max(peak[key], running[key])
                order.append(f"{key}{n}")
            if n == 0:
                gate.wait()
            with lock:
                running[key] -= 1
        return work

    handles = [runner.run(make(k, n), name=f"{k}{n}", queue=k) for n in range(3) for k in ("a", "b")]
    for h in handles:
        if not h.done:
            with qtbot.waitSignal(h.finished, timeout=5000):
                pass
    assert all(h.state == TaskState.DONE for h in handles)
    assert peak == {"a": 1, "b": 1}  # never two of one queue at once
    assert [x for x in order if x[0] == "a"] == ["a0", "a1", "a2"]  # in submission order


def test_many_cross_thread_deliveries_keep_the_interpreter_sound(qtbot: QtBot, runner: TaskRunner) -> None:
    """Guards the Qt binding: some releases corrupt refcounts on cross-thread emits (crash, not fail)."""
    import sys

    n = 20_000
    before = sys.getrefcount(True), sys.getrefcount(None)
    received: list[object] = []

    def work(ctx: TaskContext) -> None:
        for i in range(n):
            ctx.emit(None if i % 2 else (i, True))

    handle = runner.run(work, name="flood", on_partial=received.append)
    with qtbot.waitSignal(handle.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: len(received) == n, timeout=20000)
    assert received[0] == (0, True) and received[1] is None
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 100 and after[1] >= before[1] - 100


def test_callbacks_of_a_destroyed_owner_are_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    from PySide6.QtCore import QObject

    gate = threading.Event()
    owner = QObject()
    called: list[object] = []
    handle = runner.run(lambda ctx: gate.wait(5) and "late", name="outlived", on_done=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=2000)
    gate.set()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert handle.result == "late" and called == []  # no call into a dead pane
