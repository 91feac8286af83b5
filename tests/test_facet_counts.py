"""Facet counts never lie: each equals the result count after actually ticking that option."""

import random

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from practices.choices import Evaluation, Level, OrganisationKind
from practices.filters import FACETS, PracticeFilter
from practices.listing import build_facets
from practices.models import Practice
from tests.factories import OrganisationFactory, PracticeFactory, country, target_group, theme

pytestmark = pytest.mark.django_db

COUNTRIES = ["DK", "FI", "IS", "NO", "SE"]
THEMES = ["work-skills", "education", "language-learning", "housing-neighbourhoods"]
GROUPS = ["women", "children", "refugees"]
KINDS = [OrganisationKind.NGO, OrganisationKind.EMPLOYER, OrganisationKind.MUNICIPALITY]
VALUES = {
    "country": COUNTRIES,
    "theme": THEMES,
    "target_group": GROUPS,
    "organisation_kind": [str(kind) for kind in KINDS],
    "evaluation": Evaluation.values,
    "level": Level.values,
}


@pytest.fixture
def collection(db):
    rng = random.Random(20261125)
    organisations = [OrganisationFactory(kind=kind) for kind in KINDS]
    for index in range(30):
        start = rng.randint(2008, 2024)
        PracticeFactory(
            slug=f"practice-{index}",
            countries=[country(c) for c in rng.sample(COUNTRIES, rng.randint(1, 2))],
            themes=[theme(t) for t in rng.sample(THEMES, rng.randint(1, 3))],
            target_groups=[target_group(g) for g in rng.sample(GROUPS, rng.randint(0, 2))],
            organisations=rng.sample(organisations, rng.randint(0, 2)),
            evaluation=rng.choice(Evaluation.values),
            level=rng.choice(Level.values),
            start_year=start,
            end_year=rng.choice([None, start + rng.randint(0, 5)]),
        )
    PracticeFactory(slug="draft", status="draft", countries=[country("SE")])


def result_count(query: QueryDict) -> int:
    return PracticeFilter(query, queryset=Practice.objects.published()).qs.count()


selections = st.fixed_dictionaries(
    {
        facet: st.lists(st.sampled_from(values), max_size=2, unique=True)
        for facet, values in VALUES.items()
    }
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(selection=selections, ongoing=st.booleans(), facet=st.sampled_from(FACETS))
def test_every_option_count_equals_the_count_with_that_option_ticked(
    collection, selection, ongoing, facet
):
    query = QueryDict(mutable=True)
    for name, values in selection.items():
        query.setlist(name, values)
    if ongoing:
        query["ongoing"] = "1"
    filterset = PracticeFilter(query, queryset=Practice.objects.published())
    counts = filterset.counts()
    assert counts.total == filterset.qs.count()
    facets = {f.name: f for f in build_facets(filterset, counts)}
    for option in facets[facet].options:
        toggled = query.copy()
        if option.value not in toggled.getlist(facet):
            toggled.appendlist(facet, option.value)
        assert option.count == result_count(toggled), (facet, option.value, dict(query.lists()))


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    selection=selections,
    ongoing=st.booleans(),
    year_from=st.sampled_from([None, 2012, 2020]),
    q=st.sampled_from([None, "language", "zzzzqqxx"]),
)
def test_counts_without_each_parameter_equal_the_count_without_it(
    collection, selection, ongoing, year_from, q
):
    """What the empty state offers: the results that removing one parameter brings back."""
    query = QueryDict(mutable=True)
    for name, values in selection.items():
        query.setlist(name, values)
    if ongoing:
        query["ongoing"] = "1"
    if year_from:
        query["year_from"] = str(year_from)
    if q:
        query["q"] = q
    filterset = PracticeFilter(query, queryset=Practice.objects.published())
    without = filterset.counts_without_each()
    assert set(without) == set(filterset.predicates())
    for name, count in without.items():
        removed = query.copy()
        removed.pop(name)
        assert count == result_count(removed), (name, dict(query.lists()))


def test_counts_agree_with_the_result_count_for_ticked_options(collection):
    query = QueryDict("country=SE&country=FI&evaluation=documented")
    filterset = PracticeFilter(query, queryset=Practice.objects.published())
    total = filterset.qs.count()
    assert total > 0
    for facet in build_facets(filterset, filterset.counts()):
        for option in facet.options:
            if option.selected:
                assert option.count == total


@pytest.mark.parametrize(
    "query",
    [
        "",
        "country=SE",
        "country=SE&theme=education&theme=work-skills&level=local",
        "&".join(f"{name}={value}" for name, values in VALUES.items() for value in values)
        + "&ongoing=1&year_from=2010&year_to=2020",
    ],
)
def test_facet_query_count_does_not_grow_with_choices(collection, query, django_assert_num_queries):
    # Three vocabularies, the next scheduled publication, then every count in one query.
    with django_assert_num_queries(5):
        filterset = PracticeFilter(QueryDict(query), queryset=Practice.objects.published())
        build_facets(filterset, filterset.counts())
