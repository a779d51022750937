#!/usr/bin/env bash
# Mutation testing of the Qt-free code that decides things, as a measured figure (mutmut 3).
#
#   ./scripts/mutation.sh                      # every module below
#   ./scripts/mutation.sh verify core/readiness.py services/health.py    # only these (folders or files under kitemark_app/)
#   ./scripts/mutation.sh --changed            # only the modules whose source differs from their row in the record
#   ./scripts/mutation.sh --record [MODULE...] # then write their rows into the record
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
#
# The record, tests/mutation-scores.tsv (tracked), has one row per measured file: its path, the sha256 of its source,
# killed, total, equivalent, score %, the date measured and the MUTATION_TESTS used. Folders count file by file.
# --record writes (or replaces) the rows of the files a run just measured; nothing else writes it, and a run that
# fails writes nothing. --changed measures only those of the given modules (default: the list below) that have no
# row, whose sha256 differs from their row's, or, with MUTATION_MIN, whose recorded score is below it; with none of
# them, it says so and exits 0 at once (CI runs it so: .ci/run).
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

record_file=$root/tests/mutation-scores.tsv
changed=0
record=0
modules=()
for arg in "$@"; do
    case $arg in
        --changed) changed=1 ;;
        --record) record=1 ;;
        -h | --help)
            sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
            exit 0
            ;;
        -*)
            echo "mutation.sh: unknown option $arg (see --help)" >&2
            exit 2
            ;;
        *) modules+=("$arg") ;;
    esac
done

default_modules=(
    core/applicability.py core/framework.py core/framework_schema.py core/freshness.py core/names.py
    core/profile.py core/readiness.py core/status.py
    core/framework_diff.py core/framework_carry.py core/pack_changes.py core/crosswalk.py
    verify
    pack/names.py pack/manifest.py pack/key_change.py
    evidence/store.py
    services/health.py services/backup_archive.py
    review/read.py
    register/workflow.py register/search.py
)
[ "${#modules[@]}" -gt 0 ] || modules=("${default_modules[@]}")

