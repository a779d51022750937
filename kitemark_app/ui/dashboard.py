"""The overview dashboard: progress per area as a chart, overall progress, and what blocks submission."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.award import Reminder
from kitemark_app.core.readiness import Problem
from kitemark_app.services.overview import AreaProgress, ReviewSummary, StatusReport
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.problem_text import problem_text
from kitemark_app.ui.translations import shown_language
from kitemark_app.ui.widgets.review_outcome import ReviewOutcomeBox
from kitemark_app.ui.widgets.widths import wrap_words

if TYPE_CHECKING:
    from PySide6.QtCharts import QChartView

    from kitemark_app.services.workspace import Workspace

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
#: The area names beside the chart's bars take this share of its width (and at least this many characters).
LABEL_SHARE = 0.3
LABEL_LEAST_CHARS = 16


def problem_target(problem: Problem) -> str:
    """Where to go to fix a problem: a profile field, the evidence item, or the criterion."""
    if problem.profile_field:
        return f"profile:{problem.profile_field}"
    if problem.evidence_id is not None:
        return f"evidence:{problem.evidence_id}"
    if problem.criterion:
        return f"criterion:{problem.criterion}"
    return "overview"


def ordered_problems(problems: list[Problem]) -> list[Problem]:
    """Must-fix problems first; otherwise the order of the check (profile, then framework order)."""
    return sorted(problems, key=lambda problem: not problem.must_fix)


class DashboardPage(QWidget):
    """The Overview. Refreshes itself whenever the data changes.

    Without a workspace (yet) it shows what ``show_report`` was given — at start-up, the read-only snapshot —
    until ``set_workspace`` is called. With ``chart_later`` (start-up: QtCharts costs about a tenth of it) the
    figures per area are shown as text where the chart goes, until ``build_chart`` draws the chart there.
    """

    #: The report shown now (after every refresh); for the status bar and tests.
    refreshed = Signal(object)

    def __init__(
        self,
        workspace: Workspace | None,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        chart_later: bool = False,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.events = events
        self.report: StatusReport | None = None
        self.setAccessibleName(self.tr("Overview"))

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.review_box = ReviewOutcomeBox(self)  # the assessor's outcome and the award's expiry
        self.review_box.next_cycle_requested.connect(self._start_next_cycle)
        self.review_box.next_button.setEnabled(workspace is not None)
        self.answered_bar = self._progress_bar(self.tr("Criteria answered"))
        self.met_bar = self._progress_bar(self.tr("Criteria met"))
        self.answered_label = QLabel(self.tr("&Answered:"), self)
        self.answered_label.setBuddy(self.answered_bar)
        self.met_label = QLabel(self.tr("&Met:"), self)
        self.met_label.setBuddy(self.met_bar)
        progress = QGridLayout()
        progress.addWidget(self.answered_label, 0, 0)
        progress.addWidget(self.answered_bar, 0, 1)
        progress.addWidget(self.met_label, 1, 0)
        progress.addWidget(self.met_bar, 1, 1)
        progress.setColumnStretch(1, 1)

        self.chart_view: QChartView | None = None
        self._chart_areas: list[AreaProgress] = []
        #: The figures per area as text, in the chart's place until it is drawn (``chart_later``).
        self.chart_text: QLabel | None = None
        if chart_later:
            self.chart_text = QLabel(self)
            self.chart_text.setAccessibleName(self.tr("Progress per area"))
            self.chart_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.chart_text.setWordWrap(True)
            chart: QWidget = self.chart_text
        else:
            chart = self._new_chart_view()

        self.readiness_heading = QLabel(self)
        self.readiness_heading.setTextFormat(Qt.TextFormat.RichText)
        self.readiness_heading.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems to fix before submitting"))
        self.problems.setWordWrap(True)
        self.problems.setFrameShape(QFrame.Shape.StyledPanel)
        self.problems.itemActivated.connect(self._go_to)  # Enter, double-click, or a click where that activates
        if not self.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick):
            self.problems.itemClicked.connect(self._go_to)  # a link: one click is enough
        self.readiness_heading.setBuddy(self.problems)

        self.problems.setMinimumHeight(self.fontMetrics().height() * 10)
        self.reminders = QLabel(self)
        self.reminders.setWordWrap(True)
        self.reminders.setAccessibleName(self.tr("Reminders"))
        self.reminders.setVisible(False)
        from kitemark_app.ui.frameworks_ui import FrameworksBox

        self.frameworks_box = FrameworksBox(self)  # each framework in use, with its progress
        self.frameworks_box.setVisible(False)  # until the workspace is open

        # The page scrolls as a whole, so the chart keeps readable bars at 200% text size or in a small window.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.review_box)
        layout.addWidget(self.reminders)
        layout.addLayout(progress)
        layout.addWidget(self.frameworks_box)
        layout.addWidget(chart)
        layout.addWidget(self.readiness_heading)
        layout.addWidget(self.problems, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Overview"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._content_layout = layout

        events.data_changed.connect(self._on_data_changed)
        self._out_of_date = True  # filled when first shown
        # Several changes in a row (autosave while typing) cause one refresh, on the next turn of the event loop.
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)

    def _on_data_changed(self, _what: str) -> None:
        if self.isVisible():
            self._refresh_soon.start()
        else:
            self._out_of_date = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._out_of_date:
            self.refresh()
        super().showEvent(event)

    def _progress_bar(self, name: str) -> QProgressBar:
        bar = QProgressBar(self)
        bar.setAccessibleName(name)
        bar.setTextVisible(True)
        return bar

    # --- chart --------------------------------------------------------------------------------------

    def build_chart(self) -> None:
        """Draw the chart where the figures are shown as text (``chart_later``); nothing if it is drawn."""
        if self.chart_text is None:
            return
        view = self._new_chart_view()
        self._content_layout.replaceWidget(self.chart_text, view)
        self.chart_text.deleteLater()
        self.chart_text = None
        if self.report is not None:
            self._fill_chart(self.report.areas)

    def _new_chart_view(self) -> QChartView:
        self.chart_view = self._make_chart_view()
        self.chart_view.setAccessibleName(self.tr("Progress per area"))
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # its description reads the figures out
        return self.chart_view

    def _make_chart_view(self) -> QChartView:
        # QtCharts is imported here, not at module level, so importing the UI package stays light.
        from PySide6.QtCharts import QChart, QChartView

        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        view.installEventFilter(self)  # the labels are wrapped again for a new width
        return view

    def _fill_chart(self, areas: list[AreaProgress]) -> None:
        lines = [
            self.tr("%1: %2 of %3 answered, %4 met")
            .replace("%1", area.title)
            .replace("%2", str(area.answered))
            .replace("%3", str(area.applicable))
            .replace("%4", str(area.met))
            for area in areas
        ]
        if self.chart_view is None:
            assert self.chart_text is not None
            self.chart_text.setText("\n".join(lines))
            # About the chart's height, so that little moves when it is drawn.
            self.chart_text.setMinimumHeight(self.fontMetrics().height() * (7 * len(areas) // 4 + 5))
            return
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QValueAxis

        chart = self.chart_view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        answered = QBarSet(self.tr("Answered"))
        met = QBarSet(self.tr("Met"))
        answered.setColor(QColor(74, 144, 226))
        met.setColor(QColor(46, 160, 67))
        # Horizontal bars are drawn bottom-up; reverse so the first area is at the top, as in the navigation.
        for area in reversed(areas):
            share = 100.0 / area.applicable if area.applicable else 0.0
            answered.append(area.answered * share)
            met.append(area.met * share)
        self._chart_areas = areas
        series = QHorizontalBarSeries()
        # Sets are drawn bottom-up within each category too: "Met" first puts "Answered" on top.
        series.append(met)
        series.append(answered)
        chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.setLabelsFont(self.font())  # the text size the person chose, and what the labels are fitted to
        category_axis.append(self.category_labels(areas))
        category_axis.setTruncateLabels(False)  # QtCharts elides "…" long before labels would overlap
        value_axis = QValueAxis()
        value_axis.setRange(0, 100)
        value_axis.setTickCount(6)
        value_axis.setLabelFormat("%d%%")
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        self._apply_palette(chart)
        self._fit_chart_height()
        self.chart_view.setAccessibleDescription("; ".join(lines))
        self.chart_view.setToolTip("\n".join(lines))

    # Each area's name is wrapped onto as many lines as it needs beside the bars (a third of the chart's width), so
    # that the whole name shows on a narrow screen; the lines are worked out again when the chart is resized.

    def category_labels(self, areas: list[AreaProgress]) -> list[str]:
        """The chart's area labels, bottom-up as the bars are drawn; lines broken with <br> (they are HTML)."""
        metrics = QFontMetrics(self.font())  # the labels' font (set in _fill_chart)
        room = max(metrics.averageCharWidth() * LABEL_LEAST_CHARS, self._chart_width() * LABEL_SHARE)
        labels = []
        for area in reversed(areas):
            text = (
                self.tr("%1 (%2/%3)")
                .replace("%2", str(area.answered))
                .replace("%3", str(area.applicable))
                .replace("%1", area.title)
            )
            lines = wrap_words(text, lambda line: metrics.horizontalAdvance(line) <= room)
            labels.append("<br>".join(_esc(line) for line in lines))
        return labels

    def _chart_width(self) -> int:
        return self.chart_view.width() if self.chart_view is not None else self.width()

    def _fit_chart_height(self) -> None:
        """Enough height for every area's label, however many lines it has, to stand clear of the next."""
        assert self.chart_view is not None
        axes = self.chart_view.chart().axes(Qt.Orientation.Vertical)
        labels = axes[0].categories() if axes else []
        lines = sum(max(1.75, label.count("<br>") + 1.5) for label in labels)
        self.chart_view.setMinimumHeight(round(self.fontMetrics().height() * (lines + 5)))

    def _relabel(self) -> None:
        if self.chart_view is None or not self._chart_areas:
            return
        (axis,) = self.chart_view.chart().axes(Qt.Orientation.Vertical)
        labels = self.category_labels(self._chart_areas)
        if labels != axis.categories():
            axis.setCategories(labels)
            self._fit_chart_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chart_view and event.type() == QEvent.Type.Resize:
            self._relabel()
        return False

    def _apply_palette(self, chart: object) -> None:
        """Follow the system colours (dark mode) instead of QtCharts' fixed light theme."""
        from PySide6.QtCharts import QChart

        assert isinstance(chart, QChart)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Window))
        chart.setPlotAreaBackgroundVisible(False)
        chart.legend().setLabelColor(text)
        grid = QColor(text)
        grid.setAlpha(60)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)

    # --- data ---------------------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace) -> None:
        """The workspace is open: from now on the page reads (and refreshes) from it."""
        self.workspace = workspace
        self.review_box.next_button.setEnabled(True)
        self.build_chart()

    def refresh(self) -> None:
        if self.workspace is None:
            return  # keep what show_report was given
        from kitemark_app.services.frameworks_in_use import frameworks_in_use
        from kitemark_app.services.report import status_report
        from kitemark_app.services.review_import import review_summary

        review = review_summary(self.workspace)
        self.show_report(status_report(self.workspace, language=shown_language()), review)
        self._fill_reminders(review)
        self.frameworks_box.set_frameworks(frameworks_in_use(self.workspace, language=shown_language()))
        self.frameworks_box.setVisible(True)

    def _fill_reminders(self, review: ReviewSummary | None, today: date | None = None) -> None:
        """The award's expiry and the evidence review-by dates at 90, 30 and 7 days (core/award.py)."""
        from kitemark_app.core.award import reminders
        from kitemark_app.services.evidence_ops import review_dates

        assert self.workspace is not None
        today = today or date.today()
        valid_until = review.valid_until if review is not None and review.for_this_cycle else None
        found = reminders(valid_until, review_dates(self.workspace), today)
        self.reminders.setText(
            "<b>{}</b><br/>{}".format(
                _esc(self.tr("Coming up")), "<br/>".join(f"• {_esc(self.reminder_text(r))}" for r in found)
            )
        )
        self.reminders.setVisible(bool(found))

    def reminder_text(self, reminder: Reminder) -> str:
        day = long_day(reminder.day)
        if reminder.is_award:
            renew = self.tr("Start the renewal so that the council can review it in time.")
            if reminder.days_left == 0:
                return self.tr("Your Kitemark expires today (on %1).").replace("%1", day) + " " + renew
            expires = self.tr("Your Kitemark expires in %n day(s) (on %1).", "", reminder.days_left)
            return expires.replace("%1", day) + " " + renew
        if reminder.days_left == 0:
            due = self.tr("'%1' is due for review today (on %2).")
        else:
            due = self.tr("'%1' is due for review in %n day(s) (on %2).", "", reminder.days_left)
        return due.replace("%2", day).replace("%1", reminder.document)

    def show_report(self, report: StatusReport, review: ReviewSummary | None) -> None:
        self._out_of_date = False
        self.report = report
        self.heading.setText(
            "<h2>{}</h2><p>{}</p>".format(
                _esc(report.organisation),
                _esc(
                    self.tr("%1, version %2 — aiming for %3")
                    .replace("%1", report.framework_title)
                    .replace("%2", report.framework_version)
                    .replace("%3", report.target_level_title)
                ),
            )
        )
        met = sum(area.met for area in report.areas)
        for bar, value in ((self.answered_bar, report.answered), (self.met_bar, met)):
            bar.setRange(0, max(1, report.criteria_applicable))
            bar.setValue(value)
            bar.setFormat(
                self.tr("%1 of %2 (%3%)")
                .replace("%1", str(value))
                .replace("%2", str(report.criteria_applicable))
                .replace(
                    "%3", str(round(100 * value / report.criteria_applicable) if report.criteria_applicable else 0)
                )
            )
        self.review_box.set_summary(review)
        self._fill_chart(report.areas)
        self._fill_problems(report.problems, review)
        self.refreshed.emit(report)

    def _fill_problems(self, problems: list[Problem], review: ReviewSummary | None = None) -> None:
        from kitemark_app.core.award import standing

        must_fix = sum(p.must_fix for p in problems)
        state = standing(review.outcome, review.valid_until, review.for_this_cycle, date.today()) if review else "none"
        if state == "awarded":  # the award leads; what is listed is for the renewal, not a submission now
            heading = (
                self.tr("Your Kitemark is current. Keep these up to date for the renewal:")
                if problems
                else self.tr("Your Kitemark is current, and nothing needs updating.")
            )
        elif not problems:
            heading = self.tr("Ready for submission: nothing is missing.")
        elif must_fix:
            heading = self.tr("Not ready yet: %n problem(s) must be fixed before you can submit.", "", must_fix)
            if len(problems) > must_fix:
                heading += " " + self.tr("%n more to check.", "", len(problems) - must_fix)
        else:
            heading = self.tr("Ready for submission, but check %n warning(s) first.", "", len(problems))
        self.readiness_heading.setText(f"<h3>{_esc(heading)}</h3>")
        self.problems.setAccessibleDescription(heading)
        style = self.style()
        must_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        check_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.problems.clear()
        for problem in ordered_problems(problems):
            prefix = self.tr("Must fix:") if problem.must_fix else self.tr("Check:")
            item = QListWidgetItem(must_icon if problem.must_fix else check_icon, f"{prefix} {problem_text(problem)}")
            item.setData(TARGET_ROLE, problem_target(problem))
            item.setToolTip(self.tr("Press Enter or click to go where you can fix this."))
            self.problems.addItem(item)
        self.problems.setVisible(bool(problems))

    def _start_next_cycle(self, renewal: bool) -> None:
        from kitemark_app.ui.review_import import start_cycle

        assert self.workspace is not None  # the button is enabled only then

        start_cycle(self, self.workspace, self.events, renewal)

    def _go_to(self, item: QListWidgetItem) -> None:
        self.events.navigation_requested.emit(str(item.data(TARGET_ROLE)))


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
