"""Minutes as records: resolutions, motions, votes and attendance, each form on a small PDF."""
from __future__ import annotations

from pipeline.extract.attendance import extract_attendance
from pipeline.extract.decisions import extract_decisions
from pipeline.read.layout import analyse
from pipeline.read.pages import read_pages
from tests.pdfs import ruled_table_pdf, text_pdf


def layouts(tmp_path, text):
    return analyse(list(read_pages(text_pdf(tmp_path / "minutes.pdf", text))))


def test_us_motions_with_mover_seconder_and_tally(tmp_path):
    pages = layouts(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE TOWNSHIP BOARD
ROLL CALL: Present: Supervisor John Miller, Clerk Ann Lee, Trustees Bob Stone and Kim Hart.
Absent: Trustee Dan Ford.

**5. APPROVAL OF AGENDA
Motion by Stone, seconded by Hart, to approve the agenda as presented. Motion carried 4-0.

**6. BUDGET AMENDMENT
Miller moved approval of the budget amendment for the fire department; Lee seconded; carried 3-1.

**7. ROAD PAVING CONTRACT
Moved by Trustee Hart, supported by Trustee Stone, to award the paving contract to Ace Paving.
AYES: Miller, Hart, Stone; NAYS: Lee. Motion carried.

**8. SIGN ORDINANCE
Motion by Lee, seconded by Miller, to adopt the sign ordinance. Motion failed 1-3.
""")
    ds = extract_decisions(pages)
    got = [(d.minute_ref, d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against) for d in ds]
    assert got == [
        ("5", "to approve the agenda as presented", "Stone", "Hart", "carried", 4, 0),
        ("6", "approval of the budget amendment for the fire department", "Miller", "Lee", "carried", 3, 1),
        ("7", "to award the paving contract to Ace Paving", "Hart", "Stone", "carried", 3, 1),
        ("8", "to adopt the sign ordinance", "Lee", "Miller", "lost", 1, 3)]
    assert ds[2].roll_call == [["Miller", "for"], ["Hart", "for"], ["Stone", "for"], ["Lee", "against"]]
    people = [(a.name, a.status) for a in extract_attendance(pages)]
    assert people == [("John Miller", "present"), ("Ann Lee", "present"), ("Bob Stone", "present"),
                      ("Kim Hart", "present"), ("Dan Ford", "absent")]


def test_uk_resolved_by_votes_and_apologies(tmp_path):
    pages = layouts(tmp_path, """
##Minutes of the meeting of the County Council
Present: Councillor Jane Smith (Chair), Cllr P. Jones, Councillor Amir Khan
In attendance: Mark Bell (Head of Finance)
Apologies for absence were received from Councillors Sue Brown and Tom Grey.

**45. BUDGET 2024/25
RESOLVED (by 32 votes to 14) that the budget for 2024/25 be approved.
""")
    ds = extract_decisions(pages)
    assert [(d.minute_ref, d.text, d.votes_for, d.votes_against) for d in ds] == [
        ("45", "that the budget for 2024/25 be approved.", 32, 14)]
    people = [(a.name, a.status, a.role) for a in extract_attendance(pages)]
    assert people == [("Jane Smith", "present", "member"), ("P. Jones", "present", "member"),
                      ("Amir Khan", "present", "member"), ("Mark Bell", "present", "officer"),
                      ("Sue Brown", "apologies", "member"), ("Tom Grey", "apologies", "member")]


def test_vote_box_under_the_item_title(tmp_path):
    pages = layouts(tmp_path, """
##City Council Minutes
**A. Approve the purchase of two fire engines
RESULT: ADOPTED [4 TO 1]
MOVER: Ann Park
SECONDER: Raj Patel
AYES: Park, Patel, Cruz, Lim
NAYS: Ortiz
""")
    [d] = extract_decisions(pages)
    assert (d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against) == (
        "Approve the purchase of two fire engines", "Ann Park", "Raj Patel", "carried", 4, 1)


def test_prose_resolutions_of_a_parish_council(tmp_path):
    pages = layouts(tmp_path, """
Milltown Parish Council - 3rd May 2022
Present
Councillors A Brown (Chair), B Green & C White Clerk D Black

22.05.3 Minutes
The minutes of the last meeting had been circulated. All agreed this was a true record.

22.05.4 Finance
After discussion it was resolved to apply for a precept of £4500.
The budget agreed last year was reviewed.
""")
    ds = extract_decisions(pages)
    assert [(d.minute_ref, d.text) for d in ds] == [
        ("22.05.3", "All agreed this was a true record."),
        ("22.05.4", "After discussion it was resolved to apply for a precept of £4500.")]
    assert [(a.name, a.role) for a in extract_attendance(pages)] == [
        ("A Brown", "member"), ("B Green", "member"), ("C White", "member"), ("D Black", "officer")]


def test_reports_and_agendas_give_no_records(tmp_path):
    pages = layouts(tmp_path, """
##AGENDA
**1. ROLL CALL
**2. Apologies for absence
**3. APPROVAL OF MINUTES
Recommended action: Motion to approve the minutes of March 3.
**4. Report
The Planning Commission voted 6-0-1 to recommend approval. The Council agreed in 2019 to fund the scheme.
""")
    assert extract_decisions(pages) == []
    assert extract_attendance(pages) == []


def test_voting_and_attendance_records_of_a_member_through_the_json_api(tmp_path):
    import json
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from pipeline.ingest import ingest
    from tests.conftest import ROOT

    papers = tmp_path / "in"
    papers.mkdir()
    for month, vote_line in (("March", "AYES: Miller, Hart, Stone; NAYS: Lee."), ("April", "AYES: Hart, Lee; NAYS: Miller, Stone.")):
        text_pdf(papers / f"board-{month}.pdf", f"""
##MINUTES OF THE TOWNSHIP BOARD, {month} 12, 2024
ROLL CALL: Present: Supervisor John Miller, Clerk Ann Lee, Trustees Bob Stone and Kim Hart.

**5. ROAD PAVING
Moved by Trustee Hart, supported by Trustee Stone, to award the {month} paving contract.
{vote_line} Motion carried.
""")
    db = tmp_path / "papers.db"
    ingest([papers], db, workers=1)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(db), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/papers"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.2)

        def rows(query):
            with urllib.request.urlopen(f"{base}/{query}&_shape=objects", timeout=10) as r:
                return json.load(r)["rows"]

        votes = rows("voting_record.json?name=Miller")
        assert sorted((r["vote"], r["decision"]) for r in votes) == [
            ("against", "to award the April paving contract"), ("for", "to award the March paving contract")]
        seen = rows("attendance_record.json?name=Hart")
        assert [(r["person"], r["status"]) for r in seen] == [("Kim Hart", "present")] * 2
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_more_motion_forms_and_a_roll_call_a_line(tmp_path):
    pages = layouts(tmp_path, """
##Minutes of the Commission Meeting
ROLL CALL
Commissioner Ruth Adams Present
Commissioner Lee Wong Absent

**1. Minutes
A motion was made by Adams to approve the minutes of May 2. The motion was seconded by Wong.
Motion passed unanimously.

**2. Budget
MOTION: To adopt the 2025 budget. Moved: Adams Seconded: Wong
Vote: 4 ayes, 1 nay.
""")
    got = [(d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against) for d in extract_decisions(pages)]
    assert got == [("to approve the minutes of May 2", "Adams", "Wong", "carried", None, None),
                   ("To adopt the 2025 budget", "Adams", "Wong", "carried", 4, 1)]
    assert [(a.name, a.status) for a in extract_attendance(pages)] == [("Ruth Adams", "present"), ("Lee Wong", "absent")]


def test_uk_forms_approved_noted_decision_taken_and_a_resolution_recorded_twice(tmp_path):
    pages = layouts(tmp_path, """
##Minutes of the Overview Committee
Members present: Councillors Ann Cole and Ben Hill
Members absent: Councillor Cath Dee

**12. Quarterly Performance
The Committee noted the report on quarterly performance.

**13. Library Opening Hours
It was APPROVED that the library open on Sundays.

**14. Summary of decisions
It was APPROVED that the library open on Sundays.
""")
    ds = extract_decisions(pages)
    assert [(d.minute_ref, d.text, d.kind) for d in ds] == [
        ("12", "The Committee noted the report on quarterly performance.", "noted"),
        ("13", "that the library open on Sundays.", "agreed")]
    assert [(a.name, a.status) for a in extract_attendance(pages)] == [
        ("Ann Cole", "present"), ("Ben Hill", "present"), ("Cath Dee", "absent")]


def test_decision_notice_form_field(tmp_path):
    pages = layouts(tmp_path, """
##RECORD OF DECISION
(a) Subject: Parking charges
(d) Decision taken
That the parking charges set out in Annex 1 be approved from 1 April.
(e) Reasons for the decision
""")
    assert [d.text for d in extract_decisions(pages)] == [
        "That the parking charges set out in Annex 1 be approved from 1 April."]


def test_filed_item_adopted(tmp_path):
    pages = layouts(tmp_path, """
##MINUTES OF THE CITY COUNCIL
(23-716) Resolution approving the street tree plan. Adopted.
""")
    [d] = extract_decisions(pages)
    assert (d.file_number, d.text, d.outcome) == ("23-716", "Resolution approving the street tree plan", "carried")


def test_motions_named_by_slash_or_moved_and_seconded_and_roll_call_by_name(tmp_path):
    pages = layouts(tmp_path, """
##Minutes of the Board of Trustees
Members present were: President Gail Ross, Trustees Omar Diaz and Pat Wu.

**4. Consent agenda
Motion Diaz/Wu to approve the consent agenda. Motion carried.

**5. Water rates
Upon motion by Diaz, seconded by Ross, the Board voted to raise water rates by 3%.
Roll call: Ross, yes; Diaz, yes; Wu, no. Motion carried.

**6. Park benches
It was moved and seconded to buy ten park benches. Motion failed.
""")
    got = [(d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against) for d in extract_decisions(pages)]
    assert got == [("to approve the consent agenda", "Diaz", "Wu", "carried", None, None),
                   ("to raise water rates by 3%", "Diaz", "Ross", "carried", 2, 1),
                   ("to buy ten park benches", None, None, "lost", None, None)]
    assert [a.name for a in extract_attendance(pages)] == ["Gail Ross", "Omar Diaz", "Pat Wu"]


def test_township_prose_motions_and_names_before_their_status(tmp_path):
    pages = layouts(tmp_path, """
Regular Meeting Minutes
Meeting was called to order at 7:30 p.m. Members Bob Cook, Eleanor Kilmer and Greg Lotter were present.
Erv Herdering was also present.

Approval of Minutes: John made the motion to accept the November 6 minutes. Alan made the second. All in favor.
Motion carried.
Motion to approve the consent agenda. Motion passed 5-0.
A motion to pay the bills was made by R Scheurer and supported by A Hengesbach. A roll call vote was taken,
R Scheurer yes, A Hengesbach yes, J Thelen no. Motion carried.
""")
    got = [(d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against) for d in extract_decisions(pages)]
    assert got == [("to accept the November 6 minutes", "John", "Alan", "carried", None, None),
                   ("to approve the consent agenda", None, None, "carried", 5, 0),
                   ("to pay the bills", "R Scheurer", "A Hengesbach", "carried", 2, 1)]
    assert [(a.name, a.status, a.role) for a in extract_attendance(pages)] == [
        ("Bob Cook", "present", "member"), ("Eleanor Kilmer", "present", "member"), ("Greg Lotter", "present", "member"),
        ("Erv Herdering", "present", "other")]


def test_recorded_vote_with_names_after_a_resolution(tmp_path):
    pages = layouts(tmp_path, """
##Minutes of the Council
**23. MOTION ON LIBRARIES
RESOLVED that the Council supports keeping every branch library open.
For: Councillors Ann Cole, Ben Hill and Cath Dee (3)
Against: Councillor Dan Eve (1)
Abstain: Councillor Fay Gee (1)
""")
    [d] = extract_decisions(pages)
    assert (d.text, d.outcome, d.votes_for, d.votes_against, d.votes_abstain) == (
        "that the Council supports keeping every branch library open.", "carried", 3, 1, 1)
    assert d.roll_call == [["Ann Cole", "for"], ["Ben Hill", "for"], ["Cath Dee", "for"], ["Dan Eve", "against"],
                           ["Fay Gee", "abstain"]]


def test_whereas_resolution_is_one_record_with_its_vote(tmp_path):
    pages = layouts(tmp_path, """
##RESOLUTION NO. R2023-147
A RESOLUTION OF THE CITY COUNCIL OF MILTON APPROVING THE TREE PLAN
WHEREAS, the City values its street trees; and
WHEREAS, a plan has been prepared;
NOW, THEREFORE, BE IT RESOLVED by the City Council of Milton that the Street Tree Plan is approved.
BE IT FURTHER RESOLVED that the City Manager is authorized to sign the planting contract.
PASSED, APPROVED AND ADOPTED this 5th day of June 2023 by the following vote:
AYES: Adams, Brook, Cole
NOES: Dunn
ABSENT: None
""")
    [d] = extract_decisions(pages)
    assert (d.file_number, d.kind, d.outcome, d.votes_for, d.votes_against) == ("R2023-147", "resolution", "carried", 3, 1)
    assert d.text == ("that the Street Tree Plan is approved. "
                      "that the City Manager is authorized to sign the planting contract.")


def test_lettered_resolutions_under_a_numbered_minute_are_one_record_each(tmp_path):
    pages = layouts(tmp_path, """
##Minutes of the Cabinet
**45. BUDGET 2025/26
RESOLVED that Cabinet:
(a) approve the revenue budget for 2025/26; and
(b) increase car parking fees by 5%.
""")
    assert [(d.minute_ref, d.text) for d in extract_decisions(pages)] == [
        ("45", "approve the revenue budget for 2025/26; and"), ("45", "increase car parking fees by 5%.")]


def test_attendance_introduced_mid_sentence_with_posts_after_the_names(tmp_path):
    pages = layouts(tmp_path, """
##CITY COMMISSION MINUTES
Roll Call: Attendance was taken, and those present were Mayor Tina Moore, Commissioner Walker.
The Commission met with the following members present:
Rita Garvey Mayor/Commissioner
Lee Regulski Commissioner
Councilmember McGinnis was absent from the meeting. Andrea Ortiz was excused.
""")
    assert [(a.name, a.status) for a in extract_attendance(pages)] == [
        ("Tina Moore", "present"), ("Walker", "present"), ("Rita Garvey", "present"), ("Lee Regulski", "present"),
        ("McGinnis", "absent"), ("Andrea Ortiz", "absent")]


def test_attendance_labels_in_a_column_of_their_own(tmp_path):
    pages = layouts(tmp_path, """
##MINUTES OF THE TOWNSHIP BOARD
Present           Supervisor Ed Marsh, Clerk Joy Park
Absent            Trustee Al Bright
""")
    assert [(a.name, a.status, a.role) for a in extract_attendance(pages)] == [
        ("Ed Marsh", "present", "member"), ("Joy Park", "present", "officer"), ("Al Bright", "absent", "member")]


def test_canadian_moved_seconded_that_carried(tmp_path):
    pages = layouts(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF COUNCIL
**6.1 Parks Master Plan
Moved by Councillor Ray, Seconded by Councillor Li, THAT the Parks Master Plan be received for information.
CARRIED
**6.2 Transit Report
Moved: Councillor Li  Seconded: Councillor Ray
THAT the transit report be deferred to the next meeting.
DEFEATED
""")
    got = [(d.minute_ref, d.text, d.mover, d.seconder, d.outcome) for d in extract_decisions(pages)]
    assert got == [("6.1", "THAT the Parks Master Plan be received for information", "Ray", "Li", "carried"),
                   ("6.2", "THAT the transit report be deferred to the next meeting", "Li", "Ray", "lost")]


