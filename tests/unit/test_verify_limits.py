"""Reading limits: the bounded inflater, the ratio check, fingerprints and the manifest's strict shape."""

from __future__ import annotations

import json
import tracemalloc
import zlib

import pytest

from kitemark_app.verify.limits import BoundedInflater, LimitExceeded, ReadingLimits
from kitemark_app.verify.manifest_model import ManifestProblem, attachment_name_problem, parse_manifest
from kitemark_app.verify.trust import FingerprintError, display_fingerprint, normalise_fingerprint
from tests import packs

MiB = 1024 * 1024


def inflate(data: bytes, limit: int, feed: int = 64 * 1024) -> bytes:
    inflater = BoundedInflater("x.txt", limit, piece=256 * 1024)
    out = bytearray()
    for start in range(0, len(data), feed):
        for piece in inflater.feed(data[start : start + feed]):
            out += piece
    for piece in inflater.finish():
        out += piece
    return bytes(out)


def test_inflates_exactly_up_to_the_limit() -> None:
    original = b"Kitemark " * 100_000
    assert inflate(zlib.compress(original), len(original)) == original


def test_one_byte_more_than_stated_is_refused() -> None:
    original = b"a" * 10_000
    with pytest.raises(LimitExceeded, match="more than its stated size"):
        inflate(zlib.compress(original), len(original) - 1)


def test_a_bomb_stops_early_with_little_memory() -> None:
    bomb = packs.deflated_zeros(1024 * MiB)  # 1 GiB of zeros in ~1 MB
    tracemalloc.start()
    try:
        with pytest.raises(LimitExceeded):
            inflate(bomb, 5 * MiB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * MiB


def test_cut_short_or_trailing_data_is_refused() -> None:
    data = zlib.compress(b"evidence " * 1000)
    with pytest.raises(LimitExceeded, match="cut short"):
        inflate(data[:-10], 10**6)
    with pytest.raises(LimitExceeded, match="after the end"):
        inflate(data + b"extra", 10**6)
    with pytest.raises(zlib.error):
        inflate(b"\x00\x01not zlib at all", 10**6)


def test_ratio_and_size_caps() -> None:
    limits = ReadingLimits()
    limits.check_ratio("ok.txt", 1000, 900 * 1000)  # below a single deflate layer's maximum
    limits.check_ratio("tiny.txt", 10, MiB)  # small outputs are never refused for their ratio
    with pytest.raises(LimitExceeded, match="compression bomb"):
        limits.check_ratio("bomb.txt", 1000, 2000 * 1000 + MiB)
    with pytest.raises(LimitExceeded, match="GiB limit"):
        limits.check_ratio("huge.txt", 2**40, limits.max_attachment_size + 1)


@pytest.mark.parametrize(
    "text",
    [
        "AB" * 32,
        ":".join(["ab"] * 32),
        " ".join(["abab"] * 16),
        "ab-" * 31 + "ab",
    ],
)
def test_fingerprints_as_people_type_them(text: str) -> None:
    assert normalise_fingerprint(text) == "ab" * 32


@pytest.mark.parametrize("text", ["", "ab" * 31, "ab" * 33, "zz" * 32, "ab" * 31 + "a/"])
def test_not_fingerprints(text: str) -> None:
    with pytest.raises(FingerprintError):
        normalise_fingerprint(text)


def test_display_fingerprint_groups_of_four() -> None:
    assert display_fingerprint("0123456789abcdef" * 4).startswith("0123 4567 89ab cdef 0123")


@pytest.mark.parametrize(
    "name",
    [
        "",
        "a/b.pdf",
        "a\\b.pdf",
        "CON.txt",
        "nul",
        "x\u202efdp.exe",
        "tab\there.txt",
        "trailing.",
        " lead.txt",
        "a" * 121,
    ],
)
def test_unsafe_attachment_names(name: str) -> None:
    assert attachment_name_problem(name) is not None


def test_safe_attachment_name() -> None:
    assert attachment_name_problem("E001-Constitution (2024) é.pdf") is None


def _manifest() -> dict:
    return packs.manifest_for(packs.default_files(), "ab" * 32)


def test_a_manifest_from_the_builder_parses() -> None:
    manifest = parse_manifest(json.dumps(_manifest()).encode())
    assert manifest.organisation.name == "Riverside Community Hub"
    assert [e.attachment for e in manifest.evidence] == ["E001-constitution.txt", "E002-accounts.bin"]


@pytest.mark.parametrize(
    ("edit", "fragment"),
    [
        (lambda m: m.update(schema="kitemark-pack/2"), "schema"),
        (lambda m: m.pop("signer"), "signer"),
        (lambda m: m["evidence"][0].update(size=-1), "size"),
        (lambda m: m["evidence"][0].update(size=True), "size"),
        (lambda m: m["evidence"][0].update(sha256="AB" * 32), "sha256"),
        (lambda m: m["evidence"].append(dict(m["evidence"][0])), "same attachment name"),
        (lambda m: m["responses"][0]["evidence"].append("E404.pdf"), "does not list"),
        (lambda m: m["cycle"].update(started_on="1st September"), "started_on"),
        (lambda m: m["evidence"][0].update(attachment="manifest.json"), "manifest"),
    ],
)
def test_malformed_manifests(edit, fragment: str) -> None:  # type: ignore[no-untyped-def]
    manifest = _manifest()
    edit(manifest)
    with pytest.raises(ManifestProblem, match=fragment):
        parse_manifest(json.dumps(manifest).encode())


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000, b"[]", b"null"])
def test_not_a_manifest_at_all(data: bytes) -> None:
    with pytest.raises(ManifestProblem):
        parse_manifest(data)
