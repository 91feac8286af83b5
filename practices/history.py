"""Revisions of practices and organisations: a readable comparison of any two, in every
language, and the rule that restoring an old revision never changes the editorial state."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models

# Kept from the current practice when an old revision is restored: restoring brings back
# content, never a publication (that is the workflow's business).
WORKFLOW_FIELDS = (
    "status",
    "published_at",
    "last_reviewed_at",
    "featured",
    "review_comment",
    "created_by",
    "is_suggestion",
    "suggested_by_name",
    "suggested_by_email",
    "suggested_by_organisation",
    "suggester_may_be_contacted",
)


def tracked_fields(model) -> list[str]:
    """Every field a revision keeps, per-language fields and relations included."""
    history_model = model.history.model
    names = [
        field.name
        for field in history_model._meta.fields
        if not field.name.startswith("history_") and field.name != "id"
    ]
    return names + [field.name for field in getattr(history_model, "_history_m2m_fields", [])]


def _label(model, name: str) -> str:
    """The field's name for editors; per-language fields read like "title [fi]"."""
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def _display(model, name: str, value) -> str:
    if value in (None, ""):
        return "–"
    if isinstance(value, list):  # a relation: the related objects' names
        field = model._meta.get_field(name)
        related = field.remote_field.model
        key = related._meta.model_name
        ids = [row.get(key) for row in value]
        objects = {obj.pk: str(obj) for obj in related.objects.filter(pk__in=ids)}
        return ", ".join(sorted(objects.get(pk, str(pk)) for pk in ids))
    field = model._meta.get_field(name) if name in {f.name for f in model._meta.fields} else None
    if isinstance(field, models.ForeignKey):
        related = field.remote_field.model.objects.filter(pk=value).first()
        return str(related) if related else str(value)
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def compare(model, new, old) -> list[dict]:
    """The fields that differ between two revisions, with readable labels and values."""
    delta = new.diff_against(old, included_fields=tracked_fields(model))
    rows = [
        {
            "field": change.field,
            "label": _label(model, change.field),
            "old": _display(model, change.field, change.old),
            "new": _display(model, change.field, change.new),
        }
        for change in delta.changes
    ]
    return sorted(rows, key=lambda row: row["field"])


def keep_workflow_state(restored, current) -> None:
    for name in WORKFLOW_FIELDS:
        if hasattr(current, name):
            setattr(restored, name, getattr(current, name))
