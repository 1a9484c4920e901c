"""The general ways minutes of many kinds of body print a decision, each on a small PDF: US township,
school board and special district motions ("supported by", "second by", fields a line), UK town and
parish resolutions and proposals, passive disposals and the entries of a list of applications."""
from __future__ import annotations

from pipeline.extract.decisions import extract_decisions
from pipeline.read.layout import analyse
from pipeline.read.pages import read_pages
from tests.pdfs import text_pdf


def decisions(tmp_path, text):
    pages = analyse(list(read_pages(text_pdf(tmp_path / "minutes.pdf", text))))
    return [(d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against) for d in extract_decisions(pages)]


def test_motion_then_its_seconder_after_the_text(tmp_path):
    # "Motion by X to approve ..., supported by Y" / "... Second by Y." / no seconder recorded at all
    got = decisions(tmp_path, """
##TOWNSHIP OF BIRCH - BOARD OF TRUSTEES MINUTES
Present: Supervisor Kerr, Clerk Long, Treasurer Moss, Trustees Nash and Owen

**1. AGENDA
Motion by Long to approve the agenda as amended, supported by Moss. Motion carried.
**2. BILLS
Motion by Nash to pay the bills as presented. Second by Owen. Motion carried 5-0.
**3. ADJOURNMENT
Motion by Kerr to adjourn at 8:40 p.m. Motion carried.
""")
    assert got == [("to approve the agenda as amended", "Long", "Moss", "carried", None, None),
                   ("to pay the bills as presented", "Nash", "Owen", "carried", 5, 0),
                   ("to adjourn at 8:40 p.m", "Kerr", None, "carried", None, None)]


def test_motion_made_offered_and_seconded_in_other_words(tmp_path):
    got = decisions(tmp_path, """
##SPECIAL SERVICE AREA COMMISSION - MEETING MINUTES
Commissioners Present: John Doe, Mary Major, Sam Stone

**II. Minutes
Commissioner Major offered a motion to approve the February minutes; Commissioner Stone seconded. The motion
carried 3-0.
**III. Budget
Commissioner Stone made a motion to approve the 2025 budget with a second from Commissioner Doe. All were in
favor.
**IV. Security
Motion to approve the security services contract: Commissioner Doe; Second: Commissioner Major. All in favor.
**V. Lights
On a motion by Commissioner Doe, seconded by Commissioner Major, the Commission voted unanimously to approve
$5,000 for holiday lights.
**VI. Warrant
Motion made by Stone, seconded by Doe, to sign the warrant. Vote 3-0.
""")
    assert got == [("to approve the February minutes", "Major", "Stone", "carried", 3, 0),
                   ("to approve the 2025 budget", "Stone", "Doe", "carried", None, None),
                   ("to approve the security services contract", "Doe", "Major", "carried", None, None),
                   ("to approve $5,000 for holiday lights", "Doe", "Major", "carried", None, None),
                   ("to sign the warrant", "Stone", "Doe", "carried", 3, 0)]


def test_a_name_broken_from_its_title_at_a_line_end_stays_in_its_paragraph(tmp_path):
    # "... seconded by Commissioner" / "Doe. Voice vote, all ayes.": a title never ends a sentence
    got = decisions(tmp_path, """
##SPECIAL SERVICE AREA COMMISSION - MEETING MINUTES
Commissioners Present: John Doe, Mary Major, Sam Stone

**V. Holiday Lights
Commissioner Stone moved to approve $5,000 for holiday lights, seconded by Commissioner
Doe. Voice vote, all ayes. Motion carried.
""")
    assert got == [("to approve $5,000 for holiday lights", "Stone", "Doe", "carried", None, None)]


