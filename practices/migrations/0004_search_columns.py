"""PostgreSQL search: per-language tsvector columns and a trigram column, all generated.

Not model fields: Django never writes them, and SQLite (which searches without them) never
gets them. Each has a GIN index; search.py reads them.
"""

from django.db import migrations

TABLE = "practices_practice"
CONFIGS = {
    "en": "english",
    "sv": "swedish",
    "da": "danish",
    "nb": "norwegian",
    "nn": "norwegian",
    "fi": "finnish",
    "is": "simple",
}


def text(*columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)


def vector_sql(code: str, config: str) -> str:
    def weighted(weight: str, *columns: str) -> str:
        return f"setweight(to_tsvector('{config}'::regconfig, {text(*columns)}), '{weight}')"

    return " || ".join(
        [
            # The title ranks highest; then the summary, the place and the organisations.
            weighted("A", f"title_{code}"),
            weighted("B", f"summary_{code}", "municipality", "organisation_names"),
            weighted("C", f"description_{code}", f"results_{code}", f"lessons_{code}"),
            weighted("D", f"costs_{code}"),
        ]
    )


def trigram_sql() -> str:
    # Short texts only: word_similarity() costs grow with the length of the text.
    columns = [f"title_{code}" for code in CONFIGS]
    return f"lower({text(*columns, 'municipality', 'organisation_names')})"


def add_columns(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for code, config in CONFIGS.items():
        schema_editor.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN search_{code} tsvector "
            f"GENERATED ALWAYS AS ({vector_sql(code, config)}) STORED"
        )
        # Full-text matching in each language (the listing's q).
        schema_editor.execute(
            f"CREATE INDEX practice_search_{code}_idx ON {TABLE} USING gin (search_{code})"
        )
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ADD COLUMN search_trgm text "
        f"GENERATED ALWAYS AS ({trigram_sql()}) STORED"
    )
    # Typos, partial words and names: word_similarity (<%) over titles, places, organisations.
    schema_editor.execute(
        f"CREATE INDEX practice_search_trgm_idx ON {TABLE} USING gin (search_trgm gin_trgm_ops)"
    )


def drop_columns(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for code in [*CONFIGS, "trgm"]:
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_{code}")


class Migration(migrations.Migration):
    dependencies = [("practices", "0003_practice_organisation_names")]

    operations = [
        migrations.RunPython(add_columns, drop_columns),
    ]
