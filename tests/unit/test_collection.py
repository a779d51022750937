"""Start-up without the cyclic collector (issue 18), and the collector back wherever work outlives start-up."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator
from typing import Any

import pytest

from kitemark_app import cli, collection
from kitemark_app.verify.isolation import run_limited


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    yield
    gc.enable()


def _parser_whose_command_notes(seen: list[bool], *, fails: bool = False) -> Any:
    def handler(_args: argparse.Namespace) -> int:
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("boom")
        return 0

    def build(_command: str | None = None) -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser()
        parser.add_argument("--data-dir", default=None)
        parser.set_defaults(handler=handler, command="noted")
        return parser

    return build


@pytest.mark.parametrize("fails", [False, True])
def test_a_command_runs_with_the_collector_paused_and_leaves_it_running(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, fails: bool
) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(cli, "build_parser", _parser_whose_command_notes(seen, fails=fails))
    frozen = gc.get_freeze_count()
    assert cli.main(["--data-dir", str(tmp_path)]) == (1 if fails else 0)
    assert seen == [False]  # paused while the command ran
    assert gc.isenabled()  # and running again afterwards, even after a crash
    assert gc.get_freeze_count() == frozen  # main() may run again in this process: nothing of it kept frozen


def test_resume_freezes_what_start_up_made_only_when_asked() -> None:
    collection.pause()
    assert not gc.isenabled()
    before = gc.get_freeze_count()
    kept = [[] for _ in range(100)]  # noqa: F841 (objects alive now, to be frozen)
    collection.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() > before
    gc.unfreeze()
    collection.pause()
    collection.resume(freeze=False)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_resume_when_running_changes_nothing() -> None:
    gc.unfreeze()
    collection.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # a test or a second window: no freezing of garbage


def _collector_running(progress: Any) -> bool:
    return gc.isenabled()


def test_the_verifier_child_collects_although_the_command_paused_it() -> None:
    collection.pause()
    assert run_limited(_collector_running, ()) is True  # a hostile file's cycles are freed within the child's cap
    gc.unfreeze()