def test_motion_forms_with_fields_a_line(tmp_path):
    # "MOTION: ... / SECOND: ... / VOTE: 5-0" (no mover), "Motion: Nash  Second: Ortiz" over "Motion to
    # approve ...", a "MOTION" label alone over its fields (not a heading), an "Action:" line that names
    # what it did before its verb
    got = decisions(tmp_path, """
##BOARD OF EDUCATION - REGULAR MEETING MINUTES
Members present: Lane, Moore, Nash, Ortiz, Price

**C. PERSONNEL
MOTION: To approve the hiring of Jane Doe as a fourth grade teacher.
SECOND: Mrs. Brown
VOTE: 5-0
**D. REPORT
Motion: Nash    Second: Ortiz
Motion to approve the personnel report as presented.
Vote: Lane - Yes, Moore - Yes, Nash - Yes, Ortiz - Yes, Price - No
**E. ORDINANCE 2024-07
Action: Ordinance 2024-07 adopted on second reading.
**F. PARK PLAN
MOTION
Moved by: Quinn
Seconded by: Reyes
To approve the park master plan as amended.
Vote: 4-1
""")
    assert got == [("To approve the hiring of Jane Doe as a fourth grade teacher", None, "Brown", "carried", 5, 0),
                   ("to approve the personnel report as presented", "Nash", "Ortiz", "carried", 4, 1),
                   ("Ordinance 2024-07 adopted on second reading", None, None, "carried", None, None),
                   ("To approve the park master plan as amended", "Quinn", "Reyes", "carried", 4, 1)]


def test_uk_proposals_seconded_and_agreed(tmp_path):
    got = decisions(tmp_path, """
##WESTON PARISH COUNCIL
**Minutes of the Parish Council Meeting held on 14 March 2024
Present: Cllr Hall (Chair), Cllr Iqbal, Cllr Jones, Cllr King

**123. Grant requests
Cllr Iqbal proposed a donation of £100 to the village hall; seconded by Cllr Jones; all in favour.
Cllr King proposed that the Council donate £50 to the church. Seconded Cllr Hall. Resolved.
A proposal by Cllr Jones to donate £75 to the school was seconded by Cllr King and agreed unanimously.
Cllr Hall proposed that the clerk buy a new laptop and this was seconded by Cllr Iqbal. All agreed.
""")
    assert got == [("a donation of £100 to the village hall", "Iqbal", "Jones", "carried", None, None),
                   ("that the Council donate £50 to the church", "King", "Hall", "carried", None, None),
                   ("to donate £75 to the school", "Jones", "King", "carried", None, None),
                   ("that the clerk buy a new laptop", "Hall", "Iqbal", "carried", None, None)]


def test_a_proposal_and_the_motion_it_seconds_are_not_read_as_a_motion_voted(tmp_path):
    # "Mr A proposed, and Mr B seconded the motion that ..." records a motion put later, not a vote
    got = decisions(tmp_path, """
##Minutes of the Meeting of the County Council
**285. Devolution
5) Mr Gough proposed, and Mr Oakford seconded the motion that
"County Council is asked to note the timetable"
""")
    assert got == []


def test_passive_disposals_and_entries_of_a_list(tmp_path):
    # "Payments as listed were approved.", "The bank reconciliation was noted.", "X - £250 agreed.";
    # not another body's decision ("... approved by the District Council") nor discussion
    got = decisions(tmp_path, """
##WESTON PARISH COUNCIL
**Minutes of the Parish Council Meeting held on 14 March 2024
Present: Cllr Hall (Chair), Cllr Iqbal, Cllr Jones, Cllr King

**124. Planning
24/0012 Land at Mill Lane was approved by the District Council.
Councillors discussed the footpath. It was suggested that the clerk write to the County Council.
**125. Finance
Payments as listed were approved.
The bank reconciliation was noted.
**126. Donations
St Mary's Toddler Group - £250 agreed.
""")
    assert [g[0] for g in got] == ["Payments as listed were approved.", "The bank reconciliation was noted.",
                                   "St Mary's Toddler Group - £250 agreed."]


def test_notes_of_a_meeting_are_a_record_of_proceedings(tmp_path):
    # a paper titled "... Notes", with no list of who attended that reads as one, records its agreements in prose
    got = decisions(tmp_path, """
##Grants Committee Notes
Tuesday 14 March 2023, 7pm, Council Chamber

1. Applications received
The committee considered six applications.
Scouts - agreed to award £400 towards new equipment.
2. Budget
It was agreed that the remaining budget of £1,350 be carried forward to the autumn round.
""")
    assert [g[0] for g in got] == ["Scouts - agreed to award £400 towards new equipment.",
                                   "It was agreed that the remaining budget of £1,350 be carried forward to the autumn round."]


