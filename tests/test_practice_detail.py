"""/<lang>/practices/<slug>/ — one practice, and 404 for anything not public."""

from datetime import timedelta

import pytest
from django.utils import timezone

from practices.choices import Status
from practices.models import PracticeAttachment, PracticeImage, PracticeLink
from tests.factories import OrganisationFactory, PracticeFactory, country, target_group, theme

pytestmark = pytest.mark.django_db


def make_full_practice():
    organisation = OrganisationFactory(name="Föreningen Brobyggarna", website="https://b.example")
    practice = PracticeFactory(
        slug="job-mentors-umea",
        title_en="Job mentors for women in Umeå",
        title_sv="Jobbmentorer för kvinnor i Umeå",
        summary_en="Volunteer mentors help newly arrived women into work.",
        description_en="Mentors meet each participant weekly.\n\nThey visit workplaces together.",
        results_en="Of 64 participants, 29 were in work after a year.",
        lessons_en="Recruit mentors through the trade unions.",
        costs_en="0.5 FTE coordinator; SEK 400,000 a year.",
        contact_name="Anna Lindqvist",
        contact_email="anna@b.example",
        municipality="Umeå",
        start_year=2019,
        end_year=None,
        evaluation="promising",
        countries=[country("SE")],
        themes=[theme("work-skills"), theme("equality-anti-discrimination")],
        target_groups=[target_group("women"), target_group("refugees")],
        organisations=[organisation],
    )
    PracticeLink.objects.create(
        practice=practice, title_en="Final report", url="https://b.example/r"
    )
    return practice


def test_detail_shows_the_whole_practice(client):
    make_full_practice()
    response = client.get("/en/practices/job-mentors-umea/")
    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        "<h1",
        "Job mentors for women in Umeå",
        "Volunteer mentors help newly arrived women into work.",
        "<p>Mentors meet each participant weekly.</p>",
        "Of 64 participants, 29 were in work after a year.",
        "Recruit mentors through the trade unions.",
        "SEK 400,000 a year.",
        "Anna Lindqvist",
        "mailto:anna@b.example",
        "Föreningen Brobyggarna",
        "Promising",
        "Since 2019 (ongoing)",
        "Equality and anti-discrimination",
        "Women",
        "Final report",
    ]:
        assert text in content, text


def test_detail_in_swedish_uses_swedish_title_and_vocabulary(client):
    make_full_practice()
    content = client.get("/sv/practices/job-mentors-umea/").content.decode()
    assert "Jobbmentorer för kvinnor i Umeå" in content
    assert "Arbete och kompetens" in content
    # The description exists only in English: marked with its own language.
    assert '<div class="prose" lang="en">' in content


def test_detail_of_unknown_slug_is_404(client):
    assert client.get("/en/practices/no-such-practice/").status_code == 404


@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW, Status.ARCHIVED])
def test_detail_of_non_public_practice_is_404_for_anonymous_users(client, status):
    PracticeFactory(slug="hidden", status=status)
    assert client.get("/en/practices/hidden/").status_code == 404


def test_detail_of_scheduled_practice_is_404_until_its_time(client):
    practice = PracticeFactory(slug="soon", published_at=timezone.now() + timedelta(minutes=5))
    assert client.get("/en/practices/soon/").status_code == 404
    practice.published_at = timezone.now() - timedelta(minutes=1)
    practice.save()
    assert client.get("/en/practices/soon/").status_code == 200


def test_detail_language_switcher_points_to_the_same_practice(client):
    make_full_practice()
    content = client.get("/en/practices/job-mentors-umea/").content.decode()
    assert 'href="/fi/practices/job-mentors-umea/" hreflang="fi" lang="fi"' in content
    assert ">Suomi</a>" in content and ">Íslenska</a>" in content


def test_detail_query_count_is_fixed(client, django_assert_num_queries):
    make_full_practice()
    # practice (with whether it has links, attachments, images), its countries, themes and
    # target groups (one query over the link tables), organisations, and its links: it has
    # no attachments or images to read. The first request also reads the demo flag and the
    # three vocabularies, which later pages find cached.
    with django_assert_num_queries(8):
        client.get("/en/practices/job-mentors-umea/")
    with django_assert_num_queries(4):
        content = client.get("/en/practices/job-mentors-umea/").content.decode()
    assert "Sweden" in content


def test_detail_shows_attachments_and_images_reading_only_what_it_has(
    client, django_assert_num_queries
):
    practice = make_full_practice()
    PracticeAttachment.objects.create(
        practice=practice,
        title_en="Evaluation report",
        file="attachments/2024/utvardering.pdf",
        language="sv",
    )
    PracticeImage.objects.create(
        practice=practice,
        image="practices/2024/mentors.jpg",
        alt_text_en="Two mentors and a participant at a workplace visit",
        caption_en="A workplace visit in Umeå",
    )
    client.get("/en/practices/job-mentors-umea/")
    # as in the test above, and one query each for the attachments and the images
    with django_assert_num_queries(6):
        content = client.get("/en/practices/job-mentors-umea/").content.decode()
    assert 'href="/media/attachments/2024/utvardering.pdf" hreflang="sv">Evaluation report' in (
        content
    )
    assert 'src="/media/practices/2024/mentors.jpg"' in content
    assert 'alt="Two mentors and a participant at a workplace visit"' in content
    assert "<figcaption>A workplace visit in Umeå</figcaption>" in content
    assert "Final report" in content


def test_detail_without_links_has_no_more_information_section(client):
    PracticeFactory(slug="plain", title_en="Plain practice")
    content = client.get("/en/practices/plain/").content.decode()
    assert 'id="h-links"' not in content
    assert "<figure" not in content


@pytest.mark.parametrize(
    ("reader", "note"),
    [
        ("sv", "Textens språk: norskt bokmål"),
        ("fi", "kirjanorja"),
    ],
)
def test_fallback_note_names_the_language_in_the_reader_language(client, reader, note):
    PracticeFactory(
        slug="bokmal-only",
        original_language="nb",
        title_en="",
        summary_en="",
        description_en="",
        title_nb="Leksehjelp",
        summary_nb="Frivillige hjelper elever med lekser.",
        description_nb="Tekst.",
    )
    content = client.get(f"/{reader}/practices/bokmal-only/").content.decode()
    assert note in content
