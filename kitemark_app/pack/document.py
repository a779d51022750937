"""The readable part of the pack: a reportlab document made from ``PackContent`` (revision 1 of the pack)."""

from __future__ import annotations

from collections import Counter
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from kitemark_app.core.dates import long_day
from kitemark_app.pack.bilingual import ATTACHED, DECLARATION, HOW_TO_CHECK, REDACTED, SIGNED_BY, fixed_word
from kitemark_app.pack.keys import grouped_fingerprint
from kitemark_app.pack.manifest import PackContent, ResponseInfo
from kitemark_app.pack.pdf_layout import (
    MARGIN,
    MONO,
    MONO_BOLD,
    base_styles,
    build_pdf,
    escape,
    paragraph,
    table,
    text,
)

STATUS_COLOURS = {
    "met": colors.HexColor("#1e7b34"),
    "partly-met": colors.HexColor("#9a6700"),
    "not-met": colors.HexColor("#b42318"),
    "not-applicable": colors.HexColor("#555555"),
}


def _styles() -> dict[str, ParagraphStyle]:
    styles = base_styles()
    body = styles["body"]
    return styles | {
        "mono": ParagraphStyle("Mono", parent=body, fontName=MONO, fontSize=7, leading=8.5),
        "subtitle": ParagraphStyle(
            "CoverSubtitle", parent=body, fontSize=14, leading=18, alignment=TA_CENTER, spaceAfter=6
        ),
        "fingerprint": ParagraphStyle(
            "Fingerprint", parent=body, fontName=MONO_BOLD, fontSize=11, leading=15, alignment=TA_CENTER
        ),
    }


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000  # type: ignore[assignment]
    raise AssertionError("unreachable")


