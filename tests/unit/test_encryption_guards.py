"""Each check of a pack's encryption on its own (verify/encryption.py): a file whose ``/Encrypt`` dictionary is the
one Kitemark writes except for one thing is refused with that thing's reason, before any key is used; the accepted
form gets past them all (to "no signature", in a file that has none). Then the key checks and the stream checks."""

from __future__ import annotations

import io
import os
import re
from functools import cache
from typing import Any

import pytest
from asn1crypto import cms, core
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils import generic

from kitemark_app.core.council_certificate import check_certificate
from kitemark_app.pack.encryption import PackEncryption, StreamEncryptor, encrypted_length
from kitemark_app.verify import signature as sig
from kitemark_app.verify.digest import FileIdentity, decoded_chunks
from kitemark_app.verify.encryption import (
    DAMAGED_ENVELOPE,
    NEEDS_KEY,
    WRONG_KEY,
    DecryptionKey,
    NeedsDecryptionKey,
    WrongDecryptionKey,
    decrypted_chunks,
)
from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import PackProblem, StreamLocation
from tests.council_keys import CouncilKey, council_key, make_council_key, other_council_key
from tests.unit.minipdf import pdf_bytes, pdf_reader

NO_SIGNATURE = "the file has no signature, so it is not a signed Kitemark pack"
NOT_OURS = "the pack's encryption is not the kind Kitemark makes (public-key, AES-256): "
WEAK = "the pack is encrypted with weak cryptography ({}), which Kitemark never uses"


@cache
def envelope(key: CouncilKey | None = None, **policy: Any) -> bytes:
    """The recipient envelope Kitemark's export makes for ``key`` (the test council's by default)."""
    from pyhanko.pdf_utils.crypt.pubkey import PubKeySecurityHandler, RecipientEncryptionPolicy

    key = key or council_key()
    if policy:
        certificate = asn1_x509.Certificate.load(key.certificate.public_bytes(serialization.Encoding.DER))
        handler = PubKeySecurityHandler.build_from_certs(
            [certificate], keylen_bytes=32, pdf_mac=False, policy=RecipientEncryptionPolicy(**policy)
        )
    else:
        handler = PackEncryption(check_certificate(key.certificate_pem())).handler
    recipients = handler.as_pdf_object()["/CF"]["/DefaultCryptFilter"]["/Recipients"]
    return bytes(recipients[0].original_bytes)


def edited(data: bytes, edit: Any) -> bytes:
    info = cms.ContentInfo.load(data)
    edit(info)
    return info.dump(force=True)


DEFAULTS: dict[str, bytes] = {
    "/Filter": b"/Adobe.PubSec",
    "/SubFilter": b"/adbe.pkcs7.s5",
    "/V": b"5",
    "/Length": b"256",
    "/EncryptMetadata": b"true",
    "/StmF": b"/DefaultCryptFilter",
    "/StrF": b"/DefaultCryptFilter",
}
FILTER: dict[str, bytes] = {
    "/AuthEvent": b"/DocOpen",
    "/CFM": b"/AESV3",
    "/Length": b"256",
    "/EncryptMetadata": b"true",
}


def encrypt_dict(
    top: dict[str, bytes | None] | None = None,
    crypt_filter: dict[str, bytes | None] | None = None,
    recipients: bytes | None = None,
    filters: bytes | None = None,
) -> bytes:
    """The ``/Encrypt`` dictionary as Kitemark writes it, with entries changed (None: left out)."""
    entries = {**DEFAULTS, **(top or {})}
    cf = {**FILTER, **(crypt_filter or {})}
    if recipients is None:
        recipients = b"[ <" + envelope().hex().encode() + b"> ]"
    cf.setdefault("/Recipients", recipients)
    body = b" ".join(k.encode() + b" " + v for k, v in cf.items() if v is not None)
    entries.setdefault("/CF", filters if filters is not None else b"<< /DefaultCryptFilter << " + body + b" >> >>")
    return b"<< " + b" ".join(k.encode() + b" " + v for k, v in entries.items() if v is not None) + b" >>"


def encrypted_file(encrypt: bytes) -> bytes:
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [] /Count 0 >>", 3: encrypt}
    return pdf_bytes(objects, trailer=b" /Encrypt 3 0 R /ID [<00> <00>]")


def opened(data: bytes, key: DecryptionKey | None) -> sig.OpenedPack:
    return sig.open_pack(io.BytesIO(data), FileIdentity(len(data), 0, 0), ReadingLimits(), decryption=key)


