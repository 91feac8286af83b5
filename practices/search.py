"""Full-text search: PostgreSQL's text search with trigram help, or a plain fallback on SQLite.

On PostgreSQL every practice has one stored tsvector column per language (`search_en` …
`search_is`, weighted: title A; summary, place and organisations B; the rest C) and one
lower-cased text column for trigrams (`search_trgm`), all generated columns with GIN indexes
created by migration 0003. They are not model fields: Django never writes them.
On SQLite the same fields are matched word by word, case- and accent-insensitively.
"""

import unicodedata

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection
from django.db.models import BooleanField, F, FloatField, Func, Q, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Collate, Lower, NullIf
from django.db.models.lookups import Contains

from practices.languages import LANGUAGE_CODES, chain

MAX_QUERY_LENGTH = 200

# Text-search configurations; nynorsk shares the Norwegian stemmer, Icelandic has none.
TEXT_SEARCH_CONFIG = {
    "en": "english",
    "sv": "swedish",
    "da": "danish",
    "nb": "norwegian",
    "nn": "norwegian",
    "fi": "finnish",
    "is": "simple",
}
# ICU collations that PostgreSQL on Debian has for the seven languages.
COLLATIONS = {code: f"{code}-x-icu" for code in LANGUAGE_CODES}

# word_similarity() needed for a trigram hit; low enough that "bostäder" finds "bostad"
# and "asunnot" finds "asunto", which the Snowball stemmers do not join.
TRIGRAM_THRESHOLD = 0.4

SEARCHED_FIELDS = ("title", "summary", "description", "results", "lessons", "costs")
HIGHLIGHT_START, HIGHLIGHT_STOP = "\x02", "\x03"
TABLE = "practices_practice"


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def fold(text: str) -> str:
    """Lower-case and strip accents, for the SQLite fallback: "Bostäder" → "bostader"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _fts_match_sql() -> str:
    return " OR ".join(
        f"{TABLE}.search_{code} @@ websearch_to_tsquery('{config}'::regconfig, %s)"
        for code, config in TEXT_SEARCH_CONFIG.items()
    )


def condition(query: str, language: str) -> Q:
    """Practices that match `query`, in any language."""
    if is_postgres():
        sql = f"(({_fts_match_sql()}) OR %s <%% {TABLE}.search_trgm)"
        params = [query] * len(TEXT_SEARCH_CONFIG) + [query.lower()]
        # The SQL holds only our column and configuration names; the query is a parameter.
        return Q(RawSQL(sql, params, output_field=BooleanField()))  # noqa: S611
    words = [fold(word).strip("\"'") for word in query.split()]
    combined = Q()
    for word in words:
        if word.startswith("-") or word in {"", "or"}:
            continue
        combined &= Q(Contains(_sqlite_haystack(), Value(word)))
    return combined


def _sqlite_haystack() -> Func:
    """Every searched text of a practice in one folded string (SQLite only).

    One flat `a || ' ' || b …` expression: Concat() would nest 44 levels deep, past what
    SQLite's parser accepts.
    """
    columns = [f"{field}_{code}" for field in SEARCHED_FIELDS for code in LANGUAGE_CODES]
    columns += ["municipality", "organisation_names"]
    joined = Func(
        *[Coalesce(F(column), Value("")) for column in columns],
        template="%(expressions)s",
        arg_joiner=" || ' ' || ",
        output_field=TextField(),
    )
    return Func(joined, function="ideabank_fold", output_field=TextField())


def annotate(queryset, query: str, language: str):
    """Add `rank` (and on PostgreSQL `headline`) to matching practices."""
    if not is_postgres():
        return queryset.annotate(rank=Value(0.0, output_field=FloatField()))
    reader = TEXT_SEARCH_CONFIG[language]
    others = [code for code in TEXT_SEARCH_CONFIG if code != language]
    # The reader's language counts double, so its hits come before fallback languages';
    # weights put title hits above body hits; trigram similarity breaks ties and ranks
    # practices found only through it.
    rank_sql = (
        f"2 * ts_rank({TABLE}.search_{language}, websearch_to_tsquery('{reader}'::regconfig, %s))"
        + "".join(
            f" + ts_rank({TABLE}.search_{code}, "
            f"websearch_to_tsquery('{TEXT_SEARCH_CONFIG[code]}'::regconfig, %s))"
            for code in others
        )
        + f" + 0.1 * word_similarity(%s, {TABLE}.search_trgm)"
    )
    params = [query] * len(TEXT_SEARCH_CONFIG) + [query.lower()]
    summary = Coalesce(
        *[NullIf(F(f"summary_{code}"), Value("")) for code in chain(language)],
        output_field=TextField(),
    )
    return queryset.annotate(
        rank=RawSQL(rank_sql, params, output_field=FloatField()),  # noqa: S611 (as above)
        headline=SearchHeadline(
            summary,
            SearchQuery(query, search_type="websearch", config=reader),
            config=reader,
            start_sel=HIGHLIGHT_START,
            stop_sel=HIGHLIGHT_STOP,
            max_words=60,
            min_words=25,
        ),
    )


def title_sort_key(language: str):
    """The title along the reader's fallback chain, collated for the reader's language."""
    title = Coalesce(
        *[NullIf(F(f"title_{code}"), Value("")) for code in chain(language)],
        output_field=TextField(),
    )
    if is_postgres():
        return Collate(title, COLLATIONS[language])
    return Lower(title)


def order(queryset, sort: str, language: str):
    if sort == "title":
        return queryset.order_by(title_sort_key(language).asc(), "pk")
    if sort == "relevance":
        return queryset.order_by(F("rank").desc(), F("published_at").desc(), "-pk")
    return queryset.order_by("-published_at", "-pk")
