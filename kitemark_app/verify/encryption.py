"""Opening a pack encrypted for the council, fail closed (docs/pack-format.md, "Encrypted for the council").

An encrypted pack is hostile input like any other, so this runs in the verifier's child process, inside its time
and memory limits (isolation.py), after the cross-references were counted and before anything is trusted:

1. ``check_encryption`` reads the ``/Encrypt`` dictionary without decrypting anything and accepts exactly the one
   form Kitemark writes (``/Adobe.PubSec``, ``adbe.pkcs7.s5``, V 5, one ``/AESV3`` default crypt filter for strings
   and streams, metadata encrypted, no PDF MAC): a password (the standard handler), RC4 or AES-128, AES-GCM or any
   other shape is refused with a sentence. Its one recipient envelope (at most 16 KiB) must be a CMS
   EnvelopedData with one recipient, AES-256-CBC content and RSAES-OAEP (RSA) or ECDH with AES-192/256 key wrap.
2. Without a key, or with a key the envelope is not for, the verifier stops with one sentence
   (``NeedsDecryptionKey``, ``WrongDecryptionKey``): the pack is not shown to be bad, only unreadable here.
3. pyHanko opens the envelope with the council's private key (one RSA or ECDH operation) and derives the file key;
   its reader then decrypts the objects it reads, and ``decrypted_chunks`` the attachments, streamed as they are
   hashed.

The signature is checked over the encrypted bytes (the file as sent), and the manifest and attachments over the
decrypted ones, as for any pack.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kitemark_app.errors import KitemarkError, UsageError
from kitemark_app.verify.structure import PackProblem

BLOCK = 16
MAX_ENVELOPE = 16 * 1024  # a CMS envelope for one recipient is well under 2 KiB
MAX_KEY_FILE = 1024 * 1024

NEEDS_KEY = (
    "This pack is encrypted for the council; open it with the council's decryption key "
    "(kitemark verify --decrypt-key FILE, or File → Council decryption key… in the assessor window)."
)
WRONG_KEY = (
    "This pack is encrypted for another key, not for the council decryption key you gave; open it with the key it "
    "was encrypted for, or ask the organisation to export it again for the council."
)
PASSWORD = "the pack is protected with a password, which a Kitemark pack never is"
WEAK = "the pack is encrypted with weak cryptography ({what}), which Kitemark never uses"
NOT_OURS = "the pack's encryption is not the kind Kitemark makes (public-key, AES-256): {what}"
DAMAGED_ENVELOPE = "the pack's encryption is damaged: the council's key does not open it"

_TOP_KEYS = frozenset({"/Filter", "/SubFilter", "/V", "/Length", "/EncryptMetadata", "/StmF", "/StrF", "/CF"})
_FILTER_KEYS = frozenset({"/Type", "/CFM", "/Length", "/AuthEvent", "/Recipients", "/EncryptMetadata"})
_DEFAULT_FILTER = "/DefaultCryptFilter"
_KEY_WRAPS = frozenset({"aes192_wrap", "aes256_wrap"})
#: dhSinglePass-stdDH-sha384kdf and -sha512kdf (SEC 1), what pyHanko uses for P-384 and P-521 keys
_ECDH_SCHEMES = frozenset({"1.3.132.1.11.2", "1.3.132.1.11.3"})


class DecryptionRefused(KitemarkError):
    """The pack is encrypted and cannot be opened with the key in hand (none, or another one)."""

    exit_code = 2


class NeedsDecryptionKey(DecryptionRefused):
    def __init__(self, message: str = NEEDS_KEY) -> None:
        super().__init__(message)


class WrongDecryptionKey(DecryptionRefused):
    def __init__(self, message: str = WRONG_KEY) -> None:
        super().__init__(message)


@dataclass(frozen=True)
class DecryptionKey:
    """The council's decryption key as plain data (it goes to the child process that reads the pack)."""

    certificate_der: bytes
    private_key_der: bytes = field(repr=False)  # PKCS#8, unencrypted: in memory only, never written

    def subject(self) -> str:
        from asn1crypto import x509

        return str(x509.Certificate.load(self.certificate_der).subject.human_friendly)

    def decrypter(self) -> Any:
        from asn1crypto import keys, x509
        from pyhanko.pdf_utils.crypt.pubkey import SimpleEnvelopeKeyDecrypter

        return SimpleEnvelopeKeyDecrypter(
            x509.Certificate.load(self.certificate_der), keys.PrivateKeyInfo.load(self.private_key_der)
        )


