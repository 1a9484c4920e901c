"""Document facts for any kind of authority, on small papers written the way each kind prints
them: the council from the letterhead (never from a place the text only mentions), the meeting
body as the paper names it, the meeting date in US and UK forms, the country and so the currency
of "$", and the title block."""
from pathlib import Path

import pytest

from pipeline.extract import document
from pipeline.extract.paper import extract_file
from pipeline.read import layout, pages
from tests.pdfs import text_pdf


def describe(tmp_path: Path, text: str, name: str = "paper.pdf") -> document.DocumentInfo:
    path = text_pdf(tmp_path / name, text)
    return document.describe(layout.analyse(list(pages.read_pages(path))))


def facts(info: document.DocumentInfo) -> tuple:
    return info.council, info.committee, info.meeting_date


US_CITY_AGENDA = """
**CITY OF HIDDEN VALE
**REGULAR CITY COUNCIL MEETING
6165 Spring Valley Road
Monday, December 12, 2022
5:30 PM

AGENDA
1. CALL TO ORDER AND PLEDGE OF ALLEGIANCE
2. PUBLIC COMMENT
Members of the public may address the City Council. The State of California and the County of
Los Angeles Public Health Department have issued guidance on meetings.
3. CONSENT CALENDAR
"""


def test_a_us_city_agenda_names_the_city_in_its_letterhead(tmp_path):
    info = describe(tmp_path, US_CITY_AGENDA)
    assert facts(info) == ("Hidden Vale", "City Council", "2022-12-12")
    assert info.us and info.country == "US"


def test_a_parish_council_not_the_district_it_mentions(tmp_path):
    info = describe(tmp_path, """
Eastfold Parish Council - 3rd September 2019

Present
Councillors D Thompson (Chair), N Armstrong, M Atkinson, Westdale District Councillor A Armstrong

19.09.01 Apologies
None
19.09.02 Planning
Westdale District Council has approved the application. Westdale District Council will write to
residents. The Councillors agreed to ask Westdale District Council for the plans.
""")
    assert facts(info) == ("Eastfold", "Parish Council", "2019-09-03")
    assert info.country == "GB"


def test_a_township_board_with_a_minutes_sentence(tmp_path):
    info = describe(tmp_path, """
**LINDEN TOWNSHIP
Regular Meeting Minutes

A regular meeting of the Township Board was held on Tuesday, March 5th, 2024 at the Township Hall,
2150 Main Road, Linden, MI 48640. The meeting was called to order at 7:00 p.m.
1. Roll call: all present.
2. Minutes of the February meeting were approved.
""")
    assert facts(info) == ("Linden Township", "Township Board", "2024-03-05")


def test_a_school_district_board(tmp_path):
    info = describe(tmp_path, """
##MAPLE GROVE UNION SCHOOL DISTRICT
**BOARD OF EDUCATION
**REGULAR MEETING AGENDA
Wednesday, April 6, 2016
1. Call to order
2. Approval of the consent calendar
""")
    assert facts(info) == ("Maple Grove Union School District", "Board of Education", "2016-04-06")


def test_a_utility_board_of_a_city(tmp_path):
    info = describe(tmp_path, """
##BOARD OF WATER AND POWER
##COMMISSIONERS
DEPARTMENT OF WATER AND POWER OF THE CITY OF RIVERTON
Room 1555-H, 111 North Hope Street, Riverton, CA 90012

**REGULAR MEETING AGENDA
**Tuesday, January 25, 2022, at 10:00 A.M.
1. Approval of minutes
""")
    assert facts(info) == ("Riverton", "Board of Water and Power Commissioners", "2022-01-25")


def test_the_city_from_the_address_when_no_city_of_is_printed(tmp_path):
    info = describe(tmp_path, """
##PARKS AND RECREATION BOARD
**City Hall Chambers
**275 E. Olive Ave.
**Lakeview, California 91502
##NOVEMBER 10, 2022
This agenda contains a summary of each item of business which the Board may discuss. The County
of Los Angeles and the State of California publish guidance on public meetings.
1. Roll call
""")
    assert facts(info) == ("Lakeview", "Parks and Recreation Board", "2022-11-10")


@pytest.mark.parametrize("heading, date", [
    ("Meeting Date: 3/5/2024", "2024-03-05"),
    ("Meeting Date: March 5th, 2024", "2024-03-05"),
    ("Meeting Date: Tuesday, March 5, 2024", "2024-03-05"),
])
def test_us_date_forms_in_a_staff_report(tmp_path, heading, date):
    info = describe(tmp_path, f"""
**CITY OF ELM RIDGE
**STAFF REPORT
{heading}
TO: Honorable Mayor and City Council
FROM: Jane Doe, City Manager
SUBJECT: STREET RESURFACING CONTRACT
The work was first proposed on 1/9/2023 and estimated at $1,200,000.
""")
    assert facts(info) == ("Elm Ridge", "City Council", date)


def test_the_committee_under_the_city_in_a_stacked_title(tmp_path):
    info = describe(tmp_path, """
**CITY OF ELMWOOD
**PLANNING COMMISSION
**REGULAR MEETING MINUTES
March 5, 2024

The meeting was called to order at 6:00 p.m. by Chair Smith, Elmwood, OR 97301.
""")
    assert facts(info) == ("Elmwood", "Planning Commission", "2024-03-05")


def test_dollars_in_a_canadian_paper_are_cad(tmp_path):
    path = text_pdf(tmp_path / "port-alder.pdf", """
**CITY OF PORT ALDER
**COUNCIL MEETING AGENDA
100 Main Street, Port Alder, ON K1A 0B1
Tuesday, May 14, 2024
1. Approval of the agenda
2. The road program will cost $1,200,000 this year, and the bridge US$50,000.
""")
    ex = extract_file(path)
    assert (ex.document.council, ex.document.committee) == ("Port Alder", "Council")
    units = {a.text: a.unit for a in ex.amounts}
    assert units == {"$1,200,000": "CAD", "US$50,000": "USD"}


def test_dollars_in_a_us_paper_stay_usd(tmp_path):
    path = text_pdf(tmp_path / "elm.pdf", US_CITY_AGENDA + "\nThe contract is $45,000.\n")
    assert [a.unit for a in extract_file(path).amounts] == ["USD"]


def test_a_title_that_wraps_is_one_title(tmp_path):
    info = describe(tmp_path, """
##Improving Health and
##Wellbeing in Schools
February 12, 2026
This briefing sets out the progress made in the year and the plans for the next one, for members
to comment on before the strategy is refreshed in the spring.
""")
    assert info.title == "Improving Health and Wellbeing in Schools"


@pytest.mark.parametrize("text, expected", [
    ("""
**MINUTES OF THE REGULAR CITY COUNCIL MEETING
**CITY OF OAK BAY
Tuesday, March 5, 2024
The meeting was called to order at 7:00 p.m.
""", ("Oak Bay", "City Council", "2024-03-05")),
    ("""
**Westmarsh Town Council
Decision determined at Finance and General Purposes Committee meeting on 12 March 2024
1. That the grant of £500 be approved.
""", ("Westmarsh", "Finance and General Purposes Committee", "2024-03-12")),
    ("""
A regular meeting of the Planning Commission of the City of Fairview was held on March 5, 2024
in the Council Chambers, 100 Main Street, Fairview, TX 75069.
1. Call to order
""", ("Fairview", "Planning Commission", "2024-03-05")),
    ("""
**CITY OF FAIRVIEW
**PLANNING COMMISSION AGENDA
**March 5, 2024
1. Call to order
2. Minutes of the meeting of February 6, 2024
""", ("Fairview", "Planning Commission", "2024-03-05")),
])
def test_committee_phrases(tmp_path, text, expected):
    assert facts(describe(tmp_path, text)) == expected


def test_an_authority_named_in_the_recommendations_is_not_the_papers(tmp_path):
    info = describe(tmp_path, """
DATE: October 13, 2020
CATEGORY: New Business
**TITLE: School Allocation of Community Benefits
**RECOMMENDATION
1. Upon City receipt of community benefits from the Middlefield Road project, commit $1.06 million
to the Green Valley School District.
Staff of the City of Brookdale recommend the allocation, which the City of Brookdale will manage.
""")
    assert info.council == "Brookdale"


def test_a_request_for_council_action(tmp_path):
    info = describe(tmp_path, """
**REQUEST FOR CITY COUNCIL ACTION
MEETING DATE: SEPTEMBER 8, 2020
TITLE: COVID-19 SITUATIONAL UPDATE
City Manager
The City of Pine Hollow will extend its orders, as the City of Pine Hollow has done before.
""")
    assert facts(info) == ("Pine Hollow", "City Council", "2020-09-08")


def test_a_committee_name_with_commas_in_a_header_field(tmp_path):
    info = describe(tmp_path, """
**Royal Eastbrook Town Council
Meeting: Amenities, Leisure and Community Services Committee
Date: 13 March 2018
Report of: Town Clerk
""")
    assert facts(info) == ("Royal Eastbrook", "Amenities, Leisure and Community Services Committee", "2018-03-13")


