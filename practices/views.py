"""Public pages. Thin: the rules live on the QuerySets and in languages.py."""

import csv

from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import (
    Http404,
    HttpResponse,
    HttpResponsePermanentRedirect,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, FormView, ListView, TemplateView, View

from practices import cache, cards, citation, exports, overview, suggestions, vocabulary
from practices.choices import EVALUATION_DEFINITIONS
from practices.context_processors import demo_content_loaded
from practices.filters import OrganisationFilter, PracticeFilter
from practices.forms import SuggestionForm
from practices.languages import current_language
from practices.listing import listing_context, organisation_facets, without
from practices.models import Country, Organisation, Practice, Theme, prefetch_extras

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
        featured = list(public.filter(featured=True).for_listing()[:HOME_FEATURED])
        newest = list(public.for_listing()[:HOME_NEWEST])
        cards.attach(featured + newest)
        return super().get_context_data(
            themes=themes,
            countries=countries,
            total=total,
            featured=featured,
            newest=newest,
            **kwargs,
        )


class CountedPaginator(Paginator):
    """Told its count: the facet query counted the results already, in the same query."""

    def __init__(self, object_list, per_page, *, count: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.known_count = count

    @cached_property
    def count(self) -> int:
        return self.known_count


class CountedListView(ListView):
    """A listing whose get_queryset() sets `self.counts`, total included."""

    def get_paginator(self, queryset, per_page, **kwargs):
        return CountedPaginator(queryset, per_page, count=self.counts.total, **kwargs)


class PracticeListView(CountedListView):
    template_name = "practices/practice_list.html"
    context_object_name = "practices"
    paginate_by = 20

    def get_queryset(self):
        self.filterset = PracticeFilter.for_request(self.request)
        self.counts = self.filterset.counts()
        return self.filterset.qs.with_card_data()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(listing_context(self.request, self.filterset, self.counts))
        context["practices"] = cards.attach(context["page_obj"].object_list)
        return context


class ExportView(View):
    """The listing's filtered list, every row, as CSV or JSON (streamed)."""

    format = "csv"

    def get(self, request):
        filterset = PracticeFilter.for_request(request)
        language = filterset.language
        queryset = filterset.qs
        base_url = request.build_absolute_uri("/").rstrip("/")
        rows = exports.rows(queryset, language, base_url)
        stamp = timezone.now().strftime("%Y%m%d")
        if self.format == "csv":
            response = StreamingHttpResponse(
                exports.csv_lines(rows, bom=request.GET.get("bom") == "1"),
                content_type="text/csv; charset=utf-8",
            )
            response["Content-Disposition"] = f'attachment; filename="practices-{stamp}.csv"'
        else:
            meta = exports.metadata(
                {name: request.GET.getlist(name) for name in request.GET},
                queryset.count(),
                language,
            )
            meta["demo_data"] = demo_content_loaded()
            meta["ignored_parameters"] = filterset.ignored_parameters()
            response = StreamingHttpResponse(
                exports.json_chunks(rows, meta), content_type="application/json; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="practices-{stamp}.json"'
        response["X-Robots-Tag"] = "noindex"
        return response


class PracticeDetailView(DetailView):
    template_name = "practices/practice_detail.html"
    context_object_name = "practice"

    def get_queryset(self):
        return Practice.objects.published().for_detail()

    def get_object(self, queryset=None):
        practice = super().get_object(queryset)
        prefetch_extras(practice)
        vocabulary.attach(
            [practice],
            country_list="countries",
            theme_list="themes",
            target_group_list="target_groups",
        )
        return practice

    def get_context_data(self, **kwargs):
        practice = self.object
        url = self.request.build_absolute_uri(practice.get_absolute_url())
        return super().get_context_data(
            evaluation_definition=EVALUATION_DEFINITIONS[practice.evaluation],
            citation=citation.cite(practice, url),
            json_ld=citation.json_ld(practice, url),
            **kwargs,
        )


def robots_txt(request):
    """Crawlers may read every public page; not the back office, exports or filtered feeds."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/practices/export.",
        "Disallow: /*/practices/feed/?",
        "Disallow: /*/practices/preview/",
        "Disallow: /*/practices/suggest/",
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the SVG icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


class SuggestView(FormView):
    """The public form to suggest a practice; it creates a draft for the editors."""

    template_name = "practices/suggest.html"
    form_class = SuggestionForm

    def post(self, request, *args, **kwargs):
        if suggestions.rate_limited(request):
            return render(request, "429.html", status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if not form.is_spam:
            practice = suggestions.create_draft(form.cleaned_data, current_language())
            suggestions.notify_editors(self.request, practice)
        # A bot that filled the hidden field is thanked too, and nothing is stored.
        return redirect("practices:suggest-thanks")


class SuggestThanksView(TemplateView):
    template_name = "practices/suggest_thanks.html"


class OverviewView(TemplateView):
    """Counts country × theme (or target group, or evidence level), each a link; also CSV."""

    template_name = "practices/overview.html"

    def get(self, request, *args, **kwargs):
        key = request.GET.get("by", "theme")
        if key not in overview.DIMENSIONS:
            return render(request, "400.html", status=400)
        self.dimension = overview.DIMENSIONS[key]
        data = cache.remember(
            cache.key("overview", by=key),
            lambda: overview.counts(self.dimension),
            valid_until=Practice.objects.next_scheduled_publication,
        )
        self.table = overview.table(self.dimension, data)
        if request.GET.get("format") == "csv":
            return overview_csv(self.dimension, self.table)
        if request.GET.get("format") not in (None, "html"):
            raise Http404
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        evidence = cache.remember(
            cache.key("overview", by="evaluation"),
            lambda: overview.counts(overview.DIMENSIONS["evaluation"]),
            valid_until=Practice.objects.next_scheduled_publication,
        )
        return super().get_context_data(
            dimension=self.dimension,
            dimensions=overview.DIMENSIONS.values(),
            table=self.table,
            chart=overview.chart(evidence),
            **kwargs,
        )


def overview_csv(dimension, table) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="overview-country-{dimension.key}.csv"'
    writer = csv.writer(response)
    writer.writerow(["country", *[value for value, _label in table["columns"]], "total"])
    for row in table["rows"]:
        writer.writerow([row["code"], *[n for _value, n in row["cells"]], row["total"]])
    writer.writerow(["total", *table["column_totals"], table["total"]])
    return response


class PracticePreviewView(PracticeDetailView):
    """Any practice as the public will see it, for the people who edit practices; 404 to
    everyone else, so that its existence is not revealed."""

    def get_queryset(self):
        user = self.request.user
        if not (user.is_active and user.is_staff and user.has_perm("practices.view_practice")):
            raise Http404
        return Practice.objects.for_detail()

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["X-Robots-Tag"] = "noindex"
        response["Cache-Control"] = "private, no-store"
        return response


class OrganisationListView(CountedListView):
    template_name = "practices/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = 30

    def get_queryset(self):
        self.filterset = OrganisationFilter(self.request.GET, queryset=Organisation.objects.all())
        self.counts = self.filterset.counts()
        return self.filterset.qs.directory()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            facets=organisation_facets(self.filterset, self.counts),
            ignored_parameters=self.filterset.ignored_parameters(),
            query_without_page=without(self.request.GET, "page"),
        )
        return context


class OrganisationDetailView(DetailView):
    template_name = "practices/organisation_detail.html"
    context_object_name = "organisation"
    queryset = Organisation.objects.select_related("country")

    def get_context_data(self, **kwargs):
        practices = cards.attach(self.object.practices.published().for_listing())
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
