"""The tamper suite: every way of changing a genuine pack after signing is rejected, with a reason.

Genuine packs come from the real exporter (the demo VCO's data, exported once per run); the few unusual packs the
exporter never writes come from the small builder in ``tests/packs.py``. Every case runs twice: on plain packs and
on packs encrypted for the (test) council, verified with the council's key — encryption must not weaken any check.
"""

from __future__ import annotations

import io
import re
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from kitemark_app.verify import Verdict, verify_pack
from kitemark_app.verify.digest import FileIdentity
from kitemark_app.verify.encryption import DecryptionKey
from kitemark_app.verify.limits import ReadingLimits
from kitemark_app.verify.signature import open_pack
from tests import packs
from tests.council_keys import council_key
from tests.packs import DemoPack, PackFile, PackOptions


@pytest.fixture(scope="module", params=[False, True], ids=["plain", "encrypted"])
def encrypted(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory, encrypted: bool) -> DemoPack:
    return packs.demo_pack(tmp_path_factory, encrypted=encrypted)


def council_key_if(encrypted: bool) -> DecryptionKey | None:
    return council_key().decryption_key() if encrypted else None


def check(tmp_path: Path, data: bytes, genuine: DemoPack, name: str = "tampered.pdf") -> Verdict:
    path = tmp_path / name
    path.write_bytes(data)
    return verify_pack(path, {genuine.fingerprint}, decryption=genuine.decryption)


def assert_rejected(verdict: Verdict, *fragments: str) -> None:
    assert verdict.verdict == "rejected", verdict
    assert verdict.reasons and all(reason.strip() for reason in verdict.reasons)
    text = " | ".join(verdict.reasons)
    for fragment in fragments:
        assert fragment in text, text
    assert verdict.attachments_checked == 0
    assert verdict.attachments == ()


def flip(data: bytes, offset: int, mask: int = 0x01) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= mask
    return bytes(changed)


def locations(path: Path, decryption: DecryptionKey | None = None) -> dict[str, tuple[int, int]]:
    """Where each attachment's stream data is (offset, length), found with the verifier's own structure code."""
    with path.open("rb") as handle:
        opened = open_pack(handle, FileIdentity.of(handle), ReadingLimits(), decryption=decryption)
        return {entry.name: (entry.stream.offset, entry.stream.length) for entry in opened.entries}


# --- genuine packs ---------------------------------------------------------------------------------------


def test_the_exported_pack_is_valid_and_every_attachment_checked(genuine: DemoPack) -> None:
    verdict = verify_pack(genuine.path, {genuine.fingerprint}, decryption=genuine.decryption)
    assert verdict.verdict == "valid", verdict.reasons
    assert verdict.reasons == ()
    assert verdict.encrypted is genuine.encrypted
    assert verdict.organisation == genuine.organisation
    assert verdict.signer_fingerprint == genuine.fingerprint
    assert verdict.signed_at is not None
    assert verdict.manifest is not None
    assert verdict.attachments_checked == len(verdict.manifest.evidence) > 5
    assert len(verdict.checks) >= 5


def test_the_builder_pack_is_valid(tmp_path: Path, encrypted: bool) -> None:
    path = packs.build_pack(tmp_path / "pack.pdf", PackOptions(encrypted=encrypted))
    verdict = verify_pack(path, {packs.default_keys().fingerprint}, decryption=council_key_if(encrypted))
    assert verdict.verdict == "valid", verdict.reasons
    assert verdict.attachments_checked == 2


def test_attachments_read_back_exactly(genuine: DemoPack) -> None:
    verdict = verify_pack(genuine.path, {genuine.fingerprint}, decryption=genuine.decryption)
    for item in verdict.attachments:
        data = verdict.read_attachment(item.name)
        assert len(data) == item.size
        import hashlib

        assert hashlib.sha256(data).hexdigest() == item.sha256


# --- changes after signing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (b"\n", "bytes were added or removed"),
        (b"\n1 0 obj\n<< >>\nendobj\n" * 3, "bytes were added or removed"),
        (b"%%EOF\n", ""),  # pyHanko already refuses a file that does not end in its last xref's %%EOF
    ],
)
def test_bytes_appended_after_signing(tmp_path: Path, genuine: DemoPack, extra: bytes, fragment: str) -> None:
    assert_rejected(check(tmp_path, genuine.bytes() + extra, genuine), fragment)


def test_incremental_update_adding_page_content(tmp_path: Path, genuine: DemoPack) -> None:
    def stamp(writer: IncrementalPdfFileWriter) -> None:
        content = generic.StreamObject(stream_data=b"BT /F1 48 Tf 100 400 Td (APPROVED) Tj ET")
        writer.add_stream_to_page(0, writer.add_object(content))

    assert_rejected(check(tmp_path, packs.incremental(genuine.bytes(), stamp), genuine), "changed after signing")


