"""Template helpers for translated content; the rules themselves live in languages.py."""

from django import template
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

from practices.languages import resolve
from practices.search import HIGHLIGHT_START, HIGHLIGHT_STOP

register = template.Library()


@register.filter
def translated(obj, field: str):
    """`{% with title=practice|translated:"title" %}` → value, language, is_fallback."""
    return resolve(obj, field)


LANGUAGE_NAMES = dict(settings.LANGUAGES)


@register.filter
def language_name(code: str) -> str:
    """The language's name in the reader's language, e.g. "ruotsi" for sv on /fi/."""
    return str(LANGUAGE_NAMES.get(code, code))


@register.inclusion_tag("includes/translated_block.html")
def translated_block(obj, field: str, heading: str = "", heading_id: str = ""):
    """A block of translated text with its own lang attribute and a note when it falls back."""
    return {"text": resolve(obj, field), "heading": heading, "heading_id": heading_id}


@register.filter
def highlight(headline: str) -> str:
    """Escape a search headline, then turn its match markers into <mark> elements."""
    escaped = escape(headline)
    return mark_safe(  # noqa: S308 - everything but our markers was escaped above
        escaped.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")
    )
