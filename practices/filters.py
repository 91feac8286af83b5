"""The listing's filters: one FilterSet for the listing, the exports and the feed.

Every parameter becomes one `Q` (see `predicates`), so that the result list and the facet
counts (which leave out one parameter at a time) are built from the same conditions.
"""

from collections.abc import Iterable

import django_filters
from django import forms
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from practices import cache, search
from practices.choices import Evaluation, Level, OrganisationKind
from practices.languages import current_language
from practices.models import Country, Organisation, Practice, TargetGroup, Theme

MIN_YEAR, MAX_YEAR = 1950, 2100

SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("newest", _("Newest")),
    ("title", _("Title")),
]

# Parameters with checkboxes, and the path from a practice to each one's values.
FACET_PATHS = {
    "country": "countries__code",
    "theme": "themes__slug",
    "target_group": "target_groups__slug",
    "organisation_kind": "organisations__kind",
    "evaluation": "evaluation",
    "level": "level",
}
FACETS = tuple(FACET_PATHS)


class SearchField(forms.CharField):
    """Free text, cut to a sane length before it reaches the database."""

    def to_python(self, value):
        value = super().to_python(value)
        return " ".join(value.split())[: search.MAX_QUERY_LENGTH]


class YearField(forms.IntegerField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=MIN_YEAR, max_value=MAX_YEAR, **kwargs)


def m2m_exists(relation: str, lookup: str, values: Iterable[str]) -> Q:
    """A semi-join: no duplicate rows, no DISTINCT, and cheap to combine."""
    through = getattr(Practice, relation).through
    return Q(
        Exists(through.objects.filter(practice_id=OuterRef("pk"), **{f"{lookup}__in": values}))
    )


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
        self.countries = list(Country.objects.all())
        self.themes = list(Theme.objects.all())
        self.target_groups = list(TargetGroup.objects.all())
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
            conditions["country"] = m2m_exists("countries", "country__code", values["country"])
        if "theme" in values:
            conditions["theme"] = m2m_exists("themes", "theme__slug", values["theme"])
        if "target_group" in values:
            conditions["target_group"] = m2m_exists(
                "target_groups", "targetgroup__slug", values["target_group"]
            )
        if "organisation_kind" in values:
            conditions["organisation_kind"] = m2m_exists(
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

    def facet_counts(self, total: int) -> dict[str, dict[str, int]]:
        return cache.remember(
            cache.key("facets", values=self.values, total=total),
            lambda: self.compute_facet_counts(total),
            valid_until=self.next_scheduled_publication,
        )

    def next_scheduled_publication(self):
        """Asked at most once per request, and only when something must be computed."""
        if not hasattr(self, "_next_scheduled"):
            self._next_scheduled = Practice.objects.next_scheduled_publication()
        return self._next_scheduled

    def compute_facet_counts(self, total: int) -> dict[str, dict[str, int]]:
        return count_facets(self.queryset, self.predicates(), FACET_PATHS, total)


DISTINCT_PATHS = {"organisations__kind"}


def count_facets(queryset, predicates: dict[str, Q], paths: dict[str, str], total: int) -> dict:
    """For every checkbox: how many results there would be with it ticked.

    One grouped query per facet. For a facet with ticked values S and an option X, the
    answer is |others ∩ (S ∪ X)| = total + |others ∩ X| − |others ∩ X ∩ S|, where
    `others` applies every other parameter and `total` is the current result count.
    """
    return {
        facet: facet_group_counts(
            queryset.filter(*[q for name, q in predicates.items() if name != facet]),
            path,
            predicates.get(facet),
            total,
        )
        for facet, path in paths.items()
    }


def facet_group_counts(others, path: str, selected: Q | None, total: int) -> dict[str, int]:
    """Counts per value of `path` in one grouped query (see count_facets)."""
    # Conditions are semi-joins, so the only join is the facet's own: one row per practice
    # and value, except through organisations, where two of one kind must count once.
    distinct = path in DISTINCT_PATHS
    aggregates = {"matches": Count("pk", distinct=distinct)}
    if selected is not None:
        aggregates["overlap"] = Count("pk", distinct=distinct, filter=selected)
    rows = (
        others.order_by()
        .filter(**{f"{path}__isnull": False})
        .values(path)
        .annotate(**aggregates)
        .values_list(path, *aggregates)
    )
    if selected is None:
        return dict(rows)
    return {value: total + matches - overlap for value, matches, overlap in rows}


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
        self.countries = list(Country.objects.all())
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

    def facet_counts(self, total: int) -> dict[str, dict[str, int]]:
        paths = {"country": "country__code", "kind": "kind"}
        return count_facets(self.queryset, self.predicates(), paths, total)