def refused(data: bytes, key: DecryptionKey | None = None) -> str:
    with pytest.raises(PackProblem) as caught:
        opened(data, key if key is not None else council_key().decryption_key())
    return str(caught.value)


def test_the_form_kitemark_writes_passes_every_check() -> None:
    assert refused(encrypted_file(encrypt_dict())) == NO_SIGNATURE


@pytest.mark.parametrize(
    ("top", "reason"),
    [
        ({"/Filter": b"/Standard"}, "the pack is protected with a password, which a Kitemark pack never is"),
        ({"/Filter": b"/Custom.Handler"}, NOT_OURS + "the security handler is /Custom.Handler"),
        ({"/Filter": None}, NOT_OURS + "the security handler is not named"),
        ({"/V": b"1"}, WEAK.format("RC4")),
        ({"/V": b"2"}, WEAK.format("RC4")),
        ({"/V": b"4"}, WEAK.format("RC4")),
        ({"/V": b"6"}, NOT_OURS + "its version is 6, not 5"),
        ({"/KDFSalt": b"<00112233>"}, NOT_OURS + "its dictionary has /KDFSalt"),
        ({"/EFF": b"/DefaultCryptFilter"}, NOT_OURS + "its dictionary has /EFF"),
        ({"/SubFilter": b"/adbe.pkcs7.s4"}, NOT_OURS + "its sub-filter is not adbe.pkcs7.s5"),
        ({"/Length": b"128"}, WEAK.format("a 128-bit key")),
        ({"/EncryptMetadata": b"false"}, NOT_OURS + "its metadata is not encrypted"),
        ({"/StmF": b"/Identity"}, NOT_OURS + "strings and streams do not both use its one crypt filter"),
        ({"/StrF": b"/Identity"}, NOT_OURS + "strings and streams do not both use its one crypt filter"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_each_entry_of_the_dictionary(top: dict[str, bytes | None], reason: str) -> None:
    assert refused(encrypted_file(encrypt_dict(top))) == reason


@pytest.mark.parametrize(
    ("crypt_filter", "reason"),
    [
        ({"/CFM": b"/V2"}, WEAK.format("RC4")),
        ({"/CFM": b"/AESV2"}, WEAK.format("AES-128")),
        ({"/CFM": b"/AESV4"}, NOT_OURS + "its crypt filter is /AESV4, not AESV3"),
        ({"/CFM": b"/None"}, NOT_OURS + "its crypt filter is /None, not AESV3"),
        ({"/Length": b"128"}, NOT_OURS + "its crypt filter is not AES-256 over everything"),
        ({"/EncryptMetadata": b"false"}, NOT_OURS + "its crypt filter is not AES-256 over everything"),
        ({"/AuthEvent": b"/EFOpen"}, NOT_OURS + "its crypt filter does not open with the document"),
        ({"/Extra": b"1"}, NOT_OURS + "its crypt filter has entries Kitemark never writes"),
        ({"/Recipients": None}, "the pack's encryption dictionary is damaged (no recipient)"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_each_entry_of_the_crypt_filter(crypt_filter: dict[str, bytes | None], reason: str) -> None:
    assert refused(encrypted_file(encrypt_dict(crypt_filter=crypt_filter))) == reason


def test_aes128_named_by_the_crypt_filter_with_version_4() -> None:
    data = encrypted_file(encrypt_dict({"/V": b"4"}, {"/CFM": b"/AESV2"}))
    assert refused(data) == WEAK.format("AES-128")


def test_two_crypt_filters() -> None:
    two = encrypt_dict().split(b"/CF ", 1)[1][:-3].replace(b">> >>", b">> /Other << /CFM /AESV3 >> >>", 1)
    assert b"/Other" in two
    assert refused(encrypted_file(encrypt_dict(filters=two))) == NOT_OURS + "it does not have exactly one crypt filter"


def test_no_crypt_filters_and_a_damaged_dictionary() -> None:
    assert refused(encrypted_file(encrypt_dict(filters=b"<< >>"))) == NOT_OURS + (
        "it does not have exactly one crypt filter"
    )
    assert refused(encrypted_file(b"[ /Adobe.PubSec ]")) == "the pack's encryption dictionary is damaged"


@pytest.mark.parametrize(
    ("recipients", "reason"),
    [
        (b"[ <00> <00> ]", NOT_OURS + "it names 2 sets of recipients, not one"),
        (b"[ ]", NOT_OURS + "it names 0 sets of recipients, not one"),
        (b"[ 12 ]", "the pack's encryption dictionary is damaged (no recipient)"),
        (b"<" + b"30" * (17 * 1024) + b">", NOT_OURS + "its recipient envelope is far larger than one"),
        (b"<3003020100>", "the pack's encryption dictionary is damaged (its recipient envelope)"),
        (
            b"<" + os.urandom(300).hex().encode() + b">",
            "the pack's encryption dictionary is damaged (its recipient envelope)",
        ),
    ],
    ids=["two", "none", "not-a-string", "oversized", "not-cms", "random"],
)
def test_the_recipients(recipients: bytes, reason: str) -> None:
    assert refused(encrypted_file(encrypt_dict(recipients=recipients))) == reason


def _with_envelope(data: bytes) -> bytes:
    return encrypted_file(encrypt_dict(recipients=b"[ <" + data.hex().encode() + b"> ]"))


def test_an_envelope_sealed_with_aes128() -> None:
    def aes128(info: cms.ContentInfo) -> None:
        algorithm = info["content"]["encrypted_content_info"]["content_encryption_algorithm"]
        algorithm["algorithm"] = "aes128_cbc"

    assert refused(_with_envelope(edited(envelope(), aes128))) == WEAK.format(
        "a recipient envelope sealed with aes128_cbc"
    )


def test_an_envelope_for_two_recipients() -> None:
    from pyhanko.pdf_utils.crypt.pubkey import PubKeySecurityHandler, RecipientEncryptionPolicy

    certificates = [
        asn1_x509.Certificate.load(k.certificate.public_bytes(serialization.Encoding.DER))
        for k in (council_key(), other_council_key())
    ]
    handler = PubKeySecurityHandler.build_from_certs(
        certificates, keylen_bytes=32, pdf_mac=False, policy=RecipientEncryptionPolicy(prefer_oaep=True)
    )
    data = bytes(handler.as_pdf_object()["/CF"]["/DefaultCryptFilter"]["/Recipients"][0].original_bytes)
    assert refused(_with_envelope(data)) == NOT_OURS + "its envelope has 2 recipients, not one"


def test_a_key_sealed_with_pkcs1_v1_5_rather_than_oaep() -> None:
    data = envelope(council_key(), prefer_oaep=False)
    assert refused(_with_envelope(data)) == NOT_OURS + "the key is sealed with rsaes_pkcs1v15, not RSAES-OAEP"


def test_an_ec_key_agreed_with_an_aes128_key_wrap() -> None:
    p256 = make_council_key("P-256 council (tests only)", key=ec.generate_private_key(ec.SECP256R1()))
    data = envelope(p256, ignore_key_usage=True)
    assert refused(_with_envelope(data)).startswith(WEAK.format("a key agreed with 1.3.132.1.11.1 and aes128_wrap"))


def test_another_kind_of_recipient() -> None:
    def password_recipient(info: cms.ContentInfo) -> None:
        recipients = info["content"]["recipient_infos"]
        recipients[0] = cms.RecipientInfo(
            name="pwri",
            value=cms.PasswordRecipientInfo(
                {
                    "version": 0,
                    "key_encryption_algorithm": {"algorithm": "aes256_wrap"},
                    "encrypted_key": core.OctetString(bytes(40)),
                }
            ),
        )

    assert refused(_with_envelope(edited(envelope(), password_recipient))) == NOT_OURS + (
        "its recipient is of the kind pwri"
    )


# --- the key ---------------------------------------------------------------------------------------------


def test_no_key_is_one_sentence() -> None:
    with pytest.raises(NeedsDecryptionKey) as caught:
        opened(encrypted_file(encrypt_dict()), None)
    assert str(caught.value) == NEEDS_KEY


def test_a_key_the_envelope_is_not_for_is_one_sentence() -> None:
    with pytest.raises(WrongDecryptionKey) as caught:
        opened(encrypted_file(encrypt_dict()), other_council_key().decryption_key())
    assert str(caught.value) == WRONG_KEY


def test_a_weak_pack_is_refused_whatever_the_key() -> None:
    """The dictionary is judged before the key: a pack using RC4 is rejected, not "needs a key"."""
    with pytest.raises(PackProblem, match="weak cryptography"):
        opened(encrypted_file(encrypt_dict({"/V": b"2"})), None)


def test_an_envelope_for_the_council_that_its_key_does_not_open() -> None:
    def damaged(info: cms.ContentInfo) -> None:
        recipient = info["content"]["recipient_infos"][0].chosen
        recipient["encrypted_key"] = core.OctetString(os.urandom(len(recipient["encrypted_key"].native)))

    assert refused(_with_envelope(edited(envelope(), damaged))) == DAMAGED_ENVELOPE


def test_an_envelope_whose_content_is_damaged() -> None:
    def damaged(info: cms.ContentInfo) -> None:
        content = info["content"]["encrypted_content_info"]
        content["encrypted_content"] = core.OctetString(os.urandom(len(content["encrypted_content"].native)))

    assert refused(_with_envelope(edited(envelope(), damaged))) == DAMAGED_ENVELOPE


# --- streams ---------------------------------------------------------------------------------------------

KEY = bytes(range(32))


def _encrypted(data: bytes) -> bytes:
    encryptor = StreamEncryptor(KEY)
    return encryptor.update(data) + encryptor.finish()


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 1000, 65_537])
@pytest.mark.parametrize("piece", [1, 7, 16, 4096])
def test_streams_round_trip_in_any_chunks(size: int, piece: int) -> None:
    data = os.urandom(size)
    stored = _encrypted(data)
    assert len(stored) == encrypted_length(size)
    chunks = (memoryview(stored)[i : i + piece] for i in range(0, len(stored), piece))
    assert b"".join(decrypted_chunks(chunks, KEY, "a.bin")) == data


def test_a_stream_with_bad_padding_is_damaged() -> None:
    stored = bytearray(_encrypted(b"evidence"))
    stored[-1] ^= 0xFF  # the last block decrypts to nonsense, so its padding is wrong
    with pytest.raises(
        PackProblem, match=re.escape("attachment 'a.bin' cannot be decrypted: its encrypted data is damaged")
    ):
        b"".join(decrypted_chunks(iter([bytes(stored)]), KEY, "a.bin"))


@pytest.mark.parametrize("stored", [b"", b"0123456789"])
def test_a_stream_shorter_than_its_iv(stored: bytes) -> None:
    with pytest.raises(PackProblem, match="is not encrypted the way a pack's attachments are"):
        b"".join(decrypted_chunks(iter([stored]), KEY, "a.bin"))


def test_the_stored_length_of_an_encrypted_attachment() -> None:
    plain = StreamLocation(0, 0, False, None, "")
    encrypted = StreamLocation(0, 0, False, None, "", key=KEY)
    assert [plain.stored_length(n) for n in (0, 15, 16)] == [0, 15, 16]
    assert [encrypted.stored_length(n) for n in (0, 15, 16, 17)] == [32, 32, 48, 48]
    assert [encrypted.stored_length(n) for n in range(100)] == [encrypted_length(n) for n in range(100)]
    assert "key" not in repr(encrypted) and KEY.hex() not in repr(encrypted)


def test_an_encrypted_attachment_is_never_decoded_past_its_stated_size() -> None:
    stored = _encrypted(b"x" * 100)
    location = StreamLocation(0, len(stored), False, None, "", key=KEY)
    with pytest.raises(LimitExceeded, match="decodes to more than its stated size"):
        b"".join(decoded_chunks(io.BytesIO(stored), "a.txt", location, 99, ReadingLimits(), lambda: False))
    data = b"".join(decoded_chunks(io.BytesIO(stored), "a.txt", location, 100, ReadingLimits(), lambda: False))
    assert data == b"x" * 100


@pytest.mark.parametrize("length", [16, 20, 47])
def test_an_encrypted_stream_whose_length_is_not_whole_blocks(length: int) -> None:
    from kitemark_app.verify.structure import locate_stream

    body = b"<< /Type /EmbeddedFile /Length %d >>\nstream\n" % length + bytes(length) + b"\nendstream"
    reader = pdf_reader({1: b"<< /Type /Catalog >>", 2: body})
    handle = reader.stream
    ref = generic.Reference(2, 0, reader)
    with pytest.raises(
        PackProblem, match=re.escape("attachment 'a.bin' is not encrypted the way a pack's attachments are")
    ):
        locate_stream(reader, handle, ref, "a.bin", ReadingLimits(), KEY)
    assert locate_stream(reader, handle, ref, "a.bin", ReadingLimits()).length == length  # plain: any length
