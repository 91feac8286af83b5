"""Cached search matches and facet counts never outlive a change of content or a schedule."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from practices import cache
from tests.factories import PracticeFactory, country, theme

pytestmark = pytest.mark.django_db


def option_count(client, query: str, value: str) -> str:
    content = client.get(f"/en/practices/?{query}").content.decode()
    marker = f'value="{value}" data-count="'
    return content.split(marker, 1)[1].split('"', 1)[0]


def test_publishing_a_practice_updates_the_cached_counts(client):
    PracticeFactory(countries=[country("IS")])
    draft = PracticeFactory(countries=[country("IS")], status="draft")
    assert option_count(client, "", "IS") == "1"
    draft.status = "published"
    draft.save()
    assert option_count(client, "", "IS") == "2"


def test_a_changed_country_list_updates_the_cached_counts(client):
    practice = PracticeFactory(countries=[country("IS")])
    assert option_count(client, "", "GL") == "0"
    practice.countries.add(country("GL"))
    assert option_count(client, "", "GL") == "1"


def test_a_renamed_theme_shows_its_new_name_in_filters_and_cards(client):
    PracticeFactory(themes=[theme("education")])
    assert "School and education" not in client.get("/en/practices/").content.decode()
    renamed = theme("education")
    renamed.name_en = "School and education"
    renamed.save()
    content = client.get("/en/practices/").content.decode()
    assert 'for="f-theme-education">School and education' in content
    assert "<li>School and education</li>" in content


def test_cached_search_matches_follow_content_changes(client):
    practice = PracticeFactory(title_en="Chess club")
    assert 'data-count="1" role="status"' in client.get("/en/practices/?q=chess").content.decode()
    practice.title_en = "Bridge club"
    practice.save()
    assert 'data-count="0" role="status"' in client.get("/en/practices/?q=chess").content.decode()


def test_second_request_reuses_the_counts(client, django_assert_num_queries):
    PracticeFactory(countries=[country("SE")])
    client.get("/en/practices/?country=SE")
    # the page and the cards' countries and themes: no vocabularies, count or facets
    with django_assert_num_queries(2):
        client.get("/en/practices/?country=SE")


def test_entries_expire_when_the_next_scheduled_practice_comes_out():
    soon = timezone.now() + timedelta(seconds=1)
    assert cache.remember("ideabank:test-entry", lambda: "before", lambda: soon) == "before"
    assert cache.remember("ideabank:test-entry", lambda: "after", lambda: soon) == "before"
    time.sleep(1.2)
    assert cache.remember("ideabank:test-entry", lambda: "after", lambda: None) == "after"
