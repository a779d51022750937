"""``council.encryption_certificate`` in a framework file (core/council_certificate.py, core/framework_schema.py):
a certificate fit to encrypt for is kept as it was written; anything else is one message naming the field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from kitemark_app.core.council_certificate import check_certificate
from kitemark_app.core.framework import FrameworkError, parse_framework
from kitemark_app.paths import default_framework_text
from tests.council_keys import council_key, framework_with_certificate, make_council_key

FIELD = "council.encryption_certificate"
SIGNING_ONLY = x509.KeyUsage(True, True, False, False, False, False, False, False, False)


def problems(pem: str) -> list[str]:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(framework_with_certificate(default_framework_text(), pem))
    return [str(issue) for issue in caught.value.issues]


def test_a_good_certificate_is_carried_to_the_framework() -> None:
    pem = council_key().certificate_pem()
    framework = parse_framework(framework_with_certificate(default_framework_text(), pem))
    assert framework.council is not None
    assert framework.council.encryption_certificate == pem.strip()
    assert check_certificate(framework.council.encryption_certificate).key_kind == "RSA 2048"


def test_the_bundled_framework_carries_none() -> None:
    framework = parse_framework(default_framework_text())
    assert framework.council is not None and framework.council.encryption_certificate == ""


def test_a_certificate_without_a_key_usage_extension_is_accepted() -> None:
    key = rsa.generate_private_key(65537, 2048)
    pem = make_council_key(key=key).certificate_pem()
    assert check_certificate(pem).key_kind == "RSA 2048"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: make_council_key(valid_from=datetime.now(UTC) - timedelta(days=100), valid_days=30),
            "the council's encryption certificate expired on ",
        ),
        (
            lambda: make_council_key(valid_from=datetime.now(UTC) + timedelta(days=10)),
            "the council's encryption certificate is not valid until ",
        ),
        (
            lambda: make_council_key(key=rsa.generate_private_key(65537, 1024)),
            "the council's encryption certificate has an RSA key of 1024 bits; at least 2048 are needed",
        ),
        (
            lambda: make_council_key(key=ec.generate_private_key(ec.SECP256R1())),
            "the council's encryption certificate has an EC key on secp256r1; use P-384 or P-521",
        ),
        (
            lambda: make_council_key(key_usage=SIGNING_ONLY),
            "the council's encryption certificate is not for encryption (its key usage does not allow keyEncipherment)",
        ),
    ],
    ids=["expired", "not-yet-valid", "rsa-1024", "p-256", "signing-only"],
)
def test_certificates_that_cannot_be_encrypted_for(make: object, message: str) -> None:
    assert callable(make)
    found = problems(make().certificate_pem())
    assert len(found) == 1
    assert found[0].startswith(f"{FIELD}: {message}"), found


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not a certificate at all", "must be exactly one certificate in PEM form"),
        (council_key().certificate_pem() * 2, "must be exactly one certificate in PEM form"),
        (
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
            "is not a readable X.509 certificate",
        ),
        ("-----BEGIN CERTIFICATE-----\n" + "A" * 70_000 + "\n-----END CERTIFICATE-----", "is far longer"),
    ],
    ids=["text", "two", "garbage", "huge"],
)
def test_text_that_is_not_one_certificate(text: str, message: str) -> None:
    found = problems(text)
    assert len(found) == 1
    assert found[0].startswith(f"{FIELD}: the council's encryption certificate {message}"), found


def test_a_number_is_refused_by_name() -> None:
    source = default_framework_text().replace("\ncouncil:\n", "\ncouncil:\n  encryption_certificate: 12\n", 1)
    with pytest.raises(FrameworkError) as caught:
        parse_framework(source)
    assert [str(i) for i in caught.value.issues] == [
        f"{FIELD}: write the certificate as PEM text (a YAML block: encryption_certificate: |)"
    ]


@pytest.mark.parametrize("empty", ["''", "null", "~"])
def test_an_empty_certificate_is_none(empty: str) -> None:
    source = default_framework_text().replace("\ncouncil:\n", f"\ncouncil:\n  encryption_certificate: {empty}\n", 1)
    framework = parse_framework(source)
    assert framework.council is not None and framework.council.encryption_certificate == ""


def test_the_certificate_is_kept_without_the_space_around_it() -> None:
    pem = council_key().certificate_pem()
    source = framework_with_certificate(default_framework_text(), "\n\n" + pem + "\n\n")
    framework = parse_framework(source)
    assert framework.council is not None
    assert framework.council.encryption_certificate == pem.strip()
    assert framework.council.encryption_certificate.startswith("-----BEGIN CERTIFICATE-----")
