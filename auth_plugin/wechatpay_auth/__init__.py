"""Hand-written runtime of the typed WeChat Pay APIv3 SDK: signing, encryption, verification.

Quick start::

    from wechatpay_auth import create_client
    client = create_client(
        mchid="1230000109",
        merchant_serial_no="...",                    # serial of the merchant API certificate
        merchant_private_key="apiclient_key.pem",    # PEM text, PEM bytes or a path
        wechatpay_public_key_id="PUB_KEY_ID_...",
        wechatpay_public_key="pub_key.pem",
    )

``create_client`` returns the generated ``wechatpay_client.Client``; every request through it is
signed, sensitive fields are encrypted, and every 2xx response is verified. ``WeChatPayAuth`` is
the underlying ``httpx.Auth`` for your own httpx clients. The pure steps (message building,
signing, verification, OAEP, AES-GCM) are exported too, for notifications and tests.
"""

from ._aiohttp import AiohttpTransport
from ._auth import OperationInfo, OperationLookup, WeChatPayAuth
from ._cipher import (
    aes_256_gcm_decrypt,
    aes_256_gcm_encrypt,
    decrypt_aead_resource,
    oaep_max_plaintext_length,
    rsa_oaep_decrypt,
    rsa_oaep_decrypt_b64,
    rsa_oaep_encrypt,
    rsa_oaep_encrypt_b64,
)
from ._client import create_client, get_auth
from ._constants import MAX_CLOCK_SKEW_SECONDS
from ._downloads import BillApply, adownload_bill, adownload_verified_file, download_bill, download_verified_file
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BillIntegrityError,
    CertificateDownloadError,
    ConfigurationError,
    DecryptionError,
    InternalServerError,
    NotFoundError,
    NotificationStoreError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
    SignatureVerificationError,
    WeChatPayError,
)
from ._keys import (
    AsyncCertificateManager,
    CertificateManager,
    CertificateStore,
    PlatformCertificate,
    PlatformKeys,
    WeChatPayPublicKey,
    load_merchant_private_key,
    load_public_key,
)
from ._multipart import IMAGE_UPLOAD_LIMITS, VIDEO_UPLOAD_LIMITS, build_media_upload
from ._notifications import (
    AsyncNotificationStore,
    ClaimingNotificationStore,
    InMemoryNotificationStore,
    InvalidNotificationError,
    NotificationDecryptionError,
    NotificationError,
    NotificationEvent,
    NotificationHandler,
    NotificationParser,
    NotificationReply,
    NotificationSignatureError,
    NotificationStore,
    ResourceModel,
    ResourceTypeError,
)
from ._options import (
    DEFAULT_RETRY_POLICY,
    DEFAULT_TIMEOUT,
    NO_RETRIES,
    RequestOptions,
    RetryPolicy,
    request_options,
)
from ._paysign import (
    AppPayParams,
    JsapiPayParams,
    build_app_pay_params,
    build_jsapi_pay_params,
    build_pay_sign_message,
)
from ._signing import (
    MerchantSigner,
    SignatureHeaders,
    build_authorization,
    build_request_message,
    build_response_message,
    generate_nonce,
    sign,
    verify_signature,
)
from ._stdlib_transport import HTTPClientTransport
from ._store_redis import AsyncRedisNotificationStore, RedisNotificationStore
from ._store_sql import AsyncSQLNotificationStore, SQLNotificationStore
from ._validation import validate_request_body
from ._version import __version__

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_TIMEOUT",
    "IMAGE_UPLOAD_LIMITS",
    "MAX_CLOCK_SKEW_SECONDS",
    "NO_RETRIES",
    "VIDEO_UPLOAD_LIMITS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AiohttpTransport",
    "AppPayParams",
    "AsyncCertificateManager",
    "AsyncNotificationStore",
    "AsyncRedisNotificationStore",
    "AsyncSQLNotificationStore",
    "AuthenticationError",
    "BadRequestError",
    "BillApply",
    "BillIntegrityError",
    "CertificateDownloadError",
    "CertificateManager",
    "CertificateStore",
    "ClaimingNotificationStore",
    "ConfigurationError",
    "DecryptionError",
    "HTTPClientTransport",
    "InMemoryNotificationStore",
    "InternalServerError",
    "InvalidNotificationError",
    "JsapiPayParams",
    "MerchantSigner",
    "NotFoundError",
    "NotificationDecryptionError",
    "NotificationError",
    "NotificationEvent",
    "NotificationHandler",
    "NotificationParser",
    "NotificationReply",
    "NotificationSignatureError",
    "NotificationStore",
    "NotificationStoreError",
    "OperationInfo",
    "OperationLookup",
    "PermissionDeniedError",
    "PlatformCertificate",
    "PlatformKeys",
    "RateLimitError",
    "RedisNotificationStore",
    "RequestOptions",
    "RequestValidationError",
    "ResourceModel",
    "ResourceTypeError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SQLNotificationStore",
    "SignatureHeaders",
    "SignatureVerificationError",
    "WeChatPayAuth",
    "WeChatPayError",
    "WeChatPayPublicKey",
    "__version__",
    "adownload_bill",
    "adownload_verified_file",
    "aes_256_gcm_decrypt",
    "aes_256_gcm_encrypt",
    "build_app_pay_params",
    "build_authorization",
    "build_jsapi_pay_params",
    "build_media_upload",
    "build_pay_sign_message",
    "build_request_message",
    "build_response_message",
    "create_client",
    "decrypt_aead_resource",
    "download_bill",
    "download_verified_file",
    "generate_nonce",
    "get_auth",
    "load_merchant_private_key",
    "load_public_key",
    "oaep_max_plaintext_length",
    "request_options",
    "rsa_oaep_decrypt",
    "rsa_oaep_decrypt_b64",
    "rsa_oaep_encrypt",
    "rsa_oaep_encrypt_b64",
    "sign",
    "validate_request_body",
    "verify_signature",
]
