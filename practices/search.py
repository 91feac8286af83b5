"""Full-text search: PostgreSQL's text search with trigram help, or a plain fallback on SQLite.

On PostgreSQL every practice has one stored tsvector column per language (`search_en` …
`search_is`, weighted: title A; summary, place and organisations B; description, results
and lessons C; costs D), used for ranking; `search_all`, all of them together, used for
matching; and an array of the words of its titles, place and organisations
(`search_words`). All are generated columns (migrations 0004, 0009, 0010); the last two
have GIN indexes. Every such word is also kept once in `practices_searchword`, with a
trigram index, so that typos and inflected forms are looked up among a few thousand
words, not in every practice. They are not model fields: Django never writes them.

A request searches once (`match`), getting the ids of the matching public practices; the
result list and every facet count then filter on those ids, so the text conditions are
evaluated once per request, and ranking only over what the other filters leave.
On SQLite the same fields are matched word by word, case- and accent-insensitively.
"""

import unicodedata
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection
from django.db.models import BooleanField, F, FloatField, Func, Q, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Collate, Lower, NullIf
from django.db.models.lookups import Contains
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from practices import cache
from practices.languages import LANGUAGE_CODES, chain

MAX_QUERY_LENGTH = 200
# Most matches a search keeps, best first; more than anyone pages through.
MAX_MATCHES = 5000

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
# Trigram matches count from a word_similarity of 0.4 (pg_trgm.word_similarity_threshold,
# set per connection in settings.DATABASES), so that "bostäder" finds "bostad" and
# "asunnot" finds "asunto", which the Snowball stemmers do not join. Shorter words than
# this have too few trigrams ("café" is as like "car" and "care") and are left to full
# text.
MIN_TRIGRAM_LENGTH = 5
# A query word like more words than this is looked up by the most similar ones only.
MAX_SIMILAR_WORDS = 200

SEARCHED_FIELDS = ("title", "summary", "description", "results", "lessons", "costs")
HIGHLIGHT_START, HIGHLIGHT_STOP = "\x02", "\x03"
TABLE = "practices_practice"
WORDS = "practices_searchword"


@dataclass(frozen=True)
class Matches:
    ids: list[int]

    def condition(self) -> Q:
        if is_postgres():
            # One array parameter instead of thousands of IN (...) parameters, passed as the
            # text of an array of integers: a list would be hashed and adapted item by item
            # each time Django and psycopg handle the query (twice per page).
            array = "{" + ",".join(map(str, self.ids)) + "}"
            return Q(RawSQL(f"{TABLE}.id = ANY(%s::bigint[])", [array], BooleanField()))  # noqa: S611
        return Q(pk__in=self.ids)


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def fold(text: str) -> str:
    """Lower-case and strip accents, for the SQLite fallback: "Bostäder" → "bostader"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def split_query(query: str) -> tuple[str, list[str]]:
    """The words to look for (for trigrams) and the words excluded with a leading minus."""
    positive, negative = [], []
    for word in query.replace('"', " ").split():
        if word.startswith("-") and len(word) > 1:
            negative.append(word[1:])
        elif word.lower() != "or":
            positive.append(word)
    return " ".join(positive).lower(), negative


def _websearch(config: str) -> str:
    return f"websearch_to_tsquery('{config}'::regconfig, %s)"


def _tsquery(code: str) -> str:
    return _websearch(TEXT_SEARCH_CONFIG[code])


def _any_language(query: str) -> tuple[str, list[str]]:
    """`query` as each language's stemmer reads it, OR-ed: for matching `search_all`."""
    configs = sorted(set(TEXT_SEARCH_CONFIG.values()))
    sql = " || ".join(_websearch(config) for config in configs)
    return f"{TABLE}.search_all @@ ({sql})", [query] * len(configs)


def similar_words(words: list[str]) -> list[list[str]]:
    """For each query word, the words of titles, places and organisations like it
    (word_similarity from 0.4), most similar first: one lookup in the word table, kept until
    the content changes, so that the result list and the counts match against constants."""

    def look_up() -> list[list[str]]:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT ARRAY(SELECT word FROM {WORDS} WHERE query.word <%% word "  # noqa: S608
                f"ORDER BY query.word <<-> word LIMIT {MAX_SIMILAR_WORDS}) "
                "FROM unnest(%s::text[]) WITH ORDINALITY AS query(word, position) "
                "ORDER BY query.position",
                [words],
            )
            return [row[0] for row in cursor.fetchall()]

    return cache.remember(cache.key("similar-words", words=words), look_up)


