# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_bonus_request import MembercardBonusRequest
from ...types import Response

OPERATION_ID = "commit_membercard_bonus"


def _get_kwargs(
    card_id: str,
    code: str,
    *,
    body: MembercardBonusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit".format(
            card_id=quote(str(card_id), safe=""),
            code=quote(str(code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardBonusRequest)
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
    card_id: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardBonusRequest,
) -> Response[None]:
    """设置支付后展示的积分到账

    设置支付后展示的积分到账 — after `prepare_membercard_bonus` showed points on the payment
    result page of an order, mark those points as credited once they really are; the order
    is named by the paying merchant (`mchid`) and its `out_trade_no`. Success is `204` with
    no body.

    No query returns the displayed points' state; marking the same order again describes
    the same fact.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551350

    Operation: ``commit_membercard_bonus`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit)

    Args:
        card_id (str):
        code (str):
        body (MembercardBonusRequest): 支付后积分请求 — the order and the points shown after payment
            (used by
            `prepare_membercard_bonus` and `commit_membercard_bonus`).

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
        card_id=card_id,
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardBonusRequest,
) -> Response[None]:
    """设置支付后展示的积分到账

    设置支付后展示的积分到账 — after `prepare_membercard_bonus` showed points on the payment
    result page of an order, mark those points as credited once they really are; the order
    is named by the paying merchant (`mchid`) and its `out_trade_no`. Success is `204` with
    no body.

    No query returns the displayed points' state; marking the same order again describes
    the same fact.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551350

    Operation: ``commit_membercard_bonus`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit)

    Args:
        card_id (str):
        code (str):
        body (MembercardBonusRequest): 支付后积分请求 — the order and the points shown after payment
            (used by
            `prepare_membercard_bonus` and `commit_membercard_bonus`).

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
        card_id=card_id,
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
