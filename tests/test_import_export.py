"""Bulk import and export in the admin: every language, vocabulary by slug, drafts only."""

import re

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from practices.models import Practice
from practices.resources import PracticeResource
from tests.factories import OrganisationFactory, PracticeFactory, country, theme

pytestmark = pytest.mark.django_db

HEADER = ",".join(
    [
        "slug", "original_language", "title_en", "title_fi", "summary_en", "description_en",
        "countries", "themes", "level", "evaluation", "status",
    ]
)  # fmt: skip


@pytest.fixture
def editor_client(client):
    client.force_login(User.objects.create_superuser("editor", "e@ideabank.example", "pw"))
    return client


def import_csv(client, content: bytes, confirm: bool = True):
    """Run the admin's two-step import: the dry-run preview, then (optionally) confirm."""
    upload = SimpleUploadedFile("practices.csv", content, content_type="text/csv")
    preview = client.post(
        "/admin/practices/practice/import/",
        {"resource": "0", "format": "0", "import_file": upload},
    )
    if not confirm or preview.status_code != 200 or "confirm_form" not in (preview.context or {}):
        return preview, None
    form = preview.context["confirm_form"]
    done = client.post("/admin/practices/practice/process_import/", {**form.initial}, follow=True)
    return preview, done


def test_export_resource_has_every_language_and_vocabulary_by_slug():
    organisation = OrganisationFactory(slug="brobyggarna")
    PracticeFactory(
        slug="job-mentors",
        title_fi="Työmentorit",
        countries=[country("SE"), country("FI")],
        themes=[theme("work-skills")],
        organisations=[organisation],
    )
    dataset = PracticeResource().export()
    row = dict(zip(dataset.headers, dataset[0], strict=True))
    assert {f"title_{code}" for code in ["en", "sv", "da", "nb", "nn", "fi", "is"]} <= set(
        dataset.headers
    )
    assert row["title_fi"] == "Työmentorit"
    assert set(row["countries"].split("|")) == {"SE", "FI"}
    assert row["themes"] == "work-skills"
    assert row["organisations"] == "brobyggarna"


def test_export_page_works_without_inline_handlers(editor_client):
    response = editor_client.get("/admin/practices/practice/export/")
    content = response.content.decode()
    assert response.status_code == 200
    assert not re.search(r"\son[a-z]+=", content)
    assert 'style="' not in content
    assert "admin-export.js" in content


def test_import_dry_run_shows_row_errors_and_creates_nothing(editor_client):
    content = (
        HEADER + "\n"
        "good-one,en,Good,,Fine.,Text.,SE,work-skills,local,none,draft\n"
        "bad-one,en,Bad,,Fine.,Text.,ZZ,work-skills,galactic,none,draft\n"
    ).encode()
    preview, _done = import_csv(editor_client, content, confirm=False)
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "validation-error-list" in page  # the bad row's errors, shown next to it
    assert not Practice.objects.filter(slug__in=["good-one", "bad-one"]).exists()


def test_valid_import_creates_drafts_even_when_the_file_says_published(editor_client):
    content = (
        HEADER + "\n"
        "imported-one,en,Imported,Tuotu,Summary.,Text.,FI|SE,education|work-skills,local,documented,published\n"
    ).encode()
    _preview, done = import_csv(editor_client, content)
    assert done is not None and done.status_code == 200
    practice = Practice.objects.get(slug="imported-one")
    assert practice.status == "draft" and practice.published_at is None
    assert practice.title_fi == "Tuotu"
    assert set(practice.countries.values_list("code", flat=True)) == {"FI", "SE"}
    assert not Practice.objects.published().filter(slug="imported-one").exists()


def test_import_keeps_the_state_of_an_existing_published_practice(editor_client):
    existing = PracticeFactory(slug="existing", title_en="Old title")
    published_at = existing.published_at
    content = (
        HEADER + "\nexisting,en,New title,,Summary.,Text.,SE,work-skills,local,none,archived\n"
    ).encode()
    import_csv(editor_client, content)
    existing.refresh_from_db()
    assert existing.title_en == "New title"
    assert existing.status == "published" and existing.published_at == published_at


def test_non_utf8_file_is_refused_with_a_message(editor_client):
    content = (HEADER + "\nlatin,en,Caf\xe9,,S.,T.,SE,work-skills,local,none,draft\n").encode(
        "latin-1"
    )
    preview, _done = import_csv(editor_client, content, confirm=False)
    assert preview.status_code == 200
    assert not Practice.objects.filter(slug="latin").exists()
    assert "UnicodeDecodeError" in preview.content.decode()
