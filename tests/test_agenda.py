"""Agendas of many shapes, read from small PDFs: the numbering systems councils print, dates and
numbered instructions that are not items, agendas with no "AGENDA" line, and the kind of paper
derived from what is found in it."""
from pathlib import Path

from pipeline.extract.agenda import _candidates
from pipeline.extract.paper import extract_file
from pipeline.read.layout import analyse
from pipeline.read.pages import read_pages
from tests.pdfs import ruled_table_pdf, text_pdf


def read(tmp_path: Path, text: str):
    return extract_file(text_pdf(tmp_path / "paper.pdf", text))


def numbers(ex) -> list[str]:
    return [it.number for it in ex.agenda_items]


def test_roman_numerals_with_lettered_sub_items(tmp_path):
    ex = read(tmp_path, """
##CITY OF EXAMPLE PLANNING COMMISSION
**REGULAR MEETING AGENDA
Tuesday, March 5, 2024 at 6:00 PM

**I. CALL TO ORDER
**II. ROLL CALL
**III. CONSENT CALENDAR
    a. Approval of Minutes of February 6, 2024
    b. Warrant Register
**IV. PUBLIC HEARINGS
    a. Conditional Use Permit for 12 Main Street
**V. ADJOURNMENT
""")
    assert numbers(ex) == ["I", "II", "III", "III.a", "III.b", "IV", "IV.a", "V"]
    assert ex.agenda_items[3].title == "Approval of Minutes of February 6, 2024"
    assert ex.document.doc_type == "agenda"


def test_numbered_items_with_decimal_and_lettered_sub_items(tmp_path):
    ex = read(tmp_path, """
##AGENDA
##Town Council
Monday, 8 April 2024

**1. CALL TO ORDER
**2. CONSENT CALENDAR
  2.1 Approval of Minutes
  2.2 Demand List
**3. PUBLIC HEARING
  3.A Ordinance No. 383 Regarding Building Codes
  3.B Ordinance No. 384 Regarding Fire Codes
**4. ADJOURNMENT
""")
    assert numbers(ex) == ["1", "2", "2.1", "2.2", "3", "3.A", "3.B", "4"]


def test_item_no_labels_and_letters_after_the_number(tmp_path):
    ex = read(tmp_path, """
##CITY COUNCIL AGENDA
Tuesday, December 13, 2022 7:00 PM

**ITEM NO. 1 CALL MEETING TO ORDER
**ITEM NO. 2 NEW BUSINESS
**ITEM NO. 2A EQUINE EMERGENCY SHELTERING AGREEMENT
**ITEM NO. 2B PLANNING APPLICATION NO. 220504
**ITEM NO. 3 ADJOURNMENT
""")
    assert numbers(ex) == ["1", "2", "2A", "2B", "3"]
    assert ex.agenda_items[2].title == "EQUINE EMERGENCY SHELTERING AGREEMENT"


def test_letters_with_numbered_sub_items(tmp_path):
    ex = read(tmp_path, """
##Board of Commissioners
**Meeting Agenda - January 25, 2022

**A. Roll Call
**B. Management Reports
       1. Presentation regarding Recordable Injury Cases
       2. Presentation regarding Diversity and Inclusion
**C. Adjournment
""")
    assert numbers(ex) == ["A", "B", "B.1", "B.2", "C"]


def test_file_numbers_are_not_part_of_the_title(tmp_path):
    ex = read(tmp_path, """
##CITY COUNCIL
**AGENDA
May 16, 2023

**1. (23-716) Approval of the Minutes of the Regular Meeting of May 2, 2023
**2. (23-717) Award of Contract for Street Resurfacing
**3. (23-718) Adoption of the Budget for Fiscal Year 2023-24
""")
    assert numbers(ex) == ["1", "2", "3"]
    assert ex.agenda_items[1].title == "Award of Contract for Street Resurfacing"


def test_a_date_is_not_an_item(tmp_path):
    ex = read(tmp_path, """
##Milburn Parish Council
Meeting to be held on
22 October 2009 at 7.30pm in the Village Hall
AGENDA
1. Apologies
2. Minutes of the last meeting
3. Planning applications
23 October 2009
""")
    assert numbers(ex) == ["1", "2", "3"]


def test_an_agenda_without_an_agenda_heading(tmp_path):
    ex = read(tmp_path, """
##Harbour Board
Thursday 4 April 2024, 10.00 am, Harbour Office

1. Apologies for absence
2. Declarations of interest
3. Minutes of the meeting held on 7 March 2024
4. Harbour Master's report
5. Any other business
""")
    assert numbers(ex) == ["1", "2", "3", "4", "5"]
    assert ex.document.doc_type == "agenda"


def test_numbered_headings_under_a_heading_naming_no_meeting_are_not_an_agenda(tmp_path):
    # a strategy's numbered sections and a form's numbered questions: a list of short headings
    # numbered from one, but no body and date above them, so no meeting's business
    for text in ("""
##Flexible Use of Capital Receipts Strategy 2025-26

1. Introduction
2. Process and Regulations
3. Proposed Use of Capital Receipts
4. Financial Implications
""", """
##Equality Impact Assessment Working Template

1. Name of Activity
2. Directorate
3. Responsible Service
4. Officer completing the assessment
"""):
        ex = read(tmp_path, text)
        assert ex.agenda_items == [] and ex.document.doc_type != "agenda"


def test_numbered_instructions_before_the_items_are_skipped(tmp_path):
    ex = read(tmp_path, """
##CITY OF EXAMPLE PLANNING COMMISSION
**AGENDA
Members of the public can take part in two ways:
1. EMAIL THE COMMISSION BEFORE 5:00 P.M.
2. ATTEND THE MEETING IN PERSON
The City complies with the Americans with Disabilities Act.

1. CALL MEETING TO ORDER
2. ROLL CALL
3. PUBLIC COMMENT
4. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL MEETING TO ORDER"), ("2", "ROLL CALL"), ("3", "PUBLIC COMMENT"), ("4", "ADJOURNMENT")]


def test_numbered_ways_to_take_part_that_give_an_address_or_number_are_not_items(tmp_path):
    ex = read(tmp_path, """
##CITY OF EXAMPLE
**CITY COUNCIL AGENDA
How to provide public comment during the meeting:
1) Email during the meeting to clerk@example.gov, identifying the item in the subject line
2) Online at: https://example.zoom.us/j/913253786
3) By Phone: (888) 475-4499

1. CALL TO ORDER
2. CONSENT CALENDAR
3. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL TO ORDER"), ("2", "CONSENT CALENDAR"), ("3", "ADJOURNMENT")]


def test_sections_numbered_again_from_one(tmp_path):
    ex = read(tmp_path, """
##AGENDA
##City Council
**CLOSED SESSION
  1. CALL MEETING TO ORDER
  2. PUBLIC COMMENTS
  3. ADJOURN TO CLOSED SESSION
**REGULAR BUSINESS
  1. CALL MEETING TO ORDER
  2. FLAG SALUTE
  3. ADJOURNMENT
""")
    assert numbers(ex) == ["1", "2", "3", "1", "2", "3"]


