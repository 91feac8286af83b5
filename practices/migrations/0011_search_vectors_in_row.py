"""PostgreSQL search: keep the vectors that searches match inside the practice's row.

A practice row is wide (every text in seven languages), so PostgreSQL moved `search_all`, one
of its largest values, out to the TOAST table. The planner does not count that: for a broad
search it reads every row and tests its vector (as it prices that test as cheap), and
each test then fetched the vector from TOAST, about four extra page reads a row. With
storage MAIN the vectors stay in the row (compressed if need be) and the long descriptions
move out first. Benchmark, 10,000 practices: the broad search "café families" 45 → 21 ms,
forty different searches with three filters 90th percentile 43–63 → 40 ms.

Existing rows are rewritten once so that they take the new storage (the old row versions
are left for autovacuum to reclaim).
"""

from django.db import migrations

TABLE = "practices_practice"
COLUMNS = ("search_all", "search_words")


def set_storage(schema_editor, storage: str) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    alterations = ", ".join(f"ALTER COLUMN {column} SET STORAGE {storage}" for column in COLUMNS)
    schema_editor.execute(f"ALTER TABLE {TABLE} {alterations}")
    # Generated columns are computed again on update, and stored the new way.
    schema_editor.execute(f"UPDATE {TABLE} SET id = id")  # noqa: S608 (constants only)


def forwards(apps, schema_editor):
    set_storage(schema_editor, "MAIN")


def backwards(apps, schema_editor):
    set_storage(schema_editor, "EXTENDED")


class Migration(migrations.Migration):
    dependencies = [("practices", "0010_search_all_languages")]

    operations = [migrations.RunPython(forwards, backwards)]
