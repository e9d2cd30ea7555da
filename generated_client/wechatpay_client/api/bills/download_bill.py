# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx
from wechatpay_auth._decode import undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

OPERATION_ID = "download_bill"


def _get_kwargs(
    *,
    token: str,
    tartype: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params["tartype"] = tartype

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/billdownload/file",
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
    tartype: str | Unset = UNSET,
) -> Response[File]:
    """下载账单

    下载账单API — download a bill file from the `download_url` returned by
    `apply_trade_bill`, `apply_fund_flow_bill` or `apply_profitsharing_bill`: pass its
    `token` (and `tartype`, if present) query values unchanged.

    - The request is signed like any GET (the signed URL includes the query string).
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): its integrity comes from the signed apply response. Compute the SHA-1 of the
      (decompressed, when `tar_type=GZIP`) file and compare it, case-insensitively, with
      `hash_value` before using the file.
    - The body is a file stream: `text/plain` (CSV-like text) or `application/x-gzip`; it
      is modelled as binary.
    - `download_url` is valid for 30 seconds; after that, apply again. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791868

    Operation: ``download_bill`` (GET /v3/billdownload/file)

    Args:
        token (str):
        tartype (str | Unset):

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
        tartype=tartype,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    tartype: str | Unset = UNSET,
) -> File:
    """下载账单

    下载账单API — download a bill file from the `download_url` returned by
    `apply_trade_bill`, `apply_fund_flow_bill` or `apply_profitsharing_bill`: pass its
    `token` (and `tartype`, if present) query values unchanged.

    - The request is signed like any GET (the signed URL includes the query string).
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): its integrity comes from the signed apply response. Compute the SHA-1 of the
      (decompressed, when `tar_type=GZIP`) file and compare it, case-insensitively, with
      `hash_value` before using the file.
    - The body is a file stream: `text/plain` (CSV-like text) or `application/x-gzip`; it
      is modelled as binary.
    - `download_url` is valid for 30 seconds; after that, apply again. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791868

    Operation: ``download_bill`` (GET /v3/billdownload/file)

    Args:
        token (str):
        tartype (str | Unset):

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
        tartype=tartype,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    tartype: str | Unset = UNSET,
) -> Response[File]:
    """下载账单

    下载账单API — download a bill file from the `download_url` returned by
    `apply_trade_bill`, `apply_fund_flow_bill` or `apply_profitsharing_bill`: pass its
    `token` (and `tartype`, if present) query values unchanged.

    - The request is signed like any GET (the signed URL includes the query string).
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): its integrity comes from the signed apply response. Compute the SHA-1 of the
      (decompressed, when `tar_type=GZIP`) file and compare it, case-insensitively, with
      `hash_value` before using the file.
    - The body is a file stream: `text/plain` (CSV-like text) or `application/x-gzip`; it
      is modelled as binary.
    - `download_url` is valid for 30 seconds; after that, apply again. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791868

    Operation: ``download_bill`` (GET /v3/billdownload/file)

    Args:
        token (str):
        tartype (str | Unset):

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
        tartype=tartype,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    tartype: str | Unset = UNSET,
) -> File:
    """下载账单

    下载账单API — download a bill file from the `download_url` returned by
    `apply_trade_bill`, `apply_fund_flow_bill` or `apply_profitsharing_bill`: pass its
    `token` (and `tartype`, if present) query values unchanged.

    - The request is signed like any GET (the signed URL includes the query string).
    - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
      false`): its integrity comes from the signed apply response. Compute the SHA-1 of the
      (decompressed, when `tar_type=GZIP`) file and compare it, case-insensitively, with
      `hash_value` before using the file.
    - The body is a file stream: `text/plain` (CSV-like text) or `application/x-gzip`; it
      is modelled as binary.
    - `download_url` is valid for 30 seconds; after that, apply again. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791868

    Operation: ``download_bill`` (GET /v3/billdownload/file)

    Args:
        token (str):
        tartype (str | Unset):

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
        tartype=tartype,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