def test_roll_call_members_and_recommended_actions_are_not_items(tmp_path):
    ex = read(tmp_path, """
##AGENDA
##City Council
**1. CALL TO ORDER
**2. ROLL CALL
      A. Jane Smith, Mayor
      B. John Brown, Council Member
**3. CONSENT CALENDAR
      A. Warrant Register for March 2024
        Recommended Action: That the City Council:
          A. Approve the warrant register; and
          B. Receive and file the report.
**4. ADJOURNMENT
""")
    assert numbers(ex) == ["1", "2", "3", "3.A", "4"]


def test_a_recommendation_is_linked_to_the_agenda_item_it_sits_under(tmp_path):
    ex = read(tmp_path, """
##AGENDA
##City Council
**1. CALL TO ORDER
**2. CONSENT CALENDAR
    2.1 Approval of the Warrant Register

        Recommendation: That the City Council approve the warrant register for March 2024.
**3. ADJOURNMENT
""")
    recs = [r for r in ex.recommendations if "warrant register" in r.text]
    assert recs and ex.agenda_items[recs[0].agenda_item].number == "2.1"


def test_minutes_that_never_say_minutes_are_known_by_who_was_present(tmp_path):
    # numbered business under a title with no "Minutes" in it, and "Council Members Present:" /
    # "Board Members Absent:" heading the list: who attended is what minutes print and agendas do not
    ex = read(tmp_path, """
##CITY OF RIVERTON
**CITY COUNCIL
**Regular Meeting, Tuesday, May 7, 2024
Council Members Present: Amy Long, Brian Moss, Carl Nunez
Council Members Absent: Dana Owens
Staff Present: City Manager Evans
1. CALL TO ORDER
The meeting was called to order at 7:00 p.m.
2. CITY MANAGER'S REPORT
The City Manager reported on the budget.
3. APPROVAL OF THE AGENDA
Motion by Long, seconded by Moss, to approve the agenda. Motion carried 3-0.
""")
    assert ex.document.doc_type == "minutes"
    assert ex.agenda_items == []
    assert [(d.text, d.outcome) for d in ex.decisions] == [("to approve the agenda", "carried")]


def test_numbered_business_with_its_resolutions_under_it_is_minutes(tmp_path):
    # a header of fields ("Meeting:", "Date:", "Members:") and numbered items, no "Minutes" anywhere:
    # the resolutions under the items say it records the meeting (an agenda lists business to come),
    # and so its "Members:" are the members who came
    ex = read(tmp_path, """
##Westfield Town Council
Meeting: Finance Committee
Date: Tuesday 12 March 2024
Venue: Council Chamber, Town Hall
Members: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown
Apologies: Cllr D White

1. Declarations of interest
None were declared.
2. Budget monitoring report
The Clerk presented the budget monitoring report for the year to February.
RESOLVED: that the report be noted.
3. Grants
RESOLVED: to award £500 to the Westfield Scouts.
""")
    assert ex.document.doc_type == "minutes"
    assert ex.agenda_items == []
    assert [d.text for d in ex.decisions] == ["that the report be noted.", "to award £500 to the Westfield Scouts."]
    assert [(a.name, a.status) for a in ex.attendance] == [
        ("A Smith", "present"), ("B Jones", "present"), ("C Brown", "present"), ("D White", "apologies")]


def test_minutes_whose_first_page_lists_numbered_items_yield_decisions(tmp_path):
    ex = read(tmp_path, """
##Example Parish Council
**Minutes of the meeting held on 12 January 2016
Present: Councillors A Smith (Chair), B Jones and C Brown
1. Apologies
Apologies were received from D Green.
2. Minutes of the last meeting
RESOLVED that the minutes of the meeting held on 8 December 2015 be approved.
3. Planning
RESOLVED that no objection be raised to application 15/0123.
""")
    assert ex.document.doc_type == "minutes"
    assert ex.agenda_items == []
    texts = [d.text for d in ex.decisions]
    assert any("no objection be raised to application 15/0123" in t for t in texts)


def test_a_multi_page_paper_with_no_agenda_or_minutes_is_a_report(tmp_path):
    ex = read(tmp_path, """
##Budget Update
Presentation to the School Committee
---
##Staffing
The request is for 4.0 new teaching posts.
---
##Special Revenue Funds
Grants fall by 3% this year.
""")
    assert ex.document.doc_type == "report"


def test_items_numbered_with_a_bracket_or_a_decimal_zero(tmp_path):
    ex = read(tmp_path, """
##AGENDA
##Village Board
1) Call to Order
2) Approval of the Minutes
3) Adjournment
""")
    assert numbers(ex) == ["1", "2", "3"]
    ex = read(tmp_path, """
##AGENDA
##Water District Board
**1.0 CALL TO ORDER
**2.0 CONSENT ITEMS
    2.1 Approval of Minutes
**3.0 ADJOURNMENT
""")
    assert numbers(ex) == ["1.0", "2.0", "2.1", "3.0"]


def test_items_numbered_by_their_file_numbers(tmp_path):
    ex = read(tmp_path, """
##CITY COUNCIL
**AGENDA
**CONSENT CALENDAR
23-716 Approval of the Minutes of the Regular Meeting of May 2, 2023
23-720 Award of Contract for Street Resurfacing
**PUBLIC HEARINGS
23-731 Zoning Text Amendment for Accessory Dwelling Units
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("23-716", "Approval of the Minutes of the Regular Meeting of May 2, 2023"),
        ("23-720", "Award of Contract for Street Resurfacing"),
        ("23-731", "Zoning Text Amendment for Accessory Dwelling Units")]


def test_a_timed_agenda_and_titles_that_begin_with_to(tmp_path):
    ex = read(tmp_path, """
##Example Town Council
**AGENDA
7.00pm 1. to receive apologies for absence
7.05pm 2. to approve the minutes of the meeting held on 6 March 2018
7.15pm 3. Planning applications
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "to receive apologies for absence"), ("2", "to approve the minutes of the meeting held on 6 March 2018"),
        ("3", "Planning applications")]


def test_an_adopted_resolution_standing_alone_is_a_decision_notice(tmp_path):
    ex = read(tmp_path, """
**RESOLUTION NO. 2022-31
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF EXAMPLE CONFIRMING A REPORT OF COSTS
1. The City Council confirms the report of costs.
2. The assessments shall be collected on the tax roll.
3. This resolution takes effect immediately.
""")
    assert ex.document.doc_type == "decision_notice"
    assert ex.agenda_items == []


def test_items_numbered_by_minute_references(tmp_path):
    # parish and town councils number an agenda's items by year and minute number
    ex = read(tmp_path, """
##Parish Council Meeting
**Notice is hereby given that a meeting of Westford Parish Council will be held on Tuesday 9th July
**2024 at 7.30pm in the Village Hall.
Clerk: J Smith, 1 July 2024

**AGENDA
24/45 To receive apologies for absence
24/46 To receive declarations of interest
24/47 To approve the minutes of the meeting held on 11th June 2024
24/48 Planning applications
24/49 Date of next meeting
""")
    assert ex.document.doc_type == "agenda"
    assert numbers(ex) == ["24/45", "24/46", "24/47", "24/48", "24/49"]
    assert ex.agenda_items[3].title == "Planning applications"


