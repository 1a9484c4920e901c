"""Recommendations wherever papers put them to members, and report header blocks read by label
class: on small PDFs built here, read through the whole reading stage."""
from __future__ import annotations

from pathlib import Path

from pipeline.extract.recommendations import extract_recommendations
from pipeline.extract.reports import read_report, starts_report
from pipeline.read import layout, pages
from tests.pdfs import text_pdf


def layouts(tmp_path: Path, text: str, name: str = "paper.pdf"):
    return layout.analyse(list(pages.read_pages(text_pdf(tmp_path / name, text))))


def texts(tmp_path: Path, text: str) -> list[str]:
    return [r.text for r in extract_recommendations(layouts(tmp_path, text))]


def agenda(tmp_path: Path, text: str):
    """The whole extraction (every stage) of an agenda the test builds."""
    from pipeline.extract.paper import extract_file
    return extract_file(text_pdf(tmp_path / "agenda.pdf", text))


def actions_by_item(ex) -> list[tuple[str, str]]:
    """(text, number of the agenda item it is under) of each recommendation of an extraction."""
    return [(r.text, ex.agenda_items[r.agenda_item].number) for r in ex.recommendations]


def test_a_recommended_action_under_each_agenda_item(tmp_path):
    recs = extract_recommendations(layouts(tmp_path, """
**4. CONSENT CALENDAR
4.1. TREASURER'S STATEMENTS - OCTOBER 2020
      Recommended Action: Approve the October 2020 Treasurer's Statements.
      Staff Report
      Attachment 1 - Treasurer's Report
4.2. RELEASE OF BONDS FOR THE LANDSCAPING AT 95 ENTERPRISE
      Recommended Action: Adopt a resolution exonerating the Landscaping Performance
      Bond No. 107137510 for the 95 Enterprise Fitness Center Project.
      Staff Report
4.3. PARK PATROL REPORT
      Recommendation: Receive and file.
"""))
    assert [r.text for r in recs] == [
        "Approve the October 2020 Treasurer's Statements.",
        "Adopt a resolution exonerating the Landscaping Performance Bond No. 107137510 for the 95 Enterprise "
        "Fitness Center Project.",
        "Receive and file."]
    assert all(r.bbox is not None and r.page == 1 for r in recs)


def test_a_staff_recommends_sentence_loses_its_lead_in(tmp_path):
    assert texts(tmp_path, """
**3. PUBLIC HEARING: 1220 PACIFIC AVENUE
The applicant requests approval of a coastal development permit.

Staff recommends that the Planning Commission CONDUCT the Public Hearing and ADOPT the
attached resolution approving the project subject to conditions.
""") == ["CONDUCT the Public Hearing and ADOPT the attached resolution approving the project subject to conditions."]


def test_staff_suggesting_or_proposing_under_an_action_heading_loses_its_lead_in(tmp_path):
    assert texts(tmp_path, """
##REPORT TO COUNCIL
**Subject: Parks Master Plan
Suggested Action
Staff suggests that Council receive the report and provide direction.
Discussion
The plan was drafted in 2023.
""") == ["receive the report and provide direction."]


def test_a_body_being_asked_to_act_is_a_recommendation(tmp_path):
    assert texts(tmp_path, """
**CONCLUSION
The Planning Commission is being asked to review and consider the extension of time
for Tentative Parcel Map No. 82410.
""") == ["review and consider the extension of time for Tentative Parcel Map No. 82410."]


def test_a_qualified_heading_and_a_that_the_committee_for_lead_in(tmp_path):
    assert texts(tmp_path, """
**Officer Recommendations:
That the Committee for Economic Development approve the grant of £5,000 to the Town Show.

**1. Background
1.1 The Town Show has run since 1972.
""") == ["approve the grant of £5,000 to the Town Show."]


def test_it_is_recommended_that_the_council_then_lettered_siblings(tmp_path):
    recs = extract_recommendations(layouts(tmp_path, """
7. SELECT MAYOR AND MAYOR PRO TEMPORE
      RECOMMENDATION: It is recommended that the City Council:
      A. Appoint Council Member Lee to serve as Mayor;
          AND
      B. Appoint Council Member Diaz to serve as Mayor Pro Tempore.
"""))
    assert [(r.number, r.text) for r in recs] == [
        ("A", "Appoint Council Member Lee to serve as Mayor; AND"),
        ("B", "Appoint Council Member Diaz to serve as Mayor Pro Tempore.")]


def test_siblings_numbered_inside_one_paragraph_stay_apart(tmp_path):
    recs = extract_recommendations(layouts(tmp_path, """
E. Amendment to the planning services agreement (Garrett)
      Recommendation: 1) Approve Amendment No. 1 to the Professional Services Agreement,
      increasing the agreement sum by $85,000; and, 2) Authorize the Mayor and City Clerk to
      execute the amendment.
"""))
    assert [(r.number, r.text) for r in recs] == [
        ("1", "Approve Amendment No. 1 to the Professional Services Agreement, increasing the agreement sum by $85,000"),
        ("2", "Authorize the Mayor and City Clerk to execute the amendment.")]


def test_near_identical_siblings_are_not_merged(tmp_path):
    recs = texts(tmp_path, """
**Recommended Action:
1. Ratify accounts payable checks issued November 05, 2020 in the amount of $879,957.39;
2. Ratify accounts payable checks issued November 12, 2020 in the amount of $210,923.13; and
3. Ratify accounts payable checks issued November 19, 2020 in the amount of $2,400,811.79.
""")
    assert len(recs) == 3 and recs[1].startswith("Ratify accounts payable checks issued November 12")


def test_table_rows_and_agenda_actions_are_not_recommendations(tmp_path):
    assert texts(tmp_path, """
**AGENDA
1. To receive apologies for absence
2. To approve the minutes of the last meeting
3. Approve the minutes from the previous meeting held September 28, 2022.

Recommendation 3     Implemented     March 2023     Review the fee schedule annually
""") == []


def test_a_to_from_date_subject_memo_is_a_report(tmp_path):
    pages_ = layouts(tmp_path, """
##City of Lakeview
**AGENDA ITEM G-4
DATE: January 20, 2021
TO: Honorable Mayor and Members of the City Council
FROM: Sam Rivera, Human Resources Manager
SUBJECT: SALARY SCHEDULE AND BENEFIT UPDATE

**Recommended Action:
Adopt a Resolution approving a Salary Schedule for City employees.
""")
    assert starts_report(pages_[0])
    report = read_report(pages_, us=True)
    assert (report.title, report.lead_officer, report.authorised_by, report.meeting_date) == (
        "SALARY SCHEDULE AND BENEFIT UPDATE", "Sam Rivera", None, "2021-01-20")


def test_a_staff_report_with_from_and_prepared_by(tmp_path):
    pages_ = layouts(tmp_path, """
                       CITY OF LAKEVIEW
**             PLANNING COMMISSION
                        STAFF REPORT
               EXTENSION OF TIME FOR PARCEL MAP 82410
                        AGENDA ITEM #6
DATE: November 1, 2022
TO: Chair Lang and Members of the Planning Commission
FROM: Greg Tan, Community Development Director
PREPARED BY: Amy Acosta, Senior Planner

BACKGROUND
The applicant asks for a twelve month extension.
""")
    assert starts_report(pages_[0])
    report = read_report(pages_, us=True)
    assert (report.title, report.committee, report.lead_officer, report.authorised_by) == (
        "EXTENSION OF TIME FOR PARCEL MAP 82410", "Planning Commission", "Amy Acosta", "Greg Tan")


def test_a_label_that_wraps_onto_a_second_line(tmp_path):
    pages_ = layouts(tmp_path, """
Report to:              Cabinet
Title:                  Library Opening Hours
Responsible             Jo Bloggs, Director of Communities
Director:
Decision type:          Non-key
Report author:          Sam Patel
""")
    report = read_report(pages_)
    assert (report.authorised_by, report.lead_officer, report.key_decision) == ("Jo Bloggs", "Sam Patel", False)


def test_a_post_without_a_name_gives_no_person(tmp_path):
    pages_ = layouts(tmp_path, """
Report to:              Cabinet
Title:                  Library Opening Hours
Report authorised by:   Head of Paid Service
Contact officer:        Sam Patel, Libraries Manager
Key decision:           Key decision
""")
    report = read_report(pages_)
    assert (report.authorised_by, report.lead_officer, report.key_decision) == (None, "Sam Patel", True)


def test_an_action_after_the_title_dash(tmp_path):
    recs = extract_recommendations(layouts(tmp_path, """
**CONSENT CALENDAR
5. Purchase of a Volunteers on Patrol Vehicle – Authorize the City Manager to purchase a
   new vehicle in an amount not to exceed $60,000.
6. Treasurer's Report for November 2022 – City Council to receive and file this report.
7. Minutes – 14 November 2022
8. Minutes – to approve the minutes of the last meeting
"""))
    assert [(r.number, r.text) for r in recs] == [
        ("5", "Authorize the City Manager to purchase a new vehicle in an amount not to exceed $60,000."),
        ("6", "City Council to receive and file this report.")]


def test_unnumbered_that_paragraphs_after_a_lead_in_are_siblings(tmp_path):
    assert texts(tmp_path, """
**RECOMMENDATION
Council is recommended to approve: -

That the Symphony Orchestra be commissioned to perform a concert on 1 July 2017.

That the Acting Town Clerk be delegated to apply for permission to use the park.

**1. BACKGROUND
1.1 The Council held a concert in 2016.
""") == ["That the Symphony Orchestra be commissioned to perform a concert on 1 July 2017.",
         "That the Acting Town Clerk be delegated to apply for permission to use the park."]


def test_numbered_recommendation_labels_each_give_one_record(tmp_path):
    recs = extract_recommendations(layouts(tmp_path, """
**Summary of recommendations
Recommendation 1: The Council should publish its grant criteria on its website.
Recommendation 2: The Council should review the grant scheme every two years
and report the results to the Committee.
"""))
    assert [(r.number, r.text) for r in recs] == [
        ("1", "The Council should publish its grant criteria on its website."),
        ("2", "The Council should review the grant scheme every two years and report the results to the Committee.")]


def test_a_staff_recommends_lead_in_over_a_numbered_list(tmp_path):
    assert texts(tmp_path, """
Staff recommends the City Council:
1. Adopt Resolution No. 2023-14; and
2. Authorize the City Manager to sign the agreement.
""") == ["Adopt Resolution No. 2023-14; and", "Authorize the City Manager to sign the agreement."]


