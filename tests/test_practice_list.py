"""/<lang>/practices/ — the paginated listing of public practices."""

from datetime import timedelta

import pytest
from django.utils import timezone

from practices.choices import Status
from tests.factories import OrganisationFactory, PracticeFactory, country, theme

pytestmark = pytest.mark.django_db


def test_listing_shows_public_practices_with_markup_hooks(client):
    PracticeFactory(slug="language-cafe-gavle", title_en="Language café at the library")
    response = client.get("/en/practices/")
    content = response.content.decode()
    assert response.status_code == 200
    assert 'id="result-count" data-count="1"' in content
    assert 'data-slug="language-cafe-gavle"' in content
    assert "Language café at the library" in content


@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW, Status.ARCHIVED])
def test_listing_hides_non_public_practices_from_anonymous_users(client, status):
    PracticeFactory(slug="visible")
    PracticeFactory(slug="hidden", status=status)
    content = client.get("/en/practices/").content.decode()
    assert 'data-count="1"' in content
    assert 'data-slug="hidden"' not in content


def test_listing_hides_scheduled_practices(client):
    PracticeFactory(slug="scheduled", published_at=timezone.now() + timedelta(days=1))
    content = client.get("/en/practices/").content.decode()
    assert 'data-count="0"' in content
    assert "scheduled" not in content


def test_listing_counts_all_pages_and_paginates(client):
    for index in range(25):
        PracticeFactory(slug=f"practice-{index}")
    first = client.get("/en/practices/").content.decode()
    assert 'data-count="25"' in first
    assert first.count("data-slug=") == 20
    second = client.get("/en/practices/?page=2").content.decode()
    assert second.count("data-slug=") == 5
    assert 'data-count="25"' in second


@pytest.mark.parametrize("page", ["3", "abc", "0", "-1", "9" * 30])
def test_listing_page_out_of_range_or_malformed_is_404_not_500(client, page):
    PracticeFactory()
    assert client.get(f"/en/practices/?page={page}").status_code == 404


def test_listing_newest_first(client):
    now = timezone.now()
    PracticeFactory(slug="older", published_at=now - timedelta(days=10))
    PracticeFactory(slug="newer", published_at=now - timedelta(days=1))
    content = client.get("/en/practices/").content.decode()
    assert content.index('data-slug="newer"') < content.index('data-slug="older"')


def test_listing_filters_by_theme_and_country_from_home_links(client):
    PracticeFactory(slug="work-se", themes=[theme("work-skills")], countries=[country("SE")])
    PracticeFactory(slug="school-fi", themes=[theme("education")], countries=[country("FI")])
    content = client.get("/en/practices/?theme=education").content.decode()
    assert 'data-count="1"' in content and 'data-slug="school-fi"' in content
    content = client.get("/en/practices/?country=SE&country=FI").content.decode()
    assert 'data-count="2"' in content


def test_listing_ignores_unknown_filter_values_with_a_visible_notice(client):
    PracticeFactory()
    response = client.get("/en/practices/?theme=no-such-theme&country=ZZ")
    assert response.status_code == 200
    content = response.content.decode()
    assert "were not recognised and have been ignored" in content
    assert 'data-count="1"' in content


def test_listing_shows_fallback_title_with_its_own_lang_attribute(client):
    PracticeFactory(
        slug="only-swedish",
        original_language="sv",
        title_en="",
        summary_en="",
        title_sv="Läxhjälp på biblioteket",
        summary_sv="Frivilliga hjälper nyanlända elever med läxor.",
    )
    content = client.get("/en/practices/").content.decode()
    assert 'lang="sv">Läxhjälp på biblioteket</a>' in content
    assert "Language of this text: Swedish" in content


def make_listed_practices(count: int) -> None:
    organisation = OrganisationFactory()
    for _index in range(count):
        PracticeFactory(
            countries=[country("SE"), country("NO"), country("DK")],
            themes=[theme("work-skills"), theme("education"), theme("health-wellbeing")],
            organisations=[organisation],
        )


# demo flag; countries, themes, target groups; next scheduled publication (for the cache);
# the result count with every facet count; page; the cards' countries and themes
LISTING_QUERIES = 8


def test_listing_query_count_with_twenty_results(client, django_assert_num_queries):
    make_listed_practices(20)
    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get("/en/practices/?country=SE&theme=work-skills&level=local")
    assert response.content.decode().count("data-slug=") == 20


def test_listing_query_count_with_one_result(client, django_assert_num_queries):
    make_listed_practices(1)
    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get("/en/practices/?country=SE&theme=work-skills&level=local")
    assert response.content.decode().count("data-slug=") == 1


def test_empty_listing_query_count(client, django_assert_num_queries):
    make_listed_practices(3)
    url = "/en/practices/?country=SE&theme=work-skills&level=regional"
    # No page or cards to read; what removing each facet would find comes with the counts.
    with django_assert_num_queries(LISTING_QUERIES - 2):
        response = client.get(url)
    assert "show 3 practices" in response.content.decode()
    with django_assert_num_queries(0):
        client.get(url)


def test_empty_listing_with_a_period_counts_its_removal_in_one_more_query(
    client, django_assert_num_queries
):
    make_listed_practices(3)
    url = "/en/practices/?country=SE&year_to=1990&ongoing=1"
    with django_assert_num_queries(LISTING_QUERIES - 1):
        response = client.get(url)
    assert "Try removing the filter “Until 1990”:" in response.content.decode()
