"""The verifier's plain-data decisions at their boundaries (trust, fingerprints, attachment names, reading limits):
tests written to kill the mutants that survived the rest of the suite (scripts/mutation.sh). Expected values are
derived from docs/pack-format.md and the README, not from running the code."""

from __future__ import annotations

import zlib
from datetime import datetime
from pathlib import Path

import pytest

from kitemark_app.verify.limits import BoundedInflater, GiB, LimitExceeded, MiB, ReadingLimits
from kitemark_app.verify.manifest_model import MAX_NAME_CHARS, attachment_name_problem
from kitemark_app.verify.trust import (
    FingerprintError,
    RegisteredOrg,
    certificate_fingerprint,
    decide_trust,
    der_fingerprint,
    display_fingerprint,
    normalise_fingerprint,
)

FP = "ab" * 32
OTHER = "cd" * 32


class FakeRegister:
    def __init__(self, *orgs: RegisteredOrg, lookalikes: tuple[RegisteredOrg, ...] = ()) -> None:
        self.orgs = orgs
        self.lookalikes = lookalikes

    def by_fingerprint(self, fingerprint: str) -> RegisteredOrg | None:
        return next((o for o in self.orgs if o.root_fingerprint == fingerprint), None)

    def by_name(self, name: str) -> list[RegisteredOrg]:
        return [o for o in self.orgs if o.name.casefold() == name.casefold()] + list(self.lookalikes)


def org(name: str, fingerprint: str, oid: int = 1) -> RegisteredOrg:
    return RegisteredOrg(oid, name, fingerprint, datetime(2026, 1, 1), "")


# --- trust ---------------------------------------------------------------------------------------------------


def test_trusted_by_a_given_root() -> None:
    decision = decide_trust(FP, "Riverside", {FP}, None)
    assert (decision.trusted, decision.registered, decision.reasons, decision.warning, decision.rejected) == (
        True,
        None,
        (),
        None,
        False,
    )


def test_a_root_not_among_the_given_ones_names_the_trust_option() -> None:
    decision = decide_trust(FP, "Riverside", {OTHER}, None)
    assert not decision.trusted and not decision.rejected and decision.warning is None
    assert decision.reasons == (
        f"the pack is intact, but its root ({display_fingerprint(FP)}) is not one of the roots given with --trust",
    )


def test_registered_root_with_its_name_is_trusted_with_the_entry() -> None:
    entry = org("Riverside Food Bank", FP)
    decision = decide_trust(FP, "riverside  food bank", None, FakeRegister(entry))
    assert decision.trusted and decision.registered == entry and decision.reasons == () and not decision.rejected


def test_registered_root_naming_another_organisation_is_rejected() -> None:
    entry = org("Riverside Food Bank", FP)
    decision = decide_trust(FP, "Hillside Trust", None, FakeRegister(entry))
    assert not decision.trusted
    assert decision.rejected
    assert decision.registered == entry
    assert decision.warning is None
    assert decision.reasons[0].startswith(
        "the pack is signed with the root registered to 'Riverside Food Bank' but names 'Hillside Trust'"
    )


def test_same_name_with_another_root_is_a_loud_warning() -> None:
    entry = org("Riverside Food Bank", OTHER)
    decision = decide_trust(FP, "Riverside Food Bank", None, FakeRegister(entry))
    assert not decision.trusted and not decision.rejected and decision.registered is None
    assert decision.warning is not None and decision.reasons == (decision.warning,)
    assert decision.warning.startswith(
        "WARNING: this pack names 'Riverside Food Bank', which is 'Riverside Food Bank', registered with a "
        f"different root ({display_fingerprint(OTHER)}), but this pack is signed with {display_fingerprint(FP)}."
    )


def test_a_lookalike_name_with_another_root_says_looks_like() -> None:
    lookalike = org("Riversidе Food Bank", OTHER)  # Cyrillic е
    decision = decide_trust(FP, "Riverside Food Bank", None, FakeRegister(lookalikes=(lookalike,)))
    assert decision.warning is not None
    assert "which looks like 'Riversidе Food Bank'" in decision.warning


def test_a_register_entry_with_the_same_root_is_not_an_impersonation() -> None:
    same_root = org("Riverside", FP)

    class NameOnly(FakeRegister):
        def by_fingerprint(self, fingerprint: str) -> RegisteredOrg | None:
            return None

    decision = decide_trust(FP, "Riverside", None, NameOnly(lookalikes=(same_root,)))
    assert decision.warning is None
    assert decision.reasons == (
        "the pack is intact, but 'Riverside' is not in your register: compare the root fingerprint "
        f"{display_fingerprint(FP)} with the one the organisation gave you before registering it",
    )


