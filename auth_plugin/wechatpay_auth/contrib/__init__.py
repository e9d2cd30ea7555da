"""Optional web-framework adapters for :class:`wechatpay_auth.NotificationParser`.

Each module imports its framework, which is NOT a dependency of this SDK: import
``wechatpay_auth.contrib.starlette`` (Starlette, FastAPI), ``wechatpay_auth.contrib.flask``
(Flask) or ``wechatpay_auth.contrib.django`` (Django) only where that framework is installed. Nothing here is imported by ``wechatpay_auth``.
"""
