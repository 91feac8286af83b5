"""The listing's filters: one FilterSet for the listing, and later the exports and the feed."""

import django_filters
from django.utils.translation import gettext_lazy as _

from practices.models import Country, Practice, Theme


class PracticeFilter(django_filters.FilterSet):
    """Within one parameter values are OR-ed; across parameters they are AND-ed."""

    country = django_filters.ModelMultipleChoiceFilter(
        label=_("Country"),
        field_name="countries__code",
        to_field_name="code",
        queryset=Country.objects.all(),
        distinct=True,
    )
    theme = django_filters.ModelMultipleChoiceFilter(
        label=_("Theme"),
        field_name="themes__slug",
        to_field_name="slug",
        queryset=Theme.objects.all(),
        distinct=True,
    )

    class Meta:
        model = Practice
        fields: list[str] = []

    def ignored_parameters(self) -> list[str]:
        """Names of parameters whose values were not understood and so were left out."""
        return sorted(self.errors)
