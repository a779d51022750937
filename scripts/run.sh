#!/usr/bin/env bash
# Install Kitemark into ./.venv (with the system libraries Qt needs) and start it. Arguments go to `kitemark`.
# What is installed is the wheel built from a clean copy of this tree, exactly what `pip install kitemark-*.whl`
# gives a user; it is rebuilt only when a source file changed since the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_setup.sh
install_system_packages
make_venv
fingerprint=$(source_fingerprint)
if [ "$(cat .venv/kitemark-source 2>/dev/null)" != "$fingerprint" ] || ! .venv/bin/python -c 'import kitemark_app' 2>/dev/null; then
    echo "Building and installing Kitemark into .venv (once after each change; about a minute the first time)..."
    build_dist dist/python
    install_wheel dist/python ""
    echo "$fingerprint" > .venv/kitemark-source
fi
exec .venv/bin/kitemark "$@"
