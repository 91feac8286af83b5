"""Interface translations: every catalogue complete, and no template text outside them."""

import importlib.util
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entries(path: Path) -> list[dict]:
    """A small .po reader: msgid, msgstr(s) and flags of every entry but the header."""
    parsed, current, field = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if current and current.get("msgid"):
                parsed.append(current)
            current, field = None, None
            continue
        current = current or {"flags": "", "msgid": "", "msgstr": []}
        if line.startswith("#,"):
            current["flags"] += line
        elif line.startswith("msgid "):
            field, current["msgid"] = "msgid", line[7:-1]
        elif line.startswith("msgid_plural"):
            field = "plural"
        elif line.startswith("msgstr"):
            field = "msgstr"
            current["msgstr"].append(line.split(" ", 1)[1][1:-1])
        elif line.startswith('"') and field == "msgid":
            current["msgid"] += line[1:-1]
        elif line.startswith('"') and field == "msgstr":
            current["msgstr"][-1] += line[1:-1]
    return parsed


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES if code != "en"])
def test_catalogue_is_complete_and_unfuzzy(language):
    path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"no catalogue for {language}"
    catalogue = entries(path)
    assert len(catalogue) > 100
    untranslated = [e["msgid"] for e in catalogue if not all(e["msgstr"])]
    fuzzy = [e["msgid"] for e in catalogue if "fuzzy" in e["flags"]]
    assert untranslated == []
    assert fuzzy == []


def test_catalogues_have_the_same_messages():
    ids = {
        code: {e["msgid"] for e in entries(ROOT / "locale" / code / "LC_MESSAGES" / "django.po")}
        for code, _name in settings.LANGUAGES
        if code != "en"
    }
    assert len({frozenset(value) for value in ids.values()}) == 1


def test_templates_have_no_text_outside_translate_tags():
    assert load_script("check_templates").main() == 0


def test_template_check_finds_untranslated_text(tmp_path):
    check_templates = load_script("check_templates")
    template = tmp_path / "bad.html"
    template.write_text(
        '{% load i18n %}<h1>{% translate "Fine" %}</h1><p>Oops, English</p>'
        '<img alt="A photo" src="x.png"><input placeholder="{% translate "ok" %}">'
        "{% blocktranslate %}Also fine{% endblocktranslate %}<span>{{ value }} · 12</span>",
        encoding="utf-8",
    )
    check_templates.ROOT = tmp_path
    problems = check_templates.check(template)
    assert len(problems) == 2
    assert "Oops, English" in problems[0]
    assert "A photo" in problems[1]
