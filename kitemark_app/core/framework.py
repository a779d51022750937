"""The criteria framework: a YAML file the council can replace, validated on load.

The app works with the plain frozen dataclasses below. A framework file is validated by the schema in
``core/framework_schema.py`` (pydantic, imported only then) when it is loaded or a cycle is started; errors name
the exact place in the file, e.g.
``areas[3].criteria[2].level: unknown level 'Gold' (levels are: Foundation, Commissioning-ready)``.
A cycle's stored source, validated when the cycle was started, is read back with ``framework_from_stored``
without loading pydantic (it keeps the main window's start-up light); if it is not in the expected shape it is
validated in full, so a bad stored source still ends in a clear ``FrameworkError``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kitemark_app.core.profile import Activity, IncomeBand, LegalForm

SCHEMA = "kitemark-framework/1"

#: The languages a framework's text may be translated into (``translations:``), each named in English for the
#: validator's messages: the borough's community languages. English is the file's own text, never a translation.
TRANSLATION_LANGUAGES = {
    "ar": "Arabic", "bn": "Bengali", "cy": "Welsh", "es": "Spanish", "fr": "French", "gu": "Gujarati",
    "pa": "Panjabi", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "so": "Somali", "ta": "Tamil",
    "tr": "Turkish", "ur": "Urdu", "zh": "Chinese",
}  # fmt: skip


@dataclass(frozen=True)
class Translation:
    """One language's words for one part of the framework (a criterion, an area, a level, a freshness rule, the
    framework itself). A field left empty is shown in English. Translations never change what a criterion asks:
    the English is the text answers answer, and ``framework_diff`` does not compare translations."""

    language: str
    title: str = ""
    description: str = ""
    guidance: str = ""
    evidence_examples: tuple[str, ...] = ()
    rule: str = ""
    #: A level's name for display; the level's own ``name`` stays its identifier.
    name: str = ""


def translation_in(translations: tuple[Translation, ...], language: str) -> Translation | None:
    """The translation into ``language`` among ``translations``, if there is one."""
    return next((t for t in translations if t.language == language), None)


@dataclass(frozen=True)
class Condition:
    """All stated parts must hold; within a list, any one item is enough."""

    legal_forms: tuple[LegalForm, ...] | None = None
    income_at_least: IncomeBand | None = None
    activities_any: tuple[Activity, ...] | None = None

    def holds_for(self, legal_form: LegalForm, income: IncomeBand, activities: frozenset[Activity]) -> bool:
        if self.legal_forms is not None and legal_form not in self.legal_forms:
            return False
        if self.income_at_least is not None and income.rank < self.income_at_least.rank:
            return False
        return self.activities_any is None or bool(activities.intersection(self.activities_any))


@dataclass(frozen=True)
class Freshness:
    """How recent the evidence must be: the date it represents may be at most this many months old."""

    max_age_months: int
    rule: str
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class Level:
    name: str
    description: str = ""
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class Criterion:
    id: str
    title: str
    guidance: str
    evidence_examples: tuple[str, ...]
    level: str
    mandatory: bool
    applies_if: Condition | None = None
    mandatory_if: Condition | None = None
    freshness: Freshness | None = None
    #: Ids in the framework's previous version whose answers this criterion continues: one old id here alone is
    #: a rename; the same old id in several criteria a split; several old ids here a merge.
    replaces: tuple[str, ...] = ()
    #: Criteria of other frameworks this one asks the same of (a crosswalk): an answer or evidence given there
    #: may be offered here, never copied without the organisation choosing it.
    maps_to: tuple[CriterionMap, ...] = ()
    #: Its evidence usually names people (DBS checks, training records): the readiness check asks for it to be
    #: redacted or sent as it is knowingly (core/readiness.py).
    personal_data: bool = False
    translations: tuple[Translation, ...] = ()


#: How closely a mapped criterion matches: "same" asks the same thing; "partial" covers part of it.
MAP_STRENGTHS = ("same", "partial")


@dataclass(frozen=True)
class CriterionMap:
    """One line of a crosswalk: the criteria of another framework (by its id) that a criterion corresponds to."""

    framework: str
    criteria: tuple[str, ...]
    strength: str = "same"


@dataclass(frozen=True)
class Council:
    """Who publishes the framework: their name, how to reach them, and (optionally) the fingerprint of the root key
    they sign framework versions with, as 64 lower-case hexadecimal characters."""

    name: str
    contact: str
    root_fingerprint: str = ""
    #: The council's encryption certificate (PEM), for which charities encrypt their packs; "" when none.
    encryption_certificate: str = ""


@dataclass(frozen=True)
class Area:
    id: str
    title: str
    criteria: tuple[Criterion, ...]
    description: str = ""
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class Framework:
    schema_: str
    id: str
    title: str
    version: str
    publisher: str
    levels: tuple[Level, ...]
    areas: tuple[Area, ...]
    description: str = ""
    #: The version this one follows ("" when it names none); the ``replaces`` of its criteria refer to it.
    previous_version: str = ""
    council: Council | None = None
    translations: tuple[Translation, ...] = ()

    @property
    def level_names(self) -> list[str]:
        return [level.name for level in self.levels]

    def level_rank(self, name: str) -> int:
        return self.level_names.index(name)

    def criteria(self) -> Iterator[tuple[Area, Criterion]]:
        for area in self.areas:
            for criterion in area.criteria:
                yield area, criterion

    def criterion(self, criterion_id: str) -> Criterion:
        for _, criterion in self.criteria():
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def area_of(self, criterion_id: str) -> Area:
        for area, criterion in self.criteria():
            if criterion.id == criterion_id:
                return area
        raise KeyError(criterion_id)

    @property
    def criteria_count(self) -> int:
        return sum(len(area.criteria) for area in self.areas)


@dataclass(frozen=True)
class FrameworkIssue:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class FrameworkError(Exception):
    """The framework file is not valid; ``issues`` lists every problem found."""

    def __init__(self, issues: list[FrameworkIssue]) -> None:
        super().__init__("; ".join(str(issue) for issue in issues[:3]))
        self.issues = issues


# --- building the dataclasses from plain data --------------------------------------------------------------


def _fields(data: Any, allowed: frozenset[str]) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a mapping, got {type(data).__name__}")
    unknown = set(data) - allowed
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    return data


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value.strip()  # as the schema does (str_strip_whitespace)


def _texts(values: Any) -> tuple[str, ...]:
    if not isinstance(values, list | tuple):
        raise TypeError(f"expected a list, got {type(values).__name__}")
    return tuple(_text(value) for value in values)


def _version(value: Any) -> str:
    # "version: 2026.1" in YAML is a float; it is the text the author wrote (as the schema reads it).
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else _text(value)


_FINGERPRINT_SEPARATORS = str.maketrans("", "", ": \t")
_HEX = frozenset("0123456789abcdef")


def normalise_root_fingerprint(text: str) -> str:
    """A SHA-256 fingerprint as 64 lower-case hexadecimal characters; colons and spaces between them are allowed
    (``AB:CD …`` as printed on a letter). Raises ValueError for anything else."""
    digits = text.translate(_FINGERPRINT_SEPARATORS).lower()
    if len(digits) != 64 or not set(digits) <= _HEX:
        raise ValueError(
            "a root fingerprint is 64 hexadecimal characters (0-9, a-f), which colons or spaces may separate"
        )
    return digits


_CONDITION = frozenset({"legal_forms", "income_at_least", "activities_any"})
_FRESHNESS = frozenset({"max_age_months", "rule", "translations"})
_LEVEL = frozenset({"name", "description", "translations"})
_CRITERION = frozenset(
    {
        "id", "title", "guidance", "evidence_examples", "level", "mandatory", "applies_if", "mandatory_if",
        "freshness", "replaces", "maps_to", "personal_data", "translations",
    }
)  # fmt: skip
_AREA = frozenset({"id", "title", "description", "criteria", "translations"})
_MAP = frozenset({"framework", "criteria", "strength"})
_COUNCIL = frozenset({"name", "contact", "root_fingerprint", "encryption_certificate"})
_FRAMEWORK = frozenset(
    {
        "schema", "id", "title", "version", "publisher", "description", "levels", "areas", "previous_version",
        "council", "translations",
    }
)  # fmt: skip
#: What each part's translation may give (the English fields it has words for).
TRANSLATED_FIELDS = {
    "framework": ("title", "description"),
    "level": ("name", "description"),
    "area": ("title", "description"),
    "criterion": ("title", "guidance", "evidence_examples"),
    "freshness": ("rule",),
}


def _translations(data: Any, part: str) -> tuple[Translation, ...]:
    """``{language: {field: words}}`` as Translation records (a field missing, null or empty is not translated)."""
    if data is None:
        return ()
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a mapping of languages, got {type(data).__name__}")
    allowed = frozenset(TRANSLATED_FIELDS[part])
    found = []
    for language, words in data.items():
        words = _fields(words, allowed)
        texts = {name: _text(value) for name, value in words.items() if name != "evidence_examples" and value}
        examples = words.get("evidence_examples")
        found.append(Translation(_text(language), evidence_examples=_texts(examples or ()), **texts))
    return tuple(found)


def _condition(data: Any) -> Condition | None:
    if data is None:
        return None
    data = _fields(data, _CONDITION)
    forms, income, activities = data.get("legal_forms"), data.get("income_at_least"), data.get("activities_any")
    return Condition(
        legal_forms=None if forms is None else tuple(LegalForm(_text(f)) for f in forms),
        income_at_least=None if income is None else IncomeBand(_text(income)),
        activities_any=None if activities is None else tuple(Activity(_text(a)) for a in activities),
    )


def _freshness(data: Any) -> Freshness | None:
    if data is None:
        return None
    data = _fields(data, _FRESHNESS)
    months = data["max_age_months"]
    if not isinstance(months, int) or isinstance(months, bool):
        raise TypeError("max_age_months must be a whole number")
    return Freshness(months, _text(data["rule"]), _translations(data.get("translations"), "freshness"))


def _criterion(data: Any) -> Criterion:
    data = _fields(data, _CRITERION)
    if not isinstance(data["mandatory"], bool):
        raise TypeError("mandatory must be true or false")
    return Criterion(
        id=_text(data["id"]),
        title=_text(data["title"]),
        guidance=_text(data["guidance"]),
        evidence_examples=_texts(data["evidence_examples"]),
        level=_text(data["level"]),
        mandatory=data["mandatory"],
        applies_if=_condition(data.get("applies_if")),
        mandatory_if=_condition(data.get("mandatory_if")),
        freshness=_freshness(data.get("freshness")),
        replaces=_texts(data.get("replaces", ())),
        maps_to=tuple(_criterion_map(item) for item in _list(data.get("maps_to", ()))),
        personal_data=_flag(data.get("personal_data", False), "personal_data"),
        translations=_translations(data.get("translations"), "criterion"),
    )


def _flag(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be true or false")
    return value


def _list(values: Any) -> list[Any] | tuple[Any, ...]:
    if not isinstance(values, list | tuple):
        raise TypeError(f"expected a list, got {type(values).__name__}")
    return values


def _criterion_map(data: Any) -> CriterionMap:
    data = _fields(data, _MAP)
    strength = _text(data.get("strength", "same"))
    if strength not in MAP_STRENGTHS:
        raise ValueError(f"unknown strength {strength!r}")
    return CriterionMap(_text(data["framework"]), _texts(data["criteria"]), strength)


def _council(data: Any) -> Council | None:
    if data is None:
        return None
    data = _fields(data, _COUNCIL)
    fingerprint = data.get("root_fingerprint")
    return Council(
        name=_text(data["name"]),
        contact=_text(data["contact"]),
        root_fingerprint="" if not fingerprint else normalise_root_fingerprint(_text(fingerprint)),
        encryption_certificate=_text(data.get("encryption_certificate") or ""),
    )


def _level(data: Any) -> Level:
    data = _fields(data, _LEVEL)
    return Level(
        _text(data["name"]), _text(data.get("description", "")), _translations(data.get("translations"), "level")
    )


def _area(data: Any) -> Area:
    data = _fields(data, _AREA)
    return Area(
        id=_text(data["id"]),
        title=_text(data["title"]),
        description=_text(data.get("description", "")),
        criteria=tuple(_criterion(item) for item in data["criteria"]),
        translations=_translations(data.get("translations"), "area"),
    )


def framework_from_data(data: Any) -> Framework:
    """The dataclasses from a mapping in the schema's shape (the schema's validated output, or a stored source).

    This checks the shape only, not the schema's rules: raises KeyError, TypeError or ValueError when the shape
    is wrong. ``framework_schema.validate_framework`` checks everything and then builds with this function.
    """
    data = _fields(data, _FRAMEWORK)
    return Framework(
        schema_=_text(data["schema"]),
        id=_text(data["id"]),
        title=_text(data["title"]),
        version=_version(data["version"]),
        publisher=_text(data["publisher"]),
        description=_text(data.get("description", "")),
        levels=tuple(_level(item) for item in data["levels"]),
        areas=tuple(_area(item) for item in data["areas"]),
        previous_version="" if data.get("previous_version") is None else _version(data["previous_version"]),
        council=_council(data.get("council")),
        translations=_translations(data.get("translations"), "framework"),
    )


def framework_as_data(framework: Framework) -> dict[str, Any]:
    """The framework as plain data in the schema's shape (JSON-ready); ``framework_from_data`` reads it back."""
    data: dict[str, Any] = _in_file_shape(asdict(framework))
    data["schema"] = data.pop("schema_")
    return data


