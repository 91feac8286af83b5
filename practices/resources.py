"""Bulk import and export for editors (django-import-export): CSV/XLSX with every language.

Vocabularies travel by their stable codes and slugs. Imports never publish: new practices
become drafts, and an existing practice keeps its editorial state.
"""

from import_export import fields, resources, widgets

from practices.choices import Status
from practices.history import WORKFLOW_FIELDS, keep_workflow_state
from practices.languages import LANGUAGE_CODES
from practices.models import Country, Organisation, Practice, TargetGroup, Theme

PRACTICE_TEXT = ("title", "summary", "description", "results", "lessons", "costs")


def translated(*names: str) -> list[str]:
    return [f"{name}_{code}" for name in names for code in LANGUAGE_CODES]


def related(attribute: str, model, key: str) -> fields.Field:
    return fields.Field(
        attribute=attribute,
        column_name=attribute,
        widget=widgets.ManyToManyWidget(model, field=key, separator="|"),
    )


class PracticeResource(resources.ModelResource):
    countries = related("countries", Country, "code")
    themes = related("themes", Theme, "slug")
    target_groups = related("target_groups", TargetGroup, "slug")
    organisations = related("organisations", Organisation, "slug")

    class Meta:
        model = Practice
        import_id_fields = ["slug"]
        fields = [
            "slug",
            "original_language",
            *translated(*PRACTICE_TEXT),
            "countries",
            "themes",
            "target_groups",
            "organisations",
            "municipality",
            "level",
            "start_year",
            "end_year",
            "evaluation",
            "contact_name",
            "contact_email",
            "contact_phone",
            "status",
            "published_at",
        ]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        # Status and publication are the workflow's: an import never sets them.
        if field.attribute in WORKFLOW_FIELDS:
            return
        super().import_field(field, instance, row, is_m2m=is_m2m, **kwargs)

    def before_save_instance(self, instance, row, **kwargs):
        if instance.pk is None:
            instance.status = Status.DRAFT
            instance.published_at = None
        else:
            keep_workflow_state(instance, Practice.objects.get(pk=instance.pk))
        if not instance.title:
            instance.title = getattr(instance, f"title_{instance.original_language}", "") or ""


class OrganisationResource(resources.ModelResource):
    country = fields.Field(
        attribute="country", column_name="country", widget=widgets.ForeignKeyWidget(Country, "code")
    )

    class Meta:
        model = Organisation
        import_id_fields = ["slug"]
        fields = ["slug", "name", "kind", "country", "city", "website", *translated("description")]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
