"""Translated display names for identifiers the domain uses (providers, choices, statuses, rule tables).

Provider names, field choices and rule tables carry both languages in their specs; statuses are the
studio's own words, translated with Qt. The language is the one the studio installed (QLocale's
default), so every view shows the same words.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from studio import catalog


def language() -> str:
    """The studio's current language: "zh_CN" or "en"."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def provider_title(name: str) -> str:
    try:
        return catalog.spec(name).title(language())
    except KeyError:
        return name


def provider_short_title(name: str) -> str:
    try:
        return catalog.spec(name).short_title(language())
    except KeyError:
        return name


def field_title(key: str) -> str:
    for f in catalog.fields():
        if f.key == key:
            return f.title(language())
    return key


def choice_title(key: str, value: object) -> str:
    """The title of one choice of a provider field (a region, a model)."""
    for f in catalog.fields():
        if f.key == key:
            return f.choice_title(value, language())
    return str(value)


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
    table = catalog.rule_tables().get(key)
    return table.short(language()) if table is not None else key


def rules_notes(key: str) -> str:
    """What a rule table's provider asks of a sample, in a sentence or two (its languages among them)."""
    table = catalog.rule_tables().get(key)
    if table is None:
        return ""
    return table.notes_zh if language().startswith("zh") else table.notes_en


def model_title(voice: object) -> str:
    """The model a voice speaks with, by its title where the provider declares one; nothing for an engine
    with a single model (the offline engine records its own name there)."""
    return _model_title(str(getattr(voice, "provider", "")), str(getattr(voice, "target_model", "") or ""),
                        str(getattr(voice, "remote_id", "")))


def model_name(provider: str, model: str) -> str:
    """A model's name alone (its title without the description), or "" where the provider has one model."""
    title = _model_title(provider, model)
    return "" if title == "—" else title.split(" — ")[0]


def _model_title(provider: str, model: str, remote_id: str = "") -> str:
    if not model or model == provider:
        return "—"
    if model == remote_id:  # a trained model is the voice itself
        return QCoreApplication.translate("Names", "its own trained model")
    if provider in catalog.names():
        for f in catalog.spec(provider).all_fields:
            if f.choices:
                title = f.choice_title(model, language())
                if title != model:
                    # the model's name, not its description ("cosyvoice-v3-flash — balances quality and cost")
                    return re.split(r"\s+—\s+|[:：]", title, maxsplit=1)[0].strip()
    return model


def language_title(code: str) -> str:
    """A language a voice speaks, by the code the providers use ("zh", "en", "yue", …)."""
    return {
        "zh": QCoreApplication.translate("Names", "Chinese"),
        "en": QCoreApplication.translate("Names", "English"),
        "yue": QCoreApplication.translate("Names", "Cantonese"),
        "ja": QCoreApplication.translate("Names", "Japanese"),
        "ko": QCoreApplication.translate("Names", "Korean"),
        "fr": QCoreApplication.translate("Names", "French"),
        "de": QCoreApplication.translate("Names", "German"),
        "ru": QCoreApplication.translate("Names", "Russian"),
        "pt": QCoreApplication.translate("Names", "Portuguese"),
        "es": QCoreApplication.translate("Names", "Spanish"),
        "it": QCoreApplication.translate("Names", "Italian"),
        "th": QCoreApplication.translate("Names", "Thai"),
        "id": QCoreApplication.translate("Names", "Indonesian"),
        "vi": QCoreApplication.translate("Names", "Vietnamese"),
    }.get(code.lower().replace("_", "-").split("-")[0], code)


def gender_title(code: str) -> str:
    """A voice's gender as the voice lists say it ("female", "male")."""
    return {
        "female": QCoreApplication.translate("Names", "female voice"),
        "male": QCoreApplication.translate("Names", "male voice"),
    }.get(code.lower(), code)


def voice_traits(languages: tuple[str, ...] | list[str], gender: str) -> str:
    """What a stock voice is, in plain words: "female voice · Chinese, English" (女声 · 中文、英文)."""
    sep = "、" if language() == "zh_CN" else ", "
    parts = [gender_title(gender)] if gender else []
    if languages:
        parts.append(sep.join(language_title(code) for code in languages))
    return " · ".join(parts)