@pytest.mark.parametrize("printed, name", [
    ("London Borough of Haringey", "Haringey"),
    ("Royal Borough of Kingston upon Thames", "Kingston upon Thames"),
    ("Kent County Council", "Kent"),
    ("St Albans City and District Council", "St Albans"),
    ("North Somerset Council", "North Somerset"),
    ("Westmarsh District Council", "Westmarsh"),
    ("WEST MIDLANDS COMBINED AUTHORITY", "West Midlands Combined Authority"),
    ("Milburn Parish Council", "Milburn"),
    ("Royal Sutton Coldfield Town Council", "Royal Sutton Coldfield"),
    ("CITY OF LA CAÑADA FLINTRIDGE", "La Cañada Flintridge"),
    ("Town of Brookline", "Brookline"),
    ("Charter Township of Canton", "Canton Township"),
    ("Lincoln Township Board", "Lincoln Township"),
    ("Foothill-De Anza Community College District", "Foothill-De Anza Community College District"),
    ("Regional Municipality of Peel", "Peel"),
    ("A REGULAR MEETING OF THE LA HABRA HEIGHTS CITY COUNCIL", "La Habra Heights"),
    ("DEPARTMENT OF WATER AND POWER OF THE CITY OF LOS ANGELES", "Los Angeles"),
    ("Multnomah County Board of Commissioners", "Multnomah"),
    ("SAN MATEO COUNTY BOARD OF SUPERVISORS", "San Mateo"),
    ("Erie County Legislature", "Erie"),
    ("BOROUGH OF STATE COLLEGE", "State College"),
    ("City of Council Bluffs", "Council Bluffs"),
    ("SANTA ROSA CITY SCHOOLS", "Santa Rosa City Schools"),
    ("Fairfax County Public Schools", "Fairfax County Public Schools"),
    ("Santa Clara Valley Transportation Authority", "Santa Clara Valley Transportation Authority"),
    ("Capital Regional District", "Capital Regional District"),
    ("Regional District of Nanaimo", "Nanaimo"),
    ("The Corporation of the Town of Cobourg", "Cobourg"),
    ("Brighton & Hove City Council", "Brighton & Hove"),
    ("Isle of Wight Council", "Isle of Wight"),
    ("Forest of Dean District Council", "Forest of Dean"),
    ("Leader of Kent County Council", "Kent"),
    ("Port of Seattle Commission", "Port of Seattle"),
    ("Los Angeles County Flood Control District", "Los Angeles County Flood Control District"),
    ("ORANGE COUNTY TRANSPORTATION AUTHORITY", "Orange County Transportation Authority"),
    ("Municipal Water District of Orange County", "Municipal Water District of Orange County"),
])
def test_authority_forms(printed, name):
    from pipeline.extract.bodies import authority_names
    assert authority_names(printed)[0][0] == name


def test_the_body_from_the_running_header_when_no_title_block_names_it(tmp_path):
    page = """Voted by Schools Subcommittee
UNREIMBURSED TRANSPORT COSTS FOR
NON-RESIDENT STUDENTS
The cost of providing transport raises difficult questions for the district, which the
working group has studied over the autumn with the help of the finance office and staff.
"""
    info = describe(tmp_path, "\n---\n".join([page] * 3))
    assert info.committee == "Schools Subcommittee"
    assert info.title == "UNREIMBURSED TRANSPORT COSTS FOR NON-RESIDENT STUDENTS"


@pytest.mark.parametrize("letterhead, council", [
    ("BOROUGH OF STATE COLLEGE", "State College"),
    ("METROPOLITAN COUNCIL", "Metropolitan"),
    ("SANTA CLARA VALLEY TRANSPORTATION AUTHORITY", "Santa Clara Valley Transportation Authority"),
    ("SANTA ROSA CITY SCHOOLS", "Santa Rosa City Schools"),
    ("TOWNSHIP OF LOWER MERION", "Lower Merion Township"),
    ("VILLAGE OF OAK PARK", "Oak Park"),
    ("Eastfold Parish Council", "Eastfold"),
    ("TOWN OF CHAPEL HILL", "Chapel Hill"),
    ("REGIONAL DISTRICT OF NANAIMO", "Nanaimo"),
    ("The Corporation of the Town of Cobourg", "Cobourg"),
    # a place whose own name holds "of" (not "[kind] of [place]"), and a port district
    ("ISLE OF WIGHT COUNCIL", "Isle of Wight"),
    ("Vale of Glamorgan Council", "Vale of Glamorgan"),
    ("PORT OF SEATTLE", "Port of Seattle"),
])
def test_the_authority_of_every_kind_of_body_from_its_letterhead(tmp_path, letterhead, council):
    # the letterhead's own words name the authority, and the meeting body is named without it
    info = describe(tmp_path, f"""
**{letterhead}
**BOARD MEETING AGENDA
Tuesday, March 5, 2024 at 6:00 PM
Council Chambers, 100 Main Street

1. Call to Order
2. Approval of the Minutes
3. Public Comment
4. Budget Update
""")
    assert facts(info) == (council, "Board", "2024-03-05")


def _authority_names_over_whole_text(text):
    """authority_names as it was before its patterns ran only over the lines (and the stretches
    between stops) printing their words."""
    from pipeline.extract import bodies
    original = bodies._form_matches
    try:
        bodies._form_matches = lambda form, rx, text, low, *stops: rx.finditer(text)
        return bodies.authority_names(text)
    finally:
        bodies._form_matches = original


@pytest.mark.parametrize("text", [
    "Report of the Director\nTo: Milburn Parish Council\nThe CITY OF\nROLLING HILLS ESTATES and the Town of Brookline\n"
    "agreed with Lincoln Township, the Cupertino Union School District and Erie County Legislature.\n"
    "SAN MATEO COUNTY BOARD OF SUPERVISORS\nWest Midlands Combined Authority, Brookline Public Schools",
    "Kent County Council\nkent county council\nA line without any authority\nCapital Regional District",
    # "İ" lowers to two characters and "ı" matches "i" only when cases are ignored: every line is read
    "İstanbul\nHaringey Councıl and the London Borough of Haringey", "Şahin\nThe Town of Cobourg",
    # one long line (running text with its lines joined): read between the stops, "(", ";", "–"
    "Kent County Council (KCC) and the London Borough of Haringey; Lincoln Township – the Cupertino Union "
    "School District No. 5, 6 and (Fire Protection District #2) with Metro Transit; Sutton Coldfield Town Hall",
])
def test_authority_names_read_only_lines_with_their_words_find_the_same(text):
    from pipeline.extract.bodies import authority_names
    assert authority_names(text) == _authority_names_over_whole_text(text)
    assert authority_names(text)


_EVANSTON = "909 Davis Street, Evanston, IL 60201"


@pytest.mark.parametrize("letterhead, council, committee, address", [
    # a body numbered among its kind keeps its number; "Special" naming a district is no meeting word
    # (places here are not the wild set's held-out authorities)
    ("EVANSTON POLICE DISTRICT COUNCIL 003", "Evanston", "Police District Council 003", _EVANSTON),
    ("SPECIAL SERVICE AREA #4 COMMISSION\n**CITY OF EVANSTON", "Evanston", "Special Service Area #4 Commission",
     _EVANSTON),
    # a transit agency named for its area is the authority; its board is the body
    ("METRO TRANSIT\n**Board of Directors", "Metro Transit", "Board of Directors", "560 Sixth Avenue North, IL 60201"),
])
def test_numbered_bodies_and_transit_agencies(tmp_path, letterhead, council, committee, address):
    info = describe(tmp_path, f"""
**{letterhead}
**NOTICE AND AGENDA
Thursday, June 1, 2023 at 6:30 PM
{address}

1. Call to Order
2. Approval of the Minutes
3. Public Comment
4. Adjournment
""")
    assert facts(info) == (council, committee, "2023-06-01")


@pytest.mark.parametrize("printed, name", [
    ("Community Board 7", "Community Board 7"),
    ("Cabinet 12 November 2013", "Cabinet"),
    ("Council 2 February", "Council"),
])
def test_a_number_after_a_body_is_its_own_unless_it_starts_a_date(printed, name):
    from pipeline.extract.bodies import body_name
    assert body_name(printed) == name


@pytest.mark.parametrize("header, date", [
    # a date label with the time beside it is the meeting's, before the dates of the items below
    ("**Town of Westford\n**Board of Selectmen\n**Meeting Agenda\n"
     "Date: Monday, March 4, 2024    Time: 7:00 PM    Location: Town Hall", "2024-03-04"),
    # a paper worded as North American business reads "03/05/2024" month first
    ("**CITY OF PARKVIEW\n**PLANNING COMMISSION AGENDA\nMeeting Date: 03/05/2024\nTime: 6:00 PM", "2024-03-05"),
])
def test_the_meeting_date_from_a_date_label_on_a_us_agenda(tmp_path, header, date):
    info = describe(tmp_path, header + """

1. Call to Order
2. Pledge of Allegiance
3. Approval of Minutes of February 20, 2024
4. Public Comment
5. Adjournment
""")
    assert info.meeting_date == date


def test_the_of_the_between_a_meeting_and_its_body_goes_with_the_meeting_words(tmp_path):
    # "Eastside Water District" / "Regular Meeting of the Board of Directors": the body is the Board of
    # Directors, not "of the Board of Directors"
    info = describe(tmp_path, """
**Eastside Water District
**Regular Meeting of the Board of Directors
Agenda
March 12, 2024 at 5:30 p.m.

1. Call to Order
2. Roll Call
3. Public Comment
4. Adjournment
""")
    assert facts(info) == ("Eastside Water District", "Board of Directors", "2024-03-12")


