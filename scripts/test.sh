#!/usr/bin/env bash
# Install everything the test suite needs (system packages, ./.venv) and run it. Arguments go to pytest, e.g.
# `./scripts/test.sh -m "not slow"` for the quick run.
#
# By default the suite runs against what a user installs: the wheel and sdist are built from a clean copy of the
# tree into dist/python/, the wheel is installed (not editable) with the test extras, and the tests import that
# installed package (KITEMARK_TEST_INSTALLED=1 makes tests/conftest.py refuse to run otherwise).
# `./scripts/test.sh --editable ...` is the developer's quick loop: an editable install, no wheel built.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_setup.sh
editable=0
if [ "${1:-}" = "--editable" ]; then
    editable=1
    shift
fi
install_system_packages
make_venv
if [ "$editable" = 1 ]; then
    .venv/bin/python -m pip install -q -e ".[test,build]"
    export KITEMARK_TEST_INSTALLED=0
else
    build_dist dist/python
    install_wheel dist/python "test,build"
    export KITEMARK_TEST_INSTALLED=1 KITEMARK_TEST_DIST="$PWD/dist/python"
    rm -f .venv/kitemark-source  # run.sh's install was replaced
fi
# Neither pytest nor any Python it starts puts the working folder (the source tree) first on sys.path.
export PYTHONSAFEPATH=1
exec .venv/bin/python -m pytest "$@"
