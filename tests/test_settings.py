"""Settings come from the environment, and a bad value stops start-up naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from ideabank import env

PROJECT = Path(__file__).resolve().parent.parent


def start_django(**variables: str) -> subprocess.CompletedProcess:
    """Import the settings in a fresh interpreter with exactly these variables set."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "REDIS_URL", "EMAIL_URL"}
    }
    environment.update(variables)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=PROJECT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "ideabank.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_mode_refuses_to_start_without_secret_key():
    result = start_django(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_mode_starts_with_a_development_key():
    assert start_django(DEBUG="1").returncode == 0


def test_production_mode_starts_with_a_secret_key():
    assert start_django(DEBUG="false", SECRET_KEY="x" * 50).returncode == 0


def test_bad_debug_value_names_the_variable():
    result = start_django(DEBUG="maybe", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "DEBUG must be one of" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DATABASE_URL", "mysql://db/ideabank", "DATABASE_URL must be a sqlite"),
        ("TIME_ZONE", "Mars/Olympus", "TIME_ZONE must be an IANA time zone"),
        ("REDIS_URL", "localhost:6379", "REDIS_URL must start with"),
        ("EMAIL_URL", "carrier-pigeon://coop", "EMAIL_URL must start with"),
        ("SECURE_HSTS_SECONDS", "a year", "SECURE_HSTS_SECONDS must be a whole number"),
    ],
)
def test_bad_values_stop_start_up_naming_the_variable(variable, value, message):
    result = start_django(DEBUG="1", **{variable: value})
    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("TRUE", True), ("on", True), ("0", False), ("no", False)]
)
def test_env_bool_reads_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("SOME_FLAG", raw)
    assert env.env_bool("SOME_FLAG") is expected


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", "ideabank.example, www.ideabank.example,")
    assert env.env_list("ALLOWED_HOSTS") == ["ideabank.example", "www.ideabank.example"]


def test_database_url_reads_postgres(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://editor:s3cret@db.internal:5433/ideabank")
    config = env.env_database("DATABASE_URL", "sqlite:///x.sqlite3")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.internal", 5433, "ideabank")


def test_email_url_reads_smtp_with_tls(monkeypatch):
    monkeypatch.setenv("EMAIL_URL", "smtp+tls://mailer:p%40ss@smtp.example.org:587")
    config = env.env_email("EMAIL_URL", "console://")
    assert config["EMAIL_HOST"] == "smtp.example.org"
    assert config["EMAIL_PORT"] == 587
    assert config["EMAIL_HOST_PASSWORD"] == "p@ss"
    assert config["EMAIL_USE_TLS"] is True


def test_email_url_without_host_is_refused(monkeypatch):
    monkeypatch.setenv("EMAIL_URL", "smtp://")
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL needs a host"):
        env.env_email("EMAIL_URL", "console://")


def test_production_without_redis_shares_a_file_cache_between_workers(tmp_path):
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=PROJECT,
        env={
            **{k: v for k, v in os.environ.items() if k not in {"DEBUG", "REDIS_URL"}},
            "DJANGO_SETTINGS_MODULE": "ideabank.settings",
            "DEBUG": "0",
            "SECRET_KEY": "x" * 50,
            "CACHE_DIR": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "django.core.cache.backends.filebased.FileBasedCache"
