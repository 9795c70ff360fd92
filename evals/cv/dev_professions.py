"""Dev CVs of eight professions (every person is fictional), written in everyday wording.

They were first kept as a held-out set; their results and misses were read while the semantic
step was built, so they are no longer unseen and now belong to the dev split. Their expected
skills are in ``dev.yaml``, after the seven CVs of ``dev_texts.py``.
"""

from __future__ import annotations

from evals.cv.fixtures import Fixture, docx_file, pdf_pages, pdf_two_columns

FUNDRAISER_TEXT = """AMARA NWOSU
Fundraising & Partnerships Manager | London | amara.nwosu@example.org

ABOUT ME
Eight years raising money for small charities, most of it from trusts, foundations and people
who had never given before.

WHERE I'VE WORKED
Head of Fundraising, Open Door Youth Trust (2021 - now)
* Grew voluntary income from £310k to £820k in three years.
* Wrote bids to trusts and foundations - 14 funded, incl. a 3-year National Lottery award.
* Look after our major donors personally; 40 supporters on a stewardship plan.
* Put on the annual gala dinner and a sponsored 10k (600 runners).
* Manage 2 fundraising officers and a pool of 25 volunteers.
* Moved our supporter records to Salesforce and cleaned up consent under GDPR.

Community Fundraiser, Hillside Hospice (2017 - 2021)
* Gave talks to rotary clubs, schools and churches about the hospice's work.
* Set up the hospice's Facebook and Instagram appeals; the first online Christmas appeal
  raised £48k.
* Drafted the appeal letters and the quarterly newsletter.
* Kept the fundraising budget and reported monthly to the finance director.

VOLUNTEERING
Trustee, Bramley Food Bank (since 2019)

EDUCATION
BA (Hons) Sociology, University of Kent
Certificate in Fundraising, Chartered Institute of Fundraising

Languages: English, Igbo (spoken)
"""

JOURNALIST_PAGES = [
    [
        "Daniel Okonkwo-Reyes",
        "Journalist, editor, podcast producer",
        "Bristol | 07700 900123 | dan@example.com",
        "Summary",
        "Reporter for 11 years, local papers to a regional news desk. Now freelance: I write, "
        "edit, and teach newsrooms how to make audio.",
        "Experience",
        "Freelance journalist & audio producer, 2022 - present",
        "- Long reads for The Western Review and two trade magazines (health, housing).",
        "- Make a fortnightly podcast on local politics: research, interviews, editing in "
        "Audition; 18k listeners.",
        "- Run one-day workshops for student newsrooms on audio storytelling.",
        "Deputy News Editor, Bristol Evening Post, 2016 - 2022",
        "- Ran the news desk at weekends; commissioned and subbed copy from a team of 7 reporters.",
        "- Broke a story on care home inspections that led to a council inquiry (FOI requests, "
        "numbers pulled from inspection spreadsheets).",
        "- Fact-checked and sent stories for legal read before publication.",
    ],
    [
        "Reporter, Somerset Gazette, 2013 - 2016",
        "- Courts, council and features; shot and cut short videos for the website.",
        "- Live-tweeted two elections and grew the paper's Twitter following to 30k.",
        "Education",
        "NCTJ Diploma in Journalism (Gold Standard), 2013",
        "BA History, Cardiff University, 2012",
        "Skills",
        "Shorthand 100wpm (Teeline) | Adobe Audition, Premiere | data journalism (Excel, "
        "Datawrapper charts) | Spanish (conversational)",
    ],
]

