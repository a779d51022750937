"""A valid pack has exactly one byte representation (the /Contents hex and the CMS as our writer makes them), and
holds no active content. Each hostile file is made from a genuine pack of the real exporter — re-encoding its
signature in place, which keeps the signature cryptographically valid — or, for content inside the signed
revision, signed by the organisation's own key (a pack that a rogue signer could send)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from asn1crypto import cms, core, x509
from asn1crypto import parser as asn1_parser
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from kitemark_app.verify import verify_pack
from tests import packs


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> packs.DemoPack:
    return packs.demo_pack(tmp_path_factory)


def _hole(data: bytes) -> tuple[int, int]:
    """Where the signature's hex string lies (between '<' and '>'), from the /ByteRange."""
    start1, length1, start2, _length2 = (int(x) for x in re.search(rb"/ByteRange \[\s*(\d+) (\d+) (\d+) (\d+)", data).groups())  # type: ignore[union-attr]
    assert start1 == 0 and data[length1 : length1 + 1] == b"<" and data[start2 - 1 : start2] == b">"
    return length1 + 1, start2 - 1


def _rewrite_cms(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """The pack with its CMS replaced by ``change(CMS)``, upper-case hex, zero-padded to the same hole."""
    start, end = _hole(data)
    raw = bytes.fromhex(data[start:end].decode("ascii"))
    _c, _m, _t, header, body, trailer = asn1_parser.parse(raw)
    new = change(raw[: len(header) + len(body) + len(trailer)]).hex().upper().encode("ascii")
    assert len(new) <= end - start, "the changed signature must still fit the reserved room"
    return data[:start] + new + b"0" * (end - start - len(new)) + data[end:]


def _verdict(tmp_path: Path, data: bytes, genuine: packs.DemoPack) -> tuple[str, str]:
    path = tmp_path / "hostile.pdf"
    path.write_bytes(data)
    verdict = verify_pack(path, {genuine.fingerprint})
    return verdict.verdict, " | ".join(verdict.reasons)


def test_the_genuine_pack_is_valid(genuine: packs.DemoPack, tmp_path: Path) -> None:
    assert _verdict(tmp_path, genuine.bytes(), genuine)[0] == "valid"
    same = _rewrite_cms(genuine.bytes(), lambda der: der)  # the rewriting helper itself changes nothing
    assert same == genuine.bytes()


def test_the_signature_hex_in_lower_case_is_rejected(genuine: packs.DemoPack, tmp_path: Path) -> None:
    data = genuine.bytes()
    start, end = _hole(data)
    lowered = data[:start] + data[start:end].lower() + data[end:]
    assert lowered != data
    verdict, reasons = _verdict(tmp_path, lowered, genuine)
    assert verdict == "rejected" and "as Kitemark writes it" in reasons


def test_a_signature_in_a_non_der_encoding_is_rejected(genuine: packs.DemoPack, tmp_path: Path) -> None:
    def long_form_length(der: bytes) -> bytes:  # 30 82 xx xx → 30 84 00 00 xx xx: the same value, not DER
        assert der[:2] == b"\x30\x82"
        return b"\x30\x84\x00\x00" + der[2:]

    verdict, reasons = _verdict(tmp_path, _rewrite_cms(genuine.bytes(), long_form_length), genuine)
    assert verdict == "rejected" and "DER" in reasons


def _with_signed_data(change: Callable[[cms.SignedData], None]) -> Callable[[bytes], bytes]:
    def rewrite(der: bytes) -> bytes:
        info = cms.ContentInfo.load(der)
        change(info["content"])
        return info.dump(force=True)

    return rewrite


def test_unsigned_attributes_carrying_data_are_rejected(genuine: packs.DemoPack, tmp_path: Path) -> None:
    def smuggle(signed: cms.SignedData) -> None:
        attribute = cms.CMSAttribute({"type": "1.2.826.0.1.99999", "values": [core.OctetString(b"smuggled " * 100)]})
        signed["signer_infos"][0]["unsigned_attrs"] = cms.CMSAttributes([attribute])

    verdict, reasons = _verdict(tmp_path, _rewrite_cms(genuine.bytes(), _with_signed_data(smuggle)), genuine)
    assert verdict == "rejected" and "unsigned attributes" in reasons


def test_an_extra_certificate_in_the_signature_is_rejected(genuine: packs.DemoPack, tmp_path: Path) -> None:
    stranger = x509.Certificate.load(packs.make_org_keys("Stranger (test key)").root_cert.public_bytes(Encoding.DER))

    def add(signed: cms.SignedData) -> None:
        carried = [*signed["certificates"], cms.CertificateChoices({"certificate": stranger})]
        signed["certificates"] = cms.CertificateSet(carried)

    verdict, reasons = _verdict(tmp_path, _rewrite_cms(genuine.bytes(), _with_signed_data(add)), genuine)
    assert verdict == "rejected" and "certificates other than" in reasons


# --- active content inside the signed revision -------------------------------------------------------------


def _signed_with(tmp_path: Path, edit: Callable[[IncrementalPdfFileWriter], None]) -> tuple[str, str]:
    keys = packs.default_keys()
    path = packs.build_pack(tmp_path / "active.pdf", packs.PackOptions(keys=keys, extra_revision=edit))
    verdict = verify_pack(path, {keys.fingerprint})
    return verdict.verdict, " | ".join(verdict.reasons)


def _javascript(writer: IncrementalPdfFileWriter) -> generic.IndirectObject:
    return writer.add_object(generic.DictionaryObject({
        generic.NameObject("/S"): generic.NameObject("/JavaScript"),
        generic.NameObject("/JS"): generic.TextStringObject("app.alert('hello')"),
    }))  # fmt: skip


def _launch(writer: IncrementalPdfFileWriter) -> generic.IndirectObject:
    return writer.add_object(generic.DictionaryObject({
        generic.NameObject("/S"): generic.NameObject("/Launch"),
        generic.NameObject("/F"): generic.TextStringObject("payload.exe"),
    }))  # fmt: skip


def _first_page(writer: IncrementalPdfFileWriter) -> generic.DictionaryObject:
    page_ref = writer.root["/Pages"].raw_get("/Kids")[0]
    writer.update_container(page_ref)
    return page_ref.get_object()


def test_a_plain_test_pack_has_no_active_content(tmp_path: Path) -> None:
    assert _signed_with(tmp_path, lambda _writer: None)[0] == "valid"


def test_a_javascript_open_action_is_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        writer.root[generic.NameObject("/OpenAction")] = _javascript(writer)
        writer.update_root()

    verdict, reasons = _signed_with(tmp_path, edit)
    assert verdict == "rejected" and "/OpenAction" in reasons


def test_a_javascript_name_tree_is_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        names = writer.root["/Names"]
        names[generic.NameObject("/JavaScript")] = generic.DictionaryObject({
            generic.NameObject("/Names"): generic.ArrayObject([generic.TextStringObject("run"), _javascript(writer)]),
        })  # fmt: skip
        writer.mark_update(writer.root.raw_get("/Names"))  # the builder's name dictionary is an indirect object

    verdict, reasons = _signed_with(tmp_path, edit)
    assert verdict == "rejected" and "/JavaScript name tree" in reasons


def test_a_launch_action_on_a_link_is_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        page = _first_page(writer)
        link = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/Link"),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 100, 100)]),
            generic.NameObject("/A"): _launch(writer),
        }))  # fmt: skip
        page[generic.NameObject("/Annots")] = generic.ArrayObject([link])

    verdict, reasons = _signed_with(tmp_path, edit)
    assert verdict == "rejected" and "/Launch" in reasons


