"""Attendance: the ways minutes print who was present, sent apologies or was absent, each on a
small PDF the test builds, asserting each person's name (titles and posts dropped), status and role."""
from __future__ import annotations

from pipeline.extract.attendance import extract_attendance
from pipeline.read.layout import analyse
from pipeline.read.pages import read_pages
from tests.pdfs import text_pdf


def attendance(tmp_path, text, name="minutes", **kw):
    pages = analyse(list(read_pages(text_pdf(tmp_path / f"{name}.pdf", text, **kw))))
    return [(a.name, a.status, a.role) for a in extract_attendance(pages)]


def test_councillors_present_with_posts_after_names_and_officers_label(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Planning Committee
Councillors present: Cllr Jane Smith (Chair); Cllr Peter Jones; Councillor Amir Khan
Officers: Mark Bell, Planning Manager; Sue Park, Democratic Services Officer
Apologies: Cllr Tom Grey

**1. Declarations of interest
None.
""") == [("Jane Smith", "present", "member"), ("Peter Jones", "present", "member"),
         ("Amir Khan", "present", "member"), ("Mark Bell", "present", "officer"),
         ("Sue Park", "present", "officer"), ("Tom Grey", "apologies", "member")]


def test_commissioners_present_absent_staff_and_also_present(tmp_path):
    assert attendance(tmp_path, """
##SPECIAL SERVICE AREA COMMISSION MEETING MINUTES
Commissioners Present: Ann Lee, Bob Stone, Carla Diaz
Commissioners Absent: Dan Ford
Staff Present: Eve Kim, Program Manager
Also Present: Frank Ortiz

**1. Call to order
The meeting was called to order at 6:05 pm.
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
         ("Carla Diaz", "present", "member"), ("Dan Ford", "absent", "member"),
         ("Eve Kim", "present", "officer"), ("Frank Ortiz", "present", "other")]


def test_lists_printed_one_name_a_line(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE BOARD OF DIRECTORS
Directors Present:
Ann Lee
Bob Stone
Carla Diaz

Directors Absent:
Dan Ford

Staff Present:
Eve Kim, Executive Director
Gil Park, Finance Manager

**1. CALL TO ORDER
The meeting was called to order at 6:05 pm by Ann Lee.
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
         ("Carla Diaz", "present", "member"), ("Dan Ford", "absent", "member"),
         ("Eve Kim", "present", "officer"), ("Gil Park", "present", "officer")]


def test_us_roll_call_with_titles_before_names(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
ROLL CALL  Present: Mayor Ann Lee, Vice Mayor Bob Stone, Council Member Carla Diaz, Council Member Dan Ford
Absent: Council Member Eve Kim
Also Present: City Manager Gil Park, City Clerk Hana Ito
**2. PLEDGE OF ALLEGIANCE
""", size=9) == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
                 ("Carla Diaz", "present", "member"), ("Dan Ford", "present", "member"),
                 ("Eve Kim", "absent", "member"), ("Gil Park", "present", "officer"),
                 ("Hana Ito", "present", "officer")]


def test_posts_after_names_and_semicolons(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
Present: Ann Lee, Mayor; Bob Stone, Vice Mayor; Carla Diaz, Councilmember; Jane Smith, City Clerk
Staff present: Gil Park, City Manager
**2. PLEDGE OF ALLEGIANCE
""", size=9) == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
                 ("Carla Diaz", "present", "member"), ("Jane Smith", "present", "officer"),
                 ("Gil Park", "present", "officer")]


def test_uk_present_in_attendance_and_apologies_sentence(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Community Grants Panel
Present: Councillor A Smith (Chair), Councillor B Jones, Councillor C Brown
In attendance: D White (Town Clerk), E Green (Finance Officer)
Apologies for absence were received from Cllr F Black and Cllr G Gray.
Absent: Cllr H Hall

**1. Declarations of interest
""") == [("A Smith", "present", "member"), ("B Jones", "present", "member"), ("C Brown", "present", "member"),
         ("D White", "present", "officer"), ("E Green", "present", "officer"),
         ("F Black", "apologies", "member"), ("G Gray", "apologies", "member"), ("H Hall", "absent", "member")]


def test_absent_with_notice_and_excused(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE TOWN BOARD
Present: Supervisor Ann Lee, Trustee Bob Stone
Absent with notice: Trustee Carla Diaz
Excused: Trustee Dan Ford

**1. CALL TO ORDER
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
         ("Carla Diaz", "absent", "member"), ("Dan Ford", "absent", "member")]


def test_the_following_members_were_present_and_public_speakers_are_not_attendance(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE BOARD OF TRUSTEES
The following members were present:
Trustee Ann Lee, Trustee Bob Stone, Trustee Carla Diaz

**1. PUBLIC COMMENT
Mr. John Public spoke about parking. Ms. Jane Resident asked about the library hours.
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Carla Diaz", "present", "member")]


def test_board_members_present_with_honorifics(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE PLANNING COMMISSION
Board members present: Dr. Ann Lee, Mr. Bob Stone, Mrs. Carla Diaz and Ms. Dana Ford
Board members absent: Commissioner Eve Kim
**1. CALL TO ORDER
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Carla Diaz", "present", "member"),
         ("Dana Ford", "present", "member"), ("Eve Kim", "absent", "member")]


def test_chair_vice_chair_alderman_director_titles(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE LIBRARY BOARD
Present: Chair Ann Lee, Vice Chair Bob Stone, Alderman Carla Diaz, Director Dan Ford
**1. CALL TO ORDER
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Carla Diaz", "present", "member"),
         ("Dan Ford", "present", "member")]


def test_an_agenda_staff_list_is_not_attendance(tmp_path):
    assert attendance(tmp_path, """
##AGENDA OF THE CITY COUNCIL
Mayor Ann Lee
Council Member Bob Stone
Staff:
City Manager Gil Park
City Clerk Hana Ito

**1. CALL TO ORDER
""") == []


def test_roll_call_written_as_a_sentence(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
**1. ROLL CALL
Roll call: Council Members Ann Lee, Bob Stone and Carla Diaz present; Dan Ford absent.
**2. PLEDGE OF ALLEGIANCE
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
         ("Carla Diaz", "present", "member"), ("Dan Ford", "absent", "member")]


def test_roll_call_a_member_a_line_with_the_status_beside(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
**CALL TO ORDER AND ROLL CALL
Mayor Ann Lee                 Present
Vice Mayor Bob Stone          Present
Council Member Carla Diaz     Absent
Council Member Dan Ford       Present

**2. PLEDGE OF ALLEGIANCE
""", font="Courier", size=9) == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
                                 ("Carla Diaz", "absent", "member"), ("Dan Ford", "present", "member")]