ARCHITECT_LINES = [
    "SIOBHAN DELANEY  RIBA ARB",
    "Architect",
    "Profile",
    "Chartered architect, 10 yrs, housing & schools. I like the messy middle of a project: "
    "planning, the site, the budget conversation.",
    "Experience",
    "Associate, Mill Lane Architects, Manchester — 2019 to date",
    "Job runner on a 64-home Passivhaus scheme from feasibility to handover (RIBA stages 0-7).",
    "Took two schemes through planning; wrote the design & access statements and met the "
    "planning officers.",
    "Contract administration on site under JCT contracts: site meetings, valuations, snagging.",
    "Cost plans with the QS; value engineering kept a school extension inside its £4.2m budget.",
    "Supervise and mentor two Part 2 assistants through their Part 3.",
    "Architectural Assistant, Foster & Kerr, Dublin — 2014 to 2019",
    "Concept design and client presentations for mixed-use schemes.",
    "Built the office's Revit templates and moved the team from 2D drafting to BIM.",
    "Education",
    "MArch, Manchester School of Architecture, 2014",
]
ARCHITECT_TABLE = [
    ["Software", "How I use it"],
    ["Revit", "daily; BIM coordination with engineers"],
    ["AutoCAD", "detail drawings"],
    ["SketchUp + Enscape", "3D massing and renders"],
    ["InDesign", "reports and competition boards"],
]

PHYSIO_MAIN = [
    "Tom Mwangi MCSP",
    "Physiotherapist & clinic owner",
    "Experience",
    "Director, Movewell Physio, Leeds | 2020 - now",
    "Opened my own clinic; 3 physios, 1 receptionist, about 900 patients a year.",
    "MSK assessment and rehab for runners and desk workers; a written exercise programme for "
    "every patient.",
    "Run a Tuesday evening strength class for over-60s.",
    "Did the books, VAT returns and wages myself for the first two years.",
    "Band 6 Physiotherapist, Leeds Teaching Hospitals | 2015 - 2020",
    "Rotations on respiratory, neuro and orthopaedic wards.",
    "Kept treatment notes on SystmOne; supervised physio students on placement.",
    "Education",
    "BSc (Hons) Physiotherapy, Sheffield Hallam, 2015",
]
PHYSIO_SIDE = [
    "Skills",
    "Manual therapy",
    "Sports massage",
    "Acupuncture (AACP)",
    "Clinical Pilates",
    "Bookings: Cliniko",
    "Instagram for the clinic",
    "Languages",
    "English, Swahili",
]

STORE_MANAGER_LINES = [
    "Karen Whitlock",
    "Store Manager at Hartley's Home & Garden",
    "Greater Bristol Area",
    "About",
    "Retail for 20 years, started on the tills at 16. I like a shop that runs itself when I'm off.",
    "Experience",
    "Store Manager",
    "Hartley's Home & Garden · Full-time",
    "Apr 2017 - Present · 8 yrs",
    "Run a £3.1m garden centre with 22 staff (more in spring).",
    "Ran the rota, holidays and sickness for the whole team; did the hiring and the inductions.",
    "Weekly ordering with 40+ suppliers, and sorting it out when deliveries went wrong.",
    "Shrinkage down from 2.4% to 1.1% by tightening up stock counts.",
    "Fire, first aid and COSHH sign-off for the site.",
    "Deputy Manager",
    "Fenwick & Daughters · Full-time",
    "2010 - 2017 · 7 yrs",
    "Cashing up, banking, and kept the books for the café concession.",
    "Dealt with complaints and refunds; showed new starters the till.",
    "Visual merchandising for the seasonal windows.",
    "Skills",
    "Team leadership · Stock control · Customer service · Microsoft Excel",
]

HR_MD = """# Rukhsana Begum, Chartered MCIPD

People Partner · Birmingham · open to fractional roles

## What I do
I help growing firms (50-400 people) get the basics of people work right, then the harder bits.

## Experience
**Head of People, Ferrous Logistics** — 2020–2024
- Built the HR function from scratch for 280 staff across 4 depots.
- Rewrote the handbook and policies after a tribunal claim; no claims since.
- Led the TUPE transfer of 60 drivers, including the consultation with the union.
- Brought payroll in-house (Sage) and cut errors to near zero.
- Sat in on disputes and grievances as an impartial chair.

**HR Advisor, Castlegate NHS Trust** — 2015–2020
- Advised managers on disciplinaries, sickness absence and flexible working requests.
- Ran the graduate scheme: assessment centres, offers, a 12-week induction.
- Coached first-time line managers.

## Other
- Mental Health First Aider
- Fluent in Urdu and Punjabi; English native.
"""