def test_decisions_are_in_full_text_search_after_ingest(tmp_path):
    # Adding a column by rebuilding a table drops its triggers; the FTS index of every searchable
    # table must still follow its rows.
    import sqlite3

    from pipeline.ingest import ingest
    from pipeline.store.database import SEARCHABLE

    papers = tmp_path / "in"
    papers.mkdir()
    text_pdf(papers / "board.pdf", """
##MINUTES OF THE TOWNSHIP BOARD, March 12, 2024
**5. ROAD PAVING
Moved by Trustee Hart, supported by Trustee Stone, to award the paving contract to Ace Paving.
Motion carried 4-0.
""")
    db = tmp_path / "papers.db"
    ingest([papers], db, workers=1)
    con = sqlite3.connect(db)
    hits = con.execute("select decisions.text from decisions join decisions_fts "
                       "on decisions_fts.rowid = decisions.rowid where decisions_fts match 'paving'").fetchall()
    assert [h[0].rstrip(".") for h in hits] == ["to award the paving contract to Ace Paving"]
    triggers = {r[0] for r in con.execute("select tbl_name from sqlite_master where type='trigger'")}
    assert set(SEARCHABLE) <= triggers


def test_motion_forms_with_fields_a_line_parenthesised_movers_and_actions(tmp_path):
    """More ways US minutes print a motion: a form with a field a line (MOTION / SECOND / AYES /
    NOES / ABSENT), "Motion made by X ... Second by Y", mover and seconder in brackets, and an
    ACTION line with (mover/seconder, tally) after it, and "Upon motion by X, seconded by Y, the
    Commission approved ..." whose verb says the outcome."""
    pages = layouts(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE PLANNING COMMISSION
CALL TO ORDER: Chair Lee called the meeting to order at 7:00 p.m.

**5. ZONING TEXT AMENDMENT
MOTION: Commissioner Smith moved to approve the zoning text amendment.
SECOND: Commissioner Jones
AYES: Smith, Jones, Brown
NOES: Green
ABSENT: None

**6. STREET LIGHTING CONTRACT
ACTION: Approved the contract with Bright Co. (Smith/Jones, 5-0)

**7. MINUTES
Motion made by Smith to approve the minutes. Second by Jones. Vote: 5-0.

**8. GRANT
Motion (Brown/Green) to accept the library grant. Passed 4-1.

**9. BUDGET
Upon motion by Brown, seconded by Smith, the Commission approved the capital budget by a vote of 4-1.
""")
    got = [(d.minute_ref, d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against)
           for d in extract_decisions(pages)]
    assert got == [
        ("5", "to approve the zoning text amendment", "Smith", "Jones", "carried", 3, 1),
        ("6", "Approved the contract with Bright Co", "Smith", "Jones", "carried", 5, 0),
        ("7", "to approve the minutes", "Smith", "Jones", "carried", 5, 0),
        ("8", "to accept the library grant", "Brown", "Green", "carried", 4, 1),
        ("9", "approved the capital budget", "Brown", "Smith", "carried", 4, 1)]


def test_upon_motion_moved_and_seconded_proposed_cllr_and_absent_excused(tmp_path):
    pages = layouts(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE BOARD OF SUPERVISORS
Members of Council Present: Supervisor John Miller, Supervisor Ann Lee, Supervisor Bob Stone
Absent/Excused: Supervisor Dan Ford

**4. CONSENT CALENDAR
Upon motion of Supervisor Lee, seconded by Supervisor Stone, and unanimously carried, the Board approved the consent calendar.

**5. FENCE VARIANCE
Mr. Miller moved and Ms. Lee seconded to continue the hearing to the next meeting. Motion carried 3-0.

**6. PLAYGROUND
Proposed Cllr Stone, seconded Cllr Miller and resolved that the playground quote of Ace Ltd be accepted.
""")
    got = [(d.minute_ref, d.text, d.mover, d.seconder, d.outcome) for d in extract_decisions(pages)]
    assert got == [
        ("4", "approved the consent calendar", "Lee", "Stone", "carried"),
        ("5", "to continue the hearing to the next meeting", "Miller", "Lee", "carried"),
        ("6", "that the playground quote of Ace Ltd be accepted", "Stone", "Miller", "carried")]
    assert [(a.name, a.status) for a in extract_attendance(pages)] == [
        ("John Miller", "present"), ("Ann Lee", "present"), ("Bob Stone", "present"), ("Dan Ford", "absent")]


def decisions_of(tmp_path, text):
    return [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder)
            for d in extract_decisions(layouts(tmp_path, text))]


def test_a_motion_that_names_only_its_mover_and_seconder_carries_its_item(tmp_path):
    # "Moved by X, seconded by Y. Carried 4-0." with no words of its own: the decision is the item
    assert decisions_of(tmp_path, """
##CITY COUNCIL REGULAR MEETING MINUTES
**4. Approval of Minutes of January 6, 2021
Moved by Council Member Diaz, seconded by Council Member Lee. Carried 4-0.

**5. Treasurer's Report
Moved: Councillor Stone  Seconded: Councillor Ray
Motion carried unanimously.
""") == [("4", "Approval of Minutes of January 6, 2021", "carried", 4, 0, "Diaz", "Lee"),
         ("5", "Treasurer's Report", "carried", None, None, "Stone", "Ray")]


def test_carried_by_a_vote_before_the_motion_and_a_vote_by_council_members(tmp_path):
    # "... seconded by Y, and carried by a 5-0 vote to approve ..." and "The motion carried by the
    # following vote: AYES: COUNCIL MEMBERS: A, B ..." / Legistar's "Yes: 6 - ... No: 0"
    assert decisions_of(tmp_path, """
##MINUTES
##REGULAR MEETING OF THE CITY COUNCIL
**5. CONSENT CALENDAR
It was moved by Council Member Lee, seconded by Council Member Stone, and carried by a
5-0 vote to approve the Consent Calendar as presented.

**6. ZONE TEXT AMENDMENT
It was moved by Council Member Kim, seconded by Council Member Diaz, to introduce
Ordinance No. 1234. The motion carried by the following vote:
AYES:     COUNCIL MEMBERS: Lee, Stone, Diaz, Kim, Ross
NOES:     COUNCIL MEMBERS: None

**7. AGREEMENT
A motion was made by Councilmember Cisneros, seconded by Councilmember Melton, to
approve the agreement. The motion carried by the following vote:
Yes: 6 - Mayor Klein, Councilmember Cisneros, Councilmember Melton, Councilmember Din,
Councilmember Fong, Councilmember Hendricks
No: 0
""") == [("5", "to approve the Consent Calendar as presented", "carried", 5, 0, "Lee", "Stone"),
         ("6", "to introduce Ordinance No. 1234", "carried", 5, 0, "Kim", "Diaz"),
         ("7", "to approve the agreement", "carried", 6, 0, "Cisneros", "Melton")]


def test_carried_with_its_tally_before_the_motion(tmp_path):
    # "It was moved by X, seconded by Y, and carried 3-0 to approve ..." (school boards, cities)
    assert decisions_of(tmp_path, """
##MINUTES
**Board of Trustees
Item 4. Consent Calendar
It was moved by Kim, seconded by Ortega, and carried 3-0 to approve the consent calendar.
Item 5. Contract award
It was moved by Lopez, seconded by Kim, and carried 4-1-0 to award the contract to ABC Inc.
""") == [("4", "to approve the consent calendar", "carried", 3, 0, "Kim", "Ortega"),
         ("5", "to award the contract to ABC Inc", "carried", 4, 1, "Lopez", "Kim")]


def test_an_item_number_with_a_colon_is_the_reference_of_its_motions(tmp_path):
    # county boards print "AGENDA ITEM 3: RESOLUTION 2024-15" over the motion
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR MEETING
**Board of County Commissioners
AGENDA ITEM 3: RESOLUTION 2024-15
Commissioner Vance made a motion to adopt Resolution 2024-15. Commissioner Morales seconded the motion. Motion passed 4-0.
AGENDA ITEM 4: BID AWARD
Commissioner Hunt motioned to award the bid to Smith Paving. Seconded by Commissioner Reed. Vote: 4-0.
""") == [("3", "to adopt Resolution 2024-15", "carried", 4, 0, "Vance", "Morales"),
         ("4", "to award the bid to Smith Paving", "carried", 4, 0, "Hunt", "Reed")]


def test_new_england_voted_and_a_motion_duly_made_and_seconded(tmp_path):
    assert decisions_of(tmp_path, """
##Select Board Meeting Minutes
**1. Approval of Minutes
Upon a motion duly made and seconded, it was unanimously VOTED to approve the minutes of
December 15, 2020 as presented.

**2. Warrant
VOTED: (Lee/Stone) Unanimous to sign the warrant for the Annual Town Meeting.
""") == [("1", "to approve the minutes of December 15, 2020 as presented.", "carried", None, None, None, None),
         ("2", "to sign the warrant for the Annual Town Meeting.", "carried", None, None, None, None)]


def test_a_slide_that_says_voted_is_not_a_motion(tmp_path):
    assert decisions_of(tmp_path, """
##FY27 Budget Update
Voted: The Superintendent's Proposed FY27 budget is $150,898,826 and the Town allocation is
currently $144,533,297.
""") == []


def test_action_then_mover_and_seconder_as_fields_and_a_motion_form_a_field_a_line(tmp_path):
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGIONAL SCHOOL COMMITTEE
**1. Approval of the Minutes
Motion: To approve the minutes of February 4, 2021.
Moved: Bob Stone     Seconded: Carla Diaz
Vote: 4-0-0

**2. Ordinance No. 2845
ACTION: Adopted Ordinance No. 2845 amending the municipal code.
Motion: Diaz
Second: Ross
Ayes: (4) Lee, Stone, Diaz, Ross
Noes: (0) None
""") == [("1", "To approve the minutes of February 4, 2021", "carried", 4, 0, "Bob Stone", "Carla Diaz"),
         ("2", "Adopted Ordinance No. 2845 amending the municipal code", "carried", 4, 0, "Diaz", "Ross")]


def test_numbered_file_items_with_their_outcome_run_together(tmp_path):
    assert decisions_of(tmp_path, """
##Summary of Proceedings
##Board of Supervisors
**1. (22-0145) Approve agreement with Acme Paving for road repairs. APPROVED.
**2. (22-0146) Adopt resolution establishing fees. ADOPTED.
**3. (22-0150) Report on homelessness. CONTINUED.
""") == [("1", "Approve agreement with Acme Paving for road repairs", "carried", None, None, None, None),
         ("2", "Adopt resolution establishing fees", "carried", None, None, None, None),
         ("3", "Report on homelessness", "deferred", None, None, None, None)]


def test_minutes_titles_in_other_forms():
    from pipeline.extract.document import has_minutes_heading
    from tests.paper import make_pages
    for title in ["City of Sunnyvale\nMeeting Minutes\nCity Council", "CITY COUNCIL\nREGULAR MEETING MINUTES\nJanuary 5, 2021",
                  "Notes of the meeting of the Health and Wellbeing Board", "Summary of Proceedings\nBoard of Supervisors",
                  "ACTION MINUTES\nPLANNING COMMISSION", "MINUTES - REGULAR MEETING", "January 5, 2021 Minutes",
                  "Board of Trustees Minutes", "Regular Meeting of the City Council\nMinutes\nJanuary 5, 2021",
                  "PROCEEDINGS OF THE BOARD OF SUPERVISORS", "M I N U T E S"]:
        assert has_minutes_heading(make_pages(title)[0]), title
    # an agenda's items and attachments, and a length of time, are not a title
    for line in ["APPROVAL OF MINUTES", "K. Minutes", "Draft Minutes - November 18, 2020 Regular Meeting",
                 "Public comments are limited to five minutes", "Consent Calendar Minutes"]:
        assert not has_minutes_heading(make_pages(f"City Council Agenda\n{line}")[0]), line


def test_carried_by_those_present_seconded_in_the_next_sentence_and_actions_without_an_object(tmp_path):
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
**6. PUBLIC HEARING ON SIGN ORDINANCE
It was moved by Council Member Hender, seconded by Mayor Pro Tem Franc, and carried
unanimously (5-0) by those members present, to approve the ordinance as amended.

**7. WARRANTS
MOTION: Councilmember Scholl moved to approve the warrants. The motion was seconded by
Councilmember Zucker and carried 5-0.

**8. CONDITIONAL USE PERMIT 21-03
ACTION: Approved 3-0 (Ford absent).

**9. SIGN PERMIT 21-04
ACTION: Continued to April 7, 2021. (Lee/Stone) 3-0.
""") == [("6", "to approve the ordinance as amended", "carried", 5, 0, "Hender", "Franc"),
         ("7", "to approve the warrants", "carried", 5, 0, "Scholl", "Zucker"),
         ("8", "CONDITIONAL USE PERMIT 21-03", "carried", 3, 0, None, None),
         ("9", "Continued to April 7, 2021", "deferred", 3, 0, "Lee", "Stone")]


def test_motion_slash_second_fields_and_parish_minute_numbers(tmp_path):
    assert decisions_of(tmp_path, """
##CITY COUNCIL ACTION MINUTES
**5. Approve the purchase of two patrol vehicles
Motion/Second: Lee/Stone
Ayes: Lee, Stone, Diaz
Noes: None

**6. Adopt Resolution No. 2021-05 setting water rates
Motion/Second: Diaz/Lee
Vote: 3-0 (Ford absent)
""") == [("5", "Approve the purchase of two patrol vehicles", "carried", 3, 0, "Lee", "Stone"),
         ("6", "Adopt Resolution No. 2021-05 setting water rates", "carried", 3, 0, "Diaz", "Lee")]
    # a parish's "21/02" numbers its minutes; "E Kim (Clerk)" is a person, not item E
    assert [(ref, text) for ref, text, *_ in decisions_of(tmp_path, """
##PARISH COUNCIL MINUTES
**In attendance
E Kim (Clerk)

