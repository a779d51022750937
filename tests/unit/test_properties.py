"""Property tests (hypothesis): hostile file names, random edit/close/reopen sequences, backup → restore."""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, precondition, rule

from kitemark_app.core.status import ActionStatus, ResponseStatus
from kitemark_app.errors import KitemarkError
from kitemark_app.services import evidence_ops, health
from kitemark_app.services.actions import list_actions
from kitemark_app.services.backup_archive import create_archive, restore
from kitemark_app.services.workspace import Workspace
from tests.safety import CRITERIA, dump_tables, evidence_files, new_workspace

# Any text a person (or a broken form) could type, control characters and all; hypothesis leaves out surrogates.
TEXT = st.text(max_size=300)
FILE_NAMES = st.one_of(
    st.text(st.characters(blacklist_characters="/\x00"), min_size=1, max_size=120),
    # bytes that are not valid UTF-8 become lone surrogates in Python's view of a Linux file name
    st.binary(min_size=1, max_size=100).filter(lambda b: b"/" not in b and b"\x00" not in b).map(os.fsdecode),
    st.sampled_from(["-rf", " leading space", "trailing dot.", "CON", "nul.txt", "a" * 250 + ".pdf", "‮fdp.exe"]),
).filter(lambda name: name not in {".", ".."})


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated data folder with an organisation and a cycle, copied for each example (fast)."""
    root = tmp_path_factory.mktemp("template") / "data"
    new_workspace(root).close()
    return root


def _copy_of(template: Path, where: Path) -> Path:
    target = where / "data"
    target.mkdir(parents=True)
    shutil.copyfile(template / "kitemark.sqlite3", target / "kitemark.sqlite3")
    return target


@pytest.fixture(scope="module")
def shared(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with Workspace.open(_copy_of(template, tmp_path_factory.mktemp("names"))) as workspace:
        yield workspace


def _printable(name: str) -> bool:
    return all(unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in name)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=FILE_NAMES, content=st.binary(min_size=1, max_size=64))
def test_hostile_file_names_are_added_safely(shared: Workspace, name: str, content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / name
        try:
            source.write_bytes(content)
        except (OSError, UnicodeEncodeError, ValueError):
            assume(False)  # the file system itself refuses the name: nothing for us to add
        evidence_id = evidence_ops.add_evidence(shared, source, criteria=["GOV-01"])
        empty = Path(folder) / ("e" + name[:100])
        try:
            empty.touch()
        except OSError:
            empty = Path(folder) / "e"
            empty.touch()
        with pytest.raises(KitemarkError) as caught:
            evidence_ops.add_evidence(shared, empty)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message and len(message) < 200 and _printable(message)
    item = next(e for e in evidence_ops.list_evidence(shared) if e.id == evidence_id)
    assert item.original_name.encode("utf-8")  # stored as valid Unicode
    assert _printable(item.original_name) and 0 < len(item.original_name) <= 255
    assert item.title.strip()
    assert shared.store.verify(item.sha256) == "ok"


class EditCloseReopen(RuleBasedStateMachine):
    """Random edits through the services, closing and reopening in between; the data always equals the model."""

    evidence = Bundle("evidence")
    actions = Bundle("actions")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="kitemark-state-"))
        self.root = _copy_of(TEMPLATE[0], self.folder)
        self.workspace = Workspace.open(self.root)
        self.answers: dict[str, tuple[str, str]] = {}
        self.links: dict[int, set[str]] = {}
        self.hashes: dict[int, str] = {}
        self.action_rows: dict[int, tuple[str, str]] = {}
        self.counter = 0

    def teardown(self) -> None:
        self.workspace.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(criterion=st.sampled_from(CRITERIA), status=st.sampled_from(list(ResponseStatus)), narrative=TEXT)
    def save_answer(self, criterion: str, status: ResponseStatus, narrative: str) -> None:
        self.workspace.save_answer(criterion, status=status, narrative=narrative)
        self.answers[criterion] = (status.value, narrative)

    @rule(target=evidence, content=st.binary(min_size=1, max_size=3000), criterion=st.sampled_from(CRITERIA))
    def add_evidence(self, content: bytes, criterion: str) -> int:
        self.counter += 1
        source = self.folder / f"file-{self.counter}.pdf"
        source.write_bytes(content)
        evidence_id = evidence_ops.add_evidence(self.workspace, source, criteria=[criterion])
        self.links[evidence_id] = {criterion}
        self.hashes[evidence_id] = evidence_ops.list_evidence(self.workspace)[-1].sha256
        return evidence_id

    @rule(evidence_id=evidence, criterion=st.sampled_from(CRITERIA))
    def link(self, evidence_id: int, criterion: str) -> None:
        if evidence_id in self.links:
            evidence_ops.link(self.workspace, evidence_id, criterion)
            self.links[evidence_id].add(criterion)

    @rule(evidence_id=evidence, criterion=st.sampled_from(CRITERIA))
    def unlink(self, evidence_id: int, criterion: str) -> None:
        if evidence_id in self.links:
            evidence_ops.unlink(self.workspace, evidence_id, criterion)
            self.links[evidence_id].discard(criterion)

    @rule(evidence_id=consumes(evidence))
    def remove_evidence(self, evidence_id: int) -> None:
        evidence_ops.remove(self.workspace, evidence_id)
        self.links.pop(evidence_id)
        self.hashes.pop(evidence_id)

    @rule(target=actions, description=TEXT.filter(str.strip), owner=TEXT)
    def add_action(self, description: str, owner: str) -> int:
        action_id = self.workspace.add_action(description, owner=owner, due_date=date(2027, 1, 31))
        self.action_rows[action_id] = (description.strip(), owner.strip())
        return action_id

    @rule(action_id=consumes(actions))
    def delete_action(self, action_id: int) -> None:
        self.workspace.delete_action(action_id)
        self.action_rows.pop(action_id)

    @rule()
    def close_and_reopen(self) -> None:
        self.workspace.close()
        self.workspace = Workspace.open(self.root)

    @precondition(lambda self: bool(self.hashes))
    @rule()
    def check_is_healthy(self) -> None:
        report = health.check(self.root)
        assert report.healthy, report.problems

    @invariant()
    def data_matches_the_model(self) -> None:
        with self.workspace.session() as session:
            for criterion, (status, narrative) in self.answers.items():
                response = self.workspace.response(session, criterion, create=False)
                assert response is not None
                assert (response.status, response.narrative) == (status, narrative)
        listed = {e.id: e for e in evidence_ops.list_evidence(self.workspace)}
        assert set(listed) == set(self.links)
        for evidence_id, criteria in self.links.items():
            assert set(listed[evidence_id].criteria) == criteria
            assert listed[evidence_id].sha256 == self.hashes[evidence_id]
        actions = {a.id: (a.description, a.owner) for a in list_actions(self.workspace)}
        assert actions == self.action_rows
        assert all(a.status is ActionStatus.OPEN for a in list_actions(self.workspace))


TEMPLATE: list[Path] = []


def _run_machine(template: Path, examples: int, steps: int) -> None:
    TEMPLATE[:] = [template]
    EditCloseReopen.TestCase.settings = settings(
        max_examples=examples, stateful_step_count=steps, deadline=None, suppress_health_check=list(HealthCheck)
    )
    EditCloseReopen.TestCase().runTest()


def test_random_edit_close_reopen_sequences(template: Path) -> None:
    _run_machine(template, examples=12, steps=15)


@pytest.mark.slow
def test_many_more_edit_close_reopen_sequences(template: Path) -> None:
    _run_machine(template, examples=80, steps=40)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    narratives=st.lists(TEXT, min_size=1, max_size=3),
    files=st.lists(st.binary(min_size=1, max_size=5000), min_size=0, max_size=4),
    later=TEXT,
)
def test_backup_then_restore_gives_identical_data(
    template: Path, narratives: list[str], files: list[bytes], later: str
) -> None:
    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        root = _copy_of(template, work)
        with Workspace.open(root) as workspace:
            for criterion, narrative in zip(CRITERIA, narratives, strict=False):
                workspace.save_answer(criterion, status=ResponseStatus.PARTLY_MET, narrative=narrative)
            for number, content in enumerate(files):
                source = work / f"doc-{number}.bin"
                source.write_bytes(content)
                evidence_ops.add_evidence(workspace, source, criteria=[CRITERIA[number % 3]])
        expected_tables, expected_files = dump_tables(root / "kitemark.sqlite3"), evidence_files(root)
        archive = work / "backup.zip"
        create_archive(root, archive)
        with Workspace.open(root) as workspace:  # change things after the backup…
            workspace.save_answer("GOV-01", narrative=later + " (after)")
        restore(root, archive)  # …and restoring brings back exactly what was backed up
        assert dump_tables(root / "kitemark.sqlite3") == expected_tables
        assert {k: v for k, v in evidence_files(root).items() if k in expected_files} == expected_files
        elsewhere = work / "new-pc"
        restore(elsewhere, archive)
        assert dump_tables(elsewhere / "kitemark.sqlite3") == expected_tables
        assert evidence_files(elsewhere) == expected_files
        assert health.check(elsewhere).healthy