def test_an_adopted_resolution_names_its_body_and_the_day_it_was_adopted(tmp_path):
    # the place name ends before the title's verb ("OF THE CITY OF OAKDALE APPROVING ..."), a recital
    # ("WHEREAS, the City Council held a public hearing on June 4") names no body, and the meeting is
    # the one that adopted it, not the hearing
    info = describe(tmp_path, """
**RESOLUTION NO. 2024-12
**A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF OAKDALE APPROVING THE FISCAL YEAR 2024-25 BUDGET
WHEREAS, the City Manager has submitted a proposed budget; and
WHEREAS, the City Council held a public hearing on June 4, 2024;
NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Oakdale that the budget is hereby adopted.
PASSED, APPROVED AND ADOPTED this 11th day of June, 2024, by the following vote:
AYES: Adams, Baker, Chen
NOES: Diaz
""")
    assert facts(info) == ("Oakdale", "City Council", "2024-06-11")


def test_an_authority_named_for_two_places_and_a_county_over_its_board(tmp_path):
    # "Windsor and Maidenhead" is one borough; "SANTA ROSA COUNTY" printed over "BOARD OF COUNTY
    # COMMISSIONERS" is the county and its governing body
    info = describe(tmp_path, """
##Royal Borough of Windsor and Maidenhead
Cabinet
Thursday 25 April 2024 at 7.00 pm
##Agenda
**1. Apologies for Absence
**2. Declarations of Interest
""", "rbwm.pdf")
    assert facts(info) == ("Windsor and Maidenhead", "Cabinet", "2024-04-25")
    info = describe(tmp_path, """
##SANTA ROSA COUNTY
##BOARD OF COUNTY COMMISSIONERS
REGULAR MEETING AGENDA
June 13, 2024 9:00 a.m.
**1. Call to Order
**2. Approval of Minutes
""", "county.pdf")
    assert facts(info) == ("Santa Rosa", "Board of County Commissioners", "2024-06-13")


def test_an_agenda_that_says_so_only_at_the_end_of_its_title(tmp_path):
    # "REGULAR MEETING AGENDA", "Board of Directors Special Meeting Agenda": the word ends the title
    info = describe(tmp_path, """
##NORTH COAST WATER DISTRICT
BOARD OF DIRECTORS
REGULAR MEETING AGENDA
June 3, 2024
**1. Roll Call
**2. Public Comment
**3. Budget Hearing
""")
    assert (info.doc_type, info.committee, info.meeting_date) == ("agenda", "Board of Directors", "2024-06-03")
    # minutes that approve "the Agenda" are still minutes
    info = describe(tmp_path, """
##Minutes of the Meeting of the Parks Commission
July 8, 2024
**1. Approval of the Agenda
Motion by Ruiz, seconded by Bell, to approve the agenda. Motion carried 3-0.
**2. Summer Programs
""", name="minutes.pdf")
    assert info.doc_type == "minutes"


def test_a_county_board_over_its_countys_name_and_state(tmp_path):
    info = describe(tmp_path, """
##BOARD OF COUNTY COMMISSIONERS
MARION COUNTY, FLORIDA
REGULAR MEETING MINUTES
May 7, 2024
Present: Commissioners Ruiz, Bell, Kim
""")
    assert (info.doc_type, info.council, info.committee, info.meeting_date) == (
        "minutes", "Marion", "Board of County Commissioners", "2024-05-07")


def test_iso_dates_and_a_committee_of_the_whole(tmp_path):
    # Canadian municipalities print the date year first ("2024-03-04"), and the whole council sits as
    # the "Committee of the Whole", a body named for what it is rather than before its kind
    info = describe(tmp_path, """
##County of Greyrock
**Committee of the Whole
**Agenda
2024-03-04
9:00 a.m.
1. Call to Order
2. Declaration of Pecuniary Interest
""")
    assert (info.doc_type, *facts(info)) == ("agenda", "Greyrock", "Committee of the Whole", "2024-03-04")
    info = describe(tmp_path, """
##The Corporation of the City of Northbay
**Staff Report
To: Mayor and Members of Council
From: Director of Planning
Meeting Date: 2024-03-04
Report Number: PL-2024-07
Subject: Zoning By-law Amendment
**Recommendation
That Council approve the amendment.
""", "report.pdf")
    assert facts(info) == ("Northbay", "Council", "2024-03-04")


@pytest.mark.parametrize("text, found", [
    ("Meeting Date: 2024-03-04", ["2024-03-04"]),
    ("Report Number: PL-2024-03-04", []),  # inside a code
    ("file 2024-03-04-1", []),
    ("2024-13-01", []),
    ("Budget 2024-25", []),
])
def test_iso_dates_only_standing_alone(text, found):
    from pipeline.extract.text import find_dates
    assert [iso for _, _, iso in find_dates(text)] == found


def test_a_work_session_and_a_county_legislature(tmp_path):
    # a "work session" is a meeting of the body; a US county's governing body may be its legislature
    info = describe(tmp_path, """
##Town of Pine Bluff
**Town Council Work Session
**Agenda
Tuesday, March 5, 2024 at 5:30 p.m.
1. Call to Order
2. Discussion Items
""")
    assert facts(info) == ("Pine Bluff", "Town Council", "2024-03-05")
    info = describe(tmp_path, """
##ONONDAGA VALLEY COUNTY LEGISLATURE
**SESSION AGENDA
March 5, 2024 1:00 PM
1. Call to Order
2. Roll Call
""", "legislature.pdf")
    assert facts(info) == ("Onondaga Valley", "Legislature", "2024-03-05")


def test_a_resolution_or_ordinance_of_a_body_of_any_authority(tmp_path):
    # "OF THE BOARD OF EDUCATION OF THE ... SCHOOL DISTRICT": the body before the "OF THE" that names
    # the authority, whatever its kind; an ordinance is enacted and dated the same way
    info = describe(tmp_path, """
**RESOLUTION NO. 2024-07
**A RESOLUTION OF THE BOARD OF EDUCATION OF THE GREEN VALLEY UNIFIED SCHOOL DISTRICT ADOPTING THE BUDGET
WHEREAS, the District must adopt a budget;
NOW, THEREFORE, BE IT RESOLVED that the budget is adopted.
PASSED AND ADOPTED this 12th day of March, 2024.
""")
    assert facts(info) == ("Green Valley Unified School District", "Board of Education", "2024-03-12")
    info = describe(tmp_path, """
**ORDINANCE NO. 1234
**AN ORDINANCE OF THE CITY COUNCIL OF THE CITY OF RIVERTON AMENDING CHAPTER 5
THE CITY COUNCIL OF THE CITY OF RIVERTON DOES ORDAIN AS FOLLOWS:
Section 1. Chapter 5 is amended.
PASSED, APPROVED AND ADOPTED this 4th day of March, 2024.
""", "ordinance.pdf")
    assert facts(info) == ("Riverton", "City Council", "2024-03-04")


def test_the_meeting_date_label_over_a_memos_own_date(tmp_path):
    info = describe(tmp_path, """
##CITY OF RIVERTON
**MEMORANDUM
TO: Planning Commission
FROM: Community Development Director
DATE: March 1, 2024
MEETING DATE: March 6, 2024
SUBJECT: Design Review 24-01
""")
    assert facts(info) == ("Riverton", "Planning Commission", "2024-03-06")


def test_uk_minutes_that_open_at_a_meeting_of_and_a_summons(tmp_path):
    # "At a meeting of the X held ..." opens UK minutes; a summons calls the members to "a meeting of
    # the X to be held ..." (the authority's letterhead above is not the meeting's body)
    info = describe(tmp_path, """
##Westvale District Council
At a meeting of the Planning Committee held in the Council Chamber, Civic Centre on Wednesday, 6 March 2024 at 6.30 pm.
Present: Councillor Adams (Chair), Councillors Baker, Clark
1. APOLOGIES
RESOLVED that the apologies be noted.
""")
    assert (info.doc_type, *facts(info)) == ("minutes", "Westvale", "Planning Committee", "2024-03-06")
    info = describe(tmp_path, """
##Westvale District Council
Dear Councillor,
You are requested to attend a meeting of the Overview and Scrutiny Committee to be held at the Civic Centre on Thursday, 14 March 2024 at 6.00 pm.
Yours faithfully
Chief Executive
**AGENDA
1. Apologies
2. Minutes
""", "summons.pdf")
    assert (info.doc_type, *facts(info)) == ("agenda", "Westvale", "Overview and Scrutiny Committee", "2024-03-14")


def test_a_decision_notice_titled_over_its_body(tmp_path):
    # "DECISION NOTICE" over "Cabinet - 12 March 2024" is the notice's title, not part of the body's
    # name; "Decisions taken at the meeting held on ..." is a list of decisions
    info = describe(tmp_path, """
##Westvale District Council
**DECISION NOTICE
**Cabinet - 12 March 2024
The following decisions were taken by the Cabinet at its meeting on 12 March 2024.
1. Budget 2024/25
RESOLVED that the budget be recommended to Council.
""")
    assert (info.doc_type, *facts(info)) == ("decision_notice", "Westvale", "Cabinet", "2024-03-12")
    info = describe(tmp_path, """
##Eastbridge Borough Council
**Executive
**Decisions taken at the meeting held on 12 March 2024
1. Housing Strategy
RESOLVED that the strategy be adopted.
""", "decisions.pdf")
    assert (info.doc_type, *facts(info)) == ("decision_notice", "Eastbridge", "Executive", "2024-03-12")