def test_a_recommendation_label_at_the_items_indent_keeps_its_numbered_actions(tmp_path):
    # "RECOMMENDATION:" printed at the item's own indent over "1." and "2.": the actions are the
    # label's, and the next number of the agenda's own numbering ("B-3") is the next item
    ex = read(tmp_path, """
**COUNTY OF WESTLAKE
**BOARD OF SUPERVISORS AGENDA
Tuesday, May 14, 2024 9:00 AM

**B. DEPARTMENTAL ITEMS
B-1 Public Works: Award of Contract for the Bridge Rehabilitation Project
RECOMMENDED ACTION:
Award the contract for the Bridge Rehabilitation Project to Valley Construction.
B-2 Health: Update on Homeless Services
RECOMMENDATION:
1. Receive the update on homeless services; and
2. Direct staff to return with a funding plan.
B-3 Library: Extended Hours Pilot
""")
    assert numbers(ex) == ["B", "B-1", "B-2", "B-3"]
    assert [(r.text, ex.agenda_items[r.agenda_item].number) for r in ex.recommendations] == [
        ("Award the contract for the Bridge Rehabilitation Project to Valley Construction.", "B-1"),
        ("Receive the update on homeless services; and", "B-2"),
        ("Direct staff to return with a funding plan.", "B-2")]


def test_a_recommendation_on_its_labels_line_does_not_hide_the_next_item(tmp_path):
    # "Recommendation: Approve the minutes as presented." printed at the sub-items' indent: the
    # next letter there ("B.") is the next item; a list that starts again under a label whose
    # action runs on ("Staff recommends that the City Council:" over "1.", "2.") is the label's
    ex = read(tmp_path, """
**CITY OF MAPLE GROVE
**CITY COUNCIL REGULAR MEETING AGENDA
**Tuesday, March 5, 2024 - 7:00 PM

**1.   CONSENT CALENDAR
     **A.   Approval of Minutes of February 20, 2024
     Recommendation: Approve the minutes as presented.
     **B.   Warrant Register for February
     Recommendation: Staff recommends that the City Council:
     1.  Ratify the warrant register; and
     2.  Receive the investment report.
     **C.   Award of Contract for Street Resurfacing Project
**2.   PUBLIC HEARINGS
""")
    assert numbers(ex) == ["1", "1.A", "1.B", "1.C", "2"]
    assert [(r.text, ex.agenda_items[r.agenda_item].number) for r in ex.recommendations] == [
        ("Approve the minutes as presented.", "1.A"), ("Ratify the warrant register; and", "1.B"),
        ("Receive the investment report.", "1.B")]


def test_a_heading_without_a_number_under_a_short_title_is_not_more_of_it(tmp_path):
    # "4. COUNCIL REPORTS" ends far short of the margin and "ADJOURNMENT" starts at the number's
    # left: the title was not wrapped; a long title that was wrapped keeps its second line
    ex = read(tmp_path, """
**CITY OF MAPLE GROVE
**CITY COUNCIL REGULAR MEETING AGENDA
**Tuesday, March 5, 2024 - 7:00 PM

**3.   AUTHORIZE THE CITY MANAGER TO EXECUTE AN AGREEMENT WITH THE COUNTY FOR
**ANIMAL CONTROL SERVICES
**4.   COUNCIL REPORTS
**ADJOURNMENT
""")
    assert [(i.number, i.title) for i in ex.agenda_items] == [
        ("3", "AUTHORIZE THE CITY MANAGER TO EXECUTE AN AGREEMENT WITH THE COUNTY FOR ANIMAL CONTROL SERVICES"),
        ("4", "COUNCIL REPORTS")]


def test_an_item_with_a_colon_and_its_pages_over_a_part_heading_is_kept(tmp_path):
    # "Local Plan Review: Preferred Options" reaches the page reference at the right edge and a
    # bold part heading follows at the number's left: an item line, not a numbered paragraph of
    # sentences wrapped back to the margin
    ex = read(tmp_path, """
##NORTH WOLDS DISTRICT COUNCIL
**Cabinet
**A G E N D A
**3.   Minutes                                                          (Pages 5 - 12)
**4.   Revenue Budget Monitoring Quarter 4                        (Pages 13 - 30)
**5.   Local Plan Review: Preferred Options Consultation     (Pages 31 - 120)
**Part II - Exempt items
**6.   Exclusion of the Press and Public
""")
    assert numbers(ex) == ["3", "4", "5", "6"]
    assert ex.agenda_items[2].title == "Local Plan Review: Preferred Options Consultation"


def test_an_item_named_in_a_few_words_then_described_is_an_item(tmp_path):
    # "3. Public comment. Members of the public may ..." wrapped back to the number's left: a
    # title of a few words and its description, not a numbered paragraph of sentences
    ex = read(tmp_path, """
##TOWN OF GREENFIELD
**SELECT BOARD MEETING AGENDA
Monday, October 2, 2023, 6:00 PM, Town Hall

1.  Call to order
2.  Announcements
3.  Public comment. Members of the public may address the Board on any matter not on the
agenda. Comments are limited to three minutes.
4.  Town Manager's report
5.  Adjourn
""")
    assert [(i.number, i.title) for i in ex.agenda_items] == [
        ("1", "Call to order"), ("2", "Announcements"), ("3", "Public comment"), ("4", "Town Manager's report"),
        ("5", "Adjourn")]


def test_an_agenda_that_opens_on_a_later_sub_item(tmp_path):
    # a planning agenda's sheet that opens on "ITEM NO. 10A" (its earlier items elsewhere): the
    # sub-items of an unprinted 10 and then 11, as printed
    ex = read(tmp_path, """
##CITY OF RIVERDALE
**PLANNING COMMISSION AGENDA
June 3, 2024 6:00 PM

ITEM NO. 10A   Conditional Use Permit CUP-24-01 for a drive-through restaurant at 500 Main Street
ITEM NO. 10B   Variance V-24-03 for a reduced side setback at 22 Oak Lane
ITEM NO. 11    General Plan Annual Progress Report
""")
    assert numbers(ex) == ["10A", "10B", "11"]
    assert ex.agenda_items[1].title == "Variance V-24-03 for a reduced side setback at 22 Oak Lane"


def test_minute_style_references_with_the_bodys_letters_number_the_items(tmp_path):
    ex = read(tmp_path, """
##WESTBURY TOWN COUNCIL
**Full Council
**Monday 10 June 2024, 7.00pm
**AGENDA
C/24/101   Apologies for absence
C/24/102   Declarations of interest
C/24/103   Minutes of the meeting held on 13 May 2024
C/24/104   Finance: payments schedule for May 2024
""")
    assert ex.document.doc_type == "agenda"
    assert numbers(ex) == ["C/24/101", "C/24/102", "C/24/103", "C/24/104"]
    assert ex.agenda_items[3].title == "Finance: payments schedule for May 2024"


def test_a_heading_of_recommendations_over_numbered_business_keeps_the_items(tmp_path):
    # a heading that names business ("Recommendations from Committees") is not a label of actions
    ex = read(tmp_path, """
**CITY OF EXAMPLE
**CITY COUNCIL AGENDA
Monday, March 4, 2024 at 7:00 PM

1. Call to Order
2. Approval of Minutes
Recommendations from Committees
3. Report of the Finance Committee on the Budget
4. Report of the Parks Committee on Playgrounds
5. Adjournment
""")
    assert numbers(ex) == ["1", "2", "3", "4", "5"]


