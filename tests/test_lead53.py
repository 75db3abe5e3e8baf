"""A family name joined to another person's given name is not the holder of a term (the lead, forty-fifth session,
from review53's plain-text probes): "Lina Park" is not Park Geun-hye, "Lee Sang-hyun" not Lee Jae-myung, so "her
term" / "his term" beside them is no president's term (``dates._anothers_name``). Made-up people (Lina Park, Lee
Sang-hyun, Oskel Tamm); no corpus text read.

- OTHER: "his/her term" whose only holder word is another person's family name: no date (on the code before, the
  term of the president of that family name);
- HOLDER: controls: the holder named by title ("President Park"), by full name, or after a function word ("During
  Park's term"): the president's term, as before.
"""

from __future__ import annotations

import pytest
from conftest import assert_no_date, dates_test, table

OTHER = table(
    r"""
text | published | words
Lina Park backed the deal. During her term, the talks stalled. | 2019-11-16 | During her term
During her term in the Senate, Lina Park backed the deal. | 2019-11-16 | During her term
Lee Sang-hyun, a former envoy, said talks stalled during his term. | 2024-11-16 | during his term
Oskel Tamm met Lina Park. During his term as governor, Mike Pence spoke. | 2019-11-16 | During his term
"""
)

HOLDER = table(
    r"""
text | published | exact | start | end
President Park spoke. During her term, talks stalled. | 2019-11-16 | During her term | 2013-02-25 | 2017-03-10
During her term, Park Geun-hye met Kim Jong Un. | 2019-11-16 | During her term | 2013-02-25 | 2017-03-10
During Park's term, Seoul paid more. | 2019-11-16 | During Park's term | 2013-02-25 | 2017-03-10
"""
)


@pytest.mark.parametrize(("text", "published", "words"), OTHER, ids=[f"OTHER-{i}" for i in range(1, len(OTHER) + 1)])
def test_another_persons_family_name_holds_no_term(text: str, published: str, words: str) -> None:
    assert_no_date(text, published, words)


test_lead53_holder = dates_test(HOLDER=HOLDER)