@pytest.mark.parametrize("printed, name", [
    ("Cwmdale County Borough Council", "Cwmdale"),
    ("Westshire Fire and Rescue Authority", "Westshire Fire and Rescue Authority"),
    ("Moorland National Park Authority", "Moorland National Park Authority"),
])
def test_welsh_county_boroughs_and_single_purpose_authorities(printed, name):
    from pipeline.extract.bodies import authority_names
    assert authority_names(printed)[0][0] == name


def test_a_date_printed_over_the_body(tmp_path):
    # no body's name starts with a date ("March 4, 2024" printed over "CITY COUNCIL ... MINUTES")
    info = describe(tmp_path, """
##CITY OF RIVERTON
**March 4, 2024
**CITY COUNCIL REGULAR MEETING MINUTES
1. CALL TO ORDER
Mayor Smith called the meeting to order at 6:00 p.m.
""")
    assert facts(info) == ("Riverton", "City Council", "2024-03-04")


def test_a_report_of_an_officer_to_the_body(tmp_path):
    # "Report of the Chief Executive to the Executive" is a report to the Executive
    info = describe(tmp_path, """
##Eastbridge Borough Council
**Report of the Chief Executive to the Executive
**12 March 2024
**Corporate Performance Q3
**1. Purpose
1.1 To report performance.
""", "report.pdf")
    assert facts(info) == ("Eastbridge", "Executive", "2024-03-12")


def test_a_charter_township_a_commissioners_court_and_a_call_to_order(tmp_path):
    # "CHARTER TOWNSHIP OF WESTLAND" is Westland's, not a township called "Charter"; a Texas county's
    # governing body is its "Commissioners Court"; a "Call to Order" is North American business, so
    # "3/12/2024" is month first
    info = describe(tmp_path, """
##CHARTER TOWNSHIP OF WESTLAND
**BOARD OF TRUSTEES REGULAR MEETING
**AGENDA
March 19, 2024 - 7:00 PM
1. Call to Order
2. Pledge of Allegiance
""")
    assert facts(info) == ("Westland Township", "Board of Trustees", "2024-03-19")
    info = describe(tmp_path, """
##HARRIS VALLEY COUNTY
**COMMISSIONERS COURT
**AGENDA
Tuesday, March 12, 2024 10:00 AM
1. Call to Order
2. Invocation
""", "court.pdf")
    assert facts(info) == ("Harris Valley", "Commissioners Court", "2024-03-12")
    info = describe(tmp_path, """
##VILLAGE OF OAK HOLLOW
**PLAN COMMISSION
**AGENDA
Tuesday, 3/12/2024 7:00 PM
1. Call to Order
2. Approval of Minutes
""", "village.pdf")
    assert facts(info) == ("Oak Hollow", "Plan Commission", "2024-03-12")


def test_an_extraordinary_meeting_of_the_council(tmp_path):
    # "Extraordinary" says what kind of meeting it is, as "Special" does: the body is the County Council
    info = describe(tmp_path, """
##Northshire County Council
**EXTRAORDINARY MEETING OF THE COUNTY COUNCIL
Thursday, 14th March, 2024 at 10.00 am
Council Chamber, County Hall
**AGENDA
1. Apologies
2. Declarations
""")
    assert (info.doc_type, *facts(info)) == ("agenda", "Northshire", "County Council", "2024-03-14")


def kind_and_facts(tmp_path: Path, text: str, name: str = "paper.pdf") -> tuple:
    doc = extract_file(text_pdf(tmp_path / name, text)).document
    return doc.doc_type, doc.council, doc.committee, doc.meeting_date


@pytest.mark.parametrize("title, committee", [
    ("**GENOA CHARTER TOWNSHIP BOARD\n**Regular Meeting", "Township Board"),
    ("**MAPLEWOOD TOWNSHIP\n**REGULAR BOARD MEETING", "Township Board"),
    ("**Watertown Charter Township\n**Board of Trustees\n**Regular Meeting", "Board of Trustees"),
    ("**CHARTER TOWNSHIP OF WATERTOWN\n**BOARD OF TRUSTEES\n**REGULAR MEETING", "Board of Trustees"),
    ("**PROCEEDINGS OF THE TOWNSHIP BOARD\n**CHARTER TOWNSHIP OF WATERTOWN", "Township Board"),
])
def test_a_townships_board_in_the_forms_townships_print(tmp_path, title, committee):
    # a township's governing board is its "Township Board" (or its "Board of Trustees"); the
    # township's name before it, with or without "Charter", is the authority's
    first = title.splitlines()[0].lower()
    place = "Genoa" if "genoa" in first else "Maplewood" if "maplewood" in first else "Watertown"
    info = describe(tmp_path, f"""
{title}
**Tuesday, April 9, 2019 - 7:00 PM

1. Call to Order
2. Pledge of Allegiance
3. Roll Call
""")
    assert facts(info) == (f"{place} Township", committee, "2019-04-09")


def test_what_a_title_block_prints_before_the_body_is_not_its_name(tmp_path):
    # the stamp of the item a report is, the department whose board it is, the chamber of commerce
    # that serves a body, stand before the body's name in its title block
    info = describe(tmp_path, """
**Item 166
**Los Altos City Council
**April 9, 2019
##Award of Contract for Street Resurfacing

Recommendation
That the City Council award the contract to ABC Paving.
""")
    assert facts(info) == ("Los Altos", "City Council", "2019-04-09")
    info = describe(tmp_path, """
**DEPARTMENT OF WATER AND POWER
**BOARD OF WATER AND POWER COMMISSIONERS
**REGULAR MEETING AGENDA
**Tuesday, January 25, 2022 10:00 AM
111 North Hope Street, Los Angeles, CA 90012

1. Call to order
2. Consent agenda
""")
    assert facts(info) == ("Los Angeles", "Board of Water and Power Commissioners", "2022-01-25")
    info = describe(tmp_path, """
**Lakeside Chamber of Commerce
**SSA #42 Commission Meeting
**Agenda
**Thursday, June 14, 2018
2468 N. Lincoln Ave, Chicago, IL 60614

1. Call to order
2. Approval of minutes
""")
    assert facts(info) == ("Chicago", "SSA #42 Commission", "2018-06-14")


@pytest.mark.parametrize("other", ["Posted: March 8, 2019", "Revised 3/8/2019", "Printed on March 8, 2019",
                                   "Next meeting: March 8, 2019"])
def test_the_dates_a_heading_prints_beside_the_meetings(tmp_path, other):
    # when the paper was posted, revised or printed, and when the next meeting is, are not the
    # meeting's date, wherever the heading prints them
    info = describe(tmp_path, f"""
**CITY OF SAN MATEO
**PLANNING COMMISSION AGENDA
{other}
**Meeting of Tuesday, March 12, 2019 7:00 PM

1. CALL TO ORDER
2. ROLL CALL
3. PUBLIC HEARINGS
""")
    assert facts(info) == ("San Mateo", "Planning Commission", "2019-03-12")
    # ("Revised Agenda – March 12, 2019" is the meeting's)
    info = describe(tmp_path, """
**CITY OF SAN MATEO
**PLANNING COMMISSION
**Revised Agenda - March 12, 2019

1. CALL TO ORDER
2. ROLL CALL
""")
    assert info.meeting_date == "2019-03-12"


def test_numeric_dates_in_a_heading(tmp_path):
    # "4-6-16" (with hyphens, month first in the US) and "2018.06.01" (year first) in a title
    info = describe(tmp_path, """
**OAK VALLEY SCHOOL DISTRICT
**BOARD OF TRUSTEES
**REGULAR MEETING AGENDA 4-6-16
**6:00 PM

1. Call to Order
2. Pledge of Allegiance
3. Approval of Agenda
""")
    assert facts(info) == ("Oak Valley School District", "Board of Trustees", "2016-04-06")
    info = describe(tmp_path, """
**SUTTON VALE TOWN COUNCIL
**Community Grant Fund Committee
**Agenda 2018.06.01

1. Apologies
2. Declarations of interest
3. Grant applications
""")
    assert facts(info) == ("Sutton Vale", "Community Grant Fund Committee", "2018-06-01")


def test_the_authority_in_a_footer_with_its_address_or_in_the_meeting_place(tmp_path):
    # a footer naming the authority with its address is the paper's own authority (not the city
    # the address is in); a city hall names its city
    info = describe(tmp_path, """
**BOARD OF EDUCATION
**REGULAR MEETING MINUTES
**March 12, 2024

Members present: A Smith, B Jones, C Brown
Motion by Smith, seconded by Jones, to approve the consent agenda. Motion carried 3-0.
""" + "\n" * 34 + "Riverbend Unified School District | 100 School Lane | Riverbend, CA 95000\n")
    assert facts(info) == ("Riverbend Unified School District", "Board of Education", "2024-03-12")
    info = describe(tmp_path, """
**CITY COUNCIL
**REGULAR MEETING AGENDA
**April 9, 2019, 7:00 p.m.
The meeting will be held in the Council Chambers of the Los Altos City Hall.

1. CALL TO ORDER
2. ROLL CALL
""")
    assert facts(info) == ("Los Altos", "City Council", "2019-04-09")


