#!/usr/bin/env bash
# Install Kitemark into ./.venv (with the system libraries Qt needs) and start it. Arguments go to `kitemark`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_setup.sh
install_system_packages
make_venv ""
exec .venv/bin/kitemark "$@"
