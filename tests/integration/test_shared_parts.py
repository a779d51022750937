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


def _two_pages(writer: IncrementalPdfFileWriter, annots: list[generic.PdfObject], same_page: bool = False) -> None:
    """Replace the page tree with two pages; ``annots[i]`` is page i's /Annots (``same_page``: one page twice)."""
    name = generic.NameObject
    tree = writer.add_object(generic.DictionaryObject({name("/Type"): name("/Pages")}))
    kids = generic.ArrayObject()
    for index in range(2):
        if same_page and index == 1:
            kids.append(kids.raw_get(0))  # the same reference again
            break
        page = generic.DictionaryObject({
            name("/Type"): name("/Page"), name("/Parent"): tree,
            name("/MediaBox"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 10, 10)]),
        })  # fmt: skip
        if annots:
            page[name("/Annots")] = annots[index]
        kids.append(writer.add_object(page))
    tree.get_object()[name("/Kids")] = kids
    tree.get_object()[name("/Count")] = generic.NumberObject(2)
    writer.root[name("/Pages")] = tree
    writer.update_root()


def _link(writer: IncrementalPdfFileWriter) -> generic.IndirectObject:
    name = generic.NameObject
    return writer.add_object(generic.DictionaryObject({
        name("/Type"): name("/Annot"), name("/Subtype"): name("/Link"),
        name("/Rect"): generic.ArrayObject([generic.NumberObject(0)] * 4),
    }))  # fmt: skip


def test_two_pages_each_with_their_own_link_are_accepted(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        _two_pages(writer, [generic.ArrayObject([_link(writer)]), generic.ArrayObject([_link(writer)])])

    verdict, reasons = _verify(tmp_path, edit)
    assert verdict == "valid", reasons  # the control: only sharing is refused below


def test_one_list_of_annotations_shared_by_two_pages_is_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        shared = writer.add_object(generic.ArrayObject([_link(writer)]))
        _two_pages(writer, [shared, shared])

    verdict, reasons = _verify(tmp_path, edit)
    assert verdict == "rejected" and "several pages share one list of annotations" in reasons


def test_one_annotation_on_two_pages_is_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        link = _link(writer)
        _two_pages(writer, [generic.ArrayObject([link]), generic.ArrayObject([link])])

    verdict, reasons = _verify(tmp_path, edit)
    assert verdict == "rejected" and "an annotation appears more than once in the pages" in reasons


def test_a_page_listed_twice_in_the_page_tree_is_rejected(tmp_path: Path) -> None:
    def edit(writer: IncrementalPdfFileWriter) -> None:
        _two_pages(writer, [], same_page=True)

    verdict, reasons = _verify(tmp_path, edit)
    assert verdict == "rejected" and "a page or branch appears in it twice" in reasons
