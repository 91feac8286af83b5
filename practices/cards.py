"""Practice cards: each card's countries and themes in one query, from vocabularies in hand.

prefetch_related() would build a model instance and a related manager for every country and
theme of every card; the listing already holds the vocabularies (its FilterSet read them),
so a card needs only the pairs from the two link tables.
"""

from collections.abc import Iterable

from django.db.models import Value

from practices.models import Country, Practice, Theme


def attach(
    practices: Iterable[Practice],
    countries: Iterable[Country] | None = None,
    themes: Iterable[Theme] | None = None,
) -> list[Practice]:
    """The practices, each with `card_countries` and `card_themes` in vocabulary order."""
    practices = list(practices)
    vocabularies = {
        "card_countries": list(Country.objects.all() if countries is None else countries),
        "card_themes": list(Theme.objects.all() if themes is None else themes),
    }
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
    terms: dict[tuple[str, int], set[int]] = {}
    for attribute, practice_id, term_id in pairs:
        terms.setdefault((attribute, practice_id), set()).add(term_id)
    for practice in practices:
        for attribute, vocabulary in vocabularies.items():
            wanted = terms.get((attribute, practice.pk), set())
            setattr(practice, attribute, [term for term in vocabulary if term.pk in wanted])
    return practices
