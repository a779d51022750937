"""Adding or linking evidence never loads the items already linked to the criterion, so the thousandth addition
costs what the first did (benchmarks/evidence_links.py measures it; here the work is counted, not timed)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event

from kitemark_app.db.models import Evidence
from kitemark_app.services import evidence_ops
from tests.safety import new_workspace


@contextmanager
def evidence_rows_loaded() -> Iterator[list[int]]:
    loaded: list[int] = []

    def count(target: Evidence, _context: object) -> None:
        loaded.append(target.id)

    event.listen(Evidence, "load", count)
    try:
        yield loaded
    finally:
        event.remove(Evidence, "load", count)


def test_adding_and_linking_load_none_of_the_criterions_other_items(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "data") as workspace:
        with workspace.session() as session:
            criterion = workspace.applicable(session)[0].id
        for number in range(25):
            source = tmp_path / f"file-{number}.txt"
            source.write_text(f"evidence {number}\n", encoding="utf-8")
            evidence_ops.add_evidence(workspace, source, criteria=[criterion])
        last = tmp_path / "last.txt"
        last.write_text("the 26th\n", encoding="utf-8")
        with evidence_rows_loaded() as loaded:
            new_id = evidence_ops.add_evidence(workspace, last, criteria=[criterion])
        assert loaded == []
        with workspace.session() as session:
            other = workspace.applicable(session)[1].id
        with evidence_rows_loaded() as loaded:
            evidence_ops.link(workspace, new_id, criterion)  # already linked: nothing changes
            evidence_ops.link(workspace, new_id, other)
        assert set(loaded) <= {new_id}  # only the item being linked
        with workspace.session() as session:
            linked = workspace.response(session, criterion)
            assert linked is not None and len(linked.evidence) == 26
            assert [e.id for e in workspace.response(session, other).evidence] == [new_id]  # type: ignore[union-attr]
