# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_card import PayscoreCard
from ...types import Response

OPERATION_ID = "query_discount_card"


def _get_kwargs(
    out_card_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/discount-card/cards/{out_card_code}".format(
            out_card_code=quote(str(out_card_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreCard:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreCard)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PayscoreCard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_card_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PayscoreCard]:
    """查询先享卡订单API

    查询先享卡订单 — reads a claimed discount card by the merchant's claim number: its term
    (`time_range`), state, the goals with their completion records, the rewards with their
    usage records and, when the user has to pay back rewards, the payment
    (`pay_information`). Useful for reconciliation and display, and the lookup that settles
    an unclear outcome of `add_discount_card_user_records`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_3.shtml

    Operation: ``query_discount_card`` (GET /v3/discount-card/cards/{out_card_code})

    Args:
        out_card_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreCard]
    """

    kwargs = _get_kwargs(
        out_card_code=out_card_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_card_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> PayscoreCard:
    """查询先享卡订单API

    查询先享卡订单 — reads a claimed discount card by the merchant's claim number: its term
    (`time_range`), state, the goals with their completion records, the rewards with their
    usage records and, when the user has to pay back rewards, the payment
    (`pay_information`). Useful for reconciliation and display, and the lookup that settles
    an unclear outcome of `add_discount_card_user_records`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_3.shtml

    Operation: ``query_discount_card`` (GET /v3/discount-card/cards/{out_card_code})

    Args:
        out_card_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreCard
    """

    kwargs = _get_kwargs(
        out_card_code=out_card_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_card_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PayscoreCard]:
    """查询先享卡订单API

    查询先享卡订单 — reads a claimed discount card by the merchant's claim number: its term
    (`time_range`), state, the goals with their completion records, the rewards with their
    usage records and, when the user has to pay back rewards, the payment
    (`pay_information`). Useful for reconciliation and display, and the lookup that settles
    an unclear outcome of `add_discount_card_user_records`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_3.shtml

    Operation: ``query_discount_card`` (GET /v3/discount-card/cards/{out_card_code})

    Args:
        out_card_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreCard]
    """

    kwargs = _get_kwargs(
        out_card_code=out_card_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_card_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> PayscoreCard:
    """查询先享卡订单API

    查询先享卡订单 — reads a claimed discount card by the merchant's claim number: its term
    (`time_range`), state, the goals with their completion records, the rewards with their
    usage records and, when the user has to pay back rewards, the payment
    (`pay_information`). Useful for reconciliation and display, and the lookup that settles
    an unclear outcome of `add_discount_card_user_records`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_3.shtml

    Operation: ``query_discount_card`` (GET /v3/discount-card/cards/{out_card_code})

    Args:
        out_card_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreCard
    """

    kwargs = _get_kwargs(
        out_card_code=out_card_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