def test_notes_of_a_meeting_are_its_minutes(tmp_path):
    assert kind_and_facts(tmp_path, """
**Sutton Vale Town Council
**Notes of the Community Grant Fund Committee
**held on 13 March 2023

1. Welcome and introductions
The Chair welcomed everyone.
2. Applications
Members discussed the applications and agreed to recommend three grants to Council.
3. Any other business
None.
""") == ("minutes", "Sutton Vale", "Community Grant Fund Committee", "2023-03-13")


def test_a_special_service_area_commission_of_a_city(tmp_path):
    # an Illinois special service area is a city's taxing district, its commission the body; the
    # city from the address (the comma before the state may be missing) or "City of Chicago" in the text
    info = describe(tmp_path, """
**Special Service Area No. 34, Uptown Commission
**Meeting Minutes
**Wednesday, March 14, 2018 at 4:00 p.m.
Uptown United Office, 4753 N. Broadway, Suite 822, Chicago IL 60640

Commissioners present: A Smith, B Jones, C Brown
""")
    assert facts(info) == ("Chicago", "Special Service Area No. 34, Uptown Commission", "2018-03-14")
    info = describe(tmp_path, """
**LAKEVIEW EAST SSA #8
**COMMISSION MEETING MINUTES
**June 1, 2018

Present: Commissioners Smith, Jones, Brown; City of Chicago DPD staff: D White
1. Call to order at 8:30 am
""")
    assert facts(info) == ("Chicago", "Lakeview East SSA #8 Commission", "2018-06-01")


def test_a_numbered_school_district_and_the_board_of_the_district(tmp_path):
    info = describe(tmp_path, """
**Community Unit School District 300
**Board of Education Regular Meeting
**Tuesday, March 12, 2024, 7:00 p.m.

AGENDA
1. Call to Order
2. Roll Call
""")
    assert facts(info) == ("Community Unit School District 300", "Board of Education", "2024-03-12")
    info = describe(tmp_path, """
**MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION OF THE OAK VALLEY ELEMENTARY SCHOOL DISTRICT
**March 12, 2024

Present: Trustees Smith, Jones, Brown
Motion by Smith, seconded by Jones, to approve the consent agenda. Motion carried 3-0.
""")
    assert facts(info) == ("Oak Valley Elementary School District", "Board of Education", "2024-03-12")


def test_a_joint_meeting_with_the_successor_agency(tmp_path):
    info = describe(tmp_path, """
**CITY OF SAN MATEO
**JOINT REGULAR MEETING OF THE CITY COUNCIL AND THE SUCCESSOR AGENCY
**AGENDA
**Monday, June 3, 2019, 7:00 PM

1. CALL TO ORDER
2. ROLL CALL
""")
    assert facts(info) == ("San Mateo", "City Council and Successor Agency", "2019-06-03")


@pytest.mark.parametrize("heading", ["**NOTES OF COMMUNITY GRANT FUND COMMITTEE MEETING\n**13 March 2018, Town Hall",
                                     "**Community Grant Fund Committee Notes - 13 March 2018",
                                     "**Notes from the Community Grant Fund Committee meeting\n**Tuesday 13 March 2018"])
def test_notes_of_a_meeting_in_the_forms_they_are_titled(tmp_path, heading):
    assert kind_and_facts(tmp_path, f"""
{heading}

1. Apologies
Cllr White.
2. Applications
Members agreed to recommend three grants.
""")[::2] == ("minutes", "Community Grant Fund Committee")


def test_a_body_named_for_its_business_after_its_kind(tmp_path):
    info = describe(tmp_path, """
**NOTICE AND AGENDA OF CLOSED MEETING
**Community Commission for Public Safety
**June 1, 2023

The Commission will meet in closed session to discuss:
1. Matters relating to the appointment of a member to fill a vacancy.
""")
    assert (info.committee, info.meeting_date) == ("Community Commission for Public Safety", "2023-06-01")


def test_a_one_page_paper_titled_as_an_update_is_a_report(tmp_path):
    # a budget update is an account to members, with or without a header block; a date it is
    # "as at" is no meeting's
    assert kind_and_facts(tmp_path, """
**CITY OF SAN MATEO
**FY 2019-20 BUDGET UPDATE
**June 3, 2019

The General Fund is projected to end the year with a surplus of $1.2 million.
""")[:2] == ("report", "San Mateo")
    assert kind_and_facts(tmp_path, """
##Community Grant Fund - Budget Update
**Sutton Vale Town Council
**As at 28 February 2018

Grants awarded to date: £32,500
""")[::3] == ("report", None)
    # (a notice of a budget hearing is a notice)
    assert kind_and_facts(tmp_path, """
**CITY OF SAN MATEO
**NOTICE OF PUBLIC HEARING ON THE FY 2019-20 BUDGET
The City Council will hold a public hearing on the budget on June 3, 2019.
""")[0] == "other"


def test_a_posting_statement_before_the_meeting_date(tmp_path):
    info = describe(tmp_path, """
**CITY COUNCIL AGENDA
This agenda was posted at City Hall on April 5, 2019.
**Tuesday, April 9, 2019 at 6:30 p.m.

1. CALL TO ORDER
2. ROLL CALL
""")
    assert info.meeting_date == "2019-04-09"


def test_the_body_of_its_council_and_a_date_in_the_legal_style(tmp_path):
    # "the Community Grant Fund Committee of Sutton Vale Town Council": the body, then whose it is;
    # "held on the 9th day of April, 2019", as US minutes and resolutions write a date
    info = describe(tmp_path, """
**Minutes of a meeting of the Community Grant Fund Committee of Sutton Vale Town Council held at the Town Hall, Market Street on Tuesday 13 March 2018 at 6pm

Present: Cllrs Smith (Chair), Jones, Brown
1. Apologies
RESOLVED that the apologies be noted.
""")
    assert facts(info) == ("Sutton Vale", "Community Grant Fund Committee", "2018-03-13")
    info = describe(tmp_path, """
**CHARTER TOWNSHIP OF MAPLEWOOD
**REGULAR MEETING OF THE BOARD OF TRUSTEES

Minutes of a regular meeting of the Board of Trustees of the Charter Township of Maplewood, held on the 9th day of April, 2019, at 7:00 p.m. at the Township Hall.
Present: Smith, Jones, Brown
""")
    assert facts(info) == ("Maplewood Township", "Board of Trustees", "2019-04-09")


def test_a_town_council_that_calls_itself_the_town_council(tmp_path):
    # a town council's papers name the principal authority over it in full, and themselves as "the
    # Town Council": the town council named in full is the paper's own
    info = describe(tmp_path, """
**Community Grant Fund Committee
**Minutes of the meeting held on 13 March 2018

Present: Cllrs Smith (Chair), Jones, Brown
1. Grant applications
The Town Council received eight applications. The Scouts' application had also been made to Birmingham City Council.
RESOLVED that the Town Council award £500 to the Scouts, subject to Birmingham City Council confirming its own grant.
2. Ward funding
Members noted that Birmingham City Council had reduced ward funding. Royal Sutton Coldfield Town Council will write to the ward councillors.
""")
    assert facts(info) == ("Royal Sutton Coldfield", "Community Grant Fund Committee", "2018-03-13")


def test_dollars_say_a_paper_is_north_american(tmp_path):
    # (so the list of UK authorities is not read: "Canterbury Drive" is a street)
    info = describe(tmp_path, """
**BOARD OF TRUSTEES
**REGULAR MEETING AGENDA
**Tuesday, April 9, 2019

1. Approval of the minutes
2. Bid award for Canterbury Drive resurfacing, $125,000
3. Purchase of a truck for Lincoln Park maintenance, $48,500
""")
    assert (info.country, info.council) == ("US", None)


@pytest.mark.parametrize("business", ["CALL TO ORDER\nROLL CALL\nAPPROVAL OF MINUTES\nPUBLIC COMMENT\nADJOURNMENT",
                                      "• Call to Order\n• Roll Call\n• Adjournment",
                                      "The Council will meet in closed session to consider:\n"
                                      "Matters relating to the appointment of a member to fill a vacancy."])
def test_an_agenda_whose_business_is_not_numbered(tmp_path, business):
    assert kind_and_facts(tmp_path, f"""
**NOTICE AND AGENDA
**REGULAR MEETING OF THE POLICE DISTRICT COUNCIL 001
**Thursday, June 1, 2023, 6:00 p.m.
1718 S. State St., Chicago, IL 60616

{business}
""") == ("agenda", "Chicago", "Police District Council 001", "2023-06-01")


def test_a_notice_that_a_meeting_is_cancelled_is_not_its_agenda(tmp_path):
    assert kind_and_facts(tmp_path, """
**NOTICE OF CANCELLATION
**MAPLEWOOD TOWNSHIP PLANNING COMMISSION
**AGENDA
The regular meeting of May 1, 2019 has been cancelled.
""") == ("other", "Maplewood Township", "Planning Commission", "2019-05-01")


def test_an_officers_report_to_the_board_by_its_possessive_title(tmp_path):
    info = describe(tmp_path, """
**RIVERBEND SCHOOL DISTRICT
**Superintendent's Report to the Board of Education
**March 12, 2024

Enrollment
Enrollment is 4,512 students, up 1.2% from last year.
""")
    assert facts(info) == ("Riverbend School District", "Board of Education", "2024-03-12")


