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
