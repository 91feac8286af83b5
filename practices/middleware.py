"""Request tweaks that must happen before Django picks the language."""

import re

from django.utils import translation

# "no" (and "no-NO") is how many browsers say Norwegian; Django has no "no" locale, so
# without this a Norwegian reader would land on English. Read it as bokmål.
NORWEGIAN = re.compile(r"(?<![\w-])no(?=[-;,\s]|$)(-[A-Za-z]+)?", re.IGNORECASE)


class NorwegianAcceptLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.META.get("HTTP_ACCEPT_LANGUAGE")
        if header and NORWEGIAN.search(header):
            request.META["HTTP_ACCEPT_LANGUAGE"] = NORWEGIAN.sub("nb", header)
        return self.get_response(request)


def page_not_found(request, exception):
    """A 404 in the reader's language; under an unknown language prefix, in English."""
    from django.views.defaults import page_not_found as django_page_not_found

    if translation.get_language_from_path(request.path_info) is None:
        # Rendered now, inside the override; LocaleMiddleware still redirects "/" and other
        # unprefixed paths by the reader's language afterwards.
        with translation.override("en"):
            return django_page_not_found(request, exception)
    return django_page_not_found(request, exception)