def test_an_authoritys_name_that_wraps_onto_the_next_line(tmp_path):
    # in a title block ("... ELEMENTARY SCHOOL" / "DISTRICT") and in running text ("... of Sutton" /
    # "Vale Town Council held ...")
    info = describe(tmp_path, """
**MINUTES OF THE REGULAR MEETING OF THE BOARD OF
**EDUCATION OF THE OAK VALLEY ELEMENTARY SCHOOL
**DISTRICT
**March 12, 2024

Present: Trustees Smith, Jones, Brown
""")
    assert facts(info) == ("Oak Valley Elementary School District", "Board of Education", "2024-03-12")
    info = describe(tmp_path, """
Minutes of a meeting of the Community Grant Fund Committee of Sutton
Vale Town Council held at the Town Hall, Market Street on Tuesday 13
March 2018 at 6pm

Present: Cllrs Smith (Chair), Jones, Brown
""")
    assert facts(info) == ("Sutton Vale", "Community Grant Fund Committee", "2018-03-13")


def _with_footer(body: str, footer: str, lines: int = 64) -> str:
    """`body` with `footer` printed at the foot of the page (under blank lines)."""
    used = len(body.strip("\n").split("\n"))
    return body.strip("\n") + "\n" * max(lines - used, 2) + footer


def test_a_town_councils_minutes_name_its_committee_for_its_business_and_not_the_city_over_it(tmp_path):
    # a town council's committee named for its business alone, in the title and in the running
    # footer "<name> Minutes | <date>"; the venue is the town's own hall; the principal authority
    # over it is named in passing in the text, with its initials, and is not the paper's council
    footer = "Leisure and Amenities Minutes | Tuesday 13th March 2018"
    page1 = _with_footer("""
**Leisure and Amenities
**Tuesday 13th March 2018
**Ashby Vale Town Hall

**Present:
Cllrs Hodge (Chairman), Hewitt, Moss and Wood.
Under item 4 of the Town Council Standing Orders, the Town Clerk advised Committee.
A resident raised the grass cutting. The Chairman advised that Westshire County Council is responsible.
52 Apologies for Absence
Committee resolved to note the apologies.
""", footer)
    page2 = _with_footer("""
53 Play Areas
The play area funded by the Town Council is now open. Westshire County Council (WCC) is looking
at a process for prioritising locations within WCC parks, and Westshire County Council will write.
Committee resolved to note the update.
""", footer)
    info = describe(tmp_path, page1 + "\n---\n" + page2)
    assert facts(info) == ("Ashby Vale", "Leisure and Amenities", "2018-03-13")


def test_a_running_header_names_the_body_and_dates_the_meeting_on_its_other_line(tmp_path):
    header = "Community Grant Applications 13th March 2018\nLeisure & Community Services Committee\n"
    page = header + """
Summary Table
Ward Budget Budget remaining
Four Oaks 25,000 9,506
New Hall 25,000 6,013
Organisation Status Project Summary Amount Requested
"""
    info = describe(tmp_path, page + "\n---\n" + page)
    assert facts(info)[1:] == ("Leisure & Community Services Committee", "2018-03-13")


def test_a_title_names_the_body_then_its_business_then_the_date(tmp_path):
    info = describe(tmp_path, """
**Amenities Committee Community Grant Applications 15th November 2016
**FOUR OAKS WARD
Organisation Status Project Summary Amount
Friends of Hill Hook Voluntary To fund an ecologist to lead activities 3,000.00
St James Hill Registered Charity Install a kitchen for a community cafe 10,000.00
""")
    assert facts(info)[1:] == ("Amenities Committee", "2016-11-15")
    # (a title that is a council's business, not a body's: no body)
    info = describe(tmp_path, """
**Council Tax Support Scheme Consultation 15th November 2016
The scheme is set out below for comment.
""")
    assert info.committee != "Council"


def test_a_us_agenda_title_block_under_boxed_notices(tmp_path):
    # the notices of a US agenda come first ("Decisions of the Planning Commission may be appealed
    # ..."), then the title block: the authority, its address, the body, AGENDA and the date
    notices = "\n".join(f"Notice line {i}: please contact the Planning Division at least 48 hours before the meeting."
                        for i in range(12))
    info = describe(tmp_path, f"""
A detailed Commission packet is available for review in the Library and the City Clerk's Office.
{notices}
Decisions of the Planning Commission may be appealed to the City Council within fourteen (14) days of
the Planning Commission action by filing a written appeal with the City Clerk.

**CITY OF OAK MEADOWS
**455 North Main Drive
**Oak Meadows, California 90210
##PLANNING COMMISSION REGULAR MEETING
**AGENDA
##Thursday, November 10, 2022
##1:30 p.m.

Anyone who participates at the meeting is subject to having their image displayed.
""")
    assert facts(info) == ("Oak Meadows", "Planning Commission", "2022-11-10")


def test_the_authority_named_by_the_agenda_site_a_browser_printed_in_the_header(tmp_path):
    # an agenda saved from the site that publishes it prints the site's address in the running
    # header: the authority's own name is the part before the site's ("oakmeadows.granicus.com",
    # "pine-bluff-ca.primegov.com"), confirmed by the name printed in the text
    info = describe(tmp_path, """
Planning Commission Regular Meeting https://oakmeadows.granicus.com/GeneratedAgendaViewer.php?view_id=3

The Oak Meadows Planning Commission will meet in person.
##PLANNING COMMISSION
##REGULAR MEETING AGENDA
##Thursday, November 10, 2022
1. CALL TO ORDER
2. ROLL CALL
""")
    assert facts(info) == ("Oak Meadows", "Planning Commission", "2022-11-10")
    info = describe(tmp_path, """
https://pine-bluff-ca.primegov.com/Portal/Meeting?id=3

Residents of Pine Bluff may comment by e-mail.
##CITY COUNCIL
##REGULAR MEETING AGENDA
##Monday, March 4, 2024
1. CALL TO ORDER
""")
    assert facts(info) == ("Pine Bluff", "City Council", "2024-03-04")
    # (the site's own address names no authority)
    info = describe(tmp_path, """
https://granicus.com/solutions

##CITY COUNCIL
##REGULAR MEETING AGENDA
##Monday, March 4, 2024
1. CALL TO ORDER
""")
    assert info.council is None


def test_a_running_footer_or_a_header_in_parts_names_the_body(tmp_path):
    # no title block names the body: the running footer does, with the date ("Planning Committee –
    # 12 March 2024   Page 1"), or a header sets the authority, the body and the date apart
    footer = "Planning Committee – 12 March 2024   Page {}"
    page1 = _with_footer("""
##Land at Mill Lane, Eastfold
Application 24/0012 for ten houses.
The officer recommends approval subject to conditions.
""", footer.format(1))
    page2 = _with_footer("""
Consultation responses were received from the parish.
The highway authority has no objection.
""", footer.format(2))
    info = describe(tmp_path, page1 + "\n---\n" + page2)
    assert facts(info)[1:] == ("Planning Committee", "2024-03-12")
    header = "Westfold District Council | Licensing Committee | 12 March 2024"
    info = describe(tmp_path, header + "\n##Review of Fees\nThe fees are reviewed each year.\n---\n" + header
                    + "\nMore text about fees and charges.")
    assert facts(info) == ("Westfold", "Licensing Committee", "2024-03-12")
    # (a footer that names the paper, not the meeting, names no body: an appendix's "Half-year report
    # 2024-25 to County Council" without a date)
    footer = "Half-year report 2024-25 to County Council"
    info = describe(tmp_path, _with_footer("##Appendix 1\nInvestments held at 30 September.", footer) + "\n---\n"
                    + _with_footer("The investments are listed below.", footer))
    assert info.committee is None


@pytest.mark.parametrize("second, body", [
    ("Planning & Environment", "Planning & Environment"),  # a committee named for its business alone
    ("Annual Parish Meeting", "Annual Parish Meeting"),  # the parish meeting, not the council
    ("Town Hall, Market Place", "Town Council"),  # a venue is no committee
    ("Mrs J Smith, Clerk", "Town Council"),  # nor the clerk
    ("Notice of Meeting", "Town Council"),
])
def test_a_small_councils_front_sheet_names_its_committee_under_the_council(tmp_path, second, body):
    info = describe(tmp_path, f"""
**Eastfold Town Council
**{second}
**Monday 11th March 2024 at 7.00pm
AGENDA
1. Apologies
2. Declarations of interest
""")
    assert facts(info) == ("Eastfold", body, "2024-03-11")


def test_minutes_titled_with_their_status_after_the_title(tmp_path):
    # "Board Meeting Minutes (Proposed)", "Regular Meeting Minutes (Unapproved)"
    info = describe(tmp_path, """
##Township of Aspen
Board Meeting Minutes (Proposed)
December 14, 2010
The regular meeting was called to order at 7:00 pm.
""", name="minutes.pdf")
    assert info.doc_type == "minutes"


@pytest.mark.parametrize("title", ["PLANNING COMMISSION MINUTES - REGULAR MEETING", "DRAFT MINUTES", "Approved Minutes",
                                   "Minutes – 12 March 2024", "Minutes: Finance Committee", "Minutes (Draft)",
                                   "Board of Trustees Regular Meeting Minutes for January 14, 2025",
                                   "Parish Council Minutes 2024", "Journal of Proceedings"])
