"""Agenda items, parts, reports, sections, recommendations, decisions and meetings: on the
shipped PDFs, and on the other ways councils print them (pages built from text)."""
from pipeline.extract.decisions import extract_decisions
from pipeline.extract.recommendations import extract_recommendations
from pipeline.extract.reports import read_report, starts_report
from tests.conftest import FOSTERING, HARINGEY_REPORT, NORTHANTS, PACK, THURROCK, query
from tests.paper import make_pages


def rows(db, sql, name):
    return query(db, sql.replace("{doc}", "(select id from documents where filename = ?)"), (name,))


def test_agenda_items_of_the_pack_with_cited_pages(corpus_db):
    items = rows(corpus_db, "select number, title, page, pack_page_start, pack_page_end from agenda_items "
                            "where document_id = {doc} order by id", PACK.name)
    assert [i["number"] for i in items] == [str(n) for n in range(1, 12)]
    assert items[5] == {"number": "6", "title": "MINUTES", "page": 1, "pack_page_start": 1, "pack_page_end": 4}
    assert items[7]["title"].startswith("PROGRESS ON THE RECRUITMENT OF NEW IN HOUSE FOSTER CARERS")
    assert items[7]["title"].endswith("IMPROVEMENT OF THE FOSTERING SERVICE")
    assert (items[7]["page"], items[7]["pack_page_start"], items[7]["pack_page_end"]) == (2, 5, 12)
    assert items[10]["title"] == "NEW ITEMS OF URGENT BUSINESS"


def test_the_pack_is_split_into_its_parts(corpus_db):
    parts = rows(corpus_db, "select kind, page_start, page_end, printed_page_start, printed_page_end from parts "
                            "where document_id = {doc} order by page_start", PACK.name)
    assert [(p["kind"], p["page_start"], p["page_end"]) for p in parts] == [
        ("front_sheet", 1, 4), ("minutes", 5, 8), ("report", 9, 16), ("report", 17, 22), ("other", 23, 24)]
    assert (parts[2]["printed_page_start"], parts[2]["printed_page_end"]) == (5, 12)
    linked = rows(corpus_db, "select a.number, p.page_start from agenda_items a join parts p on p.id = a.part_id "
                             "where a.document_id = {doc}", PACK.name)
    assert {(l["number"], l["page_start"]) for l in linked} == {("6", 5), ("8", 9), ("9", 17), ("10", 23)}


def test_reports_in_the_pack_read_their_header_blocks(corpus_db):
    reports = rows(corpus_db, "select * from reports where document_id = {doc} order by page_start", PACK.name)
    first, briefing = reports
    assert first["title"].startswith("Progress on the recruitment of new in house foster carers")
    assert (first["authorised_by"], first["lead_officer"], first["key_decision"]) == ("Jon Abbey", "Paul McCarthy", 0)
    assert (first["committee"], first["meeting_date"]) == ("Children and Young People's Scrutiny Panel", "2014-11-03")
    assert (first["page_start"], first["page_end"]) == (9, 16)
    assert (briefing["title"], briefing["lead_officer"], briefing["report_type"]) == (
        "Contracts in children's services", "Charlotte Pomery", "briefing")
    assert briefing["key_decision"] is None and briefing["meeting_date"] == "2014-11-03"


def test_report_headers_as_tables_title_blocks_and_questions(corpus_db):
    def report(name):
        return rows(corpus_db, "select * from reports where document_id = {doc}", name)[0]
    haringey = report(HARINGEY_REPORT.name)
    assert (haringey["authorised_by"], haringey["lead_officer"], haringey["key_decision"]) == (
        "Nick Walkley", "Zina Etheridge", 1)
    fostering = report(FOSTERING.name)
    assert (fostering["authorised_by"], fostering["key_decision"]) == ("Lisa Redfern", 0)
    thurrock = report(THURROCK.name)
    assert (thurrock["title"], thurrock["item_number"], thurrock["authorised_by"], thurrock["lead_officer"],
            thurrock["key_decision"], thurrock["exempt"]) == (
        "Children Looked After Placement Commissioning", "9", "Rory Patterson", "Sue Green", 1, 0)
    northants = report(NORTHANTS.name)
    # the director is named in the title block; the author and the key decision in the sign-off table
    assert (northants["authorised_by"], northants["lead_officer"], northants["key_decision"]) == (
        "Lesley Hagger", "Rachel Sanson", 1)
    item = rows(corpus_db, "select number, title, page from agenda_items where document_id = {doc}", THURROCK.name)
    assert item == [{"number": "9", "title": "Children Looked After Placement Commissioning", "page": 1}]


