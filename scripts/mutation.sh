#!/usr/bin/env bash
# Mutation testing of the Qt-free code that decides things, as a measured figure (mutmut 3).
#
#   ./scripts/mutation.sh                      # every module below
#   ./scripts/mutation.sh verify core/readiness.py services/health.py    # only these (folders or files under kitemark_app/)
#
# Installs ".[test,mutation]" (editable) into its own virtual environment, ./.venv-mutation (KITEMARK_MUTATION_VENV
# overrides it), never touching ./.venv. Works on a copy of the tree in build/mutation/ (the files git tracks plus
# new ones it does not ignore), so the source tree is never modified: mutmut mutates build/mutation/mutants/.
# Each mutant runs only the fast tests that executed the mutated function (mutmut records which, in one first run
# of tests/unit and tests/integration with -m "not slow", minus the few tests that are slow or run the code in a
# subprocess where the mutant is not active). Prints, per module, killed / (total - equivalent) as a percentage and
# every surviving mutant; equivalent mutants are the reviewed list tests/mutation-equivalents.txt.
# MUTATION_JOBS (default: the number of CPUs) sets how many mutants run at once; MUTATION_TESTS the test folders.
# MUTATION_MIN (a percentage, e.g. MUTATION_MIN=90): exit 1, naming each module whose score is below it (by default
# the script exits 0 whatever the scores).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=${KITEMARK_MUTATION_VENV:-$root/.venv-mutation}
work=${MUTATION_WORK:-$root/build/mutation}  # MUTATION_WORK: another folder, so two runs can go side by side
jobs=${MUTATION_JOBS:-$(nproc 2>/dev/null || echo 2)}
# The test folders mutmut may pick tests from (MUTATION_TESTS="tests/unit" is the quick variant: about 4x faster).
read -r -a test_dirs <<<"${MUTATION_TESTS:-tests/unit tests/integration}"
if [ -n "${MUTATION_MIN:-}" ] && ! [[ $MUTATION_MIN =~ ^[0-9]+([.][0-9]+)?$ ]]; then
    echo "mutation.sh: MUTATION_MIN must be a percentage such as 90, not '$MUTATION_MIN'" >&2
    exit 2
fi

default_modules=(
    core/applicability.py core/framework.py core/framework_schema.py core/freshness.py core/names.py
    core/profile.py core/readiness.py core/status.py
    verify
    pack/names.py pack/manifest.py
    evidence/store.py
    services/health.py services/backup_archive.py
    review/read.py
)
if [ "$#" -gt 0 ]; then modules=("$@"); else modules=("${default_modules[@]}"); fi

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q -e ".[test,mutation]"

# A fresh copy every run: the figure is for the tree as it is now, not a cache of an older one.
rm -rf "$work"
mkdir -p "$work"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
    [ -e "$f" ] && printf '%s\0' "$f"
done | tar --null -T - -cf - | tar -xf - -C "$work"

only_mutate=""
for m in "${modules[@]}"; do
    m=${m#kitemark_app/}
    m=${m%/}
    if [ -d "kitemark_app/$m" ]; then
        only_mutate+="\"kitemark_app/$m/*\", "
    elif [ -f "kitemark_app/$m" ]; then
        only_mutate+="\"kitemark_app/$m\", "
    else
        echo "mutation.sh: no module kitemark_app/$m" >&2
        exit 2
    fi
done

# Tests read files beside the package (installers/, docs/, fixtures...): mutmut copies them into mutants/ too.
also_copy=""
for entry in "$work"/* "$work"/.[!.]*; do
    name=${entry##*/}
    [ -e "$entry" ] && [ "$name" != kitemark_app ] && also_copy+="\"$name\", "
done

test_list=""
for t in "${test_dirs[@]}"; do test_list+="\"$t\", "; done

cat >>"$work/pyproject.toml" <<EOF

