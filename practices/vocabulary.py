"""The controlled vocabularies (countries, themes, target groups), read once per content version.

Nearly every public page needs one or more of them, they change a few times a year, and
every change bumps the content version (signals.py), so they are kept in the cache beside
the counts, each on its own so that a page reads only those it shows.
"""

from django.db import models

from practices import cache
from practices.models import Country, TargetGroup, Theme


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
