"""The navigation on the left: Overview, each area with its applicable criteria, the library, the plan, the profile.

Each item carries a target string ("overview", "criterion:GOV-01", "evidence", "actions", "profile"); selecting
it emits ``target_selected``. ``update_outline`` refreshes texts and icons in place, keeping the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from kitemark_app.review.terms import Verdict
from kitemark_app.services.overview import AreaOutline, CriterionEntry, Outline
from kitemark_app.ui.widgets.status_icons import status_icon

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


#: What the navigation adds after a criterion the assessor did not simply find met.
ASSESSOR_FLAGS = {
    "met-with-conditions": QT_TRANSLATE_NOOP("NavigationModel", "assessor: with conditions"),
    "not-met": QT_TRANSLATE_NOOP("NavigationModel", "assessor: not met"),
    "more-information": QT_TRANSLATE_NOOP("NavigationModel", "assessor: more information"),
}


class NavigationModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, QStandardItem] = {}
        self._area_items: dict[str, QStandardItem] = {}
        self._outline: Outline | None = None

    def _item(self, text: str, target: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(target, TARGET_ROLE)
        item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        self._items[target] = item
        return item

    def set_outline(self, outline: Outline) -> None:
        shape = [(area.id, [c.id for c in area.criteria]) for area in outline.areas]
        old_shape = (
            [(area.id, [c.id for c in area.criteria]) for area in self._outline.areas] if self._outline else None
        )
        self._outline = outline
        if shape != old_shape:
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
            root.appendRow(area_item)
        root.appendRow(self._item(self.tr("Evidence library"), "evidence"))
        root.appendRow(self._item(self.tr("Action plan"), "actions"))
        root.appendRow(self._item(self.tr("Organisation profile"), "profile"))

    def _describe_area(self, item: QStandardItem, area: AreaOutline) -> None:
        count = f"{area.answered}/{len(area.criteria)}"
        item.setText(f"{area.title}  {count}")
        item.setData(
            self.tr("%1, %2 of %3 answered")
            .replace("%1", area.title)
            .replace("%2", str(area.answered))
            .replace("%3", str(len(area.criteria))),
            Qt.ItemDataRole.AccessibleTextRole,
        )

    def _describe_criterion(self, item: QStandardItem, entry: CriterionEntry) -> None:
        mark = " *" if entry.mandatory else ""
        # The assessor's verdict beside the organisation's own status, flagged when it asks for something.
        flag = self.tr(ASSESSOR_FLAGS[entry.assessor_verdict]) if entry.assessor_verdict in ASSESSOR_FLAGS else ""
        item.setText(f"{entry.id}{mark}  {entry.title}" + (f"  ⚑ {flag}" if flag else ""))
        item.setIcon(status_icon(entry.status))
        status = self.tr(entry.status.label)
        if entry.assessor_verdict in {v.value for v in Verdict}:
            status += " · " + self.tr("assessor: %1").replace("%1", self.tr(Verdict(entry.assessor_verdict).label))
        item.setToolTip(f"{entry.id}: {entry.title} — {status}" + (self.tr(" (mandatory)") if mark else ""))
        item.setData(
            self.tr("%1 %2, %3").replace("%1", entry.id).replace("%2", entry.title).replace("%3", status),
            Qt.ItemDataRole.AccessibleTextRole,
        )

    def restyle(self) -> None:
        """Redraw the status icons, e.g. after the system switched between light and dark."""
        if self._outline is not None:
            for area in self._outline.areas:
                for entry in area.criteria:
                    self._items[f"criterion:{entry.id}"].setIcon(status_icon(entry.status))

    def index_of(self, target: str) -> QModelIndex:
        item = self._items.get(target)
        return item.index() if item is not None else QModelIndex()

    def criterion_ids(self) -> list[str]:
        return [entry.id for area in (self._outline.areas if self._outline else ()) for entry in area.criteria]


class NavigationTree(QTreeView):
    target_selected = Signal(str)
    #: The criteria that came and went when the profile changed what applies: (added ids, removed ids).
    criteria_changed = Signal(list, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav_model = NavigationModel(self)
        self.setModel(self.nav_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Navigation"))
        self.setAccessibleDescription(self.tr("Areas and criteria; use the arrow keys to move and open a page."))
        self._quiet = False

    def set_outline(self, outline: Outline) -> None:
        current = self.current_target()
        first = self.nav_model.rowCount() == 0
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
