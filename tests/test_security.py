"""Safe on the open internet: headers, deploy checks, login limits, hostile input."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from tests.factories import OrganisationFactory, PracticeFactory

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parent.parent


def production_env(**extra) -> dict:
    test_only = {"DEBUG", "DATABASE_URL", "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE",
                 "CSRF_COOKIE_SECURE", "DJANGO_ALLOW_ASYNC_UNSAFE"}  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in test_only}
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="ideabank.example.org",
        DJANGO_SETTINGS_MODULE="ideabank.settings",
        **extra,
    )
    return env


def test_public_pages_send_the_security_headers(client):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert len(response["X-Request-ID"]) == 32


def test_a_proxy_request_id_is_kept_and_junk_is_replaced(client):
    assert client.get("/healthz", HTTP_X_REQUEST_ID="abc-123-def")["X-Request-ID"] == "abc-123-def"
    assert client.get("/healthz", HTTP_X_REQUEST_ID="<script>")["X-Request-ID"] != "<script>"


def test_check_deploy_is_clean_with_production_settings():
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_admin_address_is_configurable_and_validated():
    code = (
        "import django; django.setup(); "
        "from django.urls import reverse; print(reverse('admin:index'))"
    )
    moved = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env=production_env(ADMIN_URL="back-office/"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert moved.stdout.strip() == "/back-office/", moved.stderr
    refused = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env=production_env(ADMIN_URL="/../x"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode != 0 and "ADMIN_URL must be" in refused.stderr


def test_admin_login_is_locked_after_five_failures(client):
    User.objects.create_superuser("editor", "e@ideabank.example", "the-right-password-1")
    statuses = [
        client.post(
            "/admin/login/", {"username": "editor", "password": "wrong"}, REMOTE_ADDR="203.0.113.9"
        ).status_code
        for _attempt in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]  # the fifth failure locks
    locked = client.post(
        "/admin/login/",
        {"username": "editor", "password": "the-right-password-1"},
        REMOTE_ADDR="203.0.113.9",
    )
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()


def test_public_forms_are_csrf_protected():
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/en/practices/suggest/", {"title": "x"}).status_code == 403


PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "'; DROP TABLE practices_practice; --",
    "%00",
    "%ff%fe%fd",
    "../../../../etc/passwd",
    "\u202egnp.exe",
    "{{ 7*7 }}{% debug %}",
    "x" * 8000,
    "%E2%80%8B" * 100,
    "1e999",
    "-1",
    "NaN",
]
PARAMETERS = [
    "q", "country", "theme", "target_group", "organisation_kind", "evaluation", "level",
    "ongoing", "year_from", "year_to", "sort", "page", "by", "format", "kind", "bom", "unknown",
]  # fmt: skip


@pytest.fixture
def site(db):
    organisation = OrganisationFactory(slug="org")
    PracticeFactory(slug="practice", organisations=[organisation])


def public_urls() -> list[str]:
    return [
        "/en/", "/fi/practices/", "/sv/practices/practice/", "/da/organisations/",
        "/nb/organisations/org/", "/nn/overview/", "/is/practices/suggest/",
        "/en/practices/export.csv", "/en/practices/export.json", "/en/practices/feed/",
        "/sitemap.xml", "/robots.txt", "/healthz",
    ]  # fmt: skip


@pytest.mark.once
@pytest.mark.parametrize("url", public_urls())
def test_hostile_input_never_causes_a_500_or_an_unescaped_reflection(client, site, url):
    for payload in PAYLOADS:
        for parameter in PARAMETERS:
            response = client.get(url, {parameter: payload})
            assert response.status_code < 500, (url, parameter, payload)
            content = (
                b"".join(response.streaming_content) if response.streaming else response.content
            ).decode("utf-8", "replace")
            if response["Content-Type"].startswith("text/html"):
                assert "<script>alert(1)</script>" not in content, (url, parameter)
                assert "<img src=x onerror=alert(1)>" not in content, (url, parameter)
        # Hostile paths and methods too.
        assert client.get(url + "%3Cscript%3E/").status_code in {404, 301, 302}
        assert client.generic("TRACE", url).status_code < 500


def test_hostile_suggestion_post_never_errors(client, site):
    for payload in PAYLOADS:
        response = client.post(
            "/en/practices/suggest/", dict.fromkeys(["title", "summary", "email"], payload)
        )
        assert response.status_code in {200, 302, 429}
