"""Benchmark: the council register at 10,000 packs from 2,000 organisations — search and the queue, on a back end.

    .venv/bin/python benchmarks/register_scale.py                      # SQLite in a temporary data folder
    .venv/bin/python benchmarks/register_scale.py --url postgresql+psycopg://USER@127.0.0.1:PORT/DB   # an EMPTY db

It builds the data set through the register's own models (organisations with accented names and numbers, packs
spread over three years in every workflow state, a review with an outcome for most), then times, ``--repeat``
times each (median, max; milliseconds), the operations officers wait for, each through the same service call
the window and ``kitemark register`` make (opening the register included):

* ``search`` by a word of a name (accent- and case-insensitive), by a charity number, by a fingerprint's start;
* ``queue`` for each filter (all, mine, unassigned, overdue, moderation, expiring);
* a baseline in the same run: opening the register and reading one organisation by id (the fixed cost every call
  pays), so each figure is also shown as a ratio to it — machines here are shared and noisy.

Targets (issue 13): search ≤ 100 ms, the queue ≤ 300 ms, at this size, on both back ends.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ORGANISATIONS = 2_000
PACKS = 10_000
SEARCH_TARGET_MS = 100
QUEUE_TARGET_MS = 300
WORDS = ("Bethnal", "Café", "Spitalfields", "Bangla", "Ünity", "Youth", "Elders", "Food", "Housing", "Arts",
         "Shoreditch", "Poplar", "Mile End", "Bow", "Wapping", "Stepney", "Limehouse", "Whitechapel")  # fmt: skip
STATES = ("received", "assigned", "in-review", "ready-for-moderation", "approved", "review-sent")


def build(root: Path, url: str | None, seed: int = 7) -> dict[str, str]:
    """The data set, through the register's models; returns sample values to search for."""
    from sqlalchemy import insert

    from kitemark_app.register.models import AssessorReview, ReceivedPack, RegisteredOrganisation
    from kitemark_app.register.search import fold
    from kitemark_app.register.store import open_register, upgrade

    if url:
        upgrade(root, url)
    rng = random.Random(seed)
    today = date.today()
    organisations, packs, reviews = [], [], []
    for number in range(1, ORGANISATIONS + 1):
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} Community Trust {number}"
        organisations.append({
            "id": number, "version": 1, "name": name, "name_key": fold(name),
            "charity_number": str(1_000_000 + number), "company_number": f"SC{number:06d}" if number % 3 == 0 else "",
            "root_fingerprint": f"{number:064x}"[::-1], "registered_at": datetime.now(UTC), "registered_by": "bench",
            "notes": "",
        })  # fmt: skip
    for number in range(1, PACKS + 1):
        org = organisations[(number - 1) % ORGANISATIONS]
        received = today - timedelta(days=rng.randrange(0, 3 * 365))
        state = rng.choice(STATES)
        packs.append({
            "id": number, "version": 1, "registered_organisation_id": org["id"], "organisation_name": org["name"],
            "name_key": org["name_key"], "file_name": f"pack-{number}.pdf", "sha256": f"{number:064x}", "size": 1,
            "archive_name": "", "signer_fingerprint": org["root_fingerprint"], "verdict": "valid",
            "received_at": datetime(received.year, received.month, received.day, tzinfo=UTC), "received_by": "bench",
            "manifest_json": "", "state": state, "assigned_to": rng.choice(("ana", "ben", "sam", "")) if state != "received" else "",
            "due_by": received + timedelta(days=28), "return_note": "",
        })  # fmt: skip
        if state in {"in-review", "ready-for-moderation", "approved", "review-sent"}:
            outcome = rng.choice(("awarded", "awarded", "resubmit", "not-awarded"))
            reviews.append({
                "id": len(reviews) + 1, "version": 1, "received_pack_id": number, "outcome": outcome,
                "awarded_level": rng.choice(("Foundation", "Commissioning-ready")) if outcome == "awarded" else "",
                "valid_until": received + timedelta(days=3 * 365) if outcome == "awarded" else None,
                "resubmit_by": None, "summary": "", "updated_at": datetime.now(UTC), "updated_by": "bench",
                "exported_at": datetime.now(UTC) if state == "review-sent" else None,
            })  # fmt: skip
    with open_register(root, url) as register, register.engine.begin() as connection:
        connection.execute(insert(RegisteredOrganisation), organisations)
        connection.execute(insert(ReceivedPack), packs)
        connection.execute(insert(AssessorReview), reviews)
        if register.backend == "postgresql":
            from sqlalchemy import text

            for table in ("registered_organisation", "received_pack", "assessor_review"):
                connection.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
            connection.execute(text("ANALYZE"))
    sample = organisations[ORGANISATIONS // 2]
    return {"word": "cafe", "charity": sample["charity_number"], "fingerprint": sample["root_fingerprint"][:8]}


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    action()  # warm: imports and the first connection are not what an officer waits for at each search
    times = []
    result: object = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="an empty PostgreSQL database (default: SQLite in a temporary folder)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    from kitemark_app.register.models import RegisteredOrganisation
    from kitemark_app.register.store import open_register
    from kitemark_app.services import council

    with tempfile.TemporaryDirectory(prefix="kitemark-register-bench-") as folder:
        root = Path(folder)
        start = time.perf_counter()
        sample = build(root, args.url)
        print(f"built {ORGANISATIONS:,} organisations and {PACKS:,} packs in {time.perf_counter() - start:.1f} s "
              f"({'PostgreSQL' if args.url else 'SQLite'})")  # fmt: skip

        def baseline() -> object:
            with open_register(root, args.url, read_only=True) as register, register.session() as session:
                return session.get(RegisteredOrganisation, 1)

        base, base_max, _ = timed(baseline, args.repeat)
        print(f"{'baseline: open + one row by id':<42} median {base:7.1f} ms  max {base_max:7.1f} ms")
        failures = []
        cases: list[tuple[str, Callable[[], object], int]] = [
            (f"search '{sample['word']}' (name, accents folded)",
             lambda: council.search_organisations(root, sample["word"], register=args.url), SEARCH_TARGET_MS),
            (f"search '{sample['charity']}' (charity number)",
             lambda: council.search_organisations(root, sample["charity"], register=args.url), SEARCH_TARGET_MS),
            (f"search '{sample['fingerprint']}' (fingerprint)",
             lambda: council.search_organisations(root, sample["fingerprint"], register=args.url), SEARCH_TARGET_MS),
        ]  # fmt: skip
        for which in council.QUEUE_FILTERS:
            cases.append((f"queue '{which}'", lambda which=which: council.queue(root, which, register=args.url),
                          QUEUE_TARGET_MS))  # fmt: skip
        for label, action, target in cases:
            median, worst, result = timed(action, args.repeat)
            rows = len(result) if isinstance(result, list) else 0
            verdict = "ok" if median <= target else "OVER"
            if median > target:
                failures.append(label)
            print(f"{label:<42} median {median:7.1f} ms  max {worst:7.1f} ms  {median / base:5.1f}x baseline  "
                  f"{rows:>4} rows  (target {target} ms: {verdict})")  # fmt: skip
        print("all within target" if not failures else f"over target: {', '.join(failures)}")


if __name__ == "__main__":
    main()