def load_decryption_key(path: Path, passphrase: str) -> DecryptionKey:
    """The council's key from a PKCS#12 file (.p12, .pfx) or a PEM file holding the private key and its
    certificate, unlocked with ``passphrase`` ("" for a PEM key without one); ``UsageError`` with a sentence."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read the council decryption key {path}: {error.strerror or error}") from None
    if len(data) > MAX_KEY_FILE:
        raise UsageError(f"{path} is far larger than a key file; give the council's decryption key (.p12 or .pem)")
    secret = passphrase.encode("utf-8") or None
    key: Any
    certificate: Any
    if b"-----BEGIN" in data:
        try:
            key = serialization.load_pem_private_key(data, secret)
        except TypeError:
            if secret is not None:  # a passphrase given for a key that has none
                key = serialization.load_pem_private_key(data, None)
            else:
                raise UsageError(f"the council decryption key {path} needs its passphrase") from None
        except ValueError:
            raise UsageError(f"the council decryption key {path} could not be opened: wrong passphrase?") from None
        try:
            certificate = x509.load_pem_x509_certificate(data)
        except ValueError:
            raise UsageError(
                f"{path} holds no certificate; put the council's encryption certificate after the key"
            ) from None
    else:
        try:
            key, certificate, _others = pkcs12.load_key_and_certificates(data, secret)
        except ValueError:
            raise UsageError(f"the council decryption key {path} could not be opened: wrong passphrase?") from None
        if key is None or certificate is None:
            raise UsageError(f"{path} does not hold both a private key and its certificate")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise UsageError(f"the key in {path} is neither RSA nor EC, so it cannot be the council's decryption key")
    public = serialization.PublicFormat.SubjectPublicKeyInfo
    if key.public_key().public_bytes(serialization.Encoding.DER, public) != certificate.public_key().public_bytes(
        serialization.Encoding.DER, public
    ):
        raise UsageError(f"the certificate in {path} is not the one of its private key")
    return DecryptionKey(
        certificate.public_bytes(serialization.Encoding.DER),
        key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
    )


# --- the /Encrypt dictionary ------------------------------------------------------------------------------


def _name(value: object) -> str:
    return str(value) if value is not None else ""


def _true(value: object) -> bool:
    """A PDF boolean that is true (pyHanko reads it as ``BooleanObject``), an absent entry counting as true."""
    from pyhanko.pdf_utils import generic

    return value is None or (isinstance(value, bool | generic.BooleanObject) and bool(value))


def check_encryption(encrypt: object) -> Any:
    """The recipient envelope (asn1crypto ``ContentInfo``) of an ``/Encrypt`` dictionary read raw, if it is the one
    form Kitemark writes; else ``PackProblem`` with the reason."""
    from pyhanko.pdf_utils import generic

    if not isinstance(encrypt, generic.DictionaryObject):
        raise PackProblem("the pack's encryption dictionary is damaged")
    handler = _name(encrypt.get("/Filter"))
    if handler == "/Standard":
        raise PackProblem(PASSWORD)
    if handler != "/Adobe.PubSec":
        raise PackProblem(NOT_OURS.format(what=f"the security handler is {handler or 'not named'}"))
    version = encrypt.get("/V")
    if version in (1, 2, 3):
        raise PackProblem(WEAK.format(what="RC4"))
    filters = encrypt.get("/CF")
    default = filters.get(_DEFAULT_FILTER) if isinstance(filters, generic.DictionaryObject) else None
    method = _name(default.get("/CFM")) if isinstance(default, generic.DictionaryObject) else ""
    if version == 4 or method in ("/V2", "/AESV2"):
        raise PackProblem(WEAK.format(what="AES-128" if method == "/AESV2" else "RC4"))
    if version != 5:
        raise PackProblem(NOT_OURS.format(what=f"its version is {version}, not 5"))
    if set(encrypt.keys()) - _TOP_KEYS:
        extra = ", ".join(sorted(set(encrypt.keys()) - _TOP_KEYS))
        raise PackProblem(NOT_OURS.format(what=f"its dictionary has {extra}"))
    if _name(encrypt.get("/SubFilter")) != "/adbe.pkcs7.s5":
        raise PackProblem(NOT_OURS.format(what="its sub-filter is not adbe.pkcs7.s5"))
    if encrypt.get("/Length", 256) != 256:
        raise PackProblem(WEAK.format(what=f"a {encrypt.get('/Length')}-bit key"))
    if not _true(encrypt.get("/EncryptMetadata")):
        raise PackProblem(NOT_OURS.format(what="its metadata is not encrypted"))
    if _name(encrypt.get("/StmF")) != _DEFAULT_FILTER or _name(encrypt.get("/StrF")) != _DEFAULT_FILTER:
        raise PackProblem(NOT_OURS.format(what="strings and streams do not both use its one crypt filter"))
    if not isinstance(filters, generic.DictionaryObject) or list(filters.keys()) != [_DEFAULT_FILTER]:
        raise PackProblem(NOT_OURS.format(what="it does not have exactly one crypt filter"))
    assert isinstance(default, generic.DictionaryObject)
    if set(default.keys()) - _FILTER_KEYS:
        raise PackProblem(NOT_OURS.format(what="its crypt filter has entries Kitemark never writes"))
    if method != "/AESV3":
        raise PackProblem(NOT_OURS.format(what=f"its crypt filter is {method or 'not named'}, not AESV3"))
    if default.get("/Length", 256) not in (32, 256) or not _true(default.get("/EncryptMetadata")):
        raise PackProblem(NOT_OURS.format(what="its crypt filter is not AES-256 over everything"))
    if _name(default.get("/AuthEvent", "/DocOpen")) != "/DocOpen":
        raise PackProblem(NOT_OURS.format(what="its crypt filter does not open with the document"))
    recipients = default.get("/Recipients")
    if isinstance(recipients, generic.ArrayObject):
        if len(recipients) != 1:
            raise PackProblem(NOT_OURS.format(what=f"it names {len(recipients)} sets of recipients, not one"))
        recipients = recipients[0]
    if not isinstance(recipients, generic.ByteStringObject | generic.TextStringObject):
        raise PackProblem("the pack's encryption dictionary is damaged (no recipient)")
    envelope = recipients.original_bytes
    if len(envelope) > MAX_ENVELOPE:
        raise PackProblem(NOT_OURS.format(what="its recipient envelope is far larger than one"))
    return _check_envelope(envelope)


def _check_envelope(envelope: bytes) -> Any:
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(envelope, strict=True)
        if info["content_type"].native != "enveloped_data":
            raise ValueError
        enveloped = info["content"]
        recipients = list(enveloped["recipient_infos"])
        cipher = enveloped["encrypted_content_info"]["content_encryption_algorithm"]["algorithm"].native
    except Exception:
        raise PackProblem("the pack's encryption dictionary is damaged (its recipient envelope)") from None
    if cipher != "aes256_cbc":
        raise PackProblem(WEAK.format(what=f"a recipient envelope sealed with {cipher}"))
    if len(recipients) != 1:
        raise PackProblem(NOT_OURS.format(what=f"its envelope has {len(recipients)} recipients, not one"))
    recipient = recipients[0]
    try:
        if recipient.name == "ktri":
            algorithm = recipient.chosen["key_encryption_algorithm"]["algorithm"].native
            if algorithm != "rsaes_oaep":
                raise PackProblem(NOT_OURS.format(what=f"the key is sealed with {algorithm}, not RSAES-OAEP"))
        elif recipient.name == "kari":
            algorithm = recipient.chosen["key_encryption_algorithm"]
            wrap = cms.KeyEncryptionAlgorithm.load(algorithm["parameters"].dump())["algorithm"].native
            if algorithm["algorithm"].dotted not in _ECDH_SCHEMES or wrap not in _KEY_WRAPS:
                raise PackProblem(WEAK.format(what=f"a key agreed with {algorithm['algorithm'].dotted} and {wrap}"))
        else:
            raise PackProblem(NOT_OURS.format(what=f"its recipient is of the kind {recipient.name}"))
    except PackProblem:
        raise
    except Exception:
        raise PackProblem("the pack's encryption dictionary is damaged (its recipient)") from None
    return info


def recipient_of(info: Any) -> tuple[Any, int] | None:
    """(issuer, serial number) of the envelope's one recipient, or None if it names it another way."""
    recipient = info["content"]["recipient_infos"][0]
    if recipient.name == "ktri":
        rid = recipient.chosen["rid"]
    else:
        keys = recipient.chosen["recipient_encrypted_keys"]
        if len(keys) != 1:
            return None
        rid = keys[0]["rid"]
    if rid.name != "issuer_and_serial_number":
        return None
    return rid.chosen["issuer"], rid.chosen["serial_number"].native


