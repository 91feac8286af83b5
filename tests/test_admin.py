"""The editorial back office: login required, usable lists and forms, nothing from a CDN."""

import re

import pytest
from django.contrib.auth.models import User

from practices.models import Practice
from tests.factories import OrganisationFactory, PracticeFactory, country, theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = User.objects.create_superuser("editor", "editor@ideabank.example", "correct-horse-9")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/practices/practice/", "/admin/practices/practice/add/"]
)
def test_admin_requires_login(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_practice_changelist_shows_editor_columns(editor_client):
    PracticeFactory(title_en="Homework club in Vollsmose", countries=[country("DK")])
    response = editor_client.get("/admin/practices/practice/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Homework club in Vollsmose" in content
    assert "DK" in content
    for column in [
        "column-status",
        "column-country_list",
        "column-theme_list",
        "column-updated_at",
    ]:
        assert column in content


def test_practice_changelist_filters_and_search(editor_client):
    PracticeFactory(title_en="Bicycle school for women", status="draft")
    PracticeFactory(title_en="Night school in Tromsø")
    content = editor_client.get("/admin/practices/practice/?status__exact=draft").content.decode()
    assert "Bicycle school for women" in content
    assert "Night school in Tromsø" not in content
    content = editor_client.get("/admin/practices/practice/?q=tromsø").content.decode()
    assert "Night school in Tromsø" in content


def test_practice_form_has_language_tabs_autocomplete_and_prepopulated_slug(editor_client):
    content = editor_client.get("/admin/practices/practice/add/").content.decode()
    for code in ["en", "sv", "da", "nb", "nn", "fi", "is"]:
        assert f'name="title_{code}"' in content
    assert "tabbed_translation_fields.js" in content
    assert "admin-autocomplete" in content
    assert "prepopulated_fields" in content or "data-prepopulated-fields" in content


def test_admin_pages_load_nothing_from_other_hosts(editor_client):
    pages = [
        "/admin/",
        "/admin/practices/practice/add/",
        "/admin/practices/organisation/add/",
        "/admin/practices/theme/",
    ]
    for page in pages:
        content = editor_client.get(page).content.decode()
        sources = re.findall(r'(?:src|href)="([^"]+)"', content)
        remote = [s for s in sources if s.startswith(("http:", "https:", "//"))]
        assert not remote, f"{page} loads {remote}"
    assert (
        "/static/vendor/jquery-ui/jquery-ui.min.js"
        in editor_client.get("/admin/practices/practice/add/").content.decode()
    )


def test_vendored_jquery_ui_is_served_with_its_licence(client):
    from django.contrib.staticfiles import finders

    assert finders.find("vendor/jquery-ui/jquery-ui.min.js")
    assert finders.find("vendor/jquery-ui/LICENSE.txt")


def test_editor_creates_a_practice_through_the_admin_form(editor_client):
    organisation = OrganisationFactory()
    data = {
        "title_en": "Parent school in Drammen",
        "title_nb": "Foreldreskole i Drammen",
        "slug": "parent-school-drammen",
        "original_language": "nb",
        "summary_nb": "Foreldre møtes åtte kvelder.",
        "summary_en": "Parents meet on eight evenings.",
        "description_nb": "Kurset ledes av helsesykepleiere.",
        "countries": [country("NO").pk],
        "themes": [theme("children-youth-families").pk],
        "organisations": [organisation.pk],
        "municipality": "Drammen",
        "level": "local",
        "evaluation": "documented",
        "status": "draft",
        **{
            f"{prefix}-{key}": value
            for prefix in ("links", "attachments", "images")
            for key, value in {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0"}.items()
        },
    }
    response = editor_client.post("/admin/practices/practice/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    practice = Practice.objects.get(slug="parent-school-drammen")
    assert practice.title_nb == "Foreldreskole i Drammen"
    assert practice.created_by.username == "editor"
    assert list(practice.countries.values_list("code", flat=True)) == ["NO"]


def test_admin_form_refuses_a_practice_without_its_original_language(editor_client):
    data = {
        "title_en": "Only English",
        "slug": "only-english",
        "original_language": "fi",
        "summary_en": "Summary.",
        "description_en": "Text.",
        "countries": [country("FI").pk],
        "themes": [theme("education").pk],
        "level": "local",
        "evaluation": "none",
        "status": "draft",
        **{
            f"{prefix}-{key}": value
            for prefix in ("links", "attachments", "images")
            for key, value in {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0"}.items()
        },
    }
    response = editor_client.post("/admin/practices/practice/add/", data)
    assert response.status_code == 200
    assert "Required in the original language of the practice." in response.content.decode()
    assert not Practice.objects.filter(slug="only-english").exists()


def test_changelist_shows_which_languages_each_practice_is_written_in(editor_client):
    PracticeFactory(title_fi="Kielikahvila", summary_fi="Lyhyt.", description_fi="Pitkä.")
    content = editor_client.get("/admin/practices/practice/").content.decode()
    assert '<span class="language-filled" title="Finnish">FI</span>' in content
    assert '<span class="language-missing" title="Icelandic">is</span>' in content


def test_changelist_filters_practices_missing_a_language(editor_client):
    PracticeFactory(title_en="Has Finnish", title_fi="On", summary_fi="S.", description_fi="D.")
    PracticeFactory(title_en="Lacks Finnish")
    content = editor_client.get("/admin/practices/practice/?missing=fi").content.decode()
    assert "Lacks Finnish" in content
    assert "Has Finnish" not in content


def test_translation_report_counts_untranslated_practices_per_language(editor_client):
    PracticeFactory(title_sv="Språkcafé", summary_sv="Kort.", description_sv="Lång.")
    PracticeFactory(status="draft")
    response = editor_client.get("/admin/practices/practice/translations/")
    assert response.status_code == 200
    rows = {row["code"]: row for row in response.context["rows"]}
    assert (rows["en"]["missing"], rows["sv"]["missing"], rows["fi"]["missing"]) == (0, 1, 2)
    assert rows["sv"]["published_missing"] == 0
    assert 'href="/admin/practices/practice/?missing=fi"' in response.content.decode()


def test_translation_report_requires_login(client):
    response = client.get("/admin/practices/practice/translations/")
    assert response.status_code == 302
