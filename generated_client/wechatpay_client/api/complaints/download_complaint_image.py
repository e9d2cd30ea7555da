# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response

OPERATION_ID = "download_complaint_image"


def _get_kwargs(
    media_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/merchant-service/images/{media_id}".format(
            media_id=quote(str(media_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """图片请求接口

    图片请求接口 (图片下载) — downloads an image of a complaint: the URLs in
    `complaint_media_list[].media_url` (complaint detail and negotiation history) and in
    `image_list` have the form `https://api.mch.weixin.qq.com/v3/merchant-service/images/<id>`.
    Pass `<id>` percent-decoded as `media_id`; the SDK encodes it again (the IDs contain
    `=` and may contain `+` or `/`).

    - The request is signed like any GET.
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): it is the raw image stream, and no signed digest of it is published, so its
      integrity rests on TLS alone.
    - Users' own complaint images may only be visible to merchants whitelisted by WeChat
      Pay. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467251

    Operation: ``download_complaint_image`` (GET /v3/merchant-service/images/{media_id})

    Args:
        media_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> File:
    """图片请求接口

    图片请求接口 (图片下载) — downloads an image of a complaint: the URLs in
    `complaint_media_list[].media_url` (complaint detail and negotiation history) and in
    `image_list` have the form `https://api.mch.weixin.qq.com/v3/merchant-service/images/<id>`.
    Pass `<id>` percent-decoded as `media_id`; the SDK encodes it again (the IDs contain
    `=` and may contain `+` or `/`).

    - The request is signed like any GET.
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): it is the raw image stream, and no signed digest of it is published, so its
      integrity rests on TLS alone.
    - Users' own complaint images may only be visible to merchants whitelisted by WeChat
      Pay. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467251

    Operation: ``download_complaint_image`` (GET /v3/merchant-service/images/{media_id})

    Args:
        media_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        File
    """

    kwargs = _get_kwargs(
        media_id=media_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """图片请求接口

    图片请求接口 (图片下载) — downloads an image of a complaint: the URLs in
    `complaint_media_list[].media_url` (complaint detail and negotiation history) and in
    `image_list` have the form `https://api.mch.weixin.qq.com/v3/merchant-service/images/<id>`.
    Pass `<id>` percent-decoded as `media_id`; the SDK encodes it again (the IDs contain
    `=` and may contain `+` or `/`).

    - The request is signed like any GET.
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): it is the raw image stream, and no signed digest of it is published, so its
      integrity rests on TLS alone.
    - Users' own complaint images may only be visible to merchants whitelisted by WeChat
      Pay. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467251

    Operation: ``download_complaint_image`` (GET /v3/merchant-service/images/{media_id})

    Args:
        media_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> File:
    """图片请求接口

    图片请求接口 (图片下载) — downloads an image of a complaint: the URLs in
    `complaint_media_list[].media_url` (complaint detail and negotiation history) and in
    `image_list` have the form `https://api.mch.weixin.qq.com/v3/merchant-service/images/<id>`.
    Pass `<id>` percent-decoded as `media_id`; the SDK encodes it again (the IDs contain
    `=` and may contain `+` or `/`).

    - The request is signed like any GET.
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): it is the raw image stream, and no signed digest of it is published, so its
      integrity rests on TLS alone.
    - Users' own complaint images may only be visible to merchants whitelisted by WeChat
      Pay. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467251

    Operation: ``download_complaint_image`` (GET /v3/merchant-service/images/{media_id})

    Args:
        media_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        File
    """

    kwargs = _get_kwargs(
        media_id=media_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