def test_roll_call_table_with_a_column_under_each_status(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
**ROLL CALL
Present                         Absent
Mayor Ann Lee                   Council Member Carla Diaz
Vice Mayor Bob Stone
Council Member Dan Ford

**2. PLEDGE OF ALLEGIANCE
""", font="Courier", size=9) == [("Ann Lee", "present", "member"), ("Carla Diaz", "absent", "member"),
                                 ("Bob Stone", "present", "member"), ("Dan Ford", "present", "member")]


def test_a_second_row_of_column_labels_and_a_boards_officers_under_its_members_label(tmp_path):
    # "Commissioners Present | Staff Present" over names, then "Commissioners Absent | Guests" further
    # down the same columns: the names under the second row are its lists'; a treasurer under
    # "Commissioners Present" is a commissioner
    assert attendance(tmp_path, """
##SSA #21 COMMISSION MEETING MINUTES
January 29, 2018
Commissioners Present            Staff Present
Ann Lee, Chair                   Kim Park, Program Manager
Bob Stone, Treasurer             Ann Fox, Executive Director
Dan Ford
Commissioners Absent             Guests
Carla Diaz                       Sam Green, 47th Ward

**1. CALL TO ORDER
""", font="Courier", size=9) == [("Ann Lee", "present", "member"), ("Kim Park", "present", "officer"),
                                 ("Bob Stone", "present", "member"), ("Ann Fox", "present", "officer"),
                                 ("Dan Ford", "present", "member"), ("Carla Diaz", "absent", "member"),
                                 ("Sam Green", "present", "other")]


def test_the_members_part_of_a_list_and_in_the_chair(tmp_path):
    # "ATTENDEES: Board: Lee, Brown; Staff: Park; Public: Green": "Board:" starts the members' part (Lee
    # was lost as part of a body's name), with the status of the list it is in ("Absent: Board: Gray")
    assert attendance(tmp_path, """
##SSA #44 COMMISSION MEETING MINUTES
January 29, 2018
ATTENDEES: Board: Lee, Brown, Ortiz; Staff: Park, Fox; Public: Green
ABSENT: Board: Gray
**1. CALL TO ORDER
""") == [("Lee", "present", "member"), ("Brown", "present", "member"), ("Ortiz", "present", "member"),
         ("Park", "present", "officer"), ("Fox", "present", "officer"), ("Green", "present", "other"),
         ("Gray", "absent", "member")]
    # UK minutes name who chaired first: "In the Chair: Cllr A Lee" over the list of councillors
    assert attendance(tmp_path, """
##ASHFORD PARISH COUNCIL
Minutes of the Parish Council Meeting held on 29 January 2018
In the Chair: Cllr A Lee
Councillors: M Brown, J Ortiz
Clerk: K Park
**1. APOLOGIES
""", name="uk") == [("A Lee", "present", "member"), ("M Brown", "present", "member"), ("J Ortiz", "present", "member"),
                   ("K Park", "present", "officer")]


def test_a_school_boards_lists_and_roll_call_was_answered_by(tmp_path):
    # "Student Board Member: X" inside the absent list's lines is a member who came, and
    # "Administrators Present:" after it the staff's list (its first word was read as a name)
    assert attendance(tmp_path, """
##PINE RIDGE UNIFIED SCHOOL DISTRICT
Minutes of the Regular Meeting of the Board of Education
March 12, 2024
Board Members Present: Anna Lee, President; Mark Brown, Vice President
Board Members Absent: Tom Gray
Student Board Member: Sam Green
Administrators Present: Dr. Kim Park, Superintendent; Ann Fox, Assistant Superintendent
**1. Call to Order
""") == [("Anna Lee", "present", "member"), ("Mark Brown", "present", "member"), ("Tom Gray", "absent", "member"),
         ("Sam Green", "present", "member"), ("Kim Park", "present", "officer"), ("Ann Fox", "present", "officer")]
    # "Roll call was answered by Mayor Lee, Councilmembers Brown and Ortiz." is who came
    assert attendance(tmp_path, """
##CITY OF PINE RIDGE
City Council Minutes
March 5, 2024
Roll call was answered by Mayor Lee, Councilmembers Brown and Ortiz. Councilmember Gray was absent.
**1. Consent Agenda
""", name="city") == [("Gray", "absent", "member"), ("Lee", "present", "member"), ("Brown", "present", "member"),
                     ("Ortiz", "present", "member")]


def test_columns_of_a_list_line_are_apart_and_bracketed_posts_stay_whole(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE SSA COMMISSION
Commissioners Present:
Ann Lee             Lincoln Square Chamber of Commerce
Bob Stone           Ravenswood Community Council
In attendance: Joanne Carpenter (Participation and Engagement Manager), Roxanne Hills
Also present: Sue Chandler, Cabinet Member for Integrated Services

**1. CALL TO ORDER
""", font="Courier", size=9) == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
                                 ("Joanne Carpenter", "present", "officer"), ("Roxanne Hills", "present", "officer"),
                                 ("Sue Chandler", "present", "other")]


def ingested_attendance(tmp_path, text, name="minutes"):
    """Attendance rows of a built paper after the whole pipeline has ingested it."""
    import sqlite3

    from pipeline.ingest import ingest
    papers = tmp_path / name
    papers.mkdir()
    text_pdf(papers / f"{name}.pdf", text)
    db = tmp_path / f"{name}.db"
    ingest([papers], db, workers=1)
    with sqlite3.connect(db) as con:
        return con.execute("select name, status, role from attendance order by id").fetchall()


def test_minutes_head_their_list_with_who_came_one_a_line_or_comma_separated(tmp_path):
    assert ingested_attendance(tmp_path, """
##Minutes of the Parish Council meeting held on 4 March 2024
Councillors:
Jane Smith
Peter Jones
Amir Khan

**1. Apologies
None.
""") == [("Jane Smith", "present", "member"), ("Peter Jones", "present", "member"), ("Amir Khan", "present", "member")]
    assert ingested_attendance(tmp_path, """
##MINUTES OF THE BOARD OF TRUSTEES
Trustees: Ruth Hale, Owen Price and Li Wei

**1. Call to order
The meeting was called to order at 7 pm.
""", name="board") == [("Ruth Hale", "present", "member"), ("Owen Price", "present", "member"),
                       ("Li Wei", "present", "member")]


def test_an_agendas_members_label_is_its_membership_not_attendance(tmp_path):
    assert attendance(tmp_path, """
##Agenda of the Planning Committee
Members: Jane Smith, Peter Jones, Amir Khan

**1. Apologies
""") == []


def test_a_body_named_before_its_members_council_members_colon_and_an_officer_among_guests(tmp_path):
    assert attendance(tmp_path, """
##Select Board Meeting Minutes
Select Board Members Present: Ann Lee, Chair; Bob Stone; Carla Diaz
Also present: Eve Kim, Town Manager

**1. Approval of Minutes
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Carla Diaz", "present", "member"),
         ("Eve Kim", "present", "officer")]
    assert attendance(tmp_path, """
##MINUTES
##REGULAR MEETING OF THE CITY COUNCIL
PRESENT:     COUNCIL MEMBERS:   Lee, Stone, Diaz, Mayor Ross
ABSENT:      COUNCIL MEMBERS:   None
""") == [("Lee", "present", "member"), ("Stone", "present", "member"), ("Diaz", "present", "member"),
         ("Ross", "present", "member")]


def test_administrators_present_and_councilor_spelt_with_one_l(tmp_path):
    assert attendance(tmp_path, """
##Regional School Committee Minutes
Members present: Ann Lee, Bob Stone
Members not present: Gil Park
Administrators present: Eve Kim, Superintendent
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Gil Park", "absent", "member"),
         ("Eve Kim", "present", "officer")]
    assert attendance(tmp_path, """
##Town Council Minutes
Roll Call
Mayor Ann Lee                Present
Councilor Bob Stone          Present
Councilor Carla Diaz         Absent
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Carla Diaz", "absent", "member")]


def test_a_table_of_members_with_a_mark_under_their_status(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE PLANNING COMMISSION
Commissioner              Present              Absent
Ann Lee                      X
Bob Stone                    X
Carla Diaz                                       X

**1. Call to order
""", font="Courier") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
                         ("Carla Diaz", "absent", "member")]


