"""The ``wechatpay`` command line: ``demo``, ``sandbox``, ``call`` and ``notification parse``.

See ``wechatpay --help``. The entry point is :func:`wechatpay_cli._main.main`.
"""

from ._main import main
from ._version import __version__

__all__ = ["__version__", "main"]
