"""mend56b (issue #9, review of speak56b): near misses of the headline echo (``quote_echo``), the body pronoun
(``quotes._body_pronoun``) and the negated auxiliary (``quotes._possessive_org``) that speak56b's first cut read as
someone's words. Every row is my own wording (made-up names and bodies); each passes on main (nobody, as there) and
failed on speak56b before this mend; the rows still credited are in tests/test_speak56b.py.

- owned: a possessive just before the echoed words ("the cabinet's firm pact");
- named: "the slogan X", "entitled X", "the X bill", "branding ... X";
- denied: "nothing/little/hardly X";
- far: a one-word echo past the lede's first sentence;
- crowd: a teller with no name ("Economists said", "Farmers near the port said");
- object: "They" after a body that was only the object of the sentence before;
- didn't: "<place>'s <body> didn't check the claim that ... “X”" with no speech verb after "didn't".
"""

from __future__ import annotations

# ruff: noqa: E501
import pytest
from conftest import table
from test_quotes40 import accepted
from test_speak56b import spoken as _spoken

NEAR = table(r"""head | body | want
Cabinet hails 'firm pact' on port fees | Union leaders said the cabinet's firm pact was a sham. | None
Ports sign 'win-win' accord | Economists said the slogan win-win, which the agency chose, hid a rise. | None
Ports sign 'win-win' accord | Harbour chief Sela Brandt said there was nothing win-win about the accord. | None
Senate weighs 'open skies' bill | Senators said the open skies bill would cut fees for carriers. | None
New study 'a fragile bargain' stirs row | Deputies said the study, entitled a fragile bargain, missed the point. | None
Envoys see 'headway' in port talks | Economists said there was little headway in the port talks. | None
Carriers hail 'landmark' pact | Pilots said the pact was hardly landmark, citing the fees. | None
Port decries 'blackmail' by carriers | Writer Oren Vale argued that branding the fee blackmail went too far. | None
Port rejects 'punitive' fee | The talks stalled in June.\n\nFarmers near the port said the smell was punitive at dawn. | None
Port seeks 'steady, modest' rise | Economists told reporters a steady and modest rise was a dream. | None
""")
OBJECT = table(r"""head | body | want
 | Fans across the county backed the Harbour Party in May. They called the fee “a scandal.” | None/Fans
 | Oslan's Port Authority didn't check the claim that the fee was “far too steep.” | None
""")
KEPT = table(r"""head | body | want
Carriers hail 'landmark' pact | The Oslan Port Authority said on Monday the pact was landmark. | Oslan Port Authority/Port Authority
 | The Oslan Harbour Agency met on Monday. It confirmed the plan was “on hold” now. | Oslan Harbour Agency/the agency
 | Japan's Fisheries Agency didn't give a date, but said the fee was “under review.” | Japan's Fisheries Agency/the agency
""")


@pytest.mark.parametrize(("head", "body", "want"), NEAR + OBJECT + KEPT)
def test_mend56b_rows(head: str, body: str, want: str) -> None:
    got = _spoken(head, body)
    assert accepted(got[:1], want), got