def test_a_list_in_a_sentence_runs_on_to_the_next_line(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES
The meeting was called to order by President Lee at 7:00 p.m. Trustees present were Lee,
Stone, Diaz and Ford. Trustee Park was absent. Also present were Superintendent Eve Kim and
Business Manager Gil Moss.
""") == [("Lee", "present", "member"), ("Stone", "present", "member"), ("Diaz", "present", "member"),
         ("Ford", "present", "member"), ("Eve Kim", "present", "officer"), ("Gil Moss", "present", "officer"),
         ("Park", "absent", "member")]


def test_lists_side_by_side_on_one_line(tmp_path):
    assert attendance(tmp_path, """
##CITY COUNCIL ACTION MINUTES
PRESENT: Lee, Stone, Diaz                          ABSENT: Ford

**5. Consent calendar
""") == [("Lee", "present", "member"), ("Stone", "present", "member"), ("Diaz", "present", "member"),
         ("Ford", "absent", "member")]


def test_a_director_of_something_before_a_name_is_staff(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE PLANNING COMMISSION
PRESENT: Chair Lynn Park; Commissioners Rita Gold and Tom West
ALSO PRESENT: Planning Director Kay Moss, City Attorney Al Gore
""") == [("Lynn Park", "present", "member"), ("Rita Gold", "present", "member"), ("Tom West", "present", "member"),
         ("Kay Moss", "present", "officer"), ("Al Gore", "present", "officer")]


def test_roll_call_with_each_status_in_brackets(tmp_path):
    assert attendance(tmp_path, """
##BOARD OF TRUSTEES MINUTES
Roll Call: Trustee Adams (present), Trustee Baker (present), Trustee Chen (absent), President Diaz (present)
""") == [("Adams", "present", "member"), ("Baker", "present", "member"), ("Chen", "absent", "member"),
         ("Diaz", "present", "member")]


def test_a_member_a_line_with_the_status_under_an_attendance_heading(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE BOARD OF DIRECTORS
ATTENDANCE
Director Adams     Present
Director Baker     Absent
Director Chen      Present
""", font="Courier") == [("Adams", "present", "member"), ("Baker", "absent", "member"), ("Chen", "present", "member")]


def test_labels_on_lines_of_their_own_inside_a_list_a_name_a_line(tmp_path):
    assert attendance(tmp_path, """
##PLANNING COMMISSION MINUTES
COMMISSIONERS PRESENT
Chair Adams
Vice Chair Baker
Commissioner Chen
COMMISSIONERS ABSENT
Commissioner Diaz
STAFF PRESENT
Joe Bloggs, Planning Manager
""") == [("Adams", "present", "member"), ("Baker", "present", "member"), ("Chen", "present", "member"),
         ("Diaz", "absent", "member"), ("Joe Bloggs", "present", "officer")]


def test_a_label_in_capitals_inside_the_line_and_the_police_as_guests(tmp_path):
    assert attendance(tmp_path, """
##CITY COUNCIL MINUTES
PRESENT: Council Members: Adams, Baker, Chen and Mayor Diaz ABSENT: Council Members: Evans
**1. CONSENT CALENDAR
""") == [("Adams", "present", "member"), ("Baker", "present", "member"), ("Chen", "present", "member"),
         ("Diaz", "present", "member"), ("Evans", "absent", "member")]
    assert attendance(tmp_path, """
##PARISH COUNCIL MINUTES
Present: Councillors Allen (Chairman), Bates and Croft; the Clerk, Mrs F Grant; PCSO H Hunt.
**1. Apologies
""") == [("Allen", "present", "member"), ("Bates", "present", "member"), ("Croft", "present", "member"),
         ("F Grant", "present", "officer"), ("H Hunt", "present", "other")]


def test_a_label_after_a_sentence_that_ends_in_a_time(tmp_path):
    # "6:00 p.m." holds a colon and a stop that are not a sentence's end: the label starts after them
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
Mayor Hunt called the meeting to order at 6:00 p.m. Council Members present: Ana Ruiz, Tom Bell
and Sara Kim. Council Members absent: Dave Lee.
""") == [("Ana Ruiz", "present", "member"), ("Tom Bell", "present", "member"), ("Sara Kim", "present", "member"),
         ("Dave Lee", "absent", "member")]


def test_a_list_printed_in_capitals_keeps_its_short_surnames(tmp_path):
    # in capitals "KIM" and "LEE" are surnames; among names in small letters "EDC" is a body
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
COUNCILMEMBERS PRESENT: RUIZ, BELL, KIM AND MAYOR HUNT
COUNCILMEMBERS ABSENT: LEE
STAFF PRESENT: CITY MANAGER O'NEILL
""") == [("Ruiz", "present", "member"), ("Bell", "present", "member"), ("Kim", "present", "member"),
         ("Hunt", "present", "member"), ("Lee", "absent", "member"), ("O'Neill", "present", "officer")]
    assert attendance(tmp_path, """
##Minutes of the Parish Council
Present: Cllr A Ruiz, Cllr T Bell, EDC
""") == [("A Ruiz", "present", "member"), ("T Bell", "present", "member")]


def test_a_status_after_each_name_who_the_lists_are_of_and_members_participating_remotely(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
Roll Call: Ruiz – here; Bell – here; Kim – absent
""") == [("Ruiz", "present", "member"), ("Bell", "present", "member"), ("Kim", "absent", "member")]
    assert attendance(tmp_path, """
##MINUTES OF THE PLANNING COMMISSION
Commissioners: Present – Ruiz, Bell; Absent – Kim
""") == [("Ruiz", "present", "member"), ("Bell", "present", "member"), ("Kim", "absent", "member")]
    assert attendance(tmp_path, """
##MINUTES OF THE BOARD OF DIRECTORS
Participating remotely: Director Ana Ruiz
Present in person: Directors Tom Bell and Sara Kim
""") == [("Ana Ruiz", "present", "member"), ("Tom Bell", "present", "member"), ("Sara Kim", "present", "member")]


def test_a_list_line_then_a_sentence_giving_one_member_their_status(tmp_path):
    # the list ended with its line: "Councilmember Park was excused" makes only Park absent
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
Present: Mayor Hunt, Councilmembers Ruiz, Bell and Kim
Councilmember Park was excused.
""") == [("Hunt", "present", "member"), ("Ruiz", "present", "member"), ("Bell", "present", "member"),
         ("Kim", "present", "member"), ("Park", "absent", "member")]
    # a sentence that wraps after a title is still one sentence
    assert attendance(tmp_path, """
##MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL OF THE CITY OF SOMEWHERE
The meeting was called to order at 7:00 p.m. Councilmembers Ruiz, Bell, Kim, Lee and Mayor
Hunt were present. Councilmember Park was absent.
""") == [("Ruiz", "present", "member"), ("Bell", "present", "member"), ("Kim", "present", "member"),
         ("Lee", "present", "member"), ("Hunt", "present", "member"), ("Park", "absent", "member")]


def test_honours_after_a_name_are_not_part_of_it(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the County Council
PRESENT: Sir Paul Carter, CBE (Chairman), Mr D Ross MBE, Mrs S Hohler OBE DL, Mr A Lee JP (Vice-Chairman)
**1. Apologies
""") == [("Paul Carter", "present", "member"), ("D Ross", "present", "member"), ("S Hohler", "present", "member"),
         ("A Lee", "present", "member")]


