"""Demonstration content: fiction placed in real Nordic municipalities (see FORMAT.md)."""

import json
from datetime import timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from practices.languages import LANGUAGE_CODES
from practices.models import (
    Country,
    DemoDataset,
    Organisation,
    Practice,
    PracticeLink,
    TargetGroup,
    Theme,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
PRACTICE_TEXT_FIELDS = ("title", "summary", "description", "results", "lessons", "costs")


class DemoDataError(ValueError):
    pass


def read_files(directory: Path = DATA_DIR) -> dict[str, list[dict]]:
    content: dict[str, list[dict]] = {"organisations": [], "practices": []}
    for path in sorted(directory.glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
        for key in content:
            content[key].extend(data.get(key, []))
    return content


def translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    """Column values for one translated field; the untranslated column mirrors English."""
    unknown = set(texts) - set(LANGUAGE_CODES)
    if unknown:
        raise DemoDataError(f"unknown language(s) {sorted(unknown)} in {field}")
    values = {f"{field}_{code}": texts.get(code, "") for code in LANGUAGE_CODES}
    values[field] = texts.get("en", "") or next(iter(texts.values()), "")
    return values


def lookup(model, key: str, values: list[str], where: str) -> list:
    found = {getattr(obj, key): obj for obj in model.objects.filter(**{f"{key}__in": values})}
    missing = sorted(set(values) - set(found))
    if missing:
        raise DemoDataError(f"{where}: unknown {model.__name__} {key}(s) {missing}")
    return [found[value] for value in values]


def load_organisation(item: dict) -> Organisation:
    (country,) = lookup(Country, "code", [item["country"]], item["slug"])
    organisation, _created = Organisation.objects.update_or_create(
        slug=item["slug"],
        defaults={
            "name": item["name"],
            "kind": item["kind"],
            "country": country,
            "city": item.get("city", ""),
            "website": item.get("website", ""),
            **translated("description", item.get("description", {})),
        },
    )
    organisation.full_clean()
    return organisation


def load_practice(item: dict, now) -> Practice:
    slug = item["slug"]
    fields = {
        "original_language": item["original_language"],
        "municipality": item.get("municipality", ""),
        "level": item["level"],
        "start_year": item.get("start_year"),
        "end_year": item.get("end_year"),
        "evaluation": item["evaluation"],
        "contact_name": item.get("contact_name", ""),
        "contact_email": item.get("contact_email", ""),
        "contact_phone": item.get("contact_phone", ""),
        "status": item["status"],
        "featured": item.get("featured", False),
    }
    for field in PRACTICE_TEXT_FIELDS:
        fields.update(translated(field, item.get(field, {})))
    practice = Practice.objects.filter(slug=slug).first() or Practice(slug=slug)
    is_new = practice.pk is None
    for name, value in fields.items():
        setattr(practice, name, value)
    # Dates are relative to the first load, and kept on later loads.
    if is_new or practice.published_at is None:
        days = item.get("published_days_ago")
        practice.published_at = None if days is None else now - timedelta(days=days)
    if is_new or practice.last_reviewed_at is None:
        days = item.get("reviewed_days_ago")
        practice.last_reviewed_at = None if days is None else now - timedelta(days=days)
    practice.full_clean(exclude=["countries", "themes", "target_groups", "organisations"])
    practice.save()
    practice.countries.set(lookup(Country, "code", item["countries"], slug))
    practice.themes.set(lookup(Theme, "slug", item["themes"], slug))
    practice.target_groups.set(lookup(TargetGroup, "slug", item.get("target_groups", []), slug))
    practice.organisations.set(lookup(Organisation, "slug", item.get("organisations", []), slug))
    practice.links.all().delete()
    PracticeLink.objects.bulk_create(
        PracticeLink(
            practice=practice, url=link["url"], order=order, **translated("title", link["title"])
        )
        for order, link in enumerate(item.get("links", []))
    )
    return practice


@transaction.atomic
def load(directory: Path = DATA_DIR) -> tuple[int, int]:
    """Create or update every demo organisation and practice; safe to run again."""
    content = read_files(directory)
    now = timezone.now()
    for item in content["organisations"]:
        load_organisation(item)
    for item in content["practices"]:
        load_practice(item, now)
    DemoDataset.objects.all().delete()
    DemoDataset.objects.create()
    return len(content["organisations"]), len(content["practices"])
