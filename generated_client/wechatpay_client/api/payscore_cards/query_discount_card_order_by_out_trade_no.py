# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_card_order import PayscoreCardOrder
from ...types import Response

OPERATION_ID = "query_discount_card_order_by_out_trade_no"


def _get_kwargs(
    out_trade_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/discount-card/orders/out-trade-no/{out_trade_no}".format(
            out_trade_no=quote(str(out_trade_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreCardOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreCardOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PayscoreCardOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PayscoreCardOrder]:
    """通过先享卡订单号查询订单API

    通过商户订单号查询先享卡订单 — reads an order of the older discount-card API (the card
    bought through Pay Score) by the merchant's trade number `out_trade_no`: card term,
    goal and reward descriptions, state, amounts and the goal and reward details.

    - **Retired upstream:** IM marks this endpoint as taken offline on 2020-03-26 and keeps
      the page for reference only; it is kept here because the direct-merchant checklist
      lists it. Expect an error from WeChat Pay.
    - Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml

    Operation: ``query_discount_card_order_by_out_trade_no`` (GET /v3/discount-card/orders/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreCardOrder]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> PayscoreCardOrder:
    """通过先享卡订单号查询订单API

    通过商户订单号查询先享卡订单 — reads an order of the older discount-card API (the card
    bought through Pay Score) by the merchant's trade number `out_trade_no`: card term,
    goal and reward descriptions, state, amounts and the goal and reward details.

    - **Retired upstream:** IM marks this endpoint as taken offline on 2020-03-26 and keeps
      the page for reference only; it is kept here because the direct-merchant checklist
      lists it. Expect an error from WeChat Pay.
    - Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml

    Operation: ``query_discount_card_order_by_out_trade_no`` (GET /v3/discount-card/orders/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreCardOrder
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PayscoreCardOrder]:
    """通过先享卡订单号查询订单API

    通过商户订单号查询先享卡订单 — reads an order of the older discount-card API (the card
    bought through Pay Score) by the merchant's trade number `out_trade_no`: card term,
    goal and reward descriptions, state, amounts and the goal and reward details.

    - **Retired upstream:** IM marks this endpoint as taken offline on 2020-03-26 and keeps
      the page for reference only; it is kept here because the direct-merchant checklist
      lists it. Expect an error from WeChat Pay.
    - Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml

    Operation: ``query_discount_card_order_by_out_trade_no`` (GET /v3/discount-card/orders/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreCardOrder]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> PayscoreCardOrder:
    """通过先享卡订单号查询订单API

    通过商户订单号查询先享卡订单 — reads an order of the older discount-card API (the card
    bought through Pay Score) by the merchant's trade number `out_trade_no`: card term,
    goal and reward descriptions, state, amounts and the goal and reward details.

    - **Retired upstream:** IM marks this endpoint as taken offline on 2020-03-26 and keeps
      the page for reference only; it is kept here because the direct-merchant checklist
      lists it. Expect an error from WeChat Pay.
    - Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml

    Operation: ``query_discount_card_order_by_out_trade_no`` (GET /v3/discount-card/orders/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreCardOrder
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