def _in_file_shape(value: Any) -> Any:
    """``asdict``'s output with each ``translations`` list written as the file writes it: ``{language: {...}}``
    with only the fields given."""
    if isinstance(value, list | tuple):
        return type(value)(_in_file_shape(item) for item in value)
    if not isinstance(value, dict):
        return value
    shaped = {key: _in_file_shape(item) for key, item in value.items() if key != "translations"}
    if "translations" in value:
        shaped["translations"] = {
            t["language"]: {name: words for name, words in t.items() if name != "language" and words}
            for t in value["translations"]
        }
    return shaped


def semantic_issues(framework: Framework) -> list[FrameworkIssue]:
    """Cross-references a schema cannot see: level names, unique ids, what criteria replace."""
    issues: list[FrameworkIssue] = []
    names = framework.level_names
    if len(set(names)) != len(names):
        issues.append(FrameworkIssue("levels", "level names must be unique"))
    if framework.previous_version and framework.previous_version == framework.version:
        issues.append(
            FrameworkIssue(
                "previous_version",
                f"must differ from version '{framework.version}' (it names the version this one follows)",
            )
        )
    seen_areas: dict[str, int] = {}
    seen_criteria: dict[str, str] = {}
    for a, area in enumerate(framework.areas):
        if area.id in seen_areas:
            issues.append(
                FrameworkIssue(f"areas[{a}].id", f"duplicate area id '{area.id}' (also areas[{seen_areas[area.id]}])")
            )
        seen_areas.setdefault(area.id, a)
        for c, criterion in enumerate(area.criteria):
            where = f"areas[{a}].criteria[{c}]"
            if criterion.level not in names:
                issues.append(
                    FrameworkIssue(
                        f"{where}.level",
                        f"unknown level '{criterion.level}' (levels are: {', '.join(names)})",
                    )
                )
            if not criterion.id.startswith(f"{area.id}-"):
                issues.append(
                    FrameworkIssue(
                        f"{where}.id", f"criterion id '{criterion.id}' must start with its area id '{area.id}-'"
                    )
                )
            if criterion.id in seen_criteria:
                issues.append(
                    FrameworkIssue(
                        f"{where}.id",
                        f"duplicate criterion id '{criterion.id}' (also {seen_criteria[criterion.id]})",
                    )
                )
            seen_criteria.setdefault(criterion.id, where)
    issues += _replaces_issues(framework)
    issues += _maps_issues(framework)
    from kitemark_app.core.framework_text import translation_issues  # it reads these dataclasses

    issues += translation_issues(framework)
    return issues