def test_a_label_that_counts_its_list(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Council
Councillors present (4): Lee, Stone, Diaz and West
Officers present (2): Eve Kim (Chief Executive), Gil Park (Monitoring Officer)
Apologies (1): Councillor Ford
**1. Minutes
""") == [("Lee", "present", "member"), ("Stone", "present", "member"), ("Diaz", "present", "member"),
         ("West", "present", "member"), ("Eve Kim", "present", "officer"), ("Gil Park", "present", "officer"),
         ("Ford", "apologies", "member")]


def test_a_list_of_surnames_in_three_columns(tmp_path):
    # each cell ends its entry: the last cell of a row and the first of the next are two people
    assert attendance(tmp_path, """
##Minutes of the District Council
Councillors Present:
Lee (Chairman)        Stone                 Diaz
Ford                  Kim                   Park
Hunt
**1. Apologies
""", font="Courier", size=9) == [("Lee", "present", "member"), ("Stone", "present", "member"),
                                 ("Diaz", "present", "member"), ("Ford", "present", "member"),
                                 ("Kim", "present", "member"), ("Park", "present", "member"),
                                 ("Hunt", "present", "member")]


def test_sentences_of_status_and_quorum_are_not_a_roll_call_a_line_each(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE COUNTY COMMISSION
Commissioners present: Chairman Ruiz, Vice Chairman Bell, Commissioner Kim and Commissioner Lee.
Commissioner Park was absent.
Quorum present.
""") == [("Ruiz", "present", "member"), ("Bell", "present", "member"), ("Kim", "present", "member"),
         ("Lee", "present", "member"), ("Park", "absent", "member")]


def test_a_mark_table_under_a_roll_call_heading_with_a_name_column_and_a_late_column(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
**ROLL CALL
Councilmember         Present     Absent     Late
Mayor Hunt              X
Ruiz                    X
Bell                                X
Kim                                           X
""", font="Courier") == [("Hunt", "present", "member"), ("Ruiz", "present", "member"), ("Bell", "absent", "member"),
                         ("Kim", "present", "member")]
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
**ROLL CALL
Name                  Present     Absent
Mayor Hunt              X
Councilmember Ruiz      X
Councilmember Bell                  X
""", font="Courier") == [("Hunt", "present", "member"), ("Ruiz", "present", "member"), ("Bell", "absent", "member")]


def test_substitute_members_sit_as_members(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Audit Committee
Members present: Councillors Lee (Chair), Stone and Diaz
Substitute Members: Councillor Kim (for Councillor Ford)
Apologies: Councillor Ford
**1. Minutes
""") == [("Lee", "present", "member"), ("Stone", "present", "member"), ("Diaz", "present", "member"),
         ("Kim", "present", "member"), ("Ford", "apologies", "member")]
    # an agenda's item for apologies and substitutes lists nobody
    assert attendance(tmp_path, """
##AGENDA
##Scrutiny Committee
**1. Apologies and Substitutes
To receive apologies for absence and notification of any substitutes present.
""") == []


def test_a_post_with_its_holder_named_in_brackets(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Town Council
Present: The Mayor (Cllr Ann Lee), the Deputy Mayor (Cllr Bob Stone), Cllrs Diaz, Ford and Kim
In attendance: the Town Clerk (Mrs J Bloggs)
**1. Apologies
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Diaz", "present", "member"),
         ("Ford", "present", "member"), ("Kim", "present", "member"), ("J Bloggs", "present", "officer")]


def test_minutes_head_their_officers_list_with_officers_alone(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Overview and Scrutiny Committee
**Present
Councillor Lee (Chair), Councillor Stone (Vice-Chair), Councillor Diaz
**Officers
Eve Kim, Head of Housing
**Apologies
Councillor Park
**1. Minutes
""") == [("Lee", "present", "member"), ("Stone", "present", "member"), ("Diaz", "present", "member"),
         ("Eve Kim", "present", "officer"), ("Park", "apologies", "member")]
    # an agenda's "Officers" heading is who is expected
    assert attendance(tmp_path, """
##Agenda of the Overview and Scrutiny Committee
**Officers
Eve Kim, Head of Housing
""") == []


def test_officers_in_attendance_for_an_item_with_a_post_that_wraps_in_its_bracket(tmp_path):
    got = attendance(tmp_path, """
##Minutes of the Cabinet
PRESENT: Mr A Lee (Chairman), Mr B Stone
**88. Budget Monitoring
Joe McKay (Acting Chief
Analyst) and Cath Head (Head of Finance) were in attendance for this item
1. Mr Stone introduced the report.
""")
    assert got == [("A Lee", "present", "member"), ("B Stone", "present", "member"), ("Joe McKay", "present", "officer"),
                   ("Cath Head", "present", "officer")]


def test_regrets_and_absent_with_apologies_are_apologies(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF COUNCIL
Council Present: Mayor Ruiz, Deputy Mayor Bell, Councillors Kim and Lee
Regrets were received from Councillor Park.
Staff Present: Al Gore, CAO; Ann West, Clerk
""") == [("Ruiz", "present", "member"), ("Bell", "present", "member"), ("Kim", "present", "member"),
         ("Lee", "present", "member"), ("Park", "apologies", "member"), ("Al Gore", "present", "officer"),
         ("Ann West", "present", "officer")]
    assert attendance(tmp_path, """
##Minutes of the Parish Council
Present: Cllrs Lee, Stone
Absent with apologies: Cllr Ford
Absent with regrets: Cllr Hunt
Absent without apologies: Cllr Kim
""") == [("Lee", "present", "member"), ("Stone", "present", "member"), ("Ford", "apologies", "member"),
         ("Hunt", "apologies", "member"), ("Kim", "absent", "member")]


def test_kinds_of_member_where_they_sat_and_a_district_cllr_as_guest(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE ADVISORY COMMITTEE
Members Present: Ann Ruiz (Chair), Tom Bell, Sara Kim
Ex-Officio Members Present: Dave Lee
Alternate Members Present: Rob Hale
Members Absent: Gil Park
""") == [("Ann Ruiz", "present", "member"), ("Tom Bell", "present", "member"), ("Sara Kim", "present", "member"),
         ("Dave Lee", "present", "member"), ("Rob Hale", "present", "member"), ("Gil Park", "absent", "member")]
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
Council Members Present via Zoom: Ruiz, Bell
Council Members Present in Chambers: Kim, Lee, Mayor Hunt
""") == [("Ruiz", "present", "member"), ("Bell", "present", "member"), ("Kim", "present", "member"),
         ("Lee", "present", "member"), ("Hunt", "present", "member")]
    assert attendance(tmp_path, """
##Minutes of the Parish Council
Present: Cllrs Lee (Chair), Stone and Diaz
Also Present: Jane Smith (Minute Taker); 5 members of the public; District Cllr Bob Hunt
""") == [("Lee", "present", "member"), ("Stone", "present", "member"), ("Diaz", "present", "member"),
         ("Jane Smith", "present", "officer"), ("Bob Hunt", "present", "other")]


def test_a_roll_call_vote_table_is_not_attendance(tmp_path):
    assert attendance(tmp_path, """
##MINUTES OF THE CITY COUNCIL
Present: Mayor Hunt, Councilmembers Ruiz, Bell and Kim
**5. ORDINANCE 24-3
Roll call vote on the motion:
Member          Aye     Nay     Absent
Ruiz             X
Bell                             X
""", font="Courier") == [("Hunt", "present", "member"), ("Ruiz", "present", "member"), ("Bell", "present", "member"),
                         ("Kim", "present", "member")]


def test_a_name_with_an_initial_and_its_post_a_line_is_not_a_lettered_heading(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Regular Meeting of the Council of the Township
Present:
Mayor A. Ruiz
Councillor S. Kim
Regrets:
Councillor D. Lee
Staff:
A. Gore, Chief Administrative Officer
A. West, Clerk
**B. Call to Order
""") == [("A. Ruiz", "present", "member"), ("S. Kim", "present", "member"), ("D. Lee", "apologies", "member"),
         ("A. Gore", "present", "officer"), ("A. West", "present", "officer")]


def test_surname_particles_and_an_apostrophe_after_the_first_capital(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Town Council
Present: Cllr Seán O'Brien, Cllr Anne-Marie de la Cruz, Cllr D'Arcy Fox, Cllr Pieter van der Berg, Cllr Ana da Silva
""") == [("Seán O'Brien", "present", "member"), ("Anne-Marie de la Cruz", "present", "member"),
         ("D'Arcy Fox", "present", "member"), ("Pieter van der Berg", "present", "member"),
         ("Ana da Silva", "present", "member")]


def test_labels_for_staff_of_a_body_not_in_attendance_unexcused_late_and_public(tmp_path):
    # "SSA Staff:" inside the lists had run on as absent commissioners; "not in attendance",
    # "Unexcused", "Late arrival" and "Public" had opened no list
    assert attendance(tmp_path, """
##SPECIAL SERVICE AREA COMMISSION MINUTES
Commissioners Present: Ann Lee, Bob Stone
Commissioners not in attendance: Carla Diaz
SSA Staff: Frank Ortiz, Gina Hall
Public: Hal Ives
**1. Call to order
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Carla Diaz", "absent", "member"),
         ("Frank Ortiz", "present", "officer"), ("Gina Hall", "present", "officer"), ("Hal Ives", "present", "other")]
    assert attendance(tmp_path, """
##BOARD OF TRUSTEES MINUTES
Present: Ann Lee, Bob Stone. Excused: Dan Ford. Unexcused: Eve Kim.
Late arrival: Joe Day (7:15 pm)
**1. Call to order
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Dan Ford", "absent", "member"),
         ("Eve Kim", "absent", "member"), ("Joe Day", "present", "member")]


def test_the_following_were_in_attendance_and_each_name_with_its_own_status(tmp_path):
    assert attendance(tmp_path, """
##SSA COMMISSION MINUTES
The following Commissioners were in attendance: Ann Lee, Bob Stone and Carla Diaz.
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Carla Diaz", "present", "member")]
    # a roll call with a status after each name, separated by commas, and P / A marks in brackets
    assert attendance(tmp_path, """
##TOWNSHIP BOARD MINUTES
**1. CALL TO ORDER
Roll call was taken: Smith - present, Jones - present, Green - absent
""") == [("Smith", "present", "member"), ("Jones", "present", "member"), ("Green", "absent", "member")]
    assert attendance(tmp_path, """
##SSA COMMISSION MINUTES
Attendance: Ann Lee (P), Bob Stone (P), Carla Diaz (A)
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"), ("Carla Diaz", "absent", "member")]


def test_a_chair_line_among_the_lists_and_a_post_of_its_own_inside_a_list(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Community Grants Committee
Chairman: Cllr A Smith
Vice-Chairman: Cllr B Jones
Members: Cllrs C Brown and D Hall
Officers: Mrs E White (Grants Officer)
**1. Introductions
""") == [("A Smith", "present", "member"), ("B Jones", "present", "member"), ("C Brown", "present", "member"),
         ("D Hall", "present", "member"), ("E White", "present", "officer")]
    # a "Chairman:" line away from any list (a signature) is not attendance
    assert attendance(tmp_path, """
##Minutes of the Community Grants Committee
**1. Introductions
The meeting opened at 7pm.
Chairman: Cllr A Smith
""") == []
    # "Student Board Member: Frank Ortiz" after a long line of staff is its own entry, its post a member's
    assert attendance(tmp_path, """
##BOARD OF EDUCATION MINUTES
Administrators Present: Dr. Dan Ford, Superintendent; Mrs. Eve Kim, Assistant Superintendent
Student Board Member: Frank Ortiz
""") == [("Dan Ford", "present", "officer"), ("Eve Kim", "present", "officer"), ("Frank Ortiz", "present", "member")]


def _table_attendance(tmp_path, before, rows, after=()):
    from tests.pdfs import ruled_table_pdf
    pages = analyse(list(read_pages(ruled_table_pdf(tmp_path / "notes.pdf", before, rows, after=list(after)))))
    return [(a.name, a.status, a.role) for a in extract_attendance(pages)]


def test_attendance_in_ruled_tables_of_notes_and_commissions(tmp_path):
    # a label over a table of the people, a row each, with their body or post
    assert _table_attendance(tmp_path, ["<b>Notes of the Community Grants Panel</b>", "Present:"],
                             [["Name", "Organisation"], ["Cllr A Smith", "Sutton Town Council"],
                              ["Cllr B Jones", "Sutton Town Council"], ["Mrs D White", "Grants Officer"]],
                             ["Apologies: Cllr E Green", "1. Introductions"]) == [
        ("A Smith", "present", "member"), ("B Jones", "present", "member"), ("D White", "present", "officer"),
        ("E Green", "apologies", "member")]
    # the lists in a cell of a table of notes, after the item's number, wrapping in the cell
    assert _table_attendance(tmp_path, ["<b>Notes of the Community Grants Panel</b>"],
                             [["Item", "Notes", "Action"],
                              ["1", "Present: Cllr A Smith, Cllr B Jones. Apologies: Cllr E Green", ""],
                              ["2", "The panel considered the applications.", "DW"]]) == [
        ("A Smith", "present", "member"), ("B Jones", "present", "member"), ("E Green", "apologies", "member")]
    # a header row whose cells wrap onto two lines, one column a label ("Staff"), one two ("Staff / Guests")
    assert _table_attendance(tmp_path, ["<b>Minutes of the SSA #21 Commission</b>"],
                             [["Commissioners Present", "Commissioners Absent", "Staff / Guests"],
                              ["Ann Lee<br/>Bob Stone", "Dan Ford", "Eve Kim"]], ["1. Call to order"]) == [
        ("Ann Lee", "present", "member"), ("Dan Ford", "absent", "member"), ("Eve Kim", "present", "officer"),
        ("Bob Stone", "present", "member")]


def test_a_body_named_before_its_members_attended_by_and_a_clerk_line(tmp_path):
    assert attendance(tmp_path, """
##Notes of the meeting of the Community Grants Panel
Panel Members: Cllr A Smith (Chair), Cllr B Jones
Clerk: Mr F Hall
Minute taker: Mrs D White
**1. Introductions
""") == [("A Smith", "present", "member"), ("B Jones", "present", "member"), ("F Hall", "present", "officer"),
         ("D White", "present", "officer")]
    assert attendance(tmp_path, """
##Notes of the meeting of the Community Grants Panel
Attended by: Cllr A Smith, Cllr B Jones, Mrs D White (Officer)
Apologies received: Cllr E Green
**1. Introductions
""") == [("A Smith", "present", "member"), ("B Jones", "present", "member"), ("D White", "present", "officer"),
         ("E Green", "apologies", "member")]


def test_a_business_after_a_name_and_a_label_centred_in_its_ruled_row(tmp_path):
    # "Lee's Bakery": a possessive names a business a commissioner represents, not a person
    assert attendance(tmp_path, """
##SSA #21 COMMISSION MEETING MINUTES
Commissioners Present: Ann Lee – Lee's Bakery, Bob Stone – Resident
""") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member")]
    # a label centred in its table row: the names of its row above it are its own, and the names of the
    # next row above that row's label are not the first list's
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    body = getSampleStyleSheet()["BodyText"]
    rows = [["Present:", "Cllr A Smith (Chair)<br/>Cllr B Jones<br/>Cllr C Brown<br/>Cllr D Hall<br/>Cllr F Black"],
            ["Apologies:", "Cllr E Green<br/>Cllr G Gray<br/>Cllr H Hill"], ["In attendance:", "Mrs D White (Grants Officer)"]]
    table = Table([[Paragraph(c, body) for c in r] for r in rows], colWidths=[100, 350])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "notes.pdf"
    SimpleDocTemplate(str(path), pagesize=LETTER).build(
        [Paragraph("<b>Notes of the meeting of the Community Grants Panel</b>", body), table, Paragraph("1. Introductions", body)])
    got = [(a.name, a.status, a.role) for a in extract_attendance(analyse(list(read_pages(path))))]
    assert got == [("A Smith", "present", "member"), ("B Jones", "present", "member"), ("C Brown", "present", "member"),
                   ("D Hall", "present", "member"), ("F Black", "present", "member"), ("E Green", "apologies", "member"),
                   ("G Gray", "apologies", "member"), ("H Hill", "apologies", "member"), ("D White", "present", "officer")]


def test_called_to_order_with_the_members_present(tmp_path):
    # synopsis minutes: "called to order ... with A, B and C present, and 19 guests"
    got = attendance(tmp_path, """
##Township of Aspen
Board Meeting Minutes
The regular meeting was called to order by the Supervisor at 7:00 pm,
with Hale, Ives, Kerr and Lund present, and 19 guests.
The agenda was approved after motion by Hale and second by Ives.
""")
    assert got == [("Hale", "present", "member"), ("Ives", "present", "member"), ("Kerr", "present", "member"),
                   ("Lund", "present", "member")]
    got = attendance(tmp_path, """
##Village of Elm
Council Minutes
President Hale called the meeting to order at 7:00 p.m. with Trustees Ives, Kerr and 9 guests present.
""")
    assert got == [("Ives", "present", "member"), ("Kerr", "present", "member")]


def test_sederunt_is_who_was_present(tmp_path):
    got = attendance(tmp_path, """
##Minutes of Meeting of the Education Committee
Sederunt: Councillor A Brown (Convener), Councillor C Dunn, Councillor E Fox.
Apologies: Councillor G Hall.
""")
    assert got == [("A Brown", "present", "member"), ("C Dunn", "present", "member"), ("E Fox", "present", "member"),
                   ("G Hall", "apologies", "member")]


def test_names_marked_with_an_asterisk_and_the_key_under_the_list(tmp_path):
    # "Councillors: A, B*, C*" over "* denotes absence": the marked names were absent; a key that says
    # nothing of absence ("*attended remotely") leaves them present
    got = attendance(tmp_path, """
##Minutes of the Town Council
Councillors: Smith (Chair), Jones, Lee*, Fox*
* denotes absence
""")
    assert got == [("Smith", "present", "member"), ("Jones", "present", "member"), ("Lee", "absent", "member"),
                   ("Fox", "absent", "member")]
    got = attendance(tmp_path, """
##Minutes of the Town Council
Present: Councillors Smith (Chair), Jones*, Lee
*attended remotely
""")
    assert got == [("Smith", "present", "member"), ("Jones", "present", "member"), ("Lee", "present", "member")]


def test_answering_roll_call_and_labels_run_together_on_one_line(tmp_path):
    got = attendance(tmp_path, """
##Village Board Minutes
Trustees answering roll call: Smith, Jones, Lee.
""")
    assert got == [("Smith", "present", "member"), ("Jones", "present", "member"), ("Lee", "present", "member")]
    got = attendance(tmp_path, """
##City Council Minutes
Council Members Present: Jones, Lee, Smith Council Members Absent: Fox Staff Present: Doe
""")
    assert got == [("Jones", "present", "member"), ("Lee", "present", "member"), ("Smith", "present", "member"),
                   ("Fox", "absent", "member"), ("Doe", "present", "officer")]


def test_roll_call_names_and_present_participant_labels(tmp_path):
    # in minutes "Roll Call:" followed by names is who answered it; followed by "Ayes" it is a vote
    got = attendance(tmp_path, """
##Special Service Area Commission Meeting Minutes
Roll Call: Anna Lee, Mark Brown, Jose Ortiz
Call to order at 6:04 pm by Anna Lee.
""")
    assert got == [("Anna Lee", "present", "member"), ("Mark Brown", "present", "member"), ("Jose Ortiz", "present", "member")]
    for label in ("Present Commissioners", "Present at meeting", "Participants"):
        got = attendance(tmp_path, f"""
##Commission Meeting
{label}: Anna Lee, Mark Brown
Absent: Jose Ortiz
""")
        assert got == [("Anna Lee", "present", "member"), ("Mark Brown", "present", "member"),
                       ("Jose Ortiz", "absent", "member")], label
    got = attendance(tmp_path, """
##City Council Meeting Minutes
Present: Lee, Brown, Ortiz
Motion by Lee, seconded by Brown, to approve the budget.
Roll Call: Ayes: Lee, Brown; Nays: Ortiz
""")
    assert got == [("Lee", "present", "member"), ("Brown", "present", "member"), ("Ortiz", "present", "member")]


def test_a_meeting_summary_is_minutes_and_in_attendance_alone_lists_the_members(tmp_path):
    # US boards title their minutes "Meeting Summary": its bare "Commissioners:" list is who came.
    # "In attendance" lists officers where a list of members present came first (UK), and the members
    # where it is the only list of who came
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "summary.pdf", """
##Lakeview SSA #27
Commission Meeting Summary
January 29, 2018
Commissioners: Anna Lee, Mark Brown, Jose Ortiz
Staff: Kim Fox
Call to Order
Anna Lee called the meeting to order at 8:34 a.m.
Budget
Ortiz moved to approve the 2018 budget; Lee seconded. Motion carried.
"""))
    assert ex.document.doc_type == "minutes"
    assert [(a.name, a.status, a.role) for a in ex.attendance] == [
        ("Anna Lee", "present", "member"), ("Mark Brown", "present", "member"), ("Jose Ortiz", "present", "member"),
        ("Kim Fox", "present", "officer")]
    assert attendance(tmp_path, """
##Lakeview SSA #27 Commission Meeting Minutes
In attendance: Anna Lee, Mark Brown
Absent: Jose Ortiz
Staff: Kim Fox
""") == [("Anna Lee", "present", "member"), ("Mark Brown", "present", "member"), ("Jose Ortiz", "absent", "member"),
         ("Kim Fox", "present", "officer")]
    assert attendance(tmp_path, """
##Minutes of the Planning Committee
Present: Councillor Jane Smith (Chair), Councillor Amir Khan
In attendance: Mark Bell (Planning Manager)
""") == [("Jane Smith", "present", "member"), ("Amir Khan", "present", "member"), ("Mark Bell", "present", "officer")]


