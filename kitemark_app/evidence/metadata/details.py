"""What a file's embedded details say about people, places and devices, named in words for the report.

EXIF (a TIFF directory: JPEG's APP1, PNG's ``eXIf``, WebP's ``EXIF``, a TIFF's own tags), XMP (an RDF/XML packet)
and IPTC (Photoshop's ``8BIM`` resource 0x0404) are read only to name what they hold, never to keep any of it:
what is removed is always the whole block. Tags that only describe how the picture is stored (size, resolution,
orientation, colour layout) name nothing. Unreadable blocks are named as "other embedded details", so a block is
never removed without being listed.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Mapping
from typing import Any

from kitemark_app.sentences import say

GPS = say("GPS position")
CAMERA = say("camera make and model")
SERIAL = say("camera serial number")
OWNER = say("camera owner's name")
DATE_TAKEN = say("date taken")
DATES = say("dates created and changed")
AUTHOR = say("author")
TITLE = say("title")
SUBJECT = say("subject")
DESCRIPTION = say("description or comments")
KEYWORDS = say("keywords")
COPYRIGHT = say("copyright notice")
SOFTWARE = say("software used")
SETTINGS = say("camera settings")
MAKER_NOTES = say("camera maker's private notes")
PEOPLE = say("people tagged")
PLACES = say("place names")
HISTORY = say("editing history")
IDENTIFIERS = say("document identifiers")
PREVIEW = say("preview picture")
EXTRA_PICTURES = say("extra pictures stored with the photo")
TRAILING = say("data after the end of the picture")
APP_DATA = say("application private data")
COMPUTER = say("computer name")
OTHER = say("other embedded details")

#: The order in which words are listed, most personal first.
ORDER = (
    GPS, PLACES, PEOPLE, AUTHOR, OWNER, CAMERA, SERIAL, DATE_TAKEN, DATES, TITLE, SUBJECT, DESCRIPTION, KEYWORDS,
    COPYRIGHT, SOFTWARE, COMPUTER, SETTINGS, MAKER_NOTES, HISTORY, IDENTIFIERS, PREVIEW, EXTRA_PICTURES, TRAILING, APP_DATA,
    OTHER,
)  # fmt: skip

#: At most this much XMP is parsed to name what it holds (a PDF's packet may be large; the names are near the top).
MAX_XMP_BYTES = 4 * 1024 * 1024


def ordered(words: Iterable[str]) -> tuple[str, ...]:
    found = set(words)
    return tuple(word for word in ORDER if word in found)


# --- EXIF ------------------------------------------------------------------------------------------------------

#: IFD0 tags that say only how the picture is stored.
TECHNICAL = frozenset(
    {0x00FE, 0x0100, 0x0101, 0x0102, 0x0103, 0x0106, 0x0111, 0x0112, 0x0115, 0x0116, 0x0117, 0x011A, 0x011B,
     0x011C, 0x0128, 0x013E, 0x013F, 0x0201, 0x0202, 0x0211, 0x0212, 0x0213, 0x0214, 0x8769, 0x8825, 0xA005}
)  # fmt: skip
_IFD0 = {
    0x010F: CAMERA, 0x0110: CAMERA, 0x0132: DATES, 0x013B: AUTHOR, 0x9C9D: AUTHOR, 0x8298: COPYRIGHT,
    0x0131: SOFTWARE, 0x000B: SOFTWARE, 0x010E: DESCRIPTION, 0x9C9B: TITLE, 0x9C9C: DESCRIPTION,
    0x9C9F: SUBJECT, 0x9C9E: KEYWORDS, 0x010D: TITLE, 0x013C: COMPUTER, 0x011D: TITLE, 0x02BC: OTHER, 0x83BB: OTHER, 0x8649: OTHER,
}  # fmt: skip
_EXIF_IFD = {
    0x9003: DATE_TAKEN, 0x9004: DATE_TAKEN, 0x9010: DATE_TAKEN, 0x9011: DATE_TAKEN, 0x9012: DATE_TAKEN,
    0x9290: DATE_TAKEN, 0x9291: DATE_TAKEN, 0x9292: DATE_TAKEN, 0x927C: MAKER_NOTES, 0x9286: DESCRIPTION,
    0xA430: OWNER, 0xA431: SERIAL, 0xA435: SERIAL, 0xA432: CAMERA, 0xA433: CAMERA, 0xA434: CAMERA,
    0xA420: IDENTIFIERS, 0xA005: None, 0x9000: None, 0xA000: None, 0xA001: None, 0xA002: None, 0xA003: None,
    0x9101: None, 0x9102: None,
}  # fmt: skip
#: Orientation: the one EXIF value a copy keeps, since without it the picture would show on its side.
ORIENTATION = 0x0112


def exif_words(data: bytes) -> tuple[set[str], int]:
    """What an EXIF block (``Exif\\0\\0`` + TIFF, or TIFF alone) holds, and its orientation (1 when unknown)."""
    from PIL import Image

    exif = Image.Exif()
    try:
        exif.load(data if data.startswith(b"Exif\x00\x00") else b"Exif\x00\x00" + data)
        return exif_tag_words(exif, TECHNICAL), orientation_of(exif)
    except Exception:  # a damaged block is still a block of details
        return {OTHER}, 1


def orientation_of(exif: Mapping[int, object]) -> int:
    value = exif.get(ORIENTATION, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def exif_tag_words(exif: Any, technical: frozenset[int], *, thumbnail: bool = True) -> set[str]:
    """The words for a Pillow ``Image.Exif``: its first directory's tags (less ``technical``), GPS, EXIF and, when
    ``thumbnail``, the second directory (a photo's preview; in a TIFF file it is the next page instead)."""
    from PIL import ExifTags

    words: set[str] = set()
    for tag in exif:
        if tag not in technical:
            words.add(_IFD0.get(tag, OTHER))
    if exif.get_ifd(ExifTags.IFD.GPSInfo):
        words.add(GPS)
    for tag in exif.get_ifd(ExifTags.IFD.Exif):
        words.add(_EXIF_IFD.get(tag, SETTINGS) or "")
    if thumbnail and exif.get_ifd(ExifTags.IFD.IFD1):
        words.add(PREVIEW)
    words.discard("")
    return words


def minimal_exif(orientation: int) -> bytes:
    """A TIFF structure (big-endian) holding only the orientation, for a copy whose picture must not turn."""
    entry = struct.pack(">HHIHH", ORIENTATION, 3, 1, orientation, 0)
    return b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + struct.pack(">I", 0)


# --- XMP -------------------------------------------------------------------------------------------------------

_NS = {
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/exif/1.0/": "exif",
    "http://cipa.jp/exif/1.0/": "exifEX",
    "http://ns.adobe.com/tiff/1.0/": "tiff",
    "http://ns.adobe.com/exif/1.0/aux/": "aux",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/xap/1.0/mm/": "xmpMM",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights",
    "http://ns.adobe.com/pdf/1.3/": "pdf",
    "http://ns.adobe.com/photoshop/1.0/": "photoshop",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/": "Iptc4xmpCore",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "Iptc4xmpExt",
    "http://www.metadataworkinggroup.com/schemas/regions/": "mwg-rs",
    "http://ns.microsoft.com/photo/1.2/": "MP",
    "http://ns.adobe.com/lightroom/1.0/": "lr",
    "http://www.aiim.org/pdfa/ns/id/": "pdfaid",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "adobe:ns:meta/": "x",
}
_XMP_PROPERTIES = {
    ("dc", "creator"): AUTHOR, ("dc", "title"): TITLE, ("dc", "description"): DESCRIPTION,
    ("dc", "subject"): KEYWORDS, ("dc", "rights"): COPYRIGHT, ("dc", "date"): DATES,
    ("dc", "format"): None, ("dc", "language"): None,
    ("tiff", "Make"): CAMERA, ("tiff", "Model"): CAMERA, ("tiff", "Artist"): AUTHOR,
    ("tiff", "DateTime"): DATES, ("tiff", "Software"): SOFTWARE, ("tiff", "ImageDescription"): DESCRIPTION,
    ("tiff", "Copyright"): COPYRIGHT,
    ("exif", "DateTimeOriginal"): DATE_TAKEN, ("exif", "DateTimeDigitized"): DATE_TAKEN,
    ("exif", "UserComment"): DESCRIPTION, ("exif", "ImageUniqueID"): IDENTIFIERS,
    ("exifEX", "CameraOwnerName"): OWNER, ("exifEX", "BodySerialNumber"): SERIAL,
    ("exifEX", "LensSerialNumber"): SERIAL, ("exifEX", "LensMake"): CAMERA, ("exifEX", "LensModel"): CAMERA,
    ("aux", "SerialNumber"): SERIAL, ("aux", "LensSerialNumber"): SERIAL, ("aux", "OwnerName"): OWNER,
    ("aux", "Lens"): CAMERA, ("aux", "LensInfo"): CAMERA, ("aux", "LensID"): CAMERA,
    ("xmp", "CreatorTool"): SOFTWARE, ("xmp", "CreateDate"): DATES, ("xmp", "ModifyDate"): DATES,
    ("xmp", "MetadataDate"): DATES, ("xmp", "Rating"): OTHER, ("xmp", "Label"): OTHER,
    ("pdf", "Producer"): SOFTWARE, ("pdf", "Keywords"): KEYWORDS, ("pdf", "PDFVersion"): None,
    ("xmpMM", "History"): HISTORY, ("xmpMM", "DerivedFrom"): HISTORY, ("xmpMM", "Ingredients"): HISTORY,
    ("xmpMM", "Pantry"): HISTORY, ("xmpMM", "DocumentID"): IDENTIFIERS, ("xmpMM", "InstanceID"): IDENTIFIERS,
    ("xmpMM", "OriginalDocumentID"): IDENTIFIERS,
    ("photoshop", "DateCreated"): DATE_TAKEN, ("photoshop", "City"): PLACES, ("photoshop", "State"): PLACES,
    ("photoshop", "Country"): PLACES, ("photoshop", "AuthorsPosition"): AUTHOR, ("photoshop", "Credit"): AUTHOR,
    ("photoshop", "DocumentAncestors"): HISTORY, ("photoshop", "History"): HISTORY,
    ("Iptc4xmpCore", "Location"): PLACES, ("Iptc4xmpCore", "CountryCode"): PLACES,
    ("Iptc4xmpCore", "CreatorContactInfo"): AUTHOR, ("Iptc4xmpExt", "LocationShown"): PLACES,
    ("Iptc4xmpExt", "LocationCreated"): PLACES, ("Iptc4xmpExt", "PersonInImage"): PEOPLE,
    ("mwg-rs", "Regions"): PEOPLE, ("MP", "RegionInfo"): PEOPLE, ("lr", "hierarchicalSubject"): KEYWORDS,
}  # fmt: skip
_XMP_NAMESPACES = {"exif": SETTINGS, "aux": SETTINGS, "exifEX": SETTINGS, "tiff": None, "rdf": None, "x": None,
                   "pdfaid": None, "lr": KEYWORDS, "mwg-rs": PEOPLE, "MP": PEOPLE}  # fmt: skip


def xmp_words(packet: bytes) -> set[str]:
    """What an XMP packet holds: every property (element or attribute) named by its namespace and local name."""
    words: set[str] = set()
    try:
        root = ElementTree.fromstring(_xml_part(packet[:MAX_XMP_BYTES]))
    except (ElementTree.ParseError, ValueError):
        return {OTHER}
    for element in root.iter():
        for name in (element.tag, *element.attrib):
            prefix, local = _split(name)
            if prefix == "exif" and local.startswith("GPS"):
                words.add(GPS)
                continue
            if (prefix, local) in _XMP_PROPERTIES:
                words.add(_XMP_PROPERTIES[prefix, local] or "")
            elif prefix in _XMP_NAMESPACES:
                words.add(_XMP_NAMESPACES[prefix] or "")
            elif prefix not in ("", "xml") and element is not root:
                words.add(OTHER)
    words.discard("")
    return words


def _xml_part(packet: bytes) -> bytes:
    """The packet from its first ``<`` to the end of ``x:xmpmeta`` (else its last ``>``): no padding, no trailer
    (GIF's XMP is followed by bytes that only make it read as sub-blocks)."""
    start = packet.find(b"<")
    close = packet.rfind(b"</x:xmpmeta>")
    end = close + len(b"</x:xmpmeta>") - 1 if close >= 0 else packet.rfind(b">")
    if start < 0 or end < start:
        raise ValueError("no XML")
    return packet[start : end + 1]


def _split(name: str) -> tuple[str, str]:
    if name.startswith("{"):
        uri, _, local = name[1:].partition("}")
        return _NS.get(uri, uri), local
    return "", name


def is_pdfa(packet: bytes) -> tuple[str, str] | None:
    """A PDF/A file's part and conformance (``pdfaid``), which its copy must keep to stay PDF/A."""
    try:
        root = ElementTree.fromstring(_xml_part(packet[:MAX_XMP_BYTES]))
    except (ElementTree.ParseError, ValueError):
        return None
    values: dict[str, str] = {}
    for element in root.iter():
        for name, value in [(element.tag, element.text or ""), *element.attrib.items()]:
            prefix, local = _split(name)
            if prefix == "pdfaid" and local in ("part", "conformance"):
                values[local] = value.strip()
    return (values["part"], values.get("conformance", "")) if values.get("part") else None


def minimal_pdfa_xmp(part: str, conformance: str) -> bytes:
    """The XMP a PDF/A file needs and nothing else: which part of PDF/A it conforms to."""
    extra = f"<pdfaid:conformance>{conformance}</pdfaid:conformance>" if conformance.isalnum() else ""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        f"<pdfaid:part>{int(part)}</pdfaid:part>{extra}"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


# --- IPTC (inside Photoshop's image resources) ------------------------------------------------------------------

_IPTC = {
    5: TITLE, 25: KEYWORDS, 40: DESCRIPTION, 55: DATE_TAKEN, 60: DATE_TAKEN, 62: DATE_TAKEN, 63: DATE_TAKEN,
    80: AUTHOR, 85: AUTHOR, 90: PLACES, 92: PLACES, 95: PLACES, 100: PLACES, 101: PLACES, 105: TITLE,
    110: AUTHOR, 115: AUTHOR, 116: COPYRIGHT, 118: AUTHOR, 120: DESCRIPTION, 122: AUTHOR, 65: SOFTWARE,
    70: SOFTWARE, 0: None,
}  # fmt: skip


def photoshop_words(data: bytes) -> set[str]:
    """What Photoshop's image resources (``8BIM`` blocks) hold: IPTC by dataset, thumbnails, the rest as other."""
    words: set[str] = set()
    position = 0
    try:
        while position + 12 <= len(data) and data[position : position + 4] == b"8BIM":
            resource = struct.unpack_from(">H", data, position + 4)[0]
            name_length = data[position + 6]
            position += 6 + ((name_length + 2) & ~1)  # the Pascal name, padded to even
            size = struct.unpack_from(">I", data, position)[0]
            block = data[position + 4 : position + 4 + size]
            position += 4 + size + (size & 1)
            if resource == 0x0404:
                words |= iptc_words(block)
            elif resource in (0x0409, 0x040C):
                words.add(PREVIEW)
            elif resource == 0x0422:
                words |= exif_words(block)[0]
            elif resource == 0x0424:
                words |= xmp_words(block)
            else:
                words.add(OTHER)
    except (struct.error, IndexError):
        words.add(OTHER)
    return words or {OTHER}


def iptc_words(data: bytes) -> set[str]:
    words: set[str] = set()
    position = 0
    while position + 5 <= len(data) and data[position] == 0x1C:
        record, dataset = data[position + 1], data[position + 2]
        size = struct.unpack_from(">H", data, position + 3)[0]
        if size & 0x8000:  # an extended dataset: its length is in the next bytes; name it and stop
            words.add(OTHER)
            break
        if record == 2:
            words.add(_IPTC.get(dataset, OTHER) or "")
        position += 5 + size
    words.discard("")
    return words or {OTHER}