**21/02 Minutes
Proposed by Cllr Stone, seconded by Cllr Diaz and agreed that the minutes of the meeting held on
1 December 2020 be signed as a true record.
""")] == [("21/02", "that the minutes of the meeting held on 1 December 2020 be signed as a true record")]


def test_legistar_items_with_file_numbers_consent_and_this_item_be_adopted(tmp_path):
    assert decisions_of(tmp_path, """
##City Council Meeting Minutes
**1.A     21-0012     Approve the Minutes of the Meeting of December 15, 2020
This Minutes was approved on the Consent Calendar.

**2     20-1187     Introduce an Ordinance Amending Chapter 19 of the Municipal Code
A motion was made by Councilmember Cisneros, seconded by Vice Mayor Melton, that this
Ordinance be Introduced. The motion carried by the following vote:
Yes: 6 - Mayor Klein, Vice Mayor Melton, Councilmember Cisneros, Councilmember
Hendricks, Councilmember Din, Councilmember Fong
No: 0
""") == [("1.A", "Approve the Minutes of the Meeting of December 15, 2020", "carried", None, None, None, None),
         ("2", "Introduce an Ordinance Amending Chapter 19 of the Municipal Code", "carried", 6, 0, "Cisneros", "Melton")]


def test_action_lines_under_sub_items_record_the_sub_item_or_the_action(tmp_path):
    # an "Action:" line opens a paragraph of its own: a bare one records the sub-item printed above it
    # (however long its title), one with an object records what it names
    assert decisions_of(tmp_path, """
##CITY COUNCIL ACTION MINUTES
**3. CONSENT CALENDAR
3.1 Approve minutes of May 28, 2024
Action: Approved (5-0)
3.2 Award contract for street resurfacing to Granite Construction in the amount of $1,250,000
Action: Approved (5-0)
**4. PUBLIC HEARINGS
4.1 Resolution No. 2024-45 adopting the Fiscal Year 2024-25 budget
Action: Adopted Resolution No. 2024-45 (4-1, Diaz voting no)
""") == [("3.1", "Approve minutes of May 28, 2024", "carried", 5, 0, None, None),
         ("3.2", "Award contract for street resurfacing to Granite Construction in the amount of $1,250,000",
          "carried", 5, 0, None, None),
         ("4.1", "Adopted Resolution No. 2024-45", "carried", 4, 1, None, None)]


def test_moved_seconded_then_the_bodys_own_verb_duly_made_and_m_s_c(tmp_path):
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR BOARD MEETING
**Item 5.1 Approval of Consent Agenda
Moved by Trustee Cole, seconded by Trustee Wu, the Board approved the consent agenda. Vote: 3-0.
**Item 5.2 Surplus Property
Upon a motion duly made and seconded, the Board unanimously adopted Resolution 24-02.
**Agenda Item 6 - Design Review DR-23-19
M/S/C Said/Park to continue the item to March 14, 2024. (4-0)
""") == [("5.1", "approved the consent agenda", "carried", 3, 0, "Cole", "Wu"),
         ("5.2", "adopted Resolution 24-02", "carried", None, None, None, None),
         ("6", "to continue the item to March 14, 2024", "carried", 4, 0, "Said", "Park")]


def test_a_summary_of_actions_is_a_decision_record_a_line_per_item(tmp_path):
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "summary.pdf", """
**CITY OF RIVERBEND
**SUMMARY OF ACTIONS
Regular City Council Meeting - May 6, 2024
Item 5  Approve warrant register                    APPROVED 5-0
Item 6  Ordinance 1234 amending parking rules     ADOPTED 4-1 (Lee no)
Item 7  Appointment to Library Board              CONTINUED
"""))
    assert ex.document.doc_type == "decision_notice"
    assert [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against) for d in ex.decisions] == [
        ("5", "Approve warrant register", "carried", 5, 0),
        ("6", "Ordinance 1234 amending parking rules", "carried", 4, 1),
        ("7", "Appointment to Library Board", "deferred", None, None)]
    assert ex.agenda_items == []


def test_a_paper_that_records_motions_and_attendance_is_minutes_whatever_its_title(tmp_path):
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "record.pdf", """
**EASTSIDE WATER DISTRICT
**BOARD OF DIRECTORS
March 12, 2024
Directors present: President Gil Moor, Vice President Ida Kent, Directors Jo Park and Lu Chan
Director Park made a motion to approve the contract with Raftelis in the amount of $85,000. Director Chan seconded the motion. The motion passed unanimously.
"""))
    assert ex.document.doc_type == "minutes"
    assert [(d.text, d.mover, d.seconder, d.outcome) for d in ex.decisions] == [
        ("to approve the contract with Raftelis in the amount of $85,000", "Park", "Chan", "carried")]


def test_formal_minutes_keep_plain_disposals_but_not_the_sense_of_a_discussion(tmp_path):
    # in minutes that RESOLVE, the approval of the last minutes and a unanimous agreement written as
    # plain sentences are decisions too, under their minute; "it was agreed that ..." in the
    # discussion is not
    assert [(d[0], d[1], d[2], d[5]) for d in decisions_of(tmp_path, """
##Minutes of the Finance and General Purposes Committee
**FGP/23/46 Minutes
The minutes of the meeting held on 13 February 2024 were approved as a correct record and signed by the Chair.
**FGP/23/47 Grant Applications
Members considered three applications. It was proposed by Cllr Jones, seconded by Cllr Khan and
RESOLVED that a grant of £500 be awarded to the Ashford Scouts.
**FGP/23/48 Youth Services
Members discussed the service. It was agreed that children should be placed as close to home as possible.
**FGP/23/49 Allotments
It was unanimously agreed that the allotment rents remain unchanged for 2024/25.
""")] == [
        ("FGP/23/46", "The minutes of the meeting held on 13 February 2024 were approved as a correct record and "
                      "signed by the Chair.", "carried", None),
        ("FGP/23/47", "that a grant of £500 be awarded to the Ashford Scouts.", "carried", "Jones"),
        ("FGP/23/49", "It was unanimously agreed that the allotment rents remain unchanged for 2024/25.", "carried", None)]


def test_uk_motions_put_to_the_vote_with_counts_in_words(tmp_path):
    assert decisions_of(tmp_path, """
##Minutes of the Meeting of the Council
**46. NOTICE OF MOTION - CLIMATE EMERGENCY
Councillor Green moved and Councillor White seconded that the Council declares a climate emergency.
On being put to the vote the motion was LOST.
**48. PAY POLICY
Proposed by Councillor Black, seconded by Councillor Brown, that the Pay Policy Statement 2024/25 be approved.
Upon being put to the vote the motion was carried, 30 votes for, 5 against and 2 abstentions.
""") == [("46", "that the Council declares a climate emergency", "lost", None, None, "Green", "White"),
         ("48", "that the Pay Policy Statement 2024/25 be approved", "carried", 30, 5, "Black", "Brown")]
    [pay] = [d for d in extract_decisions(layouts(tmp_path, """
##Minutes of the Meeting of the Council
**48. PAY POLICY
Proposed by Councillor Black, seconded by Councillor Brown, that the Pay Policy Statement 2024/25 be approved.
Upon being put to the vote the motion was carried, 30 votes for, 5 against and 2 abstentions.
"""))]
    assert pay.votes_abstain == 2


def test_decision_outcome_and_result_labels_with_a_bare_outcome_record_the_item(tmp_path):
    assert decisions_of(tmp_path, """
##CITY COUNCIL MINUTES
**5. Approve the contract with Acme Paving for street repairs
Decision: Approved 5-0
**7. Ordinance 812, Parking Code Amendments
Result: Adopted (4-1, Lee opposed)
**8. Sidewalk vending permits
Outcome: Withdrawn
""") == [("5", "Approve the contract with Acme Paving for street repairs", "carried", 5, 0, None, None),
         ("7", "Ordinance 812, Parking Code Amendments", "carried", 4, 1, None, None),
         ("8", "Sidewalk vending permits", "withdrawn", None, None, None, None)]


def test_moved_and_seconded_on_lines_of_their_own_over_that_clauses(tmp_path):
    assert decisions_of(tmp_path, """
##Regular Council Meeting Minutes
**7.1 Parks Master Plan
Resolution No. 2024-101
Moved by Councillor Ray
Seconded by Councillor Li
THAT Council receive the Parks Master Plan for information; and
THAT staff report back on implementation costs.
CARRIED UNANIMOUSLY
""") == [("7.1", "THAT Council receive the Parks Master Plan for information; and THAT staff report back on "
                 "implementation costs", "carried", None, None, "Ray", "Li")]


def test_legistar_minutes_file_numbered_titles_and_counted_roll_calls(tmp_path):
    # Legistar prints each item as its file number and whole title in bold, moves "that this
    # Resolution be Adopted" (the item itself) and gives each vote as a count and the names
    pages = layouts(tmp_path, """
##Meeting Minutes
**3. CONSENT CALENDAR
**24-0101  Approval of the minutes of the February 20, 2024 regular meeting of the City Council
**and the special meeting of February 27, 2024
A motion was made by Councilmember Adams, seconded by Vice Mayor Diaz, that this Minutes be
Approved. The motion carried by the following vote:
Aye: 4 - Councilmember Adams, Councilmember Baker, Vice Mayor Diaz and Mayor Fox
Absent: 1 - Councilmember Gray
**24-0102  Resolution authorizing the City Manager to execute a contract with Acme Paving
A motion was made by Councilmember Baker, seconded by Councilmember Adams, that this Resolution
be Adopted. The motion carried by the following vote:
Aye: 3 - Councilmember Adams, Councilmember Baker and Mayor Fox
Nay: 1 - Vice Mayor Diaz
""")
    got = [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder)
           for d in extract_decisions(pages)]
    assert got == [
        ("24-0101", "Approval of the minutes of the February 20, 2024 regular meeting of the City Council and the "
                    "special meeting of February 27, 2024", "carried", 4, 0, "Adams", "Diaz"),
        ("24-0102", "Resolution authorizing the City Manager to execute a contract with Acme Paving",
         "carried", 3, 1, "Baker", "Adams")]


def test_moved_seconded_in_one_clause_motion_and_second_as_fields_and_following_vote(tmp_path):
    assert decisions_of(tmp_path, """
##CITY COUNCIL MINUTES
**4. APPROVAL OF MINUTES
Lee moved, Ortiz seconded, to approve the minutes of May 1, 2024. The motion carried unanimously.
**5. CONSENT AGENDA
Motion: Baird, Second: Cobb. To approve the consent agenda as presented. Vote: All Ayes.
**6. REZONING APPLICATION RZ-24-3
On motion of Supervisor Ivey, seconded by Supervisor Judd, the Board approved rezoning application
RZ-24-3 by the following vote: AYE: Hale, Ivey, Judd; NAY: None
""") == [("4", "to approve the minutes of May 1, 2024", "carried", None, None, "Lee", "Ortiz"),
         ("5", "To approve the consent agenda as presented", "carried", None, None, "Baird", "Cobb"),
         ("6", "approved rezoning application RZ-24-3", "carried", 3, 0, "Ivey", "Judd")]


def test_be_it_resolved_under_its_movers_with_the_outcome_below_and_a_bracketed_tally(tmp_path):
    # Canadian councils print the resolution number, mover and seconder a line each over "BE IT
    # RESOLVED THAT ..." and the outcome on a line below; UK committees a tally in brackets
    assert decisions_of(tmp_path, """
##Regular Council Meeting Minutes
**5.1 Fire Hall Tender
Resolution No. 2024-55
Moved By: Deputy Mayor Ito
Seconded By: Councillor Ueda
BE IT RESOLVED THAT Council award the fire hall tender to Northern Build Inc.
DEFEATED

**PL/24/11 Land at Station Road
RESOLVED: That the application be approved subject to conditions.
(For 5, Against 2)
""") == [("5.1", "THAT Council award the fire hall tender to Northern Build Inc.", "lost", None, None, "Ito", "Ueda"),
         ("PL/24/11", "That the application be approved subject to conditions.", "carried", 5, 2, None, None)]


def test_following_resolution_adopted_with_its_count_before_each_label(tmp_path):
    # New York towns move a resolution by saying it follows, with the vote counted number first
    pages = layouts(tmp_path, """
##TOWN BOARD MINUTES
**CAB 45/24 RESOLUTION ACCEPTING A DONATION
On a motion by Councilman Shaw, seconded by Councilwoman Tate, the following resolution was
ADOPTED 3 AYES 0 NAYS 1 ABSENT
RESOLVED, that the Town Board accepts the donation of a bench from the Rotary Club.
""")
    assert [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder)
            for d in extract_decisions(pages)] == [
        ("CAB 45/24", "that the Town Board accepts the donation of a bench from the Rotary Club.", "carried", 3, 0,
         "Shaw", "Tate")]


def test_apologies_sent_in_a_sentence_and_a_surname_that_is_a_title(tmp_path):
    pages = layouts(tmp_path, """
##MINUTES OF THE PARISH COUNCIL MEETING
Councillors present: Cllr Green (Chairman), Cllr Hart, Cllr Ives
Also present: Parish Clerk Mrs L King and County Councillor M Lord
**45. Apologies
Cllr Nolan and Cllr Page sent their apologies, which were accepted.
""")
    assert [(a.name, a.status, a.role) for a in extract_attendance(pages)] == [
        ("Green", "present", "member"), ("Hart", "present", "member"), ("Ives", "present", "member"),
        ("L King", "present", "officer"), ("M Lord", "present", "other"),
        ("Nolan", "apologies", "member"), ("Page", "apologies", "member")]


def test_boarddocs_motion_and_voting_and_escribe_counted_votes(tmp_path):
    # BoardDocs (school boards) prints the motion, who moved it, "Final Resolution" and the names a
    # line each; eScribe (Canada) the motion's number, its fields and "For (4):" / "Against (1):"
    assert decisions_of(tmp_path, """
##Regular Meeting of the Board of Education
**5.02 Textbook Adoption
Motion & Voting
Adopt the high school mathematics textbooks.
Motion by Mary Poe, second by Jane Doe.
Final Resolution: Motion Fails
Yea: Mary Poe
Nay: Jane Doe, John Roe, Tim Loe
**8.1 Official Plan Amendment OPA 12
Motion No. CW-24-88
Moved by: Councillor Ray
Seconded by: Councillor Li
That Council approve Official Plan Amendment No. 12.
For (4): Mayor Hill, Councillor Ray, Councillor Li, and Councillor Wong
Against (1): Councillor Xu
Carried (4 to 1)
""") == [("5.02", "Adopt the high school mathematics textbooks", "lost", 1, 3, "Mary Poe", "Jane Doe"),
         ("8.1", "That Council approve Official Plan Amendment No. 12", "carried", 4, 1, "Ray", "Li")]


