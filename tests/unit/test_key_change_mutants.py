"""The key-change statement (pack/key_change.py) made and checked without a pack: each refusal made alone (one thing
wrong, everything else right) with the sentence it must give, the size bounds at their boundary, and both key
kinds Kitemark signs with. The certificates are made here with ``cryptography``; statements are signed here too,
with ``cryptography`` directly, so a check is tested against a signature the module did not make."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.x509.oid import NameOID

from kitemark_app.pack.key_change import KeyChange, KeyChangeProblem, check_key_change, make_key_change

NEW_ROOT = "ab" * 32
START = datetime(2026, 1, 1, tzinfo=UTC)
END = datetime(2027, 1, 1, tzinfo=UTC)
DURING = datetime(2026, 6, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Old:
    key: Any
    certificate: x509.Certificate
    root: x509.Certificate

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.root.public_bytes(serialization.Encoding.DER)).hexdigest()

    def der(self) -> list[str]:
        return [b64(c.public_bytes(serialization.Encoding.DER)) for c in (self.certificate, self.root)]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _algorithm(key: Any) -> hashes.HashAlgorithm | None:
    return None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()


def _certificate(
    subject: str,
    issuer: str,
    public_key: Any,
    issuer_key: Any,
    *,
    ca: bool,
    usage: x509.KeyUsage | None,
    start: datetime = START,
    end: datetime = END,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
    )
    if usage is not None:
        builder = builder.add_extension(usage, critical=True)
    return builder.sign(issuer_key, _algorithm(issuer_key))


SIGNING = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
NOT_SIGNING = x509.KeyUsage(False, False, True, False, False, False, False, False, False)  # key encipherment only
CA_USAGE = x509.KeyUsage(False, False, False, False, False, True, True, False, False)


def _key(kind: str) -> Any:
    if kind == "rsa":
        return _rsa_key()
    if kind == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    return ec.generate_private_key(ec.SECP256R1())


@cache
def _rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_old(
    kind: str = "ec",
    *,
    usage: x509.KeyUsage | None = SIGNING,
    start: datetime = START,
    end: datetime = END,
    root_kind: str | None = None,
) -> Old:
    root_key = _key(root_kind or kind)
    root = _certificate("Old root", "Old root", root_key.public_key(), root_key, ca=True, usage=CA_USAGE)
    key = _key(kind)
    certificate = _certificate(
        "Old signing", "Old root", key.public_key(), root_key, ca=False, usage=usage, start=start, end=end
    )
    return Old(key, certificate, root)


@cache
def ec_old() -> Old:
    return make_old("ec")


def sign(key: Any, data: bytes) -> bytes:
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    return key.sign(data)


def statement_of(old: Old, **changes: Any) -> dict[str, Any]:
    statement: dict[str, Any] = {
        "kind": "kitemark-key-change/1",
        "organisation": "Riverside Community Hub",
        "old_root": old.fingerprint,
        "new_root": NEW_ROOT,
        "made_at": "2026-06-01T10:00:00+00:00",
    }
    statement.update(changes)
    return statement


def signed(old: Old, data: bytes, key: Any = None) -> dict[str, Any]:
    """A key change carrying ``data`` as its statement, signed by ``key`` (the old signing key by default)."""
    return {"statement": b64(data), "signature": b64(sign(key or old.key, data)), "certificates": old.der()}


def signed_statement(old: Old, **changes: Any) -> dict[str, Any]:
    return signed(old, json.dumps(statement_of(old, **changes)).encode("utf-8"))


def problem(key_change: dict[str, Any], signer_root: str = NEW_ROOT, now: datetime | None = DURING) -> str:
    with pytest.raises(KeyChangeProblem) as caught:
        check_key_change(key_change, signer_root, now=now)
    return str(caught.value)


# --- made ---------------------------------------------------------------------------------------------------------


def test_the_statement_is_compact_sorted_utf8_json_to_the_second() -> None:
    old = ec_old()
    made = make_key_change(old.key, old.certificate, old.root, "Café Ünïon", NEW_ROOT,
                           now=datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=UTC))  # fmt: skip
    assert set(made) == {"statement", "signature", "certificates"}
    expected = (
        '{"kind":"kitemark-key-change/1","made_at":"2026-03-04T05:06:07+00:00","new_root":"' + NEW_ROOT + '",'
        '"old_root":"' + old.fingerprint + '","organisation":"Café Ünïon"}'
    ).encode("utf-8")
    data = base64.b64decode(made["statement"])
    assert data == expected
    assert made["certificates"] == old.der()  # the signing certificate first, then the root
    old.key.public_key().verify(base64.b64decode(made["signature"]), data, ec.ECDSA(hashes.SHA256()))
    assert all(isinstance(item, str) for item in (made["statement"], made["signature"], *made["certificates"]))


def test_made_without_a_time_is_made_now_in_utc() -> None:
    old = ec_old()
    before = datetime.now(UTC).replace(microsecond=0)
    made = make_key_change(old.key, old.certificate, old.root, "Riverside", NEW_ROOT)
    made_at = json.loads(base64.b64decode(made["statement"]))["made_at"]
    assert made_at.endswith("+00:00") and "." not in made_at
    assert before <= datetime.fromisoformat(made_at) <= datetime.now(UTC)


def test_an_rsa_key_signs_with_pkcs1_v1_5_and_sha256_and_checks_out() -> None:
    old = make_old("rsa")
    made = make_key_change(old.key, old.certificate, old.root, "Riverside", NEW_ROOT, now=DURING)
    data = base64.b64decode(made["statement"])
    old.key.public_key().verify(base64.b64decode(made["signature"]), data, padding.PKCS1v15(), hashes.SHA256())
    assert check_key_change(made, NEW_ROOT, now=DURING) == KeyChange(
        "Riverside", old.fingerprint, NEW_ROOT, "2026-06-01T00:00:00+00:00"
    )


def test_another_kind_of_key_cannot_make_one() -> None:
    old = make_old("ed25519")
    with pytest.raises(KeyChangeProblem) as caught:
        make_key_change(old.key, old.certificate, old.root, "Riverside", NEW_ROOT)
    assert str(caught.value) == "the old key is of a kind Kitemark cannot sign a key change with"


# --- checked: the good ones -------------------------------------------------------------------------------------------


def test_a_statement_signed_here_checks_out_field_by_field() -> None:
    old = ec_old()
    change = check_key_change(signed_statement(old), NEW_ROOT, now=DURING)
    assert change == KeyChange("Riverside Community Hub", old.fingerprint, NEW_ROOT, "2026-06-01T10:00:00+00:00")
    assert (change.organisation, change.old_root, change.new_root, change.made_at) == (
        "Riverside Community Hub",
        old.fingerprint,
        NEW_ROOT,
        "2026-06-01T10:00:00+00:00",
    )


def test_an_rsa_statement_signed_here_checks_out() -> None:
    old = make_old("rsa")
    assert check_key_change(signed_statement(old), NEW_ROOT, now=DURING).old_root == old.fingerprint


def test_the_signing_certificate_is_valid_from_its_first_to_its_last_second() -> None:
    old = ec_old()
    key_change = signed_statement(old)
    assert check_key_change(key_change, NEW_ROOT, now=START).new_root == NEW_ROOT
    assert check_key_change(key_change, NEW_ROOT, now=END).new_root == NEW_ROOT
    second = timedelta(seconds=1)
    assert problem(key_change, now=START - second) == "its signing certificate is not valid now"
    assert problem(key_change, now=END + second) == "its signing certificate is not valid now"


def test_without_a_time_it_is_checked_now() -> None:
    current = make_old("ec", start=datetime.now(UTC) - timedelta(days=1), end=datetime.now(UTC) + timedelta(days=1))
    assert check_key_change(signed_statement(current), NEW_ROOT).old_root == current.fingerprint
    expired = make_old("ec", start=datetime(2020, 1, 1, tzinfo=UTC), end=datetime(2021, 1, 1, tzinfo=UTC))
    assert problem(signed_statement(expired), now=None) == "its signing certificate is not valid now"
    assert check_key_change(signed_statement(expired), NEW_ROOT, now=datetime(2020, 6, 1, tzinfo=UTC))


# --- checked: the certificates ------------------------------------------------------------------------------------


@pytest.mark.parametrize("certificates", [None, "x", {"a": 1, "b": 2}, [], ["a"], ["a", "b", "c"]])
def test_exactly_two_certificates(certificates: Any) -> None:
    key_change = {**signed_statement(ec_old()), "certificates": certificates}
    if certificates is None:
        del key_change["certificates"]
    assert problem(key_change) == "it must carry exactly the old signing certificate and the old root"


def test_certificates_that_are_not_der() -> None:
    key_change = signed_statement(ec_old())
    key_change["certificates"] = [key_change["certificates"][0], b64(b"not a certificate")]
    assert problem(key_change) == "its certificates cannot be read"


def test_a_root_that_is_not_self_signed() -> None:
    old = ec_old()
    other = make_old("ec")
    # the old signing certificate with, as "root", a certificate the root did not sign itself
    impostor_key = ec.generate_private_key(ec.SECP256R1())
    impostor = _certificate("Old root", "Old root", old.root.public_key(), impostor_key, ca=True, usage=CA_USAGE)
    key_change = signed_statement(old)
    key_change["certificates"] = [key_change["certificates"][0], b64(impostor.public_bytes(serialization.Encoding.DER))]
    assert problem(key_change) == "its signing certificate is not issued by its root"
    renamed = _certificate("Another", "Old root", other.root.public_key(), other.key, ca=True, usage=CA_USAGE)
    key_change["certificates"][1] = b64(renamed.public_bytes(serialization.Encoding.DER))
    assert problem(key_change) == "its signing certificate is not issued by its root"


def test_a_signing_certificate_another_root_issued() -> None:
    old, other = ec_old(), make_old("ec")
    key_change = signed_statement(old)
    key_change["certificates"] = [key_change["certificates"][0], other.der()[1]]  # same name, another key
    assert problem(key_change) == "its signing certificate is not issued by its root"


def test_a_signing_certificate_of_a_root_of_another_key_kind() -> None:
    old = make_old("ec", root_kind="ed25519")  # verify_directly_issued_by: fine, an Ed25519 root is allowed
    assert check_key_change(signed_statement(old), NEW_ROOT, now=DURING).old_root == old.fingerprint


def test_a_signing_certificate_not_for_signing() -> None:
    assert problem(signed_statement(make_old("ec", usage=NOT_SIGNING))) == "its signing certificate is not for signing"


def test_a_signing_certificate_without_key_usage() -> None:
    assert problem(signed_statement(make_old("ec", usage=None))) == (
        "its signing certificate does not say it is for signing"
    )


def test_a_signing_key_of_a_kind_kitemark_does_not_check() -> None:
    old = make_old("ed25519", root_kind="ec")
    assert problem(signed_statement(old)) == "the old key is of a kind Kitemark does not check"


# --- checked: the signature -------------------------------------------------------------------------------------


def test_a_signature_by_another_key() -> None:
    old = ec_old()
    data = json.dumps(statement_of(old)).encode()
    assert problem(signed(old, data, key=ec.generate_private_key(ec.SECP256R1()))) == (
        "the old key's signature on it is not valid"
    )


def test_a_signature_over_other_bytes() -> None:
    old = ec_old()
    key_change = signed_statement(old)
    key_change["statement"] = b64(json.dumps(statement_of(old, organisation="Someone Else")).encode())
    assert problem(key_change) == "the old key's signature on it is not valid"


def test_an_rsa_signature_over_other_bytes() -> None:
    old = make_old("rsa")
    key_change = signed_statement(old)
    key_change["statement"] = b64(json.dumps(statement_of(old, organisation="Someone Else")).encode())
    assert problem(key_change) == "the old key's signature on it is not valid"


def test_no_statement_is_an_empty_statement() -> None:
    old = ec_old()
    key_change = signed(old, b"")  # a valid signature over no bytes at all
    del key_change["statement"]
    assert problem(key_change) == "its statement is not JSON"


def test_no_signature_is_an_invalid_signature() -> None:
    key_change = signed_statement(ec_old())
    del key_change["signature"]
    assert problem(key_change) == "the old key's signature on it is not valid"


# --- checked: the sizes, before anything is decoded ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "what", "longest"),
    # 4 characters of base64 per 3 bytes, and 4 more: 4096 -> 5465, 2048 -> 2734, 8192 -> 10926 characters
    [("statement", "statement", 5465), ("signature", "signature", 2734), ("certificate", "certificate", 10926)],
)
def test_each_size_bound_at_its_boundary(field: str, what: str, longest: int) -> None:
    def with_text(text: str) -> dict[str, Any]:
        key_change = signed_statement(ec_old())
        if field == "certificate":
            key_change["certificates"] = [key_change["certificates"][0], text]
        else:
            key_change[field] = text
        return key_change

    # at the bound the text is decoded (and, not a multiple of 4 characters, is no base64); one more is refused unread
    assert longest % 4 != 0
    assert problem(with_text("A" * longest)) == f"its {what} is not valid base64"
    assert problem(with_text("A" * (longest + 1))) == f"its {what} is far larger than any real one"


@pytest.mark.parametrize("text", ["QUJD!", "QU JD", "QUJD\n", "QUJ", "é"])
def test_a_statement_that_is_not_strict_base64(text: str) -> None:
    key_change = {**signed_statement(ec_old()), "statement": text}
    assert problem(key_change) == "its statement is not valid base64"


def test_a_signature_that_is_not_base64() -> None:
    assert problem({**signed_statement(ec_old()), "signature": "QUJD!"}) == "its signature is not valid base64"


def test_a_certificate_that_is_not_base64() -> None:
    key_change = signed_statement(ec_old())
    key_change["certificates"] = ["QUJD!", key_change["certificates"][1]]
    assert problem(key_change) == "its certificate is not valid base64"


# --- checked: the statement -------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"\xff\xfe not utf-8", b"{not json", b""])
def test_a_signed_statement_that_is_not_json(data: bytes) -> None:
    assert problem(signed(ec_old(), data)) == "its statement is not JSON"


def test_a_statement_that_is_not_a_key_change() -> None:
    old = ec_old()
    fields = statement_of(old)
    cases: list[Any] = [
        list(fields.values()),  # not an object
        {**fields, "extra": "x"},  # one field more
        {k: v for k, v in fields.items() if k != "made_at"},  # one field fewer
        {**fields, "kind": "kitemark-key-change/2"},
        {**fields, "kind": "kitemark-pack/1"},
    ]
    cases += [{**fields, name: 1} for name in ("organisation", "old_root", "new_root", "made_at")]
    for case in cases:
        assert problem(signed(old, json.dumps(case).encode())) == "its statement is not a Kitemark key change", case


def test_a_statement_naming_another_old_root() -> None:
    assert problem(signed_statement(ec_old(), old_root="cd" * 32)) == (
        "it names an old root other than the one it carries"
    )


def test_a_statement_naming_another_new_root() -> None:
    assert problem(signed_statement(ec_old()), signer_root="ef" * 32) == (
        "it hands over to a root other than the one that signed the pack"
    )


def test_a_root_handed_over_to_itself() -> None:
    old = ec_old()
    assert problem(signed_statement(old, new_root=old.fingerprint), signer_root=old.fingerprint) == (
        "it hands a root over to itself"
    )