def test_synopsis_minutes_record_the_action_then_who_moved_it(tmp_path):
    # US township / village synopsis minutes: what was done, then "after motion by A and second by B",
    # the roll call after it; several such sentences to a paragraph
    got = decisions(tmp_path, """
##Township of Aspen
Board Meeting Minutes (Proposed)
The regular meeting was called to order at 7:00 pm, with Hale, Ives, Kerr and Lund present.
The agenda was approved after motion by Hale and second by Ives.
Payment of bills in the amount of $15,988.29 in the general fund were approved by roll call vote after motion by
Kerr and second by Lund. Hale-yes; Ives-yes; Kerr-yes; Lund-yes.
Appointed Ann Moss as Board of Review alternate after motion by Lund and second by Hale. Approved the 2025
meeting dates after motion by Ives and second by Kerr.
The minutes of the March 4 meeting were approved on motion by Kerr, support by Hale.
The rezoning request was denied after motion by Ives and second by Lund.
Discussion followed after motion by Hale and second by Kerr to table the road item. Motion carried.
""")
    assert got == [("The agenda was approved", "Hale", "Ives", "carried", None, None),
                   ("Payment of bills in the amount of $15,988.29 in the general fund were approved", "Kerr", "Lund",
                    "carried", 4, 0),
                   ("Appointed Ann Moss as Board of Review alternate", "Lund", "Hale", "carried", None, None),
                   ("Approved the 2025 meeting dates", "Ives", "Kerr", "carried", None, None),
                   ("The minutes of the March 4 meeting were approved", "Kerr", "Hale", "carried", None, None),
                   ("The rezoning request was denied", "Ives", "Lund", "lost", None, None),
                   ("to table the road item", "Hale", "Kerr", "carried", None, None)]


def test_a_body_resolved_in_the_third_person_and_a_list_after_the_lead_in(tmp_path):
    # UK town and parish minutes: "Committee resolved to ...", "Committee resolved to: i) ... ii) ...";
    # prose of members agreeing keeps its words
    got = decisions(tmp_path, """
##Amenities Committee Minutes
Present: Cllrs Hale (Chairman), Ives and Kerr.
**52 Apologies for Absence
Cllrs Lund and Moss.
Committee resolved to note the apologies.
**53 Bloom update
The Clerk presented an update on the project.
Committee resolved to:
i) Approve the outlined proposals in section 4 of the report and to authorise the
Assistant Town Clerk to progress them within the approved budget
ii) Note the report
**54 Footpaths
Members agreed to write to the County Council about the footpath at Mill Lane.
""")
    assert [g[0] for g in got] == [
        "to note the apologies.",
        "Approve the outlined proposals in section 4 of the report and to authorise the Assistant Town Clerk to "
        "progress them within the approved budget",
        "Note the report",
        "Members agreed to write to the County Council about the footpath at Mill Lane."]


def test_a_decision_in_a_ruled_table_is_read_in_its_own_cell(tmp_path):
    # a grants table: the committee's decision in its column, not spliced with the summary beside it
    from pipeline.read.layout import analyse as _analyse
    from tests.pdfs import ruled_table_pdf
    path = ruled_table_pdf(tmp_path / "t.pdf", ["Grants Committee Minutes", "Present: Cllrs Hale, Ives and Kerr."],
                           [["Organisation", "Project Summary", "Amount", "Decision"],
                            ["Special Olympics", "Funding for room hire and insurance so that the club can continue to "
                             "offer three nights per week of sports and training for adults.", "£2355.50",
                             "Approved. Committee resolved to fund from the social inclusion budget."]],
                           widths=[90, 220, 60, 130])
    got = [d.text for d in extract_decisions(_analyse(list(read_pages(path))))]
    assert "to fund from the social inclusion budget." in got
    assert not any("nights per week" in t for t in got)


