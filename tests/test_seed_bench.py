"""seed_bench: generated practices are listed, counted and found at once."""

import pytest
from django.core.management import call_command

from practices.models import Practice

pytestmark = pytest.mark.django_db


def result_count(client, query: str = "") -> int:
    content = client.get(f"/en/practices/?{query}").content.decode()
    return int(content.split('id="result-count" data-count="', 1)[1].split('"', 1)[0])


def test_generated_practices_are_counted_at_once(client):
    before = result_count(client)  # caches the counts
    call_command("seed_bench", count=30, verbosity=0)
    assert Practice.objects.published().filter(slug__startswith="bench-").count() == 30
    # Bulk inserts send no signals; the command itself makes the cached counts start over.
    assert result_count(client) == before + 30


@pytest.mark.postgres
def test_typos_find_words_of_practices_inserted_in_bulk(client):
    call_command("seed_bench", count=30, verbosity=0)
    mentors = Practice.objects.filter(slug__startswith="bench-", title_en__contains="mentors")
    assert mentors.exists()
    # The word table is filled by a statement trigger on bulk inserts too.
    assert result_count(client, "q=mentorz") >= mentors.count()