def test_recommendations_one_row_each_without_numbers(corpus_db):
    recs = rows(corpus_db, "select number, text, page from recommendations where document_id = {doc} order by id",
                HARINGEY_REPORT.name)
    assert len(recs) == 7
    assert recs[1] == {"number": "2", "page": 2, "text": "agree that Haringey moves to Phase 3 of the transformation "
                                                         "programme as set out in the paragraph 5.7 below;"}
    assert recs[6]["page"] == 3 and recs[6]["text"].endswith("set out in paragraph 5.21.")
    thurrock = rows(corpus_db, "select number, page from recommendations where document_id = {doc}", THURROCK.name)
    assert thurrock == [{"number": "1.1", "page": 1}, {"number": "1.2", "page": 2}]
    # inside the header table, after "Cabinet are asked to:"
    northants = rows(corpus_db, "select text from recommendations where document_id = {doc}", NORTHANTS.name)
    assert [r["text"][:25] for r in northants] == ["Agree the proposals for a", "Agree that delegated auth"]


def test_decisions_in_the_minutes_of_the_pack(corpus_db):
    decisions = rows(corpus_db, "select minute_ref, minute_heading, text, page, meeting_id from decisions "
                                "where document_id = {doc} order by id", PACK.name)
    assert [(d["minute_ref"], d["page"]) for d in decisions] == [
        ("CYPS4", 5), ("CYPS4", 5), ("CYPS5", 6), ("CYPS6", 6), ("CYPS7", 7), ("CYPS7", 7)]
    assert decisions[1]["text"] == "That the minutes of the meeting of 27 February 2014 be approved."
    assert decisions[2]["minute_heading"] == "TERMS OF REFERENCE"
    meeting = query(corpus_db, "select committee, date from meetings where id = ?", (decisions[0]["meeting_id"],))
    assert meeting == [{"committee": "Children and Young People's Scrutiny Panel", "date": "2014-09-29"}]


def test_papers_of_one_meeting_share_its_row(corpus_db):
    roles = rows(corpus_db, "select m.date, dm.role from document_meetings dm join meetings m on m.id = dm.meeting_id "
                            "where dm.document_id = {doc} order by m.date", PACK.name)
    assert roles == [{"date": "2014-09-29", "role": "records"}, {"date": "2014-11-03", "role": "for"}]


def test_sections_are_numbered_headings_with_their_text(corpus_db):
    sections = rows(corpus_db, "select number, heading, page, page_end, text from report_sections "
                               "where document_id = {doc} order by id", HARINGEY_REPORT.name)
    assert [s["number"] for s in sections] == [str(n) for n in range(1, 11)]
    assert sections[5]["heading"] == "Comments of the Chief Finance Officer and financial implications"
    assert (sections[5]["page"], sections[5]["page_end"]) == (7, 10)
    hits = query(corpus_db, "select heading from report_sections_fts where report_sections_fts match 'LACSEG'")
    assert {"Comments of the Chief Finance Officer and financial implications"} <= {h["heading"] for h in hits}


# ---- the same things as other councils print them

def test_minutes_with_resolved_colon_and_bracketed_resolutions():
    pages = make_pages("""
**12. Budget Monitoring Report
The Director of Finance introduced the report.

RESOLVED:
(1) That the forecast outturn position be noted.
(2) That the virements set out in Appendix B be approved,
    subject to the views of the Audit Committee.

**13. Date of next meeting
Resolved - That the next meeting be held on 4 June 2024.
""")
    decisions = extract_decisions(pages)
    assert [(d.minute_ref, d.text) for d in decisions] == [
        ("12", "That the forecast outturn position be noted."),
        ("12", "That the virements set out in Appendix B be approved, subject to the views of the Audit Committee."),
        ("13", "That the next meeting be held on 4 June 2024.")]
    assert decisions[0].minute_heading == "Budget Monitoring Report"


def test_minutes_where_narrative_mentions_agreement_are_not_decisions():
    pages = make_pages("""
**CAB23. Housing Strategy
Members agreed that the consultation had been thorough and it was agreed
that officers would circulate the responses.

**AGREED: that the Housing Strategy 2024-29 be adopted.
""")
    assert [d.text for d in extract_decisions(pages)] == ["that the Housing Strategy 2024-29 be adopted."]


def test_recommendations_as_a_section_with_lettered_items_and_a_following_section():
    pages = make_pages("""
**2. RECOMMENDATIONS
2.1 The Executive is recommended to:
    (a) approve the capital programme for 2024/25; and
    (b) delegate authority to the Section 151 Officer to agree minor
        changes to the programme.

**3. BACKGROUND
3.1 The capital programme was last reviewed in 2023.
""")
    recs = extract_recommendations(pages)
    assert [(r.number, r.text) for r in recs] == [
        ("a", "approve the capital programme for 2024/25; and"),
        ("b", "delegate authority to the Section 151 Officer to agree minor changes to the programme.")]


def test_a_single_recommendation_after_the_heading():
    pages = make_pages("""
**Recommendation: That the Committee notes the annual report of the Adoption Panel.

**1. Introduction
1.1 The Panel met eleven times in 2023.
""")
    assert [r.text for r in extract_recommendations(pages)] == [
        "notes the annual report of the Adoption Panel."]  # without its lead-in "That the Committee"


