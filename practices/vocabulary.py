"""The controlled vocabularies (countries, themes, target groups), read once per content version.

Nearly every public page needs one or more of them, they change a few times a year, and
every change bumps the content version (signals.py), so they are kept in the cache beside
the counts, each on its own so that a page reads only those it shows.
"""

from collections.abc import Iterable

from django.db import models
from django.db.models import Value

from practices import cache
from practices.models import Country, Practice, TargetGroup, Theme


def _terms(model: type[models.Model]) -> list:
    return cache.remember(
        cache.key("vocabulary", model=model._meta.label), lambda: list(model.objects.all())
    )


def countries() -> list[Country]:
    return _terms(Country)


def themes() -> list[Theme]:
    return _terms(Theme)


def target_groups() -> list[TargetGroup]:
    return _terms(TargetGroup)


# A practice's relations to the vocabularies, and where each one's terms are.
RELATIONS = {"countries": countries, "themes": themes, "target_groups": target_groups}


def attach(practices: Iterable[Practice], **attributes: str) -> list[Practice]:
    """The practices, each with attributes set to the terms of a relation, in vocabulary
    order: `attach(practices, card_themes="themes")`.

    One query over the link tables, whatever the number of practices and relations; the
    terms are the cached vocabulary's own objects, so no model instance is built per term
    (prefetch_related() would build one, and a related manager, for each).
    """
    practices = list(practices)
    ids = [practice.pk for practice in practices]
    arms = []
    for attribute, relation in attributes.items():
        field = Practice._meta.get_field(relation)
        arms.append(
            field.remote_field.through.objects.filter(practice_id__in=ids)
            .annotate(attribute=Value(attribute))
            .values_list("attribute", "practice_id", field.m2m_reverse_name())
        )
    pairs = arms[0].union(*arms[1:], all=True) if ids and arms else []
    linked: dict[tuple[str, int], set[int]] = {}
    for attribute, practice_id, term_id in pairs:
        linked.setdefault((attribute, practice_id), set()).add(term_id)
    for attribute, relation in attributes.items():
        terms = RELATIONS[relation]()
        for practice in practices:
            wanted = linked.get((attribute, practice.pk), set())
            setattr(practice, attribute, [term for term in terms if term.pk in wanted])
    return practices
