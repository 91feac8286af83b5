"""`load_demo`: realistic content over every country and theme, and safe to run again."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from practices.choices import Status
from practices.demo import PRACTICE_TEXT_FIELDS, read_files
from practices.models import Country, Organisation, Practice, TargetGroup, Theme
from practices.translation_status import filled_languages

pytestmark = [pytest.mark.django_db, pytest.mark.once]


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def test_demo_has_at_least_40_public_practices_and_25_organisations(demo):
    assert Practice.objects.published().count() >= 40
    assert Organisation.objects.count() >= 25


def test_demo_covers_every_country_theme_and_most_target_groups(demo):
    public = Practice.objects.published()
    assert set(Country.objects.filter(practices__in=public).values_list("code", flat=True)) == set(
        Country.objects.values_list("code", flat=True)
    )
    assert Theme.objects.filter(practices__in=public).distinct().count() == 15
    assert TargetGroup.objects.filter(practices__in=public).distinct().count() >= 14
    assert set(Organisation.objects.values_list("country__code", flat=True)) >= {
        "DK", "FI", "IS", "NO", "SE",
    }  # fmt: skip


def test_demo_has_drafts_and_a_practice_scheduled_for_the_future(demo):
    assert Practice.objects.filter(status=Status.DRAFT).exists()
    assert Practice.objects.filter(
        status=Status.PUBLISHED, published_at__gt=timezone.now()
    ).exists()


def test_demo_practices_are_written_in_english_and_their_original_language(demo):
    for practice in Practice.objects.all():
        for field in PRACTICE_TEXT_FIELDS:
            for language in {"en", practice.original_language}:
                assert getattr(practice, f"{field}_{language}"), (practice.slug, field, language)


def test_demo_uses_original_languages_other_than_english(demo):
    languages = set(Practice.objects.values_list("original_language", flat=True))
    assert {"sv", "da", "nb", "nn", "fi", "is"} <= languages


def test_some_demo_practices_have_more_than_two_languages(demo):
    assert sum(len(filled_languages(p)) > 2 for p in Practice.objects.all()) >= 3


def test_demo_summaries_fit_300_characters_in_every_language():
    for item in read_files()["practices"]:
        for language, text in item["summary"].items():
            assert len(text) <= 300, (item["slug"], language, len(text))


def test_load_demo_is_idempotent(demo):
    before = (
        Practice.objects.count(),
        Organisation.objects.count(),
        list(Practice.objects.order_by("slug").values_list("slug", "published_at")),
    )
    call_command("load_demo", verbosity=0)
    after = (
        Practice.objects.count(),
        Organisation.objects.count(),
        list(Practice.objects.order_by("slug").values_list("slug", "published_at")),
    )
    assert before == after


def test_footer_says_the_content_is_demonstration_data_while_loaded(client, demo):
    assert 'id="demo-notice"' in client.get("/en/").content.decode()


def test_footer_has_no_demo_notice_without_demo_content(client):
    assert 'id="demo-notice"' not in client.get("/en/").content.decode()


def test_a_handful_of_demo_practices_are_complete_in_all_seven_languages(demo):
    complete = [
        practice.slug
        for practice in Practice.objects.published()
        if all(
            getattr(practice, f"{field}_{code}")
            for field in PRACTICE_TEXT_FIELDS
            for code in ("en", "sv", "da", "nb", "nn", "fi", "is")
        )
    ]
    assert len(complete) >= 5, complete
