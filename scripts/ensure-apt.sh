#!/bin/sh
# Usage: ensure-apt.sh COMMAND PACKAGE...
# Install Debian/Ubuntu PACKAGEs when COMMAND is not on PATH (as root, or through sudo).
set -e
command_name="$1"
shift
if command -v "$command_name" >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "error: '$command_name' is missing; install the package(s) $* and retry." >&2
    exit 1
fi
echo "Installing $* (for '$command_name') ..."
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "$@"