def test_scottish_committee_agreed_with_a_lettered_list(tmp_path):
    # "The Committee agreed:- (a) to ...; and (b) to ...", with or without a "Decision" heading over it
    text = """
##Minutes of Meeting of the Education Committee
Sederunt: Councillor A Brown (Convener), Councillor C Dunn.
**1. SCHOOL ESTATE REVIEW
There was submitted a report by the Director of Education.
{heading}
The Committee agreed:-
(a) to approve the review of the school estate; and
(b) to instruct officers to report back in six months.
**2. ROADS
{heading}
The Committee agreed to approve the programme.
"""
    for heading in ("**Decision", "Decision", ""):
        got = [t for t, *_ in decisions(tmp_path, text.format(heading=heading))]
        assert [t.rstrip(".; and") for t in got] == ["to approve the review of the school estate",
                                                    "to instruct officers to report back in six months",
                                                    "to approve the programme"], heading


def test_a_resolution_form_not_yet_filled_in_is_a_draft(tmp_path):
    # a report's attached draft resolution: "PASSED AND ADOPTED ... on the __ day of September 2020"
    text = """
CITY COUNCIL RESOLUTION NO. {number}
A RESOLUTION URGING THE POSTMASTER GENERAL TO END DELAYS
WHEREAS, the Postal Service guarantees universal delivery to everyone; and
NOW, THEREFORE, BE IT RESOLVED, THAT THE CITY URGES THE POSTMASTER GENERAL TO CEASE ANY ACTION
THAT SLOWS THE DELIVERY OF THE MAIL.
PASSED AND ADOPTED by the City Council at the meeting held on
the {day} day of September 2020.
"""
    assert decisions(tmp_path, text.format(number="", day="__")) == []
    got = decisions(tmp_path, text.format(number="2020-55", day="8th"))
    assert [g[0][:40] for g in got] == ["THAT THE CITY URGES THE POSTMASTER GENER"]


def test_a_roll_call_broken_after_a_members_hyphen(tmp_path):
    # "... Ives-yes; Kerr-" / "yes." : the name and its vote, not a word hyphenated at the line end
    got = decisions(tmp_path, """
##Township of Aspen
Board Meeting Minutes
Payment of bills in the amount of $26,208.65 were approved by roll call vote after motion by Hale and second by Ives.
Hale-yes; Ives-yes; Lund-yes; Moss-yes; Kerr-
yes.
""")
    assert got == [("Payment of bills in the amount of $26,208.65 were approved", "Hale", "Ives", "carried", 5, 0)]


def test_parish_resolutions_numbered_and_moved_after(tmp_path):
    # "Resolution 24/15: That ... Proposed Cllr A, seconded Cllr B. All in favour."; in minutes with
    # formal resolutions, "Members resolved to ..." is one too
    got = decisions(tmp_path, """
##Minutes of the Parish Council Meeting
Present: Cllrs Smith, Jones and Lee.
**24/15 Grass cutting
Resolution 24/15: That the quote from Green Ltd be accepted. Proposed Cllr Smith, seconded Cllr Jones. All in favour.
**24/16 Bench
It was RESOLVED to purchase a new bench for the green.
**24/17 Finance
Members resolved to approve the payments listed.
""")
    assert [(t, m, s, o) for t, m, s, o, *_ in got] == [
        ("That the quote from Green Ltd be accepted.", "Smith", "Jones", "carried"),
        ("to purchase a new bench for the green.", None, None, None),
        ("Members resolved to approve the payments listed.", None, None, "carried")]


def test_a_bodys_own_act_at_the_start_of_its_sentence_in_minutes(tmp_path):
    got = decisions(tmp_path, """
##Board of Education Minutes
Members present: Hale, Ives, Kerr.
The Board approved the consent agenda as presented.
The Superintendent reported that the Board approved the plan in 2019.
Board unanimously adopted Resolution 2024-15 on school fees.
""")
    assert [(t, o) for t, m, s, o, *_ in got] == [("The Board approved the consent agenda as presented.", "carried"),
                                                ("Board unanimously adopted Resolution 2024-15 on school fees.", "carried")]