def test_decision_notice_sections_end_at_reasons_for_the_decision(tmp_path):
    assert decisions_of(tmp_path, """
##DECISION NOTICE
**CAB/24/17 Household Support Fund
**Decision
1. To approve the allocation of the Household Support Fund as set out in Appendix A.
2. To delegate authority to the Director of Communities to make minor changes.
Reasons for decision
To support households in need.
""") == [("CAB/24/17", "To approve the allocation of the Household Support Fund as set out in Appendix A.",
          None, None, None, None, None),
         ("CAB/24/17", "To delegate authority to the Director of Communities to make minor changes.",
          None, None, None, None, None)]


def test_prose_minutes_printed_an_entry_a_line_split_where_the_next_word_would_have_fitted(tmp_path):
    # "... resolved not to donate this year" ends short of the margin though "St" would have fitted:
    # the line was broken on purpose, and the next entry is not part of the decision
    assert decisions_of(tmp_path, """
##MINUTES OF THE PARISH COUNCIL MEETING
Present: Cllrs A Brown (Chair), B Green, C White
**16.01.9 Correspondence
An e-mail from the County Council about the resurfacing of the main road through the village in May 2024.
A request from the Air Ambulance for a donation was considered, resolved not to donate this year
St Johns Ambulance, brochure request
A letter from the village hall committee thanking the Council for its grant towards the new hall roof.
""") == [("16.01.9", "A request from the Air Ambulance for a donation was considered, resolved not to donate this year",
          "carried", None, None, None, None)]


def test_recommendations_carried_as_a_whole_record_the_item(tmp_path):
    assert decisions_of(tmp_path, """
##MINUTES OF THE PLANNING COMMITTEE
**26. PLANNING APPLICATION 24/0456
It was moved by Cllr Allen and seconded by Cllr Brown that the recommendation be approved. On being
put to the vote the motion was CARRIED (8 for, 2 against, 1 abstention).
**27. Fees and Charges 2025/26
Upon being put to the vote, the recommendations were carried unanimously.
**28. Car Park Tariffs
The recommendation in the report was not carried (3 for, 6 against).
""") == [("26", "that the recommendation be approved", "carried", 8, 2, "Allen", "Brown"),
         ("27", "Fees and Charges 2025/26", "carried", None, None, None, None),
         ("28", "Car Park Tariffs", "lost", 3, 6, None, None)]


def test_minutes_printed_as_a_ruled_table_a_row_a_minute(tmp_path):
    # "Min | Item | Discussion and resolution | Action": each row's cells wrap side by side, so the
    # resolution is read from its own cell, with the row's reference and heading, and the list of
    # who was present above the table does not run on into its header row
    pdf = ruled_table_pdf(tmp_path / "minutes.pdf", [
        "MINUTES OF THE MEETING OF ASHBY TOWN COUNCIL held on 3 March 2025 at 7pm",
        "Present: Councillors A Smith (Chair), B Jones and C Patel.",
        "Apologies: Councillor E Green."], [
        ["Min", "Item", "Discussion and resolution", "Action"],
        ["12", "Grant application from the Ashby Scout Group",
         "Members discussed the request at length. RESOLVED that a grant of £500 be made to the 1st Ashby "
         "Scouts towards their new hut roof.", "Clerk"],
        ["13", "Planning", "The applications below were considered. RESOLVED: no objection to 25/00123/FUL.", "Clerk"],
        ["14", "Date of next meeting", "7 April 2025 at 7pm.", ""]], [30, 110, 260, 60])
    pages = analyse(list(read_pages(pdf)))
    assert [(d.minute_ref, d.minute_heading, d.text) for d in extract_decisions(pages)] == [
        ("12", "Grant application from the Ashby Scout Group",
         "that a grant of £500 be made to the 1st Ashby Scouts towards their new hut roof."),
        ("13", "Planning", "no objection to 25/00123/FUL.")]
    assert [(a.name, a.status) for a in extract_attendance(pages)] == [
        ("A Smith", "present"), ("B Jones", "present"), ("C Patel", "present"), ("E Green", "apologies")]


def test_a_table_of_items_with_a_motion_column_and_a_vote_column(tmp_path):
    # "Item | Discussion | Motion | Vote": the motion is what was decided (its movers in brackets after
    # it), "Unanimous" in the vote column carried it; and "Agenda Item | Discussion | Action Taken" with
    # "2. Budget" in the item's cell and a motion in the action's: the item's number is the ref
    pdf = ruled_table_pdf(tmp_path / "minutes.pdf", ["SSA #21 Commission Meeting Minutes", "January 29, 2018"], [
        ["Item", "Discussion", "Motion", "Vote"],
        ["Approval of Minutes", "Reviewed.", "To approve the December minutes (Brown/Ortiz)", "3-0"],
        ["2018 Budget", "Staff presented the budget.", "To adopt the 2018 budget (Ortiz/Lee)", "Unanimous"],
        ["Farmers Market", "An update on the market.", "", ""]])
    assert [(d.text, d.outcome, d.votes_for, d.mover, d.seconder) for d in extract_decisions(analyse(list(read_pages(pdf))))] == [
        ("To approve the December minutes", "carried", 3, "Brown", "Ortiz"),
        ("To adopt the 2018 budget", "carried", None, "Ortiz", "Lee")]
    pdf = ruled_table_pdf(tmp_path / "action.pdf", ["SSA #21 Commission Meeting Minutes", "January 29, 2018"], [
        ["Agenda Item", "Discussion", "Action Taken"],
        ["2. Budget", "Staff presented the 2018 budget.", "Motion by Ortiz, second by Lee, to adopt the 2018 budget. Passed 3-0."]])
    assert [(d.minute_ref, d.text, d.outcome, d.votes_for) for d in extract_decisions(analyse(list(read_pages(pdf))))] == [
        ("2", "to adopt the 2018 budget", "carried", 3)]


def test_an_outcome_alone_under_an_item_records_the_item(tmp_path):
    # the item's title in bold, full stop and all, then only its outcome: the item is what was carried
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR CITY COUNCIL MEETING, MARCH 3, 2025
Present: Mayor Diaz, Council Members Adams, Chen and Evans.
**7. Approve the purchase of two police vehicles for $98,000.
Motion carried 3-1.
**8. Budget amendment
MOTION FAILED (2-2)
**9. Approve the Main Street paving contract
Motion by Adams, seconded by Chen. Motion carried 4-0.
""") == [("7", "Approve the purchase of two police vehicles for $98,000", "carried", 3, 1, None, None),
         ("8", "Budget amendment", "lost", 2, 2, None, None),
         ("9", "Approve the Main Street paving contract", "carried", 4, 0, "Adams", "Chen")]


def test_decisions_tabulated_a_row_an_item(tmp_path):
    # "Item | Motion | Moved | Seconded | Vote" and "Item | Description | Action": a ruled table's
    # header names its columns, and a row whose action says no outcome ("Clerk") records nothing
    pdf = ruled_table_pdf(tmp_path / "board.pdf", [
        "SPRINGDALE SCHOOL DISTRICT", "MINUTES OF THE REGULAR BOARD MEETING, MARCH 3, 2025",
        "Present: Trustees Adams, Chen and Evans."], [
        ["Item", "Motion", "Moved", "Seconded", "Vote"],
        ["4.1", "Approve the consent agenda", "Adams", "Chen", "3-0"],
        ["4.2", "Adopt the 2025-26 budget of $12.4 million", "Chen", "Evans", "2-1"]])
    assert [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder)
            for d in extract_decisions(analyse(list(read_pages(pdf))))] == [
        ("4.1", "Approve the consent agenda", "carried", 3, 0, "Adams", "Chen"),
        ("4.2", "Adopt the 2025-26 budget of $12.4 million", "carried", 2, 1, "Chen", "Evans")]
    pdf = ruled_table_pdf(tmp_path / "commission.pdf", [
        "CITY OF SPRINGDALE", "ACTION MINUTES OF THE PLANNING COMMISSION, MARCH 3, 2025"], [
        ["Item", "Description", "Action"],
        ["1", "Conditional Use Permit 24-07, 120 Main Street", "Approved 4-1 (Chen no)"],
        ["2", "Variance 25-01, 8 Oak Lane", "Continued to April 7, 2025"],
        ["3", "Zone text amendment for accessory dwelling units", "Recommended approval to City Council 5-0"],
        ["4", "Report on the tree survey", "Planning Manager"]])
    assert [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against)
            for d in extract_decisions(analyse(list(read_pages(pdf))))] == [
        ("1", "Conditional Use Permit 24-07, 120 Main Street", "carried", 4, 1),
        ("2", "Variance 25-01, 8 Oak Lane", "deferred", None, None),
        ("3", "Zone text amendment for accessory dwelling units", "carried", 5, 0)]


def test_a_roll_call_grid_is_the_vote_of_its_motion(tmp_path):
    # "Member | Aye | Nay | Abstain | Absent" with a mark under each member's vote, printed between
    # the item and its outcome line
    pdf = ruled_table_pdf(tmp_path / "minutes.pdf", [
        "MINUTES OF THE REGULAR CITY COUNCIL MEETING, MARCH 3, 2025",
        "Present: Mayor Diaz, Council Members Adams, Chen and Evans.",
        "<b>7. Approve the purchase of two police vehicles for $98,000.</b>"], [
        ["Member", "Aye", "Nay", "Abstain", "Absent"],
        ["Adams", "X", "", "", ""], ["Chen", "X", "", "", ""], ["Evans", "", "X", "", ""], ["Diaz", "X", "", "", ""]],
        after=["Motion carried 3-1."])
    [d] = extract_decisions(analyse(list(read_pages(pdf))))
    assert (d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against) == (
        "7", "Approve the purchase of two police vehicles for $98,000", "carried", 3, 1)
    assert d.roll_call == [["Adams", "for"], ["Chen", "for"], ["Evans", "against"], ["Diaz", "for"]]


def test_decisions_tabulated_without_rules(tmp_path):
    # the same table set out in columns of words with no lines drawn: the columns are where the
    # header's labels and the rows' cells start (the close-set "Item  Motion" is two columns)
    pdf = text_pdf(tmp_path / "board.pdf", """
##SPRINGDALE SCHOOL DISTRICT
**MINUTES OF THE REGULAR BOARD MEETING, MARCH 3, 2025
Present: Trustees Adams, Chen and Evans.

**Item  Motion                                   Moved    Seconded   Vote
4.1   Approve the consent agenda               Adams    Chen       3-0
4.2   Adopt the 2025-26 budget of $12.4        Chen     Evans      2-1
        million
The meeting closed at 8.15pm.
""", font="Courier")
    assert [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder)
            for d in extract_decisions(analyse(list(read_pages(pdf))))] == [
        ("4.1", "Approve the consent agenda", "carried", 3, 0, "Adams", "Chen"),
        ("4.2", "Adopt the 2025-26 budget of $12.4 million", "carried", 2, 1, "Chen", "Evans")]


def test_the_papers_letterhead_and_title_are_not_an_items_heading(tmp_path):
    # a motion straight after the title block belongs to no item: "CITY OF ..." and "MINUTES OF THE ..."
    # are the paper's, while a caps heading with no number further down is an item's
    pages = layouts(tmp_path, """
##CITY OF SPRINGDALE
##MINUTES OF THE REGULAR CITY COUNCIL MEETING
Present: Mayor Diaz, Council Members Adams, Chen and Evans.

Motion by Adams, seconded by Chen, to approve the agenda as presented. Motion carried 4-0.

**APPROVAL OF MINUTES
Motion by Evans, seconded by Adams, to approve the minutes of May 5. Motion carried 4-0.
""")
    assert [(d.minute_heading, d.text, d.mover) for d in extract_decisions(pages)] == [
        (None, "to approve the agenda as presented", "Adams"),
        ("APPROVAL OF MINUTES", "to approve the minutes of May 5", "Evans")]


def test_the_bodys_own_vote_stops_between_mover_and_seconder_and_an_outcome_sentence(tmp_path):
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
**5. Budget Amendment
The Council voted 5-0 to approve the budget amendment for the fire department.
**6. Appeal of 12 Oak Street
The Board then voted unanimously to deny the appeal.
**7. Parks Report
Moved by Councillor Ruiz. Seconded by Councillor Bell.
That the parks report be received for information.
CARRIED
**8. Warrants
Motion (Ruiz/Bell) to approve the warrant list. Approved 4-1.
""") == [("5", "to approve the budget amendment for the fire department", "carried", 5, 0, None, None),
         ("6", "to deny the appeal", "carried", None, None, None, None),
         ("7", "That the parks report be received for information", "carried", None, None, "Ruiz", "Bell"),
         ("8", "to approve the warrant list", "carried", 4, 1, "Ruiz", "Bell")]


def test_another_bodys_vote_in_a_report_is_not_a_decision(tmp_path):
    assert decisions_of(tmp_path, """
##STAFF REPORT
**Background
The Planning Commission voted 6-0-1 to recommend approval of the rezoning.
""") == []


def test_proposer_and_seconder_before_or_after_a_uk_resolution(tmp_path):
    assert decisions_of(tmp_path, """
##Minutes of the Meeting of the Parish Council
**23/45 Minutes of the last meeting
Proposed: Cllr Ruiz Seconded: Cllr Bell. Resolved: that the minutes be signed as a true record.
**23/46 Accounts
Proposed by Cllr Kim, seconded by Cllr Hunt
RESOLVED: that the payments listed be approved.
**23/47 Grass cutting
RESOLVED: that the grass cutting contract be renewed for a year. (Proposed Cllr Bell, seconded Cllr Kim)
""") == [("23/45", "that the minutes be signed as a true record.", None, None, None, "Ruiz", "Bell"),
         ("23/46", "that the payments listed be approved.", None, None, None, "Kim", "Hunt"),
         ("23/47", "that the grass cutting contract be renewed for a year.", None, None, None, "Bell", "Kim")]


def test_resolution_label_siblings_numbered_in_one_paragraph_and_more_vote_forms(tmp_path):
    assert decisions_of(tmp_path, """
##Minutes of the Meeting of the Parish Council
**24/12 Village Hall roof
Resolution: to accept the quote from Ace Roofing for £2,400.
**24/13 Budget
RESOLVED: (1) That the budget be approved; and (2) That the Clerk be authorised to make transfers.
**24/14 Allotments
It was proposed by Cllr Ruiz and seconded by Cllr Bell that the allotment rents rise by 5%. This was carried unanimously.
""") == [("24/12", "to accept the quote from Ace Roofing for £2,400.", None, None, None, None, None),
         ("24/13", "That the budget be approved", None, None, None, None, None),
         ("24/13", "That the Clerk be authorised to make transfers.", None, None, None, None, None),
         ("24/14", "that the allotment rents rise by 5%", "carried", None, None, "Ruiz", "Bell")]
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
**5. Minutes
Motion by Ruiz, seconded by Bell, to approve the minutes. Motion passed 5/0.
**6. Warrants
MOTION: Approve the warrant list. MOTION MADE BY: Kim SECONDED BY: Hunt
AYES: Ruiz, Bell, Kim, Hunt NOES: None
""") == [("5", "to approve the minutes", "carried", 5, 0, "Ruiz", "Bell"),
         ("6", "Approve the warrant list", "carried", 4, 0, "Kim", "Hunt")]


def test_amendments_and_motions_put_to_a_recorded_vote_paragraphs_apart(tmp_path):
    # a UK full council's budget debate: the proposal, the vote and the resolution are paragraphs apart
    pages = layouts(tmp_path, """