[tool.mutmut]
source_paths = ["kitemark_app"]
also_copy = [${also_copy}]
only_mutate = [${only_mutate}]
do_not_mutate = ["kitemark_app/ui/*", "kitemark_app/*/__init__.py"]
# mutmut runs pytest many times in one process (and forks it per mutant), and tests/packs.py keeps the demo pack
# made in the first run: pytest must not delete the temporary folders of earlier runs.
pytest_add_cli_args = ["-p", "no:cacheprovider", "-o", "tmp_path_retention_count=1000000"]
pytest_add_cli_args_test_selection = [
    ${test_list}"-m", "not slow",
    "--ignore=tests/unit/test_typing.py",
    "--ignore=tests/integration/test_verify_fuzz.py",
    "--ignore=tests/integration/test_crash_safety.py",
    "--ignore=tests/integration/test_installed_artefact.py",
    "--ignore=tests/integration/test_installer.py",
]
EOF

cd "$work"
export QT_QPA_PLATFORM=offscreen
export PYTEST_DEBUG_TEMPROOT=$work/pytest-tmp  # all of it goes when the next run starts
mkdir -p "$PYTEST_DEBUG_TEMPROOT"
start=$(date +%s)
"$venv/bin/mutmut" run --max-children "$jobs" >mutmut-run.log 2>&1 || {
    tail -40 mutmut-run.log >&2
    exit 1
}
end=$(date +%s)
"$venv/bin/mutmut" results --all true >results.txt

"$venv/bin/python" - "$root/tests/mutation-equivalents.txt" results.txt $((end - start)) <<'PY'
import os
import re
import sys
from collections import defaultdict

equivalents_file, results_file, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
equivalent = set()
with open(equivalents_file, encoding="utf-8") as f:
    for line in f:
        line = line.split("#", 1)[0].strip()
        if line:
            equivalent.add(line.split()[0])

by_module: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
with open(results_file, encoding="utf-8") as f:
    for line in f:
        name, _, status = line.strip().rpartition(": ")
        if not name:
            continue
        module = re.sub(r"\.(x_|xǁ).*$", "", name)
        by_module[module][status].append(name)

minimum = os.environ.get("MUTATION_MIN", "").strip()
try:
    bar = float(minimum) if minimum else None
except ValueError:
    sys.exit(f"mutation.sh: MUTATION_MIN must be a percentage such as 90, not {minimum!r}")
print(f"{'module':42} {'killed':>6} {'total':>6} {'equiv':>6} {'score':>7}")
survivors_out = []
under_bar = []
all_killed = all_total = all_equiv = 0
for module in sorted(by_module):
    statuses = by_module[module]
    names = [n for ns in statuses.values() for n in ns]
    killed = len(statuses.get("killed", [])) + len(statuses.get("timeout", []))
    killed += len(statuses.get("caught by type check", []))
    total = len(names)
    not_killed = [n for s, ns in statuses.items() if s not in ("killed", "timeout", "caught by type check") for n in ns]
    equiv = sum(1 for n in not_killed if n in equivalent)
    survivors_out += [(n, s) for s, ns in statuses.items() for n in ns
                      if s not in ("killed", "timeout", "caught by type check") and n not in equivalent]
    denominator = total - equiv
    score = 100.0 * killed / denominator if denominator else 100.0
    all_killed, all_total, all_equiv = all_killed + killed, all_total + total, all_equiv + equiv
    print(f"{module:42} {killed:6} {total:6} {equiv:6} {score:6.1f}%")
    if bar is not None and score < bar:
        under_bar.append(f"{module} ({score:.1f}%)")
denominator = all_total - all_equiv
print(f"{'all':42} {all_killed:6} {all_total:6} {all_equiv:6} "
      f"{(100.0 * all_killed / denominator if denominator else 100.0):6.1f}%")
print(f"\nsurvivors (not killed, not reviewed as equivalent): {len(survivors_out)}")
for name, status in survivors_out:
    print(f"  {name}: {status}")
print(f"\nmutmut run: {seconds} s wall time; details: cd {os.getcwd()} && {sys.prefix}/bin/mutmut show NAME")
if under_bar:
    print(f"mutation.sh: under MUTATION_MIN={minimum}%: {', '.join(under_bar)}", file=sys.stderr)
    sys.exit(1)
PY
