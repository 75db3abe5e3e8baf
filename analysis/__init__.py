"""Read one contested news story with numbers you can trust.

The modules read as the pipeline: ``article`` (read and segment a text) -> ``extract`` (spans:
money, dates, names, quotes, defects) -> ``check`` (verdicts against ``data``) -> ``charts`` and
``render`` (figures and HTML) -> ``report`` (executed notebooks as HTML). ``data`` loads and
validates the sourced tables, ``derive`` computes conversions and ratios.

Heavy modules (pandas, matplotlib) load only when used:

>>> import analysis
>>> analysis.__version__
'0.1.0'
"""

from __future__ import annotations

__version__ = "0.1.0"
