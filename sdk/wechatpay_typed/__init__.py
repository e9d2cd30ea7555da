"""wechatpay-typed: the one import for users of the typed WeChat Pay APIv3 SDK.

::

    from wechatpay_typed import WeChatPay, models

    wxpay = WeChatPay(mchid="1230000109", merchant_serial_no="...", merchant_private_key="apiclient_key.pem",
                      wechatpay_public_key_id="PUB_KEY_ID_...", wechatpay_public_key="pub_key.pem")
    transaction = wxpay.pay.query_transaction_by_out_trade_no("1217752501201407033233368018", mchid="1230000109")

``WeChatPay`` / ``AsyncWeChatPay`` have one attribute per spec tag and one method per operation
(generated from the spec into ``wechatpay_client.resources``); ``models`` is the namespace of
every request and answer model; the errors, ``NotificationParser`` and ``request_options`` are
those of the hand-written runtime ``wechatpay_auth``, re-exported here, with ``get_auth``
(``get_auth(wxpay.client)``: the signer, for raw calls), the transports (``HTTPClientTransport``,
the sync default; ``AiohttpTransport``, the async default when aiohttp is installed) and the
notification stores (in-memory, Redis, SQL).
"""

from wechatpay_auth import (
    DEFAULT_RETRY_POLICY,
    NO_RETRIES,
    AiohttpTransport,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncRedisNotificationStore,
    AsyncSQLNotificationStore,
    AuthenticationError,
    BadRequestError,
    BillIntegrityError,
    CertificateDownloadError,
    ConfigurationError,
    DecryptionError,
    HTTPClientTransport,
    InMemoryNotificationStore,
    InternalServerError,
    InvalidNotificationError,
    NotFoundError,
    NotificationDecryptionError,
    NotificationError,
    NotificationEvent,
    NotificationParser,
    NotificationReply,
    NotificationSignatureError,
    NotificationStoreError,
    PermissionDeniedError,
    RateLimitError,
    RedisNotificationStore,
    RequestValidationError,
    ResourceTypeError,
    ResponseTooLargeError,
    ResponseValidationError,
    RetryPolicy,
    SignatureVerificationError,
    SQLNotificationStore,
    WeChatPayError,
    __version__,
    get_auth,
    request_options,
)
from wechatpay_client import models
from wechatpay_client.types import UNSET, Response, Unset

from ._client import AsyncWeChatPay, AsyncWeChatPayWithRawResponse, WeChatPay, WeChatPayWithRawResponse

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "NO_RETRIES",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AiohttpTransport",
    "AsyncRedisNotificationStore",
    "AsyncSQLNotificationStore",
    "AsyncWeChatPay",
    "AsyncWeChatPayWithRawResponse",
    "AuthenticationError",
    "BadRequestError",
    "BillIntegrityError",
    "CertificateDownloadError",
    "ConfigurationError",
    "DecryptionError",
    "HTTPClientTransport",
    "InMemoryNotificationStore",
    "InternalServerError",
    "InvalidNotificationError",
    "NotFoundError",
    "NotificationDecryptionError",
    "NotificationError",
    "NotificationEvent",
    "NotificationParser",
    "NotificationReply",
    "NotificationSignatureError",
    "NotificationStoreError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedisNotificationStore",
    "RequestValidationError",
    "ResourceTypeError",
    "Response",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SQLNotificationStore",
    "SignatureVerificationError",
    "Unset",
    "WeChatPay",
    "WeChatPayError",
    "WeChatPayWithRawResponse",
    "__version__",
    "get_auth",
    "models",
    "request_options",
]
