"""The readable part of a published framework: a reportlab booklet made from the framework itself.

Cover (title, version, publisher, the council's contact), the levels, what changed from the previous version when
known, then every area with its criteria: level, whether mandatory, guidance, examples of evidence, freshness rule
and when it applies. Ends with the council key's fingerprint, for the charity to compare.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kitemark_app.core.framework import Condition, Framework
from kitemark_app.pack.keys import grouped_fingerprint
from kitemark_app.pack.pdf_layout import MARGIN, MONO_BOLD, base_styles, build_pdf, paragraph, table, text


def _styles() -> dict[str, ParagraphStyle]:
    styles = base_styles()
    body = styles["body"]
    return styles | {
        "title": ParagraphStyle("FrameworkTitle", parent=styles["title"], fontSize=24, leading=30),
        "h1": ParagraphStyle("FrameworkArea", parent=styles["h1"], fontSize=16, spaceAfter=6),
        "criterion": ParagraphStyle("Criterion", parent=body, fontSize=11, leading=14, spaceBefore=8),
        "mono": ParagraphStyle("FrameworkMono", parent=body, fontName=MONO_BOLD, fontSize=10, leading=13),
    }


def _condition(condition: Condition | None) -> str:
    if condition is None:
        return ""
    parts = []
    if condition.legal_forms:
        parts.append("the legal form is " + " or ".join(form.label for form in condition.legal_forms))
    if condition.income_at_least:
        parts.append(f"income is at least {condition.income_at_least.label}")
    if condition.activities_any:
        parts.append("the organisation: " + " or ".join(a.label.lower() for a in condition.activities_any))
    return " and ".join(parts)


class _Builder:
    def __init__(self, framework: Framework, council_fingerprint: str, changes: Sequence[str]) -> None:
        self.f = framework
        self.fingerprint = council_fingerprint
        self.changes = changes
        self.s = _styles()
        self.width = A4[0] - 2 * MARGIN
        self.story: list[Flowable] = []

    def p(self, value: str, style: str = "body") -> Paragraph:
        return paragraph(value, self.s[style])

    def cover(self) -> None:
        f = self.f
        self.story += [
            self.p(text(f.title), "title"),
            self.p(f"Version <b>{text(f.version)}</b>, published by <b>{text(f.publisher)}</b>"),
        ]
        if f.council is not None and f.council.contact:
            self.story.append(self.p(f"Contact: {text(f.council.name)}, {text(f.council.contact)}"))
        self.story += [
            Spacer(1, 4 * mm),
        ]
        if f.description:
            self.story.append(self.p(text(f.description)))
        rows: list[list[Any]] = [["Level", "What it means"]]
        rows += [[self.p(f"<b>{text(level.name)}</b>", "cell"), self.p(text(level.description or "—"), "cell")]
                 for level in f.levels]  # fmt: skip
        self.story += [Spacer(1, 4 * mm), table(rows, [45 * mm, self.width - 45 * mm])]
        count = sum(len(area.criteria) for area in f.areas)
        self.story.append(self.p(f"{len(f.areas)} areas, {count} criteria.", "small"))

    def what_changed(self) -> None:
        if not self.changes:
            return
        self.story += [Spacer(1, 5 * mm), self.p("What changed from the previous version", "h1")]
        self.story += [self.p("• " + text(change)) for change in self.changes]

    def areas(self) -> None:
        for area in self.f.areas:
            self.story += [Spacer(1, 6 * mm), self.p(f"{text(area.id)} — {text(area.title)}", "h1")]
            if area.description:
                self.story.append(self.p(text(area.description)))
            for criterion in area.criteria:
                need = "mandatory" if criterion.mandatory else "optional"
                parts: list[Flowable] = [
                    self.p(f"<b>{text(criterion.id)} {text(criterion.title)}</b> — {text(criterion.level)}, {need}",
                           "criterion"),
                    self.p(text(criterion.guidance)),
                    self.p("<b>Examples of evidence:</b> " + text("; ".join(criterion.evidence_examples)), "small"),
                ]  # fmt: skip
                if criterion.freshness is not None:
                    parts.append(self.p(f"<b>How recent:</b> {text(criterion.freshness.rule)}", "small"))
                if applies := _condition(criterion.applies_if):
                    parts.append(self.p(f"<b>Applies when</b> {text(applies)}.", "small"))
                if mandatory := _condition(criterion.mandatory_if):
                    parts.append(self.p(f"<b>Mandatory when</b> {text(mandatory)}.", "small"))
                self.story.append(KeepTogether(parts))

    def signature_note(self) -> None:
        self.story += [
            Spacer(1, 8 * mm),
            self.p("<b>Signed with the council's key. Root certificate fingerprint (SHA-256):</b>", "small"),
            self.p(grouped_fingerprint(self.fingerprint), "mono"),
            self.p(
                "The framework itself is attached as framework.yaml, and the whole file carries one digital "
                "signature allowing no later changes. Install it in the Kitemark app (File → Install framework…): "
                "the app checks the signature and, the first time, asks you to compare this fingerprint with the one "
                "the council gave you; from then on the council's reviews must be signed with the same key.",
                "small",
            ),
        ]

    def build(self) -> list[Flowable]:
        self.cover()
        self.what_changed()
        self.areas()
        self.signature_note()
        return self.story


def write_booklet(
    framework: Framework, handle: BinaryIO, council_fingerprint: str, changes: Sequence[str] = (), *, creator: str
) -> None:
    """Write the framework's booklet to ``handle``; ``changes`` are sentences on what changed from the last one."""
    build_pdf(
        handle,
        _Builder(framework, council_fingerprint, changes).build(),
        title=f"{framework.title} — version {framework.version}",
        author=framework.publisher,
        subject=f"Kitemark framework {framework.id} {framework.version}",
        creator=creator,
        footer=f"{framework.title}, version {framework.version}",
    )