def test_a_table_with_each_members_status_in_a_column_headed_attendance(tmp_path):
    # "Commissioner | Attendance" over "Tom Gray | Absent": the status column's head is not a label
    # making everyone in the table present; each row says its member's status
    from tests.pdfs import ruled_table_pdf
    rows = [["Commissioner", "Attendance"], ["Anna Lee", "Present"], ["Mark Brown", "Present"], ["Tom Gray", "Absent"]]
    pages = analyse(list(read_pages(ruled_table_pdf(tmp_path / "m.pdf", ["SSA #44 Commission", "Meeting Minutes",
                                                                          "January 29, 2018"], rows))))
    assert [(a.name, a.status, a.role) for a in extract_attendance(pages)] == [
        ("Anna Lee", "present", "member"), ("Mark Brown", "present", "member"), ("Tom Gray", "absent", "member")]
    text = "\n".join(["Parish Council Minutes", "Councillor        Status", "Ann Hill          Present",
                      "Bob Dean          Apologies", "Cat Ross          Present"])
    assert attendance(tmp_path, text, font="Courier") == [
        ("Ann Hill", "present", "member"), ("Bob Dean", "apologies", "member"), ("Cat Ross", "present", "member")]


def test_columns_headed_by_the_members_name_for_themselves_beside_staff(tmp_path):
    # "ATTENDANCE" over "Commissioners   Staff", a column of names under each: the staff are officers
    # (the heading had run on into the columns, making everyone a member)
    assert attendance(tmp_path, """
SSA #44 Commission
Meeting Minutes
January 29, 2018
ATTENDANCE
Commissioners                Staff
Anna Lee                     Kim Park
Mark Brown                   Ann Fox
Jose Ortiz
1. Welcome
""", font="Courier") == [("Anna Lee", "present", "member"), ("Kim Park", "present", "officer"),
                         ("Mark Brown", "present", "member"), ("Ann Fox", "present", "officer"),
                         ("Jose Ortiz", "present", "member")]


