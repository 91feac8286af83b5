"""PostgreSQL search: trigram matching over a table of words instead of over every practice.

Checking word_similarity() against the title text of each candidate practice cost tens of
milliseconds per search at 10,000 practices. Now a generated array column holds the words
of a practice's titles, place and organisations (`search_words`, GIN-indexed), and
`practices_searchword` holds every such word once, with a trigram index. A search looks up
the words similar to each query word in that small table, then finds the practices having
one of them through the array index (search.py).

Triggers add the words of every inserted or changed practice, whichever way it was written
(admin, imports, bulk inserts). Words that no practice uses any more stay behind; they only
widen a lookup and never make a practice match.
"""

import importlib

from django.db import migrations

TABLE = "practices_practice"
WORDS = "practices_searchword"
# Titles in every language, place and organisations, lower-cased, as migration 0004 made them.
columns = importlib.import_module("practices.migrations.0004_search_columns")


def words_sql() -> str:
    return f"tsvector_to_array(to_tsvector('simple'::regconfig, {columns.trigram_sql()}))"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    run = schema_editor.execute
    run("DROP INDEX IF EXISTS practice_search_trgm_idx")
    run(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_trgm")
    run(
        f"ALTER TABLE {TABLE} ADD COLUMN search_words text[] "
        f"GENERATED ALWAYS AS ({words_sql()}) STORED"
    )
    run(f"CREATE INDEX practice_search_words_idx ON {TABLE} USING gin (search_words)")
    run(f"CREATE TABLE {WORDS} (word text PRIMARY KEY)")
    run(f"CREATE INDEX searchword_trgm_idx ON {WORDS} USING gin (word gin_trgm_ops)")
    run(
        f"INSERT INTO {WORDS} SELECT DISTINCT unnest(search_words) FROM {TABLE} ON CONFLICT DO NOTHING"
    )
    run(
        f"""
        CREATE FUNCTION practices_add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {WORDS} (word)
            SELECT DISTINCT unnest(search_words) FROM changed
            ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$
        """
    )
    # One trigger per event: PostgreSQL allows transition tables on single-event triggers.
    for event in ("INSERT", "UPDATE"):
        run(
            f"CREATE TRIGGER practice_search_words_{event.lower()} AFTER {event} ON {TABLE} "
            "REFERENCING NEW TABLE AS changed FOR EACH STATEMENT "
            "EXECUTE FUNCTION practices_add_search_words()"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    run = schema_editor.execute
    for event in ("insert", "update"):
        run(f"DROP TRIGGER IF EXISTS practice_search_words_{event} ON {TABLE}")
    run("DROP FUNCTION IF EXISTS practices_add_search_words()")
    run(f"DROP TABLE IF EXISTS {WORDS}")
    run(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_words")
    run(
        f"ALTER TABLE {TABLE} ADD COLUMN search_trgm text GENERATED ALWAYS AS ({columns.trigram_sql()}) STORED"
    )
    run(f"CREATE INDEX practice_search_trgm_idx ON {TABLE} USING gin (search_trgm gin_trgm_ops)")


class Migration(migrations.Migration):
    dependencies = [("practices", "0008_history")]

    operations = [migrations.RunPython(forwards, backwards)]