def test_numbered_actions_after_a_lead_in_on_the_label_line(tmp_path):
    recs = extract_recommendations(layouts(tmp_path, """
3. AGREEMENT WITH ACME PAVING
   RECOMMENDATION: It is recommended that the City Council: (1) adopt Resolution No.
   2023-14; and (2) authorize the City Manager to sign the agreement.
"""))
    assert [(r.number, r.text) for r in recs] == [
        ("1", "adopt Resolution No. 2023-14"), ("2", "authorize the City Manager to sign the agreement.")]


def test_a_heading_line_of_its_own_under_an_item_title(tmp_path):
    assert texts(tmp_path, """
3. AGREEMENT WITH ACME PAVING
   RECOMMENDED ACTION
   Approve the agreement with Acme Paving for street resurfacing.
""") == ["Approve the agreement with Acme Paving for street resurfacing."]


def test_the_author_from_a_signature_when_no_header_names_one(tmp_path):
    pages_ = layouts(tmp_path, """
##Summer Concert in the Park
**RECOMMENDATION
That the Town Council approves a contribution of £10,000 towards the concert.

**BACKGROUND
The concert was first held in 2016 and drew four thousand people.

Olive O'Sullivan
Acting Town Clerk
""")
    assert read_report(pages_).lead_officer == "Olive O'Sullivan"


def test_submitted_by_is_the_author_when_no_one_else_is_named(tmp_path):
    pages_ = layout.analyse(list(pages.read_pages(text_pdf(tmp_path / "memo.pdf", """
**STAFF REPORT
DATE: September 8, 2020
TO: Mayor and Members of the City Council
SUBMITTED BY: Marianna Marysheva, Interim City Manager
SUBJECT: COVID-19 SITUATIONAL UPDATE
"""))))
    assert starts_report(pages_[0])
    report = read_report(pages_, us=True)
    assert (report.lead_officer, report.committee) == ("Marianna Marysheva", "City Council")


def test_minutes_recording_the_motion_on_a_recommendation_give_none(tmp_path):
    assert texts(tmp_path, """
**MINUTES OF THE REGULAR MEETING
4. TREASURER'S REPORT FOR OCTOBER 2022
   Recommendation: Approve.
   Motion by Council Member Lee, seconded by Council Member Diaz, to approve. Motion carried 5-0.
5. CITY MEETING SCHEDULE
   Staff recommends that the City Council approve the meeting schedule, seconded by Mayor Kim.
""") == []


def test_an_action_after_a_dash_that_wrapped_onto_the_next_line(tmp_path):
    recs = extract_recommendations(layouts(tmp_path, """
7. Professional Services Agreement with R3 Consulting Group for solid waste services
   – Approve the agreement in an amount not to exceed $45,000.
8. Committee Assignments for 2023
"""))
    assert [(r.page, r.text) for r in recs] == [(1, "Approve the agreement in an amount not to exceed $45,000.")]


def test_a_summary_list_restated_in_the_body_is_one_record_with_both_pages(tmp_path):
    recs = extract_recommendations(layouts(tmp_path, """
**Summary
Recommendations: The Cabinet is asked to:
(a) NOTE the forecast revenue overspend of £23.3m and the actions being taken to mitigate it.
(b) NOTE the forecast capital underspend of £111.6m.
(c) AGREE the Capital budget changes.
---
**1. Revenue
The Cabinet is asked to:
(a) NOTE the forecast revenue overspend of £23.3m.

The overspend is mostly in adult social care, as the tables below show.

**2. Capital
The Cabinet is asked to:
(c) AGREE the Capital budget changes.
"""))
    assert [(r.number, r.page, r.restated_page) for r in recs] == [("a", 1, 2), ("b", 1, None), ("c", 1, 2)]


def test_a_report_title_is_never_a_table_header_a_label_or_the_body_words_in_it(tmp_path):
    from pipeline.extract.reports import _first_title
    from tests.paper import make_pages
    [page] = make_pages("""
Prior Years Spend
ROW REF   Directorate     Total Cost    2025-26    2026-27
1         Adult Care      7,003         549        515
2         Children        565,619       97,113     105,761
""")
    for line in page.lines:
        line.in_table = True
    assert _first_title(page.lines) is None
    [page] = make_pages("""
Appendix 1

Call-in Request for Executive Decision 24/00093 - Future of Commissioned Services at the
Family Hubs
""")
    assert _first_title(page.lines).startswith("Call-in Request for Executive Decision")
    [page] = make_pages("""
PLANNING AND ENVIRONMENTAL QUALITY COMMISSION

EXTENSION OF TIME REQUEST FOR A PARCEL MAP
""")
    assert _first_title(page.lines) == "EXTENSION OF TIME REQUEST FOR A PARCEL MAP"


def test_bold_numbered_recommendations_indented_under_a_numbered_heading(tmp_path):
    # bold "1. To NOTE ..." looks like a section heading, but indented under "8. Recommendations"
    # it is the list's first item
    assert texts(tmp_path, """
The work of the group is summarised above.

**8. Recommendations
The County Council is asked to:
   **1. To NOTE the contribution of the Members of the Working Party
   **2. APPROVE the amended Constitution at Appendix 2.

**Appendices
""") == ["To NOTE the contribution of the Members of the Working Party", "APPROVE the amended Constitution at Appendix 2."]


def test_a_multi_page_paper_without_a_report_header_is_one_report_without_officers(tmp_path):
    # several pages, no header block, no agenda, no minutes: a report by elimination, and one
    # report record named by its title; no header names its officers
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "appendix.pdf", """
##Capital Investment by Directorate
Scheme                         2025-26        2026-27
Highways maintenance           12,400         13,100
School places                   8,250          7,900
---
Scheme                         2025-26        2026-27
Libraries                         410            395
Waste sites                     1,020          1,150
"""))
    assert ex.document.doc_type == "report"
    assert [(r.title, r.page_start, r.page_end, r.lead_officer, r.authorised_by) for r in ex.reports] == [
        ("Capital Investment by Directorate", 1, 2, None, None)]


def test_a_report_whose_header_opens_the_page_after_a_cover(tmp_path):
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "report.pdf", """
##Annual Review 2024
---
From:      Jane Smith, Director of Finance
To:        Cabinet, 30 January 2025
Subject:   Treasury Management Strategy
Decision:  Key decision

1. Summary
The strategy sets the limits for borrowing in the coming year.
"""))
    assert ex.document.doc_type == "report"


def test_recommendation_labels_under_agenda_items_in_their_usual_forms(tmp_path):
    # label words in either order, with the body named ("Council Action Requested",
    # "Requested Council Action"), "Action Required:" before an imperative, a "Staff recommends"
    # or "is asked to" paragraph indented under the item's title, and the action after the dash
    # of an item numbered "5.G."
    ex = agenda(tmp_path, """
**TOWN OF EASTFIELD
**SELECT BOARD MEETING AGENDA
Monday, April 8, 2024 - 7:00 PM

4. CALL TO ORDER
5. CONSENT CALENDAR
5.A. APPROVAL OF MINUTES
     Council Action Requested: Approve the minutes of March 25, 2024.
5.B. POLICE VEHICLE PURCHASE
     Requested Council Action: Authorize the purchase of two patrol vehicles.
5.C. GRANT APPLICATION
     Action Required: Authorize the Town Manager to apply for a state grant.
5.D. NOMINATIONS TO THE LIBRARY BOARD
     Action Required: The Town Clerk will ask for nominations.
5.E. Traffic Signal at Elm Street
     Staff recommends that the Select Board award the construction contract to Bravo Electric.
5.F. Design Review 24-07, 10 Elm Avenue
     The Select Board is asked to approve Design Review 24-07.
5.G. Ordinance on Short Term Rentals - Introduce and waive the first reading of Ordinance No. 1234.
""")
    assert actions_by_item(ex) == [
        ("Approve the minutes of March 25, 2024.", "5.A"),
        ("Authorize the purchase of two patrol vehicles.", "5.B"),
        ("Authorize the Town Manager to apply for a state grant.", "5.C"),
        ("award the construction contract to Bravo Electric.", "5.E"),
        ("approve Design Review 24-07.", "5.F"),
        ("Introduce and waive the first reading of Ordinance No. 1234.", "5.G")]
    assert all(r.page == 1 and r.bbox for r in ex.recommendations)


def test_a_sentence_that_wraps_into_staff_recommends_is_not_a_proposal(tmp_path):
    # the same margin as the line above: the sentence runs on, it does not start under a heading
    assert texts(tmp_path, """
The report was prepared with the help of the finance office and the city
Staff recommends that the City Council note the figures in the table below each year
""") == []


def test_labels_naming_two_classes_or_whose_recommendation_it_is(tmp_path):
    assert texts(tmp_path, """
2. WATER MAIN REPLACEMENT
   Recommended Action/Motion: Award the water main contract to Delta Pipe.
3. ZONING CODE
   Recommendation of the City Manager: Introduce Ordinance 24-2 amending the zoning code.
4. FLEET PURCHASE
   Proposed Action: Authorize the purchase of three vehicles.
5. STREET NAMING
   Requested Motion: Approve the naming of Heron Way.
6. LIBRARY GRANT
   Staff Recommendation/Action: Accept the library grant.
7. TRANSIT STUDY
   Proposed Action: Discussion and possible direction to staff.

Recommendations of the Task Force were accepted by the board in May.
""") == ["Award the water main contract to Delta Pipe.", "Introduce Ordinance 24-2 amending the zoning code.",
         "Authorize the purchase of three vehicles.", "Approve the naming of Heron Way.", "Accept the library grant."]


def test_the_title_from_the_agenda_item_label_not_the_decision_heading(tmp_path):
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "report.pdf", """
##Westford Town Council
**Finance and General Purposes Committee
**Report to meeting of 5 March 2024
**Agenda item 7: Grant applications

**Decision required
Members are asked to consider the three grant applications and award grants from the
community budget.

**Background
The community budget for 2024 is £5,000.
"""))
    assert [r.title for r in ex.reports] == ["Grant applications"]
    assert [r.text for r in ex.recommendations] == [
        "consider the three grant applications and award grants from the community budget."]


