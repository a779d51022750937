#!/usr/bin/env bash
# Install everything the test suite needs (system packages, ./.venv with test extras) and run it.
# Arguments go to pytest, e.g. `./scripts/test.sh -m "not slow"` for the quick run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_setup.sh
install_system_packages
make_venv "test,build"
exec .venv/bin/python -m pytest "$@"
