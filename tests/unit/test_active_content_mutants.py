"""No active content (verify/active_content.py), on small PDFs written object by object (tests/unit/minipdf.py):
each place our writer uses, with everything it may hold accepted, then each thing it must not hold refused alone
with its sentence, and the walks' limits at their boundary."""

from __future__ import annotations

import itertools

import pytest

from kitemark_app.verify.active_content import active_content_problems
from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import PackProblem
from tests.unit.minipdf import pdf_reader

PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R >>"


def problems(
    catalog: bytes = b"",
    page: bytes = PAGE,
    objects: dict[int, bytes] | None = None,
    limits: ReadingLimits | None = None,
    pages: bytes = PAGES,
) -> list[str]:
    body = {1: b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" >>", 2: pages, 3: page, **(objects or {})}
    return active_content_problems(pdf_reader(body), limits or ReadingLimits())


def refused(error: type[Exception] = PackProblem, **kwargs: object) -> str:
    with pytest.raises(error) as caught:
        problems(**kwargs)  # type: ignore[arg-type]
    return str(caught.value)


# --- what a Kitemark file holds is accepted ---------------------------------------------------------------------


def test_a_plain_document_has_no_problems() -> None:
    assert problems() == []


def test_every_catalog_entry_our_writer_makes() -> None:
    catalog = (
        b"/Version /1.7 /Names << /EmbeddedFiles << /Names [] >> >> /AF [] /Extensions << >> /PageMode /UseNone "
        b"/Perms << >> /Metadata 9 0 R /AcroForm << /Fields [] /SigFlags 3 /DA (x) /DR << >> >> "
        b"/Outlines << /Type /Outlines >>"
    )
    assert problems(catalog, objects={9: b"<< /Type /Metadata >>"}) == []


def test_links_and_a_signature_widget_with_jumps_inside_the_document() -> None:
    page = (
        b"<< /Type /Page /Parent 2 0 R /Annots [<< /Subtype /Widget >> << /Subtype /Link /A << /S /GoTo /D [3 0 R] >> >>"
        b" << /Subtype /Link >>] >>"
    )
    assert problems(page=page) == []


def test_outline_entries_with_jumps_inside_the_document() -> None:
    objects = {
        5: b"<< /Type /Outlines /First 6 0 R >>",
        6: b"<< /Title (a) /A << /S /GoTo /D [3 0 R] >> /Next 7 0 R >>",
        7: b"<< /Title (b) /Dest [3 0 R] >>",
    }
    assert problems(b"/Outlines 5 0 R", objects=objects) == []


# --- the catalog, its names and its form --------------------------------------------------------------------------


def test_each_other_catalog_entry_is_named_in_order() -> None:
    assert problems(b"/OpenAction << /S /JavaScript >> /AA << >> /URI << >>") == [
        "the document has /AA in its catalog (an action or content our writer never makes)",
        "the document has /OpenAction in its catalog (an action or content our writer never makes)",
        "the document has /URI in its catalog (an action or content our writer never makes)",
    ]


def test_other_name_trees_are_named_in_order() -> None:
    assert problems(b"/Names << /URLS << >> /JavaScript << >> /EmbeddedFiles << >> >>") == [
        "the document has a /JavaScript name tree, which a Kitemark file never has",
        "the document has a /URLS name tree, which a Kitemark file never has",
    ]


def test_a_name_dictionary_that_is_not_a_dictionary() -> None:
    assert refused(catalog=b"/Names [1 2]") == "the document's name dictionary is damaged"


def test_other_form_entries_are_named_in_order() -> None:
    assert problems(b"/AcroForm << /XFA [] /Fields [] /NeedAppearances true >>") == [
        "the document's form has /NeedAppearances, which a Kitemark file never has",
        "the document's form has /XFA, which a Kitemark file never has",
    ]


def test_a_form_that_is_not_a_dictionary_is_left_alone() -> None:
    assert problems(b"/AcroForm 5") == []


def test_the_problems_come_catalog_names_form_outline_pages() -> None:
    catalog = b"/Zed 1 /Names << /URLS 1 >> /AcroForm << /XFA 1 >> /Outlines 5 0 R"
    objects = {5: b"<< /First 6 0 R >>", 6: b"<< /AA << >> >>"}
    assert problems(catalog, page=b"<< /Type /Page /AA << >> >>", objects=objects) == [
        "the document has /Zed in its catalog (an action or content our writer never makes)",
        "the document has a /URLS name tree, which a Kitemark file never has",
        "the document's form has /XFA, which a Kitemark file never has",
        "an outline entry has event actions (/AA), which a Kitemark file never has",
        "a page has event actions (/AA), which a Kitemark file never has",
    ]


# --- the outline --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("outlines", [b"/Outlines 7", b"/Outlines << /Type /Outlines >>", b""])
def test_no_outline_or_an_empty_one(outlines: bytes) -> None:
    assert problems(outlines) == []


