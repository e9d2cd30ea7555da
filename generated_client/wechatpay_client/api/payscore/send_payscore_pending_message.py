# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_service_order_message_request import PayscoreServiceOrderMessageRequest
from ...types import Response

OPERATION_ID = "send_payscore_pending_message"


def _get_kwargs(
    out_order_no: str,
    *,
    body: PayscoreServiceOrderMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/serviceorder/{out_order_no}/send-pendingmessage".format(
            out_order_no=quote(str(out_order_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreServiceOrderMessageRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreServiceOrderMessageRequest,
) -> Response[None]:
    """下发服务费用待处理消息

    下发服务费用待处理消息 — sends the user a WeChat Pay message that a fee of the service
    order is pending, with the items, discounts, `total_amount` and the expected deduction
    time `prepaid_time`. Only one such message may be sent per service order.

    - No content in the answer (`204`).
    - No query shows whether the message went out; see `x-wechatpay-no-reconcile`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394606

    Operation: ``send_payscore_pending_message`` (POST /v3/payscore/serviceorder/{out_order_no}/send-pendingmessage)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderMessageRequest): 下发消息请求 — body of
            `send_payscore_pending_message` and
            `send_payscore_prepaid_message` (same fields).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    out_order_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreServiceOrderMessageRequest,
) -> Response[None]:
    """下发服务费用待处理消息

    下发服务费用待处理消息 — sends the user a WeChat Pay message that a fee of the service
    order is pending, with the items, discounts, `total_amount` and the expected deduction
    time `prepaid_time`. Only one such message may be sent per service order.

    - No content in the answer (`204`).
    - No query shows whether the message went out; see `x-wechatpay-no-reconcile`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394606

    Operation: ``send_payscore_pending_message`` (POST /v3/payscore/serviceorder/{out_order_no}/send-pendingmessage)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderMessageRequest): 下发消息请求 — body of
            `send_payscore_pending_message` and
            `send_payscore_prepaid_message` (same fields).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
