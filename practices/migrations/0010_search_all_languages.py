"""PostgreSQL search: one vector of every language's vector, with one GIN index.

Matching the seven per-language vectors through seven GIN indexes left the choice to
PostgreSQL's planner, which prices a tsvector match as cheap and a GIN scan as dear: with
seven arms it often chose to match every row instead (60–100 ms at 10,000 practices, against
3–7 ms through an index). One combined vector is one index scan, which the planner takes.
The per-language columns stay for ranking in the reader's language; their indexes go.
"""

import importlib

from django.db import migrations

TABLE = "practices_practice"
# The per-language vectors exactly as migration 0004 made them.
columns = importlib.import_module("practices.migrations.0004_search_columns")


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    every_language = " || ".join(
        f"({columns.vector_sql(code, config)})" for code, config in columns.CONFIGS.items()
    )
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ADD COLUMN search_all tsvector "
        f"GENERATED ALWAYS AS ({every_language}) STORED"
    )
    schema_editor.execute(f"CREATE INDEX practice_search_all_idx ON {TABLE} USING gin (search_all)")
    for code in columns.CONFIGS:
        schema_editor.execute(f"DROP INDEX IF EXISTS practice_search_{code}_idx")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for code in columns.CONFIGS:
        schema_editor.execute(
            f"CREATE INDEX practice_search_{code}_idx ON {TABLE} USING gin (search_{code})"
        )
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_all")


class Migration(migrations.Migration):
    dependencies = [("practices", "0009_search_words")]

    operations = [migrations.RunPython(forwards, backwards)]