##Minutes of the Meeting of the County Council
**12. Revenue Budget 2025-26
(1) Mr Ford proposed, and Mrs Lane seconded the following motion:
“That the revenue budget of £1,530.9m for 2025-26 be approved.”
(2) Ms Patel proposed, and Mr Owen seconded the following amendment:
“To reduce the contribution to reserves by £75k and fund a feasibility study.”
(3) Following the debate, the Chairman put to the vote the amendment set out in paragraph 2 above
and the voting was as follows:
For (2)
Ms Patel, Mr Owen
Against (3)
Mr Ford, Mrs Lane, Sir John Hart, CBE
Abstain (1)
Mrs Cole
Amendment lost.
(4) The Chairman put the substantive motion as set out in paragraph 1 above to the vote and the
voting was as follows:
For (4)
Mr Ford, Mrs Lane, Sir John Hart, CBE, Mrs Cole
Against (2)
Ms Patel, Mr Owen
Motion carried.
(5) RESOLVED that the revenue budget of £1,530.9m for 2025-26 be approved.
""")
    got = [(d.minute_ref, d.text, d.kind, d.outcome, d.votes_for, d.votes_against, d.votes_abstain, d.mover, d.seconder)
           for d in extract_decisions(pages)]
    assert got == [
        ("12", "that the revenue budget of £1,530.9m for 2025-26 be approved.", "resolved", "carried", 4, 2, None, "Ford", "Lane"),
        ("12", "To reduce the contribution to reserves by £75k and fund a feasibility study.", "amendment", "lost", 2, 3, 1,
         "Patel", "Owen")]
    lost = extract_decisions(pages)[1]
    assert lost.roll_call == [["Patel", "for"], ["Owen", "for"], ["Ford", "against"], ["Lane", "against"],
                              ["John Hart", "against"], ["Cole", "abstain"]]


def test_paragraphs_numbered_1_an_amendment_agreed_without_a_count_and_a_quoted_list(tmp_path):
    # "15) Mr X proposed and Mr Y seconded the following amendment to the motion set out in paragraph
    # 5:" is a paragraph, not an item's heading; the quoted list's "(1)", "(2)" are not the minute's
    pages = layouts(tmp_path, """
##Minutes of the Meeting of the County Council
**285. Devolution White Paper
5) Mr Gough proposed, and Mr Oakford seconded the motion that
“County Council is asked to:
(1) Endorse the joint work on the White Paper
(2) Note the timetable”
6) Mr Stone proposed and Mr Sole seconded the following amendment to the motion set out in paragraph 5:
“County Council is asked to:
(1) Endorse the joint work on the White Paper
(2) Expect as much transparency as possible”
7) Following the debate, the Chairman put the amendment set out at paragraph 6 to the vote and it was agreed.
8) Mr Hood proposed and Mr Lane seconded the following amendment to the substantive motion set out in paragraph 6:
“County Council is asked to oppose the Devolution Priority Programme.”
9) Following the debate, the Chairman put the amendment set out in paragraph 8 to the vote and the
voting was as follows:
For (14)
Against (45)
Abstain (4)
Amendment lost.
""")
    got = [(d.minute_ref, d.text, d.kind, d.outcome, d.votes_for, d.votes_against, d.votes_abstain, d.mover, d.seconder)
           for d in extract_decisions(pages)]
    assert got == [
        ("285", "County Council is asked to: (1) Endorse the joint work on the White Paper (2) Expect as much "
                "transparency as possible", "amendment", "carried", None, None, None, "Stone", "Sole"),
        ("285", "County Council is asked to oppose the Devolution Priority Programme.", "amendment", "lost", 14, 45, 4,
         "Hood", "Lane")]


def test_an_amendment_lost_on_being_put_to_the_vote_and_a_recorded_vote_with_counts_after_names(tmp_path):
    assert decisions_of(tmp_path, """
##Minutes of the Meeting of the Council
**45. Budget 2025/26
Councillor Green moved and Councillor White seconded the following amendment:
“That the budget be increased by £50,000 for youth services.”
On being put to the vote, the amendment was LOST (For 12, Against 30, Abstentions 2).
RESOLVED that the budget for 2025/26 be approved.
""") == [("45", "that the budget for 2025/26 be approved.", None, None, None, None, None),
         ("45", "That the budget be increased by £50,000 for youth services.", "lost", 12, 30, "Green", "White")]
    [d] = extract_decisions(layouts(tmp_path, """
##Minutes of the Meeting of the Council
**45. Budget 2025/26
Councillor Green proposed the following amendment, which was seconded by Councillor White:
“That the budget be increased by £50,000 for youth services.”
A recorded vote was taken on the amendment as follows:
FOR: Councillors Green and White (2)
AGAINST: Councillors Black, Brown and Grey (3)
ABSTAIN: (0)
The amendment was therefore LOST.
"""))
    assert (d.text, d.kind, d.outcome, d.votes_for, d.votes_against, d.votes_abstain, d.mover, d.seconder) == (
        "That the budget be increased by £50,000 for youth services.", "amendment", "lost", 2, 3, 0, "Green", "White")
    assert d.roll_call == [["Green", "for"], ["White", "for"], ["Black", "against"], ["Brown", "against"],
                           ["Grey", "against"]]


def test_votes_a_member_each_yes_and_no_fields_a_roll_call_vote_sentence_and_motion_second_fields(tmp_path):
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
**5. Budget
Motion by Ruiz, seconded by Bell, to approve the budget. Ruiz – aye; Bell – aye; Kim – nay. Motion carried.
**6. Fees
Motion by Kim, seconded by Hunt, to approve the fee schedule.
Yes: Ruiz, Bell, Kim
No: Hunt
Motion carried.
**7. Parks
Motion by Trustee Ruiz, seconded by Trustee Bell, to approve the parks plan.
Upon roll call vote, the motion passed unanimously.
**8. Streets
MOTION: Ruiz SECOND: Bell
To approve the street plan.
AYES: Ruiz, Bell, Kim, Hunt
NOES: None
""") == [("5", "to approve the budget", "carried", 2, 1, "Ruiz", "Bell"),
         ("6", "to approve the fee schedule", "carried", 3, 1, "Kim", "Hunt"),
         ("7", "to approve the parks plan", "carried", None, None, "Ruiz", "Bell"),
         ("8", "To approve the street plan", "carried", 4, 0, "Ruiz", "Bell")]


def test_a_vote_in_brackets_after_a_resolution_its_movers_on_the_line_above_and_noted_in_capitals(tmp_path):
    assert decisions_of(tmp_path, """
##Minutes of the Planning Committee
**PL/24/45 Land at Mill Lane - 23/01234/FUL
RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report.
(Vote: For 7, Against 2, Abstain 1)
**PL/24/46 Land at Oak Road - 23/01240/FUL
It was moved by Councillor Green, seconded by Councillor White, and
RESOLVED: That planning permission be refused for the reasons set out in the report.
**PL/24/47 Licence review
DECISION: The Sub-Committee resolved to revoke the licence.
**PL/24/48 Performance Report
The Committee NOTED the report.
""") == [("PL/24/45", "That planning permission be GRANTED subject to the conditions set out in the report.", "carried",
          7, 2, None, None),
         ("PL/24/46", "That planning permission be refused for the reasons set out in the report.", None, None, None,
          "Green", "White"),
         ("PL/24/47", "to revoke the licence.", None, None, None, None, None),
         ("PL/24/48", "The Committee NOTED the report.", None, None, None, None, None)]


def test_a_recorded_vote_a_side_a_line_over_the_names_after_a_resolution(tmp_path):
    [d] = extract_decisions(layouts(tmp_path, """
##Minutes of the Council
**23. MOTION ON LIBRARIES
RESOLVED that the Council supports keeping every branch library open.
For (3)
Councillors Ann Cole, Ben Hill and Cath Dee
Against (1)
Councillor Dan Eve
Abstain (0)
"""))
    assert (d.text, d.outcome, d.votes_for, d.votes_against, d.votes_abstain) == (
        "that the Council supports keeping every branch library open.", "carried", 3, 1, 0)
    assert d.roll_call == [["Ann Cole", "for"], ["Ben Hill", "for"], ["Cath Dee", "for"], ["Dan Eve", "against"]]


def test_a_motion_that_died_for_lack_of_a_second_and_one_its_mover_withdrew(tmp_path):
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
**5. Budget
Councilmember Ruiz moved to approve the budget. The motion died for lack of a second.
**6. Fees
Motion by Kim, seconded by Hunt, to increase fees. Councilmember Kim withdrew her motion.
""") == [("5", "to approve the budget", "lost", None, None, "Ruiz", None),
         ("6", "to increase fees", "withdrawn", None, None, "Kim", "Hunt")]


def test_what_was_done_before_its_motion_and_an_action_in_the_passive(tmp_path):
    assert decisions_of(tmp_path, """
##CITY COUNCIL ACTION MINUTES
**5. CONSENT CALENDAR
Items 5A-5F approved on a motion by Ruiz, seconded by Bell, 5-0.
**6. PUBLIC HEARING
Approved on a motion by Kim, seconded by Hunt, 4-1 (Ruiz no).
**7. CONTRACT
ON MOTION of Director Ruiz, seconded by Director Bell, the contract was approved by the following vote:
AYES: Ruiz, Bell, Kim
NOES: None
""") == [("5", "Items 5A-5F approved", "carried", 5, 0, "Ruiz", "Bell"),
         ("6", "PUBLIC HEARING", "carried", 4, 1, "Kim", "Hunt"),
         ("7", "the contract was approved", "carried", 3, 0, "Ruiz", "Bell")]


def test_movers_in_brackets_after_a_motion_made_and_seconded_or_the_bodys_action(tmp_path):
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
**5. Agenda
A motion was made and seconded (Ruiz/Bell) to approve the agenda. Motion carried 5-0.
**6. Budget
Council approved the budget amendment (Ruiz/Bell, 5-0).
**7. Parks
Councilmember Ruiz moved, Councilmember Bell seconded, and the motion carried 5-0 to approve the parks plan.
**8. Fees
Resolution No. 2024-12, approving the fee schedule, was adopted on a motion by Kim, seconded by Hunt, by a 4-1 vote.
""") == [("5", "to approve the agenda", "carried", 5, 0, "Ruiz", "Bell"),
         ("6", "approved the budget amendment", "carried", 5, 0, "Ruiz", "Bell"),
         ("7", "to approve the parks plan", "carried", 5, 0, "Ruiz", "Bell"),
         ("8", "Resolution No. 2024-12, approving the fee schedule, was adopted", "carried", 4, 1, "Kim", "Hunt")]


def test_a_report_noted_in_the_passive_is_a_disposal(tmp_path):
    assert decisions_of(tmp_path, """
##Minutes of the Scrutiny Panel
**6. Performance Report
The report was noted.
**7. Work Programme
The Panel AGREED the work programme for 2024/25.
""") == [("6", "The report was noted.", None, None, None, None, None),
         ("7", "the work programme for 2024/25.", None, None, None, None, None)]


def test_double_spaced_minutes_keep_a_motion_and_its_vote_in_one_paragraph(tmp_path):
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas
    path = tmp_path / "double.pdf"
    c = canvas.Canvas(str(path), pagesize=LETTER)
    y = 720
    for bold, text in [(True, "MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL"), (False, ""),
                       (True, "5. CONSENT CALENDAR"),
                       (False, "Motion by Ruiz, seconded by Bell, to approve the consent calendar. Motion"),
                       (False, "carried 4-0."), (False, ""), (True, "6. ZONING ORDINANCE"),
                       (False, "Motion by Kim, seconded by Hunt, to adopt Ordinance No. 1234 amending the"),
                       (False, "zoning code. Motion carried 3-1.")]:
        if text:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 11)
            c.drawString(72, y, text)
        y -= 24  # double spacing: every line a line apart
    c.showPage()
    c.save()
    got = [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against)
           for d in extract_decisions(analyse(list(read_pages(path))))]
    assert got == [("5", "to approve the consent calendar", "carried", 4, 0),
                   ("6", "to adopt Ordinance No. 1234 amending the zoning code", "carried", 3, 1)]


def test_justified_prose_minutes_split_where_a_line_stops_short_of_the_margin(tmp_path):
    # a justified page stretches every line that wraps to the margin, so a line that stops short of
    # it ends an entry even where the next word would not have fitted on it ("Invoice" after "£60")
    assert decisions_of(tmp_path, """
##MINUTES OF THE PARISH COUNCIL MEETING
Present: Cllrs A Brown (Chair), B Green, C White
**16.01.8 Finance
~The estimated accounts for the year ending 2016 and the estimated accounts for
~2016/17 had been circulated before the meeting and discussed with no obvious
~alterations to be made by the members present at the meeting, as the clerk
~had set them out in the papers sent to every member of the parish council in
good time.
A letter of thanks was received from the village hall for the donation of £60
Invoice from the District Council for £70 for election costs - Resolved to pay
~An invoice was received at the meeting from the groundsman for £78 for the new
goalposts. - Resolved to pay
""") == [("16.01.8", "Invoice from the District Council for £70 for election costs - Resolved to pay",
          "carried", None, None, None, None),
         ("16.01.8", "An invoice was received at the meeting from the groundsman for £78 for the new goalposts. - Resolved to pay",
          "carried", None, None, None, None)]


def test_motion_fields_that_name_only_mover_and_seconder_carry_their_item(tmp_path):
    # "Motion: X; Second: Y. Approved." under the item, "MOTION: X, 2ND: Y" run on after the item's
    # title and a dash, and "Motion to approve made by X" that names no object: the item is what was
    # moved
    assert decisions_of(tmp_path, """
##SPECIAL SERVICE AREA #44 COMMISSION MEETING MINUTES
January 29, 2018
Commissioners present: A. Lee, M. Brown, J. Ortiz
2. Approval of December meeting minutes
Motion: Brown; Second: Ortiz. Approved.
3. Approval of the 2018 service provider agreement
Motion to approve made by Ortiz, seconded by Lee. All in favor.
""") == [("2", "Approval of December meeting minutes", "carried", None, None, "Brown", "Ortiz"),
         ("3", "Approval of the 2018 service provider agreement", "carried", None, None, "Ortiz", "Lee")]
    assert decisions_of(tmp_path, """
##SPECIAL SERVICE AREA #44 COMMISSION MEETING MINUTES
January 29, 2018
Commissioners present: A. Lee, M. Brown, J. Ortiz
I. Approval of 12/11/17 minutes - MOTION: M. Brown, 2ND: J. Ortiz. APPROVED
II. 2018 Budget - MOTION to approve: J. Ortiz, 2nd: A. Lee. All in favor. APPROVED
III. Adjourn - 7:10pm
""") == [("I", "Approval of 12/11/17 minutes", "carried", None, None, "M. Brown", "J. Ortiz"),
         ("II", "2018 Budget", "carried", None, None, "J. Ortiz", "A. Lee")]