def test_event_actions_on_a_page_are_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        page = _first_page(writer)
        page[generic.NameObject("/AA")] = generic.DictionaryObject({generic.NameObject("/O"): _javascript(writer)})

    verdict, reasons = _signed_with(tmp_path, edit)
    assert verdict == "rejected" and "a page has event actions" in reasons


def test_a_javascript_outline_entry_is_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        item = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Title"): generic.TextStringObject("Open me"),
            generic.NameObject("/A"): _javascript(writer),
        }))  # fmt: skip
        outlines = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Outlines"),
            generic.NameObject("/First"): item, generic.NameObject("/Last"): item,
            generic.NameObject("/Count"): generic.NumberObject(1),
        }))  # fmt: skip
        writer.root[generic.NameObject("/Outlines")] = outlines
        writer.update_root()

    verdict, reasons = _signed_with(tmp_path, edit)
    assert verdict == "rejected" and "an outline entry has an action (/JavaScript)" in reasons


def test_a_rich_media_annotation_is_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        page = _first_page(writer)
        media = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/RichMedia"),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 10, 10)]),
        }))  # fmt: skip
        page[generic.NameObject("/Annots")] = generic.ArrayObject([media])

    verdict, reasons = _signed_with(tmp_path, edit)
    assert verdict == "rejected" and "/RichMedia annotation" in reasons


def test_a_non_ascii_attachment_name_is_rejected(tmp_path: Path) -> None:
    keys = packs.default_keys()
    files = [packs.PackFile("E001-café.txt", b"menu\n", "text/plain")]
    path = packs.build_pack(tmp_path / "named.pdf", packs.PackOptions(keys=keys, files=files))
    verdict = verify_pack(path, {keys.fingerprint})
    assert verdict.verdict == "rejected"
    assert "'E001-caf\\xe9.txt' is not printable ASCII" in " | ".join(verdict.reasons)