def test_minutes_set_out_as_a_table_with_a_decision_column(tmp_path):
    # "Item | Subject | Discussion | Decision": "Noted." disposes of the item; a sentence in the
    # Decision column says what was decided; "Clerk to write ..." (who is to act) records nothing
    from tests.pdfs import ruled_table_pdf
    path = ruled_table_pdf(tmp_path / "t.pdf", ["Minutes of the Steering Group", "Present: Ann Lee (Chair), Bob Kerr"],
                           [["Item", "Subject", "Discussion", "Decision"],
                            ["1", "Minutes of the last meeting", "The minutes were reviewed.", "Agreed as a correct record."],
                            ["2", "Budget report", "The treasurer presented the budget.", "Noted."],
                            ["3", "Grant scheme", "Members discussed the criteria.", "The Group agreed to open the scheme in May."],
                            ["4", "Parking", "A resident raised parking.", "Clerk to write to the County Council."]],
                           widths=[40, 120, 180, 160])
    got = [(d.minute_ref, d.text, d.outcome) for d in extract_decisions(analyse(list(read_pages(path))))]
    assert got == [("1", "Minutes of the last meeting", "carried"), ("2", "Budget report", "carried"),
                   ("3", "to open the scheme in May", "carried")]


def test_a_working_group_or_forum_agreeing_in_its_notes(tmp_path):
    got = [t for t, *_ in decisions(tmp_path, """
##Notes of the Finance Working Group
Present: Ann Lee (Chair), Bob Kerr, Carl Dunn
**1. Budget
The treasurer presented the budget. The Group agreed to recommend the budget to Council.
**2. Grants
The Forum decided that the grant scheme would open in May.
""")]
    assert got == ["The Group agreed to recommend the budget to Council.",
                   "The Forum decided that the grant scheme would open in May."]


def test_a_resolution_to_pay_the_listed_payments_is_one_decision(tmp_path):
    # "It was RESOLVED to approve the following payments:" over the payees and their sums: the
    # list is what the one resolution approves, not a resolution of its own
    from pipeline.extract.decisions import extract_decisions
    from pipeline.read.layout import analyse
    from pipeline.read.pages import read_pages
    from tests.pdfs import text_pdf
    pdf = text_pdf(tmp_path / "m.pdf", """
##LITTLE HAMPTON PARISH COUNCIL
**Minutes of the Parish Council meeting held on Tuesday 12th March 2024

**24/24  Finance
It was RESOLVED to approve the following payments:
Clerk's salary (March)          £350.00
HMRC                                  £87.50
Village Hall hire                  £15.00
**24/25  Playground
The Clerk reported on the inspection.
""")
    [d] = extract_decisions(analyse(list(read_pages(pdf))))
    assert d.minute_ref == "24/24"
    assert d.text == "to approve the following payments: Clerk's salary (March) £350.00; HMRC £87.50; Village Hall hire £15.00"


def test_a_numbered_item_whose_record_runs_on_after_its_heading(tmp_path):
    # "2. Approval of Minutes: Jones moved ..." on one line after "1. Welcome": the next item
    # of the minutes, so its motion is item 2's, not item 1's
    from pipeline.extract.decisions import extract_decisions
    from pipeline.read.layout import analyse
    from pipeline.read.pages import read_pages
    from tests.pdfs import text_pdf
    pdf = text_pdf(tmp_path / "m.pdf", """
##SPECIAL SERVICE AREA #99 COMMISSION
**MEETING MINUTES
January 29, 2018

1. Welcome and Introductions
2. Approval of Minutes: Jones moved to approve the minutes of December 4, 2017. Lee seconded. The motion passed unanimously.
3. Budget: Garcia moved to approve the 2018 budget. Jones seconded. Motion passed 4-0.
4. Adjournment
""")
    decisions = extract_decisions(analyse(list(read_pages(pdf))))
    assert [(d.minute_ref, d.text, d.mover, d.seconder) for d in decisions] == [
        ("2", "to approve the minutes of December 4, 2017", "Jones", "Lee"),
        ("3", "to approve the 2018 budget", "Garcia", "Jones")]


