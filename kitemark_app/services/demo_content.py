"""What the demo organisation says and keeps: its answers, actions and the text of its evidence documents.

Plain data for ``services/demo.py``; all of it is fictional.
"""

from __future__ import annotations

from dataclasses import dataclass

from kitemark_app.core.status import ActionStatus, ResponseStatus

MET, PARTLY, NOT_MET = ResponseStatus.MET, ResponseStatus.PARTLY_MET, ResponseStatus.NOT_MET

# Every answered criterion's narrative; all are met unless STATUSES says otherwise.
# Left unanswered on purpose (all non-mandatory): PLN-06, DPR-06, OUT-06, COM-05.
NARRATIVES = {
    "GOV-01": (
        "We are a CIO using the Charity Commission's foundation model constitution, adopted when we "
        "registered and amended once to widen our area of benefit to the whole borough."
    ),
    "GOV-02": (
        "The trustees went through the constitution at their last meeting and confirmed our pantry, "
        "community kitchen and advice sessions all sit within our objects."
    ),
    "GOV-03": (
        "Our treasurer filed the annual return online with the accounts, well inside the ten-month "
        "deadline. Our register entry shows our current trustees."
    ),
    "TRU-01": (
        "All six trustees were elected at the AGM and each has signed an eligibility declaration, which "
        "our secretary keeps with the register of trustees."
    ),
    "TRU-02": (
        "Trustees declare interests at the start of every meeting. The annual refresh of the written "
        "register is on the agenda for the next board meeting."
    ),
    "TRU-03": "The board meets every two months and minutes are approved at the following meeting.",
    "TRU-04": (
        "Role descriptions for the chair, treasurer and secretary are in the staff and volunteer "
        "handbook, with a short scheme of delegation to the director."
    ),
    "TRU-05": (
        "New trustees get an induction meeting with the chair and director and a visit to a pantry "
        "session. We did a skills audit last year and recruited a trustee with HR experience."
    ),
    "TRU-06": (
        "We have not yet reviewed ourselves against the Charity Governance Code. The chair will lead a "
        "review at an away-day this year."
    ),
    "PLN-01": (
        "Our purpose is simple: no one in Riverside should go hungry, and everyone should be able to eat "
        "well with dignity. It is in our business plan, leaflets and website."
    ),
    "PLN-02": (
        "The business plan includes a one-year delivery plan with named leads and dates, agreed by the trustees."
    ),
    "PLN-03": (
        "Each strand of the plan has its own cost centre in the budget, so trustees can see what each "
        "activity costs and who funds it."
    ),
    "PLN-04": (
        "Our three-year plan draws on the council's food insecurity survey, our own attendance figures "
        "and a consultation with pantry members."
    ),
    "PLN-05": "The director reports on progress against the plan at every other board meeting.",
    "FIN-01": (
        "Our accounts are prepared on the accruals basis, approved by the trustees and filed with the "
        "Charity Commission."
    ),
    "FIN-02": (
        "Our income is under £250,000, so our accounts are checked by an independent examiner, a "
        "chartered accountant who volunteers with another local charity."
    ),
    "FIN-03": (
        "The treasurer and director draft the budget in February and the trustees approve it before the "
        "year starts in April."
    ),
    "FIN-04": (
        "Payments need two approvers on online banking, one of whom must be a trustee. Petty cash is "
        "capped at £100 and reconciled monthly."
    ),
    "FIN-05": (
        "Our reserves policy is to hold three months of running costs (about £45,000). We currently hold "
        "just over that, as set out in the annual report."
    ),
    "FIN-06": (
        "The finance officer produces management accounts each quarter, comparing actual spending with "
        "budget, and the treasurer presents them to the board."
    ),
    "PPL-01": (
        "All roles are advertised openly with a role description. We take two references and, for staff, "
        "check the right to work in the UK."
    ),
    "PPL-02": (
        "Only our shopping service for housebound members is regulated activity, so those volunteers and the "
        "staff who run it have enhanced checks. We record check dates and levels, not certificates."
    ),
    "PPL-03": (
        "Our five staff all have written contracts from their first day, and the handbook covers "
        "disciplinary, grievance, sickness and leave. We pay the London Living Wage."
    ),
    "PPL-04": (
        "Our volunteer policy and a role description for each of our eight volunteer roles are in the "
        "handbook. Volunteers' travel expenses are reimbursed."
    ),
    "PPL-05": (
        "Staff have monthly supervision and an annual appraisal; the chair appraises the director. "
        "Volunteer team leaders have a check-in every quarter."
    ),
    "PPL-06": (
        "Every new volunteer has an induction checklist. The training record tracks food hygiene, "
        "safeguarding and first aid."
    ),
    "SAF-01": (
        "Our safeguarding adults policy was rewritten with help from the council's safeguarding adults "
        "team and approved by the trustees this year."
    ),
    "SAF-02": (
        "Our pantry coordinator is the safeguarding lead, with the volunteer coordinator as deputy. Tom "
        "Walsh is our lead trustee. Their names are on posters in the pantry."
    ),
    "SAF-03": (
        "All staff and trustees, and every volunteer who works with members, have done basic "
        "safeguarding training; the lead and deputy have done the council's advanced course."
    ),
    "SAF-04": (
        "Concerns are written on a concern form the same day and stored in a locked cabinet. The lead "
        "decides on referral to the council's adult social care front door."
    ),
    "SAF-05": (
        "The lead trustee presents an annual safeguarding report to the board, with anonymised numbers "
        "of concerns and referrals and what we learned."
    ),
    "EDI-01": "Our equality policy is in the staff and volunteer handbook and covered at every induction.",
    "EDI-02": (
        "The pantry is step-free, we have leaflets in five community languages and a Saturday session "
        "for people who work in the week."
    ),
    "EDI-03": (
        "Members fill in an optional monitoring form when they join. We compare the results with borough "
        "census data in our impact report."
    ),
    "EDI-04": (
        "The board looked at its own make-up and agreed it needs younger trustees and more from the "
        "Somali and Bangladeshi communities we serve. A written action plan is in draft."
    ),
    "EDI-05": (
        "All staff and volunteer team leaders attended a half-day equality and inclusion session, "
        "recorded in the training record."
    ),
    "HSR-01": (
        "Our health and safety policy is signed by the chair and reviewed every year by the director "
        "with the premises trustee."
    ),
    "HSR-02": (
        "We keep a risk register with scores and actions. The trustees last reviewed it at their summer "
        "meeting; the next review is due."
    ),
    "HSR-03": (
        "We hold £5 million public liability cover through a charity insurance broker. The renewal is "
        "confirmed but the new certificate has not yet arrived."
    ),
    "HSR-04": (
        "We hold £10 million employer's liability cover and display the certificate in the office. The "
        "renewed certificate is on its way from the broker."
    ),
    "HSR-05": (
        "A competent contractor did our fire risk assessment of the arches and we have completed all its "
        "actions. Gas and electrical checks are up to date."
    ),
    "HSR-06": (
        "Our continuity plan covers losing the building and key staff, but not yet a loss of IT systems "
        "or of our main council grant."
    ),
    "DPR-01": (
        "Our data protection policy covers member records, volunteer details and donors, and names the "
        "director as responsible for data protection."
    ),
    "DPR-02": (
        "We pay the annual data protection fee to the ICO by direct debit; our registration number is in the policy."
    ),
    "DPR-03": "Members see our privacy notice on the joining form and it is on our website.",
    "DPR-04": (
        "Staff and volunteers report breaches to the director, who keeps a log. We have had one minor "
        "breach, a misdirected email, which did not need reporting to the ICO."
    ),
    "DPR-05": (
        "We keep a record of processing and have a processing agreement with the supplier of our membership "
        "database, which is a cloud system with two-factor log-in."
    ),
    "SVC-01": (
        "Our complaints procedure is on the wall in the pantry and on our website. Complaints go to the "
        "director, and to the chair if the person is not satisfied."
    ),
    "SVC-02": (
        "We run a members' survey every year and hold a monthly tea-and-chat. Members asked for more "
        "fresh vegetables, so we started a weekly market-stall delivery."
    ),
    "SVC-03": "Our leaflet and website say what we offer, who can join and when we are open.",
    "SVC-04": (
        "Members helped redesign the pantry layout at a co-design session last year; two members now sit "
        "on our service user panel."
    ),
    "SVC-05": (
        "Our member charter sets standards such as no one waiting more than 20 minutes. Complaints and "
        "feedback go to the board each year."
    ),
    "OUT-01": (
        "Our outcomes are that members eat better, feel less isolated and are better able to manage "
        "money, set out in the business plan."
    ),
    "OUT-02": (
        "We record visits, meals served and referrals, and ask members a short before-and-after "
        "questionnaire when they join and six months later."
    ),
    "OUT-03": "We publish an impact report every year, including what did not go well.",
    "OUT-04": ("When our figures showed older members were not coming on Saturdays, we added a Tuesday lunch club."),
    "OUT-05": (
        "We report quarterly to the council's food resilience grant using its measures; the finance "
        "officer checks the figures before they go."
    ),
    "COM-01": ("Our trustees' annual report and accounts are on the Charity Commission register and our website."),
    "COM-02": ("Our website and leaflets show our registered charity number and are reviewed every six months."),
    "COM-03": (
        "We receive surplus food through the Riverside Surplus Food Hub and refer members to the "
        "Citizens Advice service and the borough's welfare benefits team."
    ),
    "COM-04": (
        "We have a signed agreement with the food hub, but our arrangement with the church that hosts "
        "our Tuesday lunch club is still informal."
    ),
    "COM-06": (
        "We responded to the council's cost-of-living consultation and sit on the borough's food partnership board."
    ),
}

STATUSES = {"TRU-06": NOT_MET, "EDI-04": PARTLY, "HSR-06": PARTLY, "COM-04": PARTLY}


NA_REASONS = {
    "SVC-06": "Our pantry and kitchen are open access to any borough resident who joins; we take no referrals "
    "and have never needed a waiting list.",
}


@dataclass(frozen=True)
class DemoAction:
    criterion_id: str
    description: str
    owner: str
    due_in_days: int  # negative: already overdue
    status: ActionStatus = ActionStatus.OPEN


ACTIONS = (
    DemoAction(
        "HSR-03",
        "Chase the broker for the renewed insurance certificates and upload them.",
        "Helen Park",
        -10,
        ActionStatus.IN_PROGRESS,
    ),
    DemoAction(
        "TRU-02",
        "Every trustee to sign an updated register of interests at the next board meeting.",
        "Priya Sharma",
        30,
    ),
    DemoAction(
        "EDI-04", "Finish the inclusion action plan and bring it to the board for approval.", "Margaret Adeyemi", 60
    ),
    DemoAction(
        "TRU-06",
        "Hold a board away-day to review our governance against the Charity Governance Code.",
        "Margaret Adeyemi",
        120,
    ),
)
