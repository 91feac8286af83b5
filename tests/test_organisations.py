"""/<lang>/organisations/ — the directory of actors, and each organisation's public practices."""

import pytest

from practices.choices import OrganisationKind
from tests.factories import OrganisationFactory, PracticeFactory, country

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisations():
    ngo = OrganisationFactory(
        slug="brobyggarna", name="Föreningen Brobyggarna", kind=OrganisationKind.NGO
    )
    employer = OrganisationFactory(
        slug="nordlys-logistikk",
        name="Nordlys Logistikk",
        kind=OrganisationKind.EMPLOYER,
        country=country("NO"),
        city="Tromsø",
    )
    PracticeFactory(slug="public-one", title_en="Homework club", organisations=[ngo])
    PracticeFactory(
        slug="secret-draft", title_en="Secret draft", status="draft", organisations=[ngo]
    )
    return ngo, employer


def test_directory_lists_organisations_with_markup_hooks(client, organisations):
    content = client.get("/en/organisations/").content.decode()
    assert 'id="result-count" data-count="2"' in content
    assert 'data-slug="brobyggarna"' in content and 'data-slug="nordlys-logistikk"' in content
    assert 'name="kind" value="employer" data-count="1"' in content


def test_directory_counts_only_public_practices(client, organisations):
    response = client.get("/en/organisations/?kind=ngo")
    (organisation,) = response.context["organisations"]
    assert organisation.practice_count == 1


def test_directory_filters_by_country_and_kind(client, organisations):
    content = client.get("/en/organisations/?country=NO").content.decode()
    assert 'data-count="1" role="status"' in content and 'data-slug="nordlys-logistikk"' in content
    content = client.get("/en/organisations/?kind=ngo&kind=employer&country=SE").content.decode()
    assert 'data-count="1" role="status"' in content and 'data-slug="brobyggarna"' in content


def test_directory_ignores_unknown_values_with_a_notice(client, organisations):
    response = client.get("/en/organisations/?kind=pirates&country=XX")
    assert response.status_code == 200
    assert "were not recognised" in response.content.decode()


def test_organisation_page_lists_its_public_practices_only(client, organisations):
    content = client.get("/sv/organisations/brobyggarna/").content.decode()
    assert "Föreningen Brobyggarna" in content
    assert "Homework club" in content
    assert "Secret draft" not in content


def test_unknown_organisation_is_404(client):
    assert client.get("/en/organisations/nobody/").status_code == 404


def test_directory_query_count_is_fixed(client, organisations, django_assert_num_queries):
    for _index in range(10):
        OrganisationFactory()
    # demo flag, countries, the count with both facets, page
    with django_assert_num_queries(4):
        client.get("/en/organisations/?kind=ngo")


def test_organisation_page_query_count_is_fixed(client, organisations, django_assert_num_queries):
    ngo, _employer = organisations
    for _index in range(5):
        PracticeFactory(organisations=[ngo])
    # demo flag, organisation, practices, then for the cards the country and theme
    # vocabularies and the links of every card in one query
    with django_assert_num_queries(6):
        client.get("/en/organisations/brobyggarna/")
