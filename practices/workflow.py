"""The editorial workflow: the only way a practice changes status.

draft → in_review → published → archived, with published → draft (withdraw) and
in_review → draft (send back, with a comment for the author). Admin forms, admin actions,
imports and the suggestion form all go through `apply()`, which checks who may do what.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from practices.choices import Status

PUBLISH = "practices.publish_practice"
ARCHIVE = "practices.archive_practice"


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset[str]
    target: str
    permission: str | None  # None: the author of a draft, or anyone who may change it


D, R, P, A = Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED, Status.ARCHIVED
TRANSITIONS = {
    t.name: t
    for t in [
        Transition("submit", _("Send to review"), frozenset({D}), R, None),
        Transition("publish", _("Publish"), frozenset({R}), P, PUBLISH),
        Transition("send_back", _("Send back to the author"), frozenset({R}), D, PUBLISH),
        Transition("withdraw", _("Withdraw (back to draft)"), frozenset({P}), D, PUBLISH),
        Transition("archive", _("Archive"), frozenset({P}), A, ARCHIVE),
    ]
}


class TransitionError(ValidationError):
    pass


def is_editor(user) -> bool:
    return user.is_active and user.has_perm(PUBLISH)


def can_edit(user, practice) -> bool:
    """Editors edit anything; contributors only their own drafts."""
    if not user.is_active or not user.has_perm("practices.change_practice"):
        return False
    if is_editor(user):
        return True
    return practice.status == Status.DRAFT and practice.created_by_id == user.pk


def allowed(user, practice, name: str) -> bool:
    transition = TRANSITIONS.get(name)
    if transition is None or practice.status not in transition.sources:
        return False
    if transition.permission is None:
        return can_edit(user, practice)
    return user.is_active and user.has_perm(transition.permission)


def available(user, practice) -> list[Transition]:
    return [t for name, t in TRANSITIONS.items() if allowed(user, practice, name)]


@transaction.atomic
def apply(user, practice, name: str, comment: str = "") -> None:
    """Move `practice` along transition `name`, or raise TransitionError / PermissionDenied."""
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise TransitionError(_("Unknown action."))
    if practice.status not in transition.sources:
        raise TransitionError(
            _("A practice that is “%(status)s” cannot be moved by “%(action)s”.")
            % {"status": practice.get_status_display(), "action": transition.label}
        )
    if not allowed(user, practice, name):
        raise PermissionDenied(
            _("You may not “%(action)s” this practice.") % {"action": transition.label}
        )
    now = timezone.now()
    if name == "send_back":
        if not comment.strip():
            raise TransitionError(_("Say what the author should change: a comment is required."))
        practice.review_comment = comment.strip()
    if name == "publish":
        # First publication: now, unless an editor chose a date (a future one schedules it).
        if practice.published_at is None:
            practice.published_at = now
        practice.last_reviewed_at = now
        practice.review_comment = ""
    practice.status = transition.target
    practice.save(
        update_fields=["status", "published_at", "last_reviewed_at", "review_comment", "updated_at"]
    )
    if name == "send_back":
        notify_author(practice)


def notify_author(practice) -> None:
    author = practice.created_by
    if not author or not author.email:
        return
    send_mail(
        subject=str(_("Your practice was sent back: %(title)s") % {"title": practice}),
        message=str(
            _("An editor sent your practice back to you with this comment:\n\n%(comment)s")
            % {"comment": practice.review_comment}
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[author.email],
        fail_silently=True,
    )


STALE_AFTER = timedelta(days=365)
QUEUE_LENGTH = 50


def review_queues(queryset) -> list[dict]:
    """The lists on the editors' review page, each with its full count."""
    stale_before = timezone.now() - STALE_AFTER
    queues = [
        (
            "in-review",
            _("Awaiting review"),
            _("Oldest first."),
            queryset.filter(status=Status.IN_REVIEW).order_by("updated_at"),
        ),
        (
            "suggestions",
            _("Public suggestions"),
            _("Sent in through the public form; drafts until an editor takes them on."),
            queryset.filter(status=Status.DRAFT, is_suggestion=True).order_by("created_at"),
        ),
        (
            "sent-back",
            _("Sent back to their authors"),
            _("Drafts with a comment from the editors."),
            queryset.filter(status=Status.DRAFT).exclude(review_comment="").order_by("updated_at"),
        ),
        (
            "stale",
            _("Not reviewed for a year"),
            _("Published practices whose last review is more than 12 months ago."),
            queryset.filter(status=Status.PUBLISHED)
            .filter(Q(last_reviewed_at__lt=stale_before) | Q(last_reviewed_at__isnull=True))
            .order_by(F("last_reviewed_at").asc(nulls_first=True)),
        ),
    ]
    return [
        {
            "id": key,
            "title": title,
            "help": help_text,
            "count": items.count(),
            "items": list(items.select_related("created_by")[:QUEUE_LENGTH]),
        }
        for key, title, help_text, items in queues
    ]
