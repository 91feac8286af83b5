"""What a person does in a real browser, with and without JavaScript, at 1280 and 375 px."""

import re

import pytest
from django.contrib.auth.models import User

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NO_OVERFLOW = "document.documentElement.scrollWidth <= window.innerWidth"


def result_count(page) -> int:
    return int(page.locator("#result-count").get_attribute("data-count"))


def test_find_a_practice_by_filters_and_search_and_open_it(page, demo_site):
    page.goto(f"{demo_site}/en/practices/")
    everything = result_count(page)
    page.check('input[name="country"][value="SE"]')  # submits on change (JavaScript)
    page.wait_for_url(re.compile(r"country=SE"))
    sweden = result_count(page)
    assert 0 < sweden < everything
    expected = int(
        page.locator('input[name="theme"][value="work-skills"]').get_attribute("data-count")
    )
    page.check('input[name="theme"][value="work-skills"]')
    page.wait_for_url(re.compile(r"theme=work-skills"))
    assert result_count(page) == expected
    page.fill("#search-q", "warehouse")
    page.click("form[role=search] button[type=submit]")
    page.wait_for_url(re.compile(r"q=warehouse"))
    assert "country=SE" in page.url and result_count(page) >= 1
    page.locator("[data-slug] h3 a").first.click()
    assert page.locator("h1#practice-title").is_visible()
    assert page.js_errors == []


def test_switching_language_keeps_the_filters(page, demo_site):
    page.goto(f"{demo_site}/en/practices/?country=FI&theme=education")
    before = result_count(page)
    page.click("details.language-switcher summary")
    page.click('a[hreflang="fi"][lang="fi"]')
    page.wait_for_url(re.compile(r"/fi/practices/\?country=FI&theme=education"))
    assert page.locator("html").get_attribute("lang") == "fi"
    assert result_count(page) == before
    assert page.locator("h1").inner_text() == "Menetelmät"


def test_filters_work_without_javascript(no_js_page, demo_site):
    page = no_js_page
    page.goto(f"{demo_site}/sv/practices/")
    # Without JavaScript the filters are open on a wide screen only where the browser
    # supports ::details-content; otherwise the reader opens the panel.
    if not page.locator(".filter-form").is_visible():
        page.locator("details.filter-panel summary").click()
    page.check('input[name="country"][value="NO"]')
    page.click(".filter-actions button[type=submit]")
    page.wait_for_url(re.compile(r"country=NO"))
    count = result_count(page)
    assert count > 0
    assert page.locator("[data-slug]").count() == min(count, 20)
    page.click("details.language-switcher summary")
    page.click('a[hreflang="da"][lang="da"]')
    page.wait_for_url(re.compile(r"/da/practices/\?country=NO"))
    assert result_count(page) == count


def test_filters_fold_away_on_a_phone_and_nothing_scrolls_sideways(phone, demo_site):
    phone.goto(f"{demo_site}/is/practices/")
    assert not phone.locator(".filter-form").is_visible()
    phone.click("details.filter-panel summary")
    assert phone.locator(".filter-form").is_visible()
    paths = [
        "/is/",
        "/fi/practices/?country=FI",
        "/nn/practices/stairwell-hosts-rosengard-malmo/",
        "/da/organisations/",
        "/sv/overview/",
        "/en/practices/suggest/",
    ]
    for path in paths:
        phone.goto(demo_site + path)
        assert phone.evaluate(NO_OVERFLOW), path


def test_suggesting_a_practice(page, demo_site):
    from practices.models import Practice

    page.goto(f"{demo_site}/fi/practices/suggest/")
    page.fill("#id_title", "Kielikerho kirjastossa")
    page.fill("#id_summary", "Vapaaehtoiset pitävät kielikerhoa kirjastossa kahdesti viikossa.")
    page.fill("#id_description", "Kerho aloitti vuonna 2023.")
    page.select_option("#id_country", "FI")
    page.check('input[name="themes"][value="language-learning"]')
    page.fill("#id_name", "Aino Virtanen")
    page.fill("#id_email", "aino@example.org")
    page.wait_for_timeout(3200)  # people take longer than the form's minimum
    page.click(".suggest-form button[type=submit]")
    page.wait_for_url(re.compile(r"/fi/practices/suggest/thanks/"))
    practice = Practice.objects.get(title_fi="Kielikerho kirjastossa")
    assert practice.status == "draft" and practice.is_suggestion


