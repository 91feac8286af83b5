"""axe-core (WCAG 2.0/2.1 A and AA rules) on the main pages in all seven languages."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import TIMEOUT_MS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LANGUAGES = ["en", "sv", "da", "nb", "nn", "fi", "is"]
PAGES = [
    "/",
    "/practices/?country=SE&country=FI&theme=work-skills",
    "/practices/stairwell-hosts-rosengard-malmo/",
    "/practices/homework-club-ukrainian-families-espoo/",
    "/organisations/",
    "/overview/",
    "/practices/suggest/",
]
RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_axe_violations(browser, demo_site, language):
    # axe is injected as a script: only in a JavaScript context, with CSP bypassed for it.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    context.set_default_timeout(TIMEOUT_MS)
    axe = Axe()
    problems = []
    try:
        page = context.new_page()
        organisation = None
        for path in PAGES:
            page.goto(f"{demo_site}/{language}{path}")
            results = axe.run(page, options=RULES)
            if results.violations_count:
                problems.append(f"{language}{path}:\n{results.generate_report()}")
            if organisation is None:
                organisation = page.locator('a[href*="/organisations/"]').first
        page.goto(f"{demo_site}/{language}/organisations/")
        page.locator("[data-slug] a").first.click()
        results = axe.run(page, options=RULES)
        if results.violations_count:
            problems.append(f"{language} organisation page:\n{results.generate_report()}")
    finally:
        context.close()
    assert not problems, "\n\n".join(problems)


def test_the_axe_check_does_find_violations(browser):
    """The harness itself: a page with known faults must fail, or zero proves nothing."""
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        page.set_content('<html><body><img src="x.png"><a href="#"></a></body></html>')
        results = Axe().run(page, options=RULES)
        rules = {violation["id"] for violation in results.response["violations"]}
        assert {"image-alt", "html-has-lang", "link-name"} <= rules
    finally:
        context.close()
