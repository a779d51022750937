# Shared by run.sh and test.sh: system packages (Debian/Ubuntu), the project's virtual environment, and the wheel
# and sdist built from a clean copy of the tree (what a user installs).
# Usage: source scripts/_setup.sh
# shellcheck shell=bash
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
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip "build>=1.2"
}

# The project's own files, NUL-separated: what git tracks plus new files it does not ignore (so uncommitted work
# counts, and build/, dist/, .venv/ never do). Outside a git checkout (an unpacked sdist): everything but those.
source_files() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
            [ -f "$file" ] && printf '%s\0' "$file"
        done
    else
        find . \( -name .venv -o -name build -o -name dist -o -name __pycache__ -o -name '*.egg-info' \) -prune \
            -o -type f -printf '%P\0'
    fi
}

# build_dist OUT: the wheel and the sdist, built from a copy of source_files in a new folder, into OUT.
build_dist() {
    local out="$1" copy
    copy=$(mktemp -d)
    source_files | tar --null -T - -cf - | tar -xf - -C "$copy"
    rm -rf "$out"
    mkdir -p "$out"
    if ! "${PYTHON:-.venv/bin/python}" -m build --sdist --wheel --outdir "$out" "$copy" >"$copy.log" 2>&1; then
        tail -n 40 "$copy.log" >&2
        rm -rf "$copy" "$copy.log"
        echo "Building the wheel failed (the lines above say why)." >&2
        return 1
    fi
    rm -rf "$copy" "$copy.log"
}

# install_wheel OUT EXTRAS: the wheel in OUT into .venv as a normal (not editable) install, with EXTRAS' packages.
install_wheel() {
    local out="$1" extras="$2" wheel
    wheel=$(ls "$out"/kitemark-*.whl)
    .venv/bin/python -m pip install -q "$wheel${extras:+[$extras]}"
    .venv/bin/python -m pip install -q --force-reinstall --no-deps "$wheel"
}

# The fingerprint of the source files' names and contents: run.sh rebuilds only when it changes.
source_fingerprint() {
    source_files | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