def _maps_issues(framework: Framework) -> list[FrameworkIssue]:
    """A crosswalk names other frameworks, each once per criterion, each criterion id once; whether they exist is
    checked against the frameworks known (``core/crosswalk.target_issues``)."""
    issues: list[FrameworkIssue] = []
    for a, area in enumerate(framework.areas):
        for c, criterion in enumerate(area.criteria):
            named: set[str] = set()
            for m, entry in enumerate(criterion.maps_to):
                where = f"areas[{a}].criteria[{c}].maps_to[{m}]"
                if entry.framework == framework.id:
                    issues.append(
                        FrameworkIssue(f"{where}.framework", "a crosswalk maps to other frameworks, not this one")
                    )
                elif entry.framework in named:
                    issues.append(
                        FrameworkIssue(f"{where}.framework", f"'{entry.framework}' is named twice for this criterion")
                    )
                named.add(entry.framework)
                if not entry.criteria:
                    issues.append(FrameworkIssue(f"{where}.criteria", "name at least one criterion id"))
                seen: set[str] = set()
                for i, target in enumerate(entry.criteria):
                    if target in seen:
                        issues.append(FrameworkIssue(f"{where}.criteria[{i}]", f"'{target}' is listed twice"))
                    seen.add(target)
    return issues


def _replaces_issues(framework: Framework) -> list[FrameworkIssue]:
    """``replaces`` names ids of the previous version: so only with a ``previous_version``, each once, and none
    that is also an id of this version (an answer under it would belong to two criteria)."""
    issues: list[FrameworkIssue] = []
    ids = {criterion.id for _, criterion in framework.criteria()}
    for a, area in enumerate(framework.areas):
        for c, criterion in enumerate(area.criteria):
            if not criterion.replaces:
                continue
            where = f"areas[{a}].criteria[{c}].replaces"
            if not framework.previous_version:
                issues.append(
                    FrameworkIssue(
                        where,
                        "only a framework that names its previous_version can say which of its criteria a "
                        "criterion replaces",
                    )
                )
            for i, old_id in enumerate(criterion.replaces):
                if old_id in ids:
                    issues.append(
                        FrameworkIssue(
                            f"{where}[{i}]",
                            f"'{old_id}' is also a criterion of this version, so it cannot be replaced "
                            "(keep the id, or give the continuing criterion a new one)",
                        )
                    )
                elif old_id in criterion.replaces[:i]:
                    issues.append(FrameworkIssue(f"{where}[{i}]", f"'{old_id}' is listed twice"))
    return issues