def test_each_outline_action_problem() -> None:
    objects = {
        5: b"<< /First 6 0 R >>",
        6: b"<< /A << /S /Launch >> /Next 7 0 R >>",
        7: b"<< /A << /D [3 0 R] >> /Next 8 0 R >>",
        8: b"<< /A << /S /GoTo /D [3 0 R] /Next << /S /JavaScript >> >> /Next 9 0 R >>",
        9: b"<< /A 5 >>",
    }
    assert sorted(problems(b"/Outlines 5 0 R", objects=objects)) == sorted([
        "an outline entry has an action (/Launch) that could run something, which a Kitemark file never has",
        "an outline entry has an action (of no kind) that could run something, which a Kitemark file never has",
        "an outline entry has an action (/GoTo) that could run something, which a Kitemark file never has",
        "an outline entry has a damaged action",
    ])  # fmt: skip


def test_an_action_given_by_reference_is_followed() -> None:
    objects = {5: b"<< /First 6 0 R >>", 6: b"<< /A 7 0 R >>", 7: b"<< /S /URI /URI (http://x) >>"}
    assert problems(b"/Outlines 5 0 R", objects=objects) == [
        "an outline entry has an action (/URI) that could run something, which a Kitemark file never has"
    ]


def test_an_outline_entry_that_is_not_a_dictionary() -> None:
    assert refused(catalog=b"/Outlines 5 0 R", objects={5: b"<< /First 6 0 R >>", 6: b"[1]"}) == (
        "the document's outline is damaged"
    )


def test_children_and_siblings_are_visited_and_a_loop_is_walked_once() -> None:
    # 6 is its own next sibling (a loop) and has a child 7, met after the loop is seen: the walk goes on past it
    objects = {
        5: b"<< /First 6 0 R >>",
        6: b"<< /First 7 0 R /Next 6 0 R >>",
        7: b"<< /AA << >> /Next 8 0 R >>",
        8: b"<< /A << /S /JavaScript >> >>",
    }
    assert sorted(problems(b"/Outlines 5 0 R", objects=objects)) == [
        "an outline entry has an action (/JavaScript) that could run something, which a Kitemark file never has",
        "an outline entry has event actions (/AA), which a Kitemark file never has",
    ]


def outline_chain(count: int, entry: bytes = b"") -> dict[int, bytes]:
    objects = {5: b"<< /First 10 0 R >>"}
    for index in range(count):
        number = 10 + index
        following = b" /Next %d 0 R" % (number + 1) if index + 1 < count else b""
        objects[number] = b"<< " + entry + following + b" >>"
    return objects


def test_the_outline_walk_stops_after_eleven_problems() -> None:
    found = problems(b"/Outlines 5 0 R", objects=outline_chain(15, b"/AA << >>"))
    assert found == ["an outline entry has event actions (/AA), which a Kitemark file never has"] * 11


def test_the_outline_may_have_as_many_entries_as_the_node_limit_and_no_more() -> None:
    limits = ReadingLimits(max_name_tree_nodes=6)
    assert problems(b"/Outlines 5 0 R", objects=outline_chain(6), limits=limits) == []
    assert refused(LimitExceeded, catalog=b"/Outlines 5 0 R", objects=outline_chain(7), limits=limits) == (
        "the document's outline is too large"
    )


def test_the_default_node_limit_is_ten_thousand() -> None:
    assert problems(b"/Outlines 5 0 R", objects=outline_chain(10_000)) == []
    assert refused(LimitExceeded, catalog=b"/Outlines 5 0 R", objects=outline_chain(10_001)) == (
        "the document's outline is too large"
    )


# --- the pages ----------------------------------------------------------------------------------------------------


def test_a_page_with_event_actions() -> None:
    assert problems(page=b"<< /Type /Page /AA << /O << /S /JavaScript >> >> >>") == [
        "a page has event actions (/AA), which a Kitemark file never has"
    ]


def test_event_actions_on_a_branch_of_the_page_tree() -> None:
    assert problems(pages=b"<< /Type /Pages /Kids [3 0 R] /AA << >> >>") == [
        "a page has event actions (/AA), which a Kitemark file never has"
    ]


def test_a_page_node_that_is_not_a_dictionary() -> None:
    assert refused(page=b"[1 2]") == "the page tree is damaged"


def test_kids_that_are_not_a_list() -> None:
    assert refused(pages=b"<< /Type /Pages /Kids 3 0 R >>") == "the page tree is damaged"


def test_a_page_listed_twice() -> None:
    assert refused(pages=b"<< /Type /Pages /Kids [3 0 R 3 0 R] >>") == (
        "the page tree is damaged (a page or branch appears in it twice)"
    )


def test_a_page_tree_loop() -> None:
    assert refused(pages=b"<< /Type /Pages /Kids [2 0 R] >>") == (
        "the page tree is damaged (a page or branch appears in it twice)"
    )


def test_the_page_tree_may_be_as_deep_as_the_depth_limit_and_no_deeper() -> None:
    # 2 (depth 0) -> 4 (depth 1) -> 3 (depth 2)
    branch = {4: b"<< /Type /Pages /Kids [3 0 R] >>"}
    pages = b"<< /Type /Pages /Kids [4 0 R] >>"
    assert problems(pages=pages, objects=branch, limits=ReadingLimits(max_depth=2)) == []
    assert refused(LimitExceeded, pages=pages, objects=branch, limits=ReadingLimits(max_depth=1)) == (
        "the page tree is nested too deeply"
    )


