"""A name of plain words is read exactly as the token pattern reads it (names/lex.py).

``lex`` reads a text of ASCII letters and spaces (``furosemide``, ``Synthroid qam``) without
compiling its token pattern, the common case of a typed ``--med``. These checks compare that
shortcut with the pattern on generated texts and on names as typed, and check the answers a
user sees for a name typed in either form, so the shortcut cannot read a word differently.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from magadvise.names.lex import lex, lex_by_pattern

from conftest import RunFn

words = st.text(alphabet=st.sampled_from("abcqxhdwAQXMP    "), max_size=60)


@settings(max_examples=3000, deadline=None)
@given(words)
def test_plain_words_read_as_the_pattern_reads_them(text: str) -> None:
    assert lex(text) == lex_by_pattern(text)


def test_names_as_typed_read_as_the_pattern_reads_them() -> None:
    for text in ("furosemide", "Synthroid qam", "  Lasix  bid ", "i tab qd", "x", "q d", "AM PM"):
        assert lex(text) == lex_by_pattern(text), text


def test_a_name_alone_and_with_a_strength_get_the_same_caution(run: RunFn) -> None:
    alone = run("cautions", "--med", "Doxycycline", "--json").ok_doc()
    dosed = run("cautions", "--med", "doxycycline 100 mg bid", "--json").ok_doc()
    assert [c["medication"] for c in alone["cautions"]] == ["doxycycline"]
    assert alone["cautions"][0]["severity"] == dosed["cautions"][0]["severity"] == "major"
    assert alone["unassessed"] == dosed["unassessed"] == []
