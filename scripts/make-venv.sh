#!/bin/sh
# Create .venv with the first Python >= 3.11; on Debian/Ubuntu install python3-venv if it is missing.
set -e
python="$(scripts/find-python.sh)"
if ! "$python" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    version="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    scripts/ensure-apt.sh __venv_missing__ "python${version}-venv" || scripts/ensure-apt.sh __venv_missing__ python3-venv
    "$python" -m venv .venv
fi
.venv/bin/python --version