def test_minutes_titles_of_other_forms(tmp_path, title):
    info = describe(tmp_path, f"""
Town of Aspen
123 Main Street
##{title}
March 4, 2024
The meeting was called to order at 7:00 p.m.
""", name="minutes.pdf")
    assert info.doc_type == "minutes"


def test_an_agendas_note_of_draft_minutes_attached_is_no_minutes_heading(tmp_path):
    path = text_pdf(tmp_path / "agenda.pdf", """
B. Approval of Minutes (Takaoka)
Recommendation: Approve the Minutes of November 15, 2022, Regular Meeting.
Draft Minutes
C. Registers of Demands (Mata)
Recommendation: Adopt Resolution No. 2022-__, allowing certain claims and demands.
""")
    page = layout.analyse(list(pages.read_pages(path)))[0]
    assert not document.has_minutes_heading(page)


def test_a_council_named_after_its_kind(tmp_path):
    # "TOWN COUNCIL OF WESTBURY", as "City of Aliso Viejo" names a city after its kind
    info = describe(tmp_path, """
##TOWN COUNCIL OF WESTBURY
**Full Council
**Monday 10 June 2024, 7.00pm
**AGENDA
1.   Apologies for absence
2.   Declarations of interest
""")
    assert info.council == "Westbury"


def test_the_place_a_board_or_commission_is_of_is_its_council(tmp_path):
    # "LAKEWOOD HILLS PLANNING COMMISSION" names no authority but the place the body is of
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    got = []
    for head in ["LAKEWOOD HILLS PLANNING COMMISSION", "Oak Park Historic Preservation Board",
                 "ELM GROVE ZONING BOARD OF APPEALS", "Lakewood Parks and Recreation Commission"]:
        ex = extract_file(text_pdf(tmp_path / "a.pdf", f"""
##{head}
REGULAR MEETING AGENDA
June 6, 2023 6:00 PM
1. Call to Order
2. Approval of Minutes
3. Adjournment
"""))
        got.append((ex.document.council, ex.document.committee))
    assert got == [("Lakewood Hills", "Planning Commission"), ("Oak Park", "Historic Preservation Board"),
                   ("Elm Grove", "Zoning Board of Appeals"), ("Lakewood", "Parks and Recreation Commission")]


def test_a_date_before_the_body_inside_a_minutes_heading_is_no_part_of_its_name():
    # "RE: Minutes of the January 29, 2018 Commission Meeting": the date starts what the heading names
    from pipeline.extract.bodies import body_name
    assert body_name("Minutes of the January 29, 2018 Commission Meeting") == "Commission"
    assert body_name("Minutes of the 5 March 2024 Planning Committee") == "Planning Committee"


@pytest.mark.parametrize("title, expected", [
    # a place's name with a short word and its point: the body is still read after it
    ("##ST. TAMMANY PARISH COUNCIL\nMinutes of the Regular Meeting\nThursday, March 7, 2024",
     ("St. Tammany", "Parish Council", "2024-03-07")),
    ("##MT. PLEASANT TOWN COUNCIL\nMinutes of the Regular Meeting\nTuesday, March 5, 2024",
     ("Mt. Pleasant", "Town Council", "2024-03-05")),
    # the council list's "St Albans", printed with its point: the authority is not part of the body
    ("##ST. ALBANS CITY COUNCIL\nMinutes of the meeting held on Tuesday 12 March 2024",
     ("St Albans", "City Council", "2024-03-12")),
])
def test_a_place_named_with_an_abbreviation_and_its_point(tmp_path, title, expected):
    assert facts(describe(tmp_path, title + "\n1. Call to order\n2. Minutes of the last meeting\n")) == expected


@pytest.mark.parametrize("text, country", [
    # a Canadian paper without an address: its by-laws, sales taxes and "Councillor" beside dollars
    ("##CITY OF KELOWNA\nRegular Council Meeting Agenda\nMonday, March 4, 2024\n"
     "1. Bylaw No. 12345 - Zoning amendment\nCouncillor Lee asked about the cost of $250,000 plus GST.\n", "CA"),
    ("##REGIONAL MUNICIPALITY OF PEEL\nRegional Council Agenda\nThursday, March 14, 2024\n"
     "1. By-law 2024-15 to adopt the budget of $1.2 million\n", "CA"),
    ("##CITY OF SPRINGFIELD\nCity Council Meeting Agenda\nMonday, March 4, 2024\n"
     "1. Ordinance 2024-15 adopting the budget of $1.2 million\n", "US"),
])
def test_a_canadian_paper_known_by_its_wording(tmp_path, text, country):
    info = describe(tmp_path, text)
    assert (info.country, info.dollar) == (country, "CAD" if country == "CA" else "USD")


def test_an_action_put_to_a_council_by_its_verb_names_no_place(tmp_path):
    # a commission's minutes "Recommend City Council adopt ...": the verb is not a city's name
    info = describe(tmp_path, """
##MINUTES
**Parks and Recreation Commission
**Regular Meeting – April 9, 2024
Commissioners Present: Lee, Garcia
5. FACILITY FEES
ACTION: Recommend City Council adopt the revised facility fee schedule.
""")
    assert facts(info) == (None, "Parks and Recreation Commission", "2024-04-09")


def test_a_record_titled_a_summary_names_its_body(tmp_path):
    # US boards title their minutes "CITY COUNCIL ACTION SUMMARY", "Meeting Summary", "Synopsis"
    from pipeline.extract.bodies import body_name
    assert [body_name(t) for t in ("CITY COUNCIL ACTION SUMMARY", "City Council Meeting Summary",
                                   "Board of Supervisors Synopsis")] == ["City Council", "City Council", "Board of Supervisors"]
    info = describe(tmp_path, """
##CITY COUNCIL ACTION SUMMARY
**Regular Meeting of June 4, 2024
Item 5.A  Approve minutes of May 21, 2024  APPROVED 5-0
""")
    assert (info.doc_type, *facts(info)) == ("minutes", None, "City Council", "2024-06-04")


@pytest.mark.parametrize("title", ["Note of the meeting held on 14 March 2024", "Note of meeting",
                                   "Summary record of the 215th meeting", "Meeting note", "Meeting record"])
def test_a_note_or_summary_record_of_a_meeting_is_its_minutes(tmp_path, title):
    # the words government advisory bodies use for their minutes
    assert kind_and_facts(tmp_path, f"""
##{title}
**Social Security Advisory Committee
**14 March 2024

The Chair welcomed members to the meeting.

**1. Update
The Secretariat gave an update on the work programme.
""")[::2] == ("minutes", "Social Security Advisory Committee")


def test_a_scottish_minute_of_meeting(tmp_path):
    # Scottish councils call the record of one meeting its "Minute" (singular): "MINUTE OF MEETING OF
    # THE EDUCATION COMMITTEE" heads minutes, and the body is what follows the words
    ex = extract_file(text_pdf(tmp_path / "minute.pdf", """
##MINUTE OF MEETING OF THE EDUCATION COMMITTEE
held in the Council Chambers, Town House, on Tuesday 12 March 2024 at 10.00am.
Sederunt: Councillor J Smith (Convener), Councillors A Brown, C Davidson and E Fraser.
**1. SCHOOL ESTATE STRATEGY
There was submitted a report by the Director of Education on the school estate strategy, which
set out the proposed changes to the primary schools of the area over the next ten years.
**Decision
The Committee agreed to approve the strategy.
"""))
    assert (ex.document.doc_type, ex.document.committee) == ("minutes", "Education Committee")
    assert [a.name for a in ex.attendance] == ["J Smith", "A Brown", "C Davidson", "E Fraser"]


def test_a_working_group_and_a_report_of_a_meeting_name_their_body(tmp_path):
    # councils' informal bodies are bodies too ("Sustainability Working Group", "Town Centre Task
    # Force"), and "Report of the meeting of the Audit Committee held on ..." is the Committee's record
    got = []
    for head in ["##Sustainability Working Group\nMeeting of 12 March 2024",
                 "##Report of the meeting of the Audit Committee held on 12 March 2024"]:
        ex = extract_file(text_pdf(tmp_path / "a.pdf", head + """
Present: Cllr A Brown (Chair), Cllr C Davidson, Cllr E Fraser
Apologies: Cllr G Hill
1. Progress report
It was agreed that the action plan be recommended to Cabinet.
"""))
        got.append((ex.document.doc_type, ex.document.committee))
    assert got == [("minutes", "Sustainability Working Group"), ("minutes", "Audit Committee")]


@pytest.mark.parametrize("sentence, body", [
    ("The Board of Supervisors met in regular session at 7:00 p.m. in the County Courthouse.", "Board of Supervisors"),
    ("The Planning Commission of the City of Lakewood met in a special meeting at 6:00 p.m.", "Planning Commission"),
    ("The regular meeting of the Lakewood City Council was called to order by Mayor Allen at 7:00 p.m.", "City Council"),
    ("A special meeting of the Parks Board was held at the Community Centre.", "Parks Board")])
