# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_card import MembercardCard
from ...models.membercard_card_create_request import MembercardCardCreateRequest
from ...types import Response

OPERATION_ID = "create_membercard_card"


def _get_kwargs(
    *,
    body: MembercardCardCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-open/cards",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardCardCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardCard:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardCard)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MembercardCard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCardCreateRequest,
) -> Response[MembercardCard]:
    """创建会员卡模板

    创建会员卡模板 — create a member-card template for one of the merchant's brands; the answer
    is the new template, including its `card_id`, which every other call of this family
    takes. A new template starts in review (`status` `NOT_APPROVE`).

    - `appid` is the merchant's service account (服务号) AppID, bound to the brand; member
      messages reach users through it. `logo_url` and `background_picture_url` must be URLs
      returned by the marketing image upload.
    - `code_mode` decides where user-card codes come from: allocated by WeChat Pay
      (`SYSTEM_ALLOCATE`, stock = `total_quantity`), deposited in advance by the merchant
      (`MERCHANT_DEPOSIT`, see `deposit_membercard_codes`) or chosen when the card is
      imported (`REAL_TIME`).
    - Card events (a user takes, activates, views or deletes a card) are sent to the
      address set with `set_membercard_callback` as `MEMBERCARD.*` notifications.
    - Not documented as idempotent. After a timeout or a 5XX, look for a template carrying the
      same `out_request_no` with `list_membercard_cards` before creating again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545584

    Operation: ``create_membercard_card`` (POST /v3/marketing/membercard-open/cards)

    Args:
        body (MembercardCardCreateRequest): 创建会员卡模板请求 — a new member-card template.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardCard]
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
    body: MembercardCardCreateRequest,
) -> MembercardCard:
    """创建会员卡模板

    创建会员卡模板 — create a member-card template for one of the merchant's brands; the answer
    is the new template, including its `card_id`, which every other call of this family
    takes. A new template starts in review (`status` `NOT_APPROVE`).

    - `appid` is the merchant's service account (服务号) AppID, bound to the brand; member
      messages reach users through it. `logo_url` and `background_picture_url` must be URLs
      returned by the marketing image upload.
    - `code_mode` decides where user-card codes come from: allocated by WeChat Pay
      (`SYSTEM_ALLOCATE`, stock = `total_quantity`), deposited in advance by the merchant
      (`MERCHANT_DEPOSIT`, see `deposit_membercard_codes`) or chosen when the card is
      imported (`REAL_TIME`).
    - Card events (a user takes, activates, views or deletes a card) are sent to the
      address set with `set_membercard_callback` as `MEMBERCARD.*` notifications.
    - Not documented as idempotent. After a timeout or a 5XX, look for a template carrying the
      same `out_request_no` with `list_membercard_cards` before creating again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545584

    Operation: ``create_membercard_card`` (POST /v3/marketing/membercard-open/cards)

    Args:
        body (MembercardCardCreateRequest): 创建会员卡模板请求 — a new member-card template.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardCard
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
    body: MembercardCardCreateRequest,
) -> Response[MembercardCard]:
    """创建会员卡模板

    创建会员卡模板 — create a member-card template for one of the merchant's brands; the answer
    is the new template, including its `card_id`, which every other call of this family
    takes. A new template starts in review (`status` `NOT_APPROVE`).

    - `appid` is the merchant's service account (服务号) AppID, bound to the brand; member
      messages reach users through it. `logo_url` and `background_picture_url` must be URLs
      returned by the marketing image upload.
    - `code_mode` decides where user-card codes come from: allocated by WeChat Pay
      (`SYSTEM_ALLOCATE`, stock = `total_quantity`), deposited in advance by the merchant
      (`MERCHANT_DEPOSIT`, see `deposit_membercard_codes`) or chosen when the card is
      imported (`REAL_TIME`).
    - Card events (a user takes, activates, views or deletes a card) are sent to the
      address set with `set_membercard_callback` as `MEMBERCARD.*` notifications.
    - Not documented as idempotent. After a timeout or a 5XX, look for a template carrying the
      same `out_request_no` with `list_membercard_cards` before creating again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545584

    Operation: ``create_membercard_card`` (POST /v3/marketing/membercard-open/cards)

    Args:
        body (MembercardCardCreateRequest): 创建会员卡模板请求 — a new member-card template.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardCard]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCardCreateRequest,
) -> MembercardCard:
    """创建会员卡模板

    创建会员卡模板 — create a member-card template for one of the merchant's brands; the answer
    is the new template, including its `card_id`, which every other call of this family
    takes. A new template starts in review (`status` `NOT_APPROVE`).

    - `appid` is the merchant's service account (服务号) AppID, bound to the brand; member
      messages reach users through it. `logo_url` and `background_picture_url` must be URLs
      returned by the marketing image upload.
    - `code_mode` decides where user-card codes come from: allocated by WeChat Pay
      (`SYSTEM_ALLOCATE`, stock = `total_quantity`), deposited in advance by the merchant
      (`MERCHANT_DEPOSIT`, see `deposit_membercard_codes`) or chosen when the card is
      imported (`REAL_TIME`).
    - Card events (a user takes, activates, views or deletes a card) are sent to the
      address set with `set_membercard_callback` as `MEMBERCARD.*` notifications.
    - Not documented as idempotent. After a timeout or a 5XX, look for a template carrying the
      same `out_request_no` with `list_membercard_cards` before creating again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545584

    Operation: ``create_membercard_card`` (POST /v3/marketing/membercard-open/cards)

    Args:
        body (MembercardCardCreateRequest): 创建会员卡模板请求 — a new member-card template.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardCard
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
