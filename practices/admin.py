"""The editorial back office: the admin, arranged for the welfare centre's editors."""

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from practices import history as history_diff
from practices import translation_status, workflow
from practices.choices import Status
from practices.languages import LANGUAGE_CODES
from practices.models import (
    Country,
    DemoDataset,
    Organisation,
    Practice,
    PracticeAttachment,
    PracticeImage,
    PracticeLink,
    TargetGroup,
    Theme,
)
from practices.resources import OrganisationResource, PracticeResource

admin.site.site_header = _("Nordic integration idea bank – editorial office")
admin.site.site_title = _("Idea bank editors")
admin.site.index_title = _("Content")

# Editors paste bare domains; assume https, as Django 6.0 will.
URL_FIELDS_HTTPS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Country)
class CountryAdmin(TabbedTranslationAdmin):
    list_display = ["code", "name", "order", "practice_count"]
    list_editable = ["order"]
    search_fields = ["code", "name_en", "name_sv", "name_da", "name_nb", "name_fi", "name_is"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(practice_total=Count("practices"))

    @admin.display(description=_("practices"), ordering="practice_total")
    def practice_count(self, obj):
        return obj.practice_total


@admin.register(Theme)
class ThemeAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "order", "practice_count"]
    list_editable = ["order"]
    search_fields = ["slug", "name_en", "name_sv", "name_da", "name_nb", "name_fi", "name_is"]
    prepopulated_fields = {"slug": ["name_en"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(practice_total=Count("practices"))

    @admin.display(description=_("practices"), ordering="practice_total")
    def practice_count(self, obj):
        return obj.practice_total


@admin.register(TargetGroup)
class TargetGroupAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["slug", "name_en", "name_sv", "name_da", "name_nb", "name_fi", "name_is"]
    prepopulated_fields = {"slug": ["name_en"]}


class RevisionsAdminMixin:
    """History with a readable comparison of any two revisions, in every language."""

    object_history_template = "admin/practices/object_history.html"

    def history_view(self, request, object_id, extra_context=None):
        versions = self.model.history.filter(**{self.model._meta.pk.attname: object_id})
        return super().history_view(
            request,
            object_id,
            extra_context={**(extra_context or {}), "versions": versions[:200]},
        )

    def get_urls(self):
        info = self.model._meta.app_label, self.model._meta.model_name
        return [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name="{}_{}_compare".format(*info),
            ),
            *super().get_urls(),
        ]

    def compare_view(self, request, object_id):
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        history = obj.history.all()
        try:
            old = history.get(history_id=int(request.GET.get("old", "")))
            new = history.get(history_id=int(request.GET.get("new", "")))
        except (ValueError, obj.history.model.DoesNotExist):
            return TemplateResponse(
                request,
                "400.html",
                {"message": _("Choose two versions to compare.")},
                status=400,
            )
        if old.history_date > new.history_date:
            old, new = new, old
        context = {
            **self.admin_site.each_context(request),
            "title": _("Changes to %(object)s") % {"object": obj},
            "opts": self.model._meta,
            "object": obj,
            "old": old,
            "new": new,
            "rows": history_diff.compare(self.model, new, old),
        }
        return TemplateResponse(request, "admin/practices/compare.html", context)


@admin.register(Organisation)
class OrganisationAdmin(
    RevisionsAdminMixin, ImportExportModelAdmin, SimpleHistoryAdmin, TabbedTranslationAdmin
):
    resource_classes = [OrganisationResource]
    formfield_overrides = URL_FIELDS_HTTPS
    list_display = ["name", "kind", "country", "city", "practice_count", "updated_at"]
    list_filter = ["kind", "country"]
    list_select_related = ["country"]
    search_fields = ["name", "slug", "city"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["country"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "country", "city", "website", "logo"]}),
        (_("Description"), {"fields": ["description"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(practice_total=Count("practices"))

    @admin.display(description=_("practices"), ordering="practice_total")
    def practice_count(self, obj):
        return obj.practice_total


class MissingLanguageFilter(admin.SimpleListFilter):
    title = _("missing in language")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(code, name) for code, name in settings.LANGUAGES]

    def queryset(self, request, queryset):
        if self.value() in LANGUAGE_CODES:
            return queryset.filter(translation_status.missing_language(self.value()))
        return queryset


class PracticeLinkInline(TranslationTabularInline):
    model = PracticeLink
    formfield_overrides = URL_FIELDS_HTTPS
    extra = 0


class PracticeAttachmentInline(TranslationTabularInline):
    model = PracticeAttachment
    extra = 0


class PracticeImageInline(TranslationTabularInline):
    model = PracticeImage
    extra = 0


@admin.register(Practice)
class PracticeAdmin(
    RevisionsAdminMixin, ImportExportModelAdmin, SimpleHistoryAdmin, TabbedTranslationAdmin
):
    resource_classes = [PracticeResource]
    change_list_template = "admin/practices/practice/change_list.html"
    list_display = [
        "title",
        "status",
        "published_at",
        "country_list",
        "theme_list",
        "evaluation",
        "languages",
        "updated_at",
    ]
    list_filter = [
        MissingLanguageFilter,
        "status",
        "countries",
        "themes",
        "evaluation",
        "level",
        "featured",
        "original_language",
    ]
    search_fields = [
        "slug",
        "municipality",
        "organisations__name",
        *[f"title_{code}" for code in ("en", "sv", "da", "nb", "nn", "fi", "is")],
    ]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["countries", "themes", "target_groups", "organisations"]
    readonly_fields = [
        "status",
        "last_reviewed_at",
        "review_comment",
        "created_by",
        "created_at",
        "updated_at",
        "is_suggestion",
        "suggested_by_name",
        "suggested_by_email",
        "suggested_by_organisation",
        "suggester_may_be_contacted",
    ]
    # Only editors choose when a practice comes out and what the home page features.
    EDITOR_ONLY_FIELDS = ["published_at", "featured"]
    change_form_template = "admin/practices/practice/change_form.html"
    actions = ["submit_selected", "publish_selected", "withdraw_selected", "archive_selected"]
    inlines = [PracticeLinkInline, PracticeAttachmentInline, PracticeImageInline]
    list_per_page = 50
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "original_language",
                    "summary",
                    "description",
                    "results",
                    "lessons",
                    "costs",
                ]
            },
        ),
        (
            _("Where, who and when"),
            {
                "fields": [
                    "countries",
                    "municipality",
                    "level",
                    "themes",
                    "target_groups",
                    "organisations",
                    ("start_year", "end_year"),
                    "evaluation",
                ]
            },
        ),
        (_("Contact"), {"fields": ["contact_name", "contact_email", "contact_phone"]}),
        (
            _("Publication"),
            {
                "fields": [
                    "status",
                    "published_at",
                    "last_reviewed_at",
                    "featured",
                    "review_comment",
                ]
            },
        ),
        (
            _("Public suggestion"),
            {
                "fields": [
                    "is_suggestion",
                    "suggested_by_name",
                    "suggested_by_email",
                    "suggested_by_organisation",
                    "suggester_may_be_contacted",
                ],
                "classes": ["collapse"],
            },
        ),
        (
            _("Record"),
            {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("countries", "themes")

    @admin.display(description=_("countries"))
    def country_list(self, obj):
        return ", ".join(country.code for country in obj.countries.all())

    @admin.display(description=_("themes"))
    def theme_list(self, obj):
        return ", ".join(str(theme) for theme in obj.themes.all())

    @admin.display(description=_("languages"))
    def languages(self, obj):
        """Filled languages in capitals, missing ones struck through and greyed."""
        filled = set(translation_status.filled_languages(obj))
        return format_html_join(
            " ",
            '<span class="{}" title="{}">{}</span>',
            (
                (
                    "language-filled" if code in filled else "language-missing",
                    name,
                    code.upper() if code in filled else code,
                )
                for code, name in settings.LANGUAGES
            ),
        )

    def get_urls(self):
        return [
            path(
                "review/",
                self.admin_site.admin_view(self.review_queue),
                name="practices_practice_review",
            ),
            path(
                "translations/",
                self.admin_site.admin_view(self.translation_report),
                name="practices_practice_translations",
            ),
            *super().get_urls(),
        ]

    def review_queue(self, request):
        """The editors' desk: what waits for review, what was sent back, what is stale."""
        context = {
            **self.admin_site.each_context(request),
            "title": _("Review queue"),
            "opts": self.model._meta,
            "queues": workflow.review_queues(self.get_queryset(request)),
        }
        return TemplateResponse(request, "admin/practices/practice/review_queue.html", context)

    def translation_report(self, request):
        """What is untranslated, per language, so editors can plan translation work."""
        queryset = self.get_queryset(request)
        published = queryset.filter(status=Status.PUBLISHED)
        rows, total = translation_status.report(queryset)
        published_rows, published_total = translation_status.report(published)
        for row, published_row in zip(rows, published_rows, strict=True):
            row["published_missing"] = published_row["missing"]
            row["name"] = dict(settings.LANGUAGES)[row["code"]]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Translation status"),
            "opts": self.model._meta,
            "rows": rows,
            "total": total,
            "published_total": published_total,
            "field_names": [
                self.model._meta.get_field(field).verbose_name
                for field in translation_status.ALL_FIELDS
            ],
        }
        return TemplateResponse(
            request, "admin/practices/practice/translation_status.html", context
        )

    # -- the workflow: who may change what, and the transition buttons and actions --------

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not workflow.is_editor(request.user):
            fields += self.EDITOR_ONLY_FIELDS
        return fields

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return workflow.can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not workflow.can_edit(request.user, obj):
            return False
        return super().has_delete_permission(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        practice = self.get_object(request, object_id)
        transitions = workflow.available(request.user, practice) if practice else []
        return super().change_view(
            request,
            object_id,
            form_url,
            extra_context={
                **(extra_context or {}),
                "transitions": transitions,
                "needs_comment": any(t.name == "send_back" for t in transitions),
                "preview_url": practice and reverse("practices:preview", args=[practice.pk]),
            },
        )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request.restoring_revision = True
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
            obj.status = Status.DRAFT
        elif getattr(request, "restoring_revision", False):
            # A restored revision brings back content, not an old editorial state.
            history_diff.keep_workflow_state(obj, Practice.objects.get(pk=obj.pk))
        super().save_model(request, obj, form, change)

    def response_change(self, request, obj):
        name = request.POST.get("_transition")
        if name:
            self.run_transition(request, obj, name, request.POST.get("_comment", ""))
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def response_add(self, request, obj, post_url_continue=None):
        name = request.POST.get("_transition")
        if name:
            self.run_transition(request, obj, name, request.POST.get("_comment", ""))
            return HttpResponseRedirect(reverse("admin:practices_practice_change", args=[obj.pk]))
        return super().response_add(request, obj, post_url_continue)

    def run_transition(self, request, practice, name: str, comment: str = "") -> bool:
        try:
            workflow.apply(request.user, practice, name, comment)
        except (workflow.TransitionError, PermissionDenied) as error:
            message = error.messages[0] if hasattr(error, "messages") else str(error)
            self.message_user(request, message, messages.ERROR)
            return False
        self.message_user(
            request,
            _("“%(title)s” is now %(status)s.")
            % {"title": practice, "status": practice.get_status_display().lower()},
            messages.SUCCESS,
        )
        return True

    def bulk_transition(self, request, queryset, name: str) -> None:
        done = refused = 0
        for practice in queryset:
            try:
                workflow.apply(request.user, practice, name)
                done += 1
            except (workflow.TransitionError, PermissionDenied):
                refused += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d practice changed.", "%(count)d practices changed.", done)
                % {"count": done},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request,
                ngettext(
                    "%(count)d practice could not be changed: wrong status or no permission.",
                    "%(count)d practices could not be changed: wrong status or no permission.",
                    refused,
                )
                % {"count": refused},
                messages.WARNING,
            )

    @admin.action(description=_("Send selected practices to review"))
    def submit_selected(self, request, queryset):
        self.bulk_transition(request, queryset, "submit")

    @admin.action(description=_("Publish selected practices"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self.bulk_transition(request, queryset, "publish")

    @admin.action(description=_("Withdraw selected practices"), permissions=["publish"])
    def withdraw_selected(self, request, queryset):
        self.bulk_transition(request, queryset, "withdraw")

    @admin.action(description=_("Archive selected practices"), permissions=["archive"])
    def archive_selected(self, request, queryset):
        self.bulk_transition(request, queryset, "archive")

    def has_publish_permission(self, request):
        return request.user.has_perm(workflow.PUBLISH)

    def has_archive_permission(self, request):
        return request.user.has_perm(workflow.ARCHIVE)


@admin.register(DemoDataset)
class DemoDatasetAdmin(admin.ModelAdmin):
    list_display = ["loaded_at"]

    def has_add_permission(self, request):
        return False
