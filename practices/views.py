"""Public pages. Thin: the rules live on the QuerySets and in languages.py."""

from django.db import DatabaseError, connection
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView

from practices import cache
from practices.choices import EVALUATION_DEFINITIONS
from practices.filters import OrganisationFilter, PracticeFilter
from practices.languages import current_language
from practices.listing import listing_context, organisation_facets
from practices.models import Country, Organisation, Practice, Theme

HOME_NEWEST = 6
HOME_FEATURED = 3


class HomeView(TemplateView):
    template_name = "practices/home.html"

    def get_context_data(self, **kwargs):
        public = Practice.objects.published()
        themes, countries, total = cache.remember(
            cache.key("home-counts"),
            lambda: (
                list(Theme.objects.with_practice_counts()),
                list(Country.objects.with_practice_counts()),
                public.count(),
            ),
            valid_until=Practice.objects.next_scheduled_publication,
        )
        return super().get_context_data(
            themes=themes,
            countries=countries,
            total=total,
            featured=public.filter(featured=True).for_listing()[:HOME_FEATURED],
            newest=public.for_listing()[:HOME_NEWEST],
            **kwargs,
        )


class PracticeListView(ListView):
    template_name = "practices/practice_list.html"
    context_object_name = "practices"
    paginate_by = 20

    def get_queryset(self):
        self.filterset = PracticeFilter(
            self.request.GET, queryset=Practice.objects.published(), language=current_language()
        )
        return self.filterset.qs.with_card_data()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(listing_context(self.request, self.filterset, context["paginator"].count))
        return context


class PracticeDetailView(DetailView):
    template_name = "practices/practice_detail.html"
    context_object_name = "practice"

    def get_queryset(self):
        return Practice.objects.published().for_detail()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            evaluation_definition=EVALUATION_DEFINITIONS[self.object.evaluation], **kwargs
        )


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the SVG icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


class OrganisationListView(ListView):
    template_name = "practices/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = 30

    def get_queryset(self):
        self.filterset = OrganisationFilter(self.request.GET, queryset=Organisation.objects.all())
        return self.filterset.qs.directory()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        total = context["paginator"].count
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(
            facets=organisation_facets(self.filterset, total),
            ignored_parameters=self.filterset.ignored_parameters(),
            query_without_page=query.urlencode(),
        )
        return context


class OrganisationDetailView(DetailView):
    template_name = "practices/organisation_detail.html"
    context_object_name = "organisation"
    queryset = Organisation.objects.select_related("country")

    def get_context_data(self, **kwargs):
        practices = self.object.practices.published().for_listing()
        return super().get_context_data(practices=practices, **kwargs)


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
