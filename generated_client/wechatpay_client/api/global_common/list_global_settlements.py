# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_settlement_list import GlobalSettlementList
from ...models.list_global_settlements_settle_state import (
    ListGlobalSettlementsSettleState,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_global_settlements"


def _get_kwargs(
    *,
    settle_state: ListGlobalSettlementsSettleState,
    settle_start_date: str | Unset = UNSET,
    settle_end_date: str | Unset = UNSET,
    limit: int,
    offset: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_settle_state: str = settle_state
    params["settle_state"] = json_settle_state

    params["settle_start_date"] = settle_start_date

    params["settle_end_date"] = settle_end_date

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/settle/settlements",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalSettlementList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalSettlementList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalSettlementList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    settle_state: ListGlobalSettlementsSettleState,
    settle_start_date: str | Unset = UNSET,
    settle_end_date: str | Unset = UNSET,
    limit: int,
    offset: int,
) -> Response[GlobalSettlementList]:
    """查询结算资金明细

    查询结算资金明细 — list the merchant's settlement records after trading: settled funds
    (`settle_state` `SETTLED`, by settlement date range `settle_start_date` ..
    `settle_end_date`, both required then) or funds not yet settled (`UNSETTLE`, the dates
    are ignored). Paged with `offset` and `limit` (at most 30, 10 or fewer recommended).
    Amounts are integers in the minor unit of the settlement `currency`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013893

    Operation: ``list_global_settlements`` (GET /v3/global/settle/settlements)

    Args:
        settle_state (ListGlobalSettlementsSettleState):
        settle_start_date (str | Unset):
        settle_end_date (str | Unset):
        limit (int):
        offset (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalSettlementList]
    """

    kwargs = _get_kwargs(
        settle_state=settle_state,
        settle_start_date=settle_start_date,
        settle_end_date=settle_end_date,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    settle_state: ListGlobalSettlementsSettleState,
    settle_start_date: str | Unset = UNSET,
    settle_end_date: str | Unset = UNSET,
    limit: int,
    offset: int,
) -> GlobalSettlementList:
    """查询结算资金明细

    查询结算资金明细 — list the merchant's settlement records after trading: settled funds
    (`settle_state` `SETTLED`, by settlement date range `settle_start_date` ..
    `settle_end_date`, both required then) or funds not yet settled (`UNSETTLE`, the dates
    are ignored). Paged with `offset` and `limit` (at most 30, 10 or fewer recommended).
    Amounts are integers in the minor unit of the settlement `currency`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013893

    Operation: ``list_global_settlements`` (GET /v3/global/settle/settlements)

    Args:
        settle_state (ListGlobalSettlementsSettleState):
        settle_start_date (str | Unset):
        settle_end_date (str | Unset):
        limit (int):
        offset (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalSettlementList
    """

    kwargs = _get_kwargs(
        settle_state=settle_state,
        settle_start_date=settle_start_date,
        settle_end_date=settle_end_date,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    settle_state: ListGlobalSettlementsSettleState,
    settle_start_date: str | Unset = UNSET,
    settle_end_date: str | Unset = UNSET,
    limit: int,
    offset: int,
) -> Response[GlobalSettlementList]:
    """查询结算资金明细

    查询结算资金明细 — list the merchant's settlement records after trading: settled funds
    (`settle_state` `SETTLED`, by settlement date range `settle_start_date` ..
    `settle_end_date`, both required then) or funds not yet settled (`UNSETTLE`, the dates
    are ignored). Paged with `offset` and `limit` (at most 30, 10 or fewer recommended).
    Amounts are integers in the minor unit of the settlement `currency`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013893

    Operation: ``list_global_settlements`` (GET /v3/global/settle/settlements)

    Args:
        settle_state (ListGlobalSettlementsSettleState):
        settle_start_date (str | Unset):
        settle_end_date (str | Unset):
        limit (int):
        offset (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalSettlementList]
    """

    kwargs = _get_kwargs(
        settle_state=settle_state,
        settle_start_date=settle_start_date,
        settle_end_date=settle_end_date,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    settle_state: ListGlobalSettlementsSettleState,
    settle_start_date: str | Unset = UNSET,
    settle_end_date: str | Unset = UNSET,
    limit: int,
    offset: int,
) -> GlobalSettlementList:
    """查询结算资金明细

    查询结算资金明细 — list the merchant's settlement records after trading: settled funds
    (`settle_state` `SETTLED`, by settlement date range `settle_start_date` ..
    `settle_end_date`, both required then) or funds not yet settled (`UNSETTLE`, the dates
    are ignored). Paged with `offset` and `limit` (at most 30, 10 or fewer recommended).
    Amounts are integers in the minor unit of the settlement `currency`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013893

    Operation: ``list_global_settlements`` (GET /v3/global/settle/settlements)

    Args:
        settle_state (ListGlobalSettlementsSettleState):
        settle_start_date (str | Unset):
        settle_end_date (str | Unset):
        limit (int):
        offset (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalSettlementList
    """

    kwargs = _get_kwargs(
        settle_state=settle_state,
        settle_start_date=settle_start_date,
        settle_end_date=settle_end_date,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
