"""The listing's filters: one FilterSet for the listing, the exports and the feed.

Every parameter becomes one `Q` (see `predicates`), so that the result list and the facet
counts (which leave out one parameter at a time) are built from the same conditions.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import reduce
from operator import and_

import django_filters
from django import forms
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from practices import cache, search, vocabulary
from practices.choices import Evaluation, Level, OrganisationKind
from practices.languages import current_language
from practices.models import Organisation, Practice

MIN_YEAR, MAX_YEAR = 1950, 2100

SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("newest", _("Newest")),
    ("title", _("Title")),
]


@dataclass(frozen=True)
class FacetSource:
    """Where a facet's values are: a column of the counted row, or (row id, value) pairs
    from a link table; `distinct` when one row can meet the same value twice that way."""

    column: str | None = None
    pairs: Callable[[], QuerySet] | None = None
    distinct: bool = False


def _links(relation: str, value: str) -> Callable[[], QuerySet]:
    through = getattr(Practice, relation).through
    return lambda: through.objects.values(link_owner=F("practice_id"), link_value=F(value))


# Parameters with checkboxes, and where each one's values are.
FACET_SOURCES = {
    "country": FacetSource(pairs=_links("countries", "country__code")),
    "theme": FacetSource(pairs=_links("themes", "theme__slug")),
    "target_group": FacetSource(pairs=_links("target_groups", "targetgroup__slug")),
    # Two organisations of one kind behind a practice count it once.
    "organisation_kind": FacetSource(
        pairs=_links("organisations", "organisation__kind"), distinct=True
    ),
    "evaluation": FacetSource(column="evaluation"),
    "level": FacetSource(column="level"),
}
FACETS = tuple(FACET_SOURCES)


class SearchField(forms.CharField):
    """Free text, cut to a sane length before it reaches the database."""

    def to_python(self, value):
        value = super().to_python(value)
        return " ".join(value.split())[: search.MAX_QUERY_LENGTH]


class YearField(forms.IntegerField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=MIN_YEAR, max_value=MAX_YEAR, **kwargs)


def linked_to(relation: str, lookup: str, values: Iterable[str]) -> Q:
    """The practices linked to any of `values`: an uncorrelated IN, which PostgreSQL runs as
    a semi-join in WHERE and as one hashed lookup per query where counts read it as a flag."""
    through = getattr(Practice, relation).through
    return Q(pk__in=through.objects.filter(**{f"{lookup}__in": values}).values("practice_id"))


def no_op(queryset, name, value):
    # The FilterSet applies predicates() itself; each filter only validates its parameter.
    return queryset


class PracticeFilter(django_filters.FilterSet):
    """Within one parameter values are OR-ed; across parameters they are AND-ed."""

    q = django_filters.CharFilter(label=_("Search"), method=no_op)
    country = django_filters.MultipleChoiceFilter(label=_("Country"), method=no_op)
    theme = django_filters.MultipleChoiceFilter(label=_("Theme"), method=no_op)
    target_group = django_filters.MultipleChoiceFilter(label=_("Target group"), method=no_op)
    organisation_kind = django_filters.MultipleChoiceFilter(
        label=_("Kind of organisation"), choices=OrganisationKind.choices, method=no_op
    )
    evaluation = django_filters.MultipleChoiceFilter(
        label=_("Evidence"), choices=Evaluation.choices, method=no_op
    )
    level = django_filters.MultipleChoiceFilter(
        label=_("Level"), choices=Level.choices, method=no_op
    )
    ongoing = django_filters.ChoiceFilter(
        label=_("Ongoing"), choices=[("1", _("Only ongoing practices"))], method=no_op
    )
    year_from = django_filters.NumberFilter(label=_("Active from year"), method=no_op)
    year_to = django_filters.NumberFilter(label=_("Active until year"), method=no_op)
    sort = django_filters.ChoiceFilter(label=_("Sort by"), choices=SORT_CHOICES, method=no_op)

    class Meta:
        model = Practice
        fields: list[str] = []

    def __init__(self, data=None, *args, language: str = "en", **kwargs):
        self.language = language
        # The vocabularies are read once and shared by the form, the facets and the page.
        self.countries = vocabulary.countries()
        self.themes = vocabulary.themes()
        self.target_groups = vocabulary.target_groups()
        super().__init__(data, *args, **kwargs)
        self.filters["q"].field_class = SearchField
        self.filters["year_from"].field_class = YearField
        self.filters["year_to"].field_class = YearField
        self.filters["country"].extra["choices"] = [(c.code, str(c)) for c in self.countries]
        self.filters["theme"].extra["choices"] = [(t.slug, str(t)) for t in self.themes]
        self.filters["target_group"].extra["choices"] = [
            (g.slug, str(g)) for g in self.target_groups
        ]

    @classmethod
    def for_request(cls, request) -> "PracticeFilter":
        """The public practices, filtered as the request asks, in the reader's language."""
        return cls(request.GET, queryset=Practice.objects.published(), language=current_language())

    # -- reading the request -------------------------------------------------------------

    @property
    def values(self) -> dict:
        """The understood parameters; anything malformed is left out (see ignored_parameters)."""
        if not hasattr(self, "_values"):
            self.is_valid()
            data = self.form.cleaned_data if self.is_bound else {}
            self._values = {
                name: value for name, value in data.items() if value not in (None, "", [])
            }
        return self._values

    def ignored_parameters(self) -> list[str]:
        """Names of parameters whose values were not understood and so were left out."""
        return sorted(self.errors) if self.is_bound else []

    @property
    def search_query(self) -> str:
        return self.values.get("q", "")

    @property
    def sort_order(self) -> str:
        default = "relevance" if self.search_query else "newest"
        sort = self.values.get("sort", default)
        return default if sort == "relevance" and not self.search_query else sort

    # -- building the query --------------------------------------------------------------

    def predicates(self) -> dict[str, Q]:
        """One condition per active parameter."""
        values = self.values
        conditions: dict[str, Q] = {}
        if "country" in values:
            conditions["country"] = linked_to("countries", "country__code", values["country"])
        if "theme" in values:
            conditions["theme"] = linked_to("themes", "theme__slug", values["theme"])
        if "target_group" in values:
            conditions["target_group"] = linked_to(
                "target_groups", "targetgroup__slug", values["target_group"]
            )
        if "organisation_kind" in values:
            conditions["organisation_kind"] = linked_to(
                "organisations", "organisation__kind", values["organisation_kind"]
            )
        if "evaluation" in values:
            conditions["evaluation"] = Q(evaluation__in=values["evaluation"])
        if "level" in values:
            conditions["level"] = Q(level__in=values["level"])
        if values.get("ongoing") == "1":
            conditions["ongoing"] = Q(end_year__isnull=True)
        # A practice is active over [start_year, end_year or now]; it matches when that
        # period overlaps [year_from, year_to].
        if "year_from" in values:
            conditions["year_from"] = Q(end_year__isnull=True) | Q(
                end_year__gte=values["year_from"]
            )
        if "year_to" in values:
            conditions["year_to"] = Q(start_year__lte=values["year_to"])
        if self.search_query:
            conditions["q"] = self.matches.condition()
        return conditions

    @property
    def matches(self) -> search.Matches | None:
        """The practices matching the search term, found once per request."""
        if not self.search_query:
            return None
        if not hasattr(self, "_matches"):
            self._matches = cache.remember(
                cache.key("match", q=self.search_query, language=self.language),
                lambda: search.match(self.queryset, self.search_query, self.language),
                valid_until=self.next_scheduled_publication,
            )
        return self._matches

    def filter_queryset(self, queryset):
        queryset = queryset.filter(*self.predicates().values())
        if self.search_query:
            queryset = search.with_headline(queryset, self.search_query, self.language)
        return search.order(queryset, self.sort_order, self.language, self.search_query)

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            self._qs = self.filter_queryset(self.queryset.all())
        return self._qs

    def counts(self) -> "Counts":
        """The result count and every facet count, computed together and kept together;
        read once per request (the page and its empty state both ask)."""
        if not hasattr(self, "_counts"):
            self._counts = cache.remember(
                cache.key("counts", values={k: v for k, v in self.values.items() if k != "sort"}),
                lambda: count_facets(self.queryset, self.predicates(), FACET_SOURCES),
                valid_until=self.next_scheduled_publication,
            )
        return self._counts

    def counts_without_each(self) -> dict[str, int]:
        """For an empty result: how many results there would be with each parameter left
        out and every other one kept.

        The facets' numbers come with the facet counts; the other parameters (search term,
        period) are counted in one more query, over the practices that pass every facet.
        """
        predicates = self.predicates()
        counts = self.counts()
        fixed = {name: q for name, q in predicates.items() if name not in FACET_SOURCES}
        if not fixed:
            return counts.without

        def compute() -> dict[str, int]:
            facets = [q for name, q in predicates.items() if name in FACET_SOURCES]
            public = self.queryset.filter(*facets).order_by()
            if self.matches is not None and not self.matches.ids:
                # A search that found nothing empties every set it is part of.
                others = [q for name, q in fixed.items() if name != "q"]
                return {**dict.fromkeys(fixed, 0), "q": public.filter(*others).count()}
            aggregates = {}
            for name in fixed:
                others = [q for other, q in fixed.items() if other != name]
                condition = reduce(and_, others) if others else None
                aggregates[f"without_{name}"] = Count("pk", filter=condition)
            counted = public.aggregate(**aggregates)
            return {name: counted[f"without_{name}"] for name in fixed}

        without_fixed = cache.remember(
            cache.key("without-each", values={k: v for k, v in self.values.items() if k != "sort"}),
            compute,
            valid_until=self.next_scheduled_publication,
        )
        return {**counts.without, **without_fixed}

    def next_scheduled_publication(self):
        """Asked at most once per request, and only when something must be computed."""
        if not hasattr(self, "_next_scheduled"):
            self._next_scheduled = Practice.objects.next_scheduled_publication()
        return self._next_scheduled


