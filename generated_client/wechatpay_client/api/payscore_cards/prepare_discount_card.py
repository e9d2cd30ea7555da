# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_card_prepare_request import PayscoreCardPrepareRequest
from ...models.payscore_card_prepare_response import PayscoreCardPrepareResponse
from ...types import Response

OPERATION_ID = "prepare_discount_card"


def _get_kwargs(
    *,
    body: PayscoreCardPrepareRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/discount-card/cards",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreCardPrepareRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreCardPrepareResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreCardPrepareResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreCardPrepareResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreCardPrepareRequest,
) -> Response[PayscoreCardPrepareResponse]:
    """预受理领卡请求API

    预受理领卡请求 — the step before sending a user to claim a discount card (先享卡): the
    merchant registers its claim number `out_card_code` for a card template and receives a
    `prepare_card_token`, with which the front end opens the card-claim page.

    - When the user has claimed the card, `DISCOUNT_CARD.USER_ACCEPTED` is sent to
      `notify_url` (see `PayscoreCardNotificationResource`); the card can then be read with
      `query_discount_card`.
    - Not documented as idempotent, and the token exists only in this answer; see
      `x-wechatpay-no-reconcile`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_1.shtml

    Operation: ``prepare_discount_card`` (POST /v3/discount-card/cards)

    Args:
        body (PayscoreCardPrepareRequest): 预受理领卡请求 — prepare a discount-card claim.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreCardPrepareResponse]
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
    body: PayscoreCardPrepareRequest,
) -> PayscoreCardPrepareResponse:
    """预受理领卡请求API

    预受理领卡请求 — the step before sending a user to claim a discount card (先享卡): the
    merchant registers its claim number `out_card_code` for a card template and receives a
    `prepare_card_token`, with which the front end opens the card-claim page.

    - When the user has claimed the card, `DISCOUNT_CARD.USER_ACCEPTED` is sent to
      `notify_url` (see `PayscoreCardNotificationResource`); the card can then be read with
      `query_discount_card`.
    - Not documented as idempotent, and the token exists only in this answer; see
      `x-wechatpay-no-reconcile`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_1.shtml

    Operation: ``prepare_discount_card`` (POST /v3/discount-card/cards)

    Args:
        body (PayscoreCardPrepareRequest): 预受理领卡请求 — prepare a discount-card claim.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreCardPrepareResponse
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
    body: PayscoreCardPrepareRequest,
) -> Response[PayscoreCardPrepareResponse]:
    """预受理领卡请求API

    预受理领卡请求 — the step before sending a user to claim a discount card (先享卡): the
    merchant registers its claim number `out_card_code` for a card template and receives a
    `prepare_card_token`, with which the front end opens the card-claim page.

    - When the user has claimed the card, `DISCOUNT_CARD.USER_ACCEPTED` is sent to
      `notify_url` (see `PayscoreCardNotificationResource`); the card can then be read with
      `query_discount_card`.
    - Not documented as idempotent, and the token exists only in this answer; see
      `x-wechatpay-no-reconcile`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_1.shtml

    Operation: ``prepare_discount_card`` (POST /v3/discount-card/cards)

    Args:
        body (PayscoreCardPrepareRequest): 预受理领卡请求 — prepare a discount-card claim.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreCardPrepareResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreCardPrepareRequest,
) -> PayscoreCardPrepareResponse:
    """预受理领卡请求API

    预受理领卡请求 — the step before sending a user to claim a discount card (先享卡): the
    merchant registers its claim number `out_card_code` for a card template and receives a
    `prepare_card_token`, with which the front end opens the card-claim page.

    - When the user has claimed the card, `DISCOUNT_CARD.USER_ACCEPTED` is sent to
      `notify_url` (see `PayscoreCardNotificationResource`); the card can then be read with
      `query_discount_card`.
    - Not documented as idempotent, and the token exists only in this answer; see
      `x-wechatpay-no-reconcile`.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_1.shtml

    Operation: ``prepare_discount_card`` (POST /v3/discount-card/cards)

    Args:
        body (PayscoreCardPrepareRequest): 预受理领卡请求 — prepare a discount-card claim.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreCardPrepareResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
