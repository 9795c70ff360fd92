"""The development CV split: everyday wording, used to tune the semantic matcher.

Seven short CVs (every person and organisation is fictional) for professions that appear in
neither the tuned nor the held-out split. They describe work the way people do ("did the books",
"drew up the shift pattern") rather than by skill names. Their expected skills are in
``evals/cv/dev.yaml``. This split is tuned on, so its figures are optimistic; it is reported by
the evaluation, never gated.
"""

from __future__ import annotations

from evals.cv.fixtures import Fixture, docx_file, pdf_pages

COMMUNITY_CENTRE = """Bernadette Kaye
Manager, Ashgrove Community Centre

About me
I have run a busy community centre for eight years and I like making a building work for
everyone who uses it.

Ashgrove Community Centre - Centre Manager - 2017 to now
- Look after the centre's money: send invoices to hirers, pay suppliers and prepare the
  year-end figures for the trustees
- Take bookings from thirty local groups and fit them around each other in the weekly timetable
- Organised the summer fair and a Christmas market with 40 stalls and 1,500 visitors
- Applied to the lottery and two local foundations for money to replace the roof (85,000 raised)
- Found and looked after a team of 25 volunteers who staff the café and the reception desk
- Settled fallings-out between user groups over rooms before they reached the committee
- Keep the building safe: fire drills, risk assessments and water hygiene checks
- Write the monthly newsletter and keep the Facebook page going
- Get three quotes from builders and electricians for every repair and keep them to the price

Before that
Shop assistant and then assistant manager, Harlow's Hardware, 2009 to 2017
"""

WAREHOUSE_LINES = [
    "Dariusz Nowak",
    "Warehouse Shift Supervisor",
    "Work history",
    "Shift Supervisor, Fenwick Distribution, Leicester, 2019 - present",
    "In charge of the night shift: 14 pickers and packers and two forklift drivers.",
    "Draw up who works which shift each week and find cover when people ring in sick.",
    "Show new starters the ropes and sign them off on the picking scanners.",
    "Keep the stock counts right and chase missing loads with the hauliers.",
    "Came up with a new layout for the picking aisles that cut walking time by a fifth.",
    "Look after the trucks: daily checks, book repairs, report faults.",
    "Sit on interview panels when we take on new pickers.",
    "Send the depot manager weekly pick-rate figures from a spreadsheet.",
    "Picker, Fenwick Distribution, 2016 - 2019",
    "Certificates",
    "Counterbalance forklift licence; fire warden; manual handling trainer",
]

BOOKKEEPER_LINES = [
    "Hannah Lloyd - Freelance Bookkeeper",
    "I keep the numbers straight for small firms so their owners can get on with the work.",
    "Self-employed bookkeeper, Lloyd Books, 2018 - present",
    "Do the books for nine small businesses: sales and purchase ledgers, matching the bank "
    "statements every month, quarterly VAT returns.",
    "Pay the staff of two cafés and a garage each month, with payslips and pension deductions.",
    "Move clients onto Xero or QuickBooks and show them how to use it.",
    "Have the year-end figures ready for the accountant by the end of May.",
    "Spotted that a member of staff was skimming from a client's till and helped the owner "
    "put it right.",
    "Help owners work out whether they can afford a new hire or a new van next year.",
    "Find my own clients by word of mouth and the local business breakfast.",
    "Accounts clerk, Morgan & Price builders' merchants, 2012 - 2018",
    "Outside work",
    "Treasurer (unpaid) of the Pen-y-Bryn allotment society.",
]

FOOTBALL_COACH = """# Kwame Mensah

Youth football coach and club secretary

## What I do
- Coach the under-12 and under-14 teams three evenings a week and on match days
- Plan a season of training sessions so the players build their skills week by week
- Look out for two young coaches in the club and help them get their coaching badges
- Keep parents in the loop with a weekly message and a chat with each family at the end of
  the season
- Put on a six-a-side tournament for 200 children every June
- Raised money for new kit with a sponsored walk and shirts paid for by local businesses
- First aider at every match and training night
- Run a Saturday session for children with autism and ADHD so everyone can play
- Gave a talk at the county coaching conference about keeping teenagers in sport
- Grew the club from 20 to 150 members in five years

## Jobs
Club Secretary and Head Coach (voluntary), Eastfield Juniors FC, 2019 - present
Delivery driver, Parcelwise, 2015 - present
"""

