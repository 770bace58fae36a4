"""Designing a voice from a written description for the GUI: which configured providers can, and the
design itself, run in the background through the same flow as `voice-studio voices design`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.errors import StudioError
from studio.flows import enrol as flows_enrol
from studio.library.models import Voice
from studio.providers.base import Capability
from studio.services.hub import Change, Services
from studio.services.tasks import TaskContext, TaskHandle


class VoiceDesignService(QObject):
    designers_changed = Signal(list)  # names of the configured providers that design voices
    designed = Signal(object)  # Voice, recorded in the library with its preview

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.designers: list[str] = []

    @staticmethod
    def capable() -> list[str]:
        """Providers whose spec says they design voices (configured or not)."""
        return [s.name for s in Services.specs() if s.can(Capability.VOICE_DESIGN) and s.design is not None]

    def refresh(self) -> TaskHandle:
        """Which capable providers have an account set up; asked in a worker (building a provider may be slow)."""
        ws = self.services.workspace
        names = self.capable()

        def work(ctx: TaskContext) -> list[str]:
            return [n for n in names if ws.provider(n).is_configured()]

        def done(found: Any) -> None:
            self.designers = list(found)
            self.designers_changed.emit(self.designers)

        return self.services.run(work, name="designers", owner=self, on_done=done, report_errors=False, track=False)

    def design(self, provider: str, name: str, prompt: str, preview_text: str, options: dict[str, Any], *,
               on_done: Callable[[Voice], None] | None = None, on_error: Callable[[StudioError], None] | None = None,
               on_progress: Callable[[float, str], None] | None = None) -> TaskHandle:
        ws = self.services.workspace
        store = ws.store

        def work(ctx: TaskContext) -> Voice:
            return flows_enrol.design(store, ws.provider(provider), name, prompt, preview_text, options=options,
                                      cancel=ctx.cancel, progress=ctx.progress)

        def done(voice: Any) -> None:
            self.services.library_changed.emit(Change.VOICES)
            self.services.library_changed.emit(Change.AUDITIONS)
            self.designed.emit(voice)
            if on_done is not None:
                on_done(voice)

        return self.services.run(work, name=self.tr("Designing “%1”").replace("%1", name),
                                 queue=self.services.queue_for(provider), owner=self, on_done=done,
                                 on_error=on_error, on_progress=on_progress)
