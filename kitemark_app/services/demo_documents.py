"""The demo organisation's evidence documents: file names, titles, ages, the criteria they support, their text.

Plain data for ``services/demo.py``; all of it is fictional.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoDocument:
    file_name: str
    title: str
    months_old: int  # ignored for the annual accounts, which are dated by the accounting year
    criteria: tuple[str, ...]
    days_old: int = 0
    review_overdue_days: int | None = None  # review_by this many days ago
    annual_accounts: bool = False
    body: str = ""

    @property
    def sections(self) -> list[tuple[str, str]]:
        """(heading, paragraph) pairs from the body."""
        sections: list[tuple[str, list[str]]] = []
        for line in self.body.splitlines():
            line = line.strip()
            if line.startswith("## "):
                sections.append((line[3:], []))
            elif line:
                sections[-1][1].append(line)
        return [(heading, " ".join(lines)) for heading, lines in sections]


# Each body is "## heading" lines followed by their text; text may use {org}, {charity}, {dated}, {year_end}.
DOCUMENTS = (
    DemoDocument(
        "constitution.pdf",
        "Constitution of a charitable incorporated organisation",
        50,
        ("GOV-01",),
        body="""
        ## 1. Name
        The name of the CIO is {org}.
        ## 2. Objects
        The objects of the CIO are, for the public benefit, to relieve poverty and hunger among people
        living or working in the London Borough of Riverside, in particular by providing food, meals and
        advice, and to advance health through education about healthy eating.
        ## 3. Powers
        The CIO may do anything calculated to further its objects, including buying or renting premises,
        employing staff and working with other charities and public bodies.
        ## 4. Trustees
        There must be at least three and no more than nine charity trustees, elected by the members at the
        annual general meeting. No one may be a trustee if under 18 or disqualified by law.
        ## 5. Amendment
        Adopted on registration; clause 2 amended by special resolution of the members to extend the area of
        benefit to the whole borough.
        """,
    ),
    DemoDocument(
        "annual-report-and-accounts.pdf",
        "Trustees' annual report and accounts",
        0,
        ("GOV-03", "FIN-01", "FIN-02", "FIN-05", "COM-01"),
        annual_accounts=True,
        body="""
        ## Trustees' report
        For the year ended {year_end}. {org} (registered charity {charity}) ran a community pantry with 410
        member households, a community kitchen serving 9,800 meals and weekly money advice sessions.
        ## Financial review
        Total income was £186,420 and expenditure £179,115. The largest funders were the council's food
        resilience grant and the National Lottery Community Fund.
        ## Reserves policy
        The trustees aim to hold free reserves equal to three months' running costs, about £45,000. At the
        year end free reserves were £47,300, in line with the policy.
        ## Independent examiner's report
        I report on the accounts of the charity for the year ended {year_end}. No matter has come to my
        attention that gives cause to believe the accounts do not accord with the accounting records. Signed
        by the independent examiner, FCA.
        ## Approval
        Approved by the trustees on {dated} and signed on their behalf by the chair.
        """,
    ),
    DemoDocument(
        "board-minutes.pdf",
        "Minutes of the board of trustees",
        0,
        ("GOV-02", "TRU-01", "TRU-03", "PLN-05", "FIN-06", "SAF-05", "SVC-05", "OUT-04"),
        days_old=50,
        body="""
        ## Present
        Margaret Adeyemi (chair), David Chen (treasurer), Priya Sharma (secretary), Tom Walsh, Fatima
        Hussain, Kwame Mensah. In attendance: Amara Okafor (director).
        ## 1. Declarations of interest
        Fatima Hussain declared that she volunteers at the Riverside Surplus Food Hub and left the room for
        item 5.
        ## 2. Governing document
        Trustees reviewed the constitution and agreed all current activities fall within the objects. No
        changes needed.
        ## 3. Finance
        The treasurer presented the quarterly management accounts. Spending is 3% under budget; the van
        repair overspend is covered by lower utility costs.
        ## 4. Safeguarding annual report
        Tom Walsh presented the annual safeguarding report: eleven concerns, four referrals to adult social
        care, all handled within a day. Training is up to date.
        ## 5. Progress against the plan
        The director reported progress on the delivery plan, member feedback and complaints. Agreed to start
        a Tuesday lunch club for older members.
        """,
    ),
    DemoDocument(
        "register-of-interests.pdf",
        "Register of trustees' interests and eligibility declarations",
        15,
        ("TRU-01", "TRU-02"),
        body="""
        ## Purpose
        Each trustee of {org} lists any interest that could conflict with their duty to the charity, and
        confirms they are not disqualified from acting as a trustee.
        ## Entries
        Margaret Adeyemi: none. David Chen: employee of a high-street bank. Priya Sharma: none. Tom Walsh:
        retired social worker, former council employee. Fatima Hussain: volunteer at the Riverside Surplus
        Food Hub. Kwame Mensah: governor of Riverside Primary School.
        ## Declaration
        Each trustee has signed to confirm the entries are complete and that they are eligible to act as a
        charity trustee.
        """,
    ),
    DemoDocument(
        "business-plan.pdf",
        "Business plan and delivery plan",
        10,
        ("PLN-01", "PLN-02", "PLN-04", "OUT-01"),
        body="""
        ## Our purpose
        No one in Riverside should go hungry, and everyone should be able to eat well with dignity.
        ## The need
        The council's food insecurity survey found one household in six in the borough skipped meals in the
        past month. Demand at our Saturday pantry regularly outstrips the stock we have.
        ## Three-year aims
        Grow pantry membership to 500 households, open a second pantry in the north of the borough, and
        halve our dependence on any single funder.
        ## Delivery plan for the year
        Pantry: Lucy Brennan, weekly sessions. Kitchen: Sofia Marques, five lunches a week. Advice: partner
        sessions twice a month. Volunteers: Joe Rahman, recruit 15 more.
        ## Outcomes
        Members eat better, feel less isolated and are better able to manage their money.
        """,
    ),
    DemoDocument("budget.csv", "Budget and management accounts", 1, ("PLN-03", "FIN-03", "FIN-06")),
    DemoDocument(
        "financial-procedures.pdf",
        "Financial procedures and bank mandate",
        14,
        ("FIN-04",),
        body="""
        ## Authorising payments
        Every payment needs two approvers on online banking, one of whom must be a trustee. Approvers may
        not approve payments to themselves or to a relative.
        ## Bank mandate
        Authorised signatories: David Chen (treasurer), Margaret Adeyemi (chair), Amara Okafor (director).
        Any two may sign, one of them a trustee.
        ## Cash
        Pantry contributions are counted by two people, recorded and banked weekly. Petty cash is capped at
        £100 and reconciled monthly.
        ## Reconciliation
        The finance officer reconciles the bank account each month and the treasurer signs the
        reconciliation.
        """,
    ),
    DemoDocument(
        "insurance-schedule.pdf",
        "Insurance schedule and certificates",
        13,
        ("HSR-03", "HSR-04"),
        body="""
        ## Insured
        {org}, registered charity {charity}.
        ## Cover
        Public liability: £5,000,000 any one event. Employer's liability: £10,000,000 any one occurrence.
        Contents and stock, money, trustee indemnity.
        ## Period
        Twelve months from {dated}.
        """,
    ),
    DemoDocument(
        "health-and-safety-policy.pdf",
        "Health and safety policy and premises risk assessment",
        8,
        ("HSR-01", "HSR-05"),
        body="""
        ## Statement
        {org} will provide a safe place for members, volunteers, staff and visitors. The chair signs this
        policy on behalf of the trustees.
        ## Responsibilities
        The director is responsible day to day; each session leader checks the pantry and kitchen before
        opening. Accidents are recorded in the accident book.
        ## Fire risk assessment
        The arches were assessed by a competent contractor. Actions completed: new fire door on the kitchen,
        emergency lighting tested monthly, two trained fire marshals per session.
        ## Food safety
        The kitchen holds a food hygiene rating of 5 and all kitchen volunteers hold a level 2 food hygiene
        certificate.
        """,
    ),
    DemoDocument(
        "risk-register.pdf",
        "Risk register",
        10,
        ("HSR-02", "HSR-06"),
        review_overdue_days=20,
        body="""
        ## How we score risk
        Each risk is scored for likelihood and impact from 1 to 5; risks scoring 12 or more are reviewed at
        every board meeting.
        ## Top risks
        Loss of the council grant (score 15): diversify income, six months' notice clause. Loss of the
        arches (12): continuity plan, alternative venue agreed with St Anne's church. Safeguarding incident
        (10): policy, training, lead trustee.
        """,
    ),
    DemoDocument(
        "safeguarding-adults-policy.pdf",
        "Safeguarding adults policy and procedure",
        4,
        ("PPL-02", "SAF-01", "SAF-02", "SAF-04"),
        body="""
        ## Our commitment
        {org} works with adults who may be at risk of abuse or neglect because of their circumstances.
        Everyone involved with us has a duty to act on concerns.
        ## Who to contact
        Safeguarding lead: Lucy Brennan, pantry coordinator. Deputy: Joe Rahman, volunteer coordinator. Lead
        trustee: Tom Walsh.
        ## If you are worried
        Write down what you saw or heard on a concern form the same day and give it to the lead. In an
        emergency call 999. The lead decides whether to refer to the council's adult social care team.
        ## Safer recruitment
        Shopping for housebound members is regulated activity, so those volunteers and the staff who run
        the service have an enhanced DBS check with the adults' barred list. We record check dates, not
        certificates.
        """,
    ),
    DemoDocument(
        "training-and-checks-record.csv",
        "Training and checks record",
        1,
        ("PPL-02", "PPL-05", "PPL-06", "SAF-03", "EDI-05"),
    ),
    DemoDocument(
        "staff-and-volunteer-handbook.pdf",
        "Staff and volunteer handbook",
        9,
        ("TRU-04", "PPL-01", "PPL-03", "PPL-04", "EDI-01"),
        body="""
        ## Recruitment
        We advertise every role openly with a role description, interview or meet every candidate, take two
        references and check staff's right to work in the UK.
        ## Staff terms
        Every employee receives a written contract on their first day. Our disciplinary, grievance, sickness
        and leave procedures follow the Acas codes.
        ## Volunteers
        Volunteers give their time freely. We reimburse travel and lunch, offer training and references, and
        each role has a written description.
        ## Equality, diversity and inclusion
        We will not discriminate against anyone because of a protected characteristic, and we act to remove
        barriers to joining and using our services.
        ## Officers' roles
        The chair leads the board, the treasurer oversees finance, the secretary keeps records. The board
        delegates day-to-day management to the director.
        """,
    ),
    DemoDocument(
        "data-protection-policy.pdf",
        "Data protection policy and privacy notice",
        6,
        ("DPR-01", "DPR-02", "DPR-03", "DPR-04", "DPR-05"),
        body="""
        ## Scope
        {org} holds personal information about members, volunteers, staff and donors. The director is
        responsible for data protection.
        ## ICO registration
        We pay the data protection fee to the Information Commissioner's Office. Registration reference
        ZB412873, renewed on {dated}.
        ## Privacy notice
        We collect your name, address, household size and dietary needs so we can provide food safely. We
        share it only with your consent or where the law requires. You may ask for a copy.
        ## Breaches
        Report any loss or misdirected information to the director at once. Breaches are logged; those
        likely to put people at risk are reported to the ICO within 72 hours.
        ## Records and security
        Our record of processing lists every system holding personal data. Member records are kept in a
        cloud system with two-factor log-in.
        """,
    ),
    DemoDocument(
        "member-charter-and-complaints.pdf",
        "Member charter and complaints procedure",
        9,
        ("SVC-01", "SVC-03", "SVC-05"),
        body="""
        ## What we offer
        A weekly pantry, a community kitchen serving lunch five days a week and money advice sessions, open
        to anyone living in the borough.
        ## Our standards
        You will be welcomed by name, wait no more than 20 minutes and be treated with respect and in
        confidence.
        ## Making a complaint
        Tell any member of staff, or write to the director. We will reply within ten working days. If you
        are not happy with the answer, write to the chair of trustees.
        """,
    ),
    DemoDocument(
        "impact-report.pdf",
        "Annual impact report",
        4,
        ("SVC-02", "EDI-03", "OUT-01", "OUT-02", "OUT-03", "OUT-05", "COM-02", "COM-06"),
        body="""
        ## Our year in numbers
        410 member households, 9,800 meals served, 5,100 volunteer hours, 126 people helped with money
        advice.
        ## What changed for members
        Of members answering our six-month questionnaire, 72% said they eat more fresh food and 64% said
        they feel less alone.
        ## You said, we did
        Members asked for more fresh vegetables, so we started a weekly market-stall delivery. Older members
        found Saturdays hard, so we opened a Tuesday lunch club.
        ## Who we reach
        Our members broadly reflect the borough, but men under 30 are under-represented.
        ## What did not go well
        Our freezer failed in the summer and we lost a week's chilled stock.
        """,
    ),
    DemoDocument("co-design-session.png", "Photo: pantry layout co-design session", 5, ("SVC-02", "SVC-04")),
    DemoDocument("pantry-volunteers.jpg", "Photo: volunteers unloading the food hub delivery", 3, ("COM-03",)),
)
