"""The start-up snapshot keeps the current cycle's framework as JSON, so a start needs neither PyYAML nor
pydantic; the cache is used only for exactly the stored source, and anything wrong with it is ignored."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kitemark_app.core.framework import parse_framework
from kitemark_app.services import overview
from kitemark_app.services.demo import create_demo
from kitemark_app.services.snapshot import FRAMEWORK_CACHE, read_first_screen


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cache") / "demo"
    create_demo(folder)
    return folder


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    shutil.rmtree(folder.joinpath(*FRAMEWORK_CACHE[:-1]), ignore_errors=True)
    monkeypatch.setattr(overview, "_frameworks", {})  # nothing remembered from other tests in this process
    return folder


def _source(folder: Path) -> str:
    with sqlite3.connect(folder / "kitemark.sqlite3") as connection:
        # The framework in focus: nothing chosen, so the first begun (the demo's funder checks came second).
        (source,) = connection.execute(
            "SELECT framework_source FROM assessment_cycle WHERE framework_id = 'borough-vco-kitemark' "
            "ORDER BY id DESC"
        ).fetchone()
    return source


def _cache(folder: Path) -> Path:
    return folder.joinpath(*FRAMEWORK_CACHE)


def test_the_first_read_writes_the_cache_and_the_next_start_needs_no_yaml_or_pydantic(demo: Path) -> None:
    first = read_first_screen(demo)
    assert first is not None and _cache(demo).is_file()
    assert first.facts.framework == parse_framework(_source(demo))
    probe = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from kitemark_app.services.snapshot import read_first_screen
        screen = read_first_screen(Path({str(demo)!r}))
        print(screen.facts.framework.criteria_count, "yaml" in sys.modules, "pydantic" in sys.modules)
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.split() == [str(first.facts.framework.criteria_count), "False", "False"]


def test_a_cache_made_from_another_source_is_not_used_and_is_replaced(demo: Path) -> None:
    read_first_screen(demo)
    cached = json.loads(_cache(demo).read_text(encoding="utf-8"))
    cached["source"] = cached["source"].replace("title:", "title: X", 1)
    cached["framework"]["title"] = "A framework from another cycle"
    _cache(demo).write_text(json.dumps(cached), encoding="utf-8")
    overview._frameworks.clear()

    first = read_first_screen(demo)
    assert first is not None
    assert first.facts.framework == parse_framework(_source(demo))
    assert json.loads(_cache(demo).read_text(encoding="utf-8"))["source"] == _source(demo)


@pytest.mark.parametrize(
    "damage",
    [
        lambda cached: "{ not json",
        lambda cached: json.dumps([1, 2]),
        lambda cached: json.dumps({**cached, "app": "0.0.0-older"}),
        lambda cached: json.dumps({**cached, "framework": {"schema": "kitemark-framework/1"}}),
        lambda cached: json.dumps({**cached, "framework": {**cached["framework"], "levels": "Foundation"}}),
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored(demo: Path, damage) -> None:
    read_first_screen(demo)
    cached = json.loads(_cache(demo).read_text(encoding="utf-8"))
    _cache(demo).write_text(damage(cached), encoding="utf-8")
    overview._frameworks.clear()

    first = read_first_screen(demo)
    assert first is not None
    assert first.facts.framework == parse_framework(_source(demo))


def test_a_folder_where_the_cache_cannot_be_written_still_starts(demo: Path) -> None:
    _cache(demo).parent.write_text("a file where the cache folder would go", encoding="utf-8")
    first = read_first_screen(demo)
    assert first is not None
    assert first.facts.framework == parse_framework(_source(demo))


def test_status_reads_every_framework_and_caches_each_apart(demo: Path) -> None:
    """``kitemark status`` lists each framework: the others' are cached too, each in its own file, so the
    focus's cache is never overwritten by them and a second status needs no YAML either."""
    screen = read_first_screen(demo, every_framework=True)
    assert screen is not None
    assert [facts.framework.id for facts in screen.every_framework] == ["borough-vco-kitemark", "funder-due-diligence"]
    assert screen.every_framework[0] is screen.facts
    other = demo / "cache" / "framework.funder-due-diligence.json"
    assert json.loads(other.read_text(encoding="utf-8"))["framework"]["id"] == "funder-due-diligence"
    assert json.loads(_cache(demo).read_text(encoding="utf-8"))["source"] == _source(demo)
    probe = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from kitemark_app.services.snapshot import read_first_screen
        screen = read_first_screen(Path({str(demo)!r}), every_framework=True)
        print(*[facts.framework.id for facts in screen.every_framework], "yaml" in sys.modules)
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.split() == ["borough-vco-kitemark", "funder-due-diligence", "False"]
