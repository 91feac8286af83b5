"""Which language a translated field is shown in: the one place that decides it.

Views, templates, feeds and exports ask `resolve()`; nothing else walks the chain.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext

LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
LANGUAGE_NAMES = dict(settings.LANGUAGES)

# DESIGN.md, Languages: the reader's language first, then these, then the original.
FALLBACK_CHAINS: dict[str, tuple[str, ...]] = {
    "en": (),
    "da": ("nb", "sv", "en"),
    "nb": ("nn", "da", "sv", "en"),
    "nn": ("nb", "da", "sv", "en"),
    "sv": ("da", "nb", "en"),
    "fi": ("sv", "en"),
    "is": ("da", "en"),
}


def current_language() -> str:
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def chain(language: str, original_language: str | None = None) -> list[str]:
    """The languages to try, in order, for a reader of `language`."""
    order = [language, *FALLBACK_CHAINS.get(language, ("en",))]
    if original_language:
        order.append(original_language)
    # Last resort, so that a filled field is never hidden: every other language.
    order.extend(LANGUAGE_CODES)
    return list(dict.fromkeys(order))


@dataclass(frozen=True)
class Translated:
    value: str
    language: str
    requested: str

    @property
    def is_fallback(self) -> bool:
        return bool(self.value) and self.language != self.requested

    def __str__(self) -> str:
        return self.value


def resolve(obj, field: str, language: str | None = None) -> Translated:
    """The value of `field` on `obj` for a reader of `language`, and the language it is in."""
    language = language or current_language()
    original = getattr(obj, "original_language", None)
    for code in chain(language, original):
        value = getattr(obj, f"{field}_{code}", None)
        if value:
            return Translated(value, code, language)
    return Translated("", language, language)


def language_name(code: str) -> str:
    """The language's name in the reader's language, e.g. "ruotsi" for sv on /fi/."""
    return str(LANGUAGE_NAMES.get(code, code))


def language_notice(language: str) -> SafeString:
    """Said beside a text shown in another language than the reader's."""
    notice = gettext("Not yet translated. Language of this text: %(language)s") % {
        "language": language_name(language)
    }
    return format_html('<p class="language-notice">{}</p>', notice)
