"""/<lang>/practices/suggest/ — anyone may suggest a practice; it never publishes anything."""

import time

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail, signing

from practices.forms import SIGNER_SALT
from practices.models import Practice

pytestmark = pytest.mark.django_db


def started(seconds_ago: float = 60) -> str:
    signer = signing.TimestampSigner(salt=SIGNER_SALT)
    timestamp = signing.b62_encode(int(time.time() - seconds_ago))
    value = f"form{signer.sep}{timestamp}"
    return f"{value}{signer.sep}{signer.signature(value)}"


def valid_data(**changes) -> dict:
    data = {
        "title": "Läxhjälp på biblioteket",
        "summary": "Frivilliga hjälper nyanlända elever med läxor två kvällar i veckan.",
        "description": "Vi startade 2021 tillsammans med biblioteket.",
        "results": "40 elever deltog.",
        "country": "SE",
        "themes": ["education", "civil-society-volunteering"],
        "target_groups": ["children"],
        "organisation": "Föreningen Läxkompisar",
        "name": "Sara Holm",
        "email": "sara@example.org",
        "consent": "on",
        "website": "",
        "started": started(),
    }
    data.update(changes)
    return data


@pytest.fixture(autouse=True)
def an_editor(db):
    editor = User.objects.create_user("editor", "editor@ideabank.example", "x")
    editor.groups.add(Group.objects.get(name="Editors"))


def test_form_renders_in_every_language_with_csrf(client):
    for language, label in [("en", "Suggest a practice"), ("fi", "Ehdota menetelmää")]:
        response = client.get(f"/{language}/practices/suggest/")
        content = response.content.decode()
        assert response.status_code == 200
        assert label in content
        assert "csrfmiddlewaretoken" in content


def test_valid_suggestion_creates_a_draft_and_tells_the_editors(client):
    response = client.post("/sv/practices/suggest/", valid_data())
    assert response.status_code == 302
    assert response["Location"] == "/sv/practices/suggest/thanks/"
    practice = Practice.objects.get()
    assert practice.status == "draft" and practice.published_at is None
    assert practice.is_suggestion
    assert practice.original_language == "sv"
    assert practice.title_sv == "Läxhjälp på biblioteket"
    assert list(practice.countries.values_list("code", flat=True)) == ["SE"]
    assert practice.suggested_by_email == "sara@example.org"
    assert practice.suggester_may_be_contacted
    assert not Practice.objects.published().exists()
    assert mail.outbox[0].to == ["editor@ideabank.example"]
    assert f"/admin/practices/practice/{practice.pk}/change/" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", ""),
        ("summary", "x" * 301),
        ("description", ""),
        ("description", "x" * 5001),
        ("country", "ZZ"),
        ("themes", []),
        ("themes", ["no-such-theme"]),
        ("email", "not-an-address"),
        ("name", ""),
    ],
)
def test_each_invalid_field_is_shown_next_to_the_field(client, field, value):
    response = client.post("/en/practices/suggest/", valid_data(**{field: value}))
    assert response.status_code == 200
    content = response.content.decode()
    assert f'id="id_{field}_error"' in content
    assert "Please correct the marked fields." in content
    assert not Practice.objects.exists()


def test_errors_are_shown_in_the_reader_language(client):
    response = client.post("/fi/practices/suggest/", valid_data(title=""))
    assert "Tämä kenttä vaaditaan." in response.content.decode()


def test_honeypot_pretends_success_and_stores_nothing(client):
    response = client.post("/en/practices/suggest/", valid_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not Practice.objects.exists()
    assert mail.outbox == []


def test_too_fast_submission_is_refused(client):
    response = client.post("/en/practices/suggest/", valid_data(started=started(seconds_ago=0)))
    assert "That was very fast" in response.content.decode()
    assert not Practice.objects.exists()


def test_forged_timestamp_is_refused(client):
    response = client.post("/en/practices/suggest/", valid_data(started="form:abc:def"))
    assert "could not be checked" in response.content.decode()
    assert not Practice.objects.exists()


def test_rate_limited_sender_gets_a_polite_429(client):
    for index in range(5):
        client.post("/en/practices/suggest/", valid_data(title=f"Practice {index}"))
    response = client.post("/en/practices/suggest/", valid_data(title="One too many"))
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert Practice.objects.count() == 5


def test_suggested_text_is_stored_as_plain_text_and_escaped(client):
    client.post("/en/practices/suggest/", valid_data(title="<script>alert(1)</script>"))
    practice = Practice.objects.get()
    assert practice.title_en == "<script>alert(1)</script>"
    assert practice.slug == "scriptalert1script"


def test_csrf_is_required(db):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/en/practices/suggest/", valid_data())
    assert response.status_code == 403
    assert not Practice.objects.exists()


def test_suggestion_never_publishes_even_with_crafted_fields(client):
    client.post(
        "/en/practices/suggest/",
        valid_data(status="published", published_at="2020-01-01", featured="on"),
    )
    practice = Practice.objects.get()
    assert (practice.status, practice.published_at, practice.featured) == ("draft", None, False)
