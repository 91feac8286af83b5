from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from practices import demo
from practices.context_processors import DEMO_CACHE_KEY


class Command(BaseCommand):
    help = "Load (or refresh) the demonstration organisations and practices. Safe to repeat."

    def handle(self, *args, **options):
        try:
            organisations, practices = demo.load()
        except (demo.DemoDataError, ValidationError, KeyError) as error:
            raise CommandError(f"Demo content is invalid: {error}") from error
        cache.delete(DEMO_CACHE_KEY)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {organisations} organisations, {practices} practices."
            )
        )