def test_labels_under_each_item_neither_make_a_report_nor_run_into_titles(tmp_path):
    # "RECOMMENDATION:" and "FISCAL IMPACT:" printed under every item are the items' labels, not a
    # report's section headings; "Suggested Action:" or "It is recommended ..." under a plain title
    # is not more of the title
    ex = read(tmp_path, """
##CITY OF SPRINGFIELD
**CITY COUNCIL AGENDA
**Tuesday, March 5, 2024 6:00 PM
1. CALL TO ORDER
2. CONSENT CALENDAR
   A. Approval of Warrant Register
      RECOMMENDATION:
      Approve the warrant register dated March 1, 2024.
      FISCAL IMPACT:
      None.
   B. Street Sweeping Contract
      RECOMMENDATION:
      Award the street sweeping contract to Clean Streets Inc.
      FISCAL IMPACT:
      The contract costs $120,000 each year.
   C. Sidewalks
      Suggested Action: Approve the sidewalk repair program.
   D. Library Hours
      It is recommended that the City Council approve the new library hours.
3. ADJOURNMENT
""")
    assert ex.document.doc_type == "agenda"
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL TO ORDER"), ("2", "CONSENT CALENDAR"), ("2.A", "Approval of Warrant Register"),
        ("2.B", "Street Sweeping Contract"), ("2.C", "Sidewalks"), ("2.D", "Library Hours"), ("3", "ADJOURNMENT")]
    assert [(r.text, ex.agenda_items[r.agenda_item].number) for r in ex.recommendations] == [
        ("Approve the warrant register dated March 1, 2024.", "2.A"),
        ("Award the street sweeping contract to Clean Streets Inc.", "2.B"),
        ("Approve the sidewalk repair program.", "2.C"),
        ("approve the new library hours.", "2.D")]


def test_items_numbered_item_dash_n_with_a_consent_mark_before_the_title(tmp_path):
    ex = read(tmp_path, """
##PLANNING COMMISSION
**CITY OF SAN MARCO
**AGENDA FOR THE REGULAR MEETING OF THURSDAY, MARCH 3, 2022

ITEM-1:     PUBLIC COMMENT

ITEM-2:     *ELM STREET HOMES - PROJECT NO. 650123
            Council District: 1
            Recommendation: Approve

ITEM-3:     OAK AVENUE REZONE - PROJECT NO. 650124
            Recommendation: Recommend to the City Council approval of the rezone.

ITEM-4:     ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "PUBLIC COMMENT"), ("2", "ELM STREET HOMES - PROJECT NO. 650123"),
        ("3", "OAK AVENUE REZONE - PROJECT NO. 650124"), ("4", "ADJOURNMENT")]
    assert [(r.text, ex.agenda_items[r.agenda_item].number) for r in ex.recommendations] == [
        ("Approve", "2"), ("Recommend to the City Council approval of the rezone.", "3")]


def test_a_column_of_item_numbers_beside_a_column_of_titles_is_one_list(tmp_path):
    # "AGENDA ITEM NO. 1" printed in a column of its own, the titles in a column beside it: the
    # rows are the items (the page is not two columns of text read one after the other)
    titles = ["Call to Order", "Roll Call of the Members", "Pledge of Allegiance to the Flag",
              "Approval of the Minutes of February 20", "Public Comment on Items Not on the Agenda",
              "Contract for Street Lighting Upgrades", "Report of the City Manager", "Adjournment of the Meeting"]
    rows = "\n".join(f"AGENDA ITEM NO. {n}".ljust(28) + title for n, title in enumerate(titles, 1))
    ex = read(tmp_path, "##CITY OF SPRINGFIELD\n**REGULAR MEETING OF THE CITY COUNCIL\n"
                        "**Tuesday, March 5, 2024 6:00 PM\n**AGENDA\n\n" + rows)
    assert ex.document.doc_type == "agenda"
    assert [(it.number, it.title) for it in ex.agenda_items] == [(str(n), t) for n, t in enumerate(titles, 1)]


def test_a_planning_committee_agenda_of_applications_and_its_date_beside_time_and_venue(tmp_path):
    # an application's reference starts with two figures ("23/01234/FUL"), which is not a time; the
    # meeting's "Date:" beside its "Time:" and "Venue:" is the meeting's, not the last minutes' date
    ex = read(tmp_path, """
##Anytown District Council
##Planning Committee
Date: Wednesday, 5 June 2024
Time: 6.30 pm
Venue: Council Chamber, Civic Offices
##AGENDA
**1. Apologies for absence
**2. Minutes
To confirm the minutes of the meeting held on 8 May 2024.
**3. 23/01234/FUL - Land adjacent to The Old Mill, Church Road
Erection of 12 dwellings with associated access and parking.
**4. 24/00056/OUT - Field north of Station Road
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "Apologies for absence"), ("2", "Minutes"),
        ("3", "23/01234/FUL - Land adjacent to The Old Mill, Church Road"),
        ("4", "24/00056/OUT - Field north of Station Road")]
    assert (ex.document.committee, ex.document.meeting_date) == ("Planning Committee", "2024-06-05")


def test_a_column_of_start_times_is_not_part_of_the_titles(tmp_path):
    ex = read(tmp_path, """
##WESTFIELD TOWN COUNCIL
##AGENDA
Monday 14 October 2024 at 7.30pm, Town Hall
1.   Apologies for absence                                         7.30pm
2.   Declarations of interest                                       7.35pm
3.   Public participation (15 minutes)                              7.40pm
4.   Finance report and schedule of payments                        20:00
5.   Date of next meeting
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        # (the time allowed, "(15 minutes)", is a note on the item, as the gold convention has it)
        ("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Public participation"),
        ("4", "Finance report and schedule of payments"), ("5", "Date of next meeting")]


def test_decision_numbered_titles_and_a_page_reference_wrapped_after_its_bracket(tmp_path):
    # "24/00108 - ..." is the decision's number before the title, not a date; "(Pages" at a line's
    # end and "461 - 610)" under it are one page reference
    ex = read(tmp_path, """
##CABINET
##AGENDA
**1. Apologies
**2. Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)
**3. 24/00108 - Revenue and Capital Budget Monitoring Report (Pages 11 - 84)
**4. 24/00096 - Commissioning Plan for Education Provision in Kent 2025-29 (Pages
     **461 - 610)
