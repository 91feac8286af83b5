"""Cached answers for the listing: search matches and facet counts.

Counting facets over thousands of practices costs more than the rest of a page, and the
answers change only when content changes or a scheduled practice comes out. Entries are
keyed on a content version that every save or delete of content bumps (signals.py), and
expire no later than the next scheduled publication, so counts never lag behind it.
"""

import hashlib
import json
from datetime import datetime

from django.core.cache import cache
from django.utils import timezone

VERSION_KEY = "ideabank:content-version"
MAX_SECONDS = 300
# Part of every key: raise it when the shape of a cached value changes, so that a new
# release never reads what an older one stored.
FORMAT = 2


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = int(timezone.now().timestamp() * 1000)
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_content_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, int(timezone.now().timestamp() * 1000), None)


def key(kind: str, **parts) -> str:
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()
    return f"ideabank:{kind}:{FORMAT}:{content_version()}:{digest[:32]}"


def seconds_until(moment: datetime | None) -> int:
    if moment is None:
        return MAX_SECONDS
    remaining = int((moment - timezone.now()).total_seconds())
    return max(1, min(MAX_SECONDS, remaining))


def remember(cache_key: str, compute, valid_until=None):
    """The cached value for `cache_key`, computing and storing it when absent.

    `valid_until` is called only on a miss and returns when the answer may change by
    itself (the next scheduled publication), or None.
    """
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        cache.set(cache_key, value, seconds_until(valid_until() if valid_until else None))
    return value
