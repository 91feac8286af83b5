"""Search: stemming in every language, trigram help, ranking, snippets, and escaping."""

import pytest

from tests.factories import OrganisationFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def found(client, query: str, language: str = "en") -> list[str]:
    content = client.get(f"/{language}/practices/", {"q": query}).content.decode()
    slugs = []
    for part in content.split('data-slug="')[1:]:
        slugs.append(part.split('"', 1)[0])
    return slugs


def practice(slug: str, language: str, title: str, summary: str = "", **extra):
    fields = {
        "slug": slug,
        "original_language": language,
        "title_en": title if language == "en" else "",
        "summary_en": summary if language == "en" else "",
        "description_en": "",
        "results_en": "",
        f"title_{language}": title,
        f"summary_{language}": summary or title,
        f"description_{language}": extra.pop("description", "Text."),
    }
    return PracticeFactory(**fields, **extra)


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("language", "text", "query"),
    [
        ("sv", "Integration genom idrott", "integrationen"),
        ("da", "Nye boliger til flygtninge", "bolig"),
        ("da", "Ny bolig til flygtninge", "boliger"),
        ("nb", "Boliger for bosatte flyktninger", "bolig"),
        ("fi", "Asunnot pakolaisperheille", "asunnoissa"),
        ("en", "Mentoring for teachers", "teacher"),
    ],
)
def test_full_text_search_finds_inflected_forms(client, language, text, query):
    practice("hit", language, text)
    practice("miss", language, "Something else entirely")
    assert found(client, query, language) == ["hit"]


@pytest.mark.postgres
def test_trigram_finds_bostad_for_bostader_even_when_full_text_finds_others(client):
    practice("stem", "sv", "Nya bostäder för nyanlända")
    practice("vowel-change", "sv", "En bostad för varje familj")
    practice("miss", "sv", "Läxhjälp på biblioteket")
    assert set(found(client, "bostäder", "sv")) == {"stem", "vowel-change"}


@pytest.mark.postgres
def test_trigram_finds_asunto_for_asunnot(client):
    practice("gradation", "fi", "Ensimmäinen oma asunto")
    practice("miss", "fi", "Kielikahvila kirjastossa")
    assert found(client, "asunnot", "fi") == ["gradation"]


@pytest.mark.postgres
def test_search_tolerates_typos(client):
    practice("hit", "en", "Integration through football")
    assert found(client, "integation") == ["hit"]


@pytest.mark.postgres
def test_short_words_are_not_stretched_to_words_sharing_a_few_letters(client):
    # "café" has as many trigrams in common with "car" as word_similarity 0.4 asks for;
    # words under five letters are therefore left to full text.
    practice("cafe", "en", "Language café at the library")
    practice("car", "en", "Car sharing for families")
    assert found(client, "café") == ["cafe"]


@pytest.mark.postgres
def test_every_word_stays_required_when_trigrams_help(client):
    # Trigrams look only at words of five letters or more; the shorter ones must still
    # be there, by full text or among the title's words.
    practice("cafe", "en", "Language café at the library")
    practice("course", "en", "Language course for adults")
    practice("jobs", "en", "Job mentors in Umeå")
    practice("mentors", "en", "Mentors for young people")
    assert found(client, "language café") == ["cafe"]
    assert found(client, "languge café") == ["cafe"]
    assert found(client, "job mentrs") == ["jobs"]
    assert set(found(client, "mentrs")) == {"jobs", "mentors"}


@pytest.mark.postgres
def test_typos_find_words_of_a_title_changed_after_creation(client):
    # The word table is filled by triggers on insert and on update (migration 0009).
    changed = practice("changed", "en", "Homework help")
    changed.title_en = "Bicycle workshop for women"
    changed.save()
    assert found(client, "bicyle") == ["changed"]
    assert found(client, "homwork") == []


@pytest.mark.postgres
def test_typos_find_an_organisation_under_its_new_name(client):
    organisation = OrganisationFactory(name="Föreningen Brobyggarna")
    practice("org", "en", "Homework help", organisations=[organisation])
    organisation.name = "Kulturföreningen Regnbågen"
    organisation.save()
    assert found(client, "regnbagen") == ["org"]


@pytest.mark.postgres
def test_search_finds_organisation_and_place_names(client):
    organisation = OrganisationFactory(name="Föreningen Brobyggarna")
    practice("org", "en", "Homework help", organisations=[organisation])
    practice("place", "en", "Bicycle school", municipality="Sønderborg")
    practice("miss", "en", "Night school")
    assert found(client, "brobyggarna") == ["org"]
    assert found(client, "Sønderborg") == ["place"]


@pytest.mark.postgres
def test_title_hit_ranks_above_body_hit(client):
    practice("body", "en", "Evening classes", description="Volunteers also run a choir.")
    practice("title", "en", "A community choir for newcomers")
    assert found(client, "choir")[:2] == ["title", "body"]


@pytest.mark.postgres
def test_reader_language_hits_rank_above_fallback_language_hits(client):
    practice("english", "en", "Football for girls", "Football training for girls.")
    practice("swedish", "sv", "Fotboll för tjejer", "Fotbollsträning för tjejer och fotboll.")
    assert found(client, "fotboll or football", "sv")[0] == "swedish"
    assert found(client, "fotboll or football", "en")[0] == "english"


@pytest.mark.postgres
def test_websearch_syntax_excludes_words(client):
    practice("both", "en", "Language café and choir")
    practice("cafe", "en", "Language café")
    assert found(client, "language -choir") == ["cafe"]


@pytest.mark.postgres
def test_search_results_show_highlighted_snippets(client):
    practice("hit", "en", "Mentors", "Volunteer mentors meet newly arrived women every week.")
    content = client.get("/en/practices/", {"q": "mentors"}).content.decode()
    assert "<mark>mentors</mark>" in content


@pytest.mark.sqlite
def test_sqlite_search_folds_case_and_accents(client):
    practice("hit", "sv", "Nya BOSTÄDER i Malmö")
    practice("miss", "sv", "Läxhjälp")
    assert found(client, "bostader malmo", "sv") == ["hit"]


def test_search_finds_a_practice_written_only_in_another_language(client):
    practice("swedish-only", "sv", "Språkcafé på biblioteket")
    assert found(client, "språkcafé", "da") == ["swedish-only"]


def test_search_term_is_escaped_in_the_page(client):
    content = client.get("/en/practices/", {"q": '<script>alert("x")</script>'}).content.decode()
    assert '<script>alert("x")</script>' not in content
    assert "&lt;script&gt;" in content


def test_relevance_is_the_default_sort_with_a_query(client):
    response = client.get("/en/practices/", {"q": "anything"})
    assert 'value="relevance" selected' in response.content.decode()


@pytest.mark.postgres
def test_matched_vectors_are_stored_in_the_row():
    # Migration 0011: read from TOAST, a broad search took twice as long (docs/performance.md).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid = "
            "'practices_practice'::regclass AND attname IN ('search_all', 'search_words')"
        )
        assert dict(cursor.fetchall()) == {"search_all": "m", "search_words": "m"}
