"""factory_boy factories. Countries, themes and target groups come from the seed migration."""

from datetime import timedelta

import factory
from django.utils import timezone

from practices.choices import Evaluation, Level, OrganisationKind, Status
from practices.models import Country, Organisation, Practice, TargetGroup, Theme


def country(code: str) -> Country:
    return Country.objects.get(code=code)


def theme(slug: str) -> Theme:
    return Theme.objects.get(slug=slug)


def target_group(slug: str) -> TargetGroup:
    return TargetGroup.objects.get(slug=slug)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Test organisation {n}")
    slug = factory.Sequence(lambda n: f"test-organisation-{n}")
    kind = OrganisationKind.NGO
    country = factory.LazyFunction(lambda: country("SE"))
    city = "Gävle"
    description_en = "An organisation used in tests."


class PracticeFactory(factory.django.DjangoModelFactory):
    """A public practice by default; pass status/published_at for the other cases."""

    class Meta:
        model = Practice
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Practice number {n}")
    summary_en = "A short summary of what the practice does and for whom."
    description_en = "What was done, step by step."
    results_en = "Forty participants; 60 per cent in work after a year."
    slug = factory.Sequence(lambda n: f"practice-number-{n}")
    original_language = "en"
    level = Level.LOCAL
    evaluation = Evaluation.DOCUMENTED
    municipality = "Gävle"
    start_year = 2020
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create:
            self.countries.set(extracted if extracted is not None else [country("SE")])

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create:
            self.themes.set(extracted if extracted is not None else [theme("work-skills")])

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)

    @factory.post_generation
    def organisations(self, create, extracted, **kwargs):
        if create and extracted:
            self.organisations.set(extracted)