def test_a_report_header_as_label_lines():
    pages = make_pages("""
Report to: Planning Committee
Date of meeting: 12 March 2024
Report of: Head of Planning Services
Contact officer: Jane Smith, Principal Planning Officer
Wards affected: Abbey; Castle
Key decision: No
Title: Local Validation Checklist Review

**1. Purpose of the report
1.1 To seek approval of the revised checklist.
""")
    assert starts_report(pages[0])
    report = read_report(pages)
    assert (report.title, report.committee, report.meeting_date) == (
        "Local Validation Checklist Review", "Planning Committee", "2024-03-12")
    assert (report.lead_officer, report.key_decision, report.wards) == ("Jane Smith", False, "Abbey; Castle")


def test_resolutions_numbered_on_the_keyword_line():
    pages = make_pages("""
**45/24 Treasury Management Strategy
RESOLVED – (1) That the Treasury Management Strategy 2024/25 be approved; and
           (2) That the prudential indicators in Appendix A be adopted.
""")
    decisions = extract_decisions(pages)
    assert [d.text for d in decisions] == ["That the Treasury Management Strategy 2024/25 be approved; and",
                                           "That the prudential indicators in Appendix A be adopted."]
    assert decisions[0].minute_ref == "45/24"


def test_recommendations_after_a_short_that_lead_in():
    pages = make_pages("""
**RECOMMENDATIONS
That the Executive:
(a) approves the updated fees and charges schedule; and
(b) notes the consultation responses at Appendix 2.

**BACKGROUND
The schedule was last revised in 2022.
""")
    assert [r.text for r in extract_recommendations(pages)] == [
        "approves the updated fees and charges schedule; and", "notes the consultation responses at Appendix 2."]


def test_agenda_items_with_page_numbers_in_a_column():
    from pipeline.extract.agenda import extract_agenda_items
    pages = make_pages("""
**AGENDA
1        Apologies for absence
2        Minutes of the previous meeting                                  1 - 8
3        Revenue Budget Monitoring Quarter 2                              9 - 24
         To consider the report of the Director of Finance.
4        Any other business
""")
    items = extract_agenda_items(pages)
    assert [(i.number, i.title, i.pack_page_start, i.pack_page_end) for i in items] == [
        ("1", "Apologies for absence", None, None), ("2", "Minutes of the previous meeting", 1, 8),
        ("3", "Revenue Budget Monitoring Quarter 2", 9, 24), ("4", "Any other business", None, None)]
    assert items[2].description == "To consider the report of the Director of Finance."


def test_resolutions_with_a_note_of_the_vote():
    pages = make_pages("""
**7. Council Tax Support Scheme 2025/26
RESOLVED (unanimously): That the Council Tax Support Scheme for 2025/26 be adopted.

**8. Motion on Local Bus Services
RESOLVED (by 32 votes to 14) – that the motion be carried.
""")
    assert [d.text for d in extract_decisions(pages)] == [
        "That the Council Tax Support Scheme for 2025/26 be adopted.", "that the motion be carried."]


def test_recommendations_headed_recommendations_to_cabinet():
    pages = make_pages("""
**Recommendations to Cabinet
(1) To approve the draft Local Plan for consultation.
(2) To delegate minor changes to the Head of Planning.

**1. Introduction
1.1 The Local Plan sets out where homes will be built.
""")
    assert [r.text for r in extract_recommendations(pages)] == [
        "To approve the draft Local Plan for consultation.", "To delegate minor changes to the Head of Planning."]


def test_document_kinds_from_their_headings():
    from pipeline.extract.document import detect_doc_type
    def kind(text):
        return detect_doc_type(make_pages(text))
    assert kind("**Officer Decision Record\nDecision: To award the contract for grounds maintenance.") == "decision_notice"
    assert kind("**Cabinet – Minutes\nTuesday 4 March 2025\nPresent: Councillors A, B and C.") == "minutes"
    assert kind("**Record of the meeting of the Licensing Sub-Committee\nheld on 2 May 2024") == "minutes"


def test_a_committee_label_names_the_body_even_without_a_body_word():
    from pipeline.extract.bodies import committee_from_fields
    from pipeline.extract.fields import read_fields
    pages = make_pages("Committee: Licensing\nDate of meeting: 2 May 2024\nTitle: Review of Taxi Licensing Policy")
    assert committee_from_fields(read_fields(pages[0].lines)) == ("Licensing", "2024-05-02")


def test_a_groups_meeting_notes_in_report_sections_are_minutes(tmp_path):
    # "Summary / Discussion / Next steps" under a group's name and date, with who attended: the notes
    # of its meeting, however the sections are headed ("Attendance:" or any other list's label)
    from pipeline.extract.paper import extract_file
    from tests.pdfs import text_pdf
    got = []
    for label in ("Attendance:", "Those present:"):
        doc = extract_file(text_pdf(tmp_path / "notes.pdf", f"""
##Climate Working Group
12 March 2024
{label}
Alan Brown (Chair), Claire Davidson, Eric Fraser, Gary Hill
**Summary
The group met to discuss the climate action plan.
**Discussion
Members discussed the draft plan and agreed that it should go to Cabinet.
**Next steps
Officers will draft terms of reference.
""")).document
        got.append(doc.doc_type)
    assert got == ["minutes", "minutes"]
