"""What happens to a public suggestion: a draft for the editors, and an e-mail to them."""

from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from practices.choices import Status
from practices.models import Practice

RATE_LIMIT = 5  # submissions per address
RATE_WINDOW = 3600  # seconds


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def rate_limited(request) -> bool:
    """Count this attempt; True once an address has tried more than RATE_LIMIT times."""
    key = f"ideabank:suggest-rate:{client_address(request)}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW)
        attempts = 1
    return attempts > RATE_LIMIT


def unique_slug(title: str) -> str:
    base = (slugify(title) or "suggestion")[:180]
    slug, number = base, 1
    while Practice.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def create_draft(data: dict, language: str) -> Practice:
    """A draft in the sender's language, marked as a suggestion. Never published."""
    practice = Practice(
        slug=unique_slug(data["title"]),
        original_language=language,
        status=Status.DRAFT,
        published_at=None,
        is_suggestion=True,
        suggested_by_name=data["name"],
        suggested_by_email=data["email"],
        suggested_by_organisation=data.get("organisation", ""),
        suggester_may_be_contacted=data.get("consent", False),
        contact_name=data["name"] if data.get("consent") else "",
        contact_email=data["email"] if data.get("consent") else "",
    )
    for field in ("title", "summary", "description", "results"):
        setattr(practice, f"{field}_{language}", data.get(field, ""))
    practice.title = data["title"]
    practice.save()
    practice.countries.set([data["country"]])
    practice.themes.set(data["themes"])
    practice.target_groups.set(data.get("target_groups", []))
    return practice


def editor_addresses() -> list[str]:
    editors = User.objects.filter(is_active=True, groups__name="Editors").exclude(email="")
    addresses = list(editors.values_list("email", flat=True).distinct())
    return addresses or [address for _name, address in settings.ADMINS]


def notify_editors(request, practice: Practice) -> None:
    recipients = editor_addresses()
    if not recipients:
        return
    link = request.build_absolute_uri(
        reverse("admin:practices_practice_change", args=[practice.pk])
    )
    send_mail(
        subject=_("New suggestion: %(title)s") % {"title": practice.title},
        message=_(
            "%(name)s suggested a practice for the idea bank. It is saved as a draft:\n\n%(link)s"
        )
        % {"name": practice.suggested_by_name, "link": link},
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=recipients,
        fail_silently=True,
    )
