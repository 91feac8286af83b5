"""Exports, feeds, the overview, the sitemap, robots.txt and citable practice pages."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import OrganisationFactory, PracticeFactory, country, theme

pytestmark = pytest.mark.django_db


def body(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.fixture
def collection():
    organisation = OrganisationFactory(name='Föreningen "Brobyggarna", Gävle')
    PracticeFactory(
        slug="swedish",
        original_language="sv",
        title_en="",
        summary_en="",
        title_sv="Läxhjälp, kväll",
        summary_sv='Frivilliga hjälper "nyanlända" elever,\nmed läxor.',
        description_sv="Text.",
        countries=[country("SE"), country("FI")],
        themes=[theme("education")],
        organisations=[organisation],
        evaluation="promising",
    )
    PracticeFactory(slug="danish", countries=[country("DK")], themes=[theme("work-skills")])
    PracticeFactory(slug="draft", status="draft", countries=[country("SE")])
    PracticeFactory(slug="future", published_at=timezone.now() + timedelta(days=1))


def test_csv_export_has_the_documented_columns_and_every_matching_row(client, collection):
    response = client.get("/en/practices/export.csv", {"country": "SE"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert [row["slug"] for row in rows] == ["swedish"]
    row = rows[0]
    assert row["title"] == "Läxhjälp, kväll" and row["title_language"] == "sv"
    assert row["summary"] == 'Frivilliga hjälper "nyanlända" elever,\nmed läxor.'
    assert row["countries"] == "FI|SE"  # in the vocabulary's order
    assert row["organisations"] == 'Föreningen "Brobyggarna", Gävle'
    assert row["url"] == "http://testserver/en/practices/swedish/"


def test_csv_export_never_contains_non_public_practices(client, collection):
    slugs = [
        r["slug"] for r in csv.DictReader(io.StringIO(body(client.get("/en/practices/export.csv"))))
    ]
    assert sorted(slugs) == ["danish", "swedish"]


def test_csv_export_for_excel_starts_with_a_byte_order_mark(client, collection):
    assert body(client.get("/en/practices/export.csv?bom=1")).startswith("\ufeffid,slug,url")


def test_json_export_has_metadata_and_rows(client, collection):
    response = client.get("/fi/practices/export.json", {"theme": "education", "country": "ZZ"})
    data = json.loads(body(response))
    assert data["metadata"]["count"] == 1
    assert data["metadata"]["language"] == "fi"
    assert data["metadata"]["query"] == {"theme": ["education"], "country": ["ZZ"]}
    assert data["metadata"]["ignored_parameters"] == ["country"]
    assert data["metadata"]["licence"]
    assert data["rows"][0]["countries"] == ["FI", "SE"]
    assert data["rows"][0]["title_language"] == "sv"


def test_unknown_export_format_is_404(client):
    assert client.get("/en/practices/export.xml").status_code == 404


@pytest.mark.parametrize("query", ["year_from=abc", "q=%00", "page=999", "country=" + "x" * 5000])
def test_exports_and_feeds_never_fail_on_bad_input(client, collection, query):
    for url in ("/en/practices/export.csv", "/en/practices/export.json", "/en/practices/feed/"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 200
        if response.streaming:
            body(response)


def test_export_query_count_does_not_grow_with_rows(client, django_assert_num_queries):
    for _index in range(30):
        PracticeFactory(countries=[country("NO")])
    # vocabularies (3), practices, then countries, themes, target groups, organisations
    with django_assert_num_queries(8):
        body(client.get("/en/practices/export.csv"))


def test_listing_links_to_exports_and_feed_with_its_filters(client, collection):
    content = client.get("/en/practices/?country=SE&theme=education").content.decode()
    assert 'href="/en/practices/export.csv?country=SE&amp;theme=education"' in content
    assert 'href="/en/practices/export.json?country=SE&amp;theme=education"' in content
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Atom feed of this list" '
        'href="/en/practices/feed/?country=SE&amp;theme=education">'
    ) in content


def test_feed_lists_the_filtered_public_practices_in_the_reader_language(client, collection):
    response = client.get("/da/practices/feed/", {"country": "SE"})
    content = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert 'xml:lang="da"' in content
    assert "<title>Läxhjälp, kväll</title>" in content
    assert "danish" not in content and "draft" not in content


def test_overview_counts_country_by_theme_with_links_and_totals(client, collection):
    response = client.get("/en/overview/")
    table = response.context["table"]
    sweden = next(row for row in table["rows"] if row["code"] == "SE")
    assert dict(sweden["cells"])["education"] == 1
    assert sweden["total"] == 1
    assert table["total"] == 2
    assert 'href="/en/practices/?country=SE&amp;theme=education">1</a>' in response.content.decode()


def test_overview_by_evidence_level_and_as_csv(client, collection):
    response = client.get("/en/overview/", {"by": "evaluation", "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["country", "none", "documented"]
    finland = next(row for row in rows if row[0] == "FI")
    assert finland[3] == "1"  # promising
    assert rows[-1][0] == "total" and rows[-1][-1] == "2"


def test_overview_has_a_chart_with_a_text_alternative(client, collection):
    content = client.get("/sv/overview/").content.decode()
    assert '<svg class="chart"' in content and 'role="img"' in content
    assert '<desc id="chart-desc">' in content


def test_overview_with_an_unknown_dimension_is_400(client):
    assert client.get("/en/overview/?by=colour").status_code == 400
    assert client.get("/en/overview/?format=pdf").status_code == 404


def test_overview_query_count_is_fixed(client, collection, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        client.get("/en/overview/")


def test_sitemap_lists_public_practices_in_every_language(client, collection):
    content = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/fi/practices/swedish/</loc>" in content
    assert 'hreflang="nn" href="http://testserver/nn/practices/danish/"' in content
    assert 'hreflang="x-default"' in content
    assert "<lastmod>" in content
    assert "/practices/draft/" not in content and "/practices/future/" not in content


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_exports(client):
    content = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in content
    assert "Disallow: /admin/" in content
    assert "Disallow: /*/practices/export." in content


def test_practice_page_can_be_cited_and_carries_json_ld(client, collection):
    response = client.get("/en/practices/swedish/")
    content = response.content.decode()
    assert "Cite this practice" in content
    assert "http://testserver/en/practices/swedish/ (accessed" in content
    start = content.index('<script type="application/ld+json" nonce="')
    payload = content[content.index(">", start) + 1 : content.index("</script>", start)]
    data = json.loads(payload)
    assert data["@type"] == "CreativeWork"
    assert data["name"] == "Läxhjälp, kväll" and data["inLanguage"] == "sv"
    nonce = content[start:].split('nonce="', 1)[1].split('"', 1)[0]
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_overview_chart_coordinates_are_not_localised(client, collection):
    content = client.get("/fi/overview/").content.decode()
    rects = content.split('<svg class="chart"', 1)[1].split("</svg>", 1)[0]
    assert 'x="150.0"' in rects
    assert "," not in "".join(part.split('"')[1] for part in rects.split(" width=")[1:])
