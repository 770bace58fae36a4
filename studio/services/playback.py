"""The studio's one audio output: takes, samples and auditions all play through it, one at a time.

Whoever starts playback names itself (`owner`: "takes", "validate", "playground" …); starting another
sound stops the one playing, and `changed(owner, playing)` tells each view whether *its* sound is the
one playing, so a Play button never stays on "Stop" after its sound ended or was replaced.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from studio.audio import PcmSink, Player
from studio.services.hub import Services


class PlaybackService(QObject):
    changed = Signal(str, bool)  # owner, playing

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # on_finished comes from the player's thread: a signal carries it to the GUI thread
        self.player = Player(services.stream_factory(), on_finished=self._finished)
        self.owner = ""

    @property
    def is_playing(self) -> bool:
        return self.player.is_playing

    def playing_for(self, owner: str) -> bool:
        return self.player.is_playing and self.owner == owner

    @property
    def position_s(self) -> float:
        return self.player.position_s

    @property
    def first_output_at(self) -> float | None:
        return self.player.first_output_at

    def _take_over(self, owner: str) -> None:
        previous = self.owner
        self.player.stop()
        if previous and previous != owner:
            self.changed.emit(previous, False)
        self.owner = owner

    def play_file(self, path: Path | str, owner: str, start_s: float = 0.0, end_s: float | None = None) -> None:
        self._take_over(owner)
        self.player.play_file(path, start_s, end_s)
        self.changed.emit(owner, True)

    def play_array(self, samples: np.ndarray, rate: int, owner: str) -> None:
        self._take_over(owner)
        self.player.play_array(samples, rate)
        self.changed.emit(owner, True)

    def open_stream(self, rate: int, owner: str) -> PcmSink:
        """Play audio that is still arriving (may be called from a worker thread)."""
        self._take_over(owner)
        sink = self.player.open_stream(rate)
        self.changed.emit(owner, True)
        return sink

    def stop(self, owner: str | None = None) -> None:
        """Stop playback (only if `owner`'s sound is the one playing, when an owner is given)."""
        if owner is not None and owner != self.owner:
            return
        was = self.owner
        self.player.stop()
        if was:
            self.changed.emit(was, False)

    def _finished(self) -> None:
        self.changed.emit(self.owner, False)

    def close(self) -> None:
        self.player.stop()
