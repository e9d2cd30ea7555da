# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_stock_budget import BusifavorStockBudget
from ...models.busifavor_stock_budget_update_request import BusifavorStockBudgetUpdateRequest
from ...types import Response

OPERATION_ID = "update_busifavor_stock_budget"


def _get_kwargs(
    stock_id: str,
    *,
    body: BusifavorStockBudgetUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/marketing/busifavor/stocks/{stock_id}/budget".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorStockBudgetUpdateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorStockBudget:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorStockBudget)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorStockBudget]:
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
    body: BusifavorStockBudgetUpdateRequest,
) -> Response[BusifavorStockBudget]:
    """修改批次预算

    修改批次预算 — changes either the batch's maximum number of coupons
    (`target_max_coupons`, with the current value in `current_max_coupons`) or its daily
    maximum (`target_max_coupons_by_day` with `current_max_coupons_by_day`); only one of the
    two per call. The current value acts as a check against concurrent changes.

    After an unclear outcome, read `stock_send_rule` with `query_busifavor_stock`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465739

    Operation: ``update_busifavor_stock_budget`` (PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget)

    Args:
        stock_id (str):
        body (BusifavorStockBudgetUpdateRequest): 修改批次预算请求 — change either the total maximum or
            the daily maximum, not both; give the
            current value of the one changed.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorStockBudget]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorStockBudgetUpdateRequest,
) -> BusifavorStockBudget:
    """修改批次预算

    修改批次预算 — changes either the batch's maximum number of coupons
    (`target_max_coupons`, with the current value in `current_max_coupons`) or its daily
    maximum (`target_max_coupons_by_day` with `current_max_coupons_by_day`); only one of the
    two per call. The current value acts as a check against concurrent changes.

    After an unclear outcome, read `stock_send_rule` with `query_busifavor_stock`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465739

    Operation: ``update_busifavor_stock_budget`` (PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget)

    Args:
        stock_id (str):
        body (BusifavorStockBudgetUpdateRequest): 修改批次预算请求 — change either the total maximum or
            the daily maximum, not both; give the
            current value of the one changed.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorStockBudget
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorStockBudgetUpdateRequest,
) -> Response[BusifavorStockBudget]:
    """修改批次预算

    修改批次预算 — changes either the batch's maximum number of coupons
    (`target_max_coupons`, with the current value in `current_max_coupons`) or its daily
    maximum (`target_max_coupons_by_day` with `current_max_coupons_by_day`); only one of the
    two per call. The current value acts as a check against concurrent changes.

    After an unclear outcome, read `stock_send_rule` with `query_busifavor_stock`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465739

    Operation: ``update_busifavor_stock_budget`` (PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget)

    Args:
        stock_id (str):
        body (BusifavorStockBudgetUpdateRequest): 修改批次预算请求 — change either the total maximum or
            the daily maximum, not both; give the
            current value of the one changed.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorStockBudget]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorStockBudgetUpdateRequest,
) -> BusifavorStockBudget:
    """修改批次预算

    修改批次预算 — changes either the batch's maximum number of coupons
    (`target_max_coupons`, with the current value in `current_max_coupons`) or its daily
    maximum (`target_max_coupons_by_day` with `current_max_coupons_by_day`); only one of the
    two per call. The current value acts as a check against concurrent changes.

    After an unclear outcome, read `stock_send_rule` with `query_busifavor_stock`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465739

    Operation: ``update_busifavor_stock_budget`` (PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget)

    Args:
        stock_id (str):
        body (BusifavorStockBudgetUpdateRequest): 修改批次预算请求 — change either the total maximum or
            the daily maximum, not both; give the
            current value of the one changed.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorStockBudget
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
