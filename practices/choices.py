"""The fixed vocabularies (VOCABULARY.md §4–7). Values are stable identifiers; labels translate."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    # Each language named in itself, as the switcher shows it.
    EN = "en", "English"
    SV = "sv", "Svenska"
    DA = "da", "Dansk"
    NB = "nb", "Norsk bokmål"
    NN = "nn", "Norsk nynorsk"
    FI = "fi", "Suomi"
    IS = "is", "Íslenska"


class OrganisationKind(models.TextChoices):
    MINISTRY = "ministry", _("Ministry")
    NATIONAL_AGENCY = "national_agency", _("National agency")
    REGIONAL_AUTHORITY = "regional_authority", _("Regional authority")
    MUNICIPALITY = "municipality", _("Municipality")
    EMPLOYMENT_SERVICE = "employment_service", _("Employment service")
    EDUCATION_PROVIDER = "education_provider", _("Education provider")
    HEALTH_SOCIAL_CARE = "health_social_care", _("Health or social care")
    NGO = "ngo", _("NGO")
    LOCAL_ASSOCIATION = "local_association", _("Local association")
    MIGRANT_ORGANISATION = "migrant_organisation", _("Migrant organisation")
    RELIGIOUS_COMMUNITY = "religious_community", _("Religious community")
    SPORTS_CLUB = "sports_club", _("Sports club")
    SOCIAL_ENTERPRISE = "social_enterprise", _("Social enterprise")
    EMPLOYER = "employer", _("Employer")
    SOCIAL_PARTNER = "social_partner", _("Social partner")
    RESEARCH = "research", _("University or research institute")
    INTERNATIONAL = "international", _("International or Nordic organisation")
    NETWORK = "network", _("Network")


class Level(models.TextChoices):
    LOCAL = "local", _("Local")
    REGIONAL = "regional", _("Regional")
    NATIONAL = "national", _("National")
    NORDIC = "nordic", _("Nordic")


class Evaluation(models.TextChoices):
    """Evidence level, lowest to highest."""

    NONE = "none", _("Not evaluated")
    DOCUMENTED = "documented", _("Documented")
    PROMISING = "promising", _("Promising")
    EVALUATED = "evaluated", _("Externally evaluated")
    PROVEN = "proven", _("Evidence-based")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


EVALUATION_DEFINITIONS = {
    Evaluation.NONE: _(
        "A new idea, or a practice that has not yet been evaluated and has no documented results."
    ),
    Evaluation.DOCUMENTED: _(
        "The organisation itself has documented its activities and results (e.g. reports, "
        "participant numbers, follow-up), without a systematic evaluation."
    ),
    Evaluation.PROMISING: _(
        "An internal evaluation with data (e.g. before-and-after measures or follow-up of "
        "participants) shows positive results."
    ),
    Evaluation.EVALUATED: _("An external, independent evaluation shows positive results."),
    Evaluation.PROVEN: _(
        "Strong research evidence of a positive effect: a controlled study (randomised, or "
        "quasi-experimental with a comparison group) or several independent evaluations with "
        "consistent results."
    ),
}
