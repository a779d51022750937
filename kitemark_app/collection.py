"""Python's cyclic garbage collector during start-up.

Starting a command imports hundreds of modules (SQLAlchemy, reportlab, pyHanko …) whose objects all live as long as
the process; the collector, triggered every few hundred new objects, walks them again and again and finds nothing to
free. The CLI pauses it while a command runs; the app resumes it once its first window is usable, after moving what
start-up made out of its reach (``gc.freeze``), so a long session collects its own garbage and only that.
"""

from __future__ import annotations

import gc


def pause() -> None:
    """Stop automatic collection (reference counting still frees everything that is not in a cycle)."""
    gc.disable()


def resume(*, freeze: bool = True) -> None:
    """Collect automatically again (if paused), with ``freeze`` leaving what exists now (modules, classes, caches)
    out of every later walk; without it (a command that has finished) everything stays collectable."""
    if not gc.isenabled():
        if freeze:
            gc.freeze()
        gc.enable()