def test_unknown_to_the_register_even_when_roots_were_also_given() -> None:
    decision = decide_trust(FP, "Riverside", {OTHER}, FakeRegister())
    assert not decision.trusted
    assert "is not in your register" in decision.reasons[0]


# --- fingerprints --------------------------------------------------------------------------------------------


def test_fingerprints() -> None:
    assert normalise_fingerprint(" AB:" + "ab" * 31 + "-" + "") == FP
    assert normalise_fingerprint("ab-" * 31 + "ab") == FP
    with pytest.raises(FingerprintError, match="is not a SHA-256 fingerprint"):
        normalise_fingerprint("ab" * 31)
    with pytest.raises(FingerprintError):
        normalise_fingerprint("ab" * 32 + "a")
    with pytest.raises(FingerprintError):
        normalise_fingerprint("xy" * 32)
    assert display_fingerprint("0123456789") == "0123 4567 89"
    assert der_fingerprint(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_certificate_fingerprint_pem_and_der(tmp_path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "t")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(datetime(2026, 1, 1))
        .not_valid_after(datetime(2027, 1, 1))
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "c.der").write_bytes(der)
    assert certificate_fingerprint(tmp_path / "c.pem") == der_fingerprint(der)
    assert certificate_fingerprint(tmp_path / "c.der") == der_fingerprint(der)


# --- attachment names ----------------------------------------------------------------------------------------


def test_attachment_name_lengths() -> None:
    assert attachment_name_problem("a" * MAX_NAME_CHARS) is None
    assert attachment_name_problem("a" * (MAX_NAME_CHARS + 1)) == "attachment name must have 1 to 120 characters"
    assert attachment_name_problem("") == "attachment name must have 1 to 120 characters"
    assert MAX_NAME_CHARS == 120


@pytest.mark.parametrize("name", ["a/b", "a\\b", "a:b", "a*b", "a?b", 'a"b', "a<b", "a>b", "a|b", "a\x00b", "a\u202eb"])
def test_attachment_names_with_unsafe_characters(name: str) -> None:
    assert attachment_name_problem(name) == (
        f"attachment name {name!r} contains a path separator, control or bidirectional character"
    )


@pytest.mark.parametrize(
    "name", [" a.pdf", "a.pdf ", ".a", "a.", "CON", "con.txt", "COM1.pdf", "LPT9", "COM¹", "NUL .txt", "CONIN$"]
)
def test_attachment_names_that_are_not_safe_file_names(name: str) -> None:
    assert attachment_name_problem(name) == f"attachment name {name!r} is not a safe file name"


@pytest.mark.parametrize("name", ["E001-policy.pdf", "CONSOLE.pdf", "COM10.pdf", "a b.pdf", "café.pdf"])
def test_safe_attachment_names(name: str) -> None:
    assert attachment_name_problem(name) is None


# --- reading limits ------------------------------------------------------------------------------------------


def test_default_limits() -> None:
    limits = ReadingLimits()
    assert (limits.max_file_size, limits.max_attachments, limits.max_attachment_size) == (16 * GiB, 5000, 8 * GiB)
    assert (limits.max_manifest_size, limits.max_ratio, limits.ratio_floor) == (16 * MiB, 1100.0, MiB)
    assert (limits.max_depth, limits.max_name_tree_nodes, limits.max_stream_header, limits.chunk_size) == (
        32,
        10_000,
        64 * 1024,
        MiB,
    )
    assert MiB == 1048576 and GiB == 1073741824


def test_ratio_boundaries() -> None:
    limits = ReadingLimits(max_attachment_size=10 * MiB, max_ratio=100.0, ratio_floor=1000)
    limits.check_ratio("a", encoded=1, decoded=1000)  # at the floor
    with pytest.raises(LimitExceeded, match="compression bomb"):
        limits.check_ratio("a", encoded=1, decoded=1001)
    limits.check_ratio("a", encoded=100, decoded=10_000)  # exactly the ratio
    with pytest.raises(LimitExceeded, match="attachment 'a' would expand more than a compressed file can"):
        limits.check_ratio("a", encoded=100, decoded=10_001)
    limits.check_ratio("a", encoded=10 * MiB, decoded=10 * MiB)  # exactly the size cap
    with pytest.raises(LimitExceeded, match="attachment 'a' is larger than the 0 GiB limit"):
        limits.check_ratio("a", encoded=10 * MiB, decoded=10 * MiB + 1)
    with pytest.raises(LimitExceeded, match="larger than the 8 GiB limit"):
        ReadingLimits().check_ratio("b", encoded=8 * GiB, decoded=8 * GiB + 1)


