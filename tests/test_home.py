"""/<lang>/ — themes and countries with counts, featured and newest practices."""

from datetime import timedelta

import pytest
from django.utils import timezone

from practices.choices import Status
from tests.factories import PracticeFactory, country, theme

pytestmark = pytest.mark.django_db


def test_root_redirects_by_accept_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fi-FI,fi;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


def test_root_redirects_to_english_without_a_known_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response["Location"] == "/en/"


def test_home_shows_public_practices_and_counts(client):
    PracticeFactory(title_en="Job mentors for women in Umeå", themes=[theme("work-skills")])
    PracticeFactory(title_en="Secret draft", status=Status.DRAFT, themes=[theme("work-skills")])
    response = client.get("/en/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Job mentors for women in Umeå" in content
    assert "Secret draft" not in content
    work = next(t for t in response.context["themes"] if t.slug == "work-skills")
    sweden = next(c for c in response.context["countries"] if c.code == "SE")
    assert (work.practice_count, sweden.practice_count) == (1, 1)
    assert response.context["total"] == 1


def test_home_lists_every_theme_and_country_in_the_reader_language(client):
    response = client.get("/sv/")
    content = response.content.decode()
    assert '<html lang="sv">' in content
    assert "Mottagande och etablering" in content
    assert "Färöarna" in content


def test_home_shows_featured_practices(client):
    PracticeFactory(title_en="Sports club for newcomers in Kiruna", featured=True)
    response = client.get("/en/")
    assert [p.title_en for p in response.context["featured"]] == [
        "Sports club for newcomers in Kiruna"
    ]


def test_home_hides_scheduled_practices(client):
    PracticeFactory(
        title_en="Not yet", published_at=timezone.now() + timedelta(days=2), featured=True
    )
    content = client.get("/en/").content.decode()
    assert "Not yet" not in content


def test_home_query_count_is_fixed(client, django_assert_num_queries):
    for index in range(8):
        PracticeFactory(
            featured=index < 3,
            countries=[country("SE"), country("FI")],
            themes=[theme("work-skills"), theme("education")],
        )
    # demo flag; themes, countries, total, next scheduled publication (cached together);
    # featured; newest; for the cards, the country and theme vocabularies and their links
    with django_assert_num_queries(10):
        response = client.get("/en/")
    assert response.status_code == 200
    # The counts, the vocabularies and the demo flag come from the cache on the next
    # request: featured, newest and the cards' links remain.
    with django_assert_num_queries(3):
        client.get("/en/")


def test_every_public_page_has_hreflang_alternates(client):
    content = client.get("/da/").content.decode()
    for code in ["en", "sv", "da", "nb", "nn", "fi", "is", "x-default"]:
        assert f'hreflang="{code}"' in content
    assert 'rel="alternate" hreflang="nn" href="http://testserver/nn/"' in content


def test_unknown_language_prefix_is_404(client):
    assert client.get("/de/").status_code == 404
    assert client.get("/xx/practices/").status_code == 404


def test_home_has_a_search_box_and_tiles_linking_into_the_listing(client):
    PracticeFactory(themes=[theme("education")], countries=[country("IS")])
    content = client.get("/en/").content.decode()
    assert 'action="/en/practices/"' in content and 'name="q"' in content
    assert 'href="/en/practices/?theme=education"' in content
    assert 'href="/en/practices/?country=IS"' in content
    assert "1 practice<" in content
