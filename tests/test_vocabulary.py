"""The seed migration puts VOCABULARY.md into the database, in all seven languages."""

import pytest
from django.core.management import call_command

from practices.choices import Evaluation, Level, OrganisationKind, Status
from practices.languages import LANGUAGE_CODES
from practices.models import Country, TargetGroup, Theme

pytestmark = pytest.mark.django_db


def test_all_eight_countries_and_territories_are_seeded():
    assert list(Country.objects.values_list("code", flat=True)) == [
        "DK", "FI", "IS", "NO", "SE", "FO", "GL", "AX",
    ]  # fmt: skip


def test_country_names_are_translated():
    norway = Country.objects.get(code="NO")
    assert (norway.name_nb, norway.name_nn, norway.name_fi, norway.name_is) == (
        "Norge",
        "Noreg",
        "Norja",
        "Noregur",
    )


def test_fifteen_themes_in_order_each_with_all_seven_labels():
    themes = list(Theme.objects.all())
    assert len(themes) == 15
    assert [theme.order for theme in themes] == list(range(1, 16))
    assert themes[0].slug == "reception-introduction"
    for theme in themes:
        for code in LANGUAGE_CODES:
            assert getattr(theme, f"name_{code}"), f"{theme.slug} lacks a {code} name"
        assert theme.description_en


def test_theme_labels_match_the_vocabulary():
    theme = Theme.objects.get(slug="community-relations")
    assert theme.name_en == "Community relations"
    assert theme.name_sv == "Dialog och attityder"
    assert theme.name_nn == "Dialog og haldningar"
    assert theme.name_fi == "Väestösuhteet"


def test_seventeen_target_groups_each_with_all_seven_labels():
    groups = list(TargetGroup.objects.all())
    assert len(groups) == 17
    for group in groups:
        for code in LANGUAGE_CODES:
            assert getattr(group, f"name_{code}"), f"{group.slug} lacks a {code} name"
    assert TargetGroup.objects.get(slug="unaccompanied-minors").name_is == "Fylgdarlaus börn"


def test_choice_lists_carry_the_vocabulary_values():
    assert len(OrganisationKind.values) == 18
    assert Level.values == ["local", "regional", "national", "nordic"]
    assert Evaluation.values == ["none", "documented", "promising", "evaluated", "proven"]
    assert Status.values == ["draft", "in_review", "published", "archived"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_migration_is_reversible():
    call_command("migrate", "practices", "0001", verbosity=0)
    assert not Theme.objects.exists()
    assert not Country.objects.exists()
    call_command("migrate", "practices", verbosity=0)
    assert Theme.objects.count() == 15
    assert Country.objects.count() == 8
    assert TargetGroup.objects.count() == 17