def test_first_and_second_fields_and_bracketed_movers_and_a_heading_that_opens_with_a_year(tmp_path):
    # "1st: Lee 2nd: Brown" names who moved and seconded; "Moved (Ortiz) and seconded (Lee) to ..."
    # names them in brackets; "2. 2018 Budget" is item 2, not a line of the item before
    assert decisions_of(tmp_path, """
##LAKEVIEW SSA #27 COMMISSION MEETING MINUTES
January 29, 2018
Commissioners present: A. Lee, M. Brown, J. Ortiz
1. Approval of the December minutes
1st: Lee 2nd: Brown. Approved.
2. 2018 Budget
Motion to approve the 2018 budget of $250,000. 1st: Ortiz 2nd: Lee. Motion passes 3-0.
3. Service provider agreement
Moved (Ortiz) and seconded (Brown) to approve the agreement with Clean Streets LLC. Carried.
""") == [("1", "Approval of the December minutes", "carried", None, None, "Lee", "Brown"),
         ("2", "to approve the 2018 budget of $250,000", "carried", 3, 0, "Ortiz", "Lee"),
         ("3", "to approve the agreement with Clean Streets LLC", "carried", None, None, "Ortiz", "Brown")]


def test_action_minutes_tabulated_with_the_motion_in_the_action_cell(tmp_path):
    # "Agenda Item | Discussion | Action": the action cell records the motion, its mover, seconder
    # and vote; a motion that names no object moves the row's item
    pdf = ruled_table_pdf(tmp_path / "minutes.pdf", [
        "Special Service Area #44 Commission", "Meeting Minutes", "Monday, January 29, 2018",
        "Commissioners Present: Anna Lee, Mark Brown, Jose Ortiz"], [
        ["Agenda Item", "Discussion", "Action"],
        ["Call to order", "Chair Lee called the meeting to order at 6:04 p.m.", ""],
        ["Approval of minutes", "The minutes of December 11, 2017 were reviewed.",
         "Motion to approve: Brown. Second: Ortiz. Approved unanimously."],
        ["2018 Budget", "Staff presented the 2018 budget of $250,000.",
         "Motion to approve the 2018 budget: Ortiz. Second: Lee. Motion passed 3-0."],
        ["Adjournment", "The meeting adjourned at 7:10 p.m.", ""]], [100, 220, 180])
    pages = analyse(list(read_pages(pdf)))
    assert sorted((d.text, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder) for d in extract_decisions(pages)) == [
        ("Approval of minutes", "carried", None, None, "Brown", "Ortiz"),
        ("to approve the 2018 budget", "carried", 3, 0, "Ortiz", "Lee")]


def test_parish_minute_headings_in_plain_type_carry_their_resolutions(tmp_path):
    # "16/03 Bus shelter" in the body's own type is a minute's heading: its resolution is minute
    # 16/03's, and ends at the next heading rather than running into it
    got = [(d.minute_ref, d.text) for d in extract_decisions(layouts(tmp_path, """
##Little Hamlet Parish Council
Minutes of the meeting held on 12 January 2016
Present: Cllr A Smith (Chairman), Cllr B Jones, Cllr C Brown
16/03 Bus shelter
The clerk reported that the bus shelter had been damaged.
Resolved: to obtain quotes for its repair.
16/04 Footpaths
The footpath by the church is overgrown. It was resolved to ask the county council to clear it.
"""))]
    assert got == [("16/03", "to obtain quotes for its repair."),
                   ("16/04", "It was resolved to ask the county council to clear it.")]


def test_minute_headings_with_the_committees_code_in_plain_type(tmp_path):
    # "FIN/24/02 Budget update": a committee's code before the year and number heads a minute as
    # the parish's "16/03" does, so a resolution ends where the next minute starts; a planning
    # application's reference in a list, of a code of its own, heads nothing
    got = [(d.minute_ref, d.text) for d in extract_decisions(layouts(tmp_path, """
##Westfield Town Council
Finance Committee: minutes of the meeting held on 4 March 2024
Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown
FIN/24/01 Finance Report
The Town Clerk presented the finance report for February.
RESOLVED: to approve the payments schedule of £12,345.67.
FIN/24/02 Budget update
Members noted the budget update report.
FIN/24/03 Planning applications
PL/24/0123 Land at Main Road
RESOLVED: to raise no objection.
"""))]
    assert got == [("FIN/24/01", "to approve the payments schedule of £12,345.67."),
                   ("FIN/24/02", "Members noted the budget update report."),
                   ("FIN/24/03", "to raise no objection.")]


def test_motions_put_first_then_moved_and_seconded_and_a_tally_alone(tmp_path):
    # the motion put, then who moved and seconded it in a sentence of its own; "Motion made to ...
    # by X, 2nd by Y"; two names in the motion's brackets; a tally as a sentence of its own
    assert decisions_of(tmp_path, """
##SSA #44 COMMISSION MEETING MINUTES
January 29, 2018
**1. Approval of Minutes
Anna Lee called for a motion to approve the minutes of December 2017. Mark Brown moved; Jose Ortiz
seconded. Approved by all.
**2. Budget
A motion to adopt the 2018 budget. Moved by Brown, seconded by Ortiz. Motion carried 3-0.
**3. Audit
Motion made to accept the 2017 audit by Mark Brown, 2nd by Jose Ortiz. All approved.
**4. Contract
Motion (Brown, Ortiz) to renew the cleaning contract with Acme. Passed unanimously.
**5. Banners
M/S/C (Brown/Ortiz) to buy 40 new banners. 3-0
""") == [("1", "to approve the minutes of December 2017", "carried", None, None, "Mark Brown", "Jose Ortiz"),
         ("2", "to adopt the 2018 budget", "carried", 3, 0, "Brown", "Ortiz"),
         ("3", "to accept the 2017 audit", "carried", None, None, "Mark Brown", "Jose Ortiz"),
         ("4", "to renew the cleaning contract with Acme", "carried", None, None, "Brown", "Ortiz"),
         ("5", "to buy 40 new banners", "carried", 3, 0, "Brown", "Ortiz")]


def test_a_vote_put_as_a_question_then_who_moved_and_seconded_it(tmp_path):
    # "Vote to approve X: Motion by A, second by B. Approved 4-0.": the question put first, its mover
    # and seconder after the colon, then the outcome and tally
    assert decisions_of(tmp_path, """
##CITY OF RIVERSIDE CITY COUNCIL MEETING MINUTES
January 29, 2018
**5. Consent Calendar
Vote to approve the Consent Calendar: Motion by Brown, second by Ortiz. Approved 4-0.
**6. Public Hearing
Vote to adopt Ordinance 2018-02: Motion by Councilmember Diaz, seconded by Councilmember Brown. Approved 3-1
(Ortiz no).
""") == [("5", "to approve the Consent Calendar", "carried", 4, 0, "Brown", "Ortiz"),
         ("6", "to adopt Ordinance 2018-02", "carried", 3, 1, "Diaz", "Brown")]


def test_motions_so_moved_a_pair_before_moved_and_a_pair_in_brackets_after(tmp_path):
    # "... asked for a motion to X. Brown so moved and Ortiz seconded", "Motion to X: Moved by A, seconded
    # by B", "A/B moved to X", "Motion to X (A, B)." / "A motion was made to X. (A/B)"
    assert decisions_of(tmp_path, """
##SSA #44 COMMISSION MEETING MINUTES
January 29, 2018
**1. Approval of Minutes
Chair Lee asked for a motion to approve the December minutes. Brown so moved and Ortiz seconded. Motion
carried.
**2. Budget
Chair Lee entertained a motion to adopt the 2018 budget. So moved by Brown, seconded by Ortiz. Motion carried.
**3. Audit
Motion to accept the 2017 audit: Moved by Brown, seconded by Ortiz. Approved unanimously.
**4. Contract
Brown/Ortiz moved to renew the cleaning contract with Acme. Carried 3-0.
**5. Banners
Motion to buy 40 new banners (Brown, Ortiz). Approved 3-0.
**6. Lights
A motion was made to repair the street lights. (Ortiz/Brown) Approved unanimously.
""") == [("1", "to approve the December minutes", "carried", None, None, "Brown", "Ortiz"),
         ("2", "to adopt the 2018 budget", "carried", None, None, "Brown", "Ortiz"),
         ("3", "to accept the 2017 audit", "carried", None, None, "Brown", "Ortiz"),
         ("4", "to renew the cleaning contract with Acme", "carried", 3, 0, "Brown", "Ortiz"),
         ("5", "to buy 40 new banners", "carried", 3, 0, "Brown", "Ortiz"),
         ("6", "to repair the street lights", "carried", None, None, "Ortiz", "Brown")]


def test_who_proposed_and_seconded_in_brackets_before_a_resolution_or_after_a_sentence(tmp_path):
    # "Resolved: (Proposed Cllr A, seconded Cllr B) to ...": the bracket is not the resolution; "The
    # accounts were approved (proposed Cllr A, seconded Cllr B)." is a disposal in prose, its movers in
    # brackets (or in the sentence after it)
    assert decisions_of(tmp_path, """
##ASHFORD PARISH COUNCIL
Minutes of the Parish Council Meeting held on 29 January 2018
**4. Accounts
Resolved: (Proposed Cllr Brown, seconded Cllr Ortiz) to approve the accounts for 2017.
**5. Payments
The accounts for payment were approved (proposed Cllr Brown, seconded Cllr Ortiz).
**6. Grants
The grant of £200 to the youth club was approved. Proposed Cllr Ortiz, seconded Cllr Lee.
""") == [("4", "to approve the accounts for 2017.", None, None, None, "Brown", "Ortiz"),
         ("5", "The accounts for payment were approved.", "carried", None, None, "Brown", "Ortiz"),
         ("6", "The grant of £200 to the youth club was approved.", "carried", None, None, "Ortiz", "Lee")]


def test_more_ways_minutes_name_who_moved_and_seconded(tmp_path):
    # "Moved/Seconded: A/B to ...", "Upon motion duly made by A and seconded by B, the X were approved",
    # "On a motion from A, seconded by B, it was voted unanimously to ...", "A motion to X was offered
    # by A and seconded by B", "It was moved (A), seconded (B) and carried to ...", "Motion by A to X.
    # Motion seconded by B."
    assert decisions_of(tmp_path, """
##SSA #44 COMMISSION MEETING MINUTES
January 29, 2018
**1. Minutes
Moved/Seconded: Brown/Ortiz to approve the minutes of December 2017. Ayes: 3. Nays: 0.
**2. Budget
Upon motion duly made by Brown and seconded by Ortiz, the 2018 budget was approved.
**3. Audit
On a motion from Ortiz, seconded by Brown, it was voted unanimously to accept the 2017 audit.
**4. Contract
A motion to renew the cleaning contract was offered by Brown and seconded by Ortiz; motion carried.
**5. Banners
It was moved (Brown), seconded (Ortiz) and carried to buy 40 new banners.
**6. Lights
Motion by Brown to repair the street lights. Motion seconded by Ortiz. Motion carried 3-0.
""") == [("1", "to approve the minutes of December 2017", "carried", 3, 0, "Brown", "Ortiz"),
         ("2", "the 2018 budget was approved", "carried", None, None, "Brown", "Ortiz"),
         ("3", "to accept the 2017 audit", "carried", None, None, "Ortiz", "Brown"),
         ("4", "to renew the cleaning contract", "carried", None, None, "Brown", "Ortiz"),
         ("5", "to buy 40 new banners", "carried", None, None, "Brown", "Ortiz"),
         ("6", "to repair the street lights", "carried", 3, 0, "Brown", "Ortiz")]


def test_resolved_unanimously_and_a_decision_forms_reasons_on_the_labels_line(tmp_path):
    # "Resolved unanimously: That ..." (the word between the keyword and its colon); "Reasons for
    # decision: ..." with its text on the label's line ends the decision before it
    assert decisions_of(tmp_path, """
##ASHFORD BOROUGH COUNCIL
Minutes of the meeting of the Cabinet held on 12 March 2024
**45. Budget 2024/25
Resolved unanimously: That the budget be approved.
**46. Fees and charges
Decision: To approve the fees and charges for 2024/25.
Reasons for decision: The council must set its fees each year.
""") == [("45", "That the budget be approved.", "carried", None, None, None, None),
         ("46", "To approve the fees and charges for 2024/25.", None, None, None, None, None)]


def test_be_it_resolved_in_the_sentences_own_case(tmp_path):
    # "Be it resolved that Council ...", "Now therefore be it resolved that ..." (Canadian and US
    # councils print the operative words in sentence case), with who moved it on the lines above and
    # the outcome on the line below
    assert decisions_of(tmp_path, """
##TOWN OF MILTON
Council Meeting Minutes
Monday, January 29, 2018
Resolution #2018-045
Moved by: Councillor Brown
Seconded by: Councillor Ortiz
Be it resolved that Council approve the purchase of a plow truck.
Carried
Resolution #2018-046
Whereas the library requires a new roof;
Now therefore be it resolved that Council award the roofing contract to Top Co.
Defeated
""") == [(None, "that Council approve the purchase of a plow truck.", "carried", None, None, "Brown", "Ortiz"),
         (None, "that Council award the roofing contract to Top Co.", "lost", None, None, None, None)]


def test_an_items_title_then_its_motions_fields_after_a_full_stop(tmp_path):
    # "1. Review and approve minutes. Motion: Brown; Second: Ortiz. Approved.": the item's title, then
    # the fields of the motion that carried it, on one line
    assert decisions_of(tmp_path, """
##SPECIAL SERVICE AREA #21 MEETING MINUTES
Monday, January 29, 2018
1. Review and approve minutes. Motion: Brown; Second: Ortiz. Approved.
2. Budget report. The commission reviewed the budget.
""") == [("1", "Review and approve minutes", "carried", None, None, "Brown", "Ortiz")]


def test_a_withdrawn_motion(tmp_path):
    # "... to approve the contract. Motion withdrawn.": the outcome, not part of the motion
    assert decisions_of(tmp_path, """
##SSA #44 COMMISSION MEETING MINUTES
January 29, 2018
**2. Contract
Motion by Brown, seconded by Ortiz, to approve the contract. Motion withdrawn.
""") == [("2", "to approve the contract", "withdrawn", None, None, "Brown", "Ortiz")]


def test_a_decision_notices_next_field_ends_the_decision(tmp_path):
    # "Decision: That X be approved." then "Date published: 14 March 2024": the form's next field,
    # its value beside it, is no part of the decision (nor a second record of it)
    assert decisions_of(tmp_path, """
##ASHFORD BOROUGH COUNCIL
NOTICE OF EXECUTIVE DECISION
Subject: Parking charges review
Decision: That the parking charges in Appendix A be approved.
Date published: 14 March 2024
Contact officer: Jane Smith
""") == [(None, "That the parking charges in Appendix A be approved.", "carried", None, None, None, None)]


