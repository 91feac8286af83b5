from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


def register_sqlite_functions(sender, connection, **kwargs):
    """SQLite has no accent folding; give it the one the search fallback uses."""
    if connection.vendor == "sqlite":
        from practices.search import fold

        connection.connection.create_function("ideabank_fold", 1, fold, deterministic=True)


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")

    def ready(self) -> None:
        from practices import signals  # noqa: F401

        connection_created.connect(register_sqlite_functions)