""")
    assert [(it.number, it.title, it.pack_page_start, it.pack_page_end) for it in ex.agenda_items] == [
        ("1", "Apologies", None, None), ("2", "Minutes of the Meeting held on 9th January 2025", 1, 10),
        ("3", "24/00108 - Revenue and Capital Budget Monitoring Report", 11, 84),
        ("4", "24/00096 - Commissioning Plan for Education Provision in Kent 2025-29", 461, 610)]


def test_an_agenda_printed_as_a_ruled_table(tmp_path):
    # "Item | Subject | Recommended Action": each row's title is its own cell, wrapped or not, and
    # the recommended action in its column is the item's recommendation, not part of its title
    ex = extract_file(ruled_table_pdf(tmp_path / "agenda.pdf", [
        "CITY OF SPRINGDALE", "CITY COUNCIL REGULAR MEETING AGENDA", "Monday, March 3, 2025 at 6:00 PM"], [
        ["Item", "Subject", "Recommended Action"],
        ["1", "Call to Order", ""],
        ["2", "Approval of the minutes of February 17, 2025", "Approve the minutes as presented."],
        ["3", "Contract with Acme Paving for Main Street resurfacing",
         "Authorize the City Manager to execute a contract with Acme Paving for $250,000."],
        ["4", "Quarterly investment report", "Receive and file the report."],
        ["5", "Adjournment", ""]], [40, 220, 220]))
    assert ex.document.doc_type == "agenda"
    assert [(a.number, a.title) for a in ex.agenda_items] == [
        ("1", "Call to Order"), ("2", "Approval of the minutes of February 17, 2025"),
        ("3", "Contract with Acme Paving for Main Street resurfacing"), ("4", "Quarterly investment report"),
        ("5", "Adjournment")]
    assert [(r.number, r.text, ex.agenda_items[r.agenda_item].number) for r in ex.recommendations] == [
        ("2", "Approve the minutes as presented.", "2"),
        ("3", "Authorize the City Manager to execute a contract with Acme Paving for $250,000.", "3"),
        ("4", "Receive and file the report.", "4")]


def test_a_numbered_data_table_is_not_an_agenda(tmp_path):
    # rows numbered 1, 2, 3 of a table of many columns and figures stay a table's rows
    ex = extract_file(ruled_table_pdf(tmp_path / "budget.pdf", [
        "Agenda Item 6", "COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025", "Budget amendment: Labour Group",
        "The changes below are proposed to the draft budget."], [
        ["No.", "Heading", "Directorate", "Cabinet Member", "Description", "2025-26", "2026-27"],
        ["1", "Prices", "ASCH", "D Watkins", "Inflation on care contracts", "1,234.5", "1,300.0"],
        ["2", "Prices", "CYPE", "S Chandler", "Inflation on transport contracts", "845.0", "870.2"],
        ["3", "Savings", "GET", "N Baker", "Streetlight energy", "-120.0", "-125.0"],
        ["4", "Savings", "GET", "N Baker", "Waste textiles income", "-45.0", "-45.0"]],
        [30, 60, 60, 70, 140, 60, 60]))
    assert ex.document.doc_type != "agenda" and ex.agenda_items == []


def test_an_agenda_set_out_in_columns_without_rules(tmp_path):
    # under a header of columns ("Item  Subject  Recommended Action") an item's title is its own
    # column's words, wrapped or not; elsewhere a wide gap in an item's line is only spacing
    ex = extract_file(text_pdf(tmp_path / "agenda.pdf", """
##CITY OF SPRINGDALE
**CITY COUNCIL REGULAR MEETING AGENDA
Monday, March 3, 2025 at 6:00 PM

**Item  Subject                                  Recommended Action
1     Call to Order
2     Approval of the minutes of February 17   Approve the minutes as presented.
3     Contract with Acme Paving for Main       Authorize the City Manager to execute
        Street resurfacing                       a contract with Acme Paving.
4     Quarterly investment report              Receive and file the report.
5     Adjournment
""", font="Courier"))
    assert [(a.number, a.title) for a in ex.agenda_items] == [
        ("1", "Call to Order"), ("2", "Approval of the minutes of February 17"),
        ("3", "Contract with Acme Paving for Main Street resurfacing"), ("4", "Quarterly investment report"),
        ("5", "Adjournment")]
    assert [(r.number, r.text, ex.agenda_items[r.agenda_item].number) for r in ex.recommendations] == [
        ("2", "Approve the minutes as presented.", "2"),
        ("3", "Authorize the City Manager to execute a contract with Acme Paving.", "3"),
        ("4", "Receive and file the report.", "4")]


def test_labels_in_a_column_of_their_own_and_a_code_of_conduct_after_the_adjournment(tmp_path):
    # Legistar prints "Recommendation:" and "Attachments" at the items' indent with their values in
    # a column to the right: the lettered actions and attachment names there are not sub-items.
    # An unnumbered "Adjournment" ends the business: the rules of conduct printed after it are no items.
    ex = extract_file(text_pdf(tmp_path / "agenda.pdf", """
##CITY COUNCIL AMENDED AGENDA
February 9, 2021
**6. ENVIRONMENTAL SERVICES
6.1     21-232     Legacy Lagoons Remediation Budget Actions.
Recommendation:   Accept the following budget actions for the lagoons:
                      (a) Adopt the Appropriation Ordinance amendments in the Sewer Fund.
                      (b) Adopt the Funding Sources Resolution amendments.
Attachments       Memorandum
                      (a) Ordinance
                      (b) Resolution
**7. NEIGHBORHOOD SERVICES
7.1     21-240     Library Hours Report.
Recommendation:   Accept the report.
- Adjournment
---
**CODE OF CONDUCT FOR PUBLIC MEETINGS
  1. Public Meeting Decorum:
  a) Persons in the audience will refrain from disruptive behavior.
  b) Appropriate attire, including shoes and shirts, is required.
  2. Signs and Objects:
  a) Objects may not be used to block the view of others.
""", font="Courier"))
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("6", "ENVIRONMENTAL SERVICES"), ("6.1", "Legacy Lagoons Remediation Budget Actions."),
        ("7", "NEIGHBORHOOD SERVICES"), ("7.1", "Library Hours Report.")]


def test_numbered_instructions_that_tell_the_reader_what_to_do_are_not_items(tmp_path):
    # "Use the eComment tab ..." is a step for the public; "Use of Force Policy" is business
    ex = read(tmp_path, """
##CITY OF EXAMPLE
**CITY COUNCIL AGENDA
How to comment on an item:
   1. Use the eComment tab on the City Council agenda page.
Closed Session at 9:30 a.m.
        21-222     Regular Meeting Closed Session Agenda
        21-293     Special Meeting Closed Session Agenda
**REGULAR SESSION
**1. CALL TO ORDER
**2. USE OF FORCE POLICY UPDATE
**3. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items][-3:] == [
        ("1", "CALL TO ORDER"), ("2", "USE OF FORCE POLICY UPDATE"), ("3", "ADJOURNMENT")]
    assert [it.number for it in ex.agenda_items][:-3] == ["21-222", "21-293"]


def test_capital_letters_at_the_items_indent_are_sub_items_of_the_item_above(tmp_path):
    # "A." and "B." printed at the margin of "3." and "4." are 3's sub-items (a numbering does not
    # turn from figures to letters part way); after an unnumbered heading they start a new section
    ex = read(tmp_path, """
##CITY COUNCIL
**Meeting Agenda
Tuesday, June 4, 2024    6:00 PM
**1. CALL TO ORDER
**2. ROLL CALL
**3. CONSENT AGENDA
**A. 24-0312  Approval of Minutes of the Regular Meeting of May 21, 2024
Attachments: Draft Minutes
**B. 24-0315  Resolution Authorizing an Agreement with XYZ Consulting
**4. PUBLIC HEARINGS
**A. 24-0320  Ordinance Amending Chapter 17 of the Municipal Code
**5. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL TO ORDER"), ("2", "ROLL CALL"), ("3", "CONSENT AGENDA"),
        ("3.A", "Approval of Minutes of the Regular Meeting of May 21, 2024"),
        ("3.B", "Resolution Authorizing an Agreement with XYZ Consulting"), ("4", "PUBLIC HEARINGS"),
        ("4.A", "Ordinance Amending Chapter 17 of the Municipal Code"), ("5", "ADJOURNMENT")]
    ex = read(tmp_path, """
##CITY COUNCIL
**AGENDA
June 4, 2024
1. CALL TO ORDER
2. PUBLIC COMMENT
**CONSENT CALENDAR
A. Approval of Minutes
B. Warrant Register
""")
    assert numbers(ex) == ["1", "2", "A", "B"]


def test_titles_that_begin_with_figures_or_a_date_after_the_items_stop(tmp_path):
    # "4. 10 Year ..." and "2. May 21, 2024 ..." are items whose titles begin with figures or a
    # month (a date or a time is printed without the stop and space: "22 October 2009", "7.30pm");
    # a financial year after the number is the title's, not a file number; an hour before the
    # title ("10 am") is the item's time
    ex = read(tmp_path, """
##Example County Council
##Cabinet
**AGENDA
Thursday 6 June 2024
**1. 10 am Apologies
**2. May 21, 2024 Minutes
**3. 20mph Speed Limit Programme
**4. 10 Year Capital Strategy
**5. 30 Hours Free Childcare Expansion
**6. 2024/25 Outturn Report

**Dates of future meetings
1. 14 May 2025
2. 11 June 2025 at 7.30pm
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "Apologies"), ("2", "May 21, 2024 Minutes"), ("3", "20mph Speed Limit Programme"),
        ("4", "10 Year Capital Strategy"), ("5", "30 Hours Free Childcare Expansion"), ("6", "2024/25 Outturn Report")]