def test_inflater_pieces_and_exact_limit() -> None:
    data = bytes(range(256)) * 40  # 10,240 bytes
    packed = zlib.compress(data)
    inflater = BoundedInflater("x", limit=len(data), piece=1000)
    assert (inflater.name, inflater.limit, inflater.piece, inflater.produced) == ("x", len(data), 1000, 0)
    pieces = list(inflater.feed(packed))
    pieces += list(inflater.finish())
    assert b"".join(pieces) == data
    assert max(len(p) for p in pieces) <= 1000
    assert inflater.produced == len(data)
    assert BoundedInflater("y", 1).piece == 4 * MiB


def test_inflater_one_byte_over_in_feed_and_in_small_steps() -> None:
    data = b"z" * 5000
    packed = zlib.compress(data)
    with pytest.raises(LimitExceeded, match="attachment 'x' decodes to more than its stated size"):
        list(BoundedInflater("x", limit=len(data) - 1, piece=7).feed(packed))
    inflater = BoundedInflater("x", limit=len(data), piece=7)
    out = b""
    for i in range(0, len(packed), 3):  # fed in small slices
        out += b"".join(inflater.feed(packed[i : i + 3]))
    out += b"".join(inflater.finish())
    assert out == data


def test_inflater_trailing_data_and_cut_short() -> None:
    packed = zlib.compress(b"hello")
    with pytest.raises(LimitExceeded, match="attachment 'x' has data after the end of its compressed stream"):
        list(BoundedInflater("x", 100).feed(packed + b"junk"))
    inflater = BoundedInflater("x", 100)
    list(inflater.feed(packed))
    with pytest.raises(LimitExceeded, match="has data after the end"):
        list(inflater.feed(b"more"))
    cut = BoundedInflater("x", 100)
    list(cut.feed(packed[:-3]))
    with pytest.raises(LimitExceeded, match="attachment 'x' has a compressed stream that is cut short"):
        list(cut.finish())
    assert list(BoundedInflater("x", 100).feed(b"")) == []


# --- second round: the survivors of the first measured run ---------------------------------------------------


def test_trust_decisions_are_exactly_false_with_the_full_sentences() -> None:
    entry = org("Riverside Food Bank", FP)
    rejected = decide_trust(FP, "Hillside Trust", None, FakeRegister(entry))
    assert rejected.trusted is False
    assert rejected.reasons == (
        "the pack is signed with the root registered to 'Riverside Food Bank' but names 'Hillside Trust' as the "
        "organisation; a pack must carry the registered name of its root (if the organisation has changed its "
        "name, confirm that with it and rename it in your register first)",
    )
    warned = decide_trust(FP, "Riverside Food Bank", None, FakeRegister(org("Riverside Food Bank", OTHER)))
    assert warned.trusted is False
    assert warned.warning == (
        "WARNING: this pack names 'Riverside Food Bank', which is 'Riverside Food Bank', registered with a "
        f"different root ({display_fingerprint(OTHER)}), but this pack is signed with {display_fingerprint(FP)}. "
        "Someone may be impersonating the organisation: do not register the new root until the organisation has "
        "confirmed the change by a channel you already trust."
    )
    unknown = decide_trust(FP, "Riverside", None, FakeRegister())
    assert unknown.trusted is False
    assert decide_trust(FP, "Riverside", {OTHER}, None).trusted is False


def test_the_inflater_never_decodes_more_than_one_byte_past_its_limit() -> None:
    inflater = BoundedInflater("x", limit=10, piece=6)
    seen = []
    with pytest.raises(LimitExceeded):
        for piece in inflater.feed(zlib.compress(b"z" * 40)):
            seen.append(piece)
    assert seen == [b"z" * 6]
    assert inflater.produced == 11


def test_attachment_names_may_start_or_end_with_x() -> None:
    assert attachment_name_problem("XRAY.pdf") is None
    assert attachment_name_problem("BOX") is None


def _manifest(**changes: object) -> bytes:
    import json

    from tests import packs

    manifest = packs.manifest_for(packs.default_files(), FP)
    manifest.update(changes)
    return json.dumps(manifest).encode()


def test_manifest_problem_sentences() -> None:
    from kitemark_app.verify.manifest_model import ManifestProblem, parse_manifest

    with pytest.raises(ManifestProblem) as caught:
        parse_manifest(b"{not json")
    assert str(caught.value) == "the manifest is not valid UTF-8 JSON"
    good = _manifest()
    assert parse_manifest(good).signer.root_fingerprint == FP
    import json

    data = json.loads(good)
    data["organisation"]["name"] = ""
    with pytest.raises(ManifestProblem) as caught:
        parse_manifest(json.dumps(data).encode())
    assert str(caught.value).startswith("the manifest is not well-formed (organisation.name: ")
    data = json.loads(good)
    data["evidence"].append(dict(data["evidence"][0]))
    with pytest.raises(ManifestProblem) as caught:
        parse_manifest(json.dumps(data).encode())
    assert str(caught.value) == (
        "the manifest is not well-formed (manifest: Value error, two evidence entries have the same attachment name)"
    )
