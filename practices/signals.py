"""Keep derived data in step with content: organisation names for search, cache versions."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from practices import cache
from practices.models import Country, Organisation, Practice, TargetGroup, Theme


def refresh_organisation_names(practice_ids) -> None:
    names: dict[int, list[str]] = {pk: [] for pk in practice_ids}
    through = Practice.organisations.through
    for practice_id, name in through.objects.filter(practice_id__in=names).values_list(
        "practice_id", "organisation__name"
    ):
        names[practice_id].append(name)
    for practice_id, practice_names in names.items():
        Practice.objects.filter(pk=practice_id).update(
            organisation_names=" ".join(sorted(practice_names))
        )


def practice_ids_of(organisation: Organisation) -> list[int]:
    return list(organisation.practices.values_list("pk", flat=True))


@receiver(m2m_changed, sender=Practice.organisations.through)
def organisations_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not reverse:
        if action in {"post_add", "post_remove", "post_clear"}:
            refresh_organisation_names([instance.pk])
    elif action == "pre_clear":
        instance._practices_before_clear = practice_ids_of(instance)
    elif action == "post_clear":
        refresh_organisation_names(getattr(instance, "_practices_before_clear", []))
    elif action in {"post_add", "post_remove"}:
        refresh_organisation_names(pk_set or [])


@receiver(post_save, sender=Organisation)
def organisation_saved(sender, instance, created, **kwargs):
    if not created:
        refresh_organisation_names(practice_ids_of(instance))


@receiver(pre_delete, sender=Organisation)
def organisation_deleting(sender, instance, **kwargs):
    instance._practices_before_delete = practice_ids_of(instance)


@receiver(post_delete, sender=Organisation)
def organisation_deleted(sender, instance, **kwargs):
    refresh_organisation_names(getattr(instance, "_practices_before_delete", []))


CONTENT_MODELS = (Practice, Organisation, Country, Theme, TargetGroup)


def content_changed(sender, **kwargs):
    cache.bump_content_version()


for model in CONTENT_MODELS:
    post_save.connect(content_changed, sender=model, dispatch_uid=f"version-save-{model.__name__}")
    post_delete.connect(
        content_changed, sender=model, dispatch_uid=f"version-delete-{model.__name__}"
    )
for relation in ("countries", "themes", "target_groups", "organisations"):
    m2m_changed.connect(
        content_changed,
        sender=getattr(Practice, relation).through,
        dispatch_uid=f"version-m2m-{relation}",
    )
