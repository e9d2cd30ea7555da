# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_card_rights_update_request import MembercardCardRightsUpdateRequest
from ...types import Response

OPERATION_ID = "update_membercard_card_rights"


def _get_kwargs(
    card_id: str,
    *,
    body: MembercardCardRightsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/rights".format(
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardCardRightsUpdateRequest)
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
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCardRightsUpdateRequest,
) -> Response[None]:
    """设置会员卡模板权益项

    设置会员卡模板权益项 — choose which rights modules a card template shows on users' card
    pages (points, member offers and coupons, fapiao, personal adviser) and how each is
    worded and where it leads. Success is `204` with no body.

    No query returns a template's rights settings; sending the same settings again has the
    same effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551219

    Operation: ``update_membercard_card_rights`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/rights)

    Args:
        card_id (str):
        body (MembercardCardRightsUpdateRequest): 设置会员卡模板权益项请求 — the rights modules a template
            shows.

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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCardRightsUpdateRequest,
) -> Response[None]:
    """设置会员卡模板权益项

    设置会员卡模板权益项 — choose which rights modules a card template shows on users' card
    pages (points, member offers and coupons, fapiao, personal adviser) and how each is
    worded and where it leads. Success is `204` with no body.

    No query returns a template's rights settings; sending the same settings again has the
    same effect.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551219

    Operation: ``update_membercard_card_rights`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/rights)

    Args:
        card_id (str):
        body (MembercardCardRightsUpdateRequest): 设置会员卡模板权益项请求 — the rights modules a template
            shows.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