def test_a_motion_written_out_and_a_subjunctive_without_that_lose_their_lead_in(tmp_path):
    assert texts(tmp_path, """
1. FLEET PURCHASE
   Recommended Motion: I move to adopt Resolution No. 2024-11 approving the fleet purchase.
2. PERSONNEL REPORT
   Recommendation: The Board of Education approve the personnel report as presented.
3. BUDGET ADOPTION
   Proposed Motion: Move that the Board adopt the 2016-17 budget.
""") == ["adopt Resolution No. 2024-11 approving the fleet purchase.",
         "approve the personnel report as presented.", "adopt the 2016-17 budget."]


def test_the_item_number_from_the_agenda_item_label_that_gives_the_title(tmp_path):
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "report.pdf", """
##Westford Town Council
**Finance and General Purposes Committee
**Report to meeting of 5 March 2024
**Agenda item 7: Grant applications

**Decision required
Members are asked to consider the three grant applications.

**Background
The community budget for 2024 is £5,000.
"""))
    assert [(r.title, r.item_number) for r in ex.reports] == [("Grant applications", "7")]


def test_a_lead_in_under_an_item_title_and_a_recommendation_in_brackets_after_the_title(tmp_path):
    ex = agenda(tmp_path, """
##CITY OF PARKVIEW
**CITY COUNCIL REGULAR MEETING AGENDA
**Wednesday, June 1, 2022 - 7:00 PM

1. CALL TO ORDER
2. CONSENT CALENDAR
   2.1 Warrants and Demands
       Staff recommends that City Council:
       1. Ratify the check register dated May 15, 2022; and
       2. Receive and file the treasurer's report.
   2.2 Minutes of May 18, 2022 (Recommendation: Approve the minutes.)
3. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items][2:4] == [
        ("2.1", "Warrants and Demands"), ("2.2", "Minutes of May 18, 2022")]
    assert actions_by_item(ex) == [
        ("Ratify the check register dated May 15, 2022; and", "2.1"),
        ("Receive and file the treasurer's report.", "2.1"),
        ("Approve the minutes.", "2.2")]


def test_the_title_under_a_line_that_names_the_meeting_and_its_date(tmp_path):
    # "Amenities Committee - 15 November 2016" is a line of its own: the title below it is not
    # joined to it (and then set aside for its date)
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "report.pdf", """
##Royal Westford Town Council
**Amenities Committee - 15 November 2016
**Community Grant Fund applications

1. Purpose
1.1 To consider applications to the community grant fund.
2. Recommendations
2.1 That the Committee awards a grant of £500 to the Westford Scouts.
2.2 That the Committee declines the application from the Westford Bowls Club.
3. Background
3.1 The fund has £10,000 for the year.
"""))
    assert [(r.title, r.committee, r.meeting_date) for r in ex.reports] == [
        ("Community Grant Fund applications", "Amenities Committee", "2016-11-15")]
    assert [r.text for r in ex.recommendations] == [
        "awards a grant of £500 to the Westford Scouts.", "declines the application from the Westford Bowls Club."]


def test_a_list_runs_on_past_a_page_number_printed_under_the_running_header(tmp_path):
    # the running header's last line ("Page 2") sits just below the header band: it is the page's
    # number, not a line of the list that ends it
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    header = "HONORABLE MAYOR AND CITY COUNCIL\nPage {n}\n"
    ex = extract_file(text_pdf(tmp_path / "memo.pdf", header.format(n=1) + """
**STAFF REPORT
**RECOMMENDATION
Staff recommends that the City Council:
1. Adopt a Resolution adopting the Addendum to the Environmental Impact Report.
2. Adopt a Resolution amending the General Plan designation of the site.
---
""" + header.format(n=2) + """
3. Adopt a resolution approving a Vesting Tentative Map to merge the parcels.
4. Adopt a resolution approving a Conditional Use Permit for the project.
**BACKGROUND
The Planning Commission held a public hearing on December 9, 2020.
---
""" + header.format(n=3) + """
The project is consistent with the plan.
"""))
    assert [(r.number, r.page) for r in ex.recommendations] == [("1", 1), ("2", 1), ("3", 2), ("4", 2)]
    assert [p.printed_page for p in ex.pages] == [1, 2, 3]


def test_the_agenda_stamp_on_a_memo_gives_the_meeting_date_over_the_memo_date(tmp_path):
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    ex = extract_file(text_pdf(tmp_path / "memo.pdf", """
COUNCIL AGENDA: 1/26/2021
FILE: 21-137
ITEM: 10.3
**CITY OF SAN MARCOS
**Memorandum
TO: HONORABLE MAYOR AND CITY COUNCIL
FROM: Planning Commission
DATE: January 4, 2021
SUBJECT: Rezoning of 470 West Main Street
**RECOMMENDATION
Adopt a Resolution approving the rezoning of the site.
"""))
    assert ex.document.meeting_date == "2021-01-26"
    assert [(r.meeting_date, r.item_number) for r in ex.reports] == [("2021-01-26", "10.3")]


def test_a_recommended_action_line_does_not_take_the_next_numbered_item_as_a_sibling(tmp_path):
    # "RECOMMENDED ACTION: Approve the minutes." is all of that item's recommendation; the numbered
    # line after it at the same margin is the agenda's next item
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    ex = extract_file(text_pdf(tmp_path / "agenda.pdf", """
**CITY OF OAKDALE
**CITY COUNCIL REGULAR MEETING AGENDA
Tuesday, June 11, 2024 at 6:00 PM
**1. CONSENT CALENDAR
1.1 Approve minutes of the May 28, 2024 regular meeting
RECOMMENDED ACTION: Approve the minutes as presented.
1.2 Warrant Register for May 2024
Recommendation: That the City Council receive and file the warrant register.
1.3 Library Board Appointments
Suggested Action: Appoint two members to the Library Board for terms ending June 30, 2028.
1.4 Fire Station 3 Design Contract
1.5 Pavement Management Report
**2. ADJOURNMENT
"""))
    assert [(ex.agenda_items[r.agenda_item].number, r.text) for r in ex.recommendations] == [
        ("1.1", "Approve the minutes as presented."), ("1.2", "receive and file the warrant register."),
        ("1.3", "Appoint two members to the Library Board for terms ending June 30, 2028.")]


def test_us_report_forms_item_letter_motion_to_and_a_department_is_no_person(tmp_path):
    # "Agenda Item: 7.B" keeps its letter; "Recommended Action:" over "Motion to approve ..." is the
    # recommendation (the motion's words are the lead-in); "From: Community Development Department"
    # names no one, so the staff contact is the report's lead officer
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    action = extract_file(text_pdf(tmp_path / "rca.pdf", """
**REQUEST FOR COUNCIL ACTION
Meeting Date: March 4, 2024
Agenda Item: 7.B
Department: Finance
Submitted by: Rita Gold, Finance Director
Approved by: Sam Hill, City Administrator
**Subject: Fiscal Year 2024 Budget Amendment
**Recommended Action:
Motion to approve the budget amendment as presented.
**Background:
The Council adopted the FY2024 budget in December.
"""))
    [report] = action.reports
    assert (report.item_number, report.lead_officer, report.authorised_by) == ("7.B", "Rita Gold", "Sam Hill")
    assert [r.text for r in action.recommendations] == ["approve the budget amendment as presented."]
    memo = extract_file(text_pdf(tmp_path / "memo.pdf", """
**AGENDA REPORT
Meeting Date: April 16, 2024
To: Planning Commission
From: Community Development Department
Staff Contact: Joe Bloggs, Associate Planner (555) 555-1234
Subject: Conditional Use Permit CUP-24-01 for a drive-through at 455 Oak Avenue
**RECOMMENDATION
That the Planning Commission approve Conditional Use Permit CUP-24-01 subject to the conditions of approval.
"""))
    assert [(r.lead_officer, r.committee) for r in memo.reports] == [("Joe Bloggs", "Planning Commission")]


def test_a_recommended_action_after_the_titles_full_stop_is_the_items_and_not_its_title(tmp_path):
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    ex = extract_file(text_pdf(tmp_path / "agenda.pdf", """
**CITY OF OAKDALE
**CITY COUNCIL AGENDA
Tuesday, June 11, 2024 at 6:00 PM
**1. CONSENT CALENDAR
1.1 Treasurer's Report - Recommendation: Receive and file.
1.2 Minutes of May 28, 2024. Recommended Action: Approve.
**2. ADJOURNMENT
"""))
    assert [(it.number, it.title) for it in ex.agenda_items][1:3] == [
        ("1.1", "Treasurer's Report"), ("1.2", "Minutes of May 28, 2024.")]
    assert [(ex.agenda_items[r.agenda_item].number, r.text) for r in ex.recommendations] == [
        ("1.1", "Receive and file."), ("1.2", "Approve.")]


def test_a_memo_subject_does_not_run_on_into_the_heading_in_capitals_under_it(tmp_path):
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "memo.pdf", """
##STAFF REPORT
TO: Board of Supervisors
FROM: Karen Wu, Director of Public Works
DATE: May 7, 2024
SUBJECT: Bridge Replacement Project Funding Agreement
RECOMMENDATION
It is recommended that the Board of Supervisors:
1. Approve the funding agreement with the State Department of Transportation; and
2. Appropriate $450,000 from the Road Fund.
"""))
    assert [(r.title, r.lead_officer) for r in ex.reports] == [("Bridge Replacement Project Funding Agreement", "Karen Wu")]
    assert [r.number for r in ex.recommendations] == ["1", "2"]


def test_a_post_without_a_name_is_no_lead_officer_and_a_planning_staff_report_is_a_report(tmp_path):
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "report.pdf", """
##Town Council Report
To: Finance Committee
From: Town Clerk
Date: 4 July 2024
Subject: Allotment Rents
**Members are asked to:
i. agree the allotment rents for 2025 as set out in the table below; and
ii. authorise the Clerk to write to all tenants.
"""))
    assert [(r.title, r.lead_officer) for r in ex.reports] == [("Allotment Rents", None)]
    assert [r.number for r in ex.recommendations] == ["i", "ii"]
    # "Hearing Date / Case No. / Applicant" under "STAFF REPORT" are a staff report's memo labels
    ex = extract_file(text_pdf(tmp_path / "staff.pdf", """
##PLANNING COMMISSION STAFF REPORT
Hearing Date: May 9, 2024
Case No.: CUP-2024-03
Applicant: Green Leaf LLC
Staff Recommendation: Staff recommends that the Planning Commission approve Conditional Use
Permit CUP-2024-03, subject to the conditions of approval in Attachment A.
"""))
    assert ex.document.doc_type == "report" and len(ex.reports) == 1
    assert [r.text for r in ex.recommendations] == [
        "approve Conditional Use Permit CUP-2024-03, subject to the conditions of approval in Attachment A."]


def test_an_action_over_a_list_of_what_it_contains_is_one_recommendation(tmp_path):
    # the ordinance's provisions and the zoning changes are what the action adopts, not actions of
    # their own; under "Approve the following:" items that are actions stay one record each
    assert texts(tmp_path, """
**RECOMMENDATION
1. Adopt an urgency ordinance requiring hazard pay for grocery workers that includes the following provisions:
(a) Guarantees hazard pay of three dollars an hour;
(b) Applies to stores with at least 300 employees.
2. Approve an ordinance rezoning the site as follows:
    - From the light industrial zoning district to the downtown commercial district, and
    - From the two-family residence district to the downtown commercial district.
3. Approve the following:
(a) Adopt a resolution approving the tentative map;
(b) Authorize the City Manager to execute the agreement.
""") == [
        "Adopt an urgency ordinance requiring hazard pay for grocery workers that includes the following provisions: "
        "(a) Guarantees hazard pay of three dollars an hour; (b) Applies to stores with at least 300 employees.",
        "Approve an ordinance rezoning the site as follows: From the light industrial zoning district to the "
        "downtown commercial district, and From the two-family residence district to the downtown commercial district.",
        "Adopt a resolution approving the tentative map;", "Authorize the City Manager to execute the agreement."]


def test_that_paragraphs_in_capitals_are_siblings(tmp_path):
    # Canadian reports print each resolution's "THAT" in capitals
    assert texts(tmp_path, """
**Recommendation:
THAT Council receive Report FIN-2024-07 for information; and
THAT Council adopt the 2024 tax rates by-law.

**Background:
Council approved the budget in January.
""") == ["receive Report FIN-2024-07 for information; and", "adopt the 2024 tax rates by-law."]


def test_a_that_cabinet_lead_in_names_the_body_not_that_cabinet(tmp_path):
    pages_ = layouts(tmp_path, """
##Housing Revenue Account Budget 2024/25
Cabinet Member: Councillor Anne Smith, Portfolio Holder for Housing
Report Author: Peter Green, Finance Manager
Key Decision: No

**RECOMMENDATIONS
That Cabinet:
(a) approves the HRA budget for 2024/25; and
(b) notes the capital programme.
""")
    assert read_report(pages_).committee == "Cabinet"


def test_a_memo_to_the_mayor_and_the_council_members_is_to_the_council(tmp_path):
    pages_ = layouts(tmp_path, """
AGENDA ITEM NO. 12
CITY COUNCIL STAFF REPORT
DATE:       January 9, 2024
TO:         Honorable Mayor and City Council Members
FROM:       Karen Yee, Director of Parks and Recreation
SUBJECT:    APPROVAL OF A LEASE WITH THE YMCA FOR THE COMMUNITY POOL
""")
    assert read_report(pages_, us=True).committee == "City Council"


def test_approved_by_signs_off_over_reviewed_by(tmp_path):
    pages_ = layouts(tmp_path, """
                 Request for Council Action
Meeting Date: April 2, 2024
TO: Mayor and Council Members
Prepared by: Ann Lee, Senior Planner
Reviewed by: Bob Carr, Finance Director
Approved by: John Smith, City Manager
SUBJECT: Zoning Text Amendment for Accessory Dwelling Units
""")
    report = read_report(pages_, us=True)
    assert (report.lead_officer, report.authorised_by, report.committee) == ("Ann Lee", "John Smith", "Council")


def test_labels_wrapping_onto_a_second_line_one_after_another(tmp_path):
    # each label's first word sits beside its value and its last below: the first word is not
    # part of the value above it
    pages_ = layouts(tmp_path, """
Report to:              Cabinet
Title:                  Library Opening Hours
Report                  Sam Patel, Libraries Manager
Author:
Lead                    Jo Bloggs
Director:
Key                     No
Decision:
""")
    report = read_report(pages_)
    assert (report.title, report.lead_officer, report.authorised_by, report.key_decision) == (
        "Library Opening Hours", "Sam Patel", "Jo Bloggs", False)


def test_every_cell_of_a_header_tables_label_column_is_a_label(tmp_path):
    from pipeline.extract.paper import extract_file
    from tests.pdfs import ruled_table_pdf
    ex = extract_file(ruled_table_pdf(tmp_path / "report.pdf", ["CITY OF RIVERTON STAFF REPORT"], [
        ["Meeting Date", "March 12, 2024"],
        ["Agenda Item", "C-3"],
        ["Subject", "Adoption of Water Rate Increase"],
        ["Department", "Utilities"],
        ["Prepared by", "Sara Diaz, Utilities Manager"],
        ["Responsible director", "Nick Bell, Director of Utilities"],
    ], [150, 300], ["RECOMMENDATION", "Adopt Resolution 2024-12 approving water rates."]))
    [r] = ex.reports
    assert (r.title, r.lead_officer, r.authorised_by, r.item_number, r.meeting_date) == (
        "Adoption of Water Rate Increase", "Sara Diaz", "Nick Bell", "C-3", "2024-03-12")


def test_a_title_in_large_type_may_hold_a_colon(tmp_path):
    pages_ = layouts(tmp_path, """
**Report to: Cabinet
**Date: 11 July 2024
**Lead officer: Gary Hope

##Capital Programme: Quarter 1 Monitoring

**1. Recommendations
1.1 That Cabinet notes the capital position.
""")
    assert read_report(pages_).title == "Capital Programme: Quarter 1 Monitoring"


def test_resolutions_run_on_with_and_that_in_capitals_are_one_each(tmp_path):
    assert texts(tmp_path, """
**Recommendation: THAT Council receive Report CS-2024-15; AND THAT Council approve the revised Procedural By-law.

**Background:
The by-law was last reviewed in 2018.
""") == ["receive Report CS-2024-15; AND", "approve the revised Procedural By-law."]


def test_an_agenda_item_summary_form_is_a_report(tmp_path):
    pages_ = layouts(tmp_path, """
                       CITY OF PINE BLUFFS
                   AGENDA ITEM SUMMARY
Council Meeting Date: March 18, 2024
Submitted by: Ron Diaz, Fire Chief
Approved for Agenda by: Amy Lowe, City Manager
Subject: Purchase of a Fire Engine

**Action Requested:
Approve the purchase of a Pierce fire engine for $850,000.
""")
    assert starts_report(pages_[0])
    report = read_report(pages_, us=True)
    assert (report.title, report.committee, report.meeting_date, report.lead_officer, report.authorised_by) == (
        "Purchase of a Fire Engine", "Council", "2024-03-18", "Ron Diaz", "Amy Lowe")


def test_the_item_label_before_a_title_is_its_number(tmp_path):
    pages_ = layouts(tmp_path, """
##Milburn Parish Council
**Report to the meeting of 9 May 2024
**Item 6 – Playground Inspection
**Prepared by: The Clerk

**Recommendation
That the Council accepts the quote from Play Safe Ltd for £1,200.
""")
    report = read_report(pages_)
    assert (report.title, report.item_number, report.lead_officer) == ("Playground Inspection", "6", None)


def test_a_header_in_two_columns_without_rules_or_colons(tmp_path):
    pages_ = layouts(tmp_path, """
**Report to                      Cabinet
**Date                               14 March 2024
**Title                               Library Strategy 2024-2029
**Report author                 Sam Patel, Libraries Manager
**Responsible director        Jo Bloggs, Director of Communities
**Key decision                  Yes
**Wards                            All

**1. Recommendations
1.1 That Cabinet adopts the Library Strategy.
""")
    report = read_report(pages_)
    assert (report.title, report.lead_officer, report.authorised_by, report.key_decision) == (
        "Library Strategy 2024-2029", "Sam Patel", "Jo Bloggs", True)


def test_the_title_under_a_short_header_line_in_the_same_type(tmp_path):
    # "Report author: Alice Moon, Head of Policy" ends short of the margin: the bold line under
    # it is the title, not the rest of the author's post
    pages_ = layouts(tmp_path, """
##Cabinet
**15 May 2024
**Report of: Councillor Ben Short, Leader of the Council
**Report author: Alice Moon, Head of Policy
**Council Plan Refresh

**Executive Summary
The Council Plan runs to 2025 and has been reviewed by officers and members this year.
""")
    report = read_report(pages_)
    assert (report.title, report.lead_officer, report.authorised_by) == ("Council Plan Refresh", "Alice Moon", "Ben Short")


def test_a_large_title_over_a_table_of_contacts_is_the_title(tmp_path):
    # the title sits in the same ruled frame as the contacts' phone numbers; set far larger than
    # the text, it is no header row of a table of figures
    from tests.pdfs import ruled_table_pdf
    pages_ = layout.analyse(list(pages.read_pages(ruled_table_pdf(tmp_path / "report.pdf", [], [
        ['<para fontSize=24 leading=30><b>Finance Monitoring Report</b></para>', ''],
        ['By', 'Peter Oakford, Cabinet Member for Finance'],
        ['To', 'Cabinet – 30 January 2025'],
        ['Head of Finance Operations', 'Cath Head 03000 416 934'],
        ['Acting Chief Accountant', 'Joe McKay 03000 419 601'],
        ['Capital Finance Manager', 'Julie Samson 03000 416 950'],
    ], [340, 160], ["1. Introduction", "1.1 This report sets out the forecast position for the year and the main "
                                        "variances against the budget."]))))
    assert read_report(pages_).title == "Finance Monitoring Report"


def test_actions_numbered_inside_a_staff_recommends_sentence(tmp_path):
    recs = extract_recommendations(layouts(tmp_path, """
                             STAFF REPORT
SUBJECT: Design Review 24-03

RECOMMENDATION: Staff recommends that the Planning Commission (1) find the project exempt from
CEQA; and (2) approve Design Review 24-03 subject to conditions.
"""))
    assert [(r.number, r.text) for r in recs] == [
        ("1", "find the project exempt from CEQA"), ("2", "approve Design Review 24-03 subject to conditions.")]


def test_a_staff_report_to_council_names_the_body(tmp_path):
    pages_ = layouts(tmp_path, """
##Town of Millbrook
**Staff Report to Council
**Report Number: PL-2024-22
**Meeting Date: July 8, 2024
**Prepared by: Nora Quinn, Planner
**Subject: Official Plan Amendment No. 12

**Recommendation
That Council approve Official Plan Amendment No. 12.
""")
    report = read_report(pages_, us=True)
    assert (report.committee, report.title, report.lead_officer) == ("Council", "Official Plan Amendment No. 12", "Nora Quinn")


def test_a_report_for_information_is_no_key_decision(tmp_path):
    pages_ = layouts(tmp_path, """
**Report to: Health Scrutiny Panel
**Meeting date: 20 November 2024
**Report title: Winter Pressures Update
**Report for: Information
**Author: Priya Shah, Commissioning Manager

**Recommendation
The Panel is asked to note the report.
""")
    report = read_report(pages_)
    assert (report.title, report.lead_officer, report.key_decision) == ("Winter Pressures Update", "Priya Shah", False)


def test_who_recommends_and_how_the_body_acts_are_not_the_action(tmp_path):
    assert texts(tmp_path, """
**9.1 Approval of Field Trip Requests
Recommendation: The Superintendent recommends the Board approve the field trip requests as submitted.
**9.2 Warrants
Recommendation: It is recommended the Board approve the warrants as presented.
**9.3 Treasurer's Report
Staff recommends that the City Council, by motion, receive and file the Treasurer's Report.
**9.4 Surplus Equipment
Staff recommends approval.
**9.5 Consulting Contract
Superintendent's Recommendation: Approve the contract with ABC Consulting.
**9.6 Street Sweeping
Action Recommended: Award a three-year contract to Sweep Co.
""") == ["approve the field trip requests as submitted.", "approve the warrants as presented.",
         "receive and file the Treasurer's Report.", "Staff recommends approval.",
         "Approve the contract with ABC Consulting.", "Award a three-year contract to Sweep Co."]


def test_short_grant_recommendations_in_lines_and_in_a_table(tmp_path):
    assert texts(tmp_path, """
**Application 1: Friends of the Park
Amount requested: £2,500
Officer recommendation: Award £2,000

**Application 2: Scouts Group
Officer recommendation: award £1,200 subject to receipt of accounts
""") == ["Award £2,000", "award £1,200 subject to receipt of accounts"]
    from tests.pdfs import ruled_table_pdf
    path = ruled_table_pdf(tmp_path / "grants.pdf", ["Grant applications"],
                           [["Ref", "Applicant", "Amount requested", "Officer recommendation"],
                            ["CG01", "Friends of the Park", "£2,500", "Award £2,000"],
                            ["CG03", "Book Club", "£300", "Decline - does not meet criteria"]])
    recs = extract_recommendations(layout.analyse(list(pages.read_pages(path))))
    assert [(r.number, r.text) for r in recs] == [("CG01", "Award £2,000"), ("CG03", "Decline - does not meet criteria")]


def test_recommended_that_in_a_report_but_not_among_resolutions_in_minutes(tmp_path):
    assert texts(tmp_path, """
**Precept 2025/26
**Report of the Responsible Financial Officer

RECOMMENDED that the precept for 2025/26 be set at £85,000.

**Background
The Council must set its precept by the end of January.
""") == ["the precept for 2025/26 be set at £85,000."]
    assert texts(tmp_path, """
**12. Precept 2025/26
The Clerk presented the draft budget.
RECOMMENDED that the precept for 2025/26 be set at £85,000.
**13. Minutes
RESOLVED that the minutes of the last meeting be approved.
""") == []


def test_that_the_council_under_an_item_title_but_not_after_a_motion(tmp_path):
    assert texts(tmp_path, """
**A-3. Sewer Rate Study
That the City Council adopt Resolution No. 2026-16 approving the sewer rate study.
**A-4. Water Rates
Trustee Brown moved, seconded by Trustee Gray,
That the Village Board approve the new water rates.
Motion carried 5-0.
**A-5. Consent Agenda
Moved by Councillor Smith
Seconded by Councillor Jones
THAT Council approve the consent agenda as presented.
CARRIED
""") == ["adopt Resolution No. 2026-16 approving the sewer rate study."]


def test_unnumbered_actions_one_to_a_line_are_one_each(tmp_path):
    assert texts(tmp_path, """
**3. Claims Against the City
Recommendation:
Reject the claim of John Doe.
Refer the matter to the City's claims adjuster.
**4. Library Agreement
Recommendation:
Adopt Resolution No. 2027-010 entitled, "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF
BALDWIN HILLS APPROVING AN AGREEMENT WITH THE COUNTY FOR LIBRARY SERVICES."
""") == ["Reject the claim of John Doe.", "Refer the matter to the City's claims adjuster.",
         'Adopt Resolution No. 2027-010 entitled, "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF BALDWIN HILLS '
         'APPROVING AN AGREEMENT WITH THE COUNTY FOR LIBRARY SERVICES."']


def test_an_item_form_with_title_contact_and_presenter_rows_is_a_report(tmp_path):
    pages_ = layouts(tmp_path, """
##CITY OF BAYSIDE
**STAFF REPORT

ITEM TITLE: Sidewalk Vending Ordinance
DEPARTMENT: Police Department
PRESENTED BY: Chief of Police
CONTACT: Sgt. Robert Diaz

**RECOMMENDATION:
Introduce Ordinance No. 2026-09 regulating sidewalk vending.
""")
    assert starts_report(pages_[0])
    report = read_report(pages_, us=True)
    assert (report.title, report.lead_officer, report.authorised_by) == ("Sidewalk Vending Ordinance", "Robert Diaz", None)


def test_a_post_printed_before_the_persons_name(tmp_path):
    pages_ = layouts(tmp_path, """
##Town of Westfield
**MEMORANDUM
To: Township Committee
From: Township Administrator Paul Green
Date: 9/1/2026
Re: Road Salt Purchase
""")
    report = read_report(pages_, us=True)
    assert (report.title, report.lead_officer) == ("Road Salt Purchase", "Paul Green")


def test_a_bold_title_holding_a_colon_in_the_bodys_size(tmp_path):
    pages_ = layouts(tmp_path, """
##Grants Committee
**Report to Grants Committee – 15 November 2018
**Community Grant Fund: Amenities

The Committee is asked to consider the applications set out below.

**1. Purpose
To present the applications received.
""")
    assert read_report(pages_).title == "Community Grant Fund: Amenities"


def test_an_agenda_tables_action_column_and_a_staff_recommends_cell(tmp_path):
    from tests.pdfs import ruled_table_pdf
    path = ruled_table_pdf(tmp_path / "agenda.pdf", ["Board of Education Regular Meeting Agenda"],
                           [["Item", "Description", "Action"],
                            ["5.1", "Approval of Minutes of March 16, 2016", "Approve the minutes"],
                            ["5.2", "Claims", "Staff recommends that the Board reject the claim"],
                            ["6.1", "Budget Update", "Information"]])
    recs = extract_recommendations(layout.analyse(list(pages.read_pages(path))))
    assert [(r.number, r.text) for r in recs] == [("5.1", "Approve the minutes"), ("5.2", "reject the claim")]


def test_a_proposal_after_the_titles_dash_or_full_stop_and_other_labels(tmp_path):
    assert texts(tmp_path, """
**CONSENT CALENDAR
2. Minutes of April 28, 2027. Staff recommends approval.
5. Cooperative Purchasing - It is recommended that the City Council authorize the purchase.
**6. Approval of Minutes
Possible Action: Approve the minutes of March 11, 2019.
**7. Road Bids
Administrative Recommendation: Award the chip seal contract to Low Bidder Inc.
**8. Discussion and possible action on the township hall roof
The board will discuss the roof.
""") == ["Staff recommends approval.", "authorize the purchase.", "Approve the minutes of March 11, 2019.",
         "Award the chip seal contract to Low Bidder Inc."]


def test_memo_by_under_from_an_office_and_a_post_as_title(tmp_path):
    report = read_report(layouts(tmp_path, """
##CITY OF PALOS HILLS
**MEMORANDUM

TO:       HONORABLE MAYOR AND CITY COUNCIL
FROM:     SHEILA GRANT, CITY MANAGER
BY:       LUIS ORTIZ, PLANNING DIRECTOR
DATE:     MARCH 22, 2027
SUBJECT:  ADOPTION OF THE LOCAL HAZARD MITIGATION PLAN
""", "a.pdf"), us=True)
    assert (report.lead_officer, report.authorised_by) == ("Luis Ortiz", "Sheila Grant")
    report = read_report(layouts(tmp_path, """
##AGENDA REPORT
TO:              Honorable Mayor and Members of the City Council
FROM:            Office of the City Manager
PREPARED BY:     Maria Ruiz, Management Analyst
DATE:            April 1, 2027
SUBJECT:         Fireworks Booth Permits
""", "b.pdf"), us=True)
    assert (report.lead_officer, report.authorised_by) == ("Maria Ruiz", None)
    report = read_report(layouts(tmp_path, """
##STAFF REPORT
Date: May 1, 2027
To: Planning Commission
From: Kevin Lau
Title: Senior Planner
Subject: Conditional Use Permit 27-04
""", "c.pdf"), us=True)
    assert (report.title, report.lead_officer) == ("Conditional Use Permit 27-04", "Kevin Lau")


def test_recommend_after_the_title_in_brackets_or_a_dash_and_as_a_label(tmp_path):
    assert texts(tmp_path, """
**CONSENT AGENDA
1. Minutes of May 25, 2027 (Recommend approval)
2. Monthly Investment Report (Staff recommends receive and file)
3. Resolution No. 27-41 Declaring Weed Abatement - Recommend adoption
**4. Contract Amendment
Recommend: Approve Amendment No. 2 to the agreement with Willdan.
""") == ["Recommend approval", "receive and file", "Recommend adoption",
         "Approve Amendment No. 2 to the agreement with Willdan."]


def test_a_proposal_under_a_plain_item_title_or_ending_its_description(tmp_path):
    assert texts(tmp_path, """
CONSENT CALENDAR
1. Warrants and Demands
Staff recommends that the City Council ratify the attached Warrants and Demands Register.
2. Claim Rejection
It is recommended that the City Council reject the claim of Jane Roe.
**3. Treasurer's Report
The report lists the City's investments as of January 31, 2027. It is recommended that the City
Council receive and file the report.
**4. Budget
The payment of warrants over $10,000 is to be listed. Staff recommends
that the City Council ratify the attached register.
""") == ["ratify the attached Warrants and Demands Register.", "reject the claim of Jane Roe.",
         "receive and file the report.", "ratify the attached register."]
    assert texts(tmp_path, """
##STAFF REPORT
**DISCUSSION
The project was reviewed by the Planning Commission in 2025 and the commission raised
questions about parking. Staff recommends that the City Council consider a parking study,
which is discussed below. The study would cost $50,000.
""") == []


def test_a_responsible_officer_and_a_department_head_in_a_ruled_header(tmp_path):
    from tests.pdfs import ruled_table_pdf
    path = ruled_table_pdf(tmp_path / "r.pdf", ["City of Elmwood"],
                           [["Council Meeting Date", "May 5, 2027"], ["Agenda Item", "7.B"], ["Subject", "Library Hours"],
                            ["Department Head", "Ann Lee, Library Director"], ["Responsible Officer", "Bo Kim, Librarian"]],
                           after=["Recommendation: Approve the new library hours."])
    report = read_report(layout.analyse(list(pages.read_pages(path))), us=True)
    assert (report.title, report.lead_officer, report.authorised_by) == ("Library Hours", "Bo Kim", "Ann Lee")


def test_a_label_after_an_em_dash_or_naming_the_body_it_is_for(tmp_path):
    assert texts(tmp_path, """
**7. Item Seven
Staff Recommendation — Approve the seventh thing.
**14. Item Fourteen
Recommendation to the City Council: Approve the fourteenth thing.
15. Recommendation for approval of the minutes of the December 13, 2021 meeting.
""") == ["Approve the seventh thing.", "Approve the fourteenth thing.",
         "approval of the minutes of the December 13, 2021 meeting."]


def test_bold_item_titles_carrying_the_action_and_alike_actions_on_other_dates(tmp_path):
    assert texts(tmp_path, """
**CONSENT ITEMS
**1. Recommendation for approval of the minutes of the December 13, 2021 meeting
**2. Recommendation for approval of the minutes of the December 14, 2021 meeting
**3. Patrol vehicle purchase – Authorize the City Manager to purchase a vehicle
Attachment: quote
""") == ["approval of the minutes of the December 13, 2021 meeting",
         "approval of the minutes of the December 14, 2021 meeting",
         "Authorize the City Manager to purchase a vehicle"]


def test_a_school_boards_item_blocks(tmp_path):
    assert texts(tmp_path, """
**5.1 Approve Minutes of March 16, 2016
Type: Action
Recommended Action: Approve the minutes of March 16, 2016 as presented.
**5.2 Ratify Purchase Orders
Type: Action, Consent
Action(s) Recommended: Ratify purchase orders issued in March 2016.
**6.1 Enrollment Update
Type: Information
Quick Summary / Abstract: Staff will present enrollment projections.
""") == ["Approve the minutes of March 16, 2016 as presented.", "Ratify purchase orders issued in March 2016."]


def test_a_stacked_header_and_an_approved_signature_with_its_post_below(tmp_path):
    report = read_report(layouts(tmp_path, """
##CITY OF OAK BAY
##STAFF REPORT

Meeting Date:
May 5, 2027
To:
Mayor and City Council
Prepared by:
Jane Smith, Senior Planner
Approved by:
Tom Jones, City Manager
Subject:
Housing Element Update

**RECOMMENDATION
Receive and file the update.
""", "a.pdf"), us=True)
    assert (report.title, report.lead_officer, report.authorised_by) == ("Housing Element Update", "Jane Smith", "Tom Jones")
    report = read_report(layouts(tmp_path, """
**COUNCIL AGENDA REPORT
DATE:        June 1, 2027
TO:          City Council
FROM:        Ana Ruiz, Finance Director
SUBJECT:     FY 2027-28 Budget Adoption

**RECOMMENDATION
Adopt Resolution No. 27-50 approving the FY 2027-28 budget.

Approved:
Kim Lee
City Manager
""", "b.pdf"), us=True)
    assert (report.lead_officer, report.authorised_by) == ("Ana Ruiz", "Kim Lee")


def test_a_post_then_an_honorific_then_the_name(tmp_path):
    report = read_report(layouts(tmp_path, """
**MEMORANDUM
To: School Committee
From: Interim Superintendent Dr. Jane Doe
Date: 2/12/2026
Re: Budget Update
"""), us=True)
    assert (report.title, report.lead_officer) == ("Budget Update", "Jane Doe")


def test_an_agenda_item_line_over_the_title_gives_the_report_its_item(tmp_path):
    # a town council report headed by its meeting, then "Agenda Item 166" alone on its line,
    # then the title: the report is that item of its meeting (and the paper lists it as an item)
    path = text_pdf(tmp_path / "item.pdf", """
                    **Royal Sutton Coldfield Town Council Meeting 21 February 2017
                              **Agenda Item 166
                          **Summer in Sutton Coldfield

**1.   Purpose of Report
To advise Council of the proposed arrangements for the summer events in the park.

**2.   Recommendations
That the Council approves a contribution of £100,000 towards the events.
""")
    from pipeline.extract.paper import extract_file
    ex = extract_file(path)
    assert [(r.title, r.item_number) for r in ex.reports] == [("Summer in Sutton Coldfield", "166")]
    assert [(i.number, i.title) for i in ex.agenda_items] == [("166", "Summer in Sutton Coldfield")]


def test_lettered_recommendations_each_followed_by_an_explanation(tmp_path):
    # a town or parish report: each item's first line in bold, the action in its first
    # paragraph and the reasons in paragraphs of their own; the list goes on past them
    assert texts(tmp_path, """
##Summer Events Programme
**1. Purpose of Report
  To advise Council of the proposed events.

**2. Recommendations
**Council is recommended to approve: -

   **a) That the Orchestra be commissioned to perform an open-air concert on the
      evening of Saturday 1 July 2017.

     The concert programme would be drawn from the varied repertoire to ensure
     that there would be something for everyone.

   **b) That the Town Clerk be delegated to apply for formal permission from the
      City Council to use the park.

      This performance would be preceded by craft activities.

   **c) That the Town Council approves a contribution of £100,000 towards the cost.

