"""The pack's structure as pyHanko reads it: the signature's geometry and where each attachment's bytes are.

pyHanko parses the PDF (cross-reference sections, objects, the signature dictionary); this module asks it the
questions a Kitemark pack must answer, and finds each embedded file's stream *without* letting pyHanko read the
stream data into memory (a pack may hold a gigabyte of scans): pyHanko parses the stream's dictionary from the
bytes before the ``stream`` keyword, and the data's place follows from ``/Length``, as in any PDF reader.
Every problem raises ``PackProblem`` with a plain reason.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from asn1crypto import parser as asn1_parser
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import IndirectObject, Reference
from pyhanko.pdf_utils.misc import read_non_whitespace
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.xref import read_object_header
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from kitemark_app.verify.limits import LimitExceeded, ReadingLimits

MAX_KEYWORD_CANDIDATES = 16  # occurrences of "stream" tried when finding where a stream's data starts
MAX_SIGNATURE_HOLE = 1024 * 1024  # /Contents of a CMS signature with two certificates is a few KiB
_EOL_BEFORE_ENDSTREAM = (b"\r\n", b"\n", b"\r", b"")


class PackProblem(Exception):
    """Something about the file that makes it not a valid pack; ``str()`` is the reason shown to the assessor."""


@dataclass(frozen=True)
class StreamLocation:
    """Where an embedded file's data sits in the pack and how it is encoded."""

    offset: int
    length: int
    deflated: bool
    params_size: int | None  # /Params /Size, the decoded size the stream declares
    media_type: str
    #: The pack's file key when it is encrypted for the council (verify/encryption.py): the data is AES-256.
    key: bytes | None = field(default=None, repr=False)

    def stored_length(self, size: int) -> int:
        """How many bytes ``size`` decoded bytes take in the file when they are not compressed."""
        return size if self.key is None else 16 + (size // 16 + 1) * 16


@dataclass(frozen=True)
class EmbeddedEntry:
    name: str
    relationship: str | None
    stream: StreamLocation


def text_of(value: object) -> str:
    """A PDF string as text (pyHanko gives text strings as ``str``; other byte strings are decoded here)."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be")
        return bytes(value).decode("latin-1")
    raise PackProblem("an attachment name is not a text string")


def resolved(dictionary: generic.DictionaryObject, key: str, default: object = None) -> Any:
    """``dictionary[key]`` with indirect references followed (``DictionaryObject.get`` does not follow them)."""
    try:
        return dictionary[key]
    except KeyError:
        return default


# --- the signature ---------------------------------------------------------------------------------------


def signature_problems(
    reader: PdfFileReader, signature: EmbeddedPdfSignature, handle: BinaryIO, file_size: int
) -> list[str]:
    """What is wrong with the signature's coverage: it must cover every byte but its own /Contents, and be last."""
    problems: list[str] = []
    byte_range = [int(x) for x in signature.byte_range]
    if len(byte_range) != 4:
        return ["the signature's /ByteRange is not the standard two-part range"]
    start1, length1, start2, length2 = byte_range
    if start1 != 0 or length1 <= 0 or start2 <= length1 or length2 < 0:
        return ["the signature's /ByteRange does not cover the file from its first byte"]
    if start2 + length2 != file_size:
        problems.append(
            f"the signature covers {start2 + length2} bytes but the file has {file_size}: "
            "bytes were added or removed after signing"
        )
    hole = start2 - length1
    if hole > MAX_SIGNATURE_HOLE:
        return [*problems, "the gap in the signature's /ByteRange is far larger than a signature"]
    handle.seek(length1)
    gap = handle.read(hole)
    contents = signature.pkcs7_content
    # One encoding only, the one our writer makes (upper-case hex): a valid file then has exactly one byte
    # representation, so its SHA-256 (which a review answers) cannot be changed by re-writing the hex.
    if gap != b"<" + contents.hex().upper().encode("ascii") + b">":
        problems.append(
            "the part of the file the signature leaves out is not exactly the signature's /Contents as Kitemark "
            "writes it"
        )
    else:
        cms_bytes, padding = _split_cms(contents)
        if padding.strip(b"\x00"):
            problems.append("the signature's /Contents holds data after the signature")
        elif not _is_der(cms_bytes):
            problems.append("the signature's /Contents is not in the one encoding (DER) Kitemark writes")
    last = reader.xrefs.total_revisions - 1
    if signature.signed_revision != last:
        problems.append(f"the file was changed after signing ({last - signature.signed_revision} later revision(s))")
    return problems


def _split_cms(contents: bytes) -> tuple[bytes, bytes]:
    """/Contents as the CMS structure and what follows it (only the zero bytes reserving room, in a valid pack)."""
    _class, _method, _tag, header, body, trailer = asn1_parser.parse(contents)
    end = len(header) + len(body) + len(trailer)
    return contents[:end], contents[end:]


def _is_der(encoded: bytes) -> bool:
    """The CMS structure is exactly its DER re-encoding (no BER lengths or other re-encodings).

    Each part of the SignedData is re-encoded on its own and the two wrappers around them (ContentInfo and the
    SignedData sequence) are emitted afresh around those parts: the same bytes as re-encoding the whole at once,
    which asn1crypto makes several times slower (each re-encoded part marks every value above it changed, so they
    are encoded again level by level; 0.2-0.3 s of a small pack's verification)."""
    from asn1crypto import cms, core

    try:
        info = cms.ContentInfo.load(encoded)
        signed = info["content"]
        if not isinstance(signed, cms.SignedData):
            return False
        parts = [signed[name].dump(force=True) for name in signed if not isinstance(signed[name], core.Void)]
        content = asn1_parser.emit(
            CONTEXT, CONSTRUCTED, 0, asn1_parser.emit(UNIVERSAL, CONSTRUCTED, SEQUENCE, b"".join(parts))
        )
        rebuilt = asn1_parser.emit(UNIVERSAL, CONSTRUCTED, SEQUENCE, info["content_type"].dump(force=True) + content)
        return bool(rebuilt == encoded)
    except Exception:
        return False


# ASN.1 identifiers of the wrappers _is_der emits: class, method, tag
UNIVERSAL, CONTEXT, CONSTRUCTED, SEQUENCE = 0, 2, 1, 16


def certification_problems(reader: PdfFileReader, signature: EmbeddedPdfSignature) -> list[str]:
    """A certification signature (catalog /Perms /DocMDP points at it) allowing no changes (P = 1)."""
    problems = []
    try:
        perms = reader.root["/Perms"]
        certification_ref = perms.raw_get("/DocMDP")
    except KeyError:
        return ["the signature is not a certification signature (no /Perms /DocMDP in the catalog)"]
    signature_ref = signature.sig_field.raw_get("/V")
    if not (
        isinstance(certification_ref, IndirectObject)
        and isinstance(signature_ref, IndirectObject)
        and certification_ref.reference == signature_ref.reference
    ):
        problems.append("the certification entry in the catalog does not point at the pack's signature")
    level = signature.docmdp_level
    if level is None or int(level.value) != 1:
        problems.append("the certification signature allows changes after signing (DocMDP level is not 1)")
    return problems


# --- the embedded files ----------------------------------------------------------------------------------


def embedded_files(
    reader: PdfFileReader, handle: BinaryIO, limits: ReadingLimits, file_key: bytes | None = None
) -> list[EmbeddedEntry]:
    """Every file in the catalog's /EmbeddedFiles name tree, checked against the pack's rules (``file_key``: the
    key of a pack encrypted for the council)."""
    root = reader.root
    names = resolved(root, "/Names")
    if names is None or "/EmbeddedFiles" not in names:
        return []
    entries: list[tuple[str, generic.PdfObject]] = []
    nodes = 0

    def walk(node: generic.PdfObject, depth: int) -> None:
        nonlocal nodes
        nodes += 1
        if depth > limits.max_depth or nodes > limits.max_name_tree_nodes:
            raise LimitExceeded("the list of attachments is nested too deeply or too large")
        node = node.get_object()
        if not isinstance(node, generic.DictionaryObject):
            raise PackProblem("the list of attachments is damaged")
        if "/Names" in node:
            pairs = node["/Names"]
            if not isinstance(pairs, generic.ArrayObject) or len(pairs) % 2:
                raise PackProblem("the list of attachments is damaged")
            for index in range(0, len(pairs), 2):
                entries.append((text_of(pairs[index]), pairs.raw_get(index + 1)))
                if len(entries) > limits.max_attachments:
                    raise LimitExceeded(f"the pack holds more than {limits.max_attachments} attachments")
        if "/Kids" in node:
            kids = node["/Kids"]
            if not isinstance(kids, generic.ArrayObject):
                raise PackProblem("the list of attachments is damaged")
            for index in range(len(kids)):
                walk(kids.raw_get(index), depth + 1)

    walk(names.raw_get("/EmbeddedFiles"), 0)
    seen: set[str] = set()
    result = []
    spec_refs: set[Reference] = set()
    stream_offsets: set[int] = set()
    for name, spec_ref in entries:
        if not (name.isascii() and name.isprintable()):
            shown = name.encode("ascii", "backslashreplace").decode("ascii")
            raise PackProblem(f"attachment name '{shown}' is not printable ASCII, as every Kitemark attachment name is")
        if name in seen:
            raise PackProblem(f"the pack has two attachments named '{name}'")
        seen.add(name)
        if isinstance(spec_ref, IndirectObject):
            if spec_ref.reference in spec_refs:
                raise PackProblem(f"attachment '{name}' shares its file specification with another attachment")
            spec_refs.add(spec_ref.reference)
        entry = _entry(reader, handle, name, spec_ref.get_object(), limits, file_key)
        if entry.stream.offset in stream_offsets:  # one stream counted as many files would multiply its limits
            raise PackProblem(f"attachment '{name}' shares its data with another attachment")
        stream_offsets.add(entry.stream.offset)
        result.append(entry)
    _check_associated_files(root, spec_refs)
    return result


def _entry(
    reader: PdfFileReader,
    handle: BinaryIO,
    name: str,
    spec: generic.PdfObject,
    limits: ReadingLimits,
    file_key: bytes | None,
) -> EmbeddedEntry:
    if not isinstance(spec, generic.DictionaryObject) or resolved(spec, "/Type") != "/Filespec":
        raise PackProblem(f"attachment '{name}' has no proper file specification")
    for key in ("/F", "/UF"):
        if key not in spec or text_of(spec[key]) != name:
            raise PackProblem(f"attachment '{name}' is listed under a different file name ({key})")
    if "/RF" in spec:
        raise PackProblem(f"attachment '{name}' carries related files the manifest does not list")
    ef = resolved(spec, "/EF")
    if not isinstance(ef, generic.DictionaryObject) or "/F" not in ef or set(ef.keys()) - {"/F", "/UF"}:
        raise PackProblem(f"attachment '{name}' does not have exactly one embedded file stream")
    stream_ref = ef.raw_get("/F")
    if not isinstance(stream_ref, IndirectObject):
        raise PackProblem(f"attachment '{name}' has no embedded file stream")
    unicode_ref = ef.raw_get("/UF") if "/UF" in ef else stream_ref
    if not isinstance(unicode_ref, IndirectObject) or unicode_ref.reference != stream_ref.reference:
        raise PackProblem(f"attachment '{name}' does not have exactly one embedded file stream")
    relationship = resolved(spec, "/AFRelationship")
    return EmbeddedEntry(
        name=name,
        relationship=str(relationship)[1:] if relationship is not None else None,
        stream=locate_stream(reader, handle, stream_ref.reference, name, limits, file_key),
    )


def _check_associated_files(root: generic.DictionaryObject, spec_refs: set[Reference]) -> None:
    """The catalog's /AF may only list file specifications that are also in the name tree."""
    associated = resolved(root, "/AF")
    if associated is None:
        return
    if not isinstance(associated, generic.ArrayObject):
        raise PackProblem("the catalog's list of associated files is damaged")
    for index in range(len(associated)):
        item = associated.raw_get(index)
        if not isinstance(item, IndirectObject) or item.reference not in spec_refs:
            raise PackProblem("the pack has an associated file that is not in its list of attachments")


# --- a stream's place --------------------------------------------------------------------------------------


def locate_stream(
    reader: PdfFileReader,
    handle: BinaryIO,
    ref: Reference,
    name: str,
    limits: ReadingLimits,
    file_key: bytes | None = None,
) -> StreamLocation:
    """Find an embedded file stream's data without reading it: parse the dictionary, then trust /Length."""
    marker = reader.xrefs[ref]
    if not isinstance(marker, int):
        raise PackProblem(f"attachment '{name}' is not stored as a stream")
    handle.seek(marker)
    idnum, generation = read_object_header(handle, strict=True)
    if idnum != ref.idnum or generation != ref.generation:
        raise PackProblem(f"attachment '{name}' points at the wrong object")
    body_start = handle.tell()
    head = handle.read(limits.max_stream_header)
    keyword, header = _stream_dictionary(head, Reference(ref.idnum, ref.generation, reader), name)
    if resolved(header, "/Type") != "/EmbeddedFile":
        raise PackProblem(f"attachment '{name}' is not an embedded file stream")
    after = head[keyword + 6 : keyword + 8]
    eol = 2 if after == b"\r\n" else 1 if after[:1] == b"\n" else 0
    if not eol:
        raise PackProblem(f"attachment '{name}' has a damaged stream")
    length = resolved(header, "/Length")
    if not isinstance(length, int) or isinstance(length, bool) or length < 0:
        raise PackProblem(f"attachment '{name}' has no valid /Length")
    offset = body_start + keyword + 6 + eol
    handle.seek(offset + int(length))
    tail = handle.read(11)
    if not any(tail.startswith(eol_bytes + b"endstream") for eol_bytes in _EOL_BEFORE_ENDSTREAM):
        raise PackProblem(f"attachment '{name}' does not end where its /Length says")
    if file_key is not None and (length < 32 or length % 16):  # an AES stream: an IV and whole blocks, padding included
        raise PackProblem(f"attachment '{name}' is not encrypted the way a pack's attachments are")
    return StreamLocation(
        offset=offset,
        length=int(length),
        deflated=_is_deflated(header, name),
        params_size=_params_size(header),
        media_type=str(resolved(header, "/Subtype", "/"))[1:],
        key=file_key,
    )


def _stream_dictionary(head: bytes, container: Reference, name: str) -> tuple[int, generic.DictionaryObject]:
    """The stream's dictionary and where its ``stream`` keyword starts in ``head``.

    The keyword is the first ``stream`` after the complete dictionary: try each occurrence (``stream`` may also
    appear inside the dictionary, e.g. in ``/application#2Foctet-stream``) and keep the first whose prefix parses
    as one whole dictionary followed by nothing but white space. Dictionary parsing is deterministic, so that is
    the one place a PDF reader finds the keyword too.
    """
    start = 0
    for _ in range(MAX_KEYWORD_CANDIDATES):
        keyword = head.find(b"stream", start)
        if keyword < 0 or keyword + 7 > len(head):
            break
        start = keyword + 1
        body = io.BytesIO(head[:keyword])
        try:
            read_non_whitespace(body, seek_back=True)
            header = generic.read_object(body, container)
        except Exception:
            continue
        if isinstance(header, generic.DictionaryObject) and not body.read().strip():
            return keyword, header
    raise PackProblem(f"attachment '{name}' has no readable stream")


def _is_deflated(header: generic.DictionaryObject, name: str) -> bool:
    if "/DecodeParms" in header or "/F" in header or "/FFilter" in header:
        raise PackProblem(f"attachment '{name}' uses an encoding a pack never uses")
    filters = resolved(header, "/Filter")
    if filters is None:
        return False
    if isinstance(filters, generic.ArrayObject):
        if len(filters) == 0:
            return False
        if len(filters) != 1:
            raise PackProblem(f"attachment '{name}' uses an encoding a pack never uses")
        filters = filters[0]
    if filters != "/FlateDecode":
        raise PackProblem(f"attachment '{name}' uses an encoding a pack never uses ({filters})")
    return True


def _params_size(header: generic.DictionaryObject) -> int | None:
    params = resolved(header, "/Params")
    if not isinstance(params, generic.DictionaryObject):
        return None
    size = resolved(params, "/Size")
    return int(size) if isinstance(size, int) and not isinstance(size, bool) else None
