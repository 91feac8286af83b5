"""Bad input to the listing: never a 500; ignored with a visible notice, or a 404 for pages."""

import pytest

from tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db

NOTICE = "were not recognised and have been ignored"


@pytest.fixture(autouse=True)
def some_practices(db):
    for index in range(3):
        PracticeFactory(slug=f"practice-{index}")


@pytest.mark.parametrize(
    "query",
    [
        "country=ZZ",
        "country=se",
        "theme=no-such-theme",
        "target_group=%3Cb%3E",
        "organisation_kind=pirates",
        "evaluation=excellent",
        "level=galactic",
        "ongoing=yes",
        "year_from=abc",
        "year_to=1e9",
        "year_from=99999999999999999999999",
        "year_to=-5",
        "sort=random",
        "sort=title&sort=bogus",
        "q=%00",
        "country=%00",
        "year_from=%C0%AF",
    ],
)
def test_bad_values_are_ignored_with_a_notice(client, query):
    response = client.get(f"/en/practices/?{query}")
    assert response.status_code == 200
    content = response.content.decode()
    assert NOTICE in content
    assert 'data-count="3" role="status"' in content


@pytest.mark.parametrize(
    "query",
    [
        "q=" + "x" * 10_000,
        "q=%22unbalanced",
        "q=-",
        "q=or or or",
        "q=%27%3B DROP TABLE practices_practice;--",
        "q=" + "%E2%80%8B" * 50,
        "country=SE&country=SE&country=SE",
        "unknown=1",
        "q=%F0%9F%A6%8A",
        "q=a%26b%7Cc%21d",
        "q=(((",
        "q=\\",
    ],
)
def test_odd_but_valid_input_never_errors(client, query):
    response = client.get(f"/en/practices/?{query}")
    assert response.status_code == 200


def test_search_input_is_cut_to_200_characters(client):
    response = client.get("/en/practices/", {"q": "bostad " * 2000})
    assert response.status_code == 200
    assert len(response.context["search_query"]) <= 200


@pytest.mark.parametrize("page", ["2", "abc", "0", "-1", "9" * 30, "1.5"])
def test_page_past_the_end_or_malformed_is_404(client, page):
    assert client.get(f"/en/practices/?page={page}").status_code == 404


def test_repeated_page_parameter_uses_the_last_and_does_not_error(client):
    assert client.get("/en/practices/?page=1&page=1").status_code == 200
