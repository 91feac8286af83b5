"""The researchers' overview: public practices counted country × theme (or × target group,
× evidence level), and a bar chart per country stacked by evidence level."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from practices.choices import Evaluation
from practices.models import Country, Practice, TargetGroup, Theme


@dataclass(frozen=True)
class Dimension:
    key: str
    label: str
    parameter: str  # the listing's query parameter
    path: str  # from Practice to the value


DIMENSIONS = {
    d.key: d
    for d in [
        Dimension("theme", _("Theme"), "theme", "themes__slug"),
        Dimension("target_group", _("Target group"), "target_group", "target_groups__slug"),
        Dimension("evaluation", _("Evidence"), "evaluation", "evaluation"),
    ]
}
EVIDENCE_COLOURS = {
    Evaluation.NONE: "#b8c2cc",
    Evaluation.DOCUMENTED: "#7fa7c9",
    Evaluation.PROMISING: "#3f7cac",
    Evaluation.EVALUATED: "#1f5a86",
    Evaluation.PROVEN: "#0b2e4d",
}


def columns_for(dimension: Dimension) -> list[tuple[str, str]]:
    if dimension.key == "theme":
        return [(t.slug, str(t)) for t in Theme.objects.all()]
    if dimension.key == "target_group":
        return [(g.slug, str(g)) for g in TargetGroup.objects.all()]
    return [(value, str(label)) for value, label in Evaluation.choices]


def counts(dimension: Dimension) -> dict:
    """Cells, row totals, column totals and the grand total, in four grouped queries.

    A practice in two themes counts in both cells but once in its country's total."""
    public = Practice.objects.published().order_by()
    cells = {
        (code, value): n
        for code, value, n in public.filter(countries__isnull=False)
        .values_list("countries__code", dimension.path)
        .annotate(n=Count("pk", distinct=True))
        if value is not None
    }
    rows = dict(
        public.values_list("countries__code").annotate(n=Count("pk", distinct=True)).order_by()
    )
    columns = dict(
        public.values_list(dimension.path).annotate(n=Count("pk", distinct=True)).order_by()
    )
    return {"cells": cells, "rows": rows, "columns": columns, "total": public.count()}


def table(dimension: Dimension, data: dict) -> dict:
    countries = list(Country.objects.all())
    columns = columns_for(dimension)
    return {
        "columns": columns,
        "rows": [
            {
                "code": country.code,
                "name": str(country),
                "cells": [
                    (value, data["cells"].get((country.code, value), 0)) for value, _l in columns
                ],
                "total": data["rows"].get(country.code, 0),
            }
            for country in countries
        ],
        "column_totals": [data["columns"].get(value, 0) for value, _label in columns],
        "total": data["total"],
    }


def number(value: float) -> str:
    """An SVG coordinate: always a dot, never the reader's decimal comma."""
    return f"{value:.1f}"


def chart(evidence: dict) -> dict:
    """Horizontal bars per country, stacked by evidence level, laid out for an SVG.

    Coordinates are strings, so that templates do not localise them ("12,5" is no number).
    """
    label_width, bar_area, bar_height, gap = 150, 420, 22, 10
    countries = list(Country.objects.all())
    largest = max([evidence["rows"].get(c.code, 0) for c in countries] + [1])
    scale = bar_area / largest
    bars = []
    for index, country in enumerate(countries):
        y = index * (bar_height + gap)
        x = label_width
        segments = []
        for value, label in Evaluation.choices:
            n = evidence["cells"].get((country.code, value), 0)
            if n:
                width = n * scale
                segments.append(
                    {
                        "x": number(x),
                        "width": number(width),
                        "count": n,
                        "label": str(label),
                        "colour": EVIDENCE_COLOURS[value],
                    }
                )
                x += width
        bars.append(
            {
                "name": str(country),
                "y": y,
                "text_y": y + 16,
                "segments": segments,
                "total": sum(s["count"] for s in segments),
                "total_x": number(x + 6),
            }
        )
    height = len(countries) * (bar_height + gap)
    return {
        "bars": bars,
        "width": label_width + bar_area + 50,
        "height": height,
        "bar_height": bar_height,
        "label_x": label_width - 8,
        "legend": [(str(label), EVIDENCE_COLOURS[value]) for value, label in Evaluation.choices],
    }
