"""Real headless Chromium (Debian's package) through Playwright, against a live server."""

import contextlib
import importlib
import os
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
TIMEOUT_MS = 15_000

# Playwright's sync API runs an event loop; Django must allow its ORM calls meanwhile.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: run `make browser-deps` (Debian's chromium package)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def ensure_seeded() -> None:
    """Transactional tests empty every table afterwards; put the seed migrations' rows back."""
    from django.apps import apps

    from practices.models import Country

    if not Country.objects.exists():
        importlib.import_module("practices.migrations.0002_seed_vocabulary").seed(apps, None)
        importlib.import_module("practices.migrations.0007_editorial_groups").create_groups(
            apps, None
        )


@pytest.fixture
def demo_site(live_server, transactional_db):
    ensure_seeded()
    call_command("load_demo", verbosity=0)
    return live_server.url


def _new_page(browser, request, **options):
    context = browser.new_context(**options)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    request.node.browser_pages = [*getattr(request.node, "browser_pages", []), page]
    return context, page


@pytest.fixture
def page(browser, request):
    context, page = _new_page(browser, request, viewport={"width": 1280, "height": 900})
    yield page
    context.close()


@pytest.fixture
def phone(browser, request):
    context, page = _new_page(browser, request, viewport={"width": 375, "height": 740})
    yield page
    context.close()


@pytest.fixture
def no_js_page(browser, request):
    context, page = _new_page(
        browser, request, viewport={"width": 1280, "height": 900}, java_script_enabled=False
    )
    yield page
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for index, page in enumerate(getattr(item, "browser_pages", [])):
            # A closed page has nothing to show.
            with contextlib.suppress(Exception):
                page.screenshot(path=str(ARTIFACTS / f"{item.name}-{index}.png"), full_page=True)
    return report
