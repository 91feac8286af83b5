#!/bin/sh
# Print the first Python >= 3.11 on PATH; fail with a clear message if there is none.
for candidate in python3.14 python3.13 python3.12 python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
        "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        command -v "$candidate"
        exit 0
    fi
done
echo "error: Python 3.11 or newer is needed; install it (e.g. apt-get install python3 python3-venv) and retry." >&2
exit 1
