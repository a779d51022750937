"""A VCO's workspace: one data folder holding the database and the evidence store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from kitemark_app.core.applicability import ApplicableCriterion, applicable_criteria
from kitemark_app.core.framework import Framework, parse_framework
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile
from kitemark_app.core.status import ActionStatus, ResponseStatus
from kitemark_app.db.models import ActionItem, AssessmentCycle, Organisation, Response, Setting
from kitemark_app.db.session import NEWER_MESSAGE, is_newer, open_database, stored_revision
from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.store import EvidenceStore
from kitemark_app.paths import DataLayout, usable_data_dir
from kitemark_app.sentences import say
from kitemark_app.services.overview import (
    ACTIVITY_COLUMNS,
    FOCUS_SETTING,
    ORGANISATION_COLUMNS,
    focus_cycle_id,
    framework_of,
    latest_cycle_ids,
    profile_from,
)


class ReadOnlyError(KitemarkError):
    """A change was asked for while the data is open read-only."""


class DataFolderError(KitemarkError):
    """The data folder cannot be used (no permission, disk full, device gone)."""


def _storage_failure(error: OperationalError, read_only_reason: str | None) -> KitemarkError | None:
    """One sentence for SQLite refusing a write, or None when it is a programming error to re-raise."""
    text = str(error.orig).lower()
    if read_only_reason and ("readonly" in text or "no such" in text):
        return ReadOnlyError(read_only_reason)
    if "disk is full" in text:
        return DataFolderError(
            say("The disk is full, so the last change was not saved; free some space and try again.")
        )
    if "readonly" in text or "disk i/o error" in text or "unable to open" in text:
        return DataFolderError(
            say(
                "Kitemark could not write to its data folder, so the last change was not saved; "
                "check the disk or USB stick is still there and try again."
            )
        )
    if "locked" in text or "busy" in text:
        return DataFolderError(say("Kitemark is busy saving in another window; wait a moment and try again."))
    return None


class NoOrganisationError(KitemarkError):
    """The data folder has no organisation yet."""

    def __init__(self) -> None:
        super().__init__(
            say("This data folder has no organisation yet; start a self-assessment in the app or run 'kitemark demo'.")
        )


@dataclass
class OrganisationDetails:
    """The organisation profile as plain data (the wizard fills it, the database stores it)."""

    name: str
    legal_form: LegalForm
    income_band: IncomeBand
    activities: set[Activity] = field(default_factory=set)
    charity_number: str = ""
    company_number: str = ""
    address: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    staff_count: int = 0
    volunteer_count: int = 0


def organisation_columns(organisation: Organisation) -> dict[str, object]:
    """The organisation's columns that the overview functions read (``services/overview.py``)."""
    return {name: getattr(organisation, name) for name in ORGANISATION_COLUMNS}


def profile_of(organisation: Organisation) -> Profile:
    return profile_from(organisation_columns(organisation))


