# Shared by run.sh and test.sh: system packages (Debian/Ubuntu) and the project's virtual environment.
# Usage: source scripts/_setup.sh EXTRAS   (EXTRAS: "" or "test,build")
set -euo pipefail

install_system_packages() {
    command -v apt-get >/dev/null 2>&1 || { echo "Not a Debian/Ubuntu system: install the packages in scripts/system-packages.txt yourself." >&2; return 0; }
    local wanted missing=()
    wanted=$(grep -vE '^\s*(#|$)' scripts/system-packages.txt)
    python3 -c 'import venv, ensurepip' 2>/dev/null || wanted+=$'\npython3-venv'
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing system packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

make_venv() {
    local extras="$1"
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip
    if [ -n "$extras" ]; then
        .venv/bin/python -m pip install -q -e ".[$extras]"
    else
        .venv/bin/python -m pip install -q .
    fi
}
