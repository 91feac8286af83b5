"""Context every page shares: the language switcher, hreflang alternates, the demo notice."""

from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url

from practices.choices import Language
from practices.languages import current_language
from practices.models import DemoDataset

DEMO_CACHE_KEY = "ideabank:demo-loaded"
DEMO_CACHE_SECONDS = 60


def demo_content_loaded() -> bool:
    loaded = cache.get(DEMO_CACHE_KEY)
    if loaded is None:
        loaded = DemoDataset.objects.exists()
        cache.set(DEMO_CACHE_KEY, loaded, DEMO_CACHE_SECONDS)
    return loaded


def site(request):
    path = request.get_full_path()
    current = current_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        languages.append(
            {
                "code": code,
                "name_local": Language(code).label,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
            }
        )
    return {
        "site_languages": languages,
        "x_default_url": next(
            language["absolute_url"]
            for language in languages
            if language["code"] == settings.LANGUAGE_CODE
        ),
        "demo_content_loaded": demo_content_loaded(),
    }