**3. Background
The Arts Champions change focus every three years.

Council is recommended to approve the recommendations set out in section 2 of this report.
""") == ["That the Orchestra be commissioned to perform an open-air concert on the evening of Saturday 1 July 2017.",
         "That the Town Clerk be delegated to apply for formal permission from the City Council to use the park.",
         "approves a contribution of £100,000 towards the cost."]


def test_a_recommendation_explained_under_that_the_council(tmp_path):
    assert texts(tmp_path, """
##Play Area
**Recommendation
That the Council:
   (i) approves the replacement of the play equipment at the recreation ground;

       The equipment is now fifteen years old and failed its inspection.

   (ii) delegates to the Clerk the award of the contract.

**Background
The play area was installed in 2005.
""") == ["approves the replacement of the play equipment at the recreation ground;",
         "delegates to the Clerk the award of the contract."]


def test_an_agenda_numbered_item_after_a_recommendation_is_not_its_sibling(tmp_path):
    # the next item of an agenda at the heading's margin, not worded as a resolution
    assert texts(tmp_path, """
**RECOMMENDATION
1. Approve the minutes of the meeting of May 5.

     The minutes are attached.

**2. Public Hearing on the Budget
""") == ["Approve the minutes of the meeting of May 5."]


def test_a_members_memo_asking_for_an_item_on_the_agenda(tmp_path):
    assert texts(tmp_path, """
