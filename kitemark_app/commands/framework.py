"""``kitemark framework validate FILE [--json] [--require-language CODE]`` — check a criteria framework file, and
say for each language it is translated into whether it is complete or which fields are shown in English."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kitemark_app.commands import print_json

if TYPE_CHECKING:
    from kitemark_app.core.framework import Framework, FrameworkIssue
    from kitemark_app.core.framework_text import Fallback


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("framework", help="work with criteria framework files")
    actions = parser.add_subparsers(dest="framework_command", metavar="ACTION", required=True)
    validate = actions.add_parser("validate", help="check a framework file; exit 0 valid, 1 invalid, 2 unreadable")
    validate.add_argument("file", type=Path)
    validate.add_argument("--json", action="store_true", help="print the result as JSON")
    validate.add_argument(
        "--require-language",
        action="append",
        default=[],
        metavar="CODE",
        help="a language (e.g. bn) every field must be translated into: a field shown in English is then an error",
    )
    validate.set_defaults(handler=run_validate)
    from kitemark_app.commands.framework_moves import add_actions as add_move_actions  # diff, move

    add_move_actions(actions)
    from kitemark_app.commands.framework_files import add_actions  # publish, install: the signed framework files

    add_actions(actions)
    from kitemark_app.commands.framework_use import add_actions as add_use_actions  # list, start, use

    add_use_actions(actions)


def _crosswalk_issues(args: argparse.Namespace, framework: Framework) -> list[FrameworkIssue]:
    """The crosswalk's targets, against the frameworks shipped and those of the data folder (when there is one)."""
    from kitemark_app.commands import data_root
    from kitemark_app.core.crosswalk import target_issues
    from kitemark_app.paths import DataLayout
    from kitemark_app.services.frameworks_in_use import known_frameworks

    if not any(criterion.maps_to for _, criterion in framework.criteria()):
        return []
    if DataLayout(data_root(args)).database.exists():
        from kitemark_app.services.workspace import Workspace

        with Workspace.open(data_root(args), read_only=True) as workspace:
            known = known_frameworks(workspace if workspace.has_organisation() else None)
    else:
        known = known_frameworks(None)
    return target_issues(framework, known | {framework.id: framework})


@dataclass(frozen=True)
class LanguageReport:
    """How complete one language's translation is: the fields shown in English instead (none: complete)."""

    code: str
    falls_back: tuple[Fallback, ...]

    def summary(self) -> str:
        from kitemark_app.core.framework_text import language_name

        name = f"{language_name(self.code)} ({self.code})"
        count = len(self.falls_back)
        if not count:
            return f"{name}: complete"
        return f"{name}: {count} field{'s' if count != 1 else ''} shown in English (no {language_name(self.code)}):"

    def as_json(self) -> dict[str, object]:
        from kitemark_app.core.framework_text import language_name

        return {
            "code": self.code,
            "name": language_name(self.code),
            "complete": not self.falls_back,
            "falls_back": [{"path": f.path, "criterion": f.criterion} for f in self.falls_back],
        }


def _language_reports(framework: Framework, required: list[str]) -> list[LanguageReport]:
    """A report for each language the file is translated into, and each one required."""
    from kitemark_app.core.framework_text import fallbacks, languages

    codes = sorted(set(languages(framework)) | set(required))
    return [LanguageReport(code, tuple(fallbacks(framework, code))) for code in codes]


def _required_language_issues(reports: list[LanguageReport], required: list[str]) -> list[FrameworkIssue]:
    from kitemark_app.core.framework import FrameworkIssue
    from kitemark_app.core.framework_text import language_name

    return [
        FrameworkIssue(
            fallback.path,
            f"no {language_name(report.code)} words"
            + (f" for {fallback.criterion}" if fallback.criterion else "")
            + f" (every field must be translated: --require-language {report.code})",
        )
        for report in reports
        if report.code in required
        for fallback in report.falls_back
    ]


def _check_languages(codes: list[str]) -> None:
    from kitemark_app.core.framework import TRANSLATION_LANGUAGES
    from kitemark_app.errors import UsageError

    for code in codes:
        if code not in TRANSLATION_LANGUAGES:
            raise UsageError(
                f"--require-language: unknown language '{code}' (languages known: {', '.join(sorted(TRANSLATION_LANGUAGES))})"
            )


def run_validate(args: argparse.Namespace) -> int:
    from kitemark_app.core.framework import FrameworkError, load_framework
    from kitemark_app.errors import UsageError

    path: Path = args.file
    _check_languages(args.require_language)
    try:
        framework = load_framework(path)
        issues: list[FrameworkIssue] = []
    except (OSError, UnicodeDecodeError) as error:
        reason = "it is not UTF-8 text" if isinstance(error, UnicodeDecodeError) else error.strerror or str(error)
        if args.json:
            print_json({"ok": False, "framework": None, "areas": 0, "criteria": 0, "levels": [],
                        "errors": [{"path": "", "message": f"cannot read {path}: {reason}"}], "languages": []})  # fmt: skip
            return 2
        raise UsageError(f"cannot read {path}: {reason}") from None
    except FrameworkError as error:
        framework, issues = None, error.issues
    languages: list[LanguageReport] = []
    if framework is not None:
        languages = _language_reports(framework, args.require_language)
        issues = _crosswalk_issues(args, framework) + _required_language_issues(languages, args.require_language)
        framework = None if issues else framework

    if args.json:
        print_json(
            {
                "ok": framework is not None,
                "framework": {"id": framework.id, "version": framework.version, "title": framework.title}
                if framework
                else None,
                "areas": len(framework.areas) if framework else 0,
                "criteria": framework.criteria_count if framework else 0,
                "levels": framework.level_names if framework else [],
                "errors": [{"path": i.path, "message": i.message} for i in issues],
                "languages": [report.as_json() for report in languages],
            }
        )
    elif framework:
        print(
            f"{path}: valid — {framework.title} {framework.version}: {len(framework.areas)} areas, "
            f"{framework.criteria_count} criteria, levels {', '.join(framework.level_names)}"
        )
        for report in languages:
            print(report.summary())
            for fallback in report.falls_back:
                print(f"  {fallback}")
    else:
        import sys

        print(
            f"{path}: not a valid framework ({len(issues)} problem{'s' if len(issues) != 1 else ''}):",
            file=sys.stderr,
        )
        for issue in issues:
            print(f"  {issue}", file=sys.stderr)
    return 0 if framework else 1
