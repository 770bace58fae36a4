"""Load: auditions queued against the CosyVoice emulator respect the client-side rate limit and all
complete.

Each audition is the Playground's own work (`AuditionService._synthesize`: stream, decode, play,
join, save to the library) run through `Services.run` on the provider account's serial queue, so
the 3 task starts/s limit (CosyVoice synthesis, spec §7) is what paces them. The emulator records
when each run-task arrives; the achieved rate is measured from those times. The emulator also
refuses a fourth start within 0.9 s, as the vendor would (with 0.1 s slack for arrival jitter), so
a client that broke the limit would show up as refused-and-retried tasks too.

`run_auditions` is shared with `benchmarks/bench_load.py`, which reports rate, time and memory.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import psutil
import pytest

from studio.library import auditions
from studio.library.models import Audition
from studio.providers.dashscope.limits import SYNTH_RPS
from studio.services.audition import VoiceChoice
from studio.services.hub import Services
from studio.services.lagprobe import LagProbe
from studio.services.tasks import TaskContext, TaskHandle, TaskRunner, TaskState
from studio.workspace import Workspace
from tests.emulators.dashscope import DashScopeEmulator
from tests.fakes.audio_stream import FakeOutputStream, FakeStreamFactory
from tests.reliability import faults as F

WINDOW_SLACK = 0.1  # seconds: run-task arrival jitter (connect time) around the limiter's spacing
EDGE = 0.99  # the window reported: 1 s less 10 ms for clock edges (arrivals jitter by a few ms)
CHOICE = VoiceChoice("cosyvoice", "longxiaochun_v2", "Long Xiaochun", "cosyvoice-v2", stock=True)


class _DrainingOutput(FakeOutputStream):
    """Plays in real time and keeps nothing, so memory figures are the studio's, not the fake's."""

    def pull(self, blocks: int = 1) -> bool:
        for _ in range(blocks):
            if self.done or not self.started:
                return False
            out = np.zeros((self.blocksize, self.channels), np.float32)
            if not self.callback(out, False):
                self.done = True
                self.finished()
                return False
        return True


class Speakers(FakeStreamFactory):
    # 20× real time: the Playground writes into a 2 s ring that a real device drains at 1×, so audio
    # longer than that would pace each audition by listening time, not by the limit under test.
    def __init__(self) -> None:
        super().__init__(realtime=20.0)

    def open_output(self, device: int | None, rate: int, channels: int, blocksize: int, callback: Any,
                    finished: Any) -> FakeOutputStream:
        return _DrainingOutput(self, device, rate, channels, blocksize, callback, finished)


@dataclass
class LoadRun:
    handles: list[TaskHandle]
    starts: list[float]  # emulator-side run-task arrival times (monotonic)
    seconds: float
    rss_mb: list[tuple[int, float]] = field(default_factory=list)  # (auditions done, RSS) samples
    lag: dict[str, float] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return sum(h.state == TaskState.DONE for h in self.handles)

    @property
    def rate(self) -> float:
        """Achieved task starts per second over the run."""
        return self.rate_of(0, len(self.starts))

    def rate_of(self, first: int, end: int) -> float:
        s = sorted(self.starts)[first:end]
        return (len(s) - 1) / (s[-1] - s[0]) if len(s) > 1 and s[-1] > s[0] else 0.0

    def rss_after(self, done: int) -> float:
        """RSS at the first sample taken once `done` auditions had completed (warm-up excluded)."""
        return next((r for d, r in self.rss_mb if d >= done), self.rss_mb[-1][1])

    def shortest_span(self, n: int = int(SYNTH_RPS) + 1) -> float:
        """The shortest time `n` consecutive starts took (the limit makes it ≥ (n - 1) / rate)."""
        s = sorted(self.starts)
        return min((s[i + n - 1] - s[i] for i in range(len(s) - n + 1)), default=float("inf"))

    def busiest_window(self, seconds: float = 1.0) -> int:
        """The most starts any half-open window of `seconds` holds."""
        s = sorted(self.starts)
        return max((int(np.searchsorted(s, t + seconds, side="left")) - i for i, t in enumerate(s)), default=0)


@contextmanager
def emulated_cosyvoice() -> Iterator[DashScopeEmulator]:
    """A CosyVoice emulator that refuses a fourth task start within 0.9 s, with the env pointing at it."""
    emu = DashScopeEmulator()
    emu.state.tts_rps, emu.state.rate_window = SYNTH_RPS, 1.0 - WINDOW_SLACK
    saved = {k: os.environ.get(k) for k in ("DASHSCOPE_API_KEY", "DASHSCOPE_HTTP_BASE_URL",
                                            "DASHSCOPE_WEBSOCKET_BASE_URL")}
    with emu:
        os.environ.update(DASHSCOPE_API_KEY=emu.api_key, DASHSCOPE_HTTP_BASE_URL=emu.http_base,
                          DASHSCOPE_WEBSOCKET_BASE_URL=emu.ws_base)
        try:
            yield emu
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def run_auditions(emu: DashScopeEmulator, count: int, wait: Callable[[Callable[[], bool], float], None], *,
                  parallel: bool = False, sample_rss: bool = False) -> LoadRun:
    """Queue `count` short auditions at once and wait for all. `parallel` skips the provider queue, so
    four workers synthesize at once (the batch/CLI path, no player) and only the account's shared
    limiter paces them."""
    services = Services(Workspace(), TaskRunner(max_workers=4), stream_factory=Speakers())
    audition = services.audition
    process = psutil.Process()
    rss: list[tuple[int, float]] = [(0, process.memory_info().rss / 2**20)]
    probe = LagProbe(interval_ms=5)
    stop = threading.Event()
    handles: list[TaskHandle] = []

    def sampler() -> None:
        while not stop.wait(0.25):
            rss.append((sum(h.done for h in handles), process.memory_info().rss / 2**20))

    if sample_rss:
        threading.Thread(target=sampler, daemon=True, name="rss-sampler").start()
    probe.start()
    started = time.monotonic()
    try:
        for i in range(count):
            # Distinct texts (identical requests would come from the audition cache) of equal length.
            request = audition.request_for(CHOICE, f"Line {chr(65 + i % 26)}{chr(65 + i // 26 % 26)} is short.",
                                           {"format": "wav", "sample_rate": 16000})

            def work(ctx: TaskContext, request: Any = request) -> Audition:
                if not parallel:
                    return audition._synthesize(ctx, CHOICE, request)  # the Playground's per-audition work
                provider = services.workspace.provider("cosyvoice")
                result = provider.synthesize(replace(request, format="pcm"), lambda _chunk: None, ctx.cancel)
                return auditions.save(services.workspace.store, "cosyvoice", request, result)

            handles.append(services.run(work, name=f"audition {i + 1}", report_errors=False,
                                        queue=None if parallel else services.queue_for("cosyvoice")))
        wait(lambda: all(h.done for h in handles), 60.0 + count / SYNTH_RPS * 2)
        seconds = time.monotonic() - started
    finally:
        probe.stop()
        stop.set()
        rss.append((sum(h.done for h in handles), process.memory_info().rss / 2**20))
        audition.close()
        services.shutdown()
    with emu.state.lock:
        starts = [t["at"] for t in emu.state.tasks]
    return LoadRun(handles, starts, seconds, rss, probe.summary())


def check(run: LoadRun, count: int, emu: DashScopeEmulator) -> None:
    failures = [h.error.user_message("en") for h in run.handles if h.error is not None]
    assert run.done == count, failures[:3]
    assert len(run.starts) == count  # no start was refused by the emulator and retried
    assert run.busiest_window(1.0 - WINDOW_SLACK) <= SYNTH_RPS  # the limit, with slack for arrival jitter
    assert run.rate <= SYNTH_RPS + 0.05
    with emu.state.lock:
        assert not any(m["header"].get("event") == "task-failed" for m in emu.state.ws_messages)


@pytest.mark.parametrize("parallel", [False, True], ids=["provider-queue", "parallel-workers"])
def test_auditions_respect_the_rate_limit(parallel: bool, qtbot: Any) -> None:
    count = 10
    with emulated_cosyvoice() as emu:
        run = run_auditions(emu, count, lambda done, timeout: qtbot.waitUntil(done, timeout=int(timeout * 1000)),
                            parallel=parallel)
        check(run, count, emu)
    F.record("load", f"{count}-{'parallel' if parallel else 'queued'}", auditions=count, done=run.done,
             rate=round(run.rate, 3), busiest_1s=run.busiest_window(EDGE), span4_s=round(run.shortest_span(), 3),
             seconds=round(run.seconds, 2),
             lag_p99_ms=round(run.lag["p99_ms"], 2))


@pytest.mark.slow
def test_two_hundred_auditions(qtbot: Any, studio_home: Any) -> None:
    """≥ 67 s by design: 200 task starts at 3/s."""
    count = 200
    with emulated_cosyvoice() as emu:
        run = run_auditions(emu, count, lambda done, timeout: qtbot.waitUntil(done, timeout=int(timeout * 1000)),
                            sample_rss=True)
        check(run, count, emu)
    ws = Workspace()
    try:
        assert ws.store.count(Audition) == count  # every audition saved, with its audio file
        assert all(os.path.exists(a.audio_path) for a in ws.store.all(Audition))
    finally:
        ws.close()
    F.record("load", "200-queued", auditions=count, done=run.done, rate=round(run.rate, 3),
             busiest_1s=run.busiest_window(EDGE), span4_s=round(run.shortest_span(), 3),
             seconds=round(run.seconds, 2),
             quarter_rates=[round(run.rate_of(q * count // 4, (q + 1) * count // 4), 3) for q in range(4)],
             rss_before_mb=round(run.rss_mb[0][1], 1), rss_warm_mb=round(run.rss_after(10), 1),
             rss_after_mb=round(run.rss_mb[-1][1], 1),
             rss_peak_mb=round(max(r for _, r in run.rss_mb), 1), lag_p99_ms=round(run.lag["p99_ms"], 2))


# Found by a 400-audition run: one raw PCM chunk in a few hundred starts with bytes that read as an
# MP3 frame sync, and the decoder used to switch to "compressed" there and lose the audition.
LOOKALIKES = {"mp3 sync FF FB": b"\xff\xfb", "mp3 sync FF F3": b"\xff\xf3", "mp3 sync FF F2": b"\xff\xf2",
              "ID3": b"ID3", "OggS": b"OggS"}


@pytest.mark.parametrize("magic", LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_pcm_that_looks_like_a_compressed_stream_stays_pcm(magic: bytes) -> None:
    from studio.audio.stream_decode import StreamDecoder

    lead = np.frombuffer((magic + b"\x05\x00\xfb\xff\x10\x00\x00\x00")[:8], "<i2")  # 4 samples
    quiet = np.array([0, 1, -1, 2], "<i2")
    for fmt, pieces in (("pcm", [lead, quiet]), (None, [quiet, lead, quiet])):  # declared, or mid-stream
        decoder = StreamDecoder(16000, fmt)
        out = np.concatenate([decoder.feed(p.tobytes()) for p in pieces] + [decoder.finish()])
        assert np.array_equal(np.round(out * 32768).astype(np.int16), np.concatenate(pieces)), fmt
    F.record("decode", magic.hex(" "), tried=f"raw PCM whose bytes begin {magic!r}, declared and mid-stream",
             result="decoded as PCM, sample for sample")
