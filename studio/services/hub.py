"""`Services`: what the GUI is given. It owns the workspace and the task runner, and announces
changes (language, active provider, library contents) as signals that panes connect to."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from studio import catalog
from studio.audio.stream import StreamFactory
from studio.errors import StudioError
from studio.providers.spec import Field, ProviderSpec
from studio.services.tasks import InlineTaskRunner, TaskContext, TaskHandle, TaskRunner
from studio.workspace import Workspace

if TYPE_CHECKING:
    from studio.services.accounts import AccountsService
    from studio.services.audition import AuditionService
    from studio.services.capture import CaptureService
    from studio.services.clone_service import CloneService
    from studio.services.library_service import LibraryService
    from studio.services.playback import PlaybackService
    from studio.services.training_service import TrainingService
    from studio.services.validation_service import ValidationService


class Change(StrEnum):
    """What part of the library changed (the `library_changed` signal's argument)."""

    VOICES = "voices"
    JOBS = "jobs"
    TAKES = "takes"
    SAMPLES = "samples"
    AUDITIONS = "auditions"


class NoticeKind(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


@dataclass
class Notice:
    """A non-modal message for the main window's notice bar: what an action did, or why it failed.

    Notices with the same `key` collapse into one ("… ×3") while shown, so an operation that fails
    repeatedly says so once. `action` is an optional follow-up (Open folder, Check it) with its label.
    """

    text: str
    kind: NoticeKind = NoticeKind.INFO
    key: str = ""
    action_text: str = ""
    action: Callable[[], Any] | None = None
    details: str = ""


class Services(QObject):
    active_provider_changed = Signal(str)
    library_changed = Signal(str)  # a Change
    error_reported = Signal(object)  # StudioError, for the central non-modal error presenter
    language_changed = Signal(str)
    notice = Signal(object)  # Notice, for the main window's notice bar

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

    def notify(self, text: str, kind: NoticeKind = NoticeKind.INFO, *, key: str = "", action_text: str = "",
               action: Callable[[], Any] | None = None, details: str = "") -> None:
        """Tell the user what just happened (shown in the notice bar, never a modal box)."""
        self.notice.emit(Notice(text, kind, key or text, action_text, action, details))

    def set_language(self, lang: str) -> None:
        self.workspace.settings.set("general.language", lang)
        self.language_changed.emit(lang)

    # providers
    @property
    def active_provider(self) -> str:
        return self.workspace.active_provider_name()

    def set_active_provider(self, name: str) -> None:
        if name not in catalog.names():
            raise KeyError(name)
        if name != self.active_provider:
            self.workspace.settings.set("general.default_provider", name)
            self.active_provider_changed.emit(name)

    @staticmethod
    def specs() -> tuple[ProviderSpec, ...]:
        return catalog.specs()

    @staticmethod
    def spec(name: str) -> ProviderSpec:
        return catalog.spec(name)

    @staticmethod
    def fields() -> tuple[Field, ...]:
        """Every account and provider setting, once."""
        return catalog.fields()

    def queue_for(self, provider: str) -> str:
        """One serial queue per provider account (providers of one account share its key and limits)."""
        return catalog.spec(provider).account.key

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

    # The services every pane shares, built once (one audio output, one capture engine): the composition
    # root builds them at start; a test that needs only some gets just those, built on first use.
    @functools.cached_property
    def playback(self) -> PlaybackService:
        from studio.services.playback import PlaybackService

        return PlaybackService(self, self)

    @functools.cached_property
    def capture(self) -> CaptureService:
        from studio.services.capture import CaptureService

        return CaptureService(self, parent=self)

    @functools.cached_property
    def audition(self) -> AuditionService:
        from studio.services.audition import AuditionService

        return AuditionService(self, self)

    @functools.cached_property
    def validation(self) -> ValidationService:
        from studio.services.validation_service import ValidationService

        return ValidationService(self, self)

    @functools.cached_property
    def library(self) -> LibraryService:
        from studio.services.library_service import LibraryService

        return LibraryService(self, self)

    @functools.cached_property
    def training(self) -> TrainingService:
        from studio.services.training_service import TrainingService

        return TrainingService(self, self)

    @functools.cached_property
    def cloning(self) -> CloneService:
        from studio.services.clone_service import CloneService

        return CloneService(self, self)

    @functools.cached_property
    def accounts(self) -> AccountsService:
        from studio.services.accounts import AccountsService

        return AccountsService(self, self)

    def build_all(self) -> None:
        """Build every shared service now (the composition root does, so none is built twice), and warm
        the active provider in the background, and each one made active later, so that the first
        audition does not wait for models to load."""
        for name in ("playback", "capture", "audition", "validation", "library", "training", "cloning",
                     "accounts"):
            getattr(self, name)
        self.warm_up(self.active_provider)
        self.active_provider_changed.connect(self.warm_up)

    def warm_up(self, provider: str) -> TaskHandle:
        ws = self.workspace
        return self.run(lambda ctx: ws.provider(provider).warm_up(), name="warm-up", queue="warm-up",
                        track=False, report_errors=False)

    def shutdown(self) -> None:
        library = self.__dict__.get("library")
        if library is not None:
            library.close()  # no poll may start once the store is closed
        for name in ("audition", "capture", "playback"):
            service = self.__dict__.get(name)
            if service is not None:
                service.close()
        self.runner.shutdown(wait=False)
        self.workspace.close()
