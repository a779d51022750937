"""Fuzzing the verifier: mutated packs (byte flips, truncations, insertions, splices) always end in a verdict.

Two properties for every mutant: ``verify_pack`` returns a verdict (never raises), and a mutant that differs from
the genuine pack in any byte is rejected (the only unsigned bytes, the signature's /Contents, are checked too).
The quick suite runs a few hundred cases on a small builder pack; the slow run adds thousands, on the exporter's
pack as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kitemark_app.verify import verify_pack
from kitemark_app.verify.encryption import DecryptionRefused
from tests import packs
from tests.council_keys import council_key


@dataclass(frozen=True)
class Base:
    data: bytes
    fingerprint: str
    scratch: Path
    decryption: Any = None  # the test council's key, for a pack encrypted for it


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Base:
    folder = tmp_path_factory.mktemp("fuzz-small")
    path = packs.build_pack(folder / "pack.pdf")
    return Base(path.read_bytes(), packs.default_keys().fingerprint, folder / "mutant.pdf")


@pytest.fixture(scope="module")
def small_encrypted(tmp_path_factory: pytest.TempPathFactory) -> Base:
    folder = tmp_path_factory.mktemp("fuzz-small-encrypted")
    path = packs.build_pack(folder / "pack.pdf", packs.PackOptions(encrypted=True))
    key = council_key().decryption_key()
    return Base(path.read_bytes(), packs.default_keys().fingerprint, folder / "mutant.pdf", key)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Base:
    demo = packs.demo_pack(tmp_path_factory)
    return Base(demo.bytes(), demo.fingerprint, tmp_path_factory.mktemp("fuzz-exported") / "mutant.pdf")


def _offset(size: int) -> st.SearchStrategy[int]:
    """Anywhere, but more often in the last few KiB, where the signature, xref and trailer are."""
    return st.one_of(
        st.integers(0, size - 1),
        st.integers(max(0, size - 4096), size - 1),
        st.integers(0, min(size - 1, 2048)),
    )


def mutation(size: int) -> st.SearchStrategy[tuple]:
    offset = _offset(size)
    return st.one_of(
        st.tuples(st.just("flip"), offset, st.integers(1, 255)),
        st.tuples(st.just("truncate"), offset),
        st.tuples(st.just("insert"), offset, st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("delete"), offset, st.integers(1, 512)),
        st.tuples(st.just("splice"), offset, offset, st.integers(1, 2048)),
        st.tuples(
            st.just("overwrite"), offset, st.sampled_from([b"0", b" ", b"\n", b"<<", b">>", b"9999999999", b"R"])
        ),
    )


def apply(data: bytes, steps: list[tuple]) -> bytes:
    out = bytearray(data)
    for step in steps:
        kind, at = step[0], min(step[1], max(len(out) - 1, 0))
        if not out:
            break
        if kind == "flip":
            out[at] ^= step[2]
        elif kind == "truncate":
            del out[at:]
        elif kind == "insert":
            out[at:at] = step[2]
        elif kind == "delete":
            del out[at : at + step[2]]
        elif kind == "splice":  # copy a region of the file over another place
            source = min(step[2], len(out) - 1)
            out[at : at + step[3]] = out[source : source + step[3]]
        elif kind == "overwrite":
            out[at : at + len(step[2])] = step[2]
    return bytes(out)


def check_mutant(base: Base, steps: list[tuple]) -> None:
    mutant = apply(base.data, steps)
    base.scratch.write_bytes(mutant)
    try:
        verdict = verify_pack(base.scratch, {base.fingerprint}, decryption=base.decryption)  # must not raise
    except DecryptionRefused:
        # An encrypted pack whose envelope now names another recipient: refused, in its one sentence.
        assert base.decryption is not None and mutant != base.data, steps
        return
    assert verdict.verdict in {"valid", "unregistered", "rejected"}
    assert verdict.reasons or verdict.verdict == "valid"
    if mutant != base.data:
        assert verdict.verdict == "rejected", (steps, verdict)
    else:
        assert verdict.verdict == "valid", verdict.reasons


def test_the_bases_are_valid(small: Base, small_encrypted: Base, exported: Base) -> None:
    check_mutant(small, [])
    check_mutant(small_encrypted, [])
    check_mutant(exported, [])


QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@QUICK
@given(data=st.data())
def test_mutated_small_packs_always_end_in_a_verdict(small: Base, data: st.DataObject) -> None:
    steps = data.draw(st.lists(mutation(len(small.data)), min_size=1, max_size=3))
    check_mutant(small, steps)


@QUICK
@given(data=st.data())
def test_mutated_encrypted_packs_are_never_accepted(small_encrypted: Base, data: st.DataObject) -> None:
    steps = data.draw(st.lists(mutation(len(small_encrypted.data)), min_size=1, max_size=3))
    check_mutant(small_encrypted, steps)


@pytest.mark.slow
@SLOW
@given(data=st.data())
def test_thousands_of_mutated_small_packs(small: Base, data: st.DataObject) -> None:
    steps = data.draw(st.lists(mutation(len(small.data)), min_size=1, max_size=5))
    check_mutant(small, steps)


@pytest.mark.slow
@SLOW
@given(data=st.data())
def test_thousands_of_mutated_exported_packs(exported: Base, data: st.DataObject) -> None:
    steps = data.draw(st.lists(mutation(len(exported.data)), min_size=1, max_size=5))
    check_mutant(exported, steps)
