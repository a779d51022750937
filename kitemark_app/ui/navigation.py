"""The navigation on the left: Overview, each area with its applicable criteria, the library, the plan, the profile.

Each item carries a target string ("overview", "criterion:GOV-01", "evidence", "actions", "profile"); selecting
it emits ``target_selected``. ``update_outline`` refreshes texts and icons in place, keeping the selection.

A title too long for the width is cut (in the middle when its end matters: an area's count, an assessor's flag)
and shown in full in its tooltip. An area whose criteria do not all apply ends with a line saying which do not,
its tooltip saying why (``not_applicable_reason``), so that a gap in the numbering (GOV-01, GOV-03) is explained.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from kitemark_app.core.applicability import NotApplicable
from kitemark_app.core.profile import INCOME_FLOORS
from kitemark_app.review.terms import Verdict
from kitemark_app.services.overview import AreaOutline, CriterionEntry, Outline
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.widgets.status_icons import status_icon

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
#: How an item's text is cut when it is too long: a Qt.TextElideMode (at the end when not set).
ELIDE_ROLE = Qt.ItemDataRole.UserRole + 2


#: What the navigation adds after a criterion the assessor did not simply find met.
ASSESSOR_FLAGS = {
    "met-with-conditions": QT_TRANSLATE_NOOP("NavigationModel", "assessor: with conditions"),
    "not-met": QT_TRANSLATE_NOOP("NavigationModel", "assessor: not met"),
    "more-information": QT_TRANSLATE_NOOP("NavigationModel", "assessor: more information"),
}


def not_applicable_reason(item: NotApplicable, target_level: str, level_title: Callable[[str], str] = str) -> str:
    """Why a criterion does not apply, as the end of "GOV-02 does not apply to you: …"; ``level_title`` names a
    level in the language shown."""
    reasons = []
    if item.above_level:
        reasons.append(
            QCoreApplication.translate("NavigationModel", "it is part of the %1 level, and you are aiming for %2")
            .replace("%1", level_title(item.criterion.level))
            .replace("%2", level_title(target_level))
        )
    if item.legal_forms:
        forms = "; ".join(core_word(form.label) for form in item.legal_forms)
        reasons.append(
            QCoreApplication.translate("NavigationModel", "it is only for these legal forms: %1").replace("%1", forms)
        )
    if item.income_at_least is not None:
        reasons.append(
            QCoreApplication.translate("NavigationModel", "it is only for an income of %1 a year or more").replace(
                "%1", INCOME_FLOORS[item.income_at_least]
            )
        )
    if item.activities_any:
        ticks = "; ".join(core_word(a.label) for a in item.activities_any)
        reasons.append(
            QCoreApplication.translate("NavigationModel", "it applies only when your profile ticks one of: %1").replace(
                "%1", ticks
            )
        )
    return "; ".join(reasons) or QCoreApplication.translate(
        "NavigationModel", "its conditions do not match your profile"
    )


class NavigationDelegate(QStyledItemDelegate):
    """Cuts each item's text the way its ``ELIDE_ROLE`` says."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        mode = index.data(ELIDE_ROLE)
        if mode is not None:
            option.textElideMode = Qt.TextElideMode(mode)


class NavigationModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, QStandardItem] = {}
        self._area_items: dict[str, QStandardItem] = {}
        #: Per area, the line naming its criteria that do not apply.
        self._left_out_items: dict[str, QStandardItem] = {}
        self._outline: Outline | None = None

    def _item(self, text: str, target: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(target, TARGET_ROLE)
        item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        item.setToolTip(text)
        self._items[target] = item
        return item

    def set_outline(self, outline: Outline) -> None:
        old, self._outline = self._outline, outline
        if old is None or _shape(outline) != _shape(old) or old.target_level != outline.target_level:
            self._rebuild(outline)
        else:
            for area in outline.areas:
                self._describe_area(self._area_items[area.id], area)
                for entry in area.criteria:
                    self._describe_criterion(self._items[f"criterion:{entry.id}"], entry)

    def _rebuild(self, outline: Outline) -> None:
        self.clear()
        self._items.clear()
        self._area_items.clear()
        self._left_out_items.clear()
        root = self.invisibleRootItem()
        root.appendRow(self._item(self.tr("Overview"), "overview"))
        for area in outline.areas:
            area_item = self._item(area.title, f"area:{area.id}")
            self._area_items[area.id] = area_item
            self._describe_area(area_item, area)
            for entry in area.criteria:
                item = self._item(entry.id, f"criterion:{entry.id}")
                self._describe_criterion(item, entry)
                area_item.appendRow(item)
            if area.not_applicable:
                area_item.appendRow(self._left_out_line(area, outline))
            root.appendRow(area_item)
        root.appendRow(self._item(self.tr("Evidence library"), "evidence"))
        root.appendRow(self._item(self.tr("Action plan"), "actions"))
        root.appendRow(self._item(self.tr("Organisation profile"), "profile"))

    def _left_out_line(self, area: AreaOutline, outline: Outline) -> QStandardItem:
        """ "GOV-02 does not apply to you", greyed, not a page; its tooltip (and what a screen reader reads) says
        why for each criterion."""
        ids = ", ".join(item.id for item in area.not_applicable)
        item = QStandardItem(self.tr("%1 does not apply to you", "", len(area.not_applicable)).replace("%1", ids))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # its tooltip shows; it cannot be selected or opened
        item.setData("", TARGET_ROLE)
        font = QFont()
        font.setItalic(True)
        item.setFont(font)
        item.setForeground(QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText)))
        why = "\n".join(
            self.tr("%1 %2 does not apply to you: %3.")
            .replace("%1", left_out.id)
            .replace("%2", left_out.criterion.title)
            .replace("%3", not_applicable_reason(left_out, outline.target_level, outline.level_title))
            for left_out in area.not_applicable
        )
        item.setToolTip(why)
        item.setData(why, Qt.ItemDataRole.AccessibleTextRole)
        self._left_out_items[area.id] = item
        return item

    def left_out_item(self, area_id: str) -> QStandardItem | None:
        """The line naming the area's criteria that do not apply, if there are any."""
        return self._left_out_items.get(area_id)

    def _describe_area(self, item: QStandardItem, area: AreaOutline) -> None:
        count = f"{area.answered}/{len(area.criteria)}"
        item.setText(f"{area.title}  {count}" if area.criteria else area.title)
        item.setData(Qt.TextElideMode.ElideMiddle.value, ELIDE_ROLE)  # the count at the end stays in view
        described = (
            self.tr("%1, %2 of %3 answered")
            .replace("%1", area.title)
            .replace("%2", str(area.answered))
            .replace("%3", str(len(area.criteria)))
        )
        item.setData(described, Qt.ItemDataRole.AccessibleTextRole)
        item.setToolTip(described)

    def _describe_criterion(self, item: QStandardItem, entry: CriterionEntry) -> None:
        mark = " *" if entry.mandatory else ""
        # The assessor's verdict beside the organisation's own status, flagged when it asks for something.
        flag = self.tr(ASSESSOR_FLAGS[entry.assessor_verdict]) if entry.assessor_verdict in ASSESSOR_FLAGS else ""
        item.setText(f"{entry.id}{mark}  {entry.title}" + (f"  ⚑ {flag}" if flag else ""))
        # Cut at the end, which keeps the id in view; in the middle when an assessor's flag ends the text.
        mode = Qt.TextElideMode.ElideMiddle if flag else Qt.TextElideMode.ElideRight
        item.setData(mode.value, ELIDE_ROLE)
        item.setIcon(status_icon(entry.status))
        status = core_word(entry.status.label)
        if entry.assessor_verdict in {v.value for v in Verdict}:
            status += " · " + self.tr("assessor: %1").replace("%1", core_word(Verdict(entry.assessor_verdict).label))
        item.setToolTip(
            f"{entry.id}: {entry.title} — {status}"
            + (self.tr(" (mandatory)") if mark else "")
            + (f"\n⚑ {flag}" if flag else "")
        )
        item.setData(
            self.tr("%1 %2, %3").replace("%1", entry.id).replace("%2", entry.title).replace("%3", status),
            Qt.ItemDataRole.AccessibleTextRole,
        )

    def restyle(self) -> None:
        """Redraw the status icons and the greyed lines, e.g. after the system switched between light and dark."""
        if self._outline is not None:
            for area in self._outline.areas:
                for entry in area.criteria:
                    self._items[f"criterion:{entry.id}"].setIcon(status_icon(entry.status))
        grey = QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        for item in self._left_out_items.values():
            item.setForeground(grey)

    def index_of(self, target: str) -> QModelIndex:
        item = self._items.get(target)
        return item.index() if item is not None else QModelIndex()

    def criterion_ids(self) -> list[str]:
        return [entry.id for area in (self._outline.areas if self._outline else ()) for entry in area.criteria]


