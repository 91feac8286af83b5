"""Take full-page screenshots of pages with Debian's Chromium, to look at what we built.

Usage: .venv/bin/python scripts/screenshots.py http://127.0.0.1:8000/en/ [...] \
           --out test-artifacts/screens --widths 1280 375
"""

import argparse
import re
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--out", default="test-artifacts/screens")
    parser.add_argument("--widths", nargs="+", type=int, default=[1280, 375])
    parser.add_argument("--viewport-only", action="store_true")
    options = parser.parse_args()
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for width in options.widths:
                page = browser.new_page(viewport={"width": width, "height": 900})
                for url in options.urls:
                    page.goto(url, timeout=20_000)
                    name = re.sub(r"[^a-z0-9]+", "-", url.split("//", 1)[-1].lower()).strip("-")
                    path = out / f"{name}-{width}.png"
                    page.screenshot(path=str(path), full_page=not options.viewport_only)
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth > window.innerWidth"
                    )
                    print(path, "HORIZONTAL OVERFLOW" if overflow else "")
                page.close()
        finally:
            browser.close()


if __name__ == "__main__":
    main()
