"""A framework's words in another language: the checks of its ``translations``, what falls back to English, and
the framework as shown in a language.

Each translatable part of a framework file — the framework (title, description), a level (a display name,
description), an area (title, description), a criterion (title, guidance, evidence examples) and a freshness rule
— may carry ``translations: {bn: {title: …, …}}``. A field without a translation is shown in English: the
validator lists those fields (``fallbacks``), and ``localised`` gives the framework with every translated field in
place, for the screens. The English stays what the criterion asks and what the council reads; a translation never
changes a criterion's meaning, so ``framework_diff`` does not compare translations. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from kitemark_app.core.framework import (
    TRANSLATED_FIELDS,
    TRANSLATION_LANGUAGES,
    Area,
    Criterion,
    Framework,
    FrameworkIssue,
    Translation,
    translation_in,
)

ENGLISH = "en"


def language_name(code: str) -> str:
    """The language's name in English ("Bengali" for ``bn``); the code itself for one the format does not know."""
    return "English" if code == ENGLISH else TRANSLATION_LANGUAGES.get(code, code)


@dataclass(frozen=True)
class _Part:
    """One translatable part of the file: where it is, what kind, its English words and its translations."""

    path: str
    kind: str
    english: Mapping[str, str | tuple[str, ...]]
    translations: tuple[Translation, ...]
    #: The criterion it belongs to ("" for the framework, a level or an area), to name it beside the path.
    criterion: str = ""


def _parts(framework: Framework) -> Iterator[_Part]:
    yield _Part(
        "", "framework", {"title": framework.title, "description": framework.description}, framework.translations
    )
    for i, level in enumerate(framework.levels):
        yield _Part(f"levels[{i}]", "level", {"name": level.name, "description": level.description}, level.translations)
    for a, area in enumerate(framework.areas):
        yield _Part(f"areas[{a}]", "area", {"title": area.title, "description": area.description}, area.translations)
        for c, criterion in enumerate(area.criteria):
            where = f"areas[{a}].criteria[{c}]"
            english: Mapping[str, str | tuple[str, ...]] = {
                "title": criterion.title,
                "guidance": criterion.guidance,
                "evidence_examples": criterion.evidence_examples,
            }
            yield _Part(where, "criterion", english, criterion.translations, criterion.id)
            if criterion.freshness is not None:
                freshness = criterion.freshness
                yield _Part(
                    f"{where}.freshness", "freshness", {"rule": freshness.rule}, freshness.translations, criterion.id
                )


def _joined(path: str, *parts: str) -> str:
    return ".".join((path, *parts)) if path else ".".join(parts)


def translation_issues(framework: Framework) -> list[FrameworkIssue]:
    """Each translation is into a language the format knows (not English), and translates evidence examples one
    for one."""
    issues: list[FrameworkIssue] = []
    known = ", ".join(sorted(TRANSLATION_LANGUAGES))
    for part in _parts(framework):
        for translation in part.translations:
            where = _joined(part.path, "translations", translation.language)
            if translation.language == ENGLISH:
                issues.append(FrameworkIssue(where, "English is the file's own text, not a translation"))
                continue
            if translation.language not in TRANSLATION_LANGUAGES:
                issues.append(
                    FrameworkIssue(where, f"unknown language '{translation.language}' (languages known: {known})")
                )
                continue
            english = part.english.get("evidence_examples", ())
            given = translation.evidence_examples
            if given and len(given) != len(english):
                issues.append(
                    FrameworkIssue(
                        f"{where}.evidence_examples",
                        f"{len(english)} example{'s' if len(english) != 1 else ''} in English, {len(given)} in "
                        f"{language_name(translation.language)} (translate each one, in the same order)",
                    )
                )
    return issues


def languages(framework: Framework) -> list[str]:
    """Every language the framework has any translation into, in alphabetical order of code."""
    return sorted({t.language for part in _parts(framework) for t in part.translations})


@dataclass(frozen=True)
class Fallback:
    """A field with English words and none in the language: it is shown in English."""

    path: str
    criterion: str = ""

    def __str__(self) -> str:
        return f"{self.path} ({self.criterion})" if self.criterion else self.path


def fallbacks(framework: Framework, language: str) -> list[Fallback]:
    """Every field that has English words but none in ``language``, in file order, as its place in the file
    (``areas[0].criteria[2].translations.bn.guidance``). Empty: the framework is complete in that language."""
    missing: list[Fallback] = []
    for part in _parts(framework):
        translation = translation_in(part.translations, language)
        for name in TRANSLATED_FIELDS[part.kind]:
            if not part.english.get(name):
                continue  # nothing in English (an optional description left out): nothing to translate
            if translation is None or not getattr(translation, name):
                missing.append(Fallback(_joined(part.path, "translations", language, name), part.criterion))
    return missing


def _words(translations: tuple[Translation, ...], language: str) -> Translation:
    return translation_in(translations, language) or Translation(language)


def localised_criterion(criterion: Criterion, language: str) -> Criterion:
    """The criterion with its title, guidance, evidence examples and freshness rule in ``language`` where it has
    them, English otherwise; everything else (id, level, rules) as it is."""
    if language == ENGLISH:
        return criterion
    words = _words(criterion.translations, language)
    freshness = criterion.freshness
    if freshness is not None:
        freshness = replace(freshness, rule=_words(freshness.translations, language).rule or freshness.rule)
    return replace(
        criterion,
        title=words.title or criterion.title,
        guidance=words.guidance or criterion.guidance,
        evidence_examples=words.evidence_examples or criterion.evidence_examples,
        freshness=freshness,
    )


def _localised_area(area: Area, language: str) -> Area:
    words = _words(area.translations, language)
    return replace(
        area,
        title=words.title or area.title,
        description=words.description or area.description,
        criteria=tuple(localised_criterion(criterion, language) for criterion in area.criteria),
    )


def localised(framework: Framework, language: str) -> Framework:
    """The framework as shown in ``language``: each translated field in place, English where there is none.

    Level names stay as they are (criteria name their level by it): ``level_name`` gives a level's name for
    display. The English framework itself is what packs, reports and answers use.
    """
    if language == ENGLISH:
        return framework
    words = _words(framework.translations, language)
    levels = tuple(
        replace(level, description=_words(level.translations, language).description or level.description)
        for level in framework.levels
    )
    return replace(
        framework,
        title=words.title or framework.title,
        description=words.description or framework.description,
        levels=levels,
        areas=tuple(_localised_area(area, language) for area in framework.areas),
    )


def level_name(framework: Framework, name: str, language: str) -> str:
    """A level's name for display in ``language``: its translated name, else the name itself."""
    level = next((level for level in framework.levels if level.name == name), None)
    if level is None or language == ENGLISH:
        return name
    return _words(level.translations, language).name or name
