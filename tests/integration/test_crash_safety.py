"""Kill the app's real code with SIGKILL at random moments; nothing reported saved may be lost or damaged.

``crash_driver.py`` forks workers that import evidence, autosave answers or export packs through the services.
After every kill: the data opens, ``check`` is healthy, every change the worker reported saved is there (an
operation in flight may or may not have landed — never half), every file in the evidence store has the content
its name promises, temporary files of the dead import are never used as evidence and are gone once the data is
opened again, and no pack exists under its final name unless it is complete and signed.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from sqlalchemy import select

from kitemark_app.db.models import Evidence, ExportedPack, Response
from kitemark_app.evidence.store import TEMP_PREFIX
from kitemark_app.services import health
from kitemark_app.services.workspace import Workspace
from tests.safety import new_workspace

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash driver forks its workers (POSIX only)")

DRIVER = Path(__file__).with_name("crash_driver.py")


@dataclass
class Zygote:
    process: subprocess.Popen[str]

    def line(self) -> str:
        assert self.process.stdout is not None
        text = self.process.stdout.readline()
        assert text, "the crash driver stopped unexpectedly"
        return text.rstrip("\n")

    def start(self, seed: int) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{seed}\n")
        self.process.stdin.flush()
        child = self.line()
        assert child.startswith("CHILD "), child
        return int(child.split()[1])


@contextmanager
def zygote(mode: str, data: Path, work: Path) -> Iterator[Zygote]:
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), mode, str(data), str(work)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=os.environ.copy(),  # the kitemark_app under test, installed or editable, never the tree via PYTHONPATH
    )
    driver = Zygote(process)
    try:
        assert driver.line() == "ZYGOTE"
        yield driver
    finally:
        process.kill()
        process.wait(timeout=30)


@dataclass
class Round:
    lines: list[str] = field(default_factory=list)

    def records(self, kind: str) -> list[list[str]]:
        return [line.split()[1:] for line in self.lines if line.split()[0] == kind]

    @property
    def killed_mid_operation(self) -> bool:
        """True when the last thing the worker said is that it started an operation."""
        return bool(self.lines) and self.lines[-1].split()[0] in {"SAVING", "ADDING", "EXPORTING"}


def run_round(driver: Zygote, seed: int, rng: random.Random, *, records_before_kill: int, max_delay: float) -> Round:
    """Start a worker, let it report ``records_before_kill`` lines after READY, wait a random moment, kill it."""
    pid = driver.start(seed)
    result = Round()
    kill_at_start = rng.random() < 0.1  # sometimes during start-up itself (integrity check, backup, migrations)
    target = 0 if kill_at_start else records_before_kill
    seen_ready = kill_at_start
    while True:
        if (
            seen_ready
            and sum(1 for line in result.lines if line.split()[0] in {"SAVED", "ADDED", "EXPORTED"}) >= target
        ):
            break
        line = driver.line()
        if line == "END":
            pytest.fail(f"the worker ended before it was killed: {result.lines[-3:]}")
        text = line.removeprefix("| ")
        assert not text.startswith("ERROR"), text
        result.lines.append(text)
        seen_ready = seen_ready or text == "READY"
    time.sleep(rng.uniform(0, max_delay))  # a random moment inside the next operation
    os.kill(pid, signal.SIGKILL)
    while (line := driver.line()) != "END":
        text = line.removeprefix("| ")
        assert not text.startswith("ERROR"), text
        result.lines.append(text)
    return result


@dataclass
class Model:
    """What the worker reported saved: each answer's last saved text, and the text that was in flight."""

    answers: dict[str, str] = field(default_factory=dict)
    evidence: dict[int, str] = field(default_factory=dict)

    def apply(self, outcome: Round) -> dict[str, str]:
        in_flight: dict[str, str] = {}
        for line in outcome.lines:
            kind, *rest = line.split()
            if kind == "SAVING":
                in_flight[rest[0]] = rest[1]
            elif kind == "SAVED":
                self.answers[rest[0]] = rest[1]
                in_flight.pop(rest[0], None)
            elif kind == "ADDED":
                self.evidence[int(rest[0])] = rest[1]
        return in_flight


def assert_store_is_clean(data: Path) -> None:
    """Every visible evidence file holds exactly the content its name (SHA-256) promises."""
    with Workspace.open(data) as workspace:  # opening removes the dead worker's temporary files
        store = workspace.store
        for sha in store.stored_hashes():
            assert store.verify(sha) == "ok", f"partial or damaged evidence file visible: {sha}"
        assert store.temp_files() == [], "temporary files of a dead import were not cleaned up"
        assert store.stray_files() == []