UNION_REP = """Siobhan Walsh
Workplace Representative and Branch Secretary

Northern Rail Workers' Union, branch secretary, 2016 - present
Represent members at disciplinary and grievance meetings and appeals.
When a row over new shift patterns was heading for a strike, brought both sides to the table
and helped them find a way through that each could live with.
Sit across the table from management for the yearly pay round and hold out for the best deal.
Read up on tribunal decisions and past cases before each hearing.
Run evening courses for new reps on how to support a member.
Speak at branch meetings and the regional conference.
Check the company keeps to the rules on working hours and rest breaks.
Walk the depots with the safety rep and write up hazards.
Signed up 300 new members and set up a WhatsApp network for the branch.

Conductor, Northern Lines, 2008 - present
"""

VET_LINES = [
    "Chloe Barker",
    "Senior Receptionist, Oakfield Veterinary Practice",
    "Experience",
    "Oakfield Veterinary Practice, 2018 - present",
    "First face that clients see: greet owners and their animals, answer the phones.",
    "Book appointments and juggle the four vets' diaries around emergencies.",
    "Take payments and chase owners who have not settled their bills.",
    "Order medicines and supplies and keep the stockroom in order.",
    "Keep the animals' records up to date on the practice system.",
    "Help the practice manager keep the surgery running from day to day.",
    "Train each new receptionist over their first month.",
    "Take photos of our patients and post them on the practice's Instagram.",
    "Supermarket checkout operator, 2015 - 2018",
]

IT_HELPDESK_PAGES = [
    [
        "Marcus Bell",
        "IT support for a busy office",
        "Office IT Technician, Greaves & Hall Solicitors, 2020 - present",
        "Fix people's laptops, printers and phones when they go wrong; 30 to 40 tickets a week.",
        "Set up accounts, laptops and passwords for new starters and close them when people leave.",
        "Wrote short how-to guides for staff on the shared drive and the VPN.",
        "Look after the office wifi, switches and firewall.",
        "Make sure the file server is backed up every night and test a restore each month.",
        "Sit with older colleagues to teach them Outlook, Word and Teams.",
        "Led the clean-up after a phishing email took over two mailboxes: locked the accounts, "
        "found what was sent and told the partners what to change.",
        "Shop floor, Currys, 2017 - 2020",
    ]
]

DEV_FIXTURES: tuple[Fixture, ...] = (
    Fixture(
        "community-centre.txt",
        "community centre manager",
        lambda: COMMUNITY_CENTRE.encode("utf-8"),
    ),
    Fixture(
        "warehouse-supervisor.docx",
        "warehouse shift supervisor",
        lambda: docx_file(WAREHOUSE_LINES),
    ),
    Fixture("bookkeeper.docx", "freelance bookkeeper", lambda: docx_file(BOOKKEEPER_LINES)),
    Fixture("football-coach.md", "youth football coach", lambda: FOOTBALL_COACH.encode("utf-8")),
    Fixture("union-rep.txt", "trade union representative", lambda: UNION_REP.encode("cp1252")),
    Fixture("vet-receptionist.pdf", "veterinary receptionist", lambda: pdf_pages([VET_LINES])),
    Fixture("it-technician.pdf", "office IT technician", lambda: pdf_pages(IT_HELPDESK_PAGES)),
)


def dev_fixture(name: str) -> Fixture:
    """The development fixture called ``name``; lists the valid names when it is unknown."""
    for item in DEV_FIXTURES:
        if item.name == name:
            return item
    raise KeyError(f"no dev fixture {name!r}; choose one of {[f.name for f in DEV_FIXTURES]}")