def test_sub_items_past_nine_before_their_file_numbers(tmp_path):
    # Legistar's "2.10   21-225   Title": a number with two figures after its stop reads like a time
    # ("6.30 pm  1. Apologies"), but a time is not followed by a file number: 2.10 is the tenth item
    ex = read(tmp_path, """
##CITY OF EXAMPLE
**City Council Amended Agenda
February 9, 2021
**2. CONSENT CALENDAR
**2.1    21-201    Approval of Minutes.
**2.2    21-202    Final Adoption of Ordinances.
**2.3    21-203    Committee Minutes.
**2.4    21-204    Excused Absences.
**2.5    21-205    Travel Reports.
**2.6    21-206    Retirement Boards Report.
**2.7    21-207    Settlement of Anderson v. City.
**2.8    21-208    Terms of Side Letter Agreement.
**2.9    21-209    Amendment to the Agreements for Meals.
**2.10    21-210    Community Energy Department Staffing Additions.
**2.11    21-211    Actions Related to the Gallup-Mesa Development.
**3. STRATEGIC SUPPORT
**3.1    21-250    Labor Negotiations Update.
""")
    assert numbers(ex) == ["2", *[f"2.{k}" for k in range(1, 12)], "3", "3.1"]
    assert ex.agenda_items[10].title == "Community Energy Department Staffing Additions."


def test_an_item_label_and_number_alone_over_the_title(tmp_path):
    # "ITEM NO. 2" on a line of its own, the title under it; a bare "Agenda Item 6" at a page's
    # right is the stamp of the item a paper is for
    ex = read(tmp_path, """
##CITY COUNCIL
**AGENDA
June 4, 2024
**ITEM NO. 1
**CALL TO ORDER
**ITEM NO. 2
**PUBLIC HEARING ON THE BUDGET
**FOR FISCAL YEAR 2024-25
Recommended Action: Adopt the budget.
**ITEM NO. 3
**ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL TO ORDER"), ("2", "PUBLIC HEARING ON THE BUDGET FOR FISCAL YEAR 2024-25"), ("3", "ADJOURNMENT")]
    ex = read(tmp_path, """
                                                                         Agenda Item 6
##COUNTY COUNCIL
Thursday 13 March 2025
**Question by A Member to the Cabinet Member for Education
Would the Cabinet Member please inform us of the steps taken by the council to protect children.
**Answer
Under current legislation, nearly all families are free to decide to educate their child at home.
""")
    assert ex.agenda_items == []
    layouts = analyse(list(read_pages(tmp_path / "paper.pdf")))
    assert _candidates([l for p in layouts for l in p.lines]) == []


def test_a_footer_stamping_the_agendas_own_page_is_not_the_last_items(tmp_path):
    # a one-page agenda's footer ("... Page 1 of 1") is no running footer (nothing repeats it),
    # so it sits under the last item: it is neither its description nor its pack pages
    ex = read(tmp_path, """
##CITY OF EXAMPLE
**CITY COUNCIL AGENDA
June 4, 2024
1. CALL TO ORDER
2. ROLL CALL
3. CONSENT CALENDAR
   A. Approval of Minutes
   B. Warrant Register""" + "\n" * 48 + """
City Council Agenda June 4, 2024                                    Page 1 of 1
""")
    assert [(it.number, it.title, it.pack_page_start, it.description) for it in ex.agenda_items][-1] == (
        "3.B", "Warrant Register", None, None)


def test_report_of_under_an_agenda_item_does_not_make_the_front_sheet_a_report(tmp_path):
    # a London borough's agenda prints whose report each item is under its title: after the
    # numbered items that is the item's description, not a report's title block
    ex = read(tmp_path, """
##London Borough of Example
##Cabinet
**AGENDA
**1. FILMING AT MEETINGS
**2. APOLOGIES FOR ABSENCE
**3. DECLARATIONS OF INTEREST
A member with a disclosable pecuniary interest must withdraw.
**4. MINUTES (PAGES 1 - 8)
To confirm and sign the minutes of the meeting held on 9 September 2014.
**5. HOUSING STRATEGY 2014-19 (PAGES 9 - 40)
Report of the Director of Housing. To be introduced by the Cabinet Member.
""")
    assert ex.document.doc_type == "agenda"
    assert [(it.number, it.title, it.pack_page_start) for it in ex.agenda_items] == [
        ("1", "FILMING AT MEETINGS", None), ("2", "APOLOGIES FOR ABSENCE", None), ("3", "DECLARATIONS OF INTEREST", None),
        ("4", "MINUTES", 1), ("5", "HOUSING STRATEGY 2014-19", 9)]


def test_a_third_level_of_decimal_numbering_gives_items_of_their_own(tmp_path):
    ex = read(tmp_path, """
##THE CORPORATION OF THE TOWN OF EXAMPLE
**REGULAR COUNCIL MEETING AGENDA
Monday, May 13, 2024, 7:00 p.m.
**6. STAFF REPORTS
6.1 Report CS-2024-12 - Tax Rates for 2024
6.1.1 Schedule A - Tax Ratios
6.1.2 Schedule B - Levy
6.2 Report PW-2024-05 - Road Resurfacing
**7. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("6", "STAFF REPORTS"), ("6.1", "Report CS-2024-12 - Tax Rates for 2024"), ("6.1.1", "Schedule A - Tax Ratios"),
        ("6.1.2", "Schedule B - Levy"), ("6.2", "Report PW-2024-05 - Road Resurfacing"), ("7", "ADJOURNMENT")]


