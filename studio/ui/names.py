"""Translated display names for identifiers the domain uses (providers, regions, statuses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def provider_title(name: str) -> str:
    return {
        "local": QCoreApplication.translate("Names", "Offline engine"),
        "cosyvoice": QCoreApplication.translate("Names", "DashScope CosyVoice"),
        "sambert": QCoreApplication.translate("Names", "DashScope Sambert"),
        "tencent": QCoreApplication.translate("Names", "Tencent Multimedia Lab"),
    }.get(name, name)


def region_title(region: str) -> str:
    return {
        "beijing": QCoreApplication.translate("Names", "Beijing (China mainland)"),
        "singapore": QCoreApplication.translate("Names", "Singapore (international)"),
        "custom": QCoreApplication.translate("Names", "Custom base URLs"),
    }.get(region, region)


def voice_status_title(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("Names", "pending"),
        "ready": QCoreApplication.translate("Names", "ready"),
        "failed": QCoreApplication.translate("Names", "failed"),
        "gone": QCoreApplication.translate("Names", "gone from provider"),
        "unknown": QCoreApplication.translate("Names", "unknown"),
    }.get(status, status)


def job_status_title(status: str) -> str:
    return {
        "queued": QCoreApplication.translate("Names", "waiting to start"),
        "running": QCoreApplication.translate("Names", "training"),
        "review": QCoreApplication.translate("Names", "trained — waiting for manual review (up to one working day)"),
        "succeeded": QCoreApplication.translate("Names", "done"),
        "failed": QCoreApplication.translate("Names", "failed"),
        "cancelled": QCoreApplication.translate("Names", "cancelled"),
    }.get(status, status)


def rules_title(key: str) -> str:
    """Short column titles for the validation rule tables."""
    return {
        "cosyvoice": QCoreApplication.translate("Names", "CosyVoice"),
        "sambert": QCoreApplication.translate("Names", "Sambert"),
        "tencent_train": QCoreApplication.translate("Names", "Tencent\ntrain"),
        "tencent_generate": QCoreApplication.translate("Names", "Tencent\ngenerate"),
        "local": QCoreApplication.translate("Names", "Offline"),
    }.get(key, key)
