"""Benchmarks for the budgets in DESIGN.md; reports medians of server time, measured in-process.

Usage: make bench   (or: .venv/bin/python bench/run.py --count 10000 --runs 40)

Uses its own PostgreSQL database (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/ideabank_bench): migrates it, loads the demo content and
generates published practices with `seed_bench` until there are --count of them.
"""

import argparse
import gzip
import json
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ideabank_bench"


def ensure_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def timed(client, urls: list[str], before_each=None) -> dict:
    """Median and 90th percentile server time of requesting `urls` one after the other."""
    from django.db import connection, reset_queries

    times, queries = [], []
    for url in urls:
        if before_each:
            before_each()
        reset_queries()
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        queries.append(len(connection.queries))
        assert response.status_code == 200, (url, response.status_code)
    body = response.content
    return {
        "url": urls[0],
        "median_ms": round(statistics.median(times), 2),
        "p90_ms": round(statistics.quantiles(times, n=10)[-1], 2),
        "queries": max(queries),
        "html_bytes": len(body),
        "html_gzip_bytes": len(gzip.compress(body)),
    }


def reference_ms() -> float:
    """A fixed pure-Python workload, timed beside the pages: how fast this machine is right
    now, so that runs on different machines (or at different moments) can be compared."""
    times = []
    for _ in range(5):
        started = time.perf_counter()
        sum(i * i for i in range(1_000_000))
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def measure(client, url: str, runs: int, cold: bool) -> dict:
    """Cold: the cache is emptied before every request, so everything is computed."""
    from django.core.cache import cache

    client.get(url)  # warm the process (templates, connections), as a running server is
    return timed(client, [url] * runs, before_each=cache.clear if cold else None)


def measure_new_queries(client, urls: list[str]) -> dict:
    """Each URL once, none seen before: the search and the counts are computed every time,
    while what all requests share (vocabularies, content version) is cached, as in a server
    that has been running since the last edit."""
    from django.core.cache import cache

    cache.clear()
    client.get("/en/practices/")  # what every listing shares, once
    return {**timed(client, urls), "distinct_urls": len(set(urls))}


# Searches of the budget case's shape (a term and three filters), every term different, so
# that each request looks up its similar words, finds its matches and counts its facets.
NEW_QUERY_TERMS = [
    # the approaches, in English and in the Nordic languages
    "job mentors",
    "language café",
    "homework club",
    "health guides",
    "parent school",
    "housing advice",
    "sports club",
    "work placements",
    "buddy families",
    "civic course",
    "jobbmentorer",
    "språkcafé",
    "läxhjälp",
    "hälsoguider",
    "forældreskole",
    "boligrådgivning",
    "idrettslag",
    "praksisplasser",
    "tukiperheet",
    "samfélagsfræðsla",
    # an approach and a group
    "mentors women",
    "café families",
    "homework newcomers",
    "guides refugees",
    "school parents",
    "housing families",
    "sports young",
    "placements women",
    "families quota",
    "course refugees",
    # typed in a hurry
    "langage cafe",
    "homwork club",
    "helth guides",
    "parnet school",
    "housng advice",
    "sprts club",
    "work placemnts",
    "buddy familes",
    "civic cours",
    "job mentrs",
]
NEW_QUERY_FILTERS = [
    "country=SE&country=NO&theme=work-skills&evaluation=promising&evaluation=documented",
    "country=DK&country=FI&theme=education&evaluation=documented",
    "country=FI&country=IS&theme=language-learning&level=local",
    "country=NO&theme=housing-neighbourhoods&evaluation=promising&level=regional",
]


def new_query_urls() -> list[str]:
    from urllib.parse import quote_plus

    return [
        f"/en/practices/?q={quote_plus(term)}&{NEW_QUERY_FILTERS[index % len(NEW_QUERY_FILTERS)]}"
        for index, term in enumerate(NEW_QUERY_TERMS)
    ]