To: Jane Russo, City Manager
From: Maria Fox, Councilmember
Date: August 21, 2020
RE: Resolution - Postal Service

Please place a resolution on the agenda for the meeting of the City Council on
September 8, 2020 urging the Postmaster General to end all actions that slow down mail.

Recently, the Postmaster General has implemented a series of revisions. Please contact
my office with any questions.
""") == ["place a resolution on the agenda for the meeting of the City Council on September 8, 2020 urging the "
         "Postmaster General to end all actions that slow down mail."]


def test_the_author_signed_off_under_a_label_in_capitals_without_its_colon(tmp_path):
    pages_ = layouts(tmp_path, """
**            REQUEST FOR CITY COUNCIL ACTION
MEETING DATE: SEPTEMBER 8, 2020
TITLE: COVID-19 SITUATIONAL UPDATE

**RECOMMENDED ACTIONS
   1. Receive updates from staff.

**DISCUSSION
Because the pandemic is continuing, it is appropriate to review the orders.

REPORT PREPARED BY Maria Marsh, Assistant City Manager
""")
    assert read_report(pages_, us=True).lead_officer == "Maria Marsh"


def test_the_proposal_of_an_agenda_item_in_other_words(tmp_path):
    # US agendas word the sentence that puts an item's action in many ways
    assert texts(tmp_path, """