def test_form_errors_are_tied_to_their_fields(page, demo_site):
    page.goto(f"{demo_site}/en/practices/suggest/")
    page.fill("#id_email", "not-an-address")
    page.click(".suggest-form button[type=submit]")
    email = page.locator("#id_email")
    assert "id_email_error" in email.get_attribute("aria-describedby")
    assert page.locator("#id_email_error").is_visible()
    assert email.get_attribute("aria-invalid") == "true"


def test_an_editor_edits_a_translation_and_publishes(page, demo_site):
    from practices.models import Practice

    User.objects.create_superuser("editor", "editor@ideabank.example", "correct-horse-battery-9")
    practice = Practice.objects.get(slug="career-mentors-student-partners-vaxjo")  # in review
    page.goto(f"{demo_site}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "correct-horse-battery-9")
    page.click("input[type=submit]")
    page.goto(f"{demo_site}/admin/practices/practice/{practice.pk}/change/")
    page.click("a.ui-tabs-anchor[href='#tab_id_title_fi']")  # the Finnish tab of the title
    page.fill("#id_title_fi", "Uramentorit kansainvälisten opiskelijoiden puolisoille")
    page.click("button[name=_transition][value=publish]")
    page.wait_for_selector(".messagelist .success")
    practice.refresh_from_db()
    assert practice.status == "published"
    assert practice.title_fi == "Uramentorit kansainvälisten opiskelijoiden puolisoille"
    page.goto(f"{demo_site}/fi/practices/{practice.slug}/")
    assert (
        page.locator("h1").inner_text() == "Uramentorit kansainvälisten opiskelijoiden puolisoille"
    )


def test_keyboard_users_get_a_skip_link_and_visible_focus(page, demo_site):
    page.goto(f"{demo_site}/en/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    outline = skip.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_headings_are_in_order_on_the_main_pages(page, demo_site):
    for path in ["/en/", "/en/practices/", "/en/practices/stairwell-hosts-rosengard-malmo/",
                 "/en/overview/", "/en/practices/suggest/"]:  # fmt: skip
        page.goto(demo_site + path)
        levels = page.eval_on_selector_all(
            "main h1, main h2, main h3, main h4", "els => els.map(e => Number(e.tagName[1]))"
        )
        assert levels[0] == 1 and levels.count(1) == 1, path
        for previous, current in zip(levels, levels[1:], strict=False):
            assert current <= previous + 1, (path, levels)


def test_the_filter_form_is_usable_by_keyboard(page, demo_site):
    page.goto(f"{demo_site}/en/practices/")
    checkbox = page.locator('input[name="country"][value="DK"]')
    checkbox.focus()
    page.keyboard.press("Space")  # ticks it, and the form submits on change
    page.wait_for_url(re.compile(r"country=DK"))
    sort = page.locator("#f-sort")
    sort.focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_url(re.compile(r"sort=title"))
    assert "country=DK" in page.url
    focused = page.evaluate("document.activeElement.tagName")
    assert focused in {"BODY", "SELECT", "A", "INPUT"}


def test_practice_pages_print_without_navigation(page, demo_site):
    page.goto(f"{demo_site}/en/practices/stairwell-hosts-rosengard-malmo/")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.locator("h1#practice-title").is_visible()
    assert page.locator(".practice-facts").is_visible()


def test_find_a_practice_on_a_phone(phone, demo_site):
    phone.goto(f"{demo_site}/da/practices/")
    phone.click("details.filter-panel summary")
    phone.check('input[name="theme"][value="housing-neighbourhoods"]')
    phone.wait_for_url(re.compile(r"theme=housing-neighbourhoods"))
    assert result_count(phone) > 0
    assert phone.evaluate(NO_OVERFLOW)
    phone.locator("[data-slug] h3 a").first.click()
    assert phone.locator("h1#practice-title").is_visible()
    assert phone.evaluate(NO_OVERFLOW)
