# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consumption_card_send_request import ConsumptionCardSendRequest
from ...models.consumption_card_send_response import ConsumptionCardSendResponse
from ...types import Response

OPERATION_ID = "send_consumption_card"


def _get_kwargs(
    card_id: str,
    *,
    body: ConsumptionCardSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/coupons/{card_id}/send".format(
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ConsumptionCardSendRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConsumptionCardSendResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ConsumptionCardSendResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConsumptionCardSendResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConsumptionCardSendRequest,
) -> Response[ConsumptionCardSendResponse]:
    """发放消费卡

    发放消费卡 — gives a user a consumption card (`card_id`); with the card the user receives a
    set of vouchers, and the card goes into the user's card wallet. `appid` is the AppID that
    created the card, bound to the calling merchant, and `openid` must be issued under it.

    - `out_request_no` together with `send_time` must be unique per send; `send_time` is the
      send time in the merchant's system (UTC+8) and may not be more than 24 hours in the past.
    - The answer is the card's `card_code`. No API looks a send up, so an unclear outcome
      cannot be checked; a resend should reuse the same `out_request_no` and `send_time`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164666

    Operation: ``send_consumption_card`` (POST /v3/marketing/busifavor/coupons/{card_id}/send)

    Args:
        card_id (str):
        body (ConsumptionCardSendRequest): 发放消费卡请求 — the user and the send.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ConsumptionCardSendResponse]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConsumptionCardSendRequest,
) -> ConsumptionCardSendResponse:
    """发放消费卡

    发放消费卡 — gives a user a consumption card (`card_id`); with the card the user receives a
    set of vouchers, and the card goes into the user's card wallet. `appid` is the AppID that
    created the card, bound to the calling merchant, and `openid` must be issued under it.

    - `out_request_no` together with `send_time` must be unique per send; `send_time` is the
      send time in the merchant's system (UTC+8) and may not be more than 24 hours in the past.
    - The answer is the card's `card_code`. No API looks a send up, so an unclear outcome
      cannot be checked; a resend should reuse the same `out_request_no` and `send_time`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164666

    Operation: ``send_consumption_card`` (POST /v3/marketing/busifavor/coupons/{card_id}/send)

    Args:
        card_id (str):
        body (ConsumptionCardSendRequest): 发放消费卡请求 — the user and the send.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ConsumptionCardSendResponse
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConsumptionCardSendRequest,
) -> Response[ConsumptionCardSendResponse]:
    """发放消费卡

    发放消费卡 — gives a user a consumption card (`card_id`); with the card the user receives a
    set of vouchers, and the card goes into the user's card wallet. `appid` is the AppID that
    created the card, bound to the calling merchant, and `openid` must be issued under it.

    - `out_request_no` together with `send_time` must be unique per send; `send_time` is the
      send time in the merchant's system (UTC+8) and may not be more than 24 hours in the past.
    - The answer is the card's `card_code`. No API looks a send up, so an unclear outcome
      cannot be checked; a resend should reuse the same `out_request_no` and `send_time`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164666

    Operation: ``send_consumption_card`` (POST /v3/marketing/busifavor/coupons/{card_id}/send)

    Args:
        card_id (str):
        body (ConsumptionCardSendRequest): 发放消费卡请求 — the user and the send.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ConsumptionCardSendResponse]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConsumptionCardSendRequest,
) -> ConsumptionCardSendResponse:
    """发放消费卡

    发放消费卡 — gives a user a consumption card (`card_id`); with the card the user receives a
    set of vouchers, and the card goes into the user's card wallet. `appid` is the AppID that
    created the card, bound to the calling merchant, and `openid` must be issued under it.

    - `out_request_no` together with `send_time` must be unique per send; `send_time` is the
      send time in the merchant's system (UTC+8) and may not be more than 24 hours in the past.
    - The answer is the card's `card_code`. No API looks a send up, so an unclear outcome
      cannot be checked; a resend should reuse the same `out_request_no` and `send_time`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164666

    Operation: ``send_consumption_card`` (POST /v3/marketing/busifavor/coupons/{card_id}/send)

    Args:
        card_id (str):
        body (ConsumptionCardSendRequest): 发放消费卡请求 — the user and the send.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ConsumptionCardSendResponse
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