def test_a_decision_cell_that_says_not_agreed_is_no_decision_taken():
    # the words before "agreed" name who decided ("The Group agreed to ..."); "Not agreed to
    # fund the bid" is a refusal, not a decision to fund it
    from pipeline.extract.decision_tables import _DECIDED_CELL
    assert _DECIDED_CELL.match("The Group agreed to open the scheme in May.").group("what") == "to open the scheme in May."
    assert _DECIDED_CELL.match("Not agreed to fund the bid") is None


def test_a_minutes_table_of_topics_with_an_action_items_or_decision_action_column(tmp_path):
    # "Topic | Discussion | Action Items" and "Agenda Item | Notes | Decision/Action" name the matter
    # and what was done with it in words of their own; an item's number printed in the matter's cell
    # ("1. Approval of Minutes") is the record's ref
    from tests.pdfs import ruled_table_pdf
    got = []
    for header in (["Topic", "Discussion", "Action Items"], ["Agenda Item", "Notes", "Decision/Action"]):
        path = ruled_table_pdf(tmp_path / "t.pdf", ["SSA #21 Commission", "Meeting Minutes", "January 29, 2018"],
                               [header, ["1. Approval of Minutes", "The December minutes were reviewed.",
                                         "Motion to approve by Mark Brown, seconded by Jose Ortiz. Motion carried."],
                                ["2. 2018 Budget", "Staff presented the budget.", "Approved 3-0"]])
        got.append([(d.minute_ref, d.text, d.outcome, d.mover, d.votes_for)
                    for d in extract_decisions(analyse(list(read_pages(path))))])
    assert got == [[("1", "Approval of Minutes", "carried", "Mark Brown", None), ("2", "2018 Budget", "carried", None, 3)]] * 2


def test_who_proposed_and_seconded_a_resolution_and_its_outcome_in_one_bracket(tmp_path):
    # "(Proposed: Cllr Jones, Seconded: Cllr Brown, unanimous)" after a parish resolution: the mover,
    # the seconder and the outcome, none of them part of what was resolved
    from pipeline.extract.decisions import extract_decisions
    pages = analyse(list(read_pages(text_pdf(tmp_path / "m.pdf", """
##Elmbridge Green Parish Council
Minutes of the Parish Council Meeting held on Monday 5 June 2023
**23/46 PAYMENTS
Resolved: To approve payments as listed. (Proposed: Cllr Jones, Seconded: Cllr Brown, unanimous)
"""))))
    assert [(d.minute_ref, d.text, d.mover, d.seconder, d.outcome) for d in extract_decisions(pages)] == [
        ("23/46", "To approve payments as listed.", "Jones", "Brown", "carried")]


def test_a_decision_notice_ends_each_decision_at_its_reason(tmp_path):
    got = decisions(tmp_path, """
##EASTFOLD DISTRICT COUNCIL
##DECISION NOTICE
Cabinet – 5 September 2024

Item 6: Local Plan Consultation
Decision: Cabinet agreed to publish the draft Local Plan for consultation for eight weeks.
Reason: To meet the Local Development Scheme timetable.
""")
    assert [d[0] for d in got] == ["to publish the draft Local Plan for consultation for eight weeks."]


def test_a_member_decision_record_names_its_taker_and_date(tmp_path):
    from pipeline.extract.paper import extract_file
    doc = extract_file(text_pdf(tmp_path / "record.pdf", """
##NORTHMOOR BOROUGH COUNCIL
##RECORD OF EXECUTIVE DECISION
Decision taker: Cabinet Member for Environment
Date of decision: 12 August 2024
Subject: Garden Waste Charges 2025/26

Decision:
1. To increase the annual garden waste charge to £55 from 1 April 2025.
""")).document
    assert (doc.doc_type, doc.committee, doc.meeting_date) == ("decision_notice", "Cabinet Member for Environment", "2024-08-12")


def test_motion_fields_written_as_sentences(tmp_path):
    assert decisions(tmp_path, """
##Planning Board Minutes
May 2, 2024

**1. Site Plan - 14 Elm Street
Motion: Adams. Second: Berg. To table the application to the June meeting. Vote: 3-0.
""") == [("To table the application to the June meeting", "Adams", "Berg", "carried", 3, 0)]
