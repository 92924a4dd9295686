"""The language of what staff read: Vietnamese by default, English on request.

The source strings in the code are Vietnamese, what a provincial officer reads; the English texts come
from the gettext catalogue ``obligations/locale/en/LC_MESSAGES/obligations.po`` (compiled to ``.mo``,
kept up to date by ``scripts/translations`` and checked by ``tests/test_i18n.py``). JSON field names
and codes are never translated: they are the contract for other systems.

Every room uses it the same way, so that the command line, the HTTP API and the web pages share one
catalogue::

    from ..i18n import _                      # _("Khoản") is "Clause" when English is in use
    with use("en"): ...                       # one request, one thread: a context variable
    N_("Khoản")                               # marked for the catalogue, translated later with _()

The language in use is a context variable (each thread and each asyncio task has its own), set by
``set_language`` or ``use``; when none is set it comes from the locale: ``LC_ALL``, ``LC_MESSAGES``
or ``LANG`` starting with ``en`` means English.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext as _gettext
import os
from pathlib import Path
from typing import Iterator, Mapping

DOMAIN = "obligations"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: the languages staff can choose; the first is the source language of the code
LANGUAGES = ("vi", "en")
DEFAULT = "vi"

_language: contextvars.ContextVar[str | None] = contextvars.ContextVar("obligations_language", default=None)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """``en`` when the locale asks for English (LC_ALL, then LC_MESSAGES, then LANG), else ``vi``."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "en" if value.lower().startswith("en") else DEFAULT
    return DEFAULT


def normalise(language: str) -> str:
    """``vi``, ``vi_VN.UTF-8``, ``EN``, ``en-GB`` -> ``vi`` or ``en``; ValueError for any other."""
    code = language.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    if code not in LANGUAGES:
        raise ValueError(f"'{language}': " + ", ".join(LANGUAGES))
    return code


def language() -> str:
    """The language in use: the one set for this context, else the locale's."""
    return _language.get() or language_from_environment()


def set_language(language_code: str | None) -> None:
    """Use this language from now on in this context (None: back to the locale's)."""
    _language.set(normalise(language_code) if language_code else None)


@contextlib.contextmanager
def use(language_code: str | None) -> Iterator[str]:
    """``with use("en"):`` — the language for one request or one call, restored afterwards."""
    token = _language.set(normalise(language_code) if language_code else None)
    try:
        yield language()
    finally:
        _language.reset(token)


@functools.lru_cache(maxsize=None)
def translations(language_code: str) -> _gettext.NullTranslations:
    """The catalogue of a language; the source language needs none."""
    if language_code == DEFAULT:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[language_code])


def _(message: str) -> str:
    """The message in the language in use."""
    return translations(language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Singular or plural by count (Vietnamese has one form; English two)."""
    return translations(language()).ngettext(singular, plural, count)


@functools.lru_cache(maxsize=None)
def click_translations(language_code: str) -> _gettext.NullTranslations:
    """Click's own messages (Usage:, Options, Error: ...), whose source language is English: a
    Vietnamese catalogue of their own, ``locale/vi/LC_MESSAGES/click.po``."""
    if language_code == "en":
        return _gettext.NullTranslations()
    return _gettext.translation("click", LOCALE_DIR, languages=[language_code])


def click_gettext(message: str) -> str:
    return click_translations(language()).gettext(message)


def click_ngettext(singular: str, plural: str, count: int) -> str:
    return click_translations(language()).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a message for the catalogue where it cannot be translated yet (at import time)."""
    return message
