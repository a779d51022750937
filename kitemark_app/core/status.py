"""Answer and action statuses, shared by the database, the CLI, the GUI and the pack."""

from enum import StrEnum


class ResponseStatus(StrEnum):
    NOT_STARTED = "not-started"
    MET = "met"
    PARTLY_MET = "partly-met"
    NOT_MET = "not-met"
    NOT_APPLICABLE = "not-applicable"

    @property
    def label(self) -> str:
        return {
            "not-started": "Not started",
            "met": "Met",
            "partly-met": "Partly met",
            "not-met": "Not met",
            "not-applicable": "Not applicable",
        }[self.value]

    @property
    def answered(self) -> bool:
        return self is not ResponseStatus.NOT_STARTED

    @property
    def needs_evidence(self) -> bool:
        return self in (ResponseStatus.MET, ResponseStatus.PARTLY_MET)


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"open": "Open", "in-progress": "In progress", "done": "Done"}[self.value]


class CycleStatus(StrEnum):
    IN_PROGRESS = "in-progress"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    CLOSED = "closed"
    #: Moved to a new framework version before it was sent: kept as it was, read-only, beside the moved copy.
    SUPERSEDED = "superseded"
