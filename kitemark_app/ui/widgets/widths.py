"""How text gets its room on a narrow screen, as plain arithmetic (no Qt, so it is tested without a window).

* ``share_widths``: a table's width shared among its columns. Dates, sizes and counts always show in full; titles
  and names take what is left, down to a minimum (they are elided there, with the full text in a tooltip, and
  below it the table scrolls). Before anything is cut, optional columns (whose content is shown elsewhere too)
  are hidden.
* ``navigation_width``: the navigation shows its longest item when the page keeps enough room.
* ``wrap_words``: a label broken into lines that each fit, so a chart can show a long name in full.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: What the page beside the navigation keeps, at least, before the navigation grows past ``NAVIGATION_LEAST``.
PAGE_ROOM = 700
NAVIGATION_LEAST = 280


@dataclass(frozen=True)
class ColumnNeed:
    column: int
    #: The width that shows every cell (and the header) in full.
    wanted: int
    #: None: never narrower than ``wanted``; else the column may be elided down to this width.
    minimum: int | None = None
    #: 0: always shown; otherwise it may be hidden when the room is short, the highest number first.
    optional: int = 0

    @property
    def least(self) -> int:
        return self.wanted if self.minimum is None else min(self.minimum, self.wanted)


def share_widths(available: int, needs: Sequence[ColumnNeed], stretch: int) -> dict[int, int]:
    """Widths of the columns to show (hidden ones are left out), using ``available`` pixels. Optional columns
    are left out, the highest rank first, while the others would not all be shown in full. What is left over goes
    to the ``stretch`` column; when even the least widths do not fit, every column gets its least (and the table
    scrolls)."""
    shown = list(needs)
    for need in sorted((n for n in needs if n.optional), key=lambda n: -n.optional):
        if sum(n.wanted for n in shown) <= available:
            break
        shown.remove(need)
    widths = {n.column: n.wanted for n in shown if n.minimum is None}
    flexible = [n for n in shown if n.minimum is not None]
    room = available - sum(widths.values())
    wanted = sum(n.wanted for n in flexible)
    if room >= wanted:
        widths.update({n.column: n.wanted for n in flexible})
        if stretch in widths:
            widths[stretch] += room - wanted
        return widths
    spare = max(0, room - sum(n.least for n in flexible))
    give = sum(n.wanted - n.least for n in flexible)
    for need in flexible:
        widths[need.column] = need.least + (spare * (need.wanted - need.least) // give if give else 0)
    return widths


def navigation_width(window: int, content: int) -> int:
    """The navigation's width in a window ``window`` pixels wide whose longest item is ``content`` wide."""
    return max(NAVIGATION_LEAST, min(content, window - PAGE_ROOM))


def wrap_words(text: str, fits: Callable[[str], bool]) -> list[str]:
    """``text`` in lines of whole words, each as long as ``fits`` allows; a word too long alone keeps its line."""
    lines: list[str] = []
    for word in text.split():
        if lines and fits(f"{lines[-1]} {word}"):
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines
