"""Which providers the studio knows, in display order (names and titles only; no vendor code)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProviderEntry:
    name: str
    title: str
    module: str


# The offline engine first: it works with no account, so it is the default until one is added.
PROVIDERS: tuple[ProviderEntry, ...] = (
    ProviderEntry("local", "Offline engine", "studio.providers.local_engine"),
    ProviderEntry("cosyvoice", "DashScope CosyVoice", "studio.providers.dashscope_cosyvoice"),
    ProviderEntry("sambert", "DashScope Sambert", "studio.providers.dashscope_sambert"),
    ProviderEntry("tencent", "Tencent Multimedia Lab", "studio.providers.tencent_mml"),
)
NAMES = tuple(p.name for p in PROVIDERS)
BY_NAME = {p.name: p for p in PROVIDERS}
