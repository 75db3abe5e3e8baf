"""Read one contested news story with numbers you can trust.

The modules read as the pipeline: ``article`` (read and segment a text) -> ``extract`` (spans:
money, dates, names, quotes, defects) -> ``check`` (verdicts against ``data``) -> ``charts`` and
``render`` (figures and HTML) -> ``execute`` (notebooks run with papermill) -> ``site`` (the HTML reports).
``data`` loads and validates the sourced tables, ``derive`` computes conversions and ratios (numbers only),
``views`` holds every sentence, label and number format a reader sees.

Heavy modules (pandas, matplotlib) load only when used; ``analysis.annotate(text, published=None)``
loads the extractor on first use:

>>> import analysis
>>> analysis.__version__
'0.1.0'
>>> [s.exact for s in analysis.annotate("T\\nNovember 16, 2019\\n\\nIt cost $5bn.").of_kind("money")]
['$5bn']
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["annotate"]


def __getattr__(name: str) -> Any:
    """Load ``annotate`` from ``analysis.extract`` on first use (keeps ``import analysis`` light)."""
    if name == "annotate":
        from analysis.extract import annotate

        return annotate
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
