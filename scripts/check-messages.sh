#!/bin/sh
# Every catalogue compiles, and has no untranslated and no fuzzy entries.
set -e
status=0
for po in locale/*/LC_MESSAGES/django.po; do
    msgfmt --check -o /dev/null "$po"
    untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid' || true)
    fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid' || true)
    # msgattrib prints the header entry with any selection; it is not a translation.
    untranslated=$((untranslated > 0 ? untranslated - 1 : 0))
    fuzzy=$((fuzzy > 0 ? fuzzy - 1 : 0))
    if [ "$untranslated" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
        echo "$po: $untranslated untranslated, $fuzzy fuzzy" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "Translations complete: $(ls locale/*/LC_MESSAGES/django.po | wc -l) catalogues."
exit "$status"
