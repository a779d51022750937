"""``kitemark evidence redact ID [--page N] [--box [N:]X0,Y0,X1,Y1]... [--omit-page N]... [--clear] [--json]``.

The parts of an evidence file the pack's copy hides (services/redaction_ops.py). Corners are fractions of the page
as shown, from its top left (``0,0,1,1`` is the whole page); ``--page`` is the page of a box without ``N:``.
With none of ``--box``, ``--omit-page`` or ``--clear`` it shows what is hidden.
"""

from __future__ import annotations

import argparse
import math
from typing import Any

from kitemark_app.commands import open_workspace, print_json


def box(text: str) -> tuple[int | None, tuple[float, float, float, float]]:
    page_text, _, corners = text.rpartition(":")
    try:
        page = int(page_text) if page_text else None
        values = [float(v) for v in corners.split(",")]
    except ValueError:
        values = []
        page = None
    if len(values) != 4 or not all(math.isfinite(v) for v in values):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a box; give its corners as fractions of the page, e.g. 0.1,0.2,0.6,0.25 (or 2:0.1,…)"
        )
    return page, (values[0], values[1], values[2], values[3])


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    redact = actions.add_parser(
        "redact",
        help="hide parts of a PDF or picture in the pack's copy (the original is kept as it is)",
        description="Areas are blacked out and pages left out in the copy the pack carries, made anew from the "
        "pages' pixels. Corners are fractions of the page as shown, from its top left.",
    )
    redact.add_argument("evidence_id", type=int, metavar="ID", help="the evidence item (see 'kitemark evidence list')")
    redact.add_argument("--page", type=int, default=1, metavar="N", help="the page of boxes given without N: (1)")
    redact.add_argument("--box", type=box, action="append", default=[], metavar="[N:]X0,Y0,X1,Y1",
                        help="an area to black out")  # fmt: skip
    redact.add_argument("--omit-page", type=int, action="append", default=[], metavar="N", help="a page to leave out")
    redact.add_argument("--clear", action="store_true", help="remove what was hidden before (then add any given)")
    redact.add_argument("--json", action="store_true", help="print what is hidden as JSON")
    redact.set_defaults(handler=run_redact)


def run_redact(args: argparse.Namespace) -> int:
    from kitemark_app.evidence.redaction import Area, Redactions
    from kitemark_app.services import redaction_ops

    areas = [Area(page or args.page, *corners) for page, corners in args.box]
    with open_workspace(args) as workspace:
        if args.clear:
            redaction_ops.save(workspace, args.evidence_id, Redactions())
        if areas or args.omit_page:
            redaction_ops.add(workspace, args.evidence_id, areas, args.omit_page)
        item = redaction_ops.load(workspace, args.evidence_id)
    hidden = item.redactions
    if args.json:
        data: dict[str, Any] = {
            "evidence_id": item.evidence_id,
            "title": item.title,
            "areas": [{"page": a.page, "box": [a.x0, a.y0, a.x1, a.y1]} for a in hidden.areas],
            "omitted_pages": sorted(hidden.omitted_pages),
            "to_check": item.to_check,
        }
        print_json(data)
        return 0
    if hidden.empty:
        print(f"Nothing is hidden in '{item.title}': the pack sends all of it.")
        return 0
    print(f"Hidden in the pack's copy of '{item.title}': {'; '.join(hidden.words())}.")
    for area in hidden.areas:
        print(f"  page {area.page}: {area.x0:.4g},{area.y0:.4g},{area.x1:.4g},{area.y1:.4g}")
    if item.to_check:
        print(f"To check: {item.to_check}")
    return 0