def test_the_default_depth_limit_is_32() -> None:
    def chain(depth: int) -> tuple[bytes, dict[int, bytes]]:
        # 2 at depth 0, then 10, 11, ... each one deeper, the page 3 last at ``depth``
        numbers = [10 + index for index in range(depth - 1)] + [3]
        objects = {n: b"<< /Type /Pages /Kids [%d 0 R] >>" % nxt for n, nxt in itertools.pairwise(numbers)}
        return b"<< /Type /Pages /Kids [%d 0 R] >>" % numbers[0], objects

    pages, objects = chain(32)
    assert problems(pages=pages, objects=objects) == []
    pages, objects = chain(33)
    assert refused(LimitExceeded, pages=pages, objects=objects) == "the page tree is nested too deeply"


def pages_with(count: int, page: bytes) -> tuple[bytes, dict[int, bytes]]:
    kids = b" ".join(b"%d 0 R" % (10 + index) for index in range(count))
    return b"<< /Type /Pages /Kids [" + kids + b"] >>", {10 + index: page for index in range(count)}


def test_the_page_walk_stops_after_eleven_problems() -> None:
    pages, objects = pages_with(15, b"<< /Type /Page /AA << >> >>")
    assert (
        problems(pages=pages, objects=objects)
        == ["a page has event actions (/AA), which a Kitemark file never has"] * 11
    )


def test_the_page_walk_counts_pages_lists_and_annotations_against_the_node_limit() -> None:
    # the tree's root, the page, its list of annotations and its two annotations: 5 nodes
    page = b"<< /Type /Page /Annots [<< /Subtype /Link >> << /Subtype /Link >>] >>"
    assert problems(page=page, limits=ReadingLimits(max_name_tree_nodes=5)) == []
    assert refused(LimitExceeded, page=page, limits=ReadingLimits(max_name_tree_nodes=4)) == (
        "the page tree or its annotations are too large"
    )


def test_a_list_of_annotations_shared_by_two_pages() -> None:
    pages = b"<< /Type /Pages /Kids [3 0 R 4 0 R] >>"
    objects = {4: b"<< /Type /Page /Annots 9 0 R >>", 9: b"[]"}
    assert refused(pages=pages, page=b"<< /Type /Page /Annots 9 0 R >>", objects=objects) == (
        "several pages share one list of annotations, which a Kitemark file never has"
    )


def test_one_annotation_on_two_pages() -> None:
    pages = b"<< /Type /Pages /Kids [3 0 R 4 0 R] >>"
    objects = {4: b"<< /Type /Page /Annots [9 0 R] >>", 9: b"<< /Subtype /Link >>"}
    assert refused(pages=pages, page=b"<< /Type /Page /Annots [9 0 R] >>", objects=objects) == (
        "an annotation appears more than once in the pages, which a Kitemark file never has"
    )


def test_a_list_of_annotations_that_is_not_a_list() -> None:
    assert refused(page=b"<< /Type /Page /Annots 7 >>") == "a page's list of annotations is damaged"


# --- the annotations ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("annotation", "reason"),
    [
        (b"5", "a page has a damaged annotation"),
        (
            b"<< /Subtype /FileAttachment >>",
            "the pack has files attached to its pages, which the manifest does not name",
        ),
        (b"<< /Subtype /RichMedia >>", "a page has a /RichMedia annotation, which a Kitemark file never has"),
        (b"<< /Contents (x) >>", "a page has a nameless annotation, which a Kitemark file never has"),
        (b"<< /Subtype /Link /AA << >> >>", "an annotation has event actions (/AA), which a Kitemark file never has"),
        (b"<< /Subtype /Widget /AA << >> >>", "an annotation has event actions (/AA), which a Kitemark file never has"),
        (
            b"<< /Subtype /Link /A << /S /Launch /F (x.exe) >> >>",
            "a link has an action (/Launch) that could run something, which a Kitemark file never has",
        ),
        (b"<< /Subtype /Link /A [1] >>", "a link has a damaged action"),
    ],
)
def test_each_annotation_problem(annotation: bytes, reason: str) -> None:
    assert problems(page=b"<< /Type /Page /Annots [" + annotation + b"] >>") == [reason]


def test_an_annotation_with_event_actions_and_an_action_gives_both() -> None:
    page = b"<< /Type /Page /Annots [<< /Subtype /Link /AA << >> /A << /S /URI >> >>] >>"
    assert problems(page=page) == [
        "an annotation has event actions (/AA), which a Kitemark file never has",
        "a link has an action (/URI) that could run something, which a Kitemark file never has",
    ]


def test_every_problem_of_a_page_and_its_annotations_is_kept() -> None:
    page = b"<< /Type /Page /AA << >> /Annots [<< /Subtype /Square >> << /Subtype /Link /AA << >> >>] >>"
    assert problems(page=page) == [
        "a page has event actions (/AA), which a Kitemark file never has",
        "a page has a /Square annotation, which a Kitemark file never has",
        "an annotation has event actions (/AA), which a Kitemark file never has",
    ]
