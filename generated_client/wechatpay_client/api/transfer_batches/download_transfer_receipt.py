# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx
from wechatpay_auth._decode import undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response

OPERATION_ID = "download_transfer_receipt"


def _get_kwargs(
    *,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/transferdownload/signfile",
        "params": params,
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
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[File]:
    """下载电子回单API

    下载电子回单API — fetches a batch or detail receipt file (PDF) from the `download_url` of
    `query_transfer_batch_receipt` or `query_transfer_detail_receipt`: pass its `token`
    query value unchanged.

    - The request is signed like any GET.
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): compute the digest named by `hash_type` of the file and compare it with the
      signed `hash_value` before using the file.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/download-receipt.html

    Operation: ``download_transfer_receipt`` (GET /v3/transferdownload/signfile)

    Args:
        token (str):

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
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> File:
    """下载电子回单API

    下载电子回单API — fetches a batch or detail receipt file (PDF) from the `download_url` of
    `query_transfer_batch_receipt` or `query_transfer_detail_receipt`: pass its `token`
    query value unchanged.

    - The request is signed like any GET.
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): compute the digest named by `hash_type` of the file and compare it with the
      signed `hash_value` before using the file.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/download-receipt.html

    Operation: ``download_transfer_receipt`` (GET /v3/transferdownload/signfile)

    Args:
        token (str):

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
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[File]:
    """下载电子回单API

    下载电子回单API — fetches a batch or detail receipt file (PDF) from the `download_url` of
    `query_transfer_batch_receipt` or `query_transfer_detail_receipt`: pass its `token`
    query value unchanged.

    - The request is signed like any GET.
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): compute the digest named by `hash_type` of the file and compare it with the
      signed `hash_value` before using the file.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/download-receipt.html

    Operation: ``download_transfer_receipt`` (GET /v3/transferdownload/signfile)

    Args:
        token (str):

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
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> File:
    """下载电子回单API

    下载电子回单API — fetches a batch or detail receipt file (PDF) from the `download_url` of
    `query_transfer_batch_receipt` or `query_transfer_detail_receipt`: pass its `token`
    query value unchanged.

    - The request is signed like any GET.
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): compute the digest named by `hash_type` of the file and compare it with the
      signed `hash_value` before using the file.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/download-receipt.html

    Operation: ``download_transfer_receipt`` (GET /v3/transferdownload/signfile)

    Args:
        token (str):

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
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