def test_incremental_update_adding_an_attachment(tmp_path: Path, genuine: DemoPack) -> None:
    def attach(writer: IncrementalPdfFileWriter) -> None:
        stream = EmbeddedFileObject.from_file_data(
            writer, b"an extra file", params=EmbeddedFileParams(), mime_type="text/plain"
        )
        embed_file(writer, FileSpec("E999-extra.txt", file_name="E999-extra.txt", embedded_data=stream))

    assert_rejected(check(tmp_path, packs.incremental(genuine.bytes(), attach), genuine), "changed after signing")


def test_incremental_update_replacing_an_attachment_stream(tmp_path: Path, genuine: DemoPack) -> None:
    data = genuine.bytes()
    with genuine.path.open("rb") as handle:
        opened = open_pack(handle, FileIdentity.of(handle), ReadingLimits(), decryption=genuine.decryption)
        target = next(e for e in opened.entries if e.name != "manifest.json")
        spec_ref = _stream_ref(opened.reader, target.name)
    replacement = b"forged evidence"
    body = b"<< /Type /EmbeddedFile /Length %d >>\nstream\n%s\nendstream" % (len(replacement), replacement)
    assert_rejected(check(tmp_path, packs.raw_update(data, {spec_ref: body}), genuine), "changed after signing")


def test_incremental_update_repointing_a_file_spec(tmp_path: Path, genuine: DemoPack) -> None:
    def repoint(writer: IncrementalPdfFileWriter) -> None:
        tree = writer.root["/Names"]["/EmbeddedFiles"]
        names = tree["/Names"]
        spec = names[1]
        forged = EmbeddedFileObject.from_file_data(writer, b"forged", params=EmbeddedFileParams())
        spec["/EF"] = generic.DictionaryObject({generic.pdf_name("/F"): forged.ef_stream_ref})
        writer.update_container(spec)

    assert_rejected(check(tmp_path, packs.incremental(genuine.bytes(), repoint), genuine), "changed after signing")


def _stream_ref(reader: object, name: str) -> int:
    tree = reader.root["/Names"]["/EmbeddedFiles"]  # type: ignore[attr-defined]
    names = tree["/Names"]
    for index in range(0, len(names), 2):
        if str(names[index]) == name:
            return int(names[index + 1]["/EF"].raw_get("/F").idnum)
    raise AssertionError(name)


# --- single flipped bytes ----------------------------------------------------------------------------------


