"""An existing caseload brought in: reading client spreadsheets, mapping their columns, planning.

``reading`` turns a CSV or XLSX file into rows, ``mapping`` guesses what each column holds,
``dates`` settles date formats, ``plan`` makes the dry run's rows and ``duplicates`` finds
likely duplicates in bulk. Writing and undoing is ``collabdesk.services.caseload``; see
``docs/caseload.md``.
"""