def test_a_bulleted_name_a_line_under_each_label(tmp_path):
    # "Commissioners Present:" over "• Anna Lee", "• Mark Brown": each bullet starts a name (the
    # bullets had made every entry unreadable, so nobody was listed)
    assert attendance(tmp_path, """
##SSA #21 Commission Meeting Notes
January 29, 2018
Commissioners Present:
• Anna Lee
• Mark Brown
Commissioners Absent:
• Jose Ortiz
Staff Present:
• Kim Park
1. Call to Order
""") == [("Anna Lee", "present", "member"), ("Mark Brown", "present", "member"), ("Jose Ortiz", "absent", "member"),
         ("Kim Park", "present", "officer")]


def test_a_boards_treasurer_and_secretary_in_its_members_list_are_members(tmp_path):
    # under "Commissioners", the treasurer and secretary hold the board's offices; a city's
    # treasurer among "Staff" stays an officer
    assert attendance(tmp_path, """
##SSA #21 Commission Meeting Minutes
January 29, 2018
Commissioners Present: Anna Lee (Chair), Mark Brown (Treasurer), Jose Ortiz – Secretary
Staff Present: Kim Park, Treasurer
1. Call to Order
""") == [("Anna Lee", "present", "member"), ("Mark Brown", "present", "member"), ("Jose Ortiz", "present", "member"),
         ("Kim Park", "present", "officer")]


def test_an_advisory_bodys_secretariat_and_observers(tmp_path):
    # national advisory boards and joint committees list their "Secretariat" (staff) and
    # "Observers" (from other bodies, neither members nor staff) after the members
    assert attendance(tmp_path, """
##Minutes of the meeting
**Advisory Committee
Members: Jane Smith (Chair), Robert Jones
Secretariat: Tom White, Clare Green
Observers: Paul Black (DWP), Amy Stone
Apologies: Susan Brown
""") == [("Jane Smith", "present", "member"), ("Robert Jones", "present", "member"),
         ("Tom White", "present", "officer"), ("Clare Green", "present", "officer"),
         ("Paul Black", "present", "other"), ("Amy Stone", "present", "other"), ("Susan Brown", "apologies", "member")]


def test_officials_are_the_staff_of_a_government_body(tmp_path):
    # "Officials" (civil servants) under the members, as a heading of its own or a label
    assert attendance(tmp_path, """
##Minutes of the Board meeting
**Board members present
Jane Smith (Chair)
Robert Jones
**Officials
Tom White
Clare Green
**Apologies
Susan Brown
""") == [("Jane Smith", "present", "member"), ("Robert Jones", "present", "member"),
         ("Tom White", "present", "officer"), ("Clare Green", "present", "officer"), ("Susan Brown", "apologies", "member")]
    assert attendance(tmp_path, """
##Minutes of the Board meeting
Present: Jane Smith (Chair), Robert Jones
Officials present: Tom White, Clare Green
""", name="labelled") == [("Jane Smith", "present", "member"), ("Robert Jones", "present", "member"),
                          ("Tom White", "present", "officer"), ("Clare Green", "present", "officer")]


def test_a_director_in_the_staffs_list_is_staff(tmp_path):
    assert attendance(tmp_path, """
##MINUTES
**Parks and Recreation Commission
Commissioners Present: Lee, Garcia
Staff Present: Director Amy Wu, Planner Tom Bell
""") == [("Lee", "present", "member"), ("Garcia", "present", "member"),
         ("Amy Wu", "present", "officer"), ("Tom Bell", "present", "officer")]


def test_a_register_of_members_with_a_yes_or_no_under_present(tmp_path):
    # advisory bodies print a register: "Members | Present" with Yes / Apologies in the column
    assert _table_attendance(tmp_path, ["<b>Minutes of the Committee</b>", "14 March 2024"],
                             [["Members", "Present"], ["Jane Smith", "Yes"], ["Robert Jones", "Yes"],
                              ["Anita Patel", "Apologies"], ["Mark Evans", "No"]]) == [
        ("Jane Smith", "present", "member"), ("Robert Jones", "present", "member"),
        ("Anita Patel", "apologies", "member"), ("Mark Evans", "absent", "member")]


def test_the_cells_after_a_name_in_a_table_of_attendees_say_what_they_are(tmp_path):
    # "Attendees" over "Name | Role": the role cell is the person's post ("Secretariat": staff)
    assert _table_attendance(tmp_path, ["<b>Minutes of the Board meeting</b>", "14 March 2024", "Attendees"],
                             [["Name", "Role"], ["Jane Smith", "Chair"], ["Robert Jones", "Board member"],
                              ["Tom White", "Secretariat"]], after=["Apologies", "Susan Brown"]) == [
        ("Jane Smith", "present", "member"), ("Robert Jones", "present", "member"),
        ("Tom White", "present", "officer"), ("Susan Brown", "apologies", "member")]


def test_a_township_boards_clerk_and_treasurer_in_its_members_list_are_members(tmp_path):
    assert attendance(tmp_path, """
##MINUTES
**Township Board
Members Present: Supervisor Hill, Clerk Ward, Treasurer Long, Trustees Ames and Cole
Members Absent: Trustee Frey
Also Present: Attorney Beth Stone, Town Clerk Amy Fox
""") == [("Hill", "present", "member"), ("Ward", "present", "member"), ("Long", "present", "member"),
         ("Ames", "present", "member"), ("Cole", "present", "member"), ("Frey", "absent", "member"),
         ("Beth Stone", "present", "officer"), ("Amy Fox", "present", "officer")]