# Every module as its files (a folder: each .py in it but __init__.py, which is never mutated), once each.
files=()
for m in "${modules[@]}"; do
    m=${m#kitemark_app/}
    m=${m%/}
    if [ -d "kitemark_app/$m" ]; then
        mapfile -t found < <(find "kitemark_app/$m" -name '*.py' ! -name __init__.py -type f | LC_ALL=C sort)
        if [ "${#found[@]}" -eq 0 ]; then
            echo "mutation.sh: no module to mutate in kitemark_app/$m" >&2
            exit 2
        fi
        files+=("${found[@]}")
    elif [ -f "kitemark_app/$m" ]; then
        files+=("kitemark_app/$m")
    else
        echo "mutation.sh: no module kitemark_app/$m" >&2
        exit 2
    fi
done
mapfile -t files < <(printf '%s\n' "${files[@]}" | awk '!seen[$0]++')

if [ "$changed" = 1 ]; then
    stale=()
    for f in "${files[@]}"; do
        sum=$(sha256sum "$f" | cut -d' ' -f1)
        row=""
        [ ! -f "$record_file" ] || row=$(awk -F'\t' -v m="$f" '$1 == m { print $2 "\t" $6 "\t" $7 }' "$record_file")
        IFS=$'\t' read -r recorded_sum recorded_score recorded_date <<<"$row" || true
        if [ -z "$row" ]; then
            echo "mutation: $f: not measured yet"
        elif [ "$recorded_sum" != "$sum" ]; then
            echo "mutation: $f: its source has changed since it was measured on $recorded_date"
        elif [ -n "${MUTATION_MIN:-}" ] && awk -v s="$recorded_score" -v m="$MUTATION_MIN" 'BEGIN { exit !(s < m) }'; then
            echo "mutation: $f: its recorded score, $recorded_score%, is under MUTATION_MIN=$MUTATION_MIN%"
        else
            continue
        fi
        stale+=("$f")
    done
    if [ "${#stale[@]}" -eq 0 ]; then
        echo "mutation: every listed module is as measured (tests/mutation-scores.tsv)"
        exit 0
    fi
    files=("${stale[@]}")
fi

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

# What is measured is the copy: its sha256 goes into the record, whatever happens to the tree during the run.
only_mutate=""
: >"$work/measured.tsv"
for f in "${files[@]}"; do
    only_mutate+="\"$f\", "
    printf '%s\t%s\n' "$f" "$(sha256sum "$work/$f" | cut -d' ' -f1)" >>"$work/measured.tsv"
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
    "--ignore=tests/unit/test_said_sentences.py",  # reads the sources, which are mutmut's trampolines here
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
# When no test runs any of the mutated code, mutmut stops before trying a mutant: each is then "not checked", a
# survivor (no test can kill it). A file in which it finds nothing to mutate (it leaves decorated functions, such
# as @property methods, alone) counts 0 of 0.
"$venv/bin/mutmut" run --max-children "$jobs" >mutmut-run.log 2>&1 ||
    grep -q "could not find any test case for any mutant" mutmut-run.log || {
    tail -40 mutmut-run.log >&2
    exit 1
}
end=$(date +%s)
"$venv/bin/mutmut" results --all true >results.txt

record_to=""
[ "$record" = 1 ] && record_to=$record_file
MUTATION_RECORD=$record_to MUTATION_DATE=$(date -u +%F) MUTATION_TESTS_USED="${test_dirs[*]}" \
    "$venv/bin/python" - "$root/tests/mutation-equivalents.txt" results.txt $((end - start)) measured.tsv <<'PY'
import os
import re
import sys
from collections import defaultdict

equivalents_file, results_file, seconds, measured_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
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
# Every file measured is a row, also one in which mutmut found nothing to mutate (0 of 0: 100%).
measured: dict[str, str] = {}
with open(measured_file, encoding="utf-8") as f:
    for line in f:
        path, sha = line.rstrip("\n").split("\t")
        measured[path] = sha
        by_module.setdefault(path.removesuffix(".py").replace("/", "."), defaultdict(list))
rows: dict[str, list[str]] = {}

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
    print(f"{module:42} {killed:6} {total:6} {equiv:6} {score:6.1f}%" + ("  (nothing to mutate)" if not total else ""))
    path = module.replace(".", "/") + ".py"
    if path in measured:
        rows[path] = [path, measured[path], str(killed), str(total), str(equiv), f"{score:.1f}",
                      os.environ["MUTATION_DATE"], os.environ["MUTATION_TESTS_USED"]]
    if bar is not None and score < bar:
        under_bar.append(f"{module} ({score:.1f}%)")
denominator = all_total - all_equiv
print(f"{'all':42} {all_killed:6} {all_total:6} {all_equiv:6} "
      f"{(100.0 * all_killed / denominator if denominator else 100.0):6.1f}%")
print(f"\nsurvivors (not killed, not reviewed as equivalent): {len(survivors_out)}")
for name, status in survivors_out:
    print(f"  {name}: {status}")
print(f"\nmutmut run: {seconds} s wall time; details: cd {os.getcwd()} && {sys.prefix}/bin/mutmut show NAME")
record = os.environ.get("MUTATION_RECORD", "")
if record:
    header = ["module", "sha256", "killed", "total", "equivalent", "score", "date", "tests"]
    kept: dict[str, list[str]] = {}
    if os.path.exists(record):
        with open(record, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if fields[0] and fields != header:
                    kept[fields[0]] = fields
    kept.update(rows)
    with open(record + ".new", "w", encoding="utf-8") as f:
        for fields in [header] + [kept[path] for path in sorted(kept)]:
            f.write("\t".join(fields) + "\n")
    os.replace(record + ".new", record)
    print(f"recorded in {record}: {', '.join(sorted(rows))}")
if under_bar:
    print(f"mutation.sh: under MUTATION_MIN={minimum}%: {', '.join(under_bar)}", file=sys.stderr)
    sys.exit(1)
PY
