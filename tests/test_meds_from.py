"""--meds-from: a plain medication list from a file or standard input, beside --med."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from magadvise.cli import app

from conftest import RunFn


def _list(tmp_path: Path, text: str) -> str:
    path = tmp_path / "meds.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_one_medicine_a_line_with_comments_and_blank_lines(run: RunFn, tmp_path: Path) -> None:
    path = _list(tmp_path, "# my tablets\nLasix 40 mg daily\n\nSynthroid qam  # thyroid\n")
    doc = run("cautions", "--json", "--meds-from", path).ok_doc()
    by_input = {c["input"]: c for c in doc["cautions"]}
    assert set(by_input) == {"Lasix 40 mg daily", "Synthroid qam"}
    assert by_input["Lasix 40 mg daily"]["medication"] == "furosemide"
    assert by_input["Synthroid qam"]["source"] == {
        "file": path,
        "line": 4,
        "resource": None,
        "rxnorm": [],
    }


def test_file_and_command_line_together(run: RunFn, tmp_path: Path) -> None:
    path = _list(tmp_path, "cipro 500 mg bid\n")
    result = run("cautions", "--json", "--med", "furosemde", "--meds-from", path)
    assert result.code == 3
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == ["ciprofloxacin"]
    assert [u["input"] for u in doc["unassessed"]] == ["furosemde"]


def test_standard_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["cautions", "--json", "--meds-from", "-"], input="levothyroxine\n"
    )
    assert result.exit_code == 0, result.stderr
    assert '"medication": "levothyroxine"' in result.stdout


def test_recommend_and_plan_take_the_list_too(run: RunFn, tmp_path: Path) -> None:
    path = _list(tmp_path, "doxycycline 100 mg\n")
    doc = run("recommend", "--goal", "migraine", "--json", "--meds-from", path).ok_doc()
    assert [c["medication"] for c in doc["cautions"]] == ["doxycycline"]
    plan = run(
        "plan", "--goal", "migraine", "--age", "40", "--sex", "female",
        "--meds-from", path, "--format", "json",
    ).ok_doc()  # fmt: skip
    assert [c["medication"] for c in plan["cautions"]] == ["doxycycline"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "no medicines in the file"),
        (b"# only a comment\n\n", "no medicines in the file"),
        (b"\x00\x01\x02binary", "a binary file"),
        (b"\xc3 furosemide", "not UTF-8"),
        (b"\xff\xfe furosemide", "not UTF-16"),  # a UTF-16 mark, then an odd byte count
        (
            b'<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
            b"<text>Furosemide 40 mg daily</text>\n</ClinicalDocument>\n",
            "HL7 C-CDA document",
        ),
        (b"\n  <ClinicalDocument xmlns='urn:hl7-org:v3'>", "HL7 C-CDA document"),
        (b'<Bundle xmlns="http://hl7.org/fhir"><entry/></Bundle>', "FHIR record in XML"),
        (b"<!DOCTYPE html>\n<html><body><li>Furosemide 40 mg</li></body></html>", "web page"),
        (b"<html>\n<p>Lasix 40 mg</p>", "web page"),
        (b"<?xml version='1.0'?><meds><med>Lasix</med></meds>", "an XML document"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00word/document.xml", "a ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Word or Excel document"),
        (b"{\\rtf1\\ansi Lasix 40 mg}", "an RTF document"),
        (b"\n\n%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),  # blank lines before it
        (b"MSH|^~\\&|EPIC|HOSP\rPID|1||123\rRXE|1|furosemide\r", "an HL7 version 2 message"),
        (b"Lasix 40 mg\nWarfarin 5 mg \xe9\n", "save the list as UTF-8"),  # Windows-1252
    ],
)
def test_a_file_that_cannot_be_used_is_one_clear_error(
    run: RunFn, tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "meds.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("cautions", "--json", "--meds-from", str(path))
    assert result.code == 1
    assert result.out == ""
    assert str(path) in result.err
    assert message in result.err
    assert "Traceback" not in result.err


def test_a_document_not_read_says_what_to_give_instead(run: RunFn, tmp_path: Path) -> None:
    """A portal's C-CDA download was read line by line: every line NOT ASSESSED (exit 3) and
    the furosemide in it never checked, with no word of what to give instead."""
    path = tmp_path / "record.xml"
    path.write_text('<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
                    "Furosemide 40 mg daily\n</ClinicalDocument>\n", encoding="utf-8")  # fmt: skip
    result = run("recommend", "--goal", "migraine", "--meds-from", str(path))
    assert result.code == 1
    assert result.out == ""
    assert "FHIR JSON export" in result.err and "plain text list" in result.err


@pytest.mark.parametrize(
    "first",
    [
        "<5 mg lisinopril",  # not markup: these were read as lists, and still are
        "< 10 units insulin",
        "Lasix <40 mg>",
        "[Pt is 45]",  # taken for JSON before: exit 1, "not valid JSON", nothing checked
        "[Home medicines]",
        "[ Lasix 40 mg ]",
        "{28 (norethindrone 0.35 MG Oral Tablet) } Pack [Camila]",  # an RxNorm pack: not NDJSON
        "<b>Lasix 40 mg</b>",  # copied from a web page: read without its tags
        "<li>Lasix 40 mg</li>",
    ],
)
def test_a_first_line_in_brackets_is_still_a_list(run: RunFn, tmp_path: Path, first: str) -> None:
    result = run("cautions", "--json", "--meds-from", _list(tmp_path, f"{first}\nLasix 40 mg\n"))
    assert result.code in (0, 3)
    assert "does not read" not in result.err and "JSON" not in result.err
    assert "furosemide" in [c["medication"] for c in result.json()["cautions"]]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_list_saved_with_a_byte_order_mark_is_read(
    run: RunFn, tmp_path: Path, encoding: str
) -> None:
    """Notepad's "Unicode" and PowerShell's > save UTF-16: read by the mark, not refused."""
    path = tmp_path / "meds.txt"
    text = "Lasix 40 mg\nlevothyroxine\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    doc = run("cautions", "--json", "--meds-from", str(path)).ok_doc()
    assert [c["medication"] for c in doc["cautions"]] == ["furosemide", "levothyroxine"]
    assert [c["source"]["line"] for c in doc["cautions"]] == [1, 2]


def test_a_fhir_file_saved_as_utf_16_is_read(run: RunFn, tmp_path: Path) -> None:
    sample = Path(__file__).parent.parent / "docs" / "examples" / "fhir-bundle.json"
    path = tmp_path / "record.json"
    path.write_bytes(sample.read_text(encoding="utf-8").encode("utf-16"))
    want = run("cautions", "--json", "--meds-from", str(sample)).json()
    got = run("cautions", "--json", "--meds-from", str(path)).json()
    assert isinstance(want, dict) and isinstance(got, dict)
    assert [c["input"] for c in got["cautions"]] == [c["input"] for c in want["cautions"]]
    assert got["cautions"]


def test_a_directory_is_refused(run: RunFn, tmp_path: Path) -> None:
    result = run("cautions", "--meds-from", str(tmp_path))
    assert result.code == 1
    assert "is a directory" in result.err


@pytest.mark.parametrize("text", ['[{"resourceType": "Bundle"', "[\n  {", "[]", '["x"'])
def test_a_json_array_is_still_read_as_json(run: RunFn, tmp_path: Path, text: str) -> None:
    result = run("cautions", "--json", "--meds-from", _list(tmp_path, text))
    assert result.code == 1
    assert "JSON" in result.err or "FHIR" in result.err or "medication resources" in result.err


def test_a_line_copied_from_a_web_page_is_read_without_its_tags(run: RunFn, tmp_path: Path) -> None:
    """``<b>Sevelamer</b>`` was NOT ASSESSED whole, so the dialysis binder never withheld."""
    path = _list(tmp_path, "<b>Sevelamer</b> 800 mg tid<br/>\n<li>Lasix 40 mg</li>\n")
    doc = run("cautions", "--json", "--meds-from", path).ok_doc()
    assert [c["medication"] for c in doc["cautions"]] == ["sevelamer", "furosemide"]
    result = run("recommend", "--goal", "migraine", "--meds-from", path, "--json")
    assert result.code == 4