def test_a_description_run_on_after_the_titles_full_stop_is_not_the_title(tmp_path):
    ex = read(tmp_path, """
##Example Town Council
**AGENDA
Tuesday 4 June 2024
1. Apologies. To receive apologies for absence.
2. Minutes. To approve the minutes of the meeting held on 7 May 2024.
3. Planning Committee: Recommendations from the meeting of 5 May
4. St. Mary's Churchyard. Report of the Town Clerk.
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "Apologies"), ("2", "Minutes"), ("3", "Planning Committee: Recommendations from the meeting of 5 May"),
        ("4", "St. Mary's Churchyard")]


def test_items_numbered_in_sections_by_a_code_and_a_number(tmp_path):
    """Californian city agendas number items in each section after its code ("CC-1" consent
    calendar, "PH-1" public hearing, "NB-1" new business): each is an item."""
    ex = read(tmp_path, """
##CITY OF EXAMPLE
**CITY COUNCIL REGULAR MEETING AGENDA
Tuesday, March 5, 2024 - 6:00 PM

**CONSENT CALENDAR
CC-1   Approval of Minutes of February 20, 2024
       Recommendation: Approve the minutes.
CC-2   Warrant Register No. 24-08
**PUBLIC HEARINGS
PH-1   Zone Text Amendment 23-04 for Accessory Dwelling Units
**NEW BUSINESS
NB-1   Award of Contract for Street Resurfacing
""")
    assert ex.document.doc_type == "agenda"
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("CC-1", "Approval of Minutes of February 20, 2024"), ("CC-2", "Warrant Register No. 24-08"),
        ("PH-1", "Zone Text Amendment 23-04 for Accessory Dwelling Units"),
        ("NB-1", "Award of Contract for Street Resurfacing")]


def test_a_column_of_presenters_beside_the_titles_is_not_part_of_them(tmp_path):
    """Who presents each item, printed in a column of its own at the right without a header, is
    the item's description, not the end of its title; one wide gap in one title is only spacing."""
    ex = extract_file(text_pdf(tmp_path / "paper.pdf", """
##TOWNSHIP OF EXAMPLE
**REGULAR BOARD MEETING AGENDA
April 9, 2019 7:00 p.m.

1. Call to Order                                        Supervisor
2. Pledge of Allegiance
3. Roll Call                                            Clerk
4. Approval of Agenda
5. Treasurer's Report                                   Treasurer
6. Fire Department Contract Renewal                     Chief Smith
7. Adjournment
""", font="Courier"))
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "Call to Order"), ("2", "Pledge of Allegiance"), ("3", "Roll Call"), ("4", "Approval of Agenda"),
        ("5", "Treasurer's Report"), ("6", "Fire Department Contract Renewal"), ("7", "Adjournment")]
    assert ex.agenda_items[5].description == "Chief Smith"


def test_small_letters_at_the_items_indent_whose_lines_are_titles_are_sub_items(tmp_path):
    # "a) Minutes of the May 15, 2023 Regular Meeting" at the margin of "4. Consent Calendar" is a
    # sub-item (its line is a title); "a) Persons in the audience will ..." is a point of a rule
    ex = read(tmp_path, """
##CITY OF LAKEWOOD HILLS
REGULAR MEETING OF THE CITY COUNCIL
Monday, June 5, 2023 at 6:00 p.m.
AGENDA
1. Call to Order
2. Roll Call
3. Public Comment
a) Persons in the audience will refrain from disruptive behavior
b) Each speaker is limited to three minutes
4. Consent Calendar
All items listed are considered routine and will be enacted by one motion.
a) Minutes of the May 15, 2023 Regular Meeting
b) Check Register for May 2023
5. Adjournment
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "Call to Order"), ("2", "Roll Call"), ("3", "Public Comment"), ("4", "Consent Calendar"),
        ("4.a", "Minutes of the May 15, 2023 Regular Meeting"), ("4.b", "Check Register for May 2023"),
        ("5", "Adjournment")]


def test_items_numbered_in_brackets_where_nothing_else_numbers_the_business(tmp_path):
    # "(1) Approval of Minutes" under section headings is the agenda's numbering; under "2." the
    # bracketed points of its action are not items
    ex = read(tmp_path, """
##CITY OF OAK VALLEY
CITY COUNCIL AGENDA
Wednesday, May 10, 2023 6:30 PM
CONSENT CALENDAR
(1) Approval of Minutes of April 26, 2023
(2) Warrant Register
PUBLIC HEARINGS
(3) Zone Text Amendment ZTA 23-01
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "Approval of Minutes of April 26, 2023"), ("2", "Warrant Register"), ("3", "Zone Text Amendment ZTA 23-01")]
    ex = read(tmp_path, """
##CITY OF OAK VALLEY
CITY COUNCIL AGENDA
Wednesday, May 10, 2023 6:30 PM
1. CALL TO ORDER
2. BUDGET ADOPTION
(1) Adopt Resolution No. 23-10 approving the budget; and
(2) Authorize the City Manager to make transfers.
3. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL TO ORDER"), ("2", "BUDGET ADOPTION"), ("3", "ADJOURNMENT")]


def test_figures_flush_under_lettered_items_and_dot_leaders_to_pages(tmp_path):
    # figures at a lettered list's margin, each line a title, straight after a lettered item are its
    # sub-items (a list does not change from letters to figures part way); dots leading to a page
    # number are not the title's, the number is the page its papers start on
    ex = read(tmp_path, """
##LAKEWOOD SANITARY DISTRICT
BOARD OF DIRECTORS REGULAR MEETING AGENDA
June 6, 2023 - 6:00 p.m.
A. CALL TO ORDER
B. CONSENT ITEMS
1. Approval of Minutes of May 16, 2023 ........................................ 3
2. Monthly Financial Report .................................................... 7
C. BUSINESS ITEMS
1. Award of Sewer Lining Contract .............................................. 12
D. ADJOURNMENT
""")
    assert [(it.number, it.title, it.pack_page_start) for it in ex.agenda_items] == [
        ("A", "CALL TO ORDER", None), ("B", "CONSENT ITEMS", None), ("B.1", "Approval of Minutes of May 16, 2023", 3),
        ("B.2", "Monthly Financial Report", 7), ("C", "BUSINESS ITEMS", None), ("C.1", "Award of Sewer Lining Contract", 12),
        ("D", "ADJOURNMENT", None)]


def test_presenter_and_time_notes_after_a_title_and_abbreviated_page_references(tmp_path):
    # "- Presented by J. Smith, Library Director" and "(20 min.)" after a title are notes on the item
    # (kept as its description), "(pg. 3)" the page its papers start on
    ex = extract_file(text_pdf(tmp_path / "agenda.pdf", """
##CITY OF PINE RIDGE
CITY COUNCIL REGULAR MEETING AGENDA
Monday, June 5, 2023, 6:00 PM
1. Call to Order
2. Approval of Minutes of May 15, 2023 (pg. 3)
3. Budget Workshop for Fiscal Year 2024 (20 min.)
4. Library Expansion Update – Presented by John Smith, Library Director
5. Adjournment
"""))
    assert [(it.number, it.title, it.pack_page_start, it.description) for it in ex.agenda_items] == [
        ("1", "Call to Order", None, None), ("2", "Approval of Minutes of May 15, 2023", 3, None),
        ("3", "Budget Workshop for Fiscal Year 2024", None, "20 min."),
        ("4", "Library Expansion Update", None, "Presented by John Smith, Library Director"),
        ("5", "Adjournment", None, None)]


def test_a_description_after_a_dash_in_small_letters_is_no_part_of_the_title(tmp_path):
    # "Apologies for absence – to receive apologies": the heading, then what the item is for; a dash
    # before capitals or figures is the title's own ("Date of next meeting – 8 July 2024"), and what
    # kind of item it is after a dash at its end ("– Action", "– For Information") is no part of it
    ex = read(tmp_path, """
##Parish Council Meeting
Monday 10 June 2024 at 7.30pm
**AGENDA
1. Apologies for absence – to receive and approve apologies.
2. Declarations of interest – members to declare any interests in items on the agenda.
3. Minutes – to approve the minutes of the meeting held on 13 May 2024.
4. Finance – For Decision
5. Vehicle activated signs – update
6. Date of next meeting – 8 July 2024.
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Minutes"), ("4", "Finance"),
        ("5", "Vehicle activated signs – update"), ("6", "Date of next meeting – 8 July 2024.")]