def test_legistar_items_with_long_titles_refs_with_a_capital_and_an_ordinance_number(tmp_path):
    # a file number marks an item's heading however long its title; "6A." is the item's ref; the
    # "23-06" of "Ordinance No. 23-06;" is the ordinance's number, not a tally
    assert decisions_of(tmp_path, """
##CITY COUNCIL MEETING MINUTES
Tuesday, June 6, 2023 6:00 PM
1. 23-716 Approval of the Minutes of the May 16, 2023 Regular Meeting of the City Council
A motion was made by Councilmember Lee, seconded by Councilmember Brown, that this item be approved. The
motion carried by the following vote:
Aye: 5 - Lee, Brown, Ortiz, Diaz and Gray
6A. Zone Change 23-04
Following the public hearing, Council Member Ortiz moved to adopt Ordinance No. 23-06; Council Member Diaz
seconded. The motion carried 4-1 (Gray no).
""") == [("1", "Approval of the Minutes of the May 16, 2023 Regular Meeting of the City Council", "carried", 5, 0,
          "Lee", "Brown"),
         ("6A", "to adopt Ordinance No. 23-06", "carried", 4, 1, "Ortiz", "Diaz")]


def test_a_motion_printed_as_a_bullet_point(tmp_path):
    # "• Motion to approve ...: Brown; second: Ortiz": the bullet is no part of the motion (the forms
    # that start a sentence had not matched after it)
    assert decisions_of(tmp_path, """
##SSA #21 Commission Meeting Notes
January 29, 2018
**2. Approval of Minutes
• Motion to approve the December minutes: Brown; second: Ortiz; all in favor.
""") == [("2", "to approve the December minutes", "carried", None, None, "Brown", "Ortiz")]


def test_a_motions_fields_printed_as_bullet_points(tmp_path):
    # "• Motion: ..." over "o Moved: Brown", "o Seconded: Ortiz", "o Vote: All in favor": the fields of
    # one motion, bullets and all
    assert decisions_of(tmp_path, """
##SSA #21 Commission Meeting Minutes
January 29, 2018
**2. Approval of Minutes
• Motion: Approve the December 2017 minutes
   o Moved: Brown
   o Seconded: Ortiz
   o Vote: All in favor
""") == [("2", "Approve the December 2017 minutes", "carried", None, None, "Brown", "Ortiz")]


def test_a_boards_numbered_paragraphs_record_what_it_agreed_approved_and_noted(tmp_path):
    # boards and advisory bodies number each item's paragraphs ("2.1", "2.2") and record decisions
    # as the body's act on a thing; the date under the title is not minute 14
    assert [(ref, text) for ref, text, *_ in decisions_of(tmp_path, """
##Minutes of the Board meeting
**14 March 2024
Present: Jane Smith (Chair), Robert Jones, Anita Patel

**1. Minutes of the previous meeting
1.1 The minutes of the meeting of 8 February were agreed as an accurate record.

**2. Strategy 2024-27
2.1 The Director presented the draft strategy.
2.2 The Board agreed the strategy subject to minor amendments.

**3. Budget
3.1 The Board approved the budget for 2024/25.

**4. Risk register
4.1 The Board noted the risk register.
""")] == [("1", "The minutes of the meeting of 8 February were agreed as an accurate record."),
          ("2", "The Board agreed the strategy subject to minor amendments."),
          ("3", "The Board approved the budget for 2024/25."),
          ("4", "The Board noted the risk register.")]


def test_item_headings_in_plain_type_with_a_colon_and_a_date_under_the_title(tmp_path):
    assert [(ref, text) for ref, text, *_ in decisions_of(tmp_path, """
##Minutes of the Committee
**14 March 2024
Present: Jane Smith (Chair), Robert Jones, Anita Patel

Item 1: Terms of reference
Decision: The Committee approved the revised terms of reference.

Item 2: Annual report
Agreed: to publish the annual report in June.
""")] == [("1", "The Committee approved the revised terms of reference."), ("2", "to publish the annual report in June.")]


def test_a_motion_whose_own_verb_is_passed_and_a_recorded_vote_after_it(tmp_path):
    # Canadian councils: "That By-law 2024-10 be passed." is the motion, "passed" is not its
    # outcome; "Recorded vote requested by ..." and the vote after it are not part of it
    assert decisions_of(tmp_path, """
##Regular Council Meeting Minutes
**7.2 Report FIN-2024-02, Tax Rates
Resolution No. 2024-047
Moved by: Deputy Mayor Brown
Seconded by: Councillor Patel
That By-law 2024-10 be passed.
Recorded vote requested by Councillor Lee
For: Smith, Brown, Patel
Against: Lee
Carried (3-1)
""") == [("7.2", "That By-law 2024-10 be passed", "carried", 3, 1, "Brown", "Patel")]


def test_min_references_and_a_count_first_vote_in_brackets(tmp_path):
    # parish minutes: "Min 24/052 Play area" heads the minute, and "(3 for, 1 against, 1 abstention)"
    # after a resolution is its vote
    assert decisions_of(tmp_path, """
##Minutes of Highfield Parish Council
Present: Cllrs Brown (Chair), Green, Black, White, Grey

Min 24/052 Play area
It was proposed by Cllr White and seconded by Cllr Grey that the quote of £3,450 from PlaySafe Ltd be accepted. Vote: 4 for, 1 against.

Min 24/053 Precept
Resolved: that the precept for 2025/26 be set at £24,000 (3 for, 1 against, 1 abstention).
""") == [("24/053", "that the precept for 2025/26 be set at £24,000", "carried", 3, 1, None, None),  # (formal records first)
         ("24/052", "that the quote of £3,450 from PlaySafe Ltd be accepted", "carried", 4, 1, "White", "Grey")]


def test_an_action_summary_with_lettered_item_numbers(tmp_path):
    # "Item 5.A  Approve minutes ...  APPROVED 5-0": the number with its letter after a point
    assert decisions_of(tmp_path, """
##CITY COUNCIL ACTION SUMMARY
**Regular Meeting of June 4, 2024
Item 5.A  Approve minutes of May 21, 2024  APPROVED 5-0
Item 6.A  Ordinance 1150 amending parking rules  ADOPTED 4-1 (Lee no)
Item 7.A  Appointment to Planning Commission  CONTINUED
""") == [("5.A", "Approve minutes of May 21, 2024", "carried", 5, 0, None, None),
         ("6.A", "Ordinance 1150 amending parking rules", "carried", 4, 1, None, None),
         ("7.A", "Appointment to Planning Commission", "deferred", None, None, None, None)]


def test_a_boards_table_of_items_discussion_and_decision(tmp_path):
    # "Item | Discussion | Action/Decision": the item's number, what was discussed (the matter) and
    # what was done; a decision cell that is the board's own act is the decision as written
    pdf = ruled_table_pdf(tmp_path / "minutes.pdf", ["Minutes of the Board meeting", "14 March 2024"], [
        ["Item", "Discussion", "Action/Decision"],
        ["1", "Minutes of last meeting", "Agreed as a correct record"],
        ["2", "Budget 2024/25", "The Board approved the budget"],
        ["3", "Any other business", "None"]])
    assert [(d.minute_ref, d.text, d.outcome) for d in extract_decisions(analyse(list(read_pages(pdf))))] == [
        ("1", "Minutes of last meeting", "carried"), ("2", "The Board approved the budget", "carried")]


def test_a_boards_acts_in_capitals_as_points_and_sentences(tmp_path):
    # NHS trust boards: "The Board: • NOTED the report • APPROVED the priorities", "The Board
    # RECEIVED and NOTED the finance report."
    assert [(ref, text) for ref, text, *_ in decisions_of(tmp_path, """
##Minutes of the Trust Board meeting held in public
Present: Sir John Hale (Chair), Dr Sam Lee, Ann Cole

**TB 24/31 Quality Report
The Medical Director presented the report.
The Board:
• NOTED the quality report; and
• APPROVED the quality priorities for 2024/25.

**TB 24/32 Finance Report
The Board RECEIVED and NOTED the month 11 finance report.
""")] == [("TB 24/31", "NOTED the quality report; and"), ("TB 24/31", "APPROVED the quality priorities for 2024/25."),
          ("TB 24/32", "The Board RECEIVED and NOTED the month 11 finance report.")]


def test_a_legistar_motion_on_this_item_on_first_reading_records_the_item(tmp_path):
    # "... that this Ordinance be Approved on First Reading. The motion failed by the following vote:"
    assert decisions_of(tmp_path, """
##City Council
**Meeting Minutes
**24-0313 Ordinance amending Chapter 12 parking
A motion was made by Councilmember Diaz, seconded by Councilmember Kim, that this Ordinance be Approved on First Reading. The motion failed by the following vote:
Aye: 2 - Councilmember Diaz, Councilmember Kim
Nay: 3 - Councilmember Lee, Councilmember Stone and Mayor Ross
""") == [("24-0313", "Ordinance amending Chapter 12 parking", "lost", 2, 3, "Diaz", "Kim")]


def test_a_motion_and_a_second_by_and_a_motion_after_a_discussion_clause(tmp_path):
    # "Upon a motion by A and a second by B, the Board adopted ..." (the seconder as a noun), and
    # "After discussion, on a motion by A, seconded by B, the Board voted 3-0 to award ..." (what
    # was done is the body's act after the motion, not the clause before it); "NO." in a heading
    # in capitals does not end it
    assert decisions_of(tmp_path, """
##MINUTES OF THE SPECIAL MEETING OF THE BOARD OF DIRECTORS
ITEM 4 – ADOPT RESOLUTION NO. 2024-03 SETTING WATER RATES
Upon a motion by Director Dunn and a second by Vice President Ray, the Board adopted Resolution No. 2024-03 by the following roll call vote:
AYES: Directors Dunn, Ray, Lee
NOES: None
ITEM 5 – AWARD OF CONTRACT
After discussion, on a motion by Vice President Ray, seconded by Director Dunn, the Board voted 3-0 to award the pipeline contract to Delta Pipe Co.
""") == [("4", "adopted Resolution No. 2024-03", "carried", 3, 0, "Dunn", "Ray"),
         ("5", "to award the pipeline contract to Delta Pipe Co", "carried", 3, 0, "Ray", "Dunn")]


def test_a_motion_put_to_the_vote_in_the_passive_and_lost(tmp_path):
    # "Councillor A moved and Councillor B seconded the following motion: '...' The motion was put
    # to the vote and was LOST."
    assert decisions_of(tmp_path, """
##Minutes of the Council
**45. Motion on Climate
Councillor Green moved and Councillor White seconded the following motion:
"That this Council declares a climate emergency."
The motion was put to the vote and was LOST.
""") == [("45", "That this Council declares a climate emergency.", "lost", None, None, "Green", "White")]


def test_a_word_ending_in_on_before_motion_by_is_not_on_motion_by(tmp_path):
    # "... field trip to Washington Motion by Ann Lee, second by Mary Smith." run together in one
    # paragraph: "Washingt|on Motion by" is no "on motion by", and no record cut mid-word is made
    assert all(not text.endswith("Washingt") for _, text, *_ in decisions_of(tmp_path, """
##Minutes
**Regular Meeting of the Board of Education
**4.02 Approval of Field Trip
Motion & Voting
Approve the grade 8 field trip to Washington
Motion by Ann Lee, second by Mary Smith.
Final Resolution: Motion Fails
"""))


def test_a_bodys_points_of_decision_under_its_name(tmp_path):
    # "The Committee:" over points that open with what it did, in small letters: each is a decision
    # (the verb kept: it says what was done); "The Committee:" over anything else is no lead-in
    assert [(ref, text) for ref, text, *_ in decisions_of(tmp_path, """
##Minutes of the Committee meeting
Present: Jane Smith (Chair), Robert Jones, Anita Patel

**3. Work programme
The Secretary introduced the paper.
The Committee:
• agreed the work programme for 2024/25;
• noted the progress report; and
• asked the Secretariat to prepare a scoping paper.

**4. Membership
The Committee:
• Jane Smith (Chair)
• Robert Jones
""")] == [("3", "agreed the work programme for 2024/25;"), ("3", "noted the progress report; and"),
          ("3", "asked the Secretariat to prepare a scoping paper.")]


def test_the_same_words_under_two_minutes_are_two_decisions(tmp_path):
    # "The Committee noted the report." under minute 2 and again under minute 3 records two
    # disposals (a resolution printed twice under one minute, or again in a summary, is one)
    assert [(ref, text) for ref, text, *_ in decisions_of(tmp_path, """
##Minutes of the Education Committee
Present: Councillors A Brown, C Davidson, E Fraser.
**2. BUDGET MONITORING
There was submitted a report by the Head of Finance.
**Decision
The Committee noted the report.
**3. ROADS
There was submitted a report by the Head of Roads.
**Decision
The Committee noted the report.
""")] == [("2", "The Committee noted the report."), ("3", "The Committee noted the report.")]


def test_the_motion_to_do_a_thing_with_its_vote(tmp_path):
    # "The motion to deny the rezoning passed by a vote of 4-1.": the motion named as the subject of its vote
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
Present: Mayor Lee, Councilmembers Brown, Ortiz, Kim and Park
**9. Zoning
The motion to deny the rezoning passed by a vote of 4-1.
""") == [("9", "to deny the rezoning", "carried", 4, 1, None, None)]


def test_a_resolution_after_its_proposer_seconder_and_outcome_on_its_line(tmp_path):
    # "Proposed: Cllr A Seconded: Cllr B. All in favour. Resolved to ...": one decision, the
    # resolution, moved by A and seconded by B (not a second record of the item's heading)
    assert decisions_of(tmp_path, """
##Minutes of the Parish Council Meeting
Present: Cllr A Brown (Chair), Cllr C Davidson, Cllr E Fraser
**24/034 Allotments
Proposed: Cllr Davidson Seconded: Cllr Fraser. All in favour. Resolved to increase allotment rents by 5%.
""") == [("24/034", "to increase allotment rents by 5%.", "carried", None, None, "Davidson", "Fraser")]


def test_a_resolution_defeated_and_a_proposal_all_agreed(tmp_path):
    # Canada: "THAT Council defer ..." over "DEFEATED" on its own line is a motion lost; a parish's
    # "Cllr A proposed, Cllr B seconded, all agreed to approve ..." is A's motion, carried
    assert decisions_of(tmp_path, """
