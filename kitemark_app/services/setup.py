"""First run: create the organisation and its first self-assessment in one step."""

from __future__ import annotations

from kitemark_app.core.framework import FrameworkError, parse_framework
from kitemark_app.core.names import invisible_characters_problem
from kitemark_app.core.profile import charity_number_problem, company_number_problem
from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say
from kitemark_app.services.workspace import OrganisationDetails, Workspace


def start_self_assessment(
    workspace: Workspace, details: OrganisationDetails, framework_source: str, target_level: str
) -> int:
    """Check everything first, then store the organisation and start its cycle; returns the cycle id."""
    if not details.name.strip():
        raise KitemarkError(say("Please give the organisation's name."))
    if problem := invisible_characters_problem(details.name):
        raise KitemarkError(problem)
    if details.charity_number.strip() and (problem := charity_number_problem(details.charity_number)):
        raise KitemarkError(problem)
    if details.company_number.strip() and (problem := company_number_problem(details.company_number)):
        raise KitemarkError(problem)
    try:
        framework = parse_framework(framework_source)
    except FrameworkError as error:
        raise KitemarkError(say("The framework file is not valid: {problem}.", problem=error)) from None
    if target_level not in framework.level_names:
        raise KitemarkError(
            say(
                "'{level}' is not a level of this framework (levels are: {levels}).",
                level=target_level,
                levels=", ".join(framework.level_names),
            )
        )
    if workspace.has_organisation():
        raise KitemarkError(say("This data folder already has an organisation; open it instead."))
    workspace.create_organisation(details)
    return workspace.start_cycle(framework_source, target_level)