@dataclass(frozen=True)
class Counts:
    total: int
    facets: dict[str, dict[str, int]]
    # For each ticked facet: the results there would be without it, for the empty state.
    without: dict[str, int]


def count_facets(queryset, predicates: dict[str, Q], sources: dict[str, FacetSource]) -> Counts:
    """The result count and, for every checkbox, how many results there would be with it
    ticked, in one query; also, for each ticked facet, how many there would be without it.

    A CTE holds the rows that pass every condition except the facets' own, with one boolean
    flag per ticked facet; each facet then counts over the rows flagged by every *other*
    ticked facet. For a facet with ticked values S and an option X the answer is
    |others ∩ (S ∪ X)| = total + |others ∩ X| − |others ∩ X ∩ S|.
    """
    flags = {name: q for name, q in predicates.items() if name in sources}
    fixed = [q for name, q in predicates.items() if name not in sources]
    columns = {"c_id": F("pk")}
    for name, source in sources.items():
        if source.column:
            columns[f"v_{name}"] = F(source.column)
    for name, condition in flags.items():
        columns[f"f_{name}"] = ExpressionWrapper(condition, output_field=BooleanField())
    # annotate() then values(): modeltranslation's values(**expressions) adds every field.
    base = queryset.filter(*fixed).order_by().annotate(**columns).values(*columns)
    try:
        base_sql, base_params = base.query.get_compiler(queryset.db).as_sql()
    except EmptyResultSet:  # e.g. a search that found nothing, as `id IN ()` on SQLite
        return Counts(0, {name: {} for name in sources}, dict.fromkeys(flags, 0))
    params = list(base_params)
    connection = connections[queryset.db]
    quote = connection.ops.quote_name

    def flagged(names) -> str:
        return " AND ".join(f"c.{quote('f_' + name)}" for name in names) or "1 = 1"

    # Only our own aliases and Django-compiled SQL are put together here; every value the
    # request brought is a parameter.
    arms = [f"SELECT %s, NULL, COUNT(*) FILTER (WHERE {flagged(flags)}), 0 FROM c"]  # noqa: S608
    params.append("")
    for name, source in sources.items():
        own = f"c.{quote('f_' + name)}" if name in flags else "FALSE"
        where = flagged(other for other in flags if other != name)
        if name in flags:
            # The rows flagged by every other ticked facet: the results without this one.
            arms.append(f"SELECT %s, NULL, COUNT(*) FILTER (WHERE {where}), 0 FROM c")  # noqa: S608
            params.append(f"-{name}")
        params.append(name)
        if source.column:
            value = f"c.{quote('v_' + name)}"
            join = ""
        else:
            pairs = source.pairs()
            pairs_sql, pairs_params = pairs.query.get_compiler(pairs.db).as_sql()
            value = "links.link_value"
            join = f"INNER JOIN ({pairs_sql}) links ON links.link_owner = c.c_id"
            params.extend(pairs_params)
        # DISTINCT (hashed) before counting, where a row can meet one value twice: cheaper
        # than COUNT(DISTINCT …), which sorts.
        distinct = "DISTINCT " if source.distinct else ""
        rows_sql = (
            f"SELECT {distinct}c.c_id, {value} AS value, {own} AS own FROM c {join} "  # noqa: S608
            f"WHERE {where} AND {value} IS NOT NULL"
        )
        arms.append(
            f"SELECT %s, d.value, COUNT(*), COUNT(*) FILTER (WHERE d.own) "  # noqa: S608
            f"FROM ({rows_sql}) d GROUP BY d.value"
        )
    sql = f"WITH c AS ({base_sql}) " + " UNION ALL ".join(arms)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    total = next(matches for facet, _value, matches, _overlap in rows if facet == "")
    facets: dict[str, dict[str, int]] = {name: {} for name in sources}
    without = {}
    for facet, value, matches, overlap in rows:
        if facet.startswith("-"):
            without[facet[1:]] = matches
        elif facet:
            facets[facet][value] = total + matches - overlap if facet in flags else matches
    return Counts(total, facets, without)


