"""The domain: practices and the vocabularies and organisations they refer to."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    FileExtensionValidator,
    MaxValueValidator,
    MinValueValidator,
)
from django.db import models
from django.db.models import Count, F, Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from practices.choices import Evaluation, Language, Level, OrganisationKind, Status
from practices.languages import LANGUAGE_CODES, resolve

SUMMARY_MAX_LENGTH = 300
YEAR_VALIDATORS = [MinValueValidator(1950), MaxValueValidator(2100)]


def published_q(prefix: str = "") -> Q:
    """Visible to the public: published, and its publication time has come."""
    return Q(**{f"{prefix}status": Status.PUBLISHED, f"{prefix}published_at__lte": timezone.now()})


class VocabularyQuerySet(models.QuerySet):
    def with_practice_counts(self):
        """Annotate `practice_count`: how many public practices carry each term."""
        return self.annotate(
            practice_count=Count("practices", filter=published_q("practices__"), distinct=True)
        )


class Country(models.Model):
    code = models.CharField(
        _("code"),
        max_length=2,
        unique=True,
        help_text=_("ISO 3166-1 alpha-2 code, e.g. SE. Used in URLs; never change it."),
    )
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)

    objects = VocabularyQuerySet.as_manager()

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["order", "code"]
        constraints = [
            # Codes are two capital letters, as in filters and exports.
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2}$"), name="country_code_iso_alpha2"
            ),
        ]

    def __str__(self) -> str:
        return resolve(self, "name").value or self.code


class Theme(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)

    objects = VocabularyQuerySet.as_manager()

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return resolve(self, "name").value or self.slug


class TargetGroup(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)

    objects = VocabularyQuerySet.as_manager()

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return resolve(self, "name").value or self.slug


class OrganisationQuerySet(models.QuerySet):
    def directory(self):
        """Organisations with the number of their public practices, for the directory."""
        return (
            self.select_related("country")
            .annotate(
                practice_count=Count("practices", filter=published_q("practices__"), distinct=True)
            )
            .order_by("name", "pk")
        )


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=OrganisationKind.choices)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="organisations/", blank=True)
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["created_at", "updated_at"])

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [
            # Filtering practices by the kind of organisation behind them.
            models.Index(fields=["kind"], name="organisation_kind_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisations:detail", kwargs={"slug": self.slug})


# The columns a practice card (cards.render) reads.
CARD_FIELDS = (
    "slug",
    "original_language",
    "municipality",
    "start_year",
    "end_year",
    "evaluation",
    "published_at",
    *[f"{field}_{code}" for field in ("title", "summary") for code in LANGUAGE_CODES],
)


# What a practice page shows below the text, when a practice has any.
DETAIL_EXTRAS = ("links", "attachments", "images")


def prefetch_extras(practice: "Practice") -> None:
    """Read the links, attachments and images of a practice from for_detail(), if it has
    any: one query for each kind it has, none for those it lacks."""
    models.prefetch_related_objects(
        [practice],
        *[relation for relation in DETAIL_EXTRAS if getattr(practice, f"has_{relation}")],
    )


class PracticeQuerySet(models.QuerySet):
    def published(self):
        """The one definition of what the public may see."""
        return self.filter(published_q())

    def next_scheduled_publication(self):
        """When the next practice scheduled for the future comes out, or None."""
        return self.filter(status=Status.PUBLISHED, published_at__gt=timezone.now()).aggregate(
            next=models.Min("published_at")
        )["next"]

    def with_card_data(self):
        """Only the columns a card shows; cards.attach() adds its countries and themes."""
        return self.only(*CARD_FIELDS)

    def for_listing(self):
        return self.with_card_data().order_by("-published_at", "-pk")

    def for_detail(self):
        """A practice page's organisations, and whether it has links, attachments and images
        (most have none, so prefetch_extras() reads only those it has). Its countries,
        themes and target groups come from the cached vocabularies (vocabulary.attach)."""
        return self.annotate(
            **{
                f"has_{relation}": models.Exists(
                    self.model._meta.get_field(relation).related_model.objects.filter(
                        practice=models.OuterRef("pk")
                    )
                )
                for relation in DETAIL_EXTRAS
            }
        ).prefetch_related(
            models.Prefetch("organisations", Organisation.objects.select_related("country"))
        )


class Practice(models.Model):
    # Blank here: clean() requires these in the practice's original language, whichever it is.
    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.CharField(
        _("summary"),
        max_length=SUMMARY_MAX_LENGTH,
        blank=True,
        help_text=_("One or two sentences, at most 300 characters."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What was done, for whom, how.")
    )
    results = models.TextField(
        _("results"), blank=True, help_text=_("What came of it, with numbers where possible.")
    )
    lessons = models.TextField(
        _("lessons learned"),
        blank=True,
        help_text=_("Success factors, pitfalls, and how to transfer it to another place."),
    )
    costs = models.TextField(
        _("costs and resources"), blank=True, help_text=_("Budget, staffing and funding.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The address of the practice, the same in every language."),
    )
    original_language = models.CharField(
        _("original language"),
        max_length=2,
        choices=Language.choices,
        default=Language.EN,
        help_text=_("The language the practice was first written in."),
    )
    countries = models.ManyToManyField(
        Country, verbose_name=_("countries"), related_name="practices"
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), related_name="practices")
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), related_name="practices", blank=True
    )
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("organisations"), related_name="practices", blank=True
    )
    municipality = models.CharField(
        _("municipality or place"),
        max_length=200,
        blank=True,
        help_text=_("Where it happens, e.g. Borlänge or Vestland."),
    )
    level = models.CharField(_("level"), max_length=16, choices=Level.choices, default=Level.LOCAL)
    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Leave empty while the practice is ongoing."),
    )
    evaluation = models.CharField(
        _("evaluation"),
        max_length=16,
        choices=Evaluation.choices,
        default=Evaluation.NONE,
        help_text=_("The strongest evidence there is for its results."),
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        help_text=_("A future time publishes the practice automatically at that time."),
    )
    last_reviewed_at = models.DateTimeField(_("last reviewed at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    featured = models.BooleanField(_("featured"), default=False)
    review_comment = models.TextField(
        _("comment from the editors"),
        blank=True,
        help_text=_("Why a practice was sent back, for its author. Required when sending back."),
    )
    # Set by the public suggestion form; such a practice starts as a draft.
    is_suggestion = models.BooleanField(_("public suggestion"), default=False)
    suggested_by_name = models.CharField(_("suggested by"), max_length=200, blank=True)
    suggested_by_email = models.EmailField(_("e-mail of the suggester"), blank=True)
    suggested_by_organisation = models.CharField(
        _("organisation of the suggester"), max_length=200, blank=True
    )
    suggester_may_be_contacted = models.BooleanField(
        _("suggester agreed to be contacted"), default=False
    )
    # Kept in step by signals.py, so that search can match organisation names.
    organisation_names = models.TextField(editable=False, blank=True, default="")

    objects = PracticeQuerySet.as_manager()
    # Every change, with who and when; the per-language fields join the historical model
    # through translation.py, and relations are recorded too.
    history = HistoricalRecords(
        excluded_fields=["organisation_names", "created_at", "updated_at"],
        m2m_fields=[countries, themes, target_groups, organisations],
    )

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        ordering = ["-published_at", "-pk"]
        permissions = [
            ("publish_practice", _("Can publish, withdraw and send back practices")),
            ("archive_practice", _("Can archive practices")),
        ]
        indexes = [
            # published() and the "newest" order of every public list; covering, so that
            # counts and facet counts over the public set read the index only.
            models.Index(
                fields=["status", "published_at"],
                include=["id", "evaluation", "level", "start_year", "end_year", "featured"],
                name="practice_public_idx",
            ),
            # The home page's featured practices.
            models.Index(
                fields=["-published_at"],
                condition=Q(featured=True),
                name="practice_featured_idx",
            ),
            # Listing filters on level and evidence level.
            models.Index(fields=["level"], name="practice_level_idx"),
            models.Index(fields=["evaluation"], name="practice_evaluation_idx"),
            # Listing filters on the active period (year_from / year_to / ongoing).
            models.Index(fields=["start_year", "end_year"], name="practice_period_idx"),
            # The editors' "not reviewed for a year" queue.
            models.Index(fields=["last_reviewed_at"], name="practice_reviewed_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="practice_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(level__in=Level.values), name="practice_level_valid"
            ),
            models.CheckConstraint(
                condition=Q(evaluation__in=Evaluation.values), name="practice_evaluation_valid"
            ),
            models.CheckConstraint(
                condition=Q(original_language__in=Language.values),
                name="practice_original_language_valid",
            ),
            models.CheckConstraint(
                condition=Q(end_year__isnull=True)
                | Q(start_year__isnull=True)
                | Q(end_year__gte=F("start_year")),
                name="practice_end_after_start",
            ),
            # A published practice always says when it was (or will be) published.
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED) | Q(published_at__isnull=False),
                name="practice_published_has_date",
            ),
            *[
                models.CheckConstraint(
                    condition=LessThanOrEqual(Length(f"summary_{code}"), SUMMARY_MAX_LENGTH),
                    name=f"practice_summary_{code}_max_300",
                    violation_error_message=_("The summary may be at most 300 characters."),
                )
                for code in LANGUAGE_CODES
            ],
        ]

    def __str__(self) -> str:
        return resolve(self, "title").value or self.slug

    def get_absolute_url(self) -> str:
        return reverse("practices:detail", kwargs={"slug": self.slug})

    def clean(self) -> None:
        """A practice is written in its original language first; the others may follow."""
        super().clean()
        language = self.original_language
        missing = {
            f"{field}_{language}": _("Required in the original language of the practice.")
            for field in ("title", "summary", "description")
            if not getattr(self, f"{field}_{language}", None)
        }
        if missing:
            raise ValidationError(missing)

    @property
    def is_public(self) -> bool:
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_ongoing(self) -> bool:
        return self.start_year is not None and self.end_year is None


class PracticeLink(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"), max_length=500)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("external link")
        verbose_name_plural = _("external links")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.url


class PracticeAttachment(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file (PDF)"),
        upload_to="attachments/%Y/",
        validators=[FileExtensionValidator(["pdf"])],
    )
    language = models.CharField(
        _("language of the document"), max_length=2, choices=Language.choices, blank=True
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.file.name


class PracticeImage(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="images")
    image = models.ImageField(_("image"), upload_to="practices/%Y/")
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for readers who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.image.name


class DemoDataset(models.Model):
    """Present while `load_demo` content is in the database, so the footer can say so."""

    loaded_at = models.DateTimeField(_("loaded at"), auto_now=True)

    class Meta:
        verbose_name = _("demo dataset")
        verbose_name_plural = _("demo dataset")

    def __str__(self) -> str:
        return f"Demo content loaded {self.loaded_at:%Y-%m-%d %H:%M}"
