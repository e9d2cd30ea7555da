"""The CLI's version: the distribution's, from its single source (``wechatpay_auth._version``)."""

from wechatpay_auth._version import __version__

__all__ = ["__version__"]
