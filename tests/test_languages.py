"""Seven languages: redirects by Accept-Language, switching, hreflang, fallback with notes."""

import pytest

from tests.factories import PracticeFactory
from tests.test_practice_list import LISTING_QUERIES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("sv-SE,sv;q=0.9,en;q=0.8", "/sv/"),
        ("da-DK", "/da/"),
        ("nb-NO,nb;q=0.9", "/nb/"),
        ("nn-NO,nn;q=0.9,nb;q=0.8", "/nn/"),
        ("no", "/nb/"),
        ("no-NO,no;q=0.9", "/nb/"),
        ("fi-FI,fi;q=0.9,sv;q=0.5", "/fi/"),
        ("sv-FI", "/sv/"),
        ("is-IS", "/is/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("nonsense;;;q=abc", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, header, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_a_junk_language_cookie_is_ignored(client):
    client.cookies["django_language"] = "xx<script>"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fi")
    assert response["Location"] == "/fi/"


@pytest.mark.parametrize("path", ["/de/", "/xx/practices/", "/no/", "/zz-top/organisations/"])
def test_unknown_language_prefix_is_a_404_in_english(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_404_under_a_known_prefix_is_in_that_language(client):
    response = client.get("/fi/practices/no-such-practice/")
    assert response.status_code == 404
    assert '<html lang="fi">' in response.content.decode()


@pytest.mark.parametrize(
    ("language", "practices_label", "organisations_label"),
    [
        ("en", "Practices", "Organisations"),
        ("sv", "Metoder", "Organisationer"),
        ("da", "Metoder", "Organisationer"),
        ("nb", "Metoder", "Organisasjoner"),
        ("nn", "Metodar", "Organisasjonar"),
        ("fi", "Menetelmät", "Organisaatiot"),
        ("is", "Aðferðir", "Aðilar"),
    ],
)
def test_each_language_home_shows_translated_navigation(
    client, language, practices_label, organisations_label
):
    content = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}">' in content
    assert f">{practices_label}</a>" in content
    assert f">{organisations_label}</a>" in content


def test_language_switcher_keeps_the_query_string(client):
    content = client.get("/en/practices/?country=SE&theme=education&q=homework").content.decode()
    assert 'href="/fi/practices/?country=SE&amp;theme=education&amp;q=homework"' in content
    assert 'lang="is">Íslenska</a>' in content
    assert 'lang="nn">Norsk nynorsk</a>' in content


def test_hreflang_alternates_point_to_the_same_page_in_every_language(client):
    PracticeFactory(slug="language-cafe")
    content = client.get("/sv/practices/language-cafe/").content.decode()
    for code in ["en", "sv", "da", "nb", "nn", "fi", "is"]:
        assert (
            f'<link rel="alternate" hreflang="{code}" '
            f'href="http://testserver/{code}/practices/language-cafe/">'
        ) in content
    assert (
        '<link rel="alternate" hreflang="x-default" '
        'href="http://testserver/en/practices/language-cafe/">'
    ) in content


@pytest.fixture
def swedish_only():
    return PracticeFactory(
        slug="swedish-only",
        original_language="sv",
        title_en="",
        summary_en="",
        description_en="",
        results_en="",
        title_sv="Läxhjälp i Gävle",
        summary_sv="Frivilliga hjälper nyanlända elever med läxor.",
        description_sv="Två kvällar i veckan på biblioteket.",
    )


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("da", "svensk"),
        ("fi", "ruotsi"),
        ("en", "Language of this text: Swedish"),
    ],
)
def test_swedish_only_practice_shows_with_lang_and_note(client, swedish_only, language, note):
    content = client.get(f"/{language}/practices/swedish-only/").content.decode()
    assert '<h1 id="practice-title" lang="sv">Läxhjälp i Gävle</h1>' in content
    assert '<div class="prose" lang="sv">' in content
    assert note in content


def test_swedish_only_practice_is_listed_found_and_sorted_by_its_title_on_danish(
    client, swedish_only
):
    PracticeFactory(slug="danish", title_en="X", title_da="Boligrådgivning", original_language="da")
    listed = client.get("/da/practices/?sort=title").content.decode()
    # "Boligrådgivning" < "Läxhjälp i Gävle", whatever the English titles say.
    assert listed.index('data-slug="danish"') < listed.index('data-slug="swedish-only"')
    assert 'lang="sv">Läxhjälp i Gävle</a>' in listed
    found = client.get("/da/practices/", {"q": "läxhjälp"}).content.decode()
    assert 'data-slug="swedish-only"' in found


def test_fallback_adds_no_queries(client, swedish_only, django_assert_num_queries):
    PracticeFactory(slug="english")
    with django_assert_num_queries(LISTING_QUERIES):
        client.get("/fi/practices/")