def test_notes_at_the_end_of_an_items_title_are_no_part_of_it(tmp_path):
    # what the item is for in brackets, its presenter (a post or a named member in brackets, or a
    # name and post after a dash), its time and its papers are read off the title's end, one by one
    ex = read(tmp_path, """
##BOARD OF TRUSTEES REGULAR MEETING AGENDA
June 11, 2024 7:00 PM
1. Call to Order (Action)
2. Approval of Agenda [Action]
3. Budget Update (Information) – Jane Smith, Finance Director
4. Superintendent's Report (Discussion) 10 minutes
5. Public Comment (3 minutes per speaker)
6. Apologies (Clerk)
7. Planning applications (Cllr Smith) Papers C1-C3
8. Policy Review – First Reading
""")
    assert [it.title for it in ex.agenda_items] == [
        "Call to Order", "Approval of Agenda", "Budget Update", "Superintendent's Report", "Public Comment", "Apologies",
        "Planning applications", "Policy Review – First Reading"]


def test_a_title_in_capitals_with_an_abbreviation_wraps_and_a_presenter_is_cut(tmp_path):
    # "INC. FOR" is an abbreviation's stop in a title in capitals, not a sentence's end, so the
    # title that fills its line and wraps is an item's; "– Presentation by ..." is who presents it
    ex = read(tmp_path, """
##CITY OF OAKRIDGE
##CITY COUNCIL REGULAR MEETING AGENDA
Tuesday, May 7, 2024 at 7:00 PM

1. CALL TO ORDER
2. ANNUAL REPORT OF THE FIRE DEPARTMENT – Presentation by Fire Chief Tom Lee
3. CONSIDERATION OF A CONTRACT WITH BRIGHT PAVING INC. FOR THE 2024 STREET
RESURFACING PROGRAM
4. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL TO ORDER"), ("2", "ANNUAL REPORT OF THE FIRE DEPARTMENT"),
        ("3", "CONSIDERATION OF A CONTRACT WITH BRIGHT PAVING INC. FOR THE 2024 STREET RESURFACING PROGRAM"),
        ("4", "ADJOURNMENT")]


def test_a_plain_title_that_fills_its_line_goes_on_under_its_first_word(tmp_path):
    # a sub-item's title in capitalised words that wraps hangs under its own first word; a short
    # title's line under it ("Finance Department") is not its title's
    ex = read(tmp_path, """
##CITY OF BROOKDALE
##REGULAR CITY COUNCIL MEETING AGENDA
Monday, February 5, 2024 - 6:00 PM

1. CALL TO ORDER
2. CONSENT CALENDAR
   All items listed under the Consent Calendar are routine and enacted by one motion.
   A. Approval of the Minutes of the January 22, 2024 Regular City Council
      Meeting
   Recommended Action: Approve the minutes.
   B. Warrant Register No. 24-02
      Finance Department
3. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL TO ORDER"), ("2", "CONSENT CALENDAR"),
        ("2.A", "Approval of the Minutes of the January 22, 2024 Regular City Council Meeting"),
        ("2.B", "Warrant Register No. 24-02"), ("3", "ADJOURNMENT")]


def test_lettered_items_at_the_margin_under_an_item_that_announces_them(tmp_path):
    # a parish agenda types its sub-items flush with its items; the item's colon announces them
    head = "##Eastfold Town Council\n##AGENDA\nMonday 8 July 2024 at 7.30pm\n\n"
    by_minute = read(tmp_path, head + """
24/104 Public participation
24/105 To consider the following planning applications:
a) 24/00456/FUL – 3 Mill Lane – rear extension
b) 24/00470/LBC – The Old Forge – replacement windows
24/106 To approve the schedule of payments for June 2024.
""")
    by_number = read(tmp_path, head + """
4. Public participation
5. To consider the following planning applications:
a) 3 Mill Lane – rear extension
b) The Old Forge – replacement windows
6. To approve the schedule of payments for June 2024.
""")
    assert numbers(by_minute) == ["24/104", "24/105", "24/105.a", "24/105.b", "24/106"]
    assert numbers(by_number) == ["4", "5", "5.a", "5.b", "6"]
    assert [it.title for it in by_number.agenda_items][3] == "The Old Forge – replacement windows"


def test_the_time_an_item_is_set_for_is_no_part_of_its_title(tmp_path):
    ex = read(tmp_path, """
##BOARD OF EDUCATION
##REGULAR MEETING AGENDA
Wednesday, January 17, 2024, 6:00 PM

1. Call to Order (6:00 p.m.)
2. Public Hearing on the Budget (6:30 PM)
3. Adjournment (8:30 p.m.)
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "Call to Order"), ("2", "Public Hearing on the Budget"), ("3", "Adjournment")]


def test_notes_after_a_title_of_how_its_paper_comes_who_presents_it_and_what_became_of_it(tmp_path):
    # "(verbal)", "(attached)", "– to follow", "(Discussion/Action)", "(Information Only)", the member or
    # the staff presenting it, "- DEFERRED" and pages in square brackets are notes, not the title's words
    ex = read(tmp_path, """
##Example Parish Council
**Meeting of the Parish Council
Monday 10 June 2024 at 7.30pm
AGENDA
1. Apologies for absence (verbal)
2. Minutes of the last meeting (attached)
3. Chairman's Announcements – Cllr Smith
4. Finance Report – to follow
5. Water Rate Study (Discussion/Action)
6. Play Area Refurbishment - DEFERRED
7. Quarterly Investment Report (Information Only)
8. Grants Policy [Pages 3 - 12]
9. Sidewalk Program. (Staff: John Smith, Public Works Director)
10. Date of next meeting – 8 July 2024
""")
    assert [it.title for it in ex.agenda_items] == [
        "Apologies for absence", "Minutes of the last meeting", "Chairman's Announcements", "Finance Report",
        "Water Rate Study", "Play Area Refurbishment", "Quarterly Investment Report", "Grants Policy",
        "Sidewalk Program.", "Date of next meeting – 8 July 2024"]
    assert (ex.agenda_items[7].pack_page_start, ex.agenda_items[7].pack_page_end) == (3, 12)


def test_whose_report_an_item_is_its_papers_in_brackets_and_a_time_limit_are_notes(tmp_path):
    ex = read(tmp_path, """
##Example District Council
**Cabinet
Thursday 13 June 2024 at 6.00 pm
AGENDA
1. Budget Monitoring – Report of the Director of Finance
2. Local Plan Update (Report of the Planning Manager)
3. Annual Governance Statement (Appendix A)
4. Questions from the public (max 15 minutes)
5. Minutes of the meeting held on 5 March 2024 (copy attached)
6. Housing Strategy (Report No. CAB/24/17)
""")
    assert [it.title for it in ex.agenda_items] == [
        "Budget Monitoring", "Local Plan Update", "Annual Governance Statement", "Questions from the public",
        "Minutes of the meeting held on 5 March 2024", "Housing Strategy (Report No. CAB/24/17)"]
