"""Logging: a rotating file under the data home's logs folder, stderr for warnings, secrets masked."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from studio.redact import RedactingFilter

LOG_NAME = "voice-studio.log"
_configured = False


def configure(level: int = logging.INFO, stderr_level: int = logging.WARNING) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    redacting = RedactingFilter()

    file_handler = _LogFile()
    file_handler.setFormatter(fmt)
    file_handler.addFilter(redacting)
    root.addHandler(file_handler)

    console = logging.StreamHandler(sys.stderr)
    console.setLevel(stderr_level)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    console.addFilter(redacting)
    root.addHandler(console)
    for noisy in ("httpx", "httpcore", "websockets", "urllib3", "qcloud_cos"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def log_path() -> str:
    from studio import paths

    return str(paths.log_dir() / LOG_NAME)


class _LogFile(logging.Handler):
    """The rotating log file (2 MB × 5), opened at the first record: a command that logs nothing (a
    `check` that went well) neither creates it nor loads the modules behind it."""

    def __init__(self) -> None:
        super().__init__()
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(log_path(), maxBytes=2_000_000, backupCount=5,
                                                              encoding="utf-8")
            self._file.setFormatter(self.formatter)
        self._file.emit(record)  # this handler's filters (the redaction) have already run

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def install_thread_excepthook() -> None:
    """Uncaught exceptions in worker threads are logged (the GUI adds its dialog on top)."""

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        tb: TracebackType | None = args.exc_traceback
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        logging.getLogger("studio.thread").error(
            "uncaught exception in thread %s", getattr(args.thread, "name", "?"),
            exc_info=(args.exc_type, exc, tb),
        )

    threading.excepthook = hook