class OrganisationFilter(django_filters.FilterSet):
    """The organisation directory: by country and by kind, with the same counting rule."""

    country = django_filters.MultipleChoiceFilter(label=_("Country"), method=no_op)
    kind = django_filters.MultipleChoiceFilter(
        label=_("Kind of organisation"), choices=OrganisationKind.choices, method=no_op
    )

    class Meta:
        model = Organisation
        fields: list[str] = []

    def __init__(self, data=None, *args, **kwargs):
        self.countries = vocabulary.countries()
        super().__init__(data, *args, **kwargs)
        self.filters["country"].extra["choices"] = [(c.code, str(c)) for c in self.countries]

    values = PracticeFilter.values
    ignored_parameters = PracticeFilter.ignored_parameters

    def predicates(self) -> dict[str, Q]:
        conditions = {}
        if "country" in self.values:
            conditions["country"] = Q(country__code__in=self.values["country"])
        if "kind" in self.values:
            conditions["kind"] = Q(kind__in=self.values["kind"])
        return conditions

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            self._qs = self.queryset.filter(*self.predicates().values())
        return self._qs

    def counts(self) -> Counts:
        return count_facets(self.queryset, self.predicates(), ORGANISATION_FACET_SOURCES)


ORGANISATION_FACET_SOURCES = {
    "country": FacetSource(column="country__code"),
    "kind": FacetSource(column="kind"),
}
