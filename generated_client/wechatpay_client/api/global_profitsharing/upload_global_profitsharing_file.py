# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_file_upload_request import GlobalProfitsharingFileUploadRequest
from ...models.global_profitsharing_file_upload_response import GlobalProfitsharingFileUploadResponse
from ...types import Response

OPERATION_ID = "upload_global_profitsharing_file"


def _get_kwargs(
    *,
    body: GlobalProfitsharingFileUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/merchant-storage/file/upload",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlobalProfitsharingFileUploadResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalProfitsharingFileUploadResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalProfitsharingFileUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingFileUploadRequest,
) -> Response[GlobalProfitsharingFileUploadResponse]:
    """上传文件

    上传文件 — uploads a document (PDF, JPG, BMP or PNG, at most 5 MB) that a cross-border
    API asks for, such as the receiver application letter and partnership proof of
    `add_global_profitsharing_receiver`, and returns its `file_id`.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON,
    `Content-Type: application/json`) and `file` (the bytes). `meta.filename` must end in
    `.pdf`, `.jpg`, `.bmp` or `.png`; `meta.digest` is the hex SHA-256 of the file bytes.
    The sources disagree on that key's name (see `GlobalProfitsharingFileUploadMeta`).

    **Signing rule:** as for the domestic uploads, the signature covers the `meta` JSON text
    only, which must be sent byte-identical as the `meta` part.

    Not documented as idempotent; a resend creates no business state (at worst another
    `file_id`), but no query exists to confirm an unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024913

    Operation: ``upload_global_profitsharing_file`` (POST /v3/global/merchant-storage/file/upload)

    Args:
        body (GlobalProfitsharingFileUploadRequest): 上传文件请求 — the multipart body: `meta` first,
            then `file`. The signature covers the
            `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingFileUploadResponse]
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
    body: GlobalProfitsharingFileUploadRequest,
) -> GlobalProfitsharingFileUploadResponse:
    """上传文件

    上传文件 — uploads a document (PDF, JPG, BMP or PNG, at most 5 MB) that a cross-border
    API asks for, such as the receiver application letter and partnership proof of
    `add_global_profitsharing_receiver`, and returns its `file_id`.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON,
    `Content-Type: application/json`) and `file` (the bytes). `meta.filename` must end in
    `.pdf`, `.jpg`, `.bmp` or `.png`; `meta.digest` is the hex SHA-256 of the file bytes.
    The sources disagree on that key's name (see `GlobalProfitsharingFileUploadMeta`).

    **Signing rule:** as for the domestic uploads, the signature covers the `meta` JSON text
    only, which must be sent byte-identical as the `meta` part.

    Not documented as idempotent; a resend creates no business state (at worst another
    `file_id`), but no query exists to confirm an unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024913

    Operation: ``upload_global_profitsharing_file`` (POST /v3/global/merchant-storage/file/upload)

    Args:
        body (GlobalProfitsharingFileUploadRequest): 上传文件请求 — the multipart body: `meta` first,
            then `file`. The signature covers the
            `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingFileUploadResponse
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
    body: GlobalProfitsharingFileUploadRequest,
) -> Response[GlobalProfitsharingFileUploadResponse]:
    """上传文件

    上传文件 — uploads a document (PDF, JPG, BMP or PNG, at most 5 MB) that a cross-border
    API asks for, such as the receiver application letter and partnership proof of
    `add_global_profitsharing_receiver`, and returns its `file_id`.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON,
    `Content-Type: application/json`) and `file` (the bytes). `meta.filename` must end in
    `.pdf`, `.jpg`, `.bmp` or `.png`; `meta.digest` is the hex SHA-256 of the file bytes.
    The sources disagree on that key's name (see `GlobalProfitsharingFileUploadMeta`).

    **Signing rule:** as for the domestic uploads, the signature covers the `meta` JSON text
    only, which must be sent byte-identical as the `meta` part.

    Not documented as idempotent; a resend creates no business state (at worst another
    `file_id`), but no query exists to confirm an unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024913

    Operation: ``upload_global_profitsharing_file`` (POST /v3/global/merchant-storage/file/upload)

    Args:
        body (GlobalProfitsharingFileUploadRequest): 上传文件请求 — the multipart body: `meta` first,
            then `file`. The signature covers the
            `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingFileUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingFileUploadRequest,
) -> GlobalProfitsharingFileUploadResponse:
    """上传文件

    上传文件 — uploads a document (PDF, JPG, BMP or PNG, at most 5 MB) that a cross-border
    API asks for, such as the receiver application letter and partnership proof of
    `add_global_profitsharing_receiver`, and returns its `file_id`.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON,
    `Content-Type: application/json`) and `file` (the bytes). `meta.filename` must end in
    `.pdf`, `.jpg`, `.bmp` or `.png`; `meta.digest` is the hex SHA-256 of the file bytes.
    The sources disagree on that key's name (see `GlobalProfitsharingFileUploadMeta`).

    **Signing rule:** as for the domestic uploads, the signature covers the `meta` JSON text
    only, which must be sent byte-identical as the `meta` part.

    Not documented as idempotent; a resend creates no business state (at worst another
    `file_id`), but no query exists to confirm an unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024913

    Operation: ``upload_global_profitsharing_file`` (POST /v3/global/merchant-storage/file/upload)

    Args:
        body (GlobalProfitsharingFileUploadRequest): 上传文件请求 — the multipart body: `meta` first,
            then `file`. The signature covers the
            `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingFileUploadResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
