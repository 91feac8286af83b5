"""Template helpers for translated content; the rules themselves live in languages.py."""

from django import template
from django.utils.translation import get_language_info

from practices.languages import resolve

register = template.Library()


@register.filter
def translated(obj, field: str):
    """`{% with title=practice|translated:"title" %}` → value, language, is_fallback."""
    return resolve(obj, field)


@register.filter
def language_name(code: str) -> str:
    """The language's name in the reader's language, e.g. "ruotsi" for sv on /fi/."""
    return get_language_info(code)["name_translated"]


@register.inclusion_tag("includes/translated_block.html")
def translated_block(obj, field: str, heading: str = "", heading_id: str = ""):
    """A block of translated text with its own lang attribute and a note when it falls back."""
    return {"text": resolve(obj, field), "heading": heading, "heading_id": heading_id}