**5. CONSENT CALENDAR
**A. Approval of Warrant Register
      Action: Motion to approve the warrant register dated May 5, 2022.
**7.1 Contract with Acme Paving for Street Resurfacing
   It is the recommendation of staff that the City Council approve the contract with Acme
   Paving in the amount of $450,000.
**10. Second Reading of Ordinance No. 515
   Staff recommendation is to waive full reading and adopt Ordinance No. 515.
**11. Award of Bid
   Staff is recommending that the City Council award the bid to Low Bidder Inc.
**12. Parks Master Plan
   The Parks Commission recommends the City Council approve the Parks Master Plan.
""") == ["approve the warrant register dated May 5, 2022.",
         "approve the contract with Acme Paving in the amount of $450,000.",
         "waive full reading and adopt Ordinance No. 515.",
         "award the bid to Low Bidder Inc.",
         "approve the Parks Master Plan."]


def test_a_file_of_two_reports_without_an_agenda_gives_two_reports(tmp_path):
    # a subcommittee's papers put together in one file: each opens with its title and its sections
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "papers.pdf", """
##Special Education Costs for Non-Resident Students
**Summary
The cost of providing special education raises difficult questions for the town.
**Discussion
The schools were asked for the cost of the services they provide.
---
The schools answered the questions in writing.
---
##School Salaries in Comparison to Similar Districts
**Summary
Half of the educators receive step increases as well as cost of living increases.
**Discussion
The contract included a cost of living increase of 2.75%.
"""))
    assert ex.document.doc_type == "report"
    assert [(r.title, r.page_start, r.page_end) for r in ex.reports] == [
        ("Special Education Costs for Non-Resident Students", 1, 2),
        ("School Salaries in Comparison to Similar Districts", 3, 3)]


def test_recommendations_each_with_its_reason_under_it(tmp_path):
    # a district council's form: the reason for each recommendation printed under it
    assert texts(tmp_path, """
