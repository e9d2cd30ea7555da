# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_service_order import PayscoreServiceOrder
from ...models.payscore_service_order_complete_request import PayscoreServiceOrderCompleteRequest
from ...types import Response

OPERATION_ID = "complete_payscore_service_order"


def _get_kwargs(
    out_order_no: str,
    *,
    body: PayscoreServiceOrderCompleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/serviceorder/{out_order_no}/complete".format(
            out_order_no=quote(str(out_order_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreServiceOrderCompleteRequest)
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
    body: PayscoreServiceOrderCompleteRequest,
) -> Response[PayscoreServiceOrder]:
    """完结支付分订单

    完结支付分订单 — ends the service and states what the user owes. The order must be
    `DOING` with `state_description` `USER_CONFIRM` (the user confirmed it). WeChat Pay then
    collects `total_amount` from the user; the order moves to `DONE` when paid and
    `PAYSCORE.USER_PAID` is sent to the order's `notify_url`.

    - `total_amount` must equal the sum of `post_payments` amounts minus the sum of
      `post_discounts` amounts.
    - `profit_sharing: true` marks the resulting payment for profit sharing; `goods_tag`
      carries a promotion tag.
    - Not documented as idempotent. After a timeout or 5xx, check `state`,
      `state_description` (`MCH_COMPLETE` once completed) and `collection` with
      `query_payscore_service_order` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587955

    Operation: ``complete_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/complete)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderCompleteRequest): 完结支付分订单请求 — the final items and amount of a
            service order. `total_amount` =
            sum of `post_payments[].amount` − sum of `post_discounts[].amount`.

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
    body: PayscoreServiceOrderCompleteRequest,
) -> PayscoreServiceOrder:
    """完结支付分订单

    完结支付分订单 — ends the service and states what the user owes. The order must be
    `DOING` with `state_description` `USER_CONFIRM` (the user confirmed it). WeChat Pay then
    collects `total_amount` from the user; the order moves to `DONE` when paid and
    `PAYSCORE.USER_PAID` is sent to the order's `notify_url`.

    - `total_amount` must equal the sum of `post_payments` amounts minus the sum of
      `post_discounts` amounts.
    - `profit_sharing: true` marks the resulting payment for profit sharing; `goods_tag`
      carries a promotion tag.
    - Not documented as idempotent. After a timeout or 5xx, check `state`,
      `state_description` (`MCH_COMPLETE` once completed) and `collection` with
      `query_payscore_service_order` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587955

    Operation: ``complete_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/complete)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderCompleteRequest): 完结支付分订单请求 — the final items and amount of a
            service order. `total_amount` =
            sum of `post_payments[].amount` − sum of `post_discounts[].amount`.

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
    body: PayscoreServiceOrderCompleteRequest,
) -> Response[PayscoreServiceOrder]:
    """完结支付分订单

    完结支付分订单 — ends the service and states what the user owes. The order must be
    `DOING` with `state_description` `USER_CONFIRM` (the user confirmed it). WeChat Pay then
    collects `total_amount` from the user; the order moves to `DONE` when paid and
    `PAYSCORE.USER_PAID` is sent to the order's `notify_url`.

    - `total_amount` must equal the sum of `post_payments` amounts minus the sum of
      `post_discounts` amounts.
    - `profit_sharing: true` marks the resulting payment for profit sharing; `goods_tag`
      carries a promotion tag.
    - Not documented as idempotent. After a timeout or 5xx, check `state`,
      `state_description` (`MCH_COMPLETE` once completed) and `collection` with
      `query_payscore_service_order` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587955

    Operation: ``complete_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/complete)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderCompleteRequest): 完结支付分订单请求 — the final items and amount of a
            service order. `total_amount` =
            sum of `post_payments[].amount` − sum of `post_discounts[].amount`.

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
    body: PayscoreServiceOrderCompleteRequest,
) -> PayscoreServiceOrder:
    """完结支付分订单

    完结支付分订单 — ends the service and states what the user owes. The order must be
    `DOING` with `state_description` `USER_CONFIRM` (the user confirmed it). WeChat Pay then
    collects `total_amount` from the user; the order moves to `DONE` when paid and
    `PAYSCORE.USER_PAID` is sent to the order's `notify_url`.

    - `total_amount` must equal the sum of `post_payments` amounts minus the sum of
      `post_discounts` amounts.
    - `profit_sharing: true` marks the resulting payment for profit sharing; `goods_tag`
      carries a promotion tag.
    - Not documented as idempotent. After a timeout or 5xx, check `state`,
      `state_description` (`MCH_COMPLETE` once completed) and `collection` with
      `query_payscore_service_order` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587955

    Operation: ``complete_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/complete)

    Args:
        out_order_no (str):
        body (PayscoreServiceOrderCompleteRequest): 完结支付分订单请求 — the final items and amount of a
            service order. `total_amount` =
            sum of `post_payments[].amount` − sum of `post_discounts[].amount`.

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
