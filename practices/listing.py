"""What the listing page shows around the results: facets, active filters, notices."""

from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from practices.choices import Evaluation, Level, OrganisationKind
from practices.filters import OrganisationFilter, PracticeFilter


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]

    @property
    def has_selection(self) -> bool:
        return any(option.selected for option in self.options)


@dataclass
class Chip:
    label: str
    remove_url: str


FACET_LABELS = {
    "country": _("Country"),
    "theme": _("Theme"),
    "target_group": _("Target group"),
    "organisation_kind": _("Kind of organisation"),
    "evaluation": _("Evidence"),
    "level": _("Level"),
}


def facet_options(filterset: PracticeFilter) -> dict[str, list[tuple[str, str]]]:
    return {
        "country": [(c.code, str(c)) for c in filterset.countries],
        "theme": [(t.slug, str(t)) for t in filterset.themes],
        "target_group": [(g.slug, str(g)) for g in filterset.target_groups],
        "organisation_kind": list(OrganisationKind.choices),
        "evaluation": list(Evaluation.choices),
        "level": list(Level.choices),
    }


def make_facet(name, label, options, counts, selected, total) -> Facet:
    # An option absent from the counts adds nothing: ticking it leaves the results as
    # they are (total), or, with nothing ticked in this facet yet, finds none.
    missing = total if selected else 0
    return Facet(
        name=name,
        label=label,
        options=[
            Option(
                value=value,
                label=str(label),
                count=total if value in selected else counts.get(value, missing),
                selected=value in selected,
            )
            for value, label in options
        ],
    )


def build_facets(filterset: PracticeFilter, total: int) -> list[Facet]:
    counts = filterset.facet_counts(total)
    values = filterset.values
    return [
        make_facet(
            name, FACET_LABELS[name], options, counts[name], set(values.get(name, [])), total
        )
        for name, options in facet_options(filterset).items()
    ]


def organisation_facets(filterset: OrganisationFilter, total: int) -> list[Facet]:
    counts = filterset.facet_counts(total)
    values = filterset.values
    options = {
        "country": [(c.code, str(c)) for c in filterset.countries],
        "kind": list(OrganisationKind.choices),
    }
    labels = {"country": FACET_LABELS["country"], "kind": FACET_LABELS["organisation_kind"]}
    return [
        make_facet(
            name, labels[name], options[name], counts[name], set(values.get(name, [])), total
        )
        for name in ("country", "kind")
    ]


def without(query: QueryDict, name: str, value: str | None = None) -> str:
    """The query string with one value (or a whole parameter) removed, and no page."""
    query = query.copy()
    query.pop("page", None)
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != value])
    return query.urlencode()


def active_chips(request, filterset: PracticeFilter, facets: list[Facet]) -> list[Chip]:
    query, path = request.GET, request.path
    chips = []
    if filterset.search_query:
        chips.append(Chip(f"“{filterset.search_query}”", f"{path}?{without(query, 'q')}"))
    for facet in facets:
        for option in facet.options:
            if option.selected:
                chips.append(
                    Chip(option.label, f"{path}?{without(query, facet.name, option.value)}")
                )
    values = filterset.values
    if values.get("ongoing") == "1":
        chips.append(Chip(str(_("Only ongoing practices")), f"{path}?{without(query, 'ongoing')}"))
    if "year_from" in values:
        label = _("From %(year)s") % {"year": values["year_from"]}
        chips.append(Chip(str(label), f"{path}?{without(query, 'year_from')}"))
    if "year_to" in values:
        label = _("Until %(year)s") % {"year": values["year_to"]}
        chips.append(Chip(str(label), f"{path}?{without(query, 'year_to')}"))
    return chips


def narrowest_filter(facets: list[Facet], chips: list[Chip]) -> Chip | None:
    """For the empty state: the ticked option with the fewest results on its own."""
    candidates = [
        (option.count, facet.name, option.label)
        for facet in facets
        for option in facet.options
        if option.selected
    ]
    if not candidates:
        return chips[0] if chips else None
    _count, _name, label = min(candidates)
    return next((chip for chip in chips if chip.label == label), None)


def listing_context(request, filterset: PracticeFilter, total: int) -> dict:
    facets = build_facets(filterset, total)
    chips = active_chips(request, filterset, facets)
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filterset": filterset,
        "facets": facets,
        "chips": chips,
        "narrowest": narrowest_filter(facets, chips) if total == 0 else None,
        "ignored_parameters": filterset.ignored_parameters(),
        "query_without_page": query.urlencode(),
        "hidden_filters": [
            (name, value)
            for name in query
            if name not in {"q", "page"} and name not in filterset.errors
            for value in query.getlist(name)
        ],
        "search_query": filterset.search_query,
        "sort": filterset.sort_order,
        "sort_choices": [
            (value, label)
            for value, label in filterset.filters["sort"].extra["choices"]
            if value != "relevance" or filterset.search_query
        ],
        "year_from": filterset.values.get("year_from", ""),
        "year_to": filterset.values.get("year_to", ""),
        "ongoing": filterset.values.get("ongoing") == "1",
    }