# --- reading framework text ----------------------------------------------------------------------------------


def _yaml_data(text: str) -> Any:
    """The YAML text as plain data (PyYAML is imported here: it takes ~10 ms, so not at start-up)."""
    import yaml

    # libyaml's safe loader is ~10x faster than the pure-Python one.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _load_yaml(text: str) -> Any:
    import yaml

    try:
        return _yaml_data(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None)
        message = f"not valid YAML: {problem}" if problem else "not valid YAML"
        raise FrameworkError([FrameworkIssue(where, message)]) from None


def parse_framework(text: str) -> Framework:
    """Parse and validate framework YAML text; raises FrameworkError listing every problem."""
    from kitemark_app.core.framework_schema import validate_framework

    data = _load_yaml(text)
    if data is None:
        raise FrameworkError([FrameworkIssue("", "the file is empty")])
    if not isinstance(data, dict):
        raise FrameworkError([FrameworkIssue("", "the file must be a mapping with id, title, levels and areas")])
    return validate_framework(data)


def framework_from_stored(text: str, data: Any = None) -> Framework:
    """A cycle's stored framework source, validated when the cycle was started, read without the schema.

    ``data`` is what the caller already has for ``text`` (the start-up cache's ``framework_as_data``); if it is
    not usable, the text is read. Anything unexpected in the text (not the schema's shape, broken
    cross-references, not YAML) is validated in full, so it ends in the same ``FrameworkError`` as
    ``parse_framework``.
    """
    framework = _built(data) if data is not None else None
    if framework is not None:
        return framework
    import yaml

    try:
        data = _yaml_data(text)
    except yaml.YAMLError:
        return parse_framework(text)  # says where, in the file's terms
    return _built(data) or parse_framework(text)


def _built(data: Any) -> Framework | None:
    """The framework from data in the schema's shape with consistent cross-references, else None."""
    try:
        framework = framework_from_data(data)
    except (KeyError, TypeError, ValueError):
        return None
    return None if semantic_issues(framework) else framework


#: A framework is a few hundred criteria of text; anything far bigger is not one (and is not read into memory).
MAX_FRAMEWORK_BYTES = 5 * 1024 * 1024


def load_framework(path: Path) -> Framework:
    """Read a framework file. OSError/UnicodeDecodeError mean unreadable; FrameworkError means invalid."""
    return parse_framework(read_framework_text(path))


def read_framework_text(path: Path) -> str:
    """A framework file's text, not yet validated. OSError/UnicodeDecodeError mean unreadable; FrameworkError
    means it is too big to be one."""
    size = path.stat().st_size
    if size > MAX_FRAMEWORK_BYTES:
        raise FrameworkError(
            [
                FrameworkIssue(
                    "", f"the file is {size / 1e6:.0f} MB; a framework file is a small text file (at most 5 MB)"
                )
            ]
        )
    return path.read_text(encoding="utf-8")


def load_default_framework() -> Framework:
    from kitemark_app.paths import default_framework_text

    return parse_framework(default_framework_text())