def check_edit_round(data: Path, model: Model, outcome: Round) -> None:
    report = health.check(data)  # before anything tidies up
    assert report.healthy, report.problems
    assert all(name.startswith(TEMP_PREFIX) for name in report.temp_files)
    in_flight = model.apply(outcome)
    with Workspace.open(data) as workspace, workspace.session() as session:
        cycle = workspace.current_cycle(session)
        stored = {r.criterion_id: r.narrative.split()[0] for r in session.scalars(
            select(Response).where(Response.cycle_id == cycle.id, Response.narrative != "")
        )}  # fmt: skip
        for criterion, text in model.answers.items():
            allowed = {text, in_flight.get(criterion)}
            assert stored.get(criterion) in allowed, (
                f"{criterion}: reported saved {text!r}, found {stored.get(criterion)!r}"
            )
        for criterion, text in in_flight.items():
            if criterion not in model.answers:
                assert stored.get(criterion) in {None, text}
            if stored.get(criterion) == text:
                model.answers[criterion] = text  # it landed: later rounds must keep it
        rows = {e.id: e.sha256 for e in session.scalars(select(Evidence))}
        for evidence_id, sha in model.evidence.items():
            assert rows.get(evidence_id) == sha, f"evidence {evidence_id} reported added is missing"
    assert_store_is_clean(data)


def _edit_rounds(tmp_path: Path, kills: int, seed: int) -> None:
    data = tmp_path / "data"
    new_workspace(data).close()
    rng = random.Random(seed)
    model = Model()
    mid_operation = 0
    with zygote("edit", data, tmp_path / "work") as driver:
        for round_number in range(kills):
            outcome = run_round(
                driver, seed * 10_000 + round_number, rng, records_before_kill=rng.randint(0, 4), max_delay=0.03
            )
            mid_operation += outcome.killed_mid_operation
            check_edit_round(data, model, outcome)
    assert model.answers and model.evidence, "the kills must land after some work was reported saved"
    assert mid_operation >= kills // 3, f"only {mid_operation} of {kills} kills landed inside an operation"


def test_kills_during_evidence_import_and_autosave(tmp_path: Path) -> None:
    _edit_rounds(tmp_path, kills=50, seed=int(os.environ.get("KITEMARK_CRASH_SEED", "6")))


@pytest.mark.slow
def test_many_more_kills_during_evidence_import_and_autosave(tmp_path: Path) -> None:
    _edit_rounds(tmp_path, kills=300, seed=int(os.environ.get("KITEMARK_CRASH_SEED", "66")))


_PACK = re.compile(r"^pack-\d+-\d+\.pdf$")


def assert_pack_complete(path: Path) -> None:
    with open(path, "rb") as handle:
        signatures = PdfFileReader(handle).embedded_signatures
        assert len(signatures) == 1, f"{path.name}: not a signed pack"
        # No trust roots: only the file's integrity and the signature's coverage matter here.
        status = validate_pdf_signature(signatures[0], ValidationContext(trust_roots=[]))
        assert status.intact and status.coverage == SignatureCoverageLevel.ENTIRE_FILE, path.name


def _export_rounds(tmp_path: Path, kills: int, seed: int) -> None:
    from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
    from kitemark_app.services.export import export_pack

    data = tmp_path / "data"
    create_demo(data)
    packs = tmp_path / "work" / "packs"
    packs.mkdir(parents=True)
    export_pack(data, packs / "pack-0-0.pdf", DEMO_PASSPHRASE)  # makes the signing key once, outside the kills
    rng = random.Random(seed)
    reported: dict[str, str] = {}
    complete: set[str] = set()
    mid_operation = 0
    with zygote("export", data, tmp_path / "work") as driver:
        for round_number in range(kills):
            outcome = run_round(
                driver, seed * 10_000 + round_number + 1, rng, records_before_kill=rng.randint(0, 1), max_delay=0.8
            )
            mid_operation += outcome.killed_mid_operation
            reported.update({name: sha for name, sha in outcome.records("EXPORTED")})
            report = health.check(data)
            assert report.healthy, report.problems
            for pack in packs.iterdir():
                if not pack.name.startswith(".") and pack.name not in complete:
                    assert _PACK.match(pack.name), pack.name
                    assert_pack_complete(pack)  # nothing half-written under a final name
                    complete.add(pack.name)
            for name in reported:
                assert (packs / name).is_file(), f"{name} reported exported is missing"
            with Workspace.open(data) as workspace, workspace.session() as session:
                recorded = {p.file_name: p.sha256 for p in session.scalars(select(ExportedPack))}
            for name, sha in reported.items():
                assert recorded.get(name) == sha, f"{name} exported but not recorded"
    assert reported, "the kills must land after some packs were reported exported"
    assert mid_operation >= kills // 3, f"only {mid_operation} of {kills} kills landed inside an export"


def test_kills_during_export(tmp_path: Path) -> None:
    _export_rounds(tmp_path, kills=10, seed=int(os.environ.get("KITEMARK_CRASH_SEED", "7")))


@pytest.mark.slow
def test_many_more_kills_during_export(tmp_path: Path) -> None:
    _export_rounds(tmp_path, kills=60, seed=int(os.environ.get("KITEMARK_CRASH_SEED", "77")))