def _shape(outline: Outline) -> list[tuple[str, list[str], list[str]]]:
    return [(a.id, [c.id for c in a.criteria], [n.id for n in a.not_applicable]) for a in outline.areas]


class NavigationTree(QTreeView):
    target_selected = Signal(str)
    #: The criteria that came and went when the profile changed what applies: (added ids, removed ids).
    criteria_changed = Signal(list, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav_model = NavigationModel(self)
        self.setModel(self.nav_model)
        self.setItemDelegate(NavigationDelegate(self))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Navigation"))
        self.setAccessibleDescription(self.tr("Areas and criteria; use the arrow keys to move and open a page."))
        self._quiet = False

    def set_outline(self, outline: Outline) -> None:
        current = self.current_target()
        shown = self.nav_model._outline
        # The first outline, or another framework's (the organisation switched): nothing "came" or "went".
        first = self.nav_model.rowCount() == 0 or shown is None or shown.framework_id != outline.framework_id
        before = set(self.nav_model.criterion_ids())
        areas_before = {area.id for area in self.nav_model._outline.areas} if self.nav_model._outline else set()
        collapsed = {a for a in areas_before if not self.isExpanded(self.nav_model.index_of(f"area:{a}"))}
        self._quiet = True
        try:
            self.nav_model.set_outline(outline)
            for area in outline.areas:  # a rebuild keeps what was open; a new area opens
                self.setExpanded(self.nav_model.index_of(f"area:{area.id}"), first or area.id not in collapsed)
            if current:
                self.select_target(current)
        finally:
            self._quiet = False
        after = self.nav_model.criterion_ids()
        if not first and set(after) != before:
            self.criteria_changed.emit([c for c in after if c not in before], sorted(before - set(after)))

    def content_width(self) -> int:
        """The width that shows every item in full (with the frame and a scroll bar)."""
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self.sizeHintForColumn(0) + 2 * self.frameWidth() + scroll_bar

    def current_target(self) -> str:
        index = self.currentIndex()
        return str(index.data(TARGET_ROLE) or "") if index.isValid() else ""

    def select_target(self, target: str) -> None:
        """Select the item for ``target`` (or its page kind, e.g. "evidence:12" -> "evidence")."""
        index = self.nav_model.index_of(target)
        if not index.isValid():
            index = self.nav_model.index_of(target.split(":", 1)[0])
        if index.isValid() and index != self.currentIndex():
            was_quiet, self._quiet = self._quiet, True
            try:
                self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.scrollTo(index)
            finally:
                self._quiet = was_quiet

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.nav_model.restyle()

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        target = str(current.data(TARGET_ROLE) or "") if current.isValid() else ""
        if target and not self._quiet and not target.startswith("area:"):
            self.target_selected.emit(target)
