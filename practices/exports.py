"""CSV and JSON exports of any filtered list: every matching row, streamed.

The columns and their order are a contract documented in docs/data.md.
"""

import csv
import json

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from practices.languages import resolve

COLUMNS = [
    "id",
    "slug",
    "url",
    "title",
    "title_language",
    "summary",
    "summary_language",
    "countries",
    "themes",
    "target_groups",
    "organisations",
    "organisation_kinds",
    "municipality",
    "level",
    "start_year",
    "end_year",
    "evaluation",
    "published_at",
    "updated_at",
]
CHUNK = 1000
LICENCE = "CC BY 4.0"


def rows(queryset, language: str, base_url: str):
    """One dict per practice, in the requested language with fallback, memory flat."""
    queryset = queryset.prefetch_related("countries", "themes", "target_groups", "organisations")
    for practice in queryset.iterator(chunk_size=CHUNK):
        title = resolve(practice, "title", language)
        summary = resolve(practice, "summary", language)
        organisations = list(practice.organisations.all())
        yield {
            "id": practice.pk,
            "slug": practice.slug,
            "url": base_url + reverse("practices:detail", kwargs={"slug": practice.slug}),
            "title": title.value,
            "title_language": title.language,
            "summary": summary.value,
            "summary_language": summary.language,
            "countries": [c.code for c in practice.countries.all()],
            "themes": [t.slug for t in practice.themes.all()],
            "target_groups": [g.slug for g in practice.target_groups.all()],
            "organisations": [o.name for o in organisations],
            "organisation_kinds": sorted({o.kind for o in organisations}),
            "municipality": practice.municipality,
            "level": practice.level,
            "start_year": practice.start_year,
            "end_year": practice.end_year,
            "evaluation": practice.evaluation,
            "published_at": practice.published_at.isoformat() if practice.published_at else None,
            "updated_at": practice.updated_at.isoformat(),
        }


class _Echo:
    def write(self, value):
        return value


def csv_lines(rows_iter, bom: bool = False):
    """CSV text, a line at a time; lists become "|"-separated values."""
    writer = csv.writer(_Echo())
    if bom:
        yield "\ufeff"
    yield writer.writerow(COLUMNS)
    for row in rows_iter:
        yield writer.writerow(
            [
                "|".join(value) if isinstance(value, list) else ("" if value is None else value)
                for value in (row[column] for column in COLUMNS)
            ]
        )


def json_chunks(rows_iter, metadata: dict):
    """A JSON document {"metadata": …, "rows": [...]}, written as it goes."""
    yield '{"metadata": ' + json.dumps(metadata, ensure_ascii=False) + ', "rows": ['
    first = True
    for row in rows_iter:
        yield ("" if first else ",") + "\n" + json.dumps(row, ensure_ascii=False)
        first = False
    yield "\n]}\n"


def metadata(query: dict, count: int, language: str) -> dict:
    return {
        "source": "Nordic integration idea bank",
        "query": query,
        "language": language,
        "count": count,
        "columns": COLUMNS,
        "generated_at": timezone.now().isoformat(),
        "licence": LICENCE,
        "demo_data": None,  # filled in by the view
        "site_languages": [code for code, _name in settings.LANGUAGES],
    }
