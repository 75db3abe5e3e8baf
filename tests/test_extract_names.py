"""People found from the text: a full name joined by "and" to a found one, a name before "his/her counterpart"."""

from __future__ import annotations

import pytest
from conftest import table

from analysis.extract.names import find_names

PAIRS = table(
    r"""
text | names
The deal was signed by Gen. Jo Bell and Al Roe, the two envoys. | Jo Bell;Al Roe
The choice of South Korean Kim Sang-woo and American Dana Pirrel came early. | Kim Sang-woo;Dana Pirrel
Talks were led by envoy Dana Pirrel and her Japanese counterpart Ito Kenji. | Dana Pirrel;Ito Kenji
Gen. Jo Bell and Hanul Province officials met. | Jo Bell
Gen. Jo Bell and his team met on Monday. | Jo Bell
"""
)


@pytest.mark.parametrize(("text", "names"), PAIRS)
def test_a_name_paired_with_a_person_is_a_person(text, names):
    assert [n.exact for n in find_names(text) if n.rule != "surname"] == names.split(";")
