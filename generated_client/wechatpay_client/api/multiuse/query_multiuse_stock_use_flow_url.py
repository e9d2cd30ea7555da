# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.multiuse_stock_flow_response import MultiuseStockFlowResponse
from ...types import Response

OPERATION_ID = "query_multiuse_stock_use_flow_url"


def _get_kwargs(
    stock_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/multiuse/stocks/{stock_id}/use-flow".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MultiuseStockFlowResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MultiuseStockFlowResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MultiuseStockFlowResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MultiuseStockFlowResponse]:
    """下载核销明细

    下载核销明细 — returns a link to the file of a batch's spending records (order numbers,
    goods, bank serial numbers), for reconciliation and analysis. Fetch the `url` with
    `download_bill` (token unchanged; the download is unsigned and has no digest).
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539758

    Operation: ``query_multiuse_stock_use_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/use-flow)

    Args:
        stock_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MultiuseStockFlowResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MultiuseStockFlowResponse:
    """下载核销明细

    下载核销明细 — returns a link to the file of a batch's spending records (order numbers,
    goods, bank serial numbers), for reconciliation and analysis. Fetch the `url` with
    `download_bill` (token unchanged; the download is unsigned and has no digest).
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539758

    Operation: ``query_multiuse_stock_use_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/use-flow)

    Args:
        stock_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MultiuseStockFlowResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MultiuseStockFlowResponse]:
    """下载核销明细

    下载核销明细 — returns a link to the file of a batch's spending records (order numbers,
    goods, bank serial numbers), for reconciliation and analysis. Fetch the `url` with
    `download_bill` (token unchanged; the download is unsigned and has no digest).
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539758

    Operation: ``query_multiuse_stock_use_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/use-flow)

    Args:
        stock_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MultiuseStockFlowResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MultiuseStockFlowResponse:
    """下载核销明细

    下载核销明细 — returns a link to the file of a batch's spending records (order numbers,
    goods, bank serial numbers), for reconciliation and analysis. Fetch the `url` with
    `download_bill` (token unchanged; the download is unsigned and has no digest).
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012539758

    Operation: ``query_multiuse_stock_use_flow_url`` (GET /v3/multiuse/stocks/{stock_id}/use-flow)

    Args:
        stock_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MultiuseStockFlowResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
