"""`Services`: what the GUI is given. It owns the workspace and the task runner, and announces
changes (language, active provider, library contents) as signals that panes connect to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.audio.stream import StreamFactory
from studio.catalog import BY_NAME, NAMES
from studio.errors import StudioError
from studio.services.tasks import InlineTaskRunner, TaskContext, TaskHandle, TaskRunner
from studio.workspace import Workspace


class Services(QObject):
    active_provider_changed = Signal(str)
    library_changed = Signal(str)  # "voices" | "jobs" | "takes" | "auditions"
    error_reported = Signal(object)  # StudioError, for the central non-modal error presenter
    language_changed = Signal(str)

    def __init__(self, workspace: Workspace, runner: TaskRunner | None = None,
                 stream_factory: StreamFactory | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.runner = runner or TaskRunner()
        self._stream_factory = stream_factory

    def stream_factory(self) -> StreamFactory:
        """Where audio streams come from: PortAudio, or a fake injected by tests."""
        if self._stream_factory is None:
            from studio.audio.stream import SoundDeviceFactory

            self._stream_factory = SoundDeviceFactory()
        return self._stream_factory

    @classmethod
    def for_tests(cls, workspace: Workspace, stream_factory: StreamFactory | None = None) -> Services:
        return cls(workspace, InlineTaskRunner(), stream_factory)

    @property
    def language(self) -> str:
        """The studio language: the user's choice, else the system's (en or zh_CN)."""
        from studio.i18n import system_language

        return str(self.workspace.settings.get("general.language") or system_language())

    def set_language(self, lang: str) -> None:
        self.workspace.settings.set("general.language", lang)
        self.language_changed.emit(lang)

    # providers
    @property
    def active_provider(self) -> str:
        return self.workspace.active_provider_name()

    def set_active_provider(self, name: str) -> None:
        if name not in NAMES:
            raise KeyError(name)
        if name != self.active_provider:
            self.workspace.settings.set("general.default_provider", name)
            self.active_provider_changed.emit(name)

    def provider_title(self, name: str) -> str:
        return BY_NAME[name].title

    def queue_for(self, provider: str) -> str:
        """One serial queue per provider account (CosyVoice and Sambert share the DashScope key)."""
        return "dashscope" if provider in ("cosyvoice", "sambert") else provider

    def run(self, fn: Callable[[TaskContext], Any], *, name: str, queue: str | None = None,
            owner: QObject | None = None,
            on_done: Callable[[Any], None] | None = None, on_error: Callable[[StudioError], None] | None = None,
            report_errors: bool = True, **kwargs: Any) -> TaskHandle:
        """Run `fn` in the background; errors go to `on_error`, else to the central presenter."""
        def default_error(err: StudioError) -> None:
            if report_errors:
                self.error_reported.emit(err)

        return self.runner.run(fn, name=name, queue=queue, on_done=on_done,
                               on_error=on_error or default_error, owner=owner, **kwargs)

    def shutdown(self) -> None:
        self.runner.shutdown(wait=False)
        self.workspace.close()
