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

.PHONY: run install migrate gettext messages compilemessages check-messages demo test lint format bench browser-deps lock clean

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
test: install compilemessages ## The whole suite (SQLite unless DATABASE_URL is set)
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

browser-deps: install ## Debian's Chromium for screenshots and browser tests
	@scripts/ensure-apt.sh chromium chromium

lock: ## Refresh both lock files from pyproject.toml (needs network access to PyPI)
	$(PY) -m piptools compile -q --generate-hashes --strip-extras --allow-unsafe -o requirements.lock pyproject.toml
	$(PY) -m piptools compile -q --generate-hashes --strip-extras --allow-unsafe --extra dev -o requirements-dev.lock pyproject.toml

clean:
	rm -rf $(VENV) .pytest_cache staticfiles $(MO_FILES)
