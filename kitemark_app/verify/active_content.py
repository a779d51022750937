"""No active content: a pack or review holds only what our own writer puts in one, so nothing in it can act.

Kitemark's writer (reportlab's document, pyHanko's attachments and signature) never writes JavaScript, actions
that run on opening or on events (/OpenAction, /AA), Launch, URI, SubmitForm, ImportData or rich media, nor files
attached outside the attachment name tree. An assessor may open the pack in another PDF reader, where any of
these could run, so each is a reason to reject. The check is an allow-list of the places our writer uses — the
catalog, its name tree, the form, the outline, the pages and their annotations — and every node is visited at
most once, within the reading limits, so a crafted file cannot make the walk long.
"""

from __future__ import annotations

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import IndirectObject
from pyhanko.pdf_utils.reader import PdfFileReader

from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import PackProblem, resolved

#: The catalog entries our writer makes, and passive XMP /Metadata (other PDF writers add it; it can do nothing);
#: anything else (/OpenAction, /AA, /URI, /Collection…) is refused.
CATALOG_KEYS = frozenset(
    {"/Type", "/Version", "/Pages", "/Names", "/AF", "/AcroForm", "/Extensions", "/Outlines", "/PageMode", "/Perms",
     "/Metadata"}
)  # fmt: skip
NAME_TREES = frozenset({"/EmbeddedFiles"})  # never /JavaScript, /URLS, /AlternatePresentations…
FORM_KEYS = frozenset({"/Fields", "/SigFlags", "/DA", "/DR"})  # never /XFA
#: Annotation kinds a pack may have: the signature's widget, and links inside the document.
ANNOTATION_KINDS = frozenset({"/Widget", "/Link"})
MAX_PROBLEMS = 10  # enough to say what is wrong; a crafted file may hold thousands of the same


def _action_problem(action: object, where: str) -> str | None:
    """Only a jump inside the document (/S /GoTo with a destination) is an acceptable action."""
    if action is None:
        return None
    action = action.get_object() if isinstance(action, generic.PdfObject) else action
    if not isinstance(action, generic.DictionaryObject):
        return f"{where} has a damaged action"
    kind = resolved(action, "/S")
    if kind != "/GoTo" or "/Next" in action:
        return f"{where} has an action ({kind or 'of no kind'}) that could run something, which a Kitemark file never has"
    return None


def active_content_problems(reader: PdfFileReader, limits: ReadingLimits) -> list[str]:
    root = reader.root
    problems = [
        f"the document has {key} in its catalog (an action or content our writer never makes)"
        for key in sorted(set(root.keys()) - CATALOG_KEYS)
    ]
    names = resolved(root, "/Names")
    if names is not None:
        if not isinstance(names, generic.DictionaryObject):
            raise PackProblem("the document's name dictionary is damaged")
        problems += [f"the document has a {key} name tree, which a Kitemark file never has" for key in
                     sorted(set(names.keys()) - NAME_TREES)]  # fmt: skip
    form = resolved(root, "/AcroForm")
    if isinstance(form, generic.DictionaryObject):
        problems += [f"the document's form has {key}, which a Kitemark file never has" for key in
                     sorted(set(form.keys()) - FORM_KEYS)]  # fmt: skip
    problems += _outline_problems(root, limits)
    problems += _page_problems(root, limits)
    return problems


class _VisitedOnce:
    """The nodes of one walk: each is looked at once (a loop, or an item shared by thousands of parents, costs
    nothing more), and the walk stops with ``LimitExceeded`` past ``limit`` distinct nodes."""

    def __init__(self, limit: int, too_many: str) -> None:
        self.seen: set[object] = set()
        self.limit = limit
        self.too_many = too_many

    def first_time(self, node: generic.PdfObject) -> bool:
        key = node.reference if isinstance(node, IndirectObject) else id(node)
        if key in self.seen:
            return False
        self.seen.add(key)
        if len(self.seen) > self.limit:
            raise LimitExceeded(self.too_many)
        return True


def _outline_problems(root: generic.DictionaryObject, limits: ReadingLimits) -> list[str]:
    outlines = resolved(root, "/Outlines")
    if not isinstance(outlines, generic.DictionaryObject) or "/First" not in outlines:
        return []
    problems: list[str] = []
    visits = _VisitedOnce(limits.max_name_tree_nodes, "the document's outline is too large")
    stack = [outlines.raw_get("/First")]
    while stack and len(problems) <= MAX_PROBLEMS:
        node_ref = stack.pop()
        if not visits.first_time(node_ref):
            continue
        item = node_ref.get_object()
        if not isinstance(item, generic.DictionaryObject):
            raise PackProblem("the document's outline is damaged")
        if "/AA" in item:
            problems.append("an outline entry has event actions (/AA), which a Kitemark file never has")
        if problem := _action_problem(item.get("/A"), "an outline entry"):
            problems.append(problem)
        stack.extend(item.raw_get(link) for link in ("/First", "/Next") if link in item)
    return problems


def _page_problems(root: generic.DictionaryObject, limits: ReadingLimits) -> list[str]:
    problems: list[str] = []
    visits = _VisitedOnce(limits.max_name_tree_nodes, "the page tree or its annotations are too large")
    stack: list[tuple[generic.PdfObject, int]] = [(root.raw_get("/Pages"), 0)]
    while stack and len(problems) <= MAX_PROBLEMS:
        node_ref, depth = stack.pop()
        if not visits.first_time(node_ref):  # a page or branch with two parents, or a loop
            raise PackProblem("the page tree is damaged (a page or branch appears in it twice)")
        if depth > limits.max_depth:
            raise LimitExceeded("the page tree is nested too deeply")
        node = node_ref.get_object()
        if not isinstance(node, generic.DictionaryObject):
            raise PackProblem("the page tree is damaged")
        if "/AA" in node:
            problems.append("a page has event actions (/AA), which a Kitemark file never has")
        if "/Kids" in node:
            kids = node["/Kids"]
            if not isinstance(kids, generic.ArrayObject):
                raise PackProblem("the page tree is damaged")
            stack.extend((kids.raw_get(index), depth + 1) for index in range(len(kids)))
        if "/Annots" not in node:
            continue
        if not visits.first_time(node.raw_get("/Annots")):  # one list read again for every page would multiply
            raise PackProblem("several pages share one list of annotations, which a Kitemark file never has")
        annotations = node["/Annots"]
        if not isinstance(annotations, generic.ArrayObject):
            raise PackProblem("a page's list of annotations is damaged")
        for index in range(len(annotations)):
            annotation_ref = annotations.raw_get(index)
            if not visits.first_time(annotation_ref):  # ISO 32000: an annotation belongs to one page
                raise PackProblem("an annotation appears more than once in the pages, which a Kitemark file never has")
            problems += _annotation_problems(annotation_ref.get_object())
    return problems


def _annotation_problems(annotation: object) -> list[str]:
    if not isinstance(annotation, generic.DictionaryObject):
        return ["a page has a damaged annotation"]
    kind = resolved(annotation, "/Subtype")
    if kind == "/FileAttachment":
        return ["the pack has files attached to its pages, which the manifest does not name"]
    if kind not in ANNOTATION_KINDS:
        return [f"a page has a {kind or 'nameless'} annotation, which a Kitemark file never has"]
    problems = []
    if "/AA" in annotation:
        problems.append("an annotation has event actions (/AA), which a Kitemark file never has")
    if problem := _action_problem(annotation.get("/A"), "a link"):
        problems.append(problem)
    return problems