def _condition_sql(query: str) -> tuple[str, list]:
    """A practice matches in any language, or has words like every long-enough query word.

    One condition over two GIN indexes (the vector of every language and the word arrays),
    combined by PostgreSQL in one bitmap scan. The SQL is built from our own table, column
    and configuration names only; the user's query is always a parameter (hence the S608
    exemptions).
    """
    fulltext, params = _any_language(query)
    positive, negative = split_query(query)
    words = [word for word in positive.split() if len(word) >= MIN_TRIGRAM_LENGTH]
    alternatives = similar_words(words) if words else []
    if not alternatives or not all(alternatives):
        return fulltext, params
    # Every long-enough query word must be like a word of the practice's titles, place or
    # organisations.
    similar = " AND ".join([f"{TABLE}.search_words && %s::text[]"] * len(alternatives))
    params += alternatives
    # The shorter words stay required, as in full text: found there in any language, or
    # exactly among those words. Otherwise "language café" would find every practice with
    # "language" in its title, café or not.
    for word in positive.split():
        if len(word) < MIN_TRIGRAM_LENGTH and any(char.isalnum() for char in word):
            word_fulltext, word_params = _any_language(word)
            similar += (
                f" AND ({word_fulltext} OR {TABLE}.search_words && "
                "tsvector_to_array(to_tsvector('simple'::regconfig, %s)))"
            )
            params += [*word_params, word]
    if negative:
        # Excluded words stay excluded, whichever way a practice was found.
        excluded, excluded_params = _any_language(" or ".join(negative))
        similar += f" AND NOT {excluded}"
        params += excluded_params
    return f"({fulltext} OR ({similar}))", params


def _rank_sql(query: str, language: str) -> tuple[str, list[str]]:
    # The reader's language counts double, so its hits come before those in the languages
    # the reader falls back to (the rest are found, but rank last); weights put title hits
    # above body hits. Practices found only by trigrams rank after all full-text hits
    # (word_similarity() per row would double the cost of a search).
    others = [code for code in chain(language) if code != language][:3]
    sql = f"2 * ts_rank({TABLE}.search_{language}, {_tsquery(language)})"
    sql += "".join(f" + ts_rank({TABLE}.search_{code}, {_tsquery(code)})" for code in others)
    return sql, [query] * (1 + len(others))


def match(queryset, query: str, language: str) -> Matches:
    """The ids of the practices in `queryset` that match `query` (unranked: ranking is done
    only for the rows a page shows, after the other filters)."""
    if is_postgres():
        sql, params = _condition_sql(query)
        condition = Q(RawSQL(sql, params, BooleanField()))  # noqa: S611 (constants only)
    else:
        condition = _sqlite_condition(query)
    ids = (
        queryset.filter(condition)
        .order_by("-published_at", "-pk")
        # Plain ids: modeltranslation's values_list() would build a dict for every row.
        .rewrite(False)
        .values_list("pk", flat=True)[:MAX_MATCHES]
    )
    return Matches(list(ids))


def _sqlite_condition(query: str) -> Q:
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


def relevance(query: str, language: str):
    """The rank of a matching practice, for ordering by relevance (PostgreSQL)."""
    sql, params = _rank_sql(query, language)
    return RawSQL(sql, params, output_field=FloatField())  # noqa: S611 (constants only)


def with_headline(queryset, query: str, language: str):
    """Add `headline`: the summary with the matching words marked (PostgreSQL only)."""
    if not is_postgres():
        return queryset
    config = TEXT_SEARCH_CONFIG[language]
    summary = Coalesce(
        *[NullIf(F(f"summary_{code}"), Value("")) for code in chain(language)],
        output_field=TextField(),
    )
    return queryset.annotate(
        headline=SearchHeadline(
            summary,
            SearchQuery(query, search_type="websearch", config=config),
            config=config,
            start_sel=HIGHLIGHT_START,
            stop_sel=HIGHLIGHT_STOP,
            max_words=60,
            min_words=25,
        )
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


def order(queryset, sort: str, language: str, query: str = ""):
    if sort == "title":
        return queryset.order_by(title_sort_key(language).asc(), "pk")
    if sort == "relevance" and query and is_postgres():
        return queryset.order_by(relevance(query, language).desc(), "-published_at", "-pk")
    # SQLite has no ranking: relevance there is newest first.
    return queryset.order_by("-published_at", "-pk")


def highlight(headline: str) -> SafeString:
    """Escape a search headline, then turn its match markers into <mark> elements."""
    escaped = escape(headline)
    return mark_safe(  # noqa: S308 - everything but our markers was escaped above
        escaped.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")
    )
