"""A private, user-mode PulseAudio with a null sink, for real-audio end-to-end tests.

Works as root and without a session bus: the daemon gets its own runtime dir and home (for its
cookie), loads only `module-null-sink` and `module-native-protocol-unix` (anonymous auth, so clients
need no cookie), and is reached through `PULSE_SERVER`. PortAudio reaches it through ALSA's pulse
plugin (libasound2-plugins): the ALSA device named "pulse" plays into the default sink and records
from the default source, which the config sets to the null sink and its monitor.

PortAudio reads the device list once, when it is initialised; `refresh_portaudio()` re-initialises
it after PULSE_SERVER is set so the "pulse" device is found even if sounddevice was loaded earlier.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SINK = "studio_null"
RATE = 48000

CONFIG = f"""\
load-module module-null-sink sink_name={SINK} rate={RATE} channels=1 sink_properties=device.description=StudioNull
load-module module-native-protocol-unix auth-anonymous=1 socket={{socket}}
set-default-sink {SINK}
set-default-source {SINK}.monitor
"""


@dataclass
class PulseServer:
    socket: Path
    env: dict[str, str]  # environment for subprocesses (paplay, the CLI)
    log: Path
    sink: str = SINK
    monitor: str = f"{SINK}.monitor"

    @property
    def server(self) -> str:
        return f"unix:{self.socket}"


def _wait_ready(env: dict[str, str], proc: subprocess.Popen[bytes], log: Path, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        ok = subprocess.run(["pactl", "info"], env=env, capture_output=True, timeout=5).returncode == 0
        if ok:
            return
        time.sleep(0.1)
    tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    proc.kill()
    pytest.fail(f"PulseAudio did not start (exit {proc.poll()}):\n{tail}")


def start(base: Path) -> tuple[PulseServer, subprocess.Popen[bytes]]:
    exe = shutil.which("pulseaudio")
    if exe is None or shutil.which("pactl") is None:
        pytest.skip("pulseaudio/pactl are not installed (apt-get install pulseaudio pulseaudio-utils)")
    runtime = base / "runtime"
    home = base / "home"
    (runtime / "pulse").mkdir(parents=True, exist_ok=True)
    home.mkdir(parents=True, exist_ok=True)
    socket = runtime / "pulse" / "native"
    config = base / "studio.pa"
    config.write_text(CONFIG.format(socket=socket))
    log = base / "pulse.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PULSE_")}
    env.update({"XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
                "HOME": str(home), "PULSE_SERVER": f"unix:{socket}", "XDG_CONFIG_HOME": str(home / ".config")})
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    # -n: no default script; --system=false + our own runtime dir: a user-mode daemon even as root
    # (it warns, and runs). No idle exit, no respawn, no shared memory between processes.
    cmd = [exe, "-n", "--daemonize=no", "--system=false", "--exit-idle-time=-1", "--disallow-exit",
           "--use-pid-file=false", "--disable-shm=true", "--log-target=stderr", "--log-level=warning",
           "-F", str(config)]
    with open(log, "wb") as log_file:
        proc = subprocess.Popen(cmd, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    _wait_ready(env, proc, log)
    return PulseServer(socket, env, log), proc


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def refresh_portaudio() -> None:
    try:
        import sounddevice as sd
    except OSError as exc:
        pytest.skip(f"PortAudio is not available: {exc}")
    sd._terminate()
    sd._initialize()


def serve(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    """Body of a fixture: a running null-sink PulseAudio; PULSE_SERVER points this process's PortAudio at it.

    Use as `yield from serve(tmp_path_factory)` in a module- or session-scoped fixture."""
    server, proc = start(tmp_path_factory.mktemp("pulse"))
    saved = {k: os.environ.get(k) for k in ("PULSE_SERVER",)}
    os.environ["PULSE_SERVER"] = server.server
    refresh_portaudio()
    try:
        yield server
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        stop(proc)
        refresh_portaudio()
