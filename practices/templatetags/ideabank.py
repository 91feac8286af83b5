"""Template helpers for translated content; the rules themselves live in languages.py."""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from practices import cards
from practices.languages import language_name, language_notice, resolve
from practices.search import highlight

register = template.Library()


@register.filter
def translated(obj, field: str):
    """`{% with title=practice|translated:"title" %}` → value, language, is_fallback."""
    return resolve(obj, field)


register.filter("language_name", language_name)
register.filter("highlight", highlight)
# `{% language_notice text.language %}`: the same notice as on the cards.
register.simple_tag(language_notice, name="language_notice")


@register.simple_tag
def practice_card(practice) -> SafeString:
    """`{% practice_card practice %}`: the markup is in cards.render()."""
    return cards.render(practice)


@register.inclusion_tag("includes/translated_block.html")
def translated_block(obj, field: str, heading: str = "", heading_id: str = ""):
    """A block of translated text with its own lang attribute and a note when it falls back."""
    return {"text": resolve(obj, field), "heading": heading, "heading_id": heading_id}


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