FOUNDER_PAGES = [
    [
        "Dr. Yuki Tanabe",
        "Co-founder & CSO, Petrichor Bio | Cambridge, UK",
        "PROFILE",
        "Microbiologist who left the bench to start a company making soil probiotics for farms. "
        "Comfortable in a lab, in a pitch, and in a muddy field.",
        "EXPERIENCE",
        "Co-founder & Chief Scientific Officer, Petrichor Bio — 2021–present",
        "• Pitched to investors and closed a £2.3m seed round; wrote two Innovate UK grant "
        "applications (both funded).",
        "• Hired and lead a team of 6 scientists; set up the lab and its quality system "
        "(ISO 9001).",
        "• Designed and ran field trials with 14 farms; analysed the yield data in R.",
        "• Talk at farming shows and to agronomists; give the sales team the science.",
        "Postdoctoral Research Associate, University of Cambridge — 2016–2021",
        "• PCR, qPCR, 16S sequencing and anaerobic culture.",
        "• 9 peer-reviewed papers (3 first author); reviewer for two journals.",
        "• Supervised 4 PhD students and taught undergraduate practicals.",
        "• Reviewed the published evidence for a DEFRA briefing on soil health.",
    ],
    [
        "EDUCATION",
        "PhD Microbiology, University of Tokyo, 2016",
        "LANGUAGES",
        "Japanese (native), English (fluent)",
    ],
]

SOCIAL_WORKER_TEXT = """Curriculum Vitae – Bronwen Pritchard, BA SW (Social Work England registered)

Personal statement
Children and families social worker (7 yrs). Strength-based practice, plain speaking with
parents, and my case recordings are done on time.

Employment
Senior Practitioner – Cardiff Council Children's Services – 2021–present
– Hold a caseload of 18 families on child protection and child in need plans.
– Chair core groups, write reports for court and give evidence at the family court.
– Co-ordinate multi-agency meetings with schools, police and health visitors.
– Supervise two newly qualified social workers; practice educator for students.
Social Worker – Vale Family Support Team – 2017–2021
– Family group conferences, direct work with children, and parenting assessments.
– De-escalation and crisis visits out of hours.

Training
Motivational interviewing; trauma-informed practice; Welsh for work (level 2)

Other
Samaritans listening volunteer since 2015.
"""

PROFESSION_FIXTURES: tuple[Fixture, ...] = (
    Fixture("fundraiser_plain.txt", "charity fundraiser", lambda: FUNDRAISER_TEXT.encode("utf-8")),
    Fixture(
        "journalist_2-pages.pdf",
        "journalist and audio producer",
        lambda: pdf_pages(JOURNALIST_PAGES),
    ),
    Fixture(
        "architect_software-table.docx",
        "architect",
        lambda: docx_file(ARCHITECT_LINES, ARCHITECT_TABLE),
    ),
    Fixture(
        "physiotherapist_two-column.pdf",
        "physiotherapist and clinic owner",
        lambda: pdf_two_columns(PHYSIO_MAIN, PHYSIO_SIDE),
    ),
    Fixture(
        "store-manager_profile-paste.docx",
        "retail store manager",
        lambda: docx_file(STORE_MANAGER_LINES),
    ),
    Fixture("hr-partner.md", "HR manager", lambda: HR_MD.encode("utf-8")),
    Fixture(
        "scientist-founder_2-pages.pdf",
        "microbiologist and start-up founder",
        lambda: pdf_pages(FOUNDER_PAGES),
    ),
    Fixture(
        "social-worker_cp1252.txt",
        "children and families social worker",
        lambda: SOCIAL_WORKER_TEXT.encode("cp1252"),
    ),
)


def profession_fixture(name: str) -> Fixture:
    """The held-out fixture called ``name``; lists the valid names when it is unknown."""
    for item in PROFESSION_FIXTURES:
        if item.name == name:
            return item
    raise KeyError(
        f"no dev fixture {name!r}; choose one of {[f.name for f in PROFESSION_FIXTURES]}"
    )