class Workspace:
    """The data folder of one VCO. Open with ``Workspace.open(path)``; close when done."""

    def __init__(
        self,
        layout: DataLayout,
        engine: Engine,
        sessions: sessionmaker[Session],
        read_only_reason: str | None = None,
    ) -> None:
        self.layout = layout
        self.engine = engine
        self.sessions = sessions
        #: Set when the data is open read-only (e.g. saved by a newer Kitemark); the sentence to show.
        self.read_only_reason = read_only_reason
        self.store = EvidenceStore(layout.evidence, read_only_reason=read_only_reason)
        #: The framework (by id) this run works on when the caller chose one (``--framework ID``); otherwise the
        #: one last chosen in the app (``FOCUS_SETTING``), else the first the organisation started.
        self.framework_choice: str | None = None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @classmethod
    def open(cls, root: Path, *, read_only: bool = False) -> Workspace:
        """Check, back up, migrate and open the data folder.

        A damaged database is moved aside and DamagedDatabaseError (carrying the newest good backup) raised;
        data from a newer Kitemark opens read-only, never downgraded.
        """
        from kitemark_app.services import backup

        layout = DataLayout(usable_data_dir(root))
        try:
            root.mkdir(parents=True, exist_ok=True)
            backup.guard_database(layout)
            newer = is_newer(stored_revision(layout.database))
            reason = NEWER_MESSAGE if newer else (say("This data is open read-only.") if read_only else None)
            engine, sessions = open_database(
                layout.database,
                read_only=reason is not None,
                before_migration=lambda _revision: backup.backup_before(layout, "migration"),
            )
        except OSError as error:
            raise DataFolderError(
                say(
                    "Kitemark cannot use the data folder '{folder}' ({reason}); "
                    "check it exists and you may write to it, or choose another with --data-dir.",
                    folder=root,
                    reason=error.strerror or error,
                )
            ) from None
        workspace = cls(layout, engine, sessions, reason)
        if reason is None:
            workspace.store.remove_stale_temp_files()
            backup.automatic_backup(layout)
        return workspace

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as error:
            if failure := _storage_failure(error, self.read_only_reason):
                raise failure from None
            raise

    # --- organisation and cycle ---------------------------------------------------------------------

    def organisation(self, session: Session) -> Organisation:
        organisation = session.scalars(select(Organisation).order_by(Organisation.id).limit(1)).first()
        if organisation is None:
            raise NoOrganisationError()
        return organisation

    def has_organisation(self) -> bool:
        with self.session() as session:
            return session.scalars(select(Organisation.id).limit(1)).first() is not None

    def create_organisation(self, details: OrganisationDetails) -> int:
        with self.session() as session:
            organisation = Organisation(income_band=details.income_band.value, legal_form=details.legal_form.value)
            self._apply_details(organisation, details)
            session.add(organisation)
            session.flush()
            return organisation.id

    def update_organisation(self, details: OrganisationDetails) -> None:
        with self.session() as session:
            self._apply_details(self.organisation(session), details)

    @staticmethod
    def _apply_details(organisation: Organisation, details: OrganisationDetails) -> None:
        for name in (
            "name", "charity_number", "company_number", "address", "contact_name", "contact_email",
            "contact_phone", "staff_count", "volunteer_count",
        ):  # fmt: skip
            value = getattr(details, name)
            setattr(organisation, name, value.strip() if isinstance(value, str) else value)
        organisation.legal_form = details.legal_form.value
        organisation.income_band = details.income_band.value
        for activity, column in ACTIVITY_COLUMNS.items():
            setattr(organisation, column, activity in details.activities)

    def organisation_details(self) -> OrganisationDetails:
        with self.session() as session:
            org = self.organisation(session)
            return OrganisationDetails(
                name=org.name,
                legal_form=LegalForm(org.legal_form),
                income_band=IncomeBand(org.income_band),
                activities=set(profile_of(org).activities),
                charity_number=org.charity_number,
                company_number=org.company_number,
                address=org.address,
                contact_name=org.contact_name,
                contact_email=org.contact_email,
                contact_phone=org.contact_phone,
                staff_count=org.staff_count,
                volunteer_count=org.volunteer_count,
            )

    def start_cycle(self, framework_source: str, target_level: str, follows: int | None = None) -> int:
        framework = parse_framework(framework_source)
        if target_level not in framework.level_names:
            raise KitemarkError(
                say(
                    "'{level}' is not a level of this framework (levels are: {levels}).",
                    level=target_level,
                    levels=", ".join(framework.level_names),
                )
            )
        with self.session() as session:
            organisation = self.organisation(session)
            cycle = AssessmentCycle(
                organisation_id=organisation.id,
                framework_id=framework.id,
                framework_version=framework.version,
                framework_source=framework_source,
                target_level=target_level,
                follows_cycle_id=follows,
            )
            session.add(cycle)
            session.flush()
            return cycle.id

    def current_cycles(self, session: Session) -> list[AssessmentCycle]:
        """The latest cycle of each framework the organisation works with, in the order it began them."""
        return [session.get_one(AssessmentCycle, cycle_id) for cycle_id in latest_cycle_ids(self._cycle_pairs(session))]

    def _cycle_pairs(self, session: Session) -> list[tuple[int, str]]:
        """(id, framework id) of every cycle of the organisation, superseded and closed ones too."""
        organisation = self.organisation(session)
        rows = session.execute(
            select(AssessmentCycle.id, AssessmentCycle.framework_id).where(
                AssessmentCycle.organisation_id == organisation.id
            )
        ).all()
        return [(cycle_id, framework_id) for cycle_id, framework_id in rows]

    def current_cycle(self, session: Session) -> AssessmentCycle:
        """The latest cycle of the framework in focus (see ``framework_choice``)."""
        cycles = self.current_cycles(session)
        if not cycles:
            raise KitemarkError(say("The organisation has no self-assessment yet; start one in the app."))
        if self.framework_choice is not None:
            wanted: str | None = self.framework_choice
            if wanted not in {cycle.framework_id for cycle in cycles}:
                ids = ", ".join(cycle.framework_id for cycle in cycles)
                raise KitemarkError(
                    say(
                        "This organisation has no self-assessment against '{framework}' (it has: {frameworks}).",
                        framework=wanted,
                        frameworks=ids,
                    )
                )
        else:
            setting = session.get(Setting, FOCUS_SETTING)
            wanted = setting.value if setting else None
        # The rule needs every cycle, not only the latest of each: "first begun" is the framework's first cycle.
        chosen = focus_cycle_id(self._cycle_pairs(session), wanted)
        return next(cycle for cycle in cycles if cycle.id == chosen)

    def choose_framework(self, framework_id: str) -> None:
        """Put a framework the organisation works with in focus, for this run and the next time the app opens."""
        with self.session() as session:
            ids = [cycle.framework_id for cycle in self.current_cycles(session)]
            if framework_id not in ids:
                raise KitemarkError(
                    say(
                        "This organisation has no self-assessment against '{framework}' (it has: {frameworks}).",
                        framework=framework_id,
                        frameworks=", ".join(ids),
                    )
                )
            session.merge(Setting(key=FOCUS_SETTING, value=framework_id))
        self.framework_choice = None

    def framework(self, cycle: AssessmentCycle) -> Framework:
        return framework_of(cycle.framework_source)

    def applicable(self, session: Session) -> list[ApplicableCriterion]:
        cycle = self.current_cycle(session)
        return applicable_criteria(self.framework(cycle), profile_of(cycle.organisation), cycle.target_level)

    # --- responses ----------------------------------------------------------------------------------

    def response(
        self, session: Session, criterion_id: str, *, create: bool = True, with_evidence: bool = True
    ) -> Response | None:
        """The current cycle's answer to ``criterion_id`` (made when ``create``); ``with_evidence`` loads its linked
        evidence with it — callers that only add a link leave it out, so adding stays as quick for the
        thousandth item on a criterion as for the first."""
        cycle = self.current_cycle(session)
        query = select(Response).where(Response.cycle_id == cycle.id, Response.criterion_id == criterion_id)
        if with_evidence:
            query = query.options(selectinload(Response.evidence))
        response = session.scalars(query).first()
        if response is None and create:
            try:
                self.framework(cycle).criterion(criterion_id)
            except KeyError:
                raise KitemarkError(
                    say("There is no criterion {criterion} in this framework.", criterion=criterion_id)
                ) from None
            response = Response(cycle_id=cycle.id, criterion_id=criterion_id, status="not-started")
            session.add(response)
            session.flush()
        return response

    def save_answer(
        self,
        criterion_id: str,
        *,
        status: ResponseStatus | None = None,
        narrative: str | None = None,
        na_reason: str | None = None,
    ) -> None:
        """Store whichever parts of an answer changed, at once (autosave calls this)."""
        with self.session() as session:
            response = self.response(session, criterion_id)
            assert response is not None
            if status is not None:
                response.status = status.value
            if narrative is not None:
                response.narrative = narrative
            if na_reason is not None:
                response.na_reason = na_reason

    # --- action items -------------------------------------------------------------------------------

    def add_action(
        self,
        description: str,
        *,
        criterion_id: str = "",
        owner: str = "",
        due_date: date | None = None,
        status: ActionStatus = ActionStatus.OPEN,
        source: str = "self",
    ) -> int:
        if not description.strip():
            raise KitemarkError(say("An action needs a description of what will be done."))
        with self.session() as session:
            cycle = self.current_cycle(session)
            action = ActionItem(
                cycle_id=cycle.id,
                criterion_id=criterion_id,
                description=description.strip(),
                owner=owner.strip(),
                due_date=due_date,
                status=status.value,
                source=source,
            )
            session.add(action)
            session.flush()
            return action.id

    def update_action(self, action_id: int, **changes: object) -> None:
        allowed = {"description", "owner", "due_date", "status", "criterion_id"}
        if unknown := set(changes) - allowed:
            raise ValueError(f"cannot change {sorted(unknown)} on an action")
        with self.session() as session:
            action = session.get(ActionItem, action_id)
            if action is None:
                raise KitemarkError(say("That action no longer exists."))
            for name, value in changes.items():
                setattr(action, name, value.value if isinstance(value, ActionStatus) else value)

    def delete_action(self, action_id: int) -> None:
        with self.session() as session:
            action = session.get(ActionItem, action_id)
            if action is not None:
                session.delete(action)
