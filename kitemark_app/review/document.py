"""The readable part of a signed review: a reportlab report for the VCO made from a ``Review``.

Cover (who reviewed which pack, the outcome), summary feedback, what the organisation must do (conditions with
deadlines, criteria not met or needing more information), then every criterion's verdict and comment.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kitemark_app.core.dates import long_day
from kitemark_app.pack.keys import grouped_fingerprint
from kitemark_app.pack.pdf_layout import (
    MARGIN,
    MONO_BOLD,
    SANS_BOLD,
    base_styles,
    build_pdf,
    escape,
    paragraph,
    table,
    text,
)
from kitemark_app.review.model import Decision, Review, Verdict

VERDICT_COLOURS = {
    Verdict.MET: "#1e7b34",
    Verdict.MET_WITH_CONDITIONS: "#9a6700",
    Verdict.NOT_MET: "#b42318",
    Verdict.MORE_INFORMATION: "#1f4e79",
}
DECISION_COLOURS = {Decision.AWARDED: "#1e7b34", Decision.RESUBMIT: "#9a6700", Decision.NOT_AWARDED: "#b42318"}


def _styles() -> dict[str, ParagraphStyle]:
    styles = base_styles()
    body = styles["body"]
    return styles | {
        "title": ParagraphStyle("Title", parent=styles["title"], fontSize=24, leading=30),
        "h1": ParagraphStyle("ReviewHeading1", parent=styles["h1"], fontSize=16, spaceAfter=6),
        "outcome": ParagraphStyle("Outcome", parent=body, fontName=SANS_BOLD, fontSize=15, leading=20),
        "mono": ParagraphStyle("Mono", parent=body, fontName=MONO_BOLD, fontSize=10, leading=13),
    }


def _day(value: Any) -> str:
    return long_day(value) if value else "—"


class _Builder:
    def __init__(self, review: Review, titles: Mapping[str, str]) -> None:
        self.r = review
        self.titles = titles
        self.s = _styles()
        self.width = A4[0] - 2 * MARGIN
        self.story: list[Flowable] = []

    def p(self, text: str, style: str = "body") -> Paragraph:
        return paragraph(text, self.s[style])

    def criterion_cell(self, criterion: str) -> Paragraph:
        title = self.titles.get(criterion, "")
        return self.p(f"<b>{escape(criterion)}</b>" + (f"<br/>{text(title)}" if title else ""), "cell")

    def verdict_cell(self, verdict: Verdict) -> Paragraph:
        return self.p(f"<font color='{VERDICT_COLOURS[verdict]}'><b>{escape(verdict.label)}</b></font>", "cell")

    def cover(self) -> None:
        r = self.r
        outcome = r.outcome
        self.story += [
            self.p("Kitemark assessment review", "title"),
            self.p(f"for <b>{text(r.organisation.name)}</b>", "body"),
            Spacer(1, 6 * mm),
        ]
        line = outcome.decision.label
        if outcome.decision is Decision.AWARDED:
            line += f" at {outcome.level}, valid until {_day(outcome.valid_until)}"
        elif outcome.decision is Decision.RESUBMIT:
            line += f": please resubmit by {_day(outcome.resubmit_by)}"
        self.story += [
            self.p(f"<font color='{DECISION_COLOURS[outcome.decision]}'>{text(line)}</font>", "outcome"),
            Spacer(1, 4 * mm),
        ]
        counts = Counter(v.verdict for v in r.verdicts)
        rows = [
            ["Framework", f"{r.framework.title} (version {r.framework.version})"],
            ["Pack reviewed", r.pack_file_name],
            ["Pack SHA-256", r.pack_sha256],
            ["Assessor", f"{r.assessor.name}, {r.assessor.organisation}".strip(", ")],
            ["Review date", _day(r.created_at)],
            [
                "Verdicts",
                ", ".join(f"{counts[v]} {v.label.lower()}" for v in Verdict if counts[v]) or "none recorded",
            ],
        ]
        self.story.append(
            table(
                [[self.p(f"<b>{k}</b>", "cell"), self.p(text(v), "cell")] for k, v in rows],
                [38 * mm, self.width - 38 * mm],
                header=False,
            )
        )
        if outcome.summary.strip():
            self.story += [Spacer(1, 5 * mm), self.p("Summary feedback", "h1")]
            self.story += [self.p(text(block)) for block in outcome.summary.strip().split("\n\n")]

    def to_do(self) -> None:
        pending = [v for v in self.r.verdicts if v.verdict.needs_action]
        self.story += [Spacer(1, 5 * mm), self.p("What the organisation needs to do", "h1")]
        if not pending:
            self.story.append(self.p("Nothing: every criterion reviewed was met."))
            return
        rows: list[list[Any]] = [["Criterion", "Verdict", "What is needed", "By"]]
        for v in pending:
            needed = v.condition if v.verdict is Verdict.MET_WITH_CONDITIONS else v.comment
            rows.append(
                [
                    self.criterion_cell(v.criterion),
                    self.verdict_cell(v.verdict),
                    self.p(text(needed or "—"), "cell"),
                    self.p(_day(v.deadline) if v.deadline else "—", "cell"),  # wraps inside its cell
                ]
            )
        self.story.append(table(rows, [42 * mm, 34 * mm, self.width - 110 * mm, 34 * mm]))

    def verdicts(self) -> None:
        self.story += [Spacer(1, 5 * mm), self.p("Every criterion", "h1")]
        rows: list[list[Any]] = [["Criterion", "Verdict", "Assessor's comment"]]
        for v in self.r.verdicts:
            comment = v.comment
            if v.verdict is Verdict.MET_WITH_CONDITIONS:
                comment = f"Condition: {v.condition} (by {_day(v.deadline)})" + (f"\n{comment}" if comment else "")
            rows.append(
                [self.criterion_cell(v.criterion), self.verdict_cell(v.verdict), self.p(text(comment or "—"), "cell")]
            )
        self.story.append(table(rows, [42 * mm, 34 * mm, self.width - 76 * mm]))

    def signature_note(self) -> None:
        self.story += [
            Spacer(1, 6 * mm),
            self.p("<b>Signed by the assessor's own key. Root certificate fingerprint (SHA-256):</b>", "small"),
            self.p(grouped_fingerprint(self.r.assessor.root_fingerprint), "mono"),
            self.p(
                "The data behind this report is attached as review.json and the whole file carries one digital "
                "signature allowing no later changes. Import it in the Kitemark app (File → Import assessor "
                "review…): the app checks the signature and that it answers a pack you sent, then shows each "
                "verdict on its criterion and adds the conditions to your action plan.",
                "small",
            ),
        ]

    def build(self) -> list[Flowable]:
        self.cover()
        self.to_do()
        self.verdicts()
        self.signature_note()
        return self.story


def write_review_document(review: Review, handle: BinaryIO, titles: Mapping[str, str] | None = None) -> None:
    """Write the readable review to ``handle``; ``titles`` maps criterion ids to their titles when known."""
    build_pdf(
        handle,
        _Builder(review, titles or {}).build(),
        title=f"Kitemark review — {review.organisation.name}",
        author=review.assessor.name,
        subject=f"{review.framework.title} {review.framework.version}: {review.outcome.decision.label}",
        creator=f"Kitemark {review.app_version}",
        footer=f"Kitemark review for {review.organisation.name}, {long_day(review.created_at)}",
    )