def measure_export(client, url: str, runs: int = 3) -> dict:
    """Time to stream a whole export, and the peak memory Python allocated meanwhile."""
    import tracemalloc

    times, peaks, size, rows = [], [], 0, 0
    for _ in range(runs):
        tracemalloc.start()
        started = time.perf_counter()
        response = client.get(url)
        size = 0
        newlines = 0
        for chunk in response.streaming_content:
            size += len(chunk)
            newlines += chunk.count(b"\n")
        times.append((time.perf_counter() - started) * 1000)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        rows = newlines
    return {
        "url": url,
        "median_ms": round(statistics.median(times), 1),
        "peak_python_memory_mb": round(max(peaks) / 1e6, 1),
        "bytes": size,
        "lines": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000, help="published practices wanted")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "latest.json"))
    parser.add_argument("--only", help="measure only the pages whose name contains this")
    options = parser.parse_args()

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    ensure_database(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ideabank.settings")

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from practices.models import Practice

    settings.DEBUG = False
    settings.SECURE_SSL_REDIRECT = False
    settings.STORAGES["staticfiles"] = {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
    }
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    missing = options.count - Practice.objects.published().count()
    if missing > 0:
        call_command("seed_bench", count=missing, verbosity=0)
    # Not setup_test_environment(): it instruments every template render for the test
    # client, which would add its cost to what is measured. Only the client's host is allowed.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    from django.db import connection

    connection.force_debug_cursor = True
    client = Client()
    detail_slug = Practice.objects.published().order_by("pk").values_list("slug", flat=True)[0]
    pages = {
        "listing: 3 filters + search + facets": (
            "/en/practices/?q=language+caf%C3%A9&country=SE&country=NO&theme=work-skills"
            "&evaluation=promising&evaluation=documented"
        ),
        "listing: search in Swedish": "/sv/practices/?q=bost%C3%A4der&theme=housing-neighbourhoods",
        "listing: search only": "/fi/practices/?q=kielikahvila",
        "listing: no filters": "/en/practices/",
        "detail": f"/en/practices/{detail_slug}/",
        "home": "/en/",
    }
    if options.only:
        pages = {name: path for name, path in pages.items() if options.only in name}
    reference_before = reference_ms()
    results = {
        "practices": Practice.objects.published().count(),
        "pages": {
            f"{name} [{mode}]": measure(client, path, options.runs, cold=mode == "cold")
            for name, path in pages.items()
            for mode in ("cold", "warm")
        },
    }
    if not options.only or options.only in "listing: 3 filters + search + facets":
        results["pages"]["listing: 3 filters + search + facets [new query]"] = measure_new_queries(
            client, new_query_urls()
        )
    exports = {
        "CSV, every public practice": "/en/practices/export.csv",
        "JSON, every public practice": "/sv/practices/export.json",
    }
    results["exports"] = {
        name: measure_export(client, path)
        for name, path in exports.items()
        if not options.only or options.only in name
    }
    results["reference_ms"] = [reference_before, reference_ms()]
    static = ROOT / "static"
    assets = [static / "css" / "site.css", static / "js" / "filters.js"]
    listing = results["pages"].get("listing: 3 filters + search + facets [cold]")
    if listing:
        results["listing_transfer_gzip_bytes"] = listing["html_gzip_bytes"] + sum(
            len(gzip.compress(path.read_bytes())) for path in assets
        )
    Path(options.out).parent.mkdir(parents=True, exist_ok=True)
    Path(options.out).write_text(json.dumps(results, indent=2))

    print(
        f"{results['practices']} published practices, {options.runs} runs each, server time "
        "(cold: cache emptied before each request; warm: repeated request; new query: a "
        "different search and filters each time, shared entries cached)"
    )
    for name, page in results["pages"].items():
        print(
            f"  {name:50} median {page['median_ms']:7.2f} ms   p90 {page['p90_ms']:7.2f} ms"
            f"   {page['queries']:2} queries   {page['html_gzip_bytes'] / 1024:5.1f} KB gz"
        )
    for name, export in results["exports"].items():
        print(
            f"  export {name:40} median {export['median_ms']:8.1f} ms   "
            f"peak {export['peak_python_memory_mb']:5.1f} MB   {export['bytes'] / 1e6:5.1f} MB"
        )
    before, after = results["reference_ms"]
    print(f"  reference workload (1e6 squares summed): {before} ms before, {after} ms after")
    if "listing_transfer_gzip_bytes" in results:
        transfer = results["listing_transfer_gzip_bytes"] / 1024
        print(f"  listing page transfer (HTML+CSS+JS, gzip): {transfer:.1f} KB")


if __name__ == "__main__":
    main()
