"""Atom feeds of any filtered list: subscribe to "new evaluated practices on work in Finland"."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from practices.filters import PracticeFilter
from practices.languages import resolve
from practices.listing import without

FEED_LENGTH = 50


class PracticeFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request):
        filterset = PracticeFilter.for_request(request)
        return {
            "filterset": filterset,
            "language": filterset.language,
            "query": without(request.GET, "page"),
        }

    def title(self, obj):
        return _("Nordic integration idea bank: practices")

    def subtitle(self, obj):
        return _("Methods that worked for the integration of refugees and newly arrived people.")

    def link(self, obj):
        url = reverse("practices:list")
        return f"{url}?{obj['query']}" if obj["query"] else url

    def feed_url(self, obj):
        url = reverse("practices:feed")
        return f"{url}?{obj['query']}" if obj["query"] else url

    def items(self, obj):
        return (
            obj["filterset"]
            .qs.order_by("-published_at", "-pk")
            .prefetch_related("countries", "themes", "organisations")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return resolve(item, "title").value

    def item_description(self, item):
        return resolve(item, "summary").value

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return ", ".join(o.name for o in item.organisations.all()) or None

    def item_categories(self, item):
        return [str(theme) for theme in item.themes.all()]
