"""Fail when a template shows text to readers outside {% translate %}/{% blocktranslate %}.

Template tags and variables become a neutral placeholder, the contents of translate blocks
are dropped, and what remains is read as HTML: text between tags, and the attributes a
reader sees or hears (alt, title, placeholder, aria-label, meta content), must not
contain words.
"""

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from django.template.base import Lexer, TokenType

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
PLACEHOLDER = "\u2063"  # invisible separator: stands for a tag or variable
VISIBLE_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "content"}
# Words that are the same in every language.
ALLOWED_WORDS = {"PDF", "CSV", "JSON", "XLSX"}
WORD = re.compile(r"[^\W\d_]{2,}")


def without_translations(source: str) -> str:
    """The template with tags and variables as placeholders and translate blocks removed."""
    parts, skipping = [], 0
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0] if token.contents else ""
            if name in {"blocktranslate", "blocktrans", "comment"}:
                skipping += 1
            elif name in {"endblocktranslate", "endblocktrans", "endcomment"}:
                skipping -= 1
            parts.append(PLACEHOLDER)
        elif token.token_type == TokenType.TEXT and not skipping:
            parts.append(token.contents)
        elif token.token_type == TokenType.VAR:
            parts.append(PLACEHOLDER)
    return "".join(parts)


class Finder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self.skip_depth = 0

    def words(self, text: str) -> list[str]:
        return [w for w in WORD.findall(text.replace(PLACEHOLDER, " ")) if w not in ALLOWED_WORDS]

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self.skip_depth += 1
        attributes = dict(attrs)
        for name, value in attrs:
            if name not in VISIBLE_ATTRIBUTES or not value:
                continue
            if name == "content" and attributes.get("name") != "description":
                continue
            if self.words(value):
                self.found.append((self.getpos()[0], f'{name}="{value.strip()}"'))

    def handle_endtag(self, tag):
        if tag in {"script", "style"} and self.skip_depth:
            self.skip_depth -= 1

    def handle_data(self, data):
        if not self.skip_depth and self.words(data):
            self.found.append((self.getpos()[0], data.strip()))


def check(path: Path) -> list[str]:
    finder = Finder()
    finder.feed(without_translations(path.read_text(encoding="utf-8")))
    relative = path.relative_to(ROOT)
    return [f"{relative}:{line}: untranslated text: {text[:80]!r}" for line, text in finder.found]


def main() -> int:
    problems = [problem for path in sorted(TEMPLATES.rglob("*.html")) for problem in check(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(
        f"Templates checked: no untranslated text in {len(list(TEMPLATES.rglob('*.html')))} files."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
