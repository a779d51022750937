"""The demo's second framework: a funder's due-diligence checks answered from the Kitemark ("tell us once").

The demo organisation has applied to the (fictional) Thamesbank Community Fund. Most of the fund's checks ask what
the Kitemark already asked, so their answers are taken through the crosswalk — used as they are, or adapted where
the fund asks a little more — by the same operation a volunteer's click runs (``answer_reuse.use_offer``), with the
same evidence linked, not copied. One check (proof of the bank account) has no Kitemark counterpart and is left
for the organisation to do, so the demo shows what is still missing there too.
"""

from __future__ import annotations

from kitemark_app.paths import bundled_framework_texts
from kitemark_app.services.answer_reuse import offers, use_offer
from kitemark_app.services.frameworks_in_use import start_framework
from kitemark_app.services.workspace import Workspace

FUNDER_FILE = "funder-due-diligence.yaml"
FUNDER_ID = "funder-due-diligence"
FUNDER_LEVEL = "Standard checks"

#: Answers adapted for the fund: its question asks a little more than the Kitemark's.
ADAPTED = {
    "ORG-03": (
        "Our board of seven trustees is listed on the Charity Commission register and in our annual report; none is "
        "related to another. Our two named contacts for the fund are Amara Okafor (Coordinator, "
        "amara.okafor@riversidefood.example) and Margaret Adeyemi (Chair of trustees)."
    ),
    "ORG-04": (
        "Trustees declare their interests every year and at the start of each board meeting; the register is kept "
        "by the Chair. No trustee, member of staff or volunteer has any link with Thamesbank Community Fund or its "
        "panel, and we will tell the fund at once if that changes."
    ),
}


def add_funder_checks(workspace: Workspace) -> None:
    """Begin the fund's checks alongside the Kitemark and answer them from it; the Kitemark stays in focus."""
    start_framework(workspace, bundled_framework_texts()[FUNDER_FILE], FUNDER_LEVEL)
    workspace.framework_choice = FUNDER_ID
    try:
        with workspace.session() as session:
            criteria = [item.criterion.id for item in workspace.applicable(session)]
        for criterion_id in criteria:
            found = sorted(offers(workspace, criterion_id), key=lambda offer: offer.strength != "same")
            if found:
                use_offer(workspace, criterion_id, found[0].key, narrative=ADAPTED.get(criterion_id))
    finally:
        workspace.framework_choice = None
