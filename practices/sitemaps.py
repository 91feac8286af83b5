"""/sitemap.xml: every public page in every language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from practices.models import Organisation, Practice


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PracticeSitemap(I18nSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Practice.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, practice):
        return practice.updated_at


class OrganisationSitemap(I18nSitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Organisation.objects.order_by("pk").only("slug", "updated_at")

    def lastmod(self, organisation):
        return organisation.updated_at


class PageSitemap(I18nSitemap):
    changefreq = "daily"
    priority = 1.0

    def items(self):
        return ["home", "practices:list", "organisations:list", "overview"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "pages": PageSitemap,
    "practices": PracticeSitemap,
    "organisations": OrganisationSitemap,
}
