# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_card_order_ref import PayscoreCardOrderRef
from ...models.payscore_card_order_update_request import PayscoreCardOrderUpdateRequest
from ...types import Response

OPERATION_ID = "update_discount_card_order"


def _get_kwargs(
    out_order_no: str,
    *,
    body: PayscoreCardOrderUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/discount-card/orders/{out_order_no}".format(
            out_order_no=quote(str(out_order_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreCardOrderUpdateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreCardOrderRef:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreCardOrderRef)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreCardOrderRef]:
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
    body: PayscoreCardOrderUpdateRequest,
) -> Response[PayscoreCardOrderRef]:
    """更新先享卡订单API

    更新先享卡订单 — reports, for an order of the older discount-card API, the goals the user
    reached (`objectives`, 履约) and the rewards granted (`rewards`), so that WeChat Pay can
    show them and settle the card at the end of its term.

    - Each entry carries the merchant's serial number (`objective_serial_no`,
      `reward_serial_no`).
    - Not documented as idempotent. After a timeout or 5xx, look the entries up with
      `query_discount_card_order` (by serial number) before resending.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_2.shtml

    Operation: ``update_discount_card_order`` (PATCH /v3/discount-card/orders/{out_order_no})

    Args:
        out_order_no (str):
        body (PayscoreCardOrderUpdateRequest): 更新先享卡订单请求 — goals reached and rewards granted on an
            order of the older
            discount-card API. Both lists are optional.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreCardOrderRef]
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
    body: PayscoreCardOrderUpdateRequest,
) -> PayscoreCardOrderRef:
    """更新先享卡订单API

    更新先享卡订单 — reports, for an order of the older discount-card API, the goals the user
    reached (`objectives`, 履约) and the rewards granted (`rewards`), so that WeChat Pay can
    show them and settle the card at the end of its term.

    - Each entry carries the merchant's serial number (`objective_serial_no`,
      `reward_serial_no`).
    - Not documented as idempotent. After a timeout or 5xx, look the entries up with
      `query_discount_card_order` (by serial number) before resending.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_2.shtml

    Operation: ``update_discount_card_order`` (PATCH /v3/discount-card/orders/{out_order_no})

    Args:
        out_order_no (str):
        body (PayscoreCardOrderUpdateRequest): 更新先享卡订单请求 — goals reached and rewards granted on an
            order of the older
            discount-card API. Both lists are optional.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreCardOrderRef
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
    body: PayscoreCardOrderUpdateRequest,
) -> Response[PayscoreCardOrderRef]:
    """更新先享卡订单API

    更新先享卡订单 — reports, for an order of the older discount-card API, the goals the user
    reached (`objectives`, 履约) and the rewards granted (`rewards`), so that WeChat Pay can
    show them and settle the card at the end of its term.

    - Each entry carries the merchant's serial number (`objective_serial_no`,
      `reward_serial_no`).
    - Not documented as idempotent. After a timeout or 5xx, look the entries up with
      `query_discount_card_order` (by serial number) before resending.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_2.shtml

    Operation: ``update_discount_card_order`` (PATCH /v3/discount-card/orders/{out_order_no})

    Args:
        out_order_no (str):
        body (PayscoreCardOrderUpdateRequest): 更新先享卡订单请求 — goals reached and rewards granted on an
            order of the older
            discount-card API. Both lists are optional.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreCardOrderRef]
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
    body: PayscoreCardOrderUpdateRequest,
) -> PayscoreCardOrderRef:
    """更新先享卡订单API

    更新先享卡订单 — reports, for an order of the older discount-card API, the goals the user
    reached (`objectives`, 履约) and the rewards granted (`rewards`), so that WeChat Pay can
    show them and settle the card at the end of its term.

    - Each entry carries the merchant's serial number (`objective_serial_no`,
      `reward_serial_no`).
    - Not documented as idempotent. After a timeout or 5xx, look the entries up with
      `query_discount_card_order` (by serial number) before resending.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_2.shtml

    Operation: ``update_discount_card_order`` (PATCH /v3/discount-card/orders/{out_order_no})

    Args:
        out_order_no (str):
        body (PayscoreCardOrderUpdateRequest): 更新先享卡订单请求 — goals reached and rewards granted on an
            order of the older
            discount-card API. Both lists are optional.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreCardOrderRef
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
