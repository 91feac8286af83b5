"""What the listing page shows around the results: facets, active filters, notices."""

from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from practices.filters import FACETS, Counts, OrganisationFilter, PracticeFilter


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    html_id: str = ""

    @property
    def is_empty(self) -> bool:
        """Marked in the list: ticking it would find nothing (a ticked one never is)."""
        return self.count == 0 and not self.selected


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
    parameter: str

    @property
    def shown(self) -> str:
        """The search term in quotes, as typed; any other filter by its name."""
        return f"“{self.label}”" if self.parameter == "q" else self.label


@dataclass
class Suggestion:
    """The empty state's way out: leave one parameter out, and this many results appear."""

    label: str
    remove_url: str
    count: int


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
                html_id=f"f-{name}-{value}",
            )
            for value, label in options
        ],
    )


def build_facets(filterset, counts: Counts, names=FACETS) -> list[Facet]:
    """The checkbox lists of a FilterSet, labelled and ordered as its filters are."""
    values = filterset.values
    return [
        make_facet(
            name,
            filterset.filters[name].label,
            filterset.filters[name].extra["choices"],
            counts.facets[name],
            set(values.get(name, [])),
            counts.total,
        )
        for name in names
    ]


def organisation_facets(filterset: OrganisationFilter, counts: Counts) -> list[Facet]:
    return build_facets(filterset, counts, names=("country", "kind"))


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
        chips.append(Chip(filterset.search_query, f"{path}?{without(query, 'q')}", "q"))
    for facet in facets:
        for option in facet.options:
            if option.selected:
                chips.append(
                    Chip(
                        option.label,
                        f"{path}?{without(query, facet.name, option.value)}",
                        facet.name,
                    )
                )
    values = filterset.values
    if values.get("ongoing") == "1":
        label = str(_("Only ongoing practices"))
        chips.append(Chip(label, f"{path}?{without(query, 'ongoing')}", "ongoing"))
    if "year_from" in values:
        label = _("From %(year)s") % {"year": values["year_from"]}
        chips.append(Chip(str(label), f"{path}?{without(query, 'year_from')}", "year_from"))
    if "year_to" in values:
        label = _("Until %(year)s") % {"year": values["year_to"]}
        chips.append(Chip(str(label), f"{path}?{without(query, 'year_to')}", "year_to"))
    return chips


def narrowest_filter(request, chips: list[Chip], counts: dict[str, int]) -> Suggestion | None:
    """For the empty state: the parameter whose removal brings back the most results.

    A parameter with several ticked values is removed as a whole: within a parameter the
    values are OR-ed, so removing one of them can only find fewer.
    """
    found = [(count, name) for name, count in counts.items() if count > 0]
    if not found:
        return None
    count, name = max(found)
    labels = [chip.label for chip in chips if chip.parameter == name]
    return Suggestion(
        label=", ".join(labels),
        remove_url=f"{request.path}?{without(request.GET, name)}",
        count=count,
    )


def listing_context(request, filterset: PracticeFilter, counts: Counts) -> dict:
    facets = build_facets(filterset, counts)
    chips = active_chips(request, filterset, facets)
    query = request.GET
    return {
        "filterset": filterset,
        "facets": facets,
        "chips": chips,
        "narrowest": (
            narrowest_filter(request, chips, filterset.counts_without_each())
            if counts.total == 0
            else None
        ),
        "ignored_parameters": filterset.ignored_parameters(),
        "query_without_page": without(query, "page"),
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
