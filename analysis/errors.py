"""Errors a user can act on: each renders as one line saying what, where and what to do.

>>> str(InputError("article is empty", where="a.txt", fix="give a text file with the article"))
'a.txt: article is empty; give a text file with the article'
"""

from __future__ import annotations


class InputError(Exception):
    """Bad input from the user (an article, a date, a data file). The CLI prints it and exits 2."""

    def __init__(self, what: str, *, where: str = "", fix: str = "") -> None:
        self.what, self.where, self.fix = what, where, fix
        super().__init__(" ".join(str(self).split()))

    def __str__(self) -> str:
        text = f"{self.where}: {self.what}" if self.where else self.what
        return f"{text}; {self.fix}" if self.fix else text


class DataError(InputError):
    """A file in data/ broke its Table Schema (names the file, row and column)."""
