# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_service_order import PayscoreServiceOrder
from ...models.payscore_service_order_sync_request import PayscoreServiceOrderSyncRequest
from ...types import Response

OPERATION_ID = "sync_payscore_service_order"


def _get_kwargs(
    out_order_no: str,
    *,
    body: PayscoreServiceOrderSyncRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/serviceorder/{out_order_no}/sync".format(
            out_order_no=quote(str(out_order_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreServiceOrderSyncRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreServiceOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreServiceOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreServiceOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreServiceOrderSyncRequest,
) -> Response[PayscoreServiceOrder]:
    """同步服务订单信息

    同步服务订单信息 — tells WeChat Pay about something that happened outside it, so that
    the order state matches reality. The one documented scene, `type: Order_Paid`, reports
    that the merchant collected the money through its own channel (`detail.paid_time`); the
    order must be in the merchant-completed state (`state_description` `MCH_COMPLETE`).

    - Not documented as idempotent. After a timeout or 5xx, check the order with
      `query_payscore_service_order` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587962

    Operation: ``sync_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/sync)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderSyncRequest): 同步服务订单信息请求 — report an off-platform event of the
            order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreServiceOrder]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreServiceOrderSyncRequest,
) -> PayscoreServiceOrder:
    """同步服务订单信息

    同步服务订单信息 — tells WeChat Pay about something that happened outside it, so that
    the order state matches reality. The one documented scene, `type: Order_Paid`, reports
    that the merchant collected the money through its own channel (`detail.paid_time`); the
    order must be in the merchant-completed state (`state_description` `MCH_COMPLETE`).

    - Not documented as idempotent. After a timeout or 5xx, check the order with
      `query_payscore_service_order` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587962

    Operation: ``sync_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/sync)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderSyncRequest): 同步服务订单信息请求 — report an off-platform event of the
            order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreServiceOrder
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreServiceOrderSyncRequest,
) -> Response[PayscoreServiceOrder]:
    """同步服务订单信息

    同步服务订单信息 — tells WeChat Pay about something that happened outside it, so that
    the order state matches reality. The one documented scene, `type: Order_Paid`, reports
    that the merchant collected the money through its own channel (`detail.paid_time`); the
    order must be in the merchant-completed state (`state_description` `MCH_COMPLETE`).

    - Not documented as idempotent. After a timeout or 5xx, check the order with
      `query_payscore_service_order` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587962

    Operation: ``sync_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/sync)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderSyncRequest): 同步服务订单信息请求 — report an off-platform event of the
            order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreServiceOrder]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreServiceOrderSyncRequest,
) -> PayscoreServiceOrder:
    """同步服务订单信息

    同步服务订单信息 — tells WeChat Pay about something that happened outside it, so that
    the order state matches reality. The one documented scene, `type: Order_Paid`, reports
    that the merchant collected the money through its own channel (`detail.paid_time`); the
    order must be in the merchant-completed state (`state_description` `MCH_COMPLETE`).

    - Not documented as idempotent. After a timeout or 5xx, check the order with
      `query_payscore_service_order` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587962

    Operation: ``sync_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/sync)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderSyncRequest): 同步服务订单信息请求 — report an off-platform event of the
            order.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreServiceOrder
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