def test_the_opening_sentence_of_minutes_names_the_body_that_met(tmp_path, sentence, body):
    # where the title says only "MINUTES", the sentence that opens them names the body; the meeting's
    # date is the one over it, not the last meeting's in the sentence after it
    doc = extract_file(text_pdf(tmp_path / "minutes.pdf", f"""
##MINUTES
March 12, 2024
{sentence}
The minutes of the February 13, 2024 meeting were approved.
""")).document
    assert (doc.committee, doc.meeting_date) == (body, "2024-03-12")


def test_an_ordinary_council_meeting_is_the_councils_and_names_no_place(tmp_path):
    # "MINUTES OF THE ORDINARY COUNCIL MEETING": "Ordinary" is the kind of meeting, not a place
    doc = extract_file(text_pdf(tmp_path / "minutes.pdf", """
##MINUTES OF THE ORDINARY COUNCIL MEETING
held on Tuesday 12 March 2024
PRESENT: Cllr A Smith (Mayor), Cllr B Jones, Cllr C Brown
""")).document
    assert (doc.council, doc.committee) == (None, "Council")


def test_minutes_sent_as_a_memo_are_dated_by_their_subject(tmp_path):
    # "DATE: March 14, 2024" is the memo's; "SUBJECT: Minutes of the March 12, 2024 Board Meeting"
    # names the meeting the minutes record
    doc = extract_file(text_pdf(tmp_path / "minutes.pdf", """
##MEMORANDUM
TO: Board of Directors
FROM: Jane Roe, Secretary
DATE: March 14, 2024
SUBJECT: Minutes of the March 12, 2024 Board Meeting
Directors present: Alan Brown, Claire Davidson, Eric Fraser
Directors absent: Gary Hill
1. The Board approved the agenda.
""")).document
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2024-03-12")


def test_a_place_name_does_not_run_on_into_the_next_lines_label(tmp_path):
    # "Applicant: City of Lakewood" over "Location: Citywide": the line of a label starts afresh
    doc = extract_file(text_pdf(tmp_path / "agenda.pdf", """
##CITY COUNCIL REGULAR MEETING AGENDA
June 10, 2024 6:00 PM
1. CALL TO ORDER
2. BUDGET UPDATE
   The Finance Director will present the quarterly budget report.
3. Consideration of a resolution approving the purchase of a fire engine from
   Pierce Manufacturing in the amount of $850,000
4. PUBLIC HEARING: ZONING TEXT AMENDMENT ZTA 24-01
   Applicant: City of Lakewood
   Location: Citywide
5. Library Services Agreement
   Background: The current agreement expires on June 30.
6. ADJOURNMENT
""")).document
    assert doc.council == "Lakewood"


def test_a_report_of_a_meeting_and_a_note_of_a_meeting_are_its_minutes(tmp_path):
    # "Report of the meeting of the Audit Committee held on ..." records that meeting (it is no
    # report to it), and "Note of the Meeting of the Climate Working Group" names the Group
    got = []
    for title in ["Report of the meeting of the Audit Committee held on 12 March 2024",
                  "Note of the Meeting of the Climate Working Group held on 12 March 2024"]:
        doc = extract_file(text_pdf(tmp_path / "a.pdf", f"""
##{title}
**1. Internal audit plan
The Head of Audit presented the plan for 2024/25.
RESOLVED: That the internal audit plan be approved.
""")).document
        got.append((doc.doc_type, doc.committee))
    assert got == [("minutes", "Audit Committee"), ("minutes", "Climate Working Group")]


def test_a_requested_council_action_label_names_no_council(tmp_path):
    # "Requested Council Action: Award the contract ..." wrapped short enough to read as a letterhead line
    doc = extract_file(text_pdf(tmp_path / "agenda.pdf", """
##CITY COUNCIL AGENDA
**May 7, 2024

1. Call to order
2. Award of Contract for Street Resurfacing
Requested Council Action: Award the contract to ABC Paving in the
amount of $1,250,000.
3. Adjournment
""")).document
    assert doc.council is None


@pytest.mark.parametrize("head, council, body", [
    # a special district's board named with its district in the title, and in a notice's sentence
    ("##NOTICE AND AGENDA\n##Board of Commissioners of the Northside Mosquito Abatement District\n\n"
     "NOTICE IS HEREBY GIVEN that the Board of Commissioners will hold a regular meeting on Thursday, "
     "June 1, 2023 at 2:00 p.m.", "Northside Mosquito Abatement District", "Board of Commissioners"),
    ("##Board of Trustees of the Riverside Library District\n##Regular Meeting Agenda\nThursday, June 1, 2023 at 2:00 p.m.",
     "Riverside Library District", "Board of Trustees"),
    ("##NOTICE OF REGULAR MEETING\nThe Board of Directors of the Valley Community Services District will hold a regular "
     "meeting on Thursday, June 1, 2023 at 2:00 p.m.", "Valley Community Services District", "Board of Directors"),
])
def test_a_special_districts_board_and_the_notice_that_names_it(tmp_path, head, council, body):
    info = describe(tmp_path, head + """

AGENDA
1. Call to Order and Roll Call
2. Approval of the Minutes of the May 4, 2023 Meeting
3. Adjournment
""")
    assert facts(info) == (council, body, "2023-06-01")


@pytest.mark.parametrize("letterhead, council", [
    ("London Borough of Camden", "Camden"), ("Metropolitan Borough of Wirral", "Wirral"),
    ("Regional Municipality of York", "York"), ("City and County of San Francisco", "San Francisco"),
    ("Harris County", "Harris"), ("Miami-Dade County", "Miami-Dade")])
def test_the_authority_over_the_body_in_one_title_block(tmp_path, letterhead, council):
    # the letterhead's authority and the body's name are two lines of one title block: the body is
    # the line under it, not the two run together; a county's name alone on its line is the authority
    info = describe(tmp_path, f"""
##{letterhead}
##Cabinet
Thursday 6 February 2025 at 7.00 pm

##AGENDA
1. Apologies for absence
2. Minutes of the previous meeting
""")
    assert (info.council, info.committee) == (council, "Cabinet")


# A US staff report whose letterhead ("COUNCIL REPORT / CITY OF ...") is a picture: its text says only
# "the City Council", and names another authority, a school district of the same place, as a party
STAFF_REPORT_WITH_PICTURED_LETTERHEAD = """
DATE: October 13, 2020
CATEGORY: New Business
DEPT.: Community Development
TITLE: School Allocation of the Elm Street Project Community Benefits

**RECOMMENDATION
1. Upon City receipt of community benefits from the Elm Street project, commit $1.06 million in the
Public Benefit Fund to the Cedar Grove Elementary School District (CGESD).
2. Authorize the City Manager to enter into an agreement with CGESD for City funding.

**BACKGROUND
On May 5, 2020, the City Council approved a 463-unit residential development on Elm Street. The
applicant offered school funding to CGESD if the project proceeds. The meeting may be joined by
Zoom; the City Council asked staff to return with the amount of the community benefits.
"""


def test_the_agenda_site_a_paper_links_to_names_its_authority(tmp_path):
    # the paper's links to earlier reports on its own agenda site (a Legistar, Granicus, ... host
    # named for the authority) say whose paper it is where the letterhead is only a picture
    path = text_pdf(tmp_path / "report.pdf", STAFF_REPORT_WITH_PICTURED_LETTERHEAD,
                    links=("https://cedargrove.legistar.com/LegislationDetail.aspx?ID=4431476&GUID=9B89",))
    read = list(pages.read_pages(path))
    assert read[0].links == ["https://cedargrove.legistar.com/LegislationDetail.aspx?ID=4431476&GUID=9B89"]
    assert document.describe(layout.analyse(read)).council == "Cedar Grove"


def test_a_company_site_for_governments_is_not_an_authority(tmp_path):
    # "zoomgov.com" is a video service's: neither "Zoom" nor the subdomain of its customer is taken
    # for the authority, so the paper falls back on the names in its text
    path = text_pdf(tmp_path / "report.pdf", STAFF_REPORT_WITH_PICTURED_LETTERHEAD,
                    links=("https://cedargrove.zoomgov.com/j/1612345678",))
    assert describe_file(path).council == "Cedar Grove Elementary School District"


def describe_file(path: Path) -> document.DocumentInfo:
    return document.describe(layout.analyse(list(pages.read_pages(path))))


@pytest.mark.parametrize("letterhead, council", [
    # a special district named for its county, not the county or the city of its address
    ("**ORANGE COUNTY WATER DISTRICT\n**MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\n"
     "18700 Ward Street, Fountain Valley, California 92708", "Orange County Water District"),
    # a district named for its reach gives its place after "of"
    ("**METROPOLITAN WATER DISTRICT OF SOUTHERN CALIFORNIA\n**MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\n"
     "700 N. Alameda Street, Los Angeles, California 90012", "Metropolitan Water District of Southern California"),
    # a UK national park authority named for a district of the land, not the county council it consults
    ("**Peak District National Park Authority\n**Minutes of the Planning Committee\nAldern House, Baslow Road, Bakewell",
     "Peak District National Park Authority"),
])
def test_single_purpose_authorities_named_for_an_area(tmp_path, letterhead, council):
    info = describe(tmp_path, letterhead + """
Wednesday, March 6, 2024

The meeting was called to order at 5:30 p.m. Present: Green, Sheldon, Wilson.
1. CALL TO ORDER
The City of Anaheim, Derbyshire County Council and the County of Orange were represented by staff.
""")
    assert info.council == council