##Minutes of the Regular Council Meeting
Present: Mayor A Brown, Councillors C Davidson, E Fraser, G Hill
**6. Zoning
Resolution 2024-046
Moved by: Councillor Hill
Seconded by: Councillor Davidson
THAT Council defer the zoning amendment to the next meeting.
DEFEATED
**7. Village hall
Cllr Davidson proposed, Cllr Fraser seconded, all agreed to approve the quote for the new boiler.
""") == [("6", "THAT Council defer the zoning amendment to the next meeting", "lost", None, None, "Hill", "Davidson"),
         ("7", "to approve the quote for the new boiler", "carried", None, None, "Davidson", "Fraser")]


def test_cr_is_a_councillors_title(tmp_path):
    # Australian and some UK minutes write "Cr" for a councillor: a title, not part of the name
    pages = layouts(tmp_path, """
##MINUTES OF THE ORDINARY COUNCIL MEETING
PRESENT: Cr A Smith (Mayor), Cr B Jones, Cr C Brown
**9.2 Library Hours
Moved Cr Smith, seconded Cr Jones
That Council extend library opening hours.
LOST
""")
    assert [a.name for a in extract_attendance(pages)] == ["A Smith", "B Jones", "C Brown"]
    assert [(d.text, d.mover, d.seconder, d.outcome) for d in extract_decisions(pages)] == [
        ("That Council extend library opening hours", "Smith", "Jones", "lost")]


def test_a_table_of_minutes_and_their_resolutions(tmp_path):
    # "Minute | Subject | Resolution": a row a resolution, its minute's number in the first column
    pages = analyse(list(read_pages(ruled_table_pdf(
        tmp_path / "minutes.pdf", ["<b>Minutes of the Highways Committee</b>", "12 March 2024",
                                   "Present: Cllr A Brown (Chair), Cllr C Davidson"],
        [["Minute", "Subject", "Resolution"],
         ["24/01", "Minutes", "That the minutes of the last meeting be approved."],
         ["24/02", "Potholes", "RESOLVED that the pothole programme be approved."],
         ["24/03", "Budget", "The Chair gave an update."]], [60, 120, 300]))))
    assert sorted((d.minute_ref, d.text) for d in extract_decisions(pages)) == [
        ("24/01", "That the minutes of the last meeting be approved."), ("24/02", "that the pothole programme be approved.")]


def test_a_resolution_in_a_decision_tables_decision_column(tmp_path):
    # "Item | Discussion | Decision" whose Decision cell is the resolution itself ("That a grant of
    # £500 be awarded."): the resolution is the record, its vote unknown
    pages = analyse(list(read_pages(ruled_table_pdf(
        tmp_path / "minutes.pdf", ["<b>Minutes of the Grants Panel</b>", "12 March 2024",
                                   "Present: Cllr A Brown (Chair), Cllr C Davidson"],
        [["Item", "Discussion", "Decision"],
         ["1. Scout hut", "The panel considered the application from the Scouts.", "That a grant of £500 be awarded."],
         ["2. Bowls club", "The panel considered the bid.", "To defer the bid to the next meeting."]], [100, 200, 180]))))
    assert [(d.minute_ref, d.text, d.outcome) for d in extract_decisions(pages)] == [
        ("1", "That a grant of £500 be awarded", None), ("2", "To defer the bid to the next meeting", None)]


def test_the_column_of_who_acts_on_a_minute_is_no_part_of_its_resolution(tmp_path):
    # "RESOLVED that the bus shelter be repaired.        Clerk": who is to act, in a column at the right
    pages = analyse(list(read_pages(text_pdf(tmp_path / "minutes.pdf", """
##Minutes of the Parish Council Meeting
Present: Cllr A Brown (Chair), Cllr C Davidson, Cllr E Fraser
24/031     Grass cutting contract
           It was RESOLVED that the quote from Green Ltd be accepted.      Clerk
24/032     Bus shelter
           RESOLVED that the bus shelter be repaired.                      Cllr Fraser
""", font="Courier"))))
    assert [(d.minute_ref, d.text) for d in extract_decisions(pages)] == [
        ("24/031", "that the quote from Green Ltd be accepted."), ("24/032", "that the bus shelter be repaired.")]


def test_resolutions_and_titles_that_wrap(tmp_path):
    # "Resolved to" at a line's end; the proposer and seconder wrapped onto the keyword's line; a
    # filed item's title that runs on under its words (Legistar)
    assert decisions_of(tmp_path, """
##Minutes of the Parish Council Meeting
Present: Cllr A Brown (Chair), Cllr C Davidson, Cllr E Fraser
**24/034 Allotments
Proposed: Cllr Davidson Seconded: Cllr Fraser. All in
favour. Resolved to increase allotment rents by 5%.
**24/035 Precept
Proposed: Cllr Brown Seconded: Cllr Fraser. All in favour. Resolved to
set the precept at £25,000.
""") == [("24/034", "to increase allotment rents by 5%.", "carried", None, None, "Davidson", "Fraser"),
         ("24/035", "to set the precept at £25,000.", "carried", None, None, "Brown", "Fraser")]
    assert [(ref, text) for ref, text, *_ in decisions_of(tmp_path, """
##City Council
Meeting Minutes
Present: 4 - Councilmember Allen, Councilmember Carter, Vice Mayor Dunn and Mayor Ellis
3.B 24-0124 Resolution approving the purchase of a fire engine from Pierce Manufacturing for the
              fire department
A motion was made by Councilmember Allen, seconded by Vice Mayor Dunn, that this Resolution be
Adopted. The motion carried by the following vote:
Aye: 4 - Councilmember Allen, Councilmember Carter, Vice Mayor Dunn and Mayor Ellis
""")] == [("3.B", "Resolution approving the purchase of a fire engine from Pierce Manufacturing for the fire department")]


def test_a_motion_whose_line_wrapped_before_a_long_word(tmp_path):
    # "... made a motion to adopt Resolution 2024-15." / "Commissioner Morales seconded the motion.":
    # the line ended short only because "Commissioner" did not fit, so the paragraph goes on
    assert decisions_of(tmp_path, """
##MINUTES OF THE REGULAR MEETING
**Board of County Commissioners
Commissioners present: Reed, Vance, Morales, Hunt.
The Chairman called the meeting to order at 9:00 a.m. and welcomed the members of the public and
the press, and the Clerk read the notice of the meeting into the record of the proceedings.
AGENDA ITEM 3: RESOLUTION 2024-15
Commissioner Vance made a motion to adopt Resolution 2024-15 as presented by staff.
Commissioner Morales seconded the motion. Motion passed 4-0.
""")[-1:] == [("3", "to adopt Resolution 2024-15 as presented by staff", "carried", 4, 0, "Vance", "Morales")]


def test_a_filed_items_title_that_wraps_after_a_comma(tmp_path):
    # "3.A 24-0123 Approval of the minutes of February 27," / "2024": one title, the item's
    assert [(ref, text) for ref, text, *_ in decisions_of(tmp_path, """
##City Council
Meeting Minutes
Present: 5 - Councilmember Allen, Councilmember Baker, Councilmember Carter
3. CONSENT CALENDAR
3.A 24-0123 Approval of the minutes of the regular meeting of February 27,
            2024
A motion was made by Councilmember Baker, seconded by Councilmember Carter, that
this Minutes be Approved. The motion carried by the following vote:
Aye: 3 - Councilmember Allen, Councilmember Baker, Councilmember Carter
""")] == [("3.A", "Approval of the minutes of the regular meeting of February 27, 2024")]


def test_typed_minutes_capital_headings_vote_fields_and_outcome_sentences(tmp_path):
    # headings in capitals in plain type ("13. GRANTS ..."), one that wraps in capitals, a school
    # board's "Motion: X  Second: Y  Vote: 4-0" fields, and "Motion approved 3-0." after the motion
    pages = layouts(tmp_path, """
##Minutes of the Finance Committee
Held on 12 March 2024 at Town Hall

13. GRANTS TO LOCAL ORGANISATIONS
RESOLVED that grants be awarded to the organisations listed in the
appendix to the report.

14. CONDITIONAL USE PERMIT NO. 19-04, 120 MAIN STREET, OUTDOOR
DINING
It was moved by Councillor Clark and seconded by Councillor Diaz to
approve the permit. Motion approved 3-0.

15. APPROVAL OF AGENDA
Motion: Park    Second: Reyes    Vote: 4-0
The agenda was approved as presented.
""")
    got = [(d.minute_ref, d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against)
           for d in extract_decisions(pages)]
    assert got == [
        ("13", "that grants be awarded to the organisations listed in the appendix to the report.", None, None, None, None, None),
        ("14", "to approve the permit", "Clark", "Diaz", "carried", 3, 0),
        ("15", "APPROVAL OF AGENDA", "Park", "Reyes", "carried", 4, 0)]


def test_the_outcome_sentence_on_its_own_line_before_the_roll_call(tmp_path):
    # "The motion carried by the following vote:" printed as a line of its own under the motion: the
    # AYES / NOES lines under it are still that motion's roll call
    pages = layouts(tmp_path, """
##CITY COUNCIL MINUTES
March 18, 2022

A. Resolution No. 2022-15 Approving the Library Renovation Budget
ACTION: Moved by Councilmember Hale, seconded by Councilmember Ibarra,
to adopt Resolution No. 2022-15.
The motion carried by the following vote:
AYES: Hale, Ibarra, Jones
NOES: Kim
ABSENT: None
""")
    (d,) = extract_decisions(pages)
    assert (d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against) == \
        ("to adopt Resolution No. 2022-15", "Hale", "Ibarra", "carried", 3, 1)
    assert [tuple(v) for v in d.roll_call] == [("Hale", "for"), ("Ibarra", "for"), ("Jones", "for"), ("Kim", "against")]


def test_a_recorded_vote_on_the_recommendation_is_the_resolutions_and_a_prose_resolution_ends_one(tmp_path):
    # "A recorded vote was taken on the recommendation" / For / Against / "The recommendation was
    # CARRIED." / "RESOLVED that ...": one decision, the resolution with its vote; and "Members
    # RESOLVED to ..." ends where the next line records the next resolution in prose
    pages = layouts(tmp_path, """
##Minutes of a meeting of the Licensing Committee held on Tuesday 14 May 2024

**26. TAXI FARES
A recorded vote was taken on the recommendation:
For: Councillors Brown, Davies, Smith (3)
Against: Councillors Evans, Green (2)
Abstain: None (0)
The recommendation was CARRIED.
RESOLVED that the table of taxi fares be increased by 3% from 1 July 2024.

**27. FINANCE
Members RESOLVED to approve the payments listed in the schedule totalling £2,345.67.
The Committee agreed to accept the quote of £850 from Green Spaces Ltd for grass cutting.
""")
    got = [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against, d.votes_abstain) for d in extract_decisions(pages)]
    assert got == [
        ("26", "that the table of taxi fares be increased by 3% from 1 July 2024.", "carried", 3, 2, 0),
        ("27", "to approve the payments listed in the schedule totalling £2,345.67.", None, None, None, None),
        ("27", "to accept the quote of £850 from Green Spaces Ltd for grass cutting.", "carried", None, None, None)]


def test_a_by_law_read_three_times_and_passed_keeps_its_words(tmp_path):
    # Canadian minutes: "be read a first, second and third time and passed" is the by-law's own
    # wording, not the motion's outcome; the outcome is the "CARRIED (3 to 1)" under the vote
    pages = layouts(tmp_path, """
##Council Meeting Minutes
Tuesday, February 13, 2024

**7. By-laws
Resolution No. 2024-042
Moved by: Councillor Hale
Seconded by: Councillor Fox
THAT By-law 2024-10, being a by-law to amend the fees and charges by-law, be read a first,
second and third time and passed.
For: Mayor Boyd, Deputy Mayor Dunn, Councillor Hale
Against: Councillor Fox
CARRIED (3 to 1)
""")
    (d,) = extract_decisions(pages)
    assert (d.text, d.mover, d.seconder, d.outcome, d.votes_for, d.votes_against) == (
        "THAT By-law 2024-10, being a by-law to amend the fees and charges by-law, be read a first, second and third "
        "time and passed", "Hale", "Fox", "carried", 3, 1)


def test_an_action_summary_whose_titles_wrap_and_its_other_outcome_words(tmp_path):
    # an action summary prints each item's title and its outcome on one line, or two where the
    # title wraps; "INTRODUCED 5-0" and "DENIED 3-2" are outcomes with their tallies
    pages = layouts(tmp_path, """
##CITY COUNCIL ACTION SUMMARY
Tuesday, May 14, 2024

5. CONSENT CALENDAR
5.A Approve minutes of the April 30, 2024 meeting. APPROVED 5-0
5.B Award a contract to Main Street Builders for the downtown streetscape
project in the amount of $2,400,000. APPROVED 4-1
6. PUBLIC HEARINGS
6.A Introduce Ordinance 24-3 rezoning 10 Main Street from C-1 to MU-2. INTRODUCED 5-0
6.B Appeal of the Planning Commission's denial of a sign permit. DENIED 3-2
""")
    got = [(d.minute_ref, d.text, d.outcome, d.votes_for, d.votes_against) for d in extract_decisions(pages)]
    assert got == [
        ("5.A", "Approve minutes of the April 30, 2024 meeting", "carried", 5, 0),
        ("5.B", "Award a contract to Main Street Builders for the downtown streetscape project in the amount of "
                "$2,400,000", "carried", 4, 1),
        ("6.A", "Introduce Ordinance 24-3 rezoning 10 Main Street from C-1 to MU-2", "carried", 5, 0),
        ("6.B", "Appeal of the Planning Commission's denial of a sign permit", "lost", 3, 2)]


def test_a_canadian_recorded_vote_under_its_label_and_the_outcome_after_the_names(tmp_path):
    # eSCRIBE minutes: "Moved by: / Seconded by:", the resolution, then "Recorded Vote:" on a line of
    # its own over the sides; the outcome under the last side's names is no name of its own
    text = """
##Town of Maplewood
**Regular Council Meeting Minutes
June 10, 2024
Present: Mayor A. Smith, Deputy Mayor B. Jones, Councillor C. White, Councillor D. Green
**4. Staff Reports
**4.1 Report FIN-24-07, 2024 Tax Rates
Resolution No. 2024-102
Moved by: Deputy Mayor Jones
Seconded by: Councillor White
That By-law 2024-30, being a by-law to set the 2024 tax rates, be passed.
Recorded Vote:
For: Mayor Smith, Deputy Mayor Jones, Councillor White
Against: Councillor Green
Carried (3 to 1)
**4.2 Report PW-24-04, Sidewalks
Moved by: Councillor Green
Seconded by: Councillor White
That Council approve the sidewalk plan.
Yeas: Mayor Smith, Councillor White, Councillor Green
Nays: Deputy Mayor Jones
Carried
"""
    got = extract_decisions(layouts(tmp_path, text))
    assert [(d.minute_ref, d.outcome, d.votes_for, d.votes_against, d.mover, d.seconder) for d in got] == [
        ("4.1", "carried", 3, 1, "Jones", "White"), ("4.2", "carried", 3, 1, "Green", "White")]
    assert got[1].roll_call == [["Smith", "for"], ["White", "for"], ["Green", "for"], ["Jones", "against"]]
