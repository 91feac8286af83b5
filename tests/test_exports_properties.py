"""Exports, overview, feed and sitemap agree with the listing: checked over many filters."""

import csv
import io
import json
import random
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from practices.exports import COLUMNS
from practices.filters import PracticeFilter
from practices.models import Practice
from tests.factories import PracticeFactory, country, target_group, theme

pytestmark = pytest.mark.django_db

COUNTRIES = ["DK", "FI", "IS", "NO", "SE"]
THEMES = ["work-skills", "education", "language-learning"]
ATOM = "{http://www.w3.org/2005/Atom}"


def body(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.fixture
def collection(db):
    rng = random.Random(7)
    for index in range(25):
        PracticeFactory(
            slug=f"p-{index}",
            countries=[country(c) for c in rng.sample(COUNTRIES, rng.randint(1, 2))],
            themes=[theme(t) for t in rng.sample(THEMES, rng.randint(1, 2))],
            target_groups=[target_group("women")] if index % 3 == 0 else [],
            evaluation=rng.choice(["none", "documented", "promising"]),
            start_year=rng.randint(2010, 2024),
            status="draft" if index % 7 == 0 else "published",
        )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    countries=st.lists(st.sampled_from(COUNTRIES), max_size=2, unique=True),
    themes=st.lists(st.sampled_from(THEMES), max_size=2, unique=True),
    year_from=st.one_of(st.none(), st.integers(2008, 2026)),
)
def test_export_rows_equal_the_listing_count(client, collection, countries, themes, year_from):
    query = QueryDict(mutable=True)
    query.setlist("country", countries)
    query.setlist("theme", themes)
    if year_from:
        query["year_from"] = str(year_from)
    expected = PracticeFilter(query, queryset=Practice.objects.published()).qs.count()
    listing = client.get(f"/en/practices/?{query.urlencode()}").content.decode()
    assert f'id="result-count" data-count="{expected}"' in listing
    rows = list(
        csv.DictReader(
            io.StringIO(body(client.get(f"/en/practices/export.csv?{query.urlencode()}")))
        )
    )
    assert len(rows) == expected
    data = json.loads(body(client.get(f"/en/practices/export.json?{query.urlencode()}")))
    assert data["metadata"]["count"] == len(data["rows"]) == expected


def test_csv_round_trips_tricky_text(client):
    tricky = 'Þjóð, "sisu" ja ðæö – 🙂\nrivi kaksi; äöå ÆØÅ'
    PracticeFactory(
        slug="tricky", title_en=tricky, summary_en=tricky, municipality="Ísafjörður, Vestfirðir"
    )
    (row,) = list(csv.reader(io.StringIO(body(client.get("/en/practices/export.csv")))))[1:]
    values = dict(zip(COLUMNS, row, strict=True))
    assert values["title"] == tricky and values["summary"] == tricky
    assert values["municipality"] == "Ísafjörður, Vestfirðir"


def test_json_schema_is_stable(client):
    PracticeFactory()
    data = json.loads(body(client.get("/en/practices/export.json")))
    assert set(data) == {"metadata", "rows"}
    assert {"query", "count", "generated_at", "licence", "columns"} <= set(data["metadata"])
    assert list(data["rows"][0]) == COLUMNS
    assert data["metadata"]["columns"] == COLUMNS


def test_overview_cells_equal_the_listing_counts_they_link_to(client, collection):
    content = client.get("/en/overview/").content.decode()
    table = content.split('<table class="overview-table">', 1)[1].split("</tbody>", 1)[0]
    links = [part.split('">', 1) for part in table.split('<a href="')[1:]]
    checked = 0
    for href, rest in links:
        count = rest.split("<", 1)[0]
        if not count.isdigit():
            continue  # the country name links
        listing = client.get(href.replace("&amp;", "&")).content.decode()
        assert f'id="result-count" data-count="{count}"' in listing, href
        checked += 1
    assert checked > 5


def test_feed_is_valid_atom_and_its_links_resolve(client, collection):
    response = client.get("/sv/practices/feed/?country=SE&country=FI")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        assert entry.find(f"{ATOM}title").text
        link = entry.find(f"{ATOM}link").get("href")
        assert client.get(urlsplit(link).path).status_code == 200
    expected = PracticeFilter(
        QueryDict("country=SE&country=FI"), queryset=Practice.objects.published()
    ).qs.count()
    assert len(entries) == min(expected, 50)


def test_sitemap_parses_has_all_languages_and_no_drafts(client, collection):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    drafts = Practice.objects.exclude(pk__in=Practice.objects.published()).values_list(
        "slug", flat=True
    )
    assert not any(f"/practices/{slug}/" in loc for loc in locations for slug in drafts)
    first = root.find("s:url", ns)
    languages = {link.get("hreflang") for link in first.findall("x:link", ns)}
    assert languages == {"en", "sv", "da", "nb", "nn", "fi", "is", "x-default"}


def test_overview_query_count_is_constant(client, django_assert_max_num_queries):
    for _index in range(10):
        PracticeFactory(countries=[country("SE")], themes=[theme("education")])
    with django_assert_max_num_queries(14):
        client.get("/en/overview/?by=target_group")
