#!/usr/bin/env bash
# Start the site the production way (make serve) on a fresh database, fetch a few pages and
# a hashed static file, check status codes and headers, and stop it. Used by .ci/run.
set -euo pipefail
port="${SMOKE_PORT:-8123}"
workdir="$(mktemp -d)"
export DATABASE_URL="sqlite:///$workdir/smoke.sqlite3"
export STATIC_ROOT="$workdir/static"
export CACHE_DIR="$workdir/cache"
export SECRET_KEY="smoke-only-$(date +%s)-not-a-secret-but-long-enough-for-django"
# Its own process group, so that make, the shell and gunicorn's workers all stop together.
setsid make serve SERVE_PORT="$port" > "$workdir/serve.log" 2>&1 &
server=$!
cleanup() {
    kill -TERM -- "-$server" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$server" 2>/dev/null || true
    rm -rf "$workdir"
}
trap cleanup EXIT
for _ in $(seq 1 90); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 1
done
fail() { echo "smoke test failed: $*" >&2; tail -40 "$workdir/serve.log" >&2; exit 1; }
check() {  # url, expected status
    status=$(curl -s -o "$workdir/body" -D "$workdir/headers" -w '%{http_code}' "http://127.0.0.1:$port$1")
    [ "$status" = "$2" ] || fail "$1 answered $status, expected $2"
}
check /healthz 200
check /en/ 200
grep -qi '^content-security-policy:.*default-src' "$workdir/headers" || fail "no CSP on /en/"
grep -qi '^x-content-type-options: nosniff' "$workdir/headers" || fail "no nosniff on /en/"
css=$(grep -o 'href="/static/css/site\.[0-9a-f]*\.css"' "$workdir/body" | head -1 | cut -d'"' -f2)
[ -n "$css" ] || fail "the page does not link a hashed stylesheet"
check "$css" 200
grep -qi '^cache-control:.*immutable' "$workdir/headers" || fail "hashed static file is not cached forever"
check /fi/practices/ 200
check "/sv/practices/?country=ZZ&year_from=abc" 200
check /en/practices/no-such-practice/ 404
check /de/ 404
check /robots.txt 200
check /sitemap.xml 200
echo "Smoke test passed: make serve answers with DEBUG off, hashed static files and security headers."
