# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx
from wechatpay_auth._decode import undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response

OPERATION_ID = "download_global_statement"


def _get_kwargs(
    *,
    date: str,
    mchid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date"] = date

    params["mchid"] = mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/statements",
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
    date: str,
    mchid: str,
) -> Response[File]:
    """下载对账单

    下载对账单 — download the merchant's cross-border transaction statement of one day
    (`date`, `yyyyMMdd`, within the last 180 days) to reconcile orders and refunds, e.g.
    after a lost notification. The answer is the file itself: CSV-like text whose first
    line is the header and whose values are each prefixed with a backquote; gzip-compressed
    when the request asks for it (`Accept-Encoding: gzip`).

    - **Not verified by the SDK** (`x-wechatpay-signed-response: false`): WeChat Pay does
      not sign this answer the usual way. It sends the file's SHA-1 in the
      `Wechatpay-Statement-Sha1` header (the older pages describe a signature over
      timestamp, nonce and that SHA-1 instead of the body). Compute the SHA-1 of the
      downloaded file and compare it with that header before using the file.
    - Amounts in the file are in the minor unit of their currency.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013869

    Operation: ``download_global_statement`` (GET /v3/global/statements)

    Args:
        date (str):
        mchid (str):

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
        date=date,
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date: str,
    mchid: str,
) -> File:
    """下载对账单

    下载对账单 — download the merchant's cross-border transaction statement of one day
    (`date`, `yyyyMMdd`, within the last 180 days) to reconcile orders and refunds, e.g.
    after a lost notification. The answer is the file itself: CSV-like text whose first
    line is the header and whose values are each prefixed with a backquote; gzip-compressed
    when the request asks for it (`Accept-Encoding: gzip`).

    - **Not verified by the SDK** (`x-wechatpay-signed-response: false`): WeChat Pay does
      not sign this answer the usual way. It sends the file's SHA-1 in the
      `Wechatpay-Statement-Sha1` header (the older pages describe a signature over
      timestamp, nonce and that SHA-1 instead of the body). Compute the SHA-1 of the
      downloaded file and compare it with that header before using the file.
    - Amounts in the file are in the minor unit of their currency.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013869

    Operation: ``download_global_statement`` (GET /v3/global/statements)

    Args:
        date (str):
        mchid (str):

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
        date=date,
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: str,
    mchid: str,
) -> Response[File]:
    """下载对账单

    下载对账单 — download the merchant's cross-border transaction statement of one day
    (`date`, `yyyyMMdd`, within the last 180 days) to reconcile orders and refunds, e.g.
    after a lost notification. The answer is the file itself: CSV-like text whose first
    line is the header and whose values are each prefixed with a backquote; gzip-compressed
    when the request asks for it (`Accept-Encoding: gzip`).

    - **Not verified by the SDK** (`x-wechatpay-signed-response: false`): WeChat Pay does
      not sign this answer the usual way. It sends the file's SHA-1 in the
      `Wechatpay-Statement-Sha1` header (the older pages describe a signature over
      timestamp, nonce and that SHA-1 instead of the body). Compute the SHA-1 of the
      downloaded file and compare it with that header before using the file.
    - Amounts in the file are in the minor unit of their currency.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013869

    Operation: ``download_global_statement`` (GET /v3/global/statements)

    Args:
        date (str):
        mchid (str):

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
        date=date,
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date: str,
    mchid: str,
) -> File:
    """下载对账单

    下载对账单 — download the merchant's cross-border transaction statement of one day
    (`date`, `yyyyMMdd`, within the last 180 days) to reconcile orders and refunds, e.g.
    after a lost notification. The answer is the file itself: CSV-like text whose first
    line is the header and whose values are each prefixed with a backquote; gzip-compressed
    when the request asks for it (`Accept-Encoding: gzip`).

    - **Not verified by the SDK** (`x-wechatpay-signed-response: false`): WeChat Pay does
      not sign this answer the usual way. It sends the file's SHA-1 in the
      `Wechatpay-Statement-Sha1` header (the older pages describe a signature over
      timestamp, nonce and that SHA-1 instead of the body). Compute the SHA-1 of the
      downloaded file and compare it with that header before using the file.
    - Amounts in the file are in the minor unit of their currency.
    - Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013869

    Operation: ``download_global_statement`` (GET /v3/global/statements)

    Args:
        date (str):
        mchid (str):

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
        date=date,
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
