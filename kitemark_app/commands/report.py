"""``kitemark report --format docx|xlsx|bundle [--framework ID] --out PATH`` — an editable copy of the
self-assessment: a Word document, an Excel workbook, or a due-diligence bundle (a zip of the evidence files with
an index) for funders who want files rather than a signed pack.

Exit 0 when the file was written; 1 when it could not be (a missing evidence file, no such framework…); 2 for
usage errors. As with ``kitemark export``, an existing file at ``--out`` is replaced, all at once, only when
the new one is complete.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kitemark_app.commands import add_framework_option, open_workspace

FORMAT_CHOICES = ("docx", "xlsx", "bundle")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report", help="write the self-assessment as a Word or Excel file, or a bundle of the evidence for a funder"
    )
    parser.add_argument(
        "--format",
        required=True,
        choices=FORMAT_CHOICES,
        help="docx: a Word document; xlsx: an Excel workbook; bundle: a zip of the evidence files with an index",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="PATH", help="the file to write")
    add_framework_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kitemark_app.services.office_export import write_report

    with open_workspace(args) as workspace:  # sets workspace.framework_choice from --framework
        result = write_report(workspace, args.format, args.out)
    listed = "with" if result.format == "bundle" else "listing"
    print(
        f"{result.description.capitalize()} written: {result.path} ({result.criteria} criteria, "
        f"{listed} {result.evidence_files} evidence file{'s' if result.evidence_files != 1 else ''}; "
        f"{result.size:,} bytes)"
    )
    return 0
