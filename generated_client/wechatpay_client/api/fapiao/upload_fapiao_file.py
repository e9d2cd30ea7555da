# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_file_upload_request import FapiaoFileUploadRequest
from ...models.fapiao_file_upload_response import FapiaoFileUploadResponse
from ...types import Response

OPERATION_ID = "upload_fapiao_file"


def _get_kwargs(
    *,
    body: FapiaoFileUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FapiaoFileUploadResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FapiaoFileUploadResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FapiaoFileUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoFileUploadRequest,
) -> Response[FapiaoFileUploadResponse]:
    """上传电子发票文件

    上传电子发票文件 — uploads the file of a fapiao the merchant issued itself (PDF or OFD, at
    most 2 MB) and returns a `fapiao_media_id` for `insert_fapiao_cards`. The ID expires
    after three days, so insert the card soon after the upload.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
    `{"file_type": ..., "digest_alogrithm": "SM3", "digest": ...}`, `Content-Type:
    application/json`) and `file` (the bytes). `digest` is the hexadecimal SM3 digest of the
    file bytes (64 characters). Note the official spelling `digest_alogrithm`, which must be
    sent as is. This meta part has no `sha256` or `filename`.

    **Signing rule:** as for `upload_image`, the signature covers the `meta` JSON text only,
    and the `meta` part must carry exactly those bytes.

    Not documented as idempotent; a resend only creates another file ID, and no query
    exists to confirm an unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556605

    Operation: ``upload_fapiao_file`` (POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file)

    Args:
        body (FapiaoFileUploadRequest): 上传电子发票文件请求 — the multipart body: `meta` first, then
            `file`. The signature covers
            the `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoFileUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoFileUploadRequest,
) -> FapiaoFileUploadResponse:
    """上传电子发票文件

    上传电子发票文件 — uploads the file of a fapiao the merchant issued itself (PDF or OFD, at
    most 2 MB) and returns a `fapiao_media_id` for `insert_fapiao_cards`. The ID expires
    after three days, so insert the card soon after the upload.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
    `{"file_type": ..., "digest_alogrithm": "SM3", "digest": ...}`, `Content-Type:
    application/json`) and `file` (the bytes). `digest` is the hexadecimal SM3 digest of the
    file bytes (64 characters). Note the official spelling `digest_alogrithm`, which must be
    sent as is. This meta part has no `sha256` or `filename`.

    **Signing rule:** as for `upload_image`, the signature covers the `meta` JSON text only,
    and the `meta` part must carry exactly those bytes.

    Not documented as idempotent; a resend only creates another file ID, and no query
    exists to confirm an unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556605

    Operation: ``upload_fapiao_file`` (POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file)

    Args:
        body (FapiaoFileUploadRequest): 上传电子发票文件请求 — the multipart body: `meta` first, then
            `file`. The signature covers
            the `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoFileUploadResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoFileUploadRequest,
) -> Response[FapiaoFileUploadResponse]:
    """上传电子发票文件

    上传电子发票文件 — uploads the file of a fapiao the merchant issued itself (PDF or OFD, at
    most 2 MB) and returns a `fapiao_media_id` for `insert_fapiao_cards`. The ID expires
    after three days, so insert the card soon after the upload.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
    `{"file_type": ..., "digest_alogrithm": "SM3", "digest": ...}`, `Content-Type:
    application/json`) and `file` (the bytes). `digest` is the hexadecimal SM3 digest of the
    file bytes (64 characters). Note the official spelling `digest_alogrithm`, which must be
    sent as is. This meta part has no `sha256` or `filename`.

    **Signing rule:** as for `upload_image`, the signature covers the `meta` JSON text only,
    and the `meta` part must carry exactly those bytes.

    Not documented as idempotent; a resend only creates another file ID, and no query
    exists to confirm an unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556605

    Operation: ``upload_fapiao_file`` (POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file)

    Args:
        body (FapiaoFileUploadRequest): 上传电子发票文件请求 — the multipart body: `meta` first, then
            `file`. The signature covers
            the `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoFileUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoFileUploadRequest,
) -> FapiaoFileUploadResponse:
    """上传电子发票文件

    上传电子发票文件 — uploads the file of a fapiao the merchant issued itself (PDF or OFD, at
    most 2 MB) and returns a `fapiao_media_id` for `insert_fapiao_cards`. The ID expires
    after three days, so insert the card soon after the upload.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
    `{"file_type": ..., "digest_alogrithm": "SM3", "digest": ...}`, `Content-Type:
    application/json`) and `file` (the bytes). `digest` is the hexadecimal SM3 digest of the
    file bytes (64 characters). Note the official spelling `digest_alogrithm`, which must be
    sent as is. This meta part has no `sha256` or `filename`.

    **Signing rule:** as for `upload_image`, the signature covers the `meta` JSON text only,
    and the `meta` part must carry exactly those bytes.

    Not documented as idempotent; a resend only creates another file ID, and no query
    exists to confirm an unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556605

    Operation: ``upload_fapiao_file`` (POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file)

    Args:
        body (FapiaoFileUploadRequest): 上传电子发票文件请求 — the multipart body: `meta` first, then
            `file`. The signature covers
            the `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoFileUploadResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
