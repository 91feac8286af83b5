"""How a practice is cited and described to machines (schema.org JSON-LD)."""

import json

from django.utils import timezone
from django.utils.safestring import mark_safe

from practices.languages import resolve

PUBLISHER = "Nordic integration idea bank"


def cite(practice, url: str) -> dict:
    organisations = [o.name for o in practice.organisations.all()]
    year = practice.published_at.year if practice.published_at else timezone.now().year
    return {
        "authors": ", ".join(organisations),
        "year": year,
        "title": resolve(practice, "title").value,
        "publisher": PUBLISHER,
        "url": url,
        "accessed": timezone.localdate(),
    }


def json_ld(practice, url: str) -> str:
    """A CreativeWork description, safe to place inside a <script> element."""
    title = resolve(practice, "title")
    summary = resolve(practice, "summary")
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": title.value,
        "inLanguage": title.language,
        "abstract": summary.value,
        "url": url,
        "datePublished": practice.published_at.isoformat() if practice.published_at else None,
        "dateModified": practice.updated_at.isoformat(),
        "author": [
            {"@type": "Organization", "name": o.name, "address": o.city or None}
            for o in practice.organisations.all()
        ],
        "publisher": {"@type": "Organization", "name": PUBLISHER},
        "spatialCoverage": [
            {"@type": "Place", "name": str(country), "identifier": country.code}
            for country in practice.country_list
        ],
        "keywords": [str(theme) for theme in practice.theme_list],
        "temporalCoverage": (
            f"{practice.start_year}/{practice.end_year or '..'}" if practice.start_year else None
        ),
    }
    text = json.dumps({k: v for k, v in data.items() if v not in (None, [])}, ensure_ascii=False)
    # "<" never appears raw, so the text cannot close the script element.
    return mark_safe(text.replace("<", "\\u003c"))  # noqa: S308
