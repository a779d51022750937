"""Errors a user can cause. Each carries one plain sentence and the CLI exit code it maps to."""


class KitemarkError(Exception):
    """A problem the user can fix. ``str(error)`` is the one sentence we show them."""

    exit_code = 1


class UsageError(KitemarkError):
    """The command was called wrongly, or a file it names cannot be read."""

    exit_code = 2


class NotReadyError(KitemarkError):
    """The workspace is not ready for what was asked (e.g. export with blocking problems)."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []
