"""Constraints the database enforces, and the validation editors meet in forms."""

import pytest
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction

from practices.models import Practice
from practices.translation_status import filled_languages
from tests.factories import OrganisationFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def test_practice_slug_is_unique():
    PracticeFactory(slug="language-cafe")
    with pytest.raises(IntegrityError), transaction.atomic():
        PracticeFactory(slug="language-cafe")


def test_organisation_slug_is_unique():
    OrganisationFactory(slug="brobyggarna")
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationFactory(slug="brobyggarna")


def test_end_year_before_start_year_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        PracticeFactory(start_year=2020, end_year=2019)


def test_end_year_equal_to_start_year_is_allowed():
    assert PracticeFactory(start_year=2020, end_year=2020).pk


@pytest.mark.parametrize("language", ["en", "sv", "is"])
def test_summary_longer_than_300_characters_is_refused_by_the_database(language):
    practice = PracticeFactory()
    setattr(practice, f"summary_{language}", "å" * 301)
    # PostgreSQL's varchar(300) answers first (DataError); SQLite has the check constraint.
    with pytest.raises((DataError, IntegrityError)), transaction.atomic():
        practice.save()


def test_summary_of_exactly_300_characters_is_allowed():
    practice = PracticeFactory(summary_en="ø" * 300)
    practice.refresh_from_db()
    assert len(practice.summary_en) == 300


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "secret"),
        ("level", "global"),
        ("evaluation", "great"),
        ("original_language", "de"),
    ],
)
def test_values_outside_the_vocabulary_are_refused_by_the_database(field, value):
    practice = PracticeFactory()
    setattr(practice, field, value)
    with pytest.raises(IntegrityError), transaction.atomic():
        practice.save()


def test_published_practice_needs_a_publication_date():
    with pytest.raises(IntegrityError), transaction.atomic():
        PracticeFactory(published_at=None)


def test_practice_must_be_written_in_its_original_language():
    practice = PracticeFactory.build(original_language="sv", title_sv="", summary_sv="")
    with pytest.raises(ValidationError) as error:
        practice.full_clean(exclude=["countries", "themes"])
    assert {"title_sv", "summary_sv", "description_sv"} <= set(error.value.message_dict)


def test_summary_over_300_characters_is_a_form_error_not_a_crash():
    practice = PracticeFactory.build(summary_en="x" * 301)
    with pytest.raises(ValidationError) as error:
        practice.full_clean(exclude=["countries", "themes"])
    assert "summary_en" in error.value.message_dict


def test_string_form_is_the_title_in_the_current_language_with_fallback(settings):
    practice = PracticeFactory(original_language="sv", title_en="", title_sv="Språkcafé i Gävle")
    assert str(practice) == "Språkcafé i Gävle"


def test_filled_languages_needs_title_summary_and_description():
    practice = PracticeFactory(title_fi="Kielikahvila", summary_fi="Lyhyt kuvaus.")
    assert filled_languages(practice) == ["en"]
    practice.description_fi = "Kuvaus."
    assert filled_languages(practice) == ["en", "fi"]


def test_deleting_an_organisation_keeps_its_practices():
    organisation = OrganisationFactory()
    practice = PracticeFactory(organisations=[organisation])
    organisation.delete()
    assert Practice.objects.filter(pk=practice.pk).exists()
