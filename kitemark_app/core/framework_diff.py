"""What changed between two versions of a framework, and what each change means for one organisation.

A criterion of the new version continues one of the old version by keeping its id, or through ``replaces``: one old
id in one criterion is a rename, the same old id in several criteria a split, several old ids in one criterion a
merge. ``diff`` lists every change as plain data with a sentence in plain English, e.g.
"GOV-07 'Safeguarding lead named' is new and applies to you." Each change says what it means for this
organisation (its profile and target level): it now applies, it no longer applies, the answer needs re-checking,
nothing to do, or it does not apply. A change that may make a carried answer wrong also has a short ``reason``,
which becomes the answer's re-check flag when the answers move to the new version (``core/framework_carry.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kitemark_app.core.applicability import applies, is_mandatory
from kitemark_app.core.framework import Criterion, Framework
from kitemark_app.core.profile import Profile
from kitemark_app.sentences import listed, say


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"
    SPLIT = "split"
    MERGED = "merged"
    MOVED = "moved"
    LEVEL_CHANGED = "level-changed"
    MADE_MANDATORY = "made-mandatory"
    MADE_OPTIONAL = "made-optional"
    MANDATORY_RULE_CHANGED = "mandatory-rule-changed"
    FRESHNESS_ADDED = "freshness-added"
    FRESHNESS_TIGHTENED = "freshness-tightened"
    FRESHNESS_LOOSENED = "freshness-loosened"
    APPLICABILITY_CHANGED = "applicability-changed"
    WORDING_CHANGED = "wording-changed"


class Meaning(StrEnum):
    """What a change means for this organisation."""

    NOW_APPLIES = "now-applies"
    NO_LONGER_APPLIES = "no-longer-applies"
    NEEDS_RECHECK = "needs-recheck"
    NOTHING_TO_DO = "nothing-to-do"
    DOES_NOT_APPLY = "does-not-apply"


_SUFFIX = {
    Meaning.NOW_APPLIES: say("; it now applies to you."),
    Meaning.NO_LONGER_APPLIES: say("; it no longer applies to you."),
    Meaning.NEEDS_RECHECK: say("; check your answer still answers it."),
    Meaning.NOTHING_TO_DO: say("."),
    Meaning.DOES_NOT_APPLY: say("; it does not apply to you."),
}


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    #: The criterion's id in the new version; for a removed criterion, its id in the old one.
    criterion: str
    title: str
    #: The old version's ids it continues: its own id when kept, the replaced ones otherwise; () when new.
    old_ids: tuple[str, ...]
    meaning: Meaning
    message: str
    #: Why a carried answer should be checked again, in a few words ("" when this change cannot make it wrong).
    reason: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "criterion": self.criterion,
            "title": self.title,
            "old_ids": list(self.old_ids),
            "meaning": self.meaning.value,
            "message": self.message,
        }


@dataclass(frozen=True)
class FrameworkDiff:
    old_version: str
    new_version: str
    changes: tuple[Change, ...]
    #: New id -> the old ids whose answers it takes over, in that criterion's order (own id first, then replaces).
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Things to know about the match as a whole (a version that says it follows another one, ...).
    notes: tuple[str, ...] = ()

    @property
    def added(self) -> list[Change]:
        return [c for c in self.changes if c.kind is ChangeKind.ADDED]

    @property
    def removed(self) -> list[Change]:
        return [c for c in self.changes if c.kind is ChangeKind.REMOVED]

    @property
    def changed(self) -> list[Change]:
        return [c for c in self.changes if c.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED)]

    def criteria_where(self, meaning: Meaning) -> list[str]:
        """The criteria with a change of this meaning, each once, in the order of the changes."""
        return list(dict.fromkeys(c.criterion for c in self.changes if c.meaning is meaning))

    def reasons(self, criterion_id: str) -> list[str]:
        """Why an answer carried to ``criterion_id`` should be checked again (empty when nothing says so)."""
        return [
            c.reason
            for c in self.changes
            if c.criterion == criterion_id and c.kind is not ChangeKind.REMOVED and c.reason
        ]

    def as_json(self) -> dict[str, object]:
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "changes": [c.as_json() for c in self.changes],
            "for_you": {
                "now_applies": self.criteria_where(Meaning.NOW_APPLIES),
                "no_longer_applies": self.criteria_where(Meaning.NO_LONGER_APPLIES),
                "needs_recheck": self.criteria_where(Meaning.NEEDS_RECHECK),
            },
            "notes": list(self.notes),
        }


def _named(criterion: Criterion) -> str:
    return f"{criterion.id} '{criterion.title}'"


def _applies(framework: Framework, criterion: Criterion, profile: Profile, target_level: str | None) -> bool:
    """Applies to this organisation; with a target level, only when at or below it (levels are cumulative)."""
    if target_level is not None and framework.level_rank(criterion.level) > framework.level_rank(target_level):
        return False
    return applies(criterion, profile)


def _meaning(applied: bool, applies_now: bool, reason: str) -> Meaning:
    if applies_now and not applied:
        return Meaning.NOW_APPLIES
    if applied and not applies_now:
        return Meaning.NO_LONGER_APPLIES
    if not applies_now:
        return Meaning.DOES_NOT_APPLY
    return Meaning.NEEDS_RECHECK if reason else Meaning.NOTHING_TO_DO


def continued_ids(old: Framework, new: Framework) -> dict[str, tuple[str, ...]]:
    """New id -> the old ids it continues: its own id when the old version has it, then the ids it replaces that
    the old version has."""
    old_ids = {criterion.id for _, criterion in old.criteria()}
    return {
        criterion.id: tuple(
            dict.fromkeys(
                ([criterion.id] if criterion.id in old_ids else [])
                + [old_id for old_id in criterion.replaces if old_id in old_ids]
            )
        )
        for _, criterion in new.criteria()
    }


@dataclass(frozen=True)
class _Found:
    """One change found on a criterion before its meaning is known: kind, what happened, why to re-check."""

    kind: ChangeKind
    what: str
    reason: str = ""


def _attribute_changes(
    old: Framework, new: Framework, base: Criterion, criterion: Criterion, profile: Profile
) -> list[_Found]:
    """How ``criterion`` differs from the old criterion it continues directly."""
    named = _named(criterion)
    found: list[_Found] = []
    was_in, now_in = old.area_of(base.id), new.area_of(criterion.id)
    if was_in.id != now_in.id:
        what = say(
            "{criterion} moved from the area '{old}' to '{new}'", criterion=named, old=was_in.title, new=now_in.title
        )
        found.append(_Found(ChangeKind.MOVED, what))
    if base.level != criterion.level:
        found.append(
            _Found(
                ChangeKind.LEVEL_CHANGED,
                say(
                    "{criterion} moved from level {old} to {new}", criterion=named, old=base.level, new=criterion.level
                ),
                f"its level changed from {base.level} to {criterion.level}",
            )
        )
    found += _mandatory_changes(base, criterion, profile)
    found += _freshness_changes(base, criterion)
    if base.applies_if != criterion.applies_if:
        found.append(
            _Found(ChangeKind.APPLICABILITY_CHANGED, say("Who {criterion} applies to changed", criterion=named))
        )
    if base.id == criterion.id:  # under a new id the rename or split says the wording is new, and asks to check
        found += _wording_changes(base, criterion)
    return found


def _mandatory_changes(base: Criterion, criterion: Criterion, profile: Profile) -> list[_Found]:
    named = _named(criterion)
    was_for_you, now_for_you = is_mandatory(base, profile), is_mandatory(criterion, profile)
    became_for_you = "it became mandatory for you" if now_for_you and not was_for_you else ""
    if criterion.mandatory and not base.mandatory:
        return [_Found(ChangeKind.MADE_MANDATORY, say("{criterion} became mandatory", criterion=named), became_for_you)]
    if base.mandatory and not criterion.mandatory:
        what = (
            say("{criterion} is no longer mandatory for everyone, but still is for you", criterion=named)
            if now_for_you
            else say("{criterion} is no longer mandatory", criterion=named)
        )
        return [_Found(ChangeKind.MADE_OPTIONAL, what)]
    if criterion.mandatory or base.mandatory_if == criterion.mandatory_if:
        return []
    if became_for_you:
        what = say("{criterion} is now mandatory for you (the rule for when it is mandatory changed)", criterion=named)
        return [_Found(ChangeKind.MADE_MANDATORY, what, became_for_you)]
    if was_for_you and not now_for_you:
        what = say(
            "{criterion} is no longer mandatory for you (the rule for when it is mandatory changed)", criterion=named
        )
        return [_Found(ChangeKind.MADE_OPTIONAL, what)]
    what = say("The rule for when {criterion} is mandatory changed, but not for you", criterion=named)
    return [_Found(ChangeKind.MANDATORY_RULE_CHANGED, what)]


def _freshness_changes(base: Criterion, criterion: Criterion) -> list[_Found]:
    named, before, after = _named(criterion), base.freshness, criterion.freshness
    if after is not None and before is None:
        months = after.max_age_months
        return [
            _Found(
                ChangeKind.FRESHNESS_ADDED,
                say("{criterion} now needs evidence at most {months} months old", criterion=named, months=months),
                f"its evidence must now be at most {months} months old",
            )
        ]
    if after is None and before is not None:
        what = say(
            "{criterion} no longer limits how old its evidence may be (it was {months} months)",
            criterion=named,
            months=before.max_age_months,
        )
        return [_Found(ChangeKind.FRESHNESS_LOOSENED, what)]
    if after is None or before is None or after.max_age_months == before.max_age_months:
        return []
    months, was = after.max_age_months, before.max_age_months
    if months < was:
        return [
            _Found(
                ChangeKind.FRESHNESS_TIGHTENED,
                say(
                    "{criterion} now needs evidence at most {months} months old (it was {was})",
                    criterion=named,
                    months=months,
                    was=was,
                ),
                f"its evidence must now be at most {months} months old (it was {was})",
            )
        ]
    return [
        _Found(
            ChangeKind.FRESHNESS_LOOSENED,
            say(
                "{criterion} now accepts evidence up to {months} months old (it was {was})",
                criterion=named,
                months=months,
                was=was,
            ),
        )
    ]


def _wording_changes(base: Criterion, criterion: Criterion) -> list[_Found]:
    parts = []
    if base.title != criterion.title:
        parts.append(say("a new title (it was '{title}')", title=base.title))
    if base.guidance != criterion.guidance:
        parts.append(say("new guidance"))
    before, after = base.freshness, criterion.freshness
    # With a new age limit, new words for the rule go with it: that change is listed on its own.
    same_limit = before is not None and after is not None and before.max_age_months == after.max_age_months
    if same_limit and before is not None and after is not None and before.rule != after.rule:
        parts.append(say("a new rule for how recent its evidence must be"))
    if not parts:
        return []
    what = say("{criterion} has {changes}", criterion=_named(criterion), changes=listed(parts))
    return [_Found(ChangeKind.WORDING_CHANGED, what, "its wording changed")]


def _continuation(
    old: Framework, criterion: Criterion, sources: tuple[str, ...], successors: Mapping[str, list[str]]
) -> _Found | None:
    """The rename, split or merge ``criterion`` is part of, if any."""
    named = _named(criterion)
    if len(sources) > 1:
        joined = listed([_named(old.criterion(i)) for i in sources])
        return _Found(
            ChangeKind.MERGED, say("{criterion} combines {old}", criterion=named, old=joined), f"it combines {joined}"
        )
    if not sources or sources == (criterion.id,):
        return None
    was = old.criterion(sources[0])
    parts = successors[was.id]
    if len(parts) > 1:
        what = say(
            "{criterion} takes over part of {old}, which is split into {parts}",
            criterion=named,
            old=_named(was),
            parts=listed(parts),
        )
        return _Found(ChangeKind.SPLIT, what, f"it is one of the parts {_named(was)} was split into")
    return _Found(
        ChangeKind.RENAMED, say("{old} is now {criterion}", old=_named(was), criterion=named), f"it was {_named(was)}"
    )


def diff(
    old: Framework,
    new: Framework,
    profile: Profile,
    target_level: str | None = None,
    new_target_level: str | None = None,
) -> FrameworkDiff:
    """Every change from ``old`` to ``new``, and what each means for an organisation with ``profile`` aiming at
    ``target_level`` of the old version (``new_target_level`` of the new one: by default the same name, when the
    new version has it). Without a target level, the levels do not limit what applies."""
    if target_level is not None and target_level not in old.level_names:
        target_level = None
    if new_target_level is None and target_level in new.level_names:
        new_target_level = target_level
    if new_target_level is not None and new_target_level not in new.level_names:
        new_target_level = None
    sources = continued_ids(old, new)
    successors: dict[str, list[str]] = {}
    for new_id, old_ids in sources.items():
        for old_id in old_ids:
            successors.setdefault(old_id, []).append(new_id)

    changes: list[Change] = []
    for _, criterion in new.criteria():
        continued = sources[criterion.id]
        applies_now = _applies(new, criterion, profile, new_target_level)
        if not continued:
            what = (
                say("{criterion} is new and applies to you.", criterion=_named(criterion))
                if applies_now
                else say("{criterion} is new; it does not apply to you.", criterion=_named(criterion))
            )
            meaning = Meaning.NOW_APPLIES if applies_now else Meaning.DOES_NOT_APPLY
            changes.append(Change(ChangeKind.ADDED, criterion.id, criterion.title, (), meaning, what))
            continue
        applied = any(_applies(old, old.criterion(i), profile, target_level) for i in continued)
        continuation = _continuation(old, criterion, continued, successors)
        found = [continuation] if continuation is not None else []
        # Compared field by field with the one old criterion it continues, or, in a merge, with its own old self.
        base: Criterion | None = None
        if len(continued) == 1:
            base = old.criterion(continued[0])
        elif criterion.id in continued:
            base = old.criterion(criterion.id)
        if base is not None:
            found += _attribute_changes(old, new, base, criterion, profile)
        for item in found:
            meaning = _meaning(applied, applies_now, item.reason)
            changes.append(
                Change(
                    item.kind,
                    criterion.id,
                    criterion.title,
                    continued,
                    meaning,
                    say("{what}{then}", what=item.what, then=_SUFFIX[meaning]),
                    item.reason,
                )
            )

    for _, criterion in old.criteria():
        if criterion.id in successors:
            continue
        applied = _applies(old, criterion, profile, target_level)
        what = (
            say("{criterion} is no longer in the framework; you no longer answer it.", criterion=_named(criterion))
            if applied
            else say("{criterion} is no longer in the framework.", criterion=_named(criterion))
        )
        meaning = Meaning.NO_LONGER_APPLIES if applied else Meaning.DOES_NOT_APPLY
        changes.append(Change(ChangeKind.REMOVED, criterion.id, criterion.title, (criterion.id,), meaning, what))
    return FrameworkDiff(
        old.version, new.version, tuple(changes), sources, _notes(old, new, target_level, new_target_level)
    )


def _notes(old: Framework, new: Framework, target_level: str | None, new_target_level: str | None) -> tuple[str, ...]:
    notes = []
    if not new.previous_version:
        notes.append(
            say(
                "Version {version} does not say which version it follows, so criteria are matched by their ids only.",
                version=new.version,
            )
        )
    elif new.previous_version != old.version:
        notes.append(
            say(
                "Version {version} follows version {previous}, but your self-assessment uses version {yours}; what "
                "its criteria replace is matched where your version has those criteria.",
                version=new.version,
                previous=new.previous_version,
                yours=old.version,
            )
        )
    old_ids = {criterion.id for _, criterion in old.criteria()}
    for _, criterion in new.criteria():
        missing = [old_id for old_id in criterion.replaces if old_id not in old_ids]
        if missing:
            notes.append(
                say(
                    "{criterion} replaces {missing}, which version {version} does not have.",
                    criterion=criterion.id,
                    missing=listed(missing),
                    version=old.version,
                )
            )
    if target_level is not None and new_target_level is None and target_level not in new.level_names:
        notes.append(
            say(
                "Your target level {level} is not a level of version {version} (its levels are: {levels}); choose "
                "one when you move.",
                level=target_level,
                version=new.version,
                levels=", ".join(new.level_names),
            )
        )
    return tuple(notes)
