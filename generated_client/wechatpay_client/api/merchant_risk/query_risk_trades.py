# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.risk_trades_query_request import RiskTradesQueryRequest
from ...models.risk_trades_query_response import RiskTradesQueryResponse
from ...types import Response

OPERATION_ID = "query_risk_trades"


def _get_kwargs(
    *,
    body: RiskTradesQueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-risk-manage/ec-trade-risk/query-risk-trades",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, RiskTradesQueryRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RiskTradesQueryResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, RiskTradesQueryResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RiskTradesQueryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RiskTradesQueryRequest,
) -> Response[RiskTradesQueryResponse]:
    """查询风险订单

    查询风险订单 — list, page by page, the orders WeChat Pay has flagged as risky in a time
    window, with the risk type and level of each. The same orders are pushed as
    `RISKTRADE.IDENTIFICATION` notifications (decrypted resource:
    `RiskTradeNotificationResource`). A read-only query sent as POST: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894247

    Operation: ``query_risk_trades`` (POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades)

    Args:
        body (RiskTradesQueryRequest): 查询风险订单请求 — time window and page. `sp_mchid`/`sub_mchid` are
            service-provider
            fields; a direct merchant sends `mchid` (optional in OA and IM).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskTradesQueryResponse]
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
    body: RiskTradesQueryRequest,
) -> RiskTradesQueryResponse:
    """查询风险订单

    查询风险订单 — list, page by page, the orders WeChat Pay has flagged as risky in a time
    window, with the risk type and level of each. The same orders are pushed as
    `RISKTRADE.IDENTIFICATION` notifications (decrypted resource:
    `RiskTradeNotificationResource`). A read-only query sent as POST: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894247

    Operation: ``query_risk_trades`` (POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades)

    Args:
        body (RiskTradesQueryRequest): 查询风险订单请求 — time window and page. `sp_mchid`/`sub_mchid` are
            service-provider
            fields; a direct merchant sends `mchid` (optional in OA and IM).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskTradesQueryResponse
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
    body: RiskTradesQueryRequest,
) -> Response[RiskTradesQueryResponse]:
    """查询风险订单

    查询风险订单 — list, page by page, the orders WeChat Pay has flagged as risky in a time
    window, with the risk type and level of each. The same orders are pushed as
    `RISKTRADE.IDENTIFICATION` notifications (decrypted resource:
    `RiskTradeNotificationResource`). A read-only query sent as POST: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894247

    Operation: ``query_risk_trades`` (POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades)

    Args:
        body (RiskTradesQueryRequest): 查询风险订单请求 — time window and page. `sp_mchid`/`sub_mchid` are
            service-provider
            fields; a direct merchant sends `mchid` (optional in OA and IM).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RiskTradesQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RiskTradesQueryRequest,
) -> RiskTradesQueryResponse:
    """查询风险订单

    查询风险订单 — list, page by page, the orders WeChat Pay has flagged as risky in a time
    window, with the risk type and level of each. The same orders are pushed as
    `RISKTRADE.IDENTIFICATION` notifications (decrypted resource:
    `RiskTradeNotificationResource`). A read-only query sent as POST: safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013894247

    Operation: ``query_risk_trades`` (POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades)

    Args:
        body (RiskTradesQueryRequest): 查询风险订单请求 — time window and page. `sp_mchid`/`sub_mchid` are
            service-provider
            fields; a direct merchant sends `mchid` (optional in OA and IM).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RiskTradesQueryResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