def test_a_list_broken_by_the_pages_end_runs_on_to_the_next_page(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Planning Committee
Present: Cllr A Brown (Chair), Cllr B Green, Cllr C Black,
---
Cllr D White, Cllr E Grey
Apologies: Cllr F Rose
""") == [("A Brown", "present", "member"), ("B Green", "present", "member"), ("C Black", "present", "member"),
         ("D White", "present", "member"), ("E Grey", "present", "member"), ("F Rose", "apologies", "member")]


def test_the_bodys_name_heads_its_members_list_where_only_names_follow(tmp_path):
    # "Committee: Jane Smith, Robert Jones" at the top of an advisory body's minutes; a header
    # field naming a body ("Board: Planning, Licensing and Appeals") is no list of people
    assert attendance(tmp_path, """
##Summary of the 215th meeting
**14 March 2024
Committee: Jane Smith, Robert Jones, Anita Patel
Apologies: Susan Brown
""") == [("Jane Smith", "present", "member"), ("Robert Jones", "present", "member"),
         ("Anita Patel", "present", "member"), ("Susan Brown", "apologies", "member")]
    assert attendance(tmp_path, """
##Minutes
**14 March 2024
Board: Planning, Licensing and Appeals
Present: Jane Smith, Robert Jones
""", name="field") == [("Jane Smith", "present", "member"), ("Robert Jones", "present", "member")]


def test_present_at_roll_call(tmp_path):
    assert attendance(tmp_path, """
##Minutes of the Finance Committee
PRESENT AT ROLL CALL: Alan Brown, Claire Davidson, Eric Fraser
ABSENT: Gary Hill
""") == [("Alan Brown", "present", "member"), ("Claire Davidson", "present", "member"),
         ("Eric Fraser", "present", "member"), ("Gary Hill", "absent", "member")]


def test_who_a_list_is_of_in_a_column_of_its_own_without_a_colon(tmp_path):
    # "Members      Cllr A Brown, ..." / "Officers      J Roe (...)": the word in the left column, the
    # names in the right, no colon
    assert attendance(tmp_path, """
##Minutes of the Planning Committee
held on Tuesday 12 March 2024
Members          Councillor A Brown (Chair), Councillor C Davidson,
                 Councillor E Fraser, Councillor G Hill
Officers         J Roe (Planning Manager), T Kay (Democratic Services)
Apologies        Councillor I Jones
1. MINUTES
RESOLVED: That the minutes be approved.
""", font="Courier") == [("A Brown", "present", "member"), ("C Davidson", "present", "member"),
                         ("E Fraser", "present", "member"), ("G Hill", "present", "member"),
                         ("J Roe", "present", "officer"), ("T Kay", "present", "officer"),
                         ("I Jones", "apologies", "member")]


def test_labels_of_how_members_attended_and_of_a_partnerships_representatives(tmp_path):
    # "Attending remotely:", "Meeting attendees:", "Non-voting members present:", "Representatives:"
    got = [attendance(tmp_path, f"##Minutes of the Finance Committee\n{label} Alan Brown, Claire Davidson\n")
           for label in ("Attending remotely:", "Meeting attendees:", "Non-voting members present:", "Representatives:")]
    assert got == [[("Alan Brown", "present", "member"), ("Claire Davidson", "present", "member")]] * 4


def test_names_apart_by_bars_and_the_organisation_after_a_dash(tmp_path):
    # "Alan Brown | Claire Davidson": a bar parts names as a comma does; "Gary Hill - Fire and Rescue":
    # the organisation a member comes from is no name (not "Fire" and "Rescue")
    assert attendance(tmp_path, """
##Meeting of the Health and Wellbeing Partnership
12 March 2024
Members present: Alan Brown | Claire Davidson
Attendance:
Eric Fraser - NHS Trust
Gary Hill - Fire and Rescue
Ian Jones - Parks & Open Spaces
Apologies:
Kim Lee - Housing Association
1. Welcome
The Chair welcomed members.
""") == [("Alan Brown", "present", "member"), ("Claire Davidson", "present", "member"),
         ("Eric Fraser", "present", "member"), ("Gary Hill", "present", "member"), ("Ian Jones", "present", "member"),
         ("Kim Lee", "apologies", "member")]


def test_a_post_in_brackets_that_wraps_onto_the_next_line(tmp_path):
    # "U Vance (Deputy Town" / "Clerk) and two members of the public.": the list runs on through the bracket
    assert attendance(tmp_path, """
##Minutes of the Full Council Meeting
Present: Councillors A Brown (Mayor), C Davidson
In attendance: T Kay (Town Clerk), U Vance (Deputy Town
Clerk) and two members of the public.
""") == [("A Brown", "present", "member"), ("C Davidson", "present", "member"), ("T Kay", "present", "officer"),
         ("U Vance", "present", "officer")]


def test_a_roll_call_with_each_status_that_wraps(tmp_path):
    # "... Trustee Dunn –" / "absent.": the status after the line's end is still Dunn's
    assert attendance(tmp_path, """
##MINUTES
**Village Board
Roll Call: Trustees Adams, Baker, Clark – present; Trustee Dunn –
absent.
""") == [("Adams", "present", "member"), ("Baker", "present", "member"), ("Clark", "present", "member"),
         ("Dunn", "absent", "member")]


def test_a_list_that_wraps_inside_a_name(tmp_path):
    # "..., Claire Davidson, Eric" / "Fraser, Gary Hill": the name goes on over the line's end
    assert [name for name, *_ in attendance(tmp_path, """
##Board of Education Regular Meeting Minutes
Members present: Alan Brown, Claire Davidson, Eric
Fraser, Gary Hill, Ian Jones
""")] == ["Alan Brown", "Claire Davidson", "Eric Fraser", "Gary Hill", "Ian Jones"]


def test_a_bodys_list_of_members_that_wraps_and_names_no_body(tmp_path):
    # "Committee: Jane Smith, Robert Jones, Anita Patel, Mark" / "Evans" at the top of minutes: the
    # members who came, the last name wrapped; the label's value is no committee's name
    from pipeline.extract.paper import extract_file
    ex = extract_file(text_pdf(tmp_path / "minutes.pdf", """
##Summary of the 215th meeting
**Advisory Committee
**14 March 2024

Committee: Jane Smith, Robert Jones, Anita Patel, Mark
Evans
Apologies: Susan Brown

**1. Update
The Committee agreed to publish the report.
"""))
    assert ex.document.committee == "Advisory Committee"
    assert [(a.name, a.status) for a in ex.attendance] == [
        ("Jane Smith", "present"), ("Robert Jones", "present"), ("Anita Patel", "present"), ("Mark Evans", "present"),
        ("Susan Brown", "apologies")]


def test_a_heading_in_capitals_after_the_list_is_no_name(tmp_path):
    assert attendance(tmp_path, """
##PLANNING COMMISSION MINUTES
ROLL CALL
Present: Commissioners Adams, Baker, Chair Evans
Also Present: Frank Green, Planning Director; Helen Ito, City Attorney

CONSENT CALENDAR
1. APPROVAL OF MINUTES OF MARCH 20, 2019
""") == [("Adams", "present", "member"), ("Baker", "present", "member"), ("Evans", "present", "member"),
         ("Frank Green", "present", "officer"), ("Helen Ito", "present", "officer")]


def test_the_clerk_after_the_absentees_came(tmp_path):
    # "Clerk: S Shaw" on the line after "Absent:" is the clerk who was there, not one more absentee;
    # a post in brackets that wraps onto "Officer – ..." is still the post
    assert attendance(tmp_path, """
##TOWN COUNCIL MINUTES
Meeting of 2 April 2024

Members: Cllrs L Lamb (Mayor), M Moss, N Nash
In attendance: Mr N Abrahams (Area Education
Officer – West Kent), Ms C McInnes (Director of Education)
Absent: Cllr R Rowe
Clerk: S Shaw
""") == [("L Lamb", "present", "member"), ("M Moss", "present", "member"), ("N Nash", "present", "member"),
         ("N Abrahams", "present", "officer"), ("C McInnes", "present", "officer"), ("R Rowe", "absent", "member"),
         ("S Shaw", "present", "officer")]


def test_the_member_presiding_is_there(tmp_path):
    # US minutes name the mayor or chair in the chair apart from the members present
    assert attendance(tmp_path, """
##CITY COUNCIL MINUTES
January 9, 2024
The City Council met in regular session on January 9, 2024 at 7:00 p.m. with Mayor Dale Kent
presiding. Council members present: Amy Long, Brian Moss. Council members absent: Dana Owens.
**1. CONSENT AGENDA
""") == [("Dale Kent", "present", "member"), ("Amy Long", "present", "member"), ("Brian Moss", "present", "member"),
         ("Dana Owens", "absent", "member")]
    assert attendance(tmp_path, """
##PLANNING COMMISSION MINUTES
March 5, 2024
Chair Ann Lee presided. Commissioners present: Bob Stone, Carla Diaz.
**1. PUBLIC HEARINGS
""", name="second") == [("Ann Lee", "present", "member"), ("Bob Stone", "present", "member"),
                         ("Carla Diaz", "present", "member")]
