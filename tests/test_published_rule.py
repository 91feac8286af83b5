"""`Practice.objects.published()` is the one definition of what the public may see."""

from datetime import timedelta

import pytest
from django.utils import timezone

from practices.choices import Status
from practices.models import Country, Practice, Theme
from tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db


def test_published_practice_with_past_date_is_public():
    practice = PracticeFactory()
    assert list(Practice.objects.published()) == [practice]
    assert practice.is_public


@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW, Status.ARCHIVED])
def test_unpublished_states_are_not_public(status):
    PracticeFactory(status=status)
    assert not Practice.objects.published().exists()


def test_future_publication_date_is_not_public_until_it_comes():
    practice = PracticeFactory(published_at=timezone.now() + timedelta(hours=1))
    assert not Practice.objects.published().exists()
    assert not practice.is_public

    practice.published_at = timezone.now() - timedelta(seconds=1)
    practice.save()
    assert list(Practice.objects.published()) == [practice]


def test_vocabulary_counts_include_only_public_practices():
    PracticeFactory()
    PracticeFactory(status=Status.DRAFT)
    PracticeFactory(published_at=timezone.now() + timedelta(days=3))
    sweden = Country.objects.with_practice_counts().get(code="SE")
    work = Theme.objects.with_practice_counts().get(slug="work-skills")
    assert sweden.practice_count == 1
    assert work.practice_count == 1
