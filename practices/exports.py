"""CSV and JSON exports of any filtered list: every matching row, streamed.

The columns and their order are a contract documented in docs/data.md.
"""

import csv
import json
from collections import defaultdict
from itertools import islice
from types import SimpleNamespace

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from practices.languages import LANGUAGE_CODES, resolve
from practices.models import Organisation, Practice

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
    *(PASSED_THROUGH := ["municipality", "level", "start_year", "end_year", "evaluation"]),
    "published_at",
    "updated_at",
]
CHUNK = 1000
LICENCE = "CC BY 4.0"


TEXT_FIELDS = [f"{field}_{code}" for field in ("title", "summary") for code in LANGUAGE_CODES]
VALUE_FIELDS = [
    "pk",
    "slug",
    "original_language",
    *TEXT_FIELDS,
    *PASSED_THROUGH,
    "published_at",
    "updated_at",
]


def batched(iterable, size: int):
    """itertools.batched, which Python 3.11 does not have yet."""
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def _grouped(pairs) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for practice_id, value in pairs:
        grouped[practice_id].append(value)
    return grouped


def _relations(ids: list[int]) -> dict[str, dict[int, list]]:
    """Codes, slugs and names of the related objects of a chunk of practices, in 4 queries."""
    through = {
        name: getattr(Practice, name).through.objects
        for name in ("countries", "themes", "target_groups", "organisations")
    }
    return {
        "countries": _grouped(through["countries"].filter(practice_id__in=ids)
                              .order_by("country__order", "country__code")
                              .values_list("practice_id", "country__code")),
        "themes": _grouped(through["themes"].filter(practice_id__in=ids)
                           .order_by("theme__order", "theme__slug")
                           .values_list("practice_id", "theme__slug")),
        "target_groups": _grouped(through["target_groups"].filter(practice_id__in=ids)
                                  .order_by("targetgroup__order", "targetgroup__slug")
                                  .values_list("practice_id", "targetgroup__slug")),
        "organisations": _grouped(through["organisations"].filter(practice_id__in=ids)
                                  .order_by("organisation__name")
                                  .values_list("practice_id", "organisation_id")),
    }  # fmt: skip


def rows(queryset, language: str, base_url: str):
    """One dict per practice, in the requested language with fallback, memory flat.

    Plain values and one query per relation for each chunk of rows: building model
    instances (with their translated managers) would cost ten times more per row.
    """
    url_pattern = base_url + reverse("practices:detail", kwargs={"slug": "__slug__"})
    organisations = {}
    values = queryset.values(*VALUE_FIELDS).iterator(chunk_size=CHUNK)
    for chunk in batched(values, CHUNK):
        ids = [row["pk"] for row in chunk]
        related = _relations(ids)
        missing = {pk for pks in related["organisations"].values() for pk in pks} - set(
            organisations
        )
        organisations.update(
            {pk: (name, kind) for pk, name, kind in
             Organisation.objects.filter(pk__in=missing).values_list("pk", "name", "kind")}
        )  # fmt: skip
        for row in chunk:
            practice = SimpleNamespace(**row)
            title = resolve(practice, "title", language)
            summary = resolve(practice, "summary", language)
            own = [organisations[pk] for pk in related["organisations"].get(row["pk"], [])]
            yield {
                "id": row["pk"],
                "slug": row["slug"],
                "url": url_pattern.replace("__slug__", row["slug"]),
                "title": title.value,
                "title_language": title.language,
                "summary": summary.value,
                "summary_language": summary.language,
                "countries": related["countries"].get(row["pk"], []),
                "themes": related["themes"].get(row["pk"], []),
                "target_groups": related["target_groups"].get(row["pk"], []),
                "organisations": [name for name, _kind in own],
                "organisation_kinds": sorted({kind for _name, kind in own}),
                **{name: row[name] for name in PASSED_THROUGH},
                "published_at": row["published_at"].isoformat() if row["published_at"] else None,
                "updated_at": row["updated_at"].isoformat(),
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
