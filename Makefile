# The two commands: `make run` and `make test`. Everything else supports them.
SHELL := /bin/sh
VENV := .venv
PY := $(VENV)/bin/python
LOCK := requirements-dev.lock
STAMP := $(VENV)/.installed
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))
HOST ?= 127.0.0.1
PORT ?= 8000
# Development defaults for `make run` and friends; the tests run with DEBUG off, as production.
export DEBUG ?= 1

# DEBUG=0 commands must not inherit the development default.
.PHONY: serve audit run install migrate gettext messages compilemessages check-messages demo test lint format bench browser-deps lock clean

run: install compilemessages migrate demo ## Install, migrate, load demo content and serve on http://127.0.0.1:8000
	$(PY) manage.py runserver $(HOST):$(PORT)

$(PY):
	scripts/make-venv.sh

# Reinstall only when the lock file changed since the last install.
$(STAMP): $(LOCK) | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --no-input

demo: install
	$(PY) manage.py load_demo

gettext:
	@scripts/ensure-apt.sh msgfmt gettext

# .mo files are built, never committed.
compilemessages: install gettext $(MO_FILES)

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po
	msgfmt --check-format -o $@ $<

messages: install gettext ## Regenerate the .po catalogues from the source
	$(PY) manage.py makemessages --no-obsolete --no-location $(foreach l,sv da nb nn fi is,-l $(l)) --ignore=.venv --ignore=static/vendor

test: export DEBUG := 0
test: install compilemessages browser-deps ## The whole suite (SQLite unless DATABASE_URL is set)
	$(PY) -m pytest $(PYTEST_ARGS)

check-messages: gettext ## Every catalogue complete and unfuzzy
	scripts/check-messages.sh

lint: install check-messages
	$(PY) scripts/check_templates.py
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install compilemessages ## Budgets of DESIGN.md on PostgreSQL (BENCH_DATABASE_URL)
	$(PY) bench/run.py $(BENCH_ARGS)

SERVE_PORT ?= 8100
# The production way, locally: DEBUG off, collected and hashed static files served by
# whitenoise, gunicorn. Plain HTTP on localhost, so no redirect to HTTPS here.
serve: install compilemessages ## Run gunicorn + whitenoise with DEBUG=0 on http://127.0.0.1:8100
	DEBUG=0 $(PY) manage.py collectstatic --no-input -v0
	DEBUG=0 $(PY) manage.py migrate --no-input -v0
	DEBUG=0 SECURE_SSL_REDIRECT=0 SESSION_COOKIE_SECURE=0 CSRF_COOKIE_SECURE=0 \
		ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} \
		SECRET_KEY=$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')} \
		$(VENV)/bin/gunicorn ideabank.wsgi --bind $(HOST):$(SERVE_PORT) --workers 2 \
		--access-logfile - --forwarded-allow-ips 127.0.0.1

audit: install ## Known vulnerabilities in the locked dependencies (needs the internet)
	$(VENV)/bin/pip-audit --strict --require-hashes --disable-pip -r requirements.lock

browser-deps: install ## Debian's Chromium for screenshots and browser tests
	@scripts/ensure-apt.sh chromium chromium

lock: ## Refresh both lock files from pyproject.toml (needs network access to PyPI)
	$(PY) -m piptools compile -q --generate-hashes --strip-extras --allow-unsafe -o requirements.lock pyproject.toml
	$(PY) -m piptools compile -q --generate-hashes --strip-extras --allow-unsafe --extra dev -o requirements-dev.lock pyproject.toml

clean:
	rm -rf $(VENV) .pytest_cache staticfiles $(MO_FILES)