class _Bookmark(Flowable):
    """An invisible mark that adds an outline entry where it lands."""

    def __init__(self, title: str, key: str, level: int) -> None:
        super().__init__()
        self.title, self.key, self.level = title, key, level
        self.width = self.height = 0

    def wrap(self, *_: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        if self.level == 0:
            self.canv.showOutline()  # open the reader with the outline visible
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


class _Builder:
    def __init__(self, content: PackContent) -> None:
        self.c = content
        self.s = _styles()
        self.story: list[Flowable] = []
        self.width = A4[0] - 2 * MARGIN

    def p(self, text: str, style: str = "body") -> Paragraph:
        return paragraph(text, self.s[style])

    def both(self, english: str, separator: str = " / ") -> str:
        """The pack's own words as markup: in English, and in a bilingual pack its second language's after them."""
        other = fixed_word(self.c.second_language, english) if self.c.second_language else ""
        if not other:
            return text(english)
        if english.endswith(":") and other.endswith(":"):  # "Status / অবস্থা:", one colon for both
            english = english[:-1]
        return f"{text(english)}{separator}{text(other)}"

    def _header(self, *words: str) -> list[Any]:
        """A table's header row: the English words, or in a bilingual pack each with its translation below."""
        if not self.c.second_language:
            return list(words)
        return [self.p(f"<b>{self.both(word, '<br/>')}</b>", "cell") for word in words]

    def section(self, title: str, key: str) -> None:
        self.story += [PageBreak(), _Bookmark(title, key, 0), self.p(self.both(title, " · "), "h1")]

    def cover(self) -> None:
        c = self.c
        self.story += [
            _Bookmark("Cover", "cover", 0),
            Spacer(1, 30 * mm),
            self.p(text(c.organisation.name), "title"),
            self.p(self.both("Kitemark self-assessment submission", "<br/>"), "subtitle"),
            Spacer(1, 10 * mm),
        ]
        if c.second_language:
            note = (
                "This pack is bilingual: each criterion is given in English and then in Bengali (বাংলা). The English "
                "is what the criterion asks."
            )
            self.story += [self.p(self.both(note, "<br/>"), "small"), Spacer(1, 4 * mm)]
        rows = [
            [
                "Framework",
                f"{c.framework_title} (version {c.framework_version}), "
                + (
                    f"signed by the council key {c.framework_council[:16]}…"
                    if c.framework_council
                    else "unsigned draft (not installed from a framework file the council signed)"
                ),
            ],
            ["Target level", c.target_level],
            ["Pack created", f"{long_day(c.created_at)}, {c.created_at:%H:%M %Z}".strip()],
            [
                "Criteria answered",
                f"{sum(r.status != 'not-started' for r in c.responses)} of {len(c.responses)} applicable",
            ],
            ["Evidence files", str(len(c.evidence))],
        ]
        self.story.append(
            table(
                [[self.p(f"<b>{self.both(k, '<br/>')}</b>", "cell"), self.p(text(v), "cell")] for k, v in rows],
                [45 * mm, self.width - 45 * mm],
                header=False,
            )
        )
        self.story += [
            Spacer(1, 12 * mm),
            self.p(f"<b>{self.both(SIGNED_BY, '<br/>')}</b>"),
            Spacer(1, 2 * mm),
            self.p(grouped_fingerprint(c.root_fingerprint), "fingerprint"),
            Spacer(1, 3 * mm),
            self.p(self.both(HOW_TO_CHECK, "<br/><br/>"), "small"),
        ]
        if c.notes:
            gaps = self.both("Known gaps the organisation acknowledged:")
            self.story += [Spacer(1, 6 * mm), self.p(f"<b>{gaps}</b>", "small")]
            self.story += [self.p("• " + text(note), "small") for note in c.notes]

    def profile(self) -> None:
        org = self.c.organisation
        self.section("Organisation profile", "profile")
        rows = [
            ("Name", org.name),
            ("Legal form", org.legal_form_label),
            ("Charity number", org.charity_number or "—"),
            ("Company number", org.company_number or "—"),
            ("Address", org.address),
            ("Contact", f"{org.contact_name} <{org.contact_email}>"),
            ("Annual income", org.income_band_label),
            ("Paid staff", str(org.staff_count)),
            ("Volunteers", str(org.volunteer_count)),
            ("Activities", "\n".join(org.activity_labels) or "—"),
        ]
        self.story.append(
            table(
                [[self.p(f"<b>{self.both(k, '<br/>')}</b>", "cell"), self.p(text(v), "cell")] for k, v in rows],
                [45 * mm, self.width - 45 * mm],
                header=False,
            )
        )

    def summary(self) -> None:
        self.section("Summary by area", "summary")
        columns = ("met", "partly-met", "not-met", "not-applicable")
        rows: list[list[Any]] = [
            self._header("Area", "Criteria", "Met", "Partly met", "Not met", "N/A", "Not answered")
        ]
        totals: Counter[str] = Counter()
        for area in self.c.areas:
            responses = [r for r in self.c.responses if r.area == area.id]
            if not responses:
                continue
            counts = Counter(r.status if r.status in columns else "unanswered" for r in responses)
            totals.update(counts)
            name = self.p(f"{escape(area.id)} — {text(area.title)}", "cell")
            rows.append([name, len(responses), *(counts[c] for c in columns), counts["unanswered"]])
        all_areas = self.p("<b>All areas</b>", "cell")
        rows.append([all_areas, len(self.c.responses), *(totals[c] for c in columns), totals["unanswered"]])
        w = self.width - 116 * mm
        self.story.append(table(rows, [w, 18 * mm, 14 * mm, 20 * mm, 18 * mm, 14 * mm, 32 * mm]))
        self.story.append(
            self.p("Each row adds up: every criterion is in exactly one of the columns after it.", "cell")
        )

    def criteria(self) -> None:
        titles = {e.attachment: e.title for e in self.c.evidence}
        first = True
        for area in self.c.areas:
            responses = [r for r in self.c.responses if r.area == area.id]
            if not responses:
                continue
            if first:  # the criteria start a new page; each further area flows on where there is room
                self.section(f"{area.id} — {area.title}", f"area-{area.id}")
                first = False
            else:
                self.story += [CondPageBreak(70 * mm), Spacer(1, 6 * mm), _Bookmark(f"{area.id} — {area.title}", f"area-{area.id}", 0),
                               self.p(text(f"{area.id} — {area.title}"), "h1")]  # fmt: skip
            if area.title_translated:
                self.story.append(self.p(f"<b>{text(area.title_translated)}</b>"))
            for response in responses:
                self.story += self._criterion(response, titles)

    def _criterion(self, r: ResponseInfo, titles: dict[str, str]) -> list[Flowable]:
        colour = STATUS_COLOURS.get(r.status, colors.black).hexval()[2:]
        heading: list[Flowable] = [
            CondPageBreak(40 * mm),
            _Bookmark(f"{r.criterion} {r.title}", f"criterion-{r.criterion}", 1),
            self.p(f"{escape(r.criterion)} {text(r.title)}", "h2"),
        ]
        if self.c.second_language:  # English first, then the framework's own translation, field by field
            if r.title_translated:
                heading.append(self.p(f"<b>{text(r.title_translated)}</b>"))
            heading.append(self.p(f"<b>{text('What it asks:')}</b> {text(r.guidance)}", "small"))
            if r.guidance_translated:
                words = fixed_word(self.c.second_language, "What it asks:")
                label = f"<b>{text(words)}</b> " if words else ""
                heading.append(self.p(f"{label}{text(r.guidance_translated)}", "small"))
        heading.append(
            self.p(
                f"<b>{self.both('Status:')}</b> <font color='#{colour}'><b>{self.both(r.status_label)}</b></font>"
                + (f"&nbsp;&nbsp;·&nbsp;&nbsp;<b>{self.both('Mandatory')}</b>" if r.mandatory else ""),
            )
        )
        parts: list[Flowable] = []
        if r.status == "not-applicable":
            parts.append(self.p(f"<b>{self.both('Why it does not apply:')}</b> {text(r.na_reason)}"))
        if r.narrative.strip():
            parts += [Spacer(1, 2), *(self.p(text(block)) for block in r.narrative.strip().split("\n\n"))]
        if r.evidence:
            parts.append(self.p(f"<b>{self.both('Evidence relied on:')}</b>", "body"))
            parts += [
                self.p(
                    f"• {text(titles.get(name, name))} — attachment <font face='KM-Mono'>{escape(name)}</font>", "cell"
                )
                for name in r.evidence
            ]
        else:
            parts.append(self.p(f"<i>{self.both('No evidence attached.')}</i>", "cell"))
        # Never a heading alone at the foot of a page: it stays with the start of the answer.
        return [KeepTogether(heading + parts[:1]), *parts[1:]]

    def actions(self) -> None:
        self.section("Action plan", "actions")
        if not self.c.actions:
            self.story.append(self.p("The organisation recorded no improvement actions."))
            return
        rows: list[list[Any]] = [self._header("Criterion", "Action", "Owner", "Due", "Status")]
        signed_on = self.c.created_at.date()
        for a in self.c.actions:
            overdue = a.due_date is not None and a.due_date < signed_on and a.status != "done"
            status = self.both(a.status.replace("-", " ").capitalize(), "<br/>")
            rows.append(
                [
                    a.criterion or "—",
                    self.p(text(a.description), "cell"),
                    self.p(text(a.owner or "—"), "cell"),
                    self.p(long_day(a.due_date) if a.due_date else "—", "cell"),
                    self.p(
                        f"{status}<br/><font color='#b42318'><b>{self.both('Overdue')}</b></font>"
                        if overdue
                        else status,
                        "cell",
                    ),
                ]
            )
        self.story.append(table(rows, [22 * mm, self.width - 112 * mm, 34 * mm, 32 * mm, 24 * mm]))

    def declaration(self) -> None:
        d = self.c.declaration
        self.section("Declaration", "declaration")
        values = {
            "organisation": text(self.c.organisation.name),
            "day": f"<b>{long_day(d.resolution_date)}</b>",
            "minute": f"<b>{text(d.minute_ref)}</b>",
        }
        said = [DECLARATION.format(**values)]
        if other := fixed_word(self.c.second_language, DECLARATION) if self.c.second_language else "":
            said.append(text(other).format(**values))  # text(): the Bengali in its own font, shaped
        self.story += [*(self.p(paragraph) for paragraph in said), Spacer(1, 4 * mm)]
        rows: list[list[Any]] = [self._header("Name", "Role", "Date")]
        rows += [[self.p(text(s.name), "cell"), self.p(text(s.role), "cell"), long_day(s.date)] for s in d.signatories]
        self.story.append(table(rows, [70 * mm, self.width - 104 * mm, 34 * mm]))

    def evidence_index(self) -> None:
        self.section("Evidence index", "evidence")
        self.story.append(self.p(self.both(ATTACHED, "<br/><br/>"), "small"))
        self.story.append(Spacer(1, 3 * mm))
        rows: list[list[Any]] = [self._header("Title / attachment", "Size", "Dated", "SHA-256")]
        for e in self.c.evidence:
            sha = f"{e.sha256[:32]}<br/>{e.sha256[32:]}"
            redacted = f"<br/><i>{self.both(REDACTED, '<br/>')}</i>" if e.redaction else ""
            rows.append(
                [
                    self.p(
                        f"{text(e.title)}<br/><font face='KM-Mono' size='7'>{escape(e.attachment)}</font>{redacted}",
                        "cell",
                    ),
                    self.p(_size(e.size), "cell"),
                    long_day(e.document_date) if e.document_date else "—",
                    self.p(sha, "mono"),
                ]
            )
        self.story.append(table(rows, [self.width - 104 * mm, 20 * mm, 22 * mm, 62 * mm]))

    def build(self) -> list[Flowable]:
        self.cover()
        self.profile()
        self.summary()
        self.criteria()
        self.actions()
        self.declaration()
        self.evidence_index()
        return self.story


def write_document(content: PackContent, handle: BinaryIO) -> None:
    """Write the readable document to ``handle`` (a file open for writing)."""
    build_pdf(
        handle,
        _Builder(content).build(),
        title=f"Kitemark submission — {content.organisation.name}",
        author=content.organisation.name,
        subject=f"{content.framework_title} {content.framework_version}, target level {content.target_level}",
        creator=f"Kitemark {content.app_version}",
        footer=f"{content.organisation.name} — Kitemark submission, {long_day(content.created_at)}",
    )
