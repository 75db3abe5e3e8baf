"""Lead fixes of the ninth session, from review26's read of the generated-battery rounds (quotes26, dates26).

One case a row, with controls: each reading a round added, where it went further than its class.
"""

from __future__ import annotations

from conftest import table
from test_extract_quotes import speakers_test

# A gendered pronoun after a name tells the name's gender only when it is the name's own: an object pronoun ("thanked
# her", "met him") is someone else and must not bar "he"/"she" from pointing back to the name (quotes26's
# _gender_after read the first "her" or "his" whatever its role).
OBJECT_PRONOUNS = table(
    r"""
body | speaker_names
Bo Rimmer thanked her for the call.\n\n"We will pay more," he said. | Bo Rimmer
Bo Rimmer met him on Monday.\n\n"We will pay more," she said. | Bo Rimmer
Bo Rimmer asked her to stay.\n\n"We will pay more," he said. | Bo Rimmer
# controls: the name's own pronoun still tells its gender
Bo Rimmer praised her counterpart.\n\n"We will pay more," she said. | Bo Rimmer
Bo Rimmer, who leads her team, spoke.\n\n"We will pay more," she said. | Bo Rimmer
"""
)

test_object_pronouns_name_someone_else = speakers_test(OBJECT_PRONOUNS=OBJECT_PRONOUNS)
