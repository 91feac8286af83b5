"""WSGI entry point, served by gunicorn: `gunicorn ideabank.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ideabank.settings")

application = get_wsgi_application()