##Car Parking Charges
**2. RECOMMENDATIONS
It is recommended that Cabinet:
  2.1 Approves the revised parking charges set out in Appendix A.
      Reason: To ensure the car parks cover their costs.
  2.2 Delegates authority to the Director of Place to implement the charges.
      Reason: To allow the charges to be in place by April.

**3. BACKGROUND
The charges were last reviewed in 2019.
""") == ["Approves the revised parking charges set out in Appendix A.",
         "Delegates authority to the Director of Place to implement the charges."]
    assert texts(tmp_path, """
##Community Centre Lease
**Recommendations
1. That the lease of the community centre to the Trust be approved for 25 years.

   Reason for recommendation: the Trust has run the centre well since 2015.

2. That the Head of Legal Services be authorised to complete the lease.
**Background
The Trust has run the centre since 2015.
""") == ["That the lease of the community centre to the Trust be approved for 25 years.",
         "That the Head of Legal Services be authorised to complete the lease."]


def test_ontario_and_further_that_is_a_sibling(tmp_path):
    assert texts(tmp_path, """
##Report to Council
**Recommendation
THAT Report No. CS-24-07 regarding the 2024 Tax Rates be received;
AND THAT Council approve the tax ratios set out in Schedule A;
AND FURTHER THAT the by-law be brought forward for adoption.

**Background
The rates are set each year.
""") == ["THAT Report No. CS-24-07 regarding the 2024 Tax Rates be received; AND",
         "approve the tax ratios set out in Schedule A; AND",  # ("FURTHER" joins, as "AND" does)
         "THAT the by-law be brought forward for adoption."]


def test_the_stem_of_a_list_of_actions_is_no_recommendation(tmp_path):
    # "Recommendation: That the Council" over "(a) notes the report; and (b) approves ...": the
    # stem puts the actions and is not one of them
    assert texts(tmp_path, """
**AGENDA
1.   Minutes
     Recommendation: That the minutes of the meeting held on 4 March be approved.
2.   Finance Report
     Recommendation: That the Council
     (a) notes the report; and
     (b) approves the payments listed.
3.   Planning Applications
""") == ["That the minutes of the meeting held on 4 March be approved.", "notes the report; and",
         "approves the payments listed."]


def test_a_status_line_and_a_summary_sentence_are_no_report_title(tmp_path):
    # "Non-key decision" in bold over the title, and the summary's first sentence under it, as
    # district reports print them: the title is the heading in capitals between them
    pages_ = layouts(tmp_path, """
##HARTLEY DISTRICT COUNCIL
**PLANNING COMMITTEE                                          12 June 2024
**REPORT OF THE HEAD OF PLANNING
**Non-key decision
**LOCAL PLAN: ISSUES AND OPTIONS CONSULTATION
**Summary
This report seeks approval to consult on the Issues and Options document.
**Recommendation
Members are asked to approve the Issues and Options document for public consultation.
**Author: Sam White, Planning Policy Manager (sam.white@hartley.gov.uk)
""")
    report = read_report(pages_)
    assert (report.title, report.lead_officer, report.key_decision) == (
        "LOCAL PLAN: ISSUES AND OPTIONS CONSULTATION", "Sam White", False)


def _schedule_pdf(path: Path) -> Path:
    """A town council's schedule of grant applications: the same two header lines at the top of
    every page (its title with the meeting's date, then the committee), a bold caption over each
    ruled table, no header block."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]

    def header(canvas, doc):
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, LETTER[1] - 40, "Grant Applications 13th March 2018")
        canvas.drawString(72, LETTER[1] - 54, "Amenities and Leisure Committee")

    def table(rows):
        t = Table([[Paragraph(c, body) for c in row] for row in rows], colWidths=[150, 200, 100])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return t

    story = [Paragraph("<b>Summary Table</b>", body),
             table([["Ward", "Budget", "Remaining"], ["Four Oaks", "25,000", "£9,506"], ["Trinity", "25,000", "£1,965"]]),
             PageBreak(), Paragraph("<b>All wards</b>", body),
             table([["Organisation", "Project", "Amount"], ["Parkrun", "Timing equipment for a new run", "£1,000"]])]
    SimpleDocTemplate(str(path), pagesize=LETTER).build(story, onFirstPage=header, onLaterPages=header)
    return path


def test_a_paper_that_is_a_report_without_a_header_block_is_one_report_named_by_its_title(tmp_path):
    # the bold lines over the tables are their captions, not the paper's title; the header the paper
    # prints on every page names it, with the meeting's date, which the report's title leaves out
    from pipeline.extract.paper import extract_file
    ex = extract_file(_schedule_pdf(tmp_path / "grants.pdf"))
    assert ex.document.doc_type == "report"
    assert ex.document.meeting_date == "2018-03-13"
    assert [(r.title, r.page_start, r.page_end, r.meeting_date, r.lead_officer) for r in ex.reports] == [
        ("Grant Applications", 1, 2, "2018-03-13", None)]


def test_recommended_actions_under_lettered_and_numbered_items_of_a_city_agenda(tmp_path):
    # a recommendation ends at the next item numbered with a letter ("2B."); "It is recommended that
    # the City Council: 1) ...; and 2) ..." is two actions; a lead-in printed flush under the item's
    # title opens its numbered actions, and the agenda's next item ("3. PUBLIC HEARINGS") is not a
    # third action though its number would continue them
    ex = agenda(tmp_path, """
##CITY OF MAPLE GROVE
CITY COUNCIL REGULAR MEETING AGENDA
Tuesday, March 14, 2023 - 7:00 PM
1. CALL TO ORDER
2. CONSENT CALENDAR
2A. Approval of Warrant Register
Council Action: Approve the warrant register for February 2023.
2B. Award of Contract for Street Resurfacing
It is recommended that the City Council: 1) award a contract to Ace Paving in the amount
of $412,000; and 2) authorize the City Manager to execute the agreement.
2C. Purchase of Two Patrol Vehicles
Staff recommends that the City Council:
1. Approve the purchase of two vehicles from Metro Ford; and
2. Appropriate $96,000 from the Equipment Fund.
3. PUBLIC HEARINGS
A. Zone Change 22-04
Recommendation: Introduce Ordinance No. 2023-02 approving the zone change.
4. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL TO ORDER"), ("2", "CONSENT CALENDAR"), ("2A", "Approval of Warrant Register"),
        ("2B", "Award of Contract for Street Resurfacing"), ("2C", "Purchase of Two Patrol Vehicles"),
        ("3", "PUBLIC HEARINGS"), ("3.A", "Zone Change 22-04"), ("4", "ADJOURNMENT")]
    assert actions_by_item(ex) == [
        ("Approve the warrant register for February 2023.", "2A"),
        ("award a contract to Ace Paving in the amount of $412,000", "2B"),
        ("authorize the City Manager to execute the agreement.", "2B"),
        ("Approve the purchase of two vehicles from Metro Ford; and", "2C"),
        ("Appropriate $96,000 from the Equipment Fund.", "2C"),
        ("Introduce Ordinance No. 2023-02 approving the zone change.", "3.A")]


def test_a_requested_motion_written_out_for_a_member_to_read(tmp_path):
    # "Requested Motion: I move to continue ..." puts the action after the words that move it
    assert texts(tmp_path, """
##CITY OF OAK VALLEY
PLANNING COMMISSION AGENDA
Wednesday, May 10, 2023 6:30 PM
4. TREE PRESERVATION ORDINANCE
Requested Motion: I move to continue the item to June 14, 2023.
5. SIGN ORDINANCE UPDATE
Proposed Action: Discussion only.
6. ADJOURNMENT
""") == ["continue the item to June 14, 2023."]


def test_an_agendas_next_item_ends_the_action_under_the_item_before(tmp_path):
    # three ways the agenda's next item was read as the action's second line: after a lead-in whose
    # action is in the same sentence ("Staff recommends that the City Council approve the minutes."
    # over "2.2 Treasurer's Report"), a number and a capital letter ("2.B Fee Schedule Update"), and
    # a long title reaching the right margin over its label (which had made the title a wrapped
    # paragraph and lost the item)
    ex = agenda(tmp_path, """
##CITY OF LAKEWOOD HILLS
CITY COUNCIL REGULAR MEETING AGENDA
June 5, 2023 - 7:00 PM
1. CALL TO ORDER
2. CONSENT CALENDAR
2.1 Approve Minutes of May 15, 2023
Recommendation: Staff recommends that the City Council approve the minutes.
2.2 Treasurer's Report for April 2023
Recommendation: Receive and file the report.
3. PUBLIC HEARINGS
3.A Zone Change for 45 Oak Lane
RECOMMENDED ACTION
That the City Council adopt Ordinance No. 23-06 approving the zone change.
3.B Fee Schedule Update
STAFF RECOMMENDATION
Adopt Resolution No. 2023-41 updating the master fee schedule.
4. *CONTINUED FROM MAY 11, 2023: HARBOR VIEW HOTEL SITE DEVELOPMENT PERMIT - PROJECT 654321
RECOMMENDATION: Approve the Site Development Permit.
5. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items] == [
        ("1", "CALL TO ORDER"), ("2", "CONSENT CALENDAR"), ("2.1", "Approve Minutes of May 15, 2023"),
        ("2.2", "Treasurer's Report for April 2023"), ("3", "PUBLIC HEARINGS"), ("3.A", "Zone Change for 45 Oak Lane"),
        ("3.B", "Fee Schedule Update"),
        ("4", "CONTINUED FROM MAY 11, 2023: HARBOR VIEW HOTEL SITE DEVELOPMENT PERMIT - PROJECT 654321"),
        ("5", "ADJOURNMENT")]
    assert actions_by_item(ex) == [
        ("approve the minutes.", "2.1"), ("Receive and file the report.", "2.2"),
        ("adopt Ordinance No. 23-06 approving the zone change.", "3.A"),
        ("Adopt Resolution No. 2023-41 updating the master fee schedule.", "3.B"),
        ("Approve the Site Development Permit.", "4")]


