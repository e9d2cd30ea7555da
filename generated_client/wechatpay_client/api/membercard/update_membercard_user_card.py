# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_user_card_update_request import MembercardUserCardUpdateRequest
from ...types import Response

OPERATION_ID = "update_membercard_user_card"


def _get_kwargs(
    card_id: str,
    code: str,
    *,
    body: MembercardUserCardUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/marketing/membercard-open/cards/{card_id}/codes/{code}".format(
            card_id=quote(str(card_id), safe=""),
            code=quote(str(code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardUserCardUpdateRequest)
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
    body: MembercardUserCardUpdateRequest,
) -> Response[None]:
    """修改用户会员卡信息

    修改用户会员卡信息 — change one user's card: background picture, membership number, level
    and stored-value balance. A balance change states the balance before and after and the
    difference; `need_inform_balance` / `need_inform_level` ask WeChat Pay to tell the user.
    Success is `204` with no body.

    Not documented as idempotent: a balance change resent after a timeout could be applied
    (and announced) twice. Read the card with `query_membercard_user_card` first.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549292

    Operation: ``update_membercard_user_card`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code})

    Args:
        card_id (str):
        code (str):
        body (MembercardUserCardUpdateRequest): 修改用户会员卡信息请求 — the user-card fields to change.

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
    body: MembercardUserCardUpdateRequest,
) -> Response[None]:
    """修改用户会员卡信息

    修改用户会员卡信息 — change one user's card: background picture, membership number, level
    and stored-value balance. A balance change states the balance before and after and the
    difference; `need_inform_balance` / `need_inform_level` ask WeChat Pay to tell the user.
    Success is `204` with no body.

    Not documented as idempotent: a balance change resent after a timeout could be applied
    (and announced) twice. Read the card with `query_membercard_user_card` first.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549292

    Operation: ``update_membercard_user_card`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code})

    Args:
        card_id (str):
        code (str):
        body (MembercardUserCardUpdateRequest): 修改用户会员卡信息请求 — the user-card fields to change.

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
