"""django-modeltranslation: one column per language for every translated field."""

from modeltranslation.translator import TranslationOptions, register

from practices.models import (
    Country,
    Organisation,
    Practice,
    PracticeAttachment,
    PracticeImage,
    PracticeLink,
    TargetGroup,
    Theme,
)


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"en": ("name",)}


@register(TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)


@register(Practice)
class PracticeTranslation(TranslationOptions):
    # Required in no single language: the original language may be any of the seven.
    fields = ("title", "summary", "description", "results", "lessons", "costs")


@register(PracticeLink)
class PracticeLinkTranslation(TranslationOptions):
    fields = ("title",)


@register(PracticeAttachment)
class PracticeAttachmentTranslation(TranslationOptions):
    fields = ("title",)


@register(PracticeImage)
class PracticeImageTranslation(TranslationOptions):
    fields = ("alt_text", "caption")


# The historical models simple-history made before these fields existed get them too, so
# that every language is kept in each revision.
@register(Practice.history.model)
class HistoricalPracticeTranslation(TranslationOptions):
    fields = PracticeTranslation.fields


@register(Organisation.history.model)
class HistoricalOrganisationTranslation(TranslationOptions):
    fields = OrganisationTranslation.fields
