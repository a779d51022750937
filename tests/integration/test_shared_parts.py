"""One part of the file cannot be counted as many: an attachment's file specification and its data stream each
belong to exactly one attachment (shared ones would multiply the work and the size limits of one stream)."""

from __future__ import annotations

from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from kitemark_app.verify import verify_pack
from tests import packs


def _names_array(writer: IncrementalPdfFileWriter) -> generic.ArrayObject:
    array_ref = writer.root["/Names"]["/EmbeddedFiles"].raw_get("/Names")  # the builder's array is indirect
    writer.mark_update(array_ref)
    return array_ref.get_object()


def _verify(tmp_path: Path, edit: object) -> tuple[str, str]:
    keys = packs.default_keys()
    path = packs.build_pack(tmp_path / "shared.pdf", packs.PackOptions(keys=keys, extra_revision=edit))  # type: ignore[arg-type]
    verdict = verify_pack(path, {keys.fingerprint})
    return verdict.verdict, " | ".join(verdict.reasons)


def test_two_names_for_one_file_specification_are_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        pairs = _names_array(writer)
        pairs.append(generic.TextStringObject("E009-copy.txt"))
        pairs.append(pairs.raw_get(1))  # the first attachment's file specification, again

    verdict, reasons = _verify(tmp_path, edit)
    assert verdict == "rejected" and "shares its file specification" in reasons


def test_two_file_specifications_for_one_stream_are_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        pairs = _names_array(writer)
        first = pairs.raw_get(1).get_object()
        stream_ref = first["/EF"].raw_get("/F")
        spec = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Filespec"),
            generic.NameObject("/F"): generic.TextStringObject("E009-copy.txt"),
            generic.NameObject("/UF"): generic.TextStringObject("E009-copy.txt"),
            generic.NameObject("/AFRelationship"): generic.NameObject("/Source"),
            generic.NameObject("/EF"): generic.DictionaryObject({generic.NameObject("/F"): stream_ref}),
        }))  # fmt: skip
        pairs.append(generic.TextStringObject("E009-copy.txt"))
        pairs.append(spec)

    verdict, reasons = _verify(tmp_path, edit)
    assert verdict == "rejected" and "shares its data with another attachment" in reasons
