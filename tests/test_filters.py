"""Every listing parameter alone and together: OR within a parameter, AND across them."""

import pytest
from django.http import QueryDict

from practices.choices import Evaluation, Level, OrganisationKind
from practices.filters import PracticeFilter
from practices.models import Practice
from tests.factories import OrganisationFactory, PracticeFactory, country, target_group, theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices():
    ngo = OrganisationFactory(kind=OrganisationKind.NGO)
    employer = OrganisationFactory(kind=OrganisationKind.EMPLOYER)
    PracticeFactory(
        slug="se-work-women",
        countries=[country("SE")],
        themes=[theme("work-skills")],
        target_groups=[target_group("women")],
        organisations=[employer],
        evaluation=Evaluation.PROMISING,
        level=Level.LOCAL,
        start_year=2015,
        end_year=2018,
    )
    PracticeFactory(
        slug="fi-school-children",
        countries=[country("FI")],
        themes=[theme("education"), theme("language-learning")],
        target_groups=[target_group("children")],
        organisations=[ngo],
        evaluation=Evaluation.EVALUATED,
        level=Level.REGIONAL,
        start_year=2020,
        end_year=None,
    )
    PracticeFactory(
        slug="no-dk-housing",
        countries=[country("NO"), country("DK")],
        themes=[theme("housing-neighbourhoods")],
        target_groups=[target_group("refugees"), target_group("women")],
        organisations=[ngo, employer],
        evaluation=Evaluation.NONE,
        level=Level.NORDIC,
        start_year=2010,
        end_year=2012,
    )
    PracticeFactory(slug="hidden-draft", status="draft", countries=[country("SE")])


def slugs(query: str) -> set[str]:
    filterset = PracticeFilter(QueryDict(query), queryset=Practice.objects.published())
    return set(filterset.qs.values_list("slug", flat=True))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"se-work-women", "fi-school-children", "no-dk-housing"}),
        ("country=SE", {"se-work-women"}),
        ("country=DK", {"no-dk-housing"}),
        ("country=SE&country=FI", {"se-work-women", "fi-school-children"}),
        ("theme=language-learning", {"fi-school-children"}),
        ("theme=work-skills&theme=housing-neighbourhoods", {"se-work-women", "no-dk-housing"}),
        ("target_group=women", {"se-work-women", "no-dk-housing"}),
        ("organisation_kind=ngo", {"fi-school-children", "no-dk-housing"}),
        ("organisation_kind=employer&organisation_kind=ngo", {
            "se-work-women", "fi-school-children", "no-dk-housing",
        }),
        ("evaluation=promising&evaluation=evaluated", {"se-work-women", "fi-school-children"}),
        ("level=nordic", {"no-dk-housing"}),
        ("ongoing=1", {"fi-school-children"}),
        ("year_from=2016", {"se-work-women", "fi-school-children"}),
        ("year_to=2012", {"no-dk-housing"}),
        ("year_from=2011&year_to=2016", {"se-work-women", "no-dk-housing"}),
        ("year_from=2013&year_to=2014", set()),
    ],
)  # fmt: skip
def test_each_filter_alone(practices, query, expected):
    assert slugs(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("target_group=women&country=SE", {"se-work-women"}),
        ("target_group=women&organisation_kind=ngo", {"no-dk-housing"}),
        ("country=SE&country=NO&evaluation=none", {"no-dk-housing"}),
        ("country=FI&theme=work-skills", set()),
        ("organisation_kind=employer&level=local&level=nordic&year_to=2016", {
            "se-work-women", "no-dk-housing",
        }),
    ],
)  # fmt: skip
def test_filters_combine_with_and_across_parameters(practices, query, expected):
    assert slugs(query) == expected


def test_a_practice_in_two_matching_countries_is_listed_once(practices):
    filterset = PracticeFilter(
        QueryDict("country=NO&country=DK"), queryset=Practice.objects.published()
    )
    assert filterset.qs.count() == 1


def test_drafts_never_match(practices):
    assert "hidden-draft" not in slugs("country=SE")


def test_listing_page_renders_filter_checkboxes_with_counts(client, practices):
    content = client.get("/en/practices/?country=SE").content.decode()
    assert 'name="country" value="SE" data-count="1"' in content
    # Ticking Finland too would give the Swedish and the Finnish practice.
    assert 'name="country" value="FI" data-count="2"' in content
    assert 'name="theme" value="work-skills" data-count="1"' in content
    assert 'name="theme" value="education" data-count="0"' in content
    assert 'data-count="1" role="status"' in content


def test_listing_shows_active_filters_as_removable_chips(client, practices):
    content = client.get("/en/practices/?country=SE&theme=work-skills").content.decode()
    assert 'href="/en/practices/?theme=work-skills"' in content  # remove Sweden
    assert 'href="/en/practices/?country=SE"' in content  # remove the theme
    assert "Clear all filters" in content


def test_pagination_links_keep_the_filters(client):
    for index in range(25):
        PracticeFactory(slug=f"p{index}", countries=[country("IS")])
    content = client.get("/en/practices/?country=IS").content.decode()
    assert 'href="?country=IS&amp;page=2"' in content


def test_empty_result_suggests_the_filter_whose_removal_finds_most(client, practices):
    # Without the level: 2 practices (SE, DK); without the countries: 1 (the regional one).
    content = client.get("/en/practices/?country=SE&country=DK&level=regional").content.decode()
    assert 'data-count="0" role="status"' in content
    assert "Try removing the filter “Regional”:" in content
    assert '<a href="/en/practices/?country=SE&amp;country=DK">show 2 practices</a>' in content


def test_empty_result_removes_a_parameter_with_several_values_as_a_whole(client, practices):
    # Removing only Finland or only Iceland would still find nothing; both together find one.
    query = "country=IS&country=FI&level=nordic&evaluation=none"
    content = client.get(f"/en/practices/?{query}").content.decode()
    assert "Try removing the filter “Finland, Iceland”:" in content
    assert '<a href="/en/practices/?level=nordic&amp;evaluation=none">show 1 practice</a>' in (
        content
    )


def test_empty_search_suggests_removing_the_search_term_and_counts_no_drafts(client, practices):
    content = client.get("/en/practices/?q=zzzzqqxx").content.decode()
    assert "Try removing the filter “zzzzqqxx”:" in content
    assert '<a href="/en/practices/?">show 3 practices</a>' in content


def test_search_that_finds_nothing_is_the_filter_to_remove(client, practices):
    content = client.get("/en/practices/?q=zzzzqqxx&country=SE").content.decode()
    assert "Try removing the filter “zzzzqqxx”:" in content
    assert '<a href="/en/practices/?country=SE">show 1 practice</a>' in content


def test_empty_result_says_so_when_no_single_removal_helps(client, practices):
    content = client.get("/en/practices/?q=zzzzqqxx&country=IS").content.decode()
    assert "Try removing the filter" not in content
    assert "Removing any one filter still finds nothing." in content


def test_sort_by_title_uses_the_reader_language(client):
    PracticeFactory(slug="b", title_en="Bicycle school", title_sv="Cykelskola")
    PracticeFactory(slug="a", title_en="Allotment gardens", title_sv="Ödlor och odlingslotter")
    english = client.get("/en/practices/?sort=title").content.decode()
    assert english.index('data-slug="a"') < english.index('data-slug="b"')
    swedish = client.get("/sv/practices/?sort=title").content.decode()
    # Ö sorts after C in Swedish.
    assert swedish.index('data-slug="b"') < swedish.index('data-slug="a"')
