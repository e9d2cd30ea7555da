# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_image_upload_request import ComplaintImageUploadRequest
from ...models.complaint_image_upload_response import ComplaintImageUploadResponse
from ...types import Response

OPERATION_ID = "upload_complaint_image"


def _get_kwargs(
    *,
    body: ComplaintImageUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-service/images/upload",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComplaintImageUploadResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ComplaintImageUploadResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ComplaintImageUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintImageUploadRequest,
) -> Response[ComplaintImageUploadResponse]:
    """图片上传接口

    图片上传接口 (商户上传反馈图片) — uploads an image (JPG, BMP or PNG, at most 2 MB) for the
    complaint APIs and returns its `media_id`, which `respond_complaint`
    (`response_images`), `update_complaint_refund_progress` (`reject_media_list`) and
    `respond_complaint_immediate_service` (image blocks) take.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
    `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `filename` must
    end in `.jpg`, `.bmp` or `.png`, `sha256` is the hex SHA-256 of the file bytes) and
    `file` (the bytes, with their own content type and the same file name).

    **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
    body, and the `meta` part must carry exactly those bytes.

    The response is a normal signed JSON body. Not documented as idempotent; a resend only
    creates another `media_id` for the same image, and no query exists to confirm an
    unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467250

    Operation: ``upload_complaint_image`` (POST /v3/merchant-service/images/upload)

    Args:
        body (ComplaintImageUploadRequest): 图片上传请求 — the multipart body: `meta` first, then
            `file`. The signature covers the
            `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintImageUploadResponse]
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
    body: ComplaintImageUploadRequest,
) -> ComplaintImageUploadResponse:
    """图片上传接口

    图片上传接口 (商户上传反馈图片) — uploads an image (JPG, BMP or PNG, at most 2 MB) for the
    complaint APIs and returns its `media_id`, which `respond_complaint`
    (`response_images`), `update_complaint_refund_progress` (`reject_media_list`) and
    `respond_complaint_immediate_service` (image blocks) take.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
    `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `filename` must
    end in `.jpg`, `.bmp` or `.png`, `sha256` is the hex SHA-256 of the file bytes) and
    `file` (the bytes, with their own content type and the same file name).

    **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
    body, and the `meta` part must carry exactly those bytes.

    The response is a normal signed JSON body. Not documented as idempotent; a resend only
    creates another `media_id` for the same image, and no query exists to confirm an
    unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467250

    Operation: ``upload_complaint_image`` (POST /v3/merchant-service/images/upload)

    Args:
        body (ComplaintImageUploadRequest): 图片上传请求 — the multipart body: `meta` first, then
            `file`. The signature covers the
            `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintImageUploadResponse
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
    body: ComplaintImageUploadRequest,
) -> Response[ComplaintImageUploadResponse]:
    """图片上传接口

    图片上传接口 (商户上传反馈图片) — uploads an image (JPG, BMP or PNG, at most 2 MB) for the
    complaint APIs and returns its `media_id`, which `respond_complaint`
    (`response_images`), `update_complaint_refund_progress` (`reject_media_list`) and
    `respond_complaint_immediate_service` (image blocks) take.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
    `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `filename` must
    end in `.jpg`, `.bmp` or `.png`, `sha256` is the hex SHA-256 of the file bytes) and
    `file` (the bytes, with their own content type and the same file name).

    **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
    body, and the `meta` part must carry exactly those bytes.

    The response is a normal signed JSON body. Not documented as idempotent; a resend only
    creates another `media_id` for the same image, and no query exists to confirm an
    unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467250

    Operation: ``upload_complaint_image`` (POST /v3/merchant-service/images/upload)

    Args:
        body (ComplaintImageUploadRequest): 图片上传请求 — the multipart body: `meta` first, then
            `file`. The signature covers the
            `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintImageUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintImageUploadRequest,
) -> ComplaintImageUploadResponse:
    """图片上传接口

    图片上传接口 (商户上传反馈图片) — uploads an image (JPG, BMP or PNG, at most 2 MB) for the
    complaint APIs and returns its `media_id`, which `respond_complaint`
    (`response_images`), `update_complaint_refund_progress` (`reject_media_list`) and
    `respond_complaint_immediate_service` (image blocks) take.

    Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
    `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `filename` must
    end in `.jpg`, `.bmp` or `.png`, `sha256` is the hex SHA-256 of the file bytes) and
    `file` (the bytes, with their own content type and the same file name).

    **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
    body, and the `meta` part must carry exactly those bytes.

    The response is a normal signed JSON body. Not documented as idempotent; a resend only
    creates another `media_id` for the same image, and no query exists to confirm an
    unclear upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467250

    Operation: ``upload_complaint_image`` (POST /v3/merchant-service/images/upload)

    Args:
        body (ComplaintImageUploadRequest): 图片上传请求 — the multipart body: `meta` first, then
            `file`. The signature covers the
            `meta` JSON only, which must be sent byte-identical as the `meta` part.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintImageUploadResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