def open_encrypted(reader: Any, key: DecryptionKey | None) -> bytes:
    """Check the pack's encryption, open it with ``key`` and return the file key; the reader then decrypts."""
    from asn1crypto import x509
    from pyhanko.pdf_utils.crypt.api import AuthStatus

    try:
        encrypt = reader.encrypt_dict  # read raw, never decrypted
    except Exception:
        raise PackProblem("the pack's encryption dictionary is damaged") from None
    info = check_encryption(encrypt)
    if key is None:
        raise NeedsDecryptionKey()
    certificate = x509.Certificate.load(key.certificate_der)
    if recipient_of(info) != (certificate.issuer, certificate.serial_number):
        raise WrongDecryptionKey()
    try:
        result = reader.decrypt_pubkey(key.decrypter())
        file_key = reader.security_handler.get_file_encryption_key()
    except Exception:
        raise PackProblem(DAMAGED_ENVELOPE) from None
    if result.status == AuthStatus.FAILED or len(file_key) != 32:
        raise PackProblem(DAMAGED_ENVELOPE)
    return bytes(file_key)


# --- streams ----------------------------------------------------------------------------------------------


def decrypted_chunks(chunks: Iterator[bytes | memoryview], key: bytes, name: str) -> Iterator[bytes | memoryview]:
    """A stream's bytes decrypted as PDF AES streams are: the first 16 bytes are the IV, then AES-256-CBC, then
    PKCS#7 padding, which must be correct. Memory stays at one chunk: the last decrypted block is held back (it
    holds the padding) and everything before it passed on as it comes."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    iv = b""
    decryptor: Any = None
    held = b""  # the last whole block decrypted so far
    for chunk in chunks:
        piece = memoryview(chunk)
        if decryptor is None:
            need = BLOCK - len(iv)
            iv += bytes(piece[:need])
            piece = piece[need:]
            if len(iv) < BLOCK:
                continue
            decryptor = Cipher(algorithms.AES256(key), modes.CBC(iv)).decryptor()
        if not piece:
            continue
        out = decryptor.update(piece)
        if not out:
            continue
        if held:
            yield held
        held = out[-BLOCK:]
        if len(out) > BLOCK:
            yield memoryview(out)[:-BLOCK]
    if decryptor is None:
        raise PackProblem(f"attachment '{name}' is not encrypted the way a pack's attachments are")
    try:
        rest = decryptor.finalize()  # raises when the data is not whole blocks
    except ValueError:
        raise PackProblem(f"attachment '{name}' cannot be decrypted: its encrypted data is damaged") from None
    pad = held[-1] if held and not rest else 0
    if not 1 <= pad <= BLOCK or held[-pad:] != bytes([pad]) * pad:
        raise PackProblem(f"attachment '{name}' cannot be decrypted: its encrypted data is damaged")
    if pad < BLOCK:
        yield held[:-pad]
