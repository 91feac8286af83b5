"""The editorial workflow: who may move a practice where, enforced by the server."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from practices import workflow
from practices.choices import Status
from practices.models import Practice
from tests.factories import PracticeFactory, country, theme

pytestmark = pytest.mark.django_db

D, R, P, A = Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED, Status.ARCHIVED


def make_user(name: str, group: str | None = None, **extra) -> User:
    user = User.objects.create_user(name, f"{name}@ideabank.example", "pw-12345-long", **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def people():
    return {
        "author": make_user("author", "Contributors", is_staff=True),
        "contributor": make_user("other", "Contributors", is_staff=True),
        "editor": make_user("editor", "Editors", is_staff=True),
        "superuser": User.objects.create_superuser("root", "root@ideabank.example", "pw-12345"),
        "visitor": make_user("visitor"),
    }


# (state, transition) → the roles that may make it; everyone else is refused.
TABLE = {
    (D, "submit"): {"author", "editor", "superuser"},
    (R, "publish"): {"editor", "superuser"},
    (R, "send_back"): {"editor", "superuser"},
    (P, "withdraw"): {"editor", "superuser"},
    (P, "archive"): {"editor", "superuser"},
}
ROLES = ["author", "contributor", "editor", "superuser", "visitor"]


@pytest.mark.parametrize("state", [D, R, P, A])
@pytest.mark.parametrize("name", list(workflow.TRANSITIONS))
@pytest.mark.parametrize("role", ROLES)
def test_transition_table(people, state, name, role):
    practice = PracticeFactory(
        status=state,
        created_by=people["author"],
        published_at=timezone.now() if state in {P, A} else None,
    )
    expected = role in TABLE.get((state, name), set())
    assert workflow.allowed(people[role], practice, name) is expected
    if expected:
        workflow.apply(people[role], practice, name, comment="Please add the costs.")
        practice.refresh_from_db()
        assert practice.status == workflow.TRANSITIONS[name].target
    else:
        with pytest.raises((PermissionDenied, workflow.TransitionError)):
            workflow.apply(people[role], practice, name, comment="x")
        practice.refresh_from_db()
        assert practice.status == state


def test_publishing_sets_publication_and_review_dates(people):
    practice = PracticeFactory(status=R, published_at=None)
    workflow.apply(people["editor"], practice, "publish")
    assert practice.published_at is not None
    assert practice.last_reviewed_at is not None
    assert practice.is_public


def test_publishing_keeps_a_future_date_chosen_by_an_editor(people):
    later = timezone.now() + timedelta(days=3)
    practice = PracticeFactory(status=R, published_at=later)
    workflow.apply(people["editor"], practice, "publish")
    assert practice.published_at == later
    assert not Practice.objects.published().filter(pk=practice.pk).exists()


def test_sending_back_needs_a_comment_and_tells_the_author(people):
    practice = PracticeFactory(status=R, published_at=None, created_by=people["author"])
    with pytest.raises(workflow.TransitionError):
        workflow.apply(people["editor"], practice, "send_back", comment="  ")
    workflow.apply(people["editor"], practice, "send_back", comment="Add the costs, please.")
    assert practice.status == D
    assert practice.review_comment == "Add the costs, please."
    assert mail.outbox[0].to == ["author@ideabank.example"]
    assert "Add the costs, please." in mail.outbox[0].body


# -- through the real admin --------------------------------------------------------------


def admin_form_data(practice, **changes):
    data = {
        "title_en": practice.title_en,
        "slug": practice.slug,
        "original_language": practice.original_language,
        "summary_en": practice.summary_en,
        "description_en": practice.description_en,
        "countries": [country("SE").pk],
        "themes": [theme("work-skills").pk],
        "level": practice.level,
        "evaluation": practice.evaluation,
        **{
            f"{prefix}-{key}": value
            for prefix in ("links", "attachments", "images")
            for key, value in {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0"}.items()
        },
    }
    data.update(changes)
    return data


def test_contributor_cannot_publish_with_a_crafted_status_field(client, people):
    practice = PracticeFactory(status=D, published_at=None, created_by=people["author"])
    client.force_login(people["author"])
    url = f"/admin/practices/practice/{practice.pk}/change/"
    data = admin_form_data(
        practice, status="published", published_at_0="2020-01-01", published_at_1="10:00:00"
    )
    response = client.post(url, data)
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.status == D
    assert practice.published_at is None


def test_contributor_cannot_publish_with_a_crafted_transition(client, people):
    practice = PracticeFactory(status=D, published_at=None, created_by=people["author"])
    client.force_login(people["author"])
    url = f"/admin/practices/practice/{practice.pk}/change/"
    response = client.post(url, admin_form_data(practice, _transition="publish"), follow=True)
    practice.refresh_from_db()
    assert practice.status == D
    assert "You may not" in response.content.decode() or "cannot be moved" in (
        response.content.decode()
    )


def test_contributor_sends_own_draft_to_review_with_the_button(client, people):
    practice = PracticeFactory(status=D, published_at=None, created_by=people["author"])
    client.force_login(people["author"])
    url = f"/admin/practices/practice/{practice.pk}/change/"
    assert 'value="submit"' in client.get(url).content.decode()
    client.post(url, admin_form_data(practice, _transition="submit"))
    practice.refresh_from_db()
    assert practice.status == R


def test_contributor_cannot_change_someone_elses_draft_or_a_published_practice(client, people):
    other = PracticeFactory(status=D, published_at=None, created_by=people["contributor"])
    public = PracticeFactory(created_by=people["author"])
    client.force_login(people["author"])
    for practice in (other, public):
        url = f"/admin/practices/practice/{practice.pk}/change/"
        assert client.get(url).status_code == 200  # may look
        response = client.post(url, admin_form_data(practice, title_en="Hijacked"))
        assert response.status_code == 403
        practice.refresh_from_db()
        assert practice.title_en != "Hijacked"


def test_new_practices_start_as_drafts_whatever_is_posted(client, people):
    client.force_login(people["author"])
    practice = PracticeFactory.build(slug="brand-new", title_en="Brand new")
    client.post("/admin/practices/practice/add/", admin_form_data(practice, status="published"))
    created = Practice.objects.get(slug="brand-new")
    assert created.status == D
    assert created.created_by == people["author"]


def test_editor_publishes_from_review_with_the_button(client, people):
    practice = PracticeFactory(status=R, published_at=None)
    client.force_login(people["editor"])
    url = f"/admin/practices/practice/{practice.pk}/change/"
    content = client.get(url).content.decode()
    assert 'value="publish"' in content and 'value="send_back"' in content
    client.post(url, admin_form_data(practice, _transition="publish"))
    practice.refresh_from_db()
    assert practice.status == P and practice.is_public


def test_bulk_actions_are_permission_checked(client, people):
    drafts = [PracticeFactory(status=R, published_at=None) for _ in range(2)]
    client.force_login(people["author"])
    changelist = client.get("/admin/practices/practice/").content.decode()
    assert "publish_selected" not in changelist
    response = client.post(
        "/admin/practices/practice/",
        {"action": "publish_selected", "_selected_action": [p.pk for p in drafts]},
    )
    assert all(Practice.objects.get(pk=p.pk).status == R for p in drafts)
    client.force_login(people["editor"])
    response = client.post(
        "/admin/practices/practice/",
        {"action": "publish_selected", "_selected_action": [p.pk for p in drafts]},
        follow=True,
    )
    assert "2 practices changed." in response.content.decode()
    assert all(Practice.objects.get(pk=p.pk).status == P for p in drafts)


def test_bulk_action_reports_what_it_could_not_change(client, people):
    review = PracticeFactory(status=R, published_at=None)
    draft = PracticeFactory(status=D, published_at=None)
    client.force_login(people["editor"])
    response = client.post(
        "/admin/practices/practice/",
        {"action": "publish_selected", "_selected_action": [review.pk, draft.pk]},
        follow=True,
    )
    content = response.content.decode()
    assert "1 practice changed." in content
    assert "1 practice could not be changed" in content


# -- preview -------------------------------------------------------------------------------


def test_preview_shows_a_draft_to_people_who_edit(client, people):
    practice = PracticeFactory(status=D, published_at=None, title_en="Secret draft")
    client.force_login(people["author"])
    response = client.get(f"/en/practices/preview/{practice.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Preview — not public" in content and "Secret draft" in content
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("who", ["anonymous", "visitor"])
def test_preview_is_404_for_everyone_else(client, people, who):
    practice = PracticeFactory(status=D, published_at=None)
    if who == "visitor":
        client.force_login(people["visitor"])
    assert client.get(f"/en/practices/preview/{practice.pk}/").status_code == 404


# -- review queue ----------------------------------------------------------------------------


def test_review_queue_lists_waiting_sent_back_suggested_and_stale_practices(client, people):
    old = timezone.now() - timedelta(days=400)
    PracticeFactory(slug="waiting", status=R, published_at=None)
    PracticeFactory(slug="sent-back", status=D, published_at=None, review_comment="Add costs.")
    PracticeFactory(slug="suggested", status=D, published_at=None, is_suggestion=True)
    PracticeFactory(slug="stale", last_reviewed_at=old)
    PracticeFactory(slug="fresh", last_reviewed_at=timezone.now())
    client.force_login(people["editor"])
    response = client.get("/admin/practices/practice/review/")
    assert response.status_code == 200
    queues = {queue["id"]: queue for queue in response.context["queues"]}
    assert [p.slug for p in queues["in-review"]["items"]] == ["waiting"]
    assert [p.slug for p in queues["sent-back"]["items"]] == ["sent-back"]
    assert [p.slug for p in queues["suggestions"]["items"]] == ["suggested"]
    assert [p.slug for p in queues["stale"]["items"]] == ["stale"]
    assert queues["stale"]["count"] == 1


def test_review_queue_needs_a_staff_login(client, people):
    assert client.get("/admin/practices/practice/review/").status_code == 302


# -- history ---------------------------------------------------------------------------------


def test_every_change_is_kept_with_who_and_every_language(client, people):
    practice = PracticeFactory(status=D, published_at=None, created_by=people["author"])
    before = practice.history.count()
    client.force_login(people["author"])
    url = f"/admin/practices/practice/{practice.pk}/change/"
    client.post(url, admin_form_data(practice, title_fi="Työmentorit", summary_en="Changed."))
    latest = practice.history.first()
    assert latest.history_user == people["author"]
    assert latest.title_fi == "Työmentorit"
    assert latest.summary_en == "Changed."
    assert practice.history.count() > before


def test_compare_view_shows_changes_in_every_language_and_relations(client, people):
    practice = PracticeFactory(status=D, published_at=None, created_by=people["author"])
    old = practice.history.first()
    client.force_login(people["editor"])
    url = f"/admin/practices/practice/{practice.pk}/change/"
    client.post(
        url,
        admin_form_data(practice, title_is="Atvinnuleiðbeinendur", countries=[country("IS").pk]),
    )
    new = practice.history.first()
    response = client.get(
        f"/admin/practices/practice/{practice.pk}/history/compare/",
        {"old": old.history_id, "new": new.history_id},
    )
    assert response.status_code == 200
    fields = {row["field"]: row for row in response.context["rows"]}
    assert fields["title_is"]["new"] == "Atvinnuleiðbeinendur"
    assert fields["title_is"]["label"] == "title [is]"
    assert fields["countries"]["old"] == "Sweden" and fields["countries"]["new"] == "Iceland"
    assert "Atvinnuleiðbeinendur" in response.content.decode()


def test_compare_view_with_bad_versions_is_a_400(client, people):
    practice = PracticeFactory()
    client.force_login(people["editor"])
    url = f"/admin/practices/practice/{practice.pk}/history/compare/"
    assert client.get(url, {"old": "x", "new": "1"}).status_code == 400
    assert client.get(url, {"old": "999999", "new": "999998"}).status_code == 400


def test_restoring_a_revision_brings_back_content_but_not_publication(client, people):
    practice = PracticeFactory(status=D, published_at=None, title_en="First title")
    first = practice.history.first()
    practice.title_en = "Second title"
    practice.save()
    workflow.apply(people["editor"], practice, "submit")
    workflow.apply(people["editor"], practice, "publish")
    client.force_login(people["editor"])
    url = f"/admin/practices/practice/{practice.pk}/history/{first.history_id}/"
    assert client.get(url).status_code == 200
    response = client.post(url, admin_form_data(practice, title_en="First title"))
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.title_en == "First title"
    assert practice.status == P  # still published: restoring did not unpublish
    assert practice.history.count() >= 4  # the restore is a new revision


def test_scheduled_practice_appears_exactly_when_due(client):
    from unittest import mock

    due = timezone.now() + timedelta(hours=2)
    PracticeFactory(slug="scheduled", published_at=due)
    before, after = due - timedelta(seconds=1), due + timedelta(seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=before):
        assert client.get("/en/practices/scheduled/").status_code == 404
    with mock.patch("django.utils.timezone.now", return_value=due):
        assert client.get("/en/practices/scheduled/").status_code == 200
    with mock.patch("django.utils.timezone.now", return_value=after):
        assert 'data-slug="scheduled"' in client.get("/en/practices/").content.decode()
