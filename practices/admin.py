"""The editorial back office: the admin, arranged for the welfare centre's editors."""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from practices import translation_status
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


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
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
class PracticeAdmin(TabbedTranslationAdmin):
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
    readonly_fields = ["created_by", "created_at", "updated_at"]
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
            {"fields": ["status", "published_at", "last_reviewed_at", "featured"]},
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
                "translations/",
                self.admin_site.admin_view(self.translation_report),
                name="practices_practice_translations",
            ),
            *super().get_urls(),
        ]

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

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(DemoDataset)
class DemoDatasetAdmin(admin.ModelAdmin):
    list_display = ["loaded_at"]

    def has_add_permission(self, request):
        return False
