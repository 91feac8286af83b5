"""Template helpers for translated content; the rules themselves live in languages.py."""

from django import template
from django.conf import settings
from django.utils.html import escape, format_html_join
from django.utils.safestring import SafeString, mark_safe

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


EMPTY_CLASS = mark_safe(' class="empty"')
CHECKED = mark_safe(" checked")


@register.simple_tag
def facet_options(facet, results_label: str) -> SafeString:
    """The `<li>` of every option of a facet: a checkbox carrying its count (data-count),
    and a label with the count in words for screen readers.

    Rendered here rather than in a template loop: a listing shows about 55 options, and the
    loop cost more than the rest of the page's markup together.
    """
    return format_html_join(
        "\n",
        '<li{}><input type="checkbox" name="{}" value="{}" data-count="{}" id="{}"{}> '
        '<label for="{}">{} <span class="count">({}<span class="visually-hidden"> {}</span>)'
        "</span></label></li>",
        (
            (
                EMPTY_CLASS if option.is_empty else "",
                facet.name,
                option.value,
                option.count,
                option.html_id,
                CHECKED if option.selected else "",
                option.html_id,
                option.label,
                option.count,
                results_label,
            )
            for option in facet.options
        ),
    )