def test_flipped_byte_inside_an_evidence_stream(tmp_path: Path, genuine: DemoPack) -> None:
    where = locations(genuine.path, genuine.decryption)
    name = next(n for n in where if n != "manifest.json")
    offset, length = where[name]
    verdict = check(tmp_path, flip(genuine.bytes(), offset + length // 2), genuine)
    assert_rejected(verdict)
    assert any("changed after signing" in r or name in r for r in verdict.reasons), verdict.reasons


def test_flipped_byte_inside_the_manifest(tmp_path: Path, genuine: DemoPack) -> None:
    offset, length = locations(genuine.path, genuine.decryption)["manifest.json"]
    for position in (offset, offset + length // 2, offset + length - 1):
        assert_rejected(check(tmp_path, flip(genuine.bytes(), position), genuine))


@pytest.mark.parametrize("how", ["hex digit", "non-hex", "padding", "case"])
def test_flipped_byte_inside_the_signature(tmp_path: Path, genuine: DemoPack, how: str) -> None:
    data = genuine.bytes()
    start = data.index(b"/Contents <") + len(b"/Contents <")
    end = data.index(b">", start)
    if how == "hex digit":
        position = start + 200
        replacement = b"0" if data[position : position + 1] != b"0" else b"1"
    elif how == "non-hex":
        position, replacement = start + 100, b"g"
    elif how == "padding":  # the zero padding after the CMS structure: unsigned, but must stay zero
        position, replacement = end - 2, b"1"
    else:
        position = next(i for i in range(start, end) if data[i : i + 1] in b"abcdefABCDEF")
        replacement = data[position : position + 1].swapcase()
    changed = data[:position] + replacement + data[position + 1 :]
    assert changed != data
    assert_rejected(check(tmp_path, changed, genuine))


def test_contents_removed(tmp_path: Path, genuine: DemoPack) -> None:
    data = genuine.bytes()
    start = data.index(b"/Contents <")
    end = data.index(b">", start) + 1
    changed = data[:start] + b" " * (end - start) + data[end:]
    assert_rejected(check(tmp_path, changed, genuine), "signature")


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_byte_range_altered(tmp_path: Path, genuine: DemoPack, index: int) -> None:
    data = genuine.bytes()
    match = re.search(rb"/ByteRange \[\s*(\d+) (\d+) (\d+) (\d+)\s*\]", data)
    assert match is not None
    numbers = [int(x) for x in match.groups()]
    numbers[index] = max(0, numbers[index] - 1) if numbers[index] else 1
    text = b"/ByteRange [" + b" ".join(b"%d" % n for n in numbers) + b"]"
    text = text.ljust(match.end() - match.start())
    changed = data[: match.start()] + text + data[match.end() :]
    assert len(changed) == len(data)
    assert_rejected(check(tmp_path, changed, genuine))


@pytest.mark.parametrize("keep", [0.5, 0.99, -1, -30, 1000])
def test_truncated_file(tmp_path: Path, genuine: DemoPack, keep: float) -> None:
    data = genuine.bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else (keep if keep > 0 else len(data) + keep)
    assert_rejected(check(tmp_path, data[:cut], genuine))


def test_second_signature(tmp_path: Path, genuine: DemoPack) -> None:
    twice = packs.approve_again(genuine.path, tmp_path / "twice.pdf")
    assert_rejected(verify_pack(twice, {genuine.fingerprint}, decryption=genuine.decryption), "signatures")


# --- other organisations' keys --------------------------------------------------------------------------


def _impostor(tmp_path: Path, genuine: DemoPack) -> Path:
    """A pack that claims to come from the demo organisation but is signed with another root."""
    keys = packs.other_keys()
    files = packs.default_files()
    manifest = packs.manifest_for(files, keys.fingerprint, organisation=genuine.organisation)
    options = PackOptions(keys=keys, files=files, manifest=manifest, encrypted=genuine.encrypted)
    return packs.build_pack(tmp_path / "impostor.pdf", options)


def test_signed_by_another_organisations_key_is_unregistered(tmp_path: Path, genuine: DemoPack) -> None:
    verdict = verify_pack(_impostor(tmp_path, genuine), {genuine.fingerprint}, decryption=genuine.decryption)
    assert verdict.verdict == "unregistered"
    assert verdict.signer_fingerprint == packs.other_keys().fingerprint != genuine.fingerprint
    assert "not one of the roots" in verdict.reasons[0]


def test_registered_organisation_with_a_different_root_is_a_loud_warning(tmp_path: Path, genuine: DemoPack) -> None:
    from kitemark_app.verify.trust import RegisteredOrg

    class Register:
        def by_fingerprint(self, fingerprint: str) -> RegisteredOrg | None:
            return None

        def by_name(self, name: str) -> list[RegisteredOrg]:
            return [RegisteredOrg(1, genuine.organisation, genuine.fingerprint, None, "")]

    verdict = verify_pack(_impostor(tmp_path, genuine), register=Register(), decryption=genuine.decryption)
    assert verdict.verdict == "unregistered"
    assert verdict.warning is not None and verdict.warning.startswith("WARNING")
    assert genuine.fingerprint[:4] in verdict.warning
    assert verdict.reasons[0] == verdict.warning


# --- not packs at all -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "not a PDF"),
        (b"Dear assessor, please find our pack attached.\n" * 20, "not a PDF"),
        (b"%PDF-1.7\n%%EOF\n", ""),
    ],
)
def test_not_a_pack(tmp_path: Path, genuine: DemoPack, data: bytes, fragment: str) -> None:
    assert_rejected(check(tmp_path, data, genuine), fragment)


def test_unsigned_pdf_is_rejected(tmp_path: Path, genuine: DemoPack) -> None:
    assert_rejected(check(tmp_path, packs.page_pdf(), genuine), "no signature")


def _nested_pdf(depth: int) -> bytes:
    body = b"[" * depth + b"]" * depth
    objects = [b"<< /Type /Catalog /Pages 2 0 R /Deep 3 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>", body]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n\r\n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def within_memory(limit_mib: int, action: Callable[[], Verdict]) -> Verdict:
    tracemalloc.start()
    try:
        verdict = action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < limit_mib * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"
    return verdict


@pytest.mark.parametrize("depth", [5000, 200_000])
def test_pdf_nested_thousands_deep(tmp_path: Path, genuine: DemoPack, depth: int) -> None:
    verdict = within_memory(32, lambda: check(tmp_path, _nested_pdf(depth), genuine))
    assert_rejected(verdict)


def test_update_with_an_object_nested_thousands_deep(tmp_path: Path, genuine: DemoPack) -> None:
    data = genuine.bytes()
    deep = b"/Deep " + b"[" * 20_000 + b"]" * 20_000
    changed = packs.raw_update(data, {}, new_root=packs.catalog_with(data, deep))
    assert_rejected(within_memory(32, lambda: check(tmp_path, changed, genuine)))


def test_added_compression_bomb(tmp_path: Path, genuine: DemoPack) -> None:
    data = genuine.bytes()
    bomb = packs.deflated_zeros(512 * 1024 * 1024)  # ~0.5 MB that inflates to 512 MiB
    number = packs.next_object_number(data)
    stream = b"<< /Type /EmbeddedFile /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (len(bomb), bomb)
    spec = b"<< /Type /Filespec /F (E999-bomb.txt) /UF (E999-bomb.txt) /EF << /F %d 0 R >> >>" % number
    tree = b"<< /Names [ (E999-bomb.txt) %d 0 R ] >>" % (number + 1)
    root = packs.catalog_with(data, b"/Names << /EmbeddedFiles %d 0 R >>" % (number + 2)).replace(b"/Names", b"/Old", 1)
    changed = packs.raw_update(data, {number: stream, number + 1: spec, number + 2: tree}, new_root=root)
    assert_rejected(within_memory(48, lambda: check(tmp_path, changed, genuine)), "changed after signing")


# --- signed, but not by the rules (packs the exporter never writes) ----------------------------------------


def _signed(tmp_path: Path, options: PackOptions, encrypted: bool) -> Verdict:
    options.encrypted = encrypted
    path = packs.build_pack(tmp_path / "odd.pdf", options)
    keys = options.keys or packs.default_keys()
    return verify_pack(path, {keys.fingerprint}, decryption=council_key_if(encrypted))


def test_signed_compression_bomb_is_stopped_at_its_stated_size(tmp_path: Path, encrypted: bool) -> None:
    bomb = PackFile("E003-bomb.txt", b"small", "text/plain", encoded=packs.deflated_zeros(256 * 1024 * 1024))
    files = [*packs.default_files(), bomb]
    verdict = within_memory(48, lambda: _signed(tmp_path, PackOptions(files=files), encrypted))
    assert_rejected(verdict, "E003-bomb.txt")


def test_signed_bomb_claiming_an_absurd_size_is_refused_before_reading(tmp_path: Path, encrypted: bool) -> None:
    bomb = PackFile(
        "E003-bomb.txt", b"", "text/plain", encoded=packs.deflated_zeros(8 * 1024 * 1024), declared_size=2**31
    )
    verdict = within_memory(16, lambda: _signed(tmp_path, PackOptions(files=[*packs.default_files(), bomb]), encrypted))
    assert_rejected(verdict, "compression bomb")


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        (PackOptions(certify=False), "certification"),
        (PackOptions(docmdp=packs.MDPPerm.FILL_FORMS), "DocMDP level is not 1"),
        (PackOptions(field_name="Signature1"), "'Signature1'"),
        (PackOptions(keys=packs.make_org_keys("No NR", non_repudiation=False)), "nonRepudiation"),
        (PackOptions(include_manifest=False), "no manifest.json"),
        (PackOptions(manifest_bytes=b"{not json"), "not valid UTF-8 JSON"),
        (PackOptions(manifest_bytes=b'{"schema": "kitemark-pack/2"}'), "not well-formed"),
        (PackOptions(edit_manifest=lambda m: m["evidence"][0].update(size=1)), "manifest says 1"),
        (PackOptions(edit_manifest=lambda m: m["evidence"][1].update(sha256="0" * 64)), "SHA-256 differs"),
        (PackOptions(edit_manifest=lambda m: m["signer"].update(root_fingerprint="a" * 64)), "different root"),
        (PackOptions(edit_manifest=lambda m: m["organisation"].update(staff_count="4")), "staff_count"),
        (PackOptions(edit_manifest=lambda m: m.update(extra=1)), "extra"),
        (PackOptions(edit_manifest=lambda m: m["evidence"][0].update(attachment="../x.txt")), "attachment"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_signed_packs_breaking_the_rules(tmp_path: Path, options: PackOptions, fragment: str, encrypted: bool) -> None:
    assert_rejected(_signed(tmp_path, options, encrypted), fragment)


def test_attachment_the_manifest_does_not_name(tmp_path: Path, encrypted: bool) -> None:
    files = [*packs.default_files(), PackFile("E003-hidden.exe", b"MZ" + bytes(100), in_manifest=False)]
    assert_rejected(_signed(tmp_path, PackOptions(files=files), encrypted), "does not name: 'E003-hidden.exe'")


def test_attachment_named_in_the_manifest_but_missing(tmp_path: Path, encrypted: bool) -> None:
    files = packs.default_files()
    manifest = packs.manifest_for(files, packs.default_keys().fingerprint)
    verdict = _signed(tmp_path, PackOptions(files=files[:1], manifest=manifest), encrypted)
    assert_rejected(verdict, "E002-accounts.bin' is named in the manifest but missing")


def test_signing_certificate_not_yet_valid_is_rejected(tmp_path: Path, encrypted: bool) -> None:
    from datetime import UTC, datetime, timedelta

    keys = packs.make_org_keys("Future", valid_from=datetime.now(UTC) + timedelta(days=30))
    assert_rejected(_signed(tmp_path, PackOptions(keys=keys), encrypted), "chain")
