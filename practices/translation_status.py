"""Which languages a practice is written in: for editors planning translation work."""

from django.db.models import Count, Q

from practices.languages import LANGUAGE_CODES

# A language counts as done when these are filled; the rest may follow.
CORE_FIELDS = ("title", "summary", "description")
ALL_FIELDS = ("title", "summary", "description", "results", "lessons", "costs")


def empty(field: str, code: str) -> Q:
    return Q(**{f"{field}_{code}__isnull": True}) | Q(**{f"{field}_{code}": ""})


def missing_language(code: str) -> Q:
    """Practices not yet written in `code` (any core field empty)."""
    condition = Q()
    for field in CORE_FIELDS:
        condition |= empty(field, code)
    return condition


def filled_languages(practice) -> list[str]:
    return [
        code
        for code in LANGUAGE_CODES
        if all(getattr(practice, f"{field}_{code}") for field in CORE_FIELDS)
    ]


def report(queryset) -> list[dict]:
    """Per language: practices missing it, and how many lack each field, in one query."""
    aggregates = {}
    for code in LANGUAGE_CODES:
        aggregates[f"{code}__missing"] = Count("pk", filter=missing_language(code))
        for field in ALL_FIELDS:
            aggregates[f"{code}__{field}"] = Count("pk", filter=empty(field, code))
    counts = queryset.aggregate(total=Count("pk"), **aggregates)
    return [
        {
            "code": code,
            "missing": counts[f"{code}__missing"],
            "complete": counts["total"] - counts[f"{code}__missing"],
            "fields": [(field, counts[f"{code}__{field}"]) for field in ALL_FIELDS],
        }
        for code in LANGUAGE_CODES
    ], counts["total"]
