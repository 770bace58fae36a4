"""Smoke test for the built bundle: start it offscreen, wait for its ready line, stop it.

    python packaging/smoke_test.py [APP] [--timeout 90] [--repeat 5] [--deep]

APP defaults to dist/voice-studio/voice-studio. Each run gets a throwaway VOICE_STUDIO_HOME and
session-only secrets, so a developer's own library and keyring are never touched. A run passes when
`voice-studio: ready` appears on stdout before the timeout, the process is still alive a moment
later, and its log holds no uncaught exception. `--deep` also drives the CLI twin inside the bundle:
PortAudio loads (and from the bundle, not the system), and the offline engine speaks a sentence to a
WAV file (eSpeak NG, libsndfile, numpy/scipy). Exit code 0 when everything passed, else 1.

Only the standard library is used, so any Python can run it against any build.
"""

from __future__ import annotations

import argparse
import os
import selectors
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY_LINE = "voice-studio: ready"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_APP = ROOT / "dist" / "voice-studio" / "voice-studio"


def app_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", VOICE_STUDIO_HOME=str(home), VOICE_STUDIO_SECRETS="memory")
    for var in ("DASHSCOPE_API_KEY", "DASHSCOPE_HTTP_BASE_URL", "DASHSCOPE_WEBSOCKET_BASE_URL",
                "TENCENT_MML_SECRET_ID", "TENCENT_MML_SECRET_KEY", "TENCENT_MML_BASE_URL", "LD_DEBUG"):
        env.pop(var, None)
    return env


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def launch_once(app: Path, timeout: float, linger: float) -> tuple[bool, float, str]:
    """(passed, seconds from spawn to the ready line, what went wrong or the ready line)."""
    with tempfile.TemporaryDirectory(prefix="vs-smoke-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        stderr_path = Path(tmp) / "stderr.txt"
        with stderr_path.open("wb") as stderr:
            started = time.perf_counter()
            proc = subprocess.Popen([str(app)], stdout=subprocess.PIPE, stderr=stderr, stdin=subprocess.DEVNULL,
                                    env=app_env(home), start_new_session=True)
            assert proc.stdout is not None
            sel = selectors.DefaultSelector()
            sel.register(proc.stdout, selectors.EVENT_READ)
            buffer, ready_at, line = b"", 0.0, ""
            try:
                deadline = started + timeout
                while not ready_at and time.perf_counter() < deadline and proc.poll() is None:
                    if not sel.select(timeout=0.05):
                        continue
                    chunk = os.read(proc.stdout.fileno(), 65536)
                    if not chunk:
                        break
                    buffer += chunk
                    for raw in buffer.splitlines():
                        if raw.decode("utf-8", "replace").startswith(READY_LINE):
                            ready_at, line = time.perf_counter() - started, raw.decode("utf-8", "replace")
                            break
                if ready_at:
                    # Crashes in the first turns of the event loop come after the ready line.
                    end = time.perf_counter() + linger
                    while time.perf_counter() < end and proc.poll() is None:
                        time.sleep(0.05)
                alive = proc.poll() is None
            finally:
                _stop(proc)
                sel.close()
        errors = stderr_path.read_text("utf-8", "replace")
        log = home / "logs" / "voice-studio.log"
        log_text = log.read_text("utf-8", "replace") if log.exists() else ""
    if not ready_at:
        why = f"exited with {proc.returncode}" if proc.returncode is not None else f"no ready line in {timeout:g} s"
        return False, 0.0, f"{why}\n--- stdout ---\n{buffer.decode('utf-8', 'replace')}\n--- stderr ---\n{errors}"
    if not alive:
        return False, ready_at, f"died {linger:g} s after the ready line (code {proc.returncode})\n{errors}"
    if "uncaught exception" in log_text:
        return False, ready_at, f"the log has an uncaught exception:\n{log_text}"
    return True, ready_at, line


def deep_checks(app: Path, timeout: float) -> list[str]:
    """Problems found when the CLI twin inside the bundle uses PortAudio, eSpeak NG and libsndfile."""
    problems: list[str] = []
    bundle = str(app.resolve().parent)
    with tempfile.TemporaryDirectory(prefix="vs-smoke-cli-") as tmp:
        env = app_env(Path(tmp))
        version = subprocess.run([str(app), "--version"], capture_output=True, text=True, env=env, timeout=timeout)
        if version.returncode != 0 or "voice-studio" not in version.stdout:
            problems.append(f"--version failed: {version.stdout}{version.stderr}")
        # LD_DEBUG=libs names every library the loader initialises, so it shows *which* PortAudio loaded.
        devices = subprocess.run([str(app), "record", "--list-devices"], capture_output=True, text=True,
                                 env={**env, "LD_DEBUG": "libs"}, timeout=timeout)
        loaded = [ln for ln in devices.stderr.splitlines() if "calling init:" in ln and "libportaudio" in ln]
        if devices.returncode != 0:
            problems.append(f"record --list-devices failed ({devices.returncode}): {devices.stdout[-2000:]}")
        elif sys.platform.startswith("linux") and not any(bundle in ln for ln in loaded):
            problems.append(f"PortAudio was not loaded from the bundle: {loaded or 'not loaded at all'}")
        out = Path(tmp) / "hello.wav"
        synth = subprocess.run([str(app), "synth", "--provider", "local", "--voice", "stock-base",
                                "--text", "Hello from the bundle. 你好。", "-o", str(out)],
                               capture_output=True, text=True, env=env, timeout=timeout)
        if synth.returncode != 0 or not out.exists() or out.stat().st_size < 8000:
            problems.append(f"offline synthesis failed ({synth.returncode}): {synth.stdout}{synth.stderr}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", nargs="?", type=Path, default=DEFAULT_APP, help="the bundle's executable")
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for the ready line")
    parser.add_argument("--linger", type=float, default=1.5, help="seconds it must stay up after ready")
    parser.add_argument("--repeat", type=int, default=1, help="launch N times and report the median")
    parser.add_argument("--deep", action="store_true", help="also exercise audio libraries via the CLI")
    args = parser.parse_args(argv)
    if not args.app.exists():
        print(f"smoke: {args.app} does not exist; build it with packaging/build.sh", file=sys.stderr)
        return 1

    times: list[float] = []
    for i in range(max(1, args.repeat)):
        ok, seconds, detail = launch_once(args.app, args.timeout, args.linger)
        if not ok:
            print(f"smoke: FAILED (run {i + 1}): {detail}", file=sys.stderr)
            return 1
        times.append(seconds)
        print(f"smoke: run {i + 1}: ready {seconds:.3f} s after launch [{detail}]")
    if args.deep:
        problems = deep_checks(args.app, args.timeout)
        for problem in problems:
            print(f"smoke: FAILED: {problem}", file=sys.stderr)
        if problems:
            return 1
        print("smoke: CLI in the bundle: PortAudio from the bundle, offline synthesis wrote a WAV")
    print(f"smoke: ok ready_s={statistics.median(times):.3f} (median of {len(times)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
