"""Request tweaks that must happen before Django picks the language."""

import re
import uuid

from django.conf import settings
from django.utils import translation

from ideabank.logs import request_id_var

REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

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


class RequestIdMiddleware:
    """Give every request an id (or keep a proxy's X-Request-ID) for logs and the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request.id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response["X-Request-ID"] = request.id
        return response


class PermissionsPolicyMiddleware:
    """The site uses no camera, microphone, location and the like: say so to browsers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