def test_actions_under_agenda_items_end_at_the_next_item_whatever_its_number(tmp_path):
    # "1) Approve ...; 2) Authorize ..." in the label's line, then the agenda's next item "2.7 Water
    # Rates": the item's line is where the actions end (the list reader had taken it for a third
    # point, and then kept the two actions as one); "Potential Action:" and "Sample Motion:" are labels
    ex = agenda(tmp_path, """
##CITY OF LAKEWOOD HILLS
CITY COUNCIL REGULAR MEETING AGENDA
June 5, 2023 - 7:00 PM
1. CALL TO ORDER
2. CONSENT CALENDAR
2.1 Street Sweeping Contract
Sample Motion: I move to award the street sweeping contract to Clean Co.
2.2 Budget Amendment
Potential Action: Adopt Resolution No. 2023-44 amending the budget.
2.3 Sidewalk Repairs
RECOMMENDED ACTION: 1) Approve the plans and specifications; 2) Authorize staff to advertise for bids.
2.4 Water Rates
Recommendations:
Approve the water rate study.
Set a public hearing for July 10, 2023.
3. ADJOURNMENT
""")
    assert actions_by_item(ex) == [
        ("award the street sweeping contract to Clean Co.", "2.1"),
        ("Adopt Resolution No. 2023-44 amending the budget.", "2.2"),
        ("Approve the plans and specifications", "2.3"), ("Authorize staff to advertise for bids.", "2.3"),
        ("Approve the water rate study.", "2.4"), ("Set a public hearing for July 10, 2023.", "2.4")]


def test_an_action_required_in_the_infinitive_as_uk_papers_put_it(tmp_path):
    # "Action required: To approve ..." (a UK town council's report): the action after "To"; a
    # purpose ("Purpose: To consider ...") is no recommendation
    assert texts(tmp_path, """
##ASHFORD TOWN COUNCIL
Report to: Finance and General Purposes Committee
Date: 12 March 2024
Subject: Grant to the Youth Club
Purpose: To consider a grant request from the Ashford Youth Club.
Action required: To approve a grant of £500 to the Ashford Youth Club.
Background
The club has applied for help with its rent.
""") == ["To approve a grant of £500 to the Ashford Youth Club."]


def test_a_paper_title_label_names_a_board_paper(tmp_path):
    # NHS trusts and other boards head their papers "Paper title:", "Presented by:", "Prepared by:"
    pages_ = layouts(tmp_path, """
##NHS Foundation Trust
**Board of Directors – Public
**Paper title: Quality Report
**Presented by: Dr Sam Lee, Medical Director
**Prepared by: Ann Cole, Head of Quality
**Date: 4 April 2024

**Action required
The Board is asked to note the report and approve the quality priorities for 2024/25.
""")
    report = read_report(pages_)
    assert (report.title, report.lead_officer, report.authorised_by) == ("Quality Report", "Ann Cole", "Sam Lee")


def test_a_header_fields_recommendation_is_not_continued_by_the_first_section(tmp_path):
    # "Recommendation: Grant permission subject to conditions" (no full stop, a form's value) and
    # then the report's "1. Site description": one recommendation, not two
    assert texts(tmp_path, """
##Report to the Planning Committee
**Application number: 24/00123/FUL
**Case officer: Tom Brown
**Recommendation: Grant planning permission subject to conditions

1. Site description
The site is a field.
""") == ["Grant planning permission subject to conditions"]


def test_staff_recommends_with_a_colon_labels_the_action(tmp_path):
    assert texts(tmp_path, """
##CITY COUNCIL AGENDA
1. Call to order
2. Award of Contract for Street Resurfacing
Staff recommends: Award the contract to ABC Paving in the amount of $1,250,000.
3. Adjournment
""") == ["Award the contract to ABC Paving in the amount of $1,250,000."]


def test_a_post_named_for_its_service_is_no_person_and_a_name_may_follow_a_post(tmp_path):
    # "From: Public Works Director" names a post (null); "Prepared by: Fire Chief Tom Lee" a person
    pages_ = layouts(tmp_path, """
##COUNCIL AGENDA REPORT
**To: Mayor and City Council
**From: Public Works Director
**Subject: Sidewalk Repair Program

**It is recommended that the City Council approve the sidewalk repair program.
""")
    assert read_report(pages_, us=True).lead_officer is None
    from pipeline.extract.text import person_name
    assert [person_name(t) for t in ("Fire Chief Tom Lee", "Human Resources Manager", "Jane Smith Public Works Director",
                                     "Head of Paid Service", "Finance Director Lisa Wong")] == \
        ["Tom Lee", None, "Jane Smith", None, "Lisa Wong"]


def test_a_label_then_that_in_small_letters_is_the_recommendation(tmp_path):
    # "Recommended: that the Executive award ..." (the UK "that" after the label's colon)
    assert texts(tmp_path, """
##Report to the Executive
**Subject: Leisure Centre Contract

Recommended: that the Executive award the leisure management contract to Active Ltd for ten years.

Reasons for recommendation
The contract ends in March.
""") == ["award the leisure management contract to Active Ltd for ten years."]


def test_an_items_recommendation_after_its_presenter_in_brackets(tmp_path):
    # "ZTA 24-01 (Planning Director Jones) Recommendation: Adopt ...": the recommendation after the
    # bracket is the item's, and no part of its title
    ex = agenda(tmp_path, """
##CITY COUNCIL REGULAR MEETING AGENDA
June 10, 2024 6:00 PM
1. CALL TO ORDER
2. PUBLIC HEARINGS
   a. Zoning Text Amendment ZTA 24-01 (Planning Director Jones) Recommendation: Adopt Ordinance No. 24-05.
3. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items][2] == (
        "2.a", "Zoning Text Amendment ZTA 24-01 (Planning Director Jones)")
    assert actions_by_item(ex) == [("Adopt Ordinance No. 24-05.", "2.a")]


def test_a_body_asked_to_act_with_the_verb_in_capitals(tmp_path):
    # "The Committee is asked to APPROVE the fees ...": a recommendation put to members in one sentence
    ex = agenda(tmp_path, """
##Report to Licensing Committee
Date: 12 March 2024
Report of: Licensing Manager

The Committee is asked to APPROVE the licensing fees for 2024/25 set out in Appendix A.

**Background
Fees are set each year.
""")
    assert [r.text for r in ex.recommendations] == ["APPROVE the licensing fees for 2024/25 set out in Appendix A."]


def test_a_planning_applications_report(tmp_path):
    # "Application No / Site Address / Proposal / Case Officer / Recommendation": a report's header
    # block, its author the case officer and its title the site, the recommendation what is put to members
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "report.pdf", """
##Planning Committee
12 March 2024
Application No: 24/0012/FUL
Site Address: Land at Mill Lane, Westbury
Proposal: Erection of 12 dwellings
Applicant: Green Homes Ltd
Case Officer: Jane Roe
Recommendation: GRANT planning permission subject to conditions
**1. Site description
The site is a field on the edge of the village.
"""))
    assert ex.document.doc_type == "report"
    assert [(r.title, r.lead_officer) for r in ex.reports] == [("Land at Mill Lane, Westbury", "Jane Roe")]
    assert [r.text for r in ex.recommendations] == ["GRANT planning permission subject to conditions"]


def test_an_items_recommendation_that_wraps_after_its_label(tmp_path):
    # the label at the end of the title's line and the action on the next ("... (Planning Director)
    # Recommendation:" / "Adopt Ordinance No. 24-05."), or the action itself wrapping
    ex = agenda(tmp_path, """
##CITY COUNCIL REGULAR MEETING AGENDA
June 10, 2024 6:00 PM
1. CALL TO ORDER
2. PUBLIC HEARINGS
   a. Zoning Text Amendment ZTA 24-01 (Planning Director Jones) Recommendation:
      Adopt Ordinance No. 24-05.
   b. Sign Code Update (Planning Director Jones) Recommendation: Introduce
      Ordinance No. 24-06.
3. ADJOURNMENT
""")
    assert [(it.number, it.title) for it in ex.agenda_items][2:4] == [
        ("2.a", "Zoning Text Amendment ZTA 24-01 (Planning Director Jones)"), ("2.b", "Sign Code Update (Planning Director Jones)")]
    assert actions_by_item(ex) == [("Adopt Ordinance No. 24-05.", "2.a"), ("Introduce Ordinance No. 24-06.", "2.b")]


def test_a_lead_in_that_wraps_before_its_colon(tmp_path):
    # "Members are requested to consider the following" / "recommendation:" over the recommendation,
    # under a heading or not: the lead-in is no recommendation of its own
    got = []
    for heading in ("", "**Recommendation to Council\n"):
        ex = agenda(tmp_path, f"""
##Report to Full Council
Date: 12 March 2024
Report of: Chief Executive
{heading}
Members are requested to consider the following
recommendation:
That the Council adopts the revised constitution.

**Background
The constitution was reviewed by the working group.
""")
        got.append([r.text for r in ex.recommendations])
    assert [[t.replace("That the Council ", "") for t in texts] for texts in got] == [["adopts the revised constitution."]] * 2


def test_a_cabinet_members_executive_decision_report_recommends_the_action_not_the_lead_in(tmp_path):
    # an executive decision taken by one member: "The Cabinet Member for Highways is recommended to ..."
    assert texts(tmp_path, """
##WESTSHIRE COUNTY COUNCIL
##EXECUTIVE DECISION REPORT
Decision maker: Cabinet Member for Highways
Subject: A123 Speed Limit Review

**Recommendation
The Cabinet Member for Highways is recommended to approve a 40mph speed limit on the A123.
""") == ["approve a 40mph speed limit on the A123."]


def test_a_panel_invited_to_act_is_a_recommendation(tmp_path):
    # scrutiny reports put their action to the panel as an invitation: "The Panel is invited to
    # comment on ...", under a heading no recommendation list has ("Action required") or none
    assert texts(tmp_path, """
##Library Service Review
**Report of the Head of Culture
**Action required
The Panel is invited to comment on the draft library strategy and to make recommendations to Cabinet.
**Introduction
The strategy was consulted on in spring 2024.
""") == ["comment on the draft library strategy and to make recommendations to Cabinet."]
