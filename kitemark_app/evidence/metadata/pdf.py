"""PDFs without their author, producer, dates and XMP: the same pages, objects and streams, rewritten by qpdf.

Details added to a PDF later stay in the file as an earlier revision, so taking them out means writing the file
anew: pikepdf (qpdf) writes every object still in use, with its streams exactly as they were (neither decoded nor
recompressed), and leaves out the document information dictionary, the XMP packets (the document's, its pages' and
its images') and applications' private data (``/PieceInfo``). A PDF/A file keeps the one XMP property PDF/A needs,
the part it conforms to. The file's identifier is derived from its content, so the same original always gives the
same copy.

A signed PDF is sent as it is: rewriting it would break its signature (and with it what it proves). So is an
encrypted one, which would have to be decrypted, and one qpdf cannot read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from kitemark_app.evidence.metadata import details
from kitemark_app.evidence.metadata.details import APP_DATA, AUTHOR, DATES, KEYWORDS, OTHER, SOFTWARE, SUBJECT, TITLE
from kitemark_app.sentences import say

SIGNED = say("it is digitally signed, and removing its details would break the signature")
ENCRYPTED = say("it is encrypted, and removing its details would mean decrypting it")
UNREADABLE = say("Kitemark could not read it as a PDF, so cannot tell what it holds")
NOT_WRITTEN = say("Kitemark could not write a copy of it without its details")

_INFO = {
    "/Author": AUTHOR, "/Title": TITLE, "/Subject": SUBJECT, "/Keywords": KEYWORDS, "/Creator": SOFTWARE,
    "/Producer": SOFTWARE, "/CreationDate": DATES, "/ModDate": DATES, "/Trapped": None,
}  # fmt: skip
#: Form fields looked at for a signature, at most (a form has a few dozen).
MAX_FIELDS = 10_000
#: XMP packets of pages and images read to name what they hold, at most; beyond, they are "other embedded details".
MAX_PACKETS = 64


class Unchanged(Exception):
    """The PDF is sent as it is; ``reason`` says why and ``remaining`` what it still holds."""

    def __init__(self, reason: str, remaining: set[str]) -> None:
        super().__init__(reason)
        self.reason = reason
        self.remaining = remaining


def clean_pdf(source: Path, out: BinaryIO | None) -> set[str]:
    """The words for what ``source`` holds; when ``out`` is given and there is something, the copy is written there.

    Raises ``Unchanged`` when the file must be sent as it is.
    """
    import pikepdf

    try:
        pdf = pikepdf.open(source)
    except pikepdf.PasswordError:
        raise Unchanged(ENCRYPTED, set()) from None
    except Exception:  # qpdf's errors for a file it cannot repair
        raise Unchanged(UNREADABLE, set()) from None
    with pdf:
        try:
            words, pdfa = _strip(pdf)
        except Exception:
            raise Unchanged(UNREADABLE, set()) from None
        if pdf.is_encrypted:
            raise Unchanged(ENCRYPTED, words)
        if _signed(pdf):
            raise Unchanged(SIGNED, words)
        if words and out is not None:
            if pdfa:
                pdf.Root.Metadata = pdf.make_stream(details.minimal_pdfa_xmp(*pdfa))
                pdf.Root.Metadata.Type = pikepdf.Name.Metadata
                pdf.Root.Metadata.Subtype = pikepdf.Name.XML
            try:
                pdf.save(
                    out,
                    deterministic_id=True,  # the same original, the same copy
                    compress_streams=False,  # streams stay as they were: nothing decoded, nothing recompressed
                    stream_decode_level=pikepdf.StreamDecodeLevel.none,
                    fix_metadata_version=False,
                )
            except OSError:
                raise
            except Exception:  # qpdf met an object it cannot write: the caller discards what was written
                raise Unchanged(NOT_WRITTEN, words) from None
        return words


def _strip(pdf: Any) -> tuple[set[str], tuple[str, str] | None]:
    """Take the details out of the open ``pdf`` (in memory only) and name them; also the PDF/A part to keep."""
    import pikepdf

    words: set[str] = set()
    info = pdf.trailer.get("/Info")
    if isinstance(info, pikepdf.Dictionary):
        for key, value in info.items():
            if str(value).strip():
                words.add(_INFO.get(key, OTHER) or "")
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]
    pdfa = None
    packets = 0
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            continue
        metadata = obj.get("/Metadata")
        if isinstance(metadata, pikepdf.Stream):
            packets += 1
            packet = _packet(metadata) if packets <= MAX_PACKETS else b""
            words |= details.xmp_words(packet) if packet else {OTHER}
            if obj.objgen == pdf.Root.objgen and packet:
                pdfa = details.is_pdfa(packet)
            del obj["/Metadata"]
        elif metadata is not None:
            del obj["/Metadata"]
        if "/PieceInfo" in obj:
            words.add(APP_DATA)
            del obj["/PieceInfo"]
    words.discard("")
    return words, pdfa


def _packet(stream: Any) -> bytes:
    """An XMP stream's first ``MAX_XMP_BYTES``, decoded here so a compression bomb costs no more than that;
    b"" for a filter other than plain deflate (then named as "other embedded details")."""
    import zlib

    import pikepdf

    raw = bytes(stream.read_raw_bytes())
    kind = stream.get("/Filter")
    if kind is None:
        return raw[: details.MAX_XMP_BYTES]
    if kind == pikepdf.Name.FlateDecode and "/DecodeParms" not in stream:
        try:
            return zlib.decompressobj().decompress(raw, details.MAX_XMP_BYTES)
        except zlib.error:
            return b""
    return b""


def _signed(pdf: Any) -> bool:
    """A signature field with a value, a DocMDP or usage-rights signature, or a form that says it is signed."""
    import pikepdf

    root = pdf.Root
    if "/Perms" in root:
        return True
    form = root.get("/AcroForm")
    if not isinstance(form, pikepdf.Dictionary):
        return False
    if int(form.get("/SigFlags", 0)) & 1:
        return True
    fields = list(form.get("/Fields", []))
    for _ in range(MAX_FIELDS):
        if not fields:
            return False
        field = fields.pop()
        if not isinstance(field, pikepdf.Dictionary):
            continue
        if field.get("/FT") == pikepdf.Name.Sig and "/V" in field:
            return True
        fields.extend(field.get("/Kids", []))
    return True  # a form too large to look through: treat it as signed rather than risk breaking a signature
