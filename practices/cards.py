"""Practice cards: each card's countries and themes in one query, named from the vocabularies.

prefetch_related() would build a model instance and a related manager for every country and
theme of every card; the vocabularies are at hand (vocabulary.py), so a card needs only the
pairs from the two link tables.
"""

from collections.abc import Iterable

from django.db.models import Value

from practices import vocabulary
from practices.models import Practice


def attach(practices: Iterable[Practice]) -> list[Practice]:
    """The practices, each with `card_countries` and `card_themes` in vocabulary order."""
    practices = list(practices)
    ordered = {"card_countries": vocabulary.countries(), "card_themes": vocabulary.themes()}
    ids = [practice.pk for practice in practices]
    pairs = (
        Practice.countries.through.objects.filter(practice_id__in=ids)
        .annotate(attribute=Value("card_countries"))
        .values_list("attribute", "practice_id", "country_id")
        .union(
            Practice.themes.through.objects.filter(practice_id__in=ids)
            .annotate(attribute=Value("card_themes"))
            .values_list("attribute", "practice_id", "theme_id"),
            all=True,
        )
        if ids
        else []
    )
    linked: dict[tuple[str, int], set[int]] = {}
    for attribute, practice_id, term_id in pairs:
        linked.setdefault((attribute, practice_id), set()).add(term_id)
    for practice in practices:
        for attribute, terms in ordered.items():
            wanted = linked.get((attribute, practice.pk), set())
            setattr(practice, attribute, [term for term in terms if term.pk in wanted])
    return practices
