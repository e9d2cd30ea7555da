# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_activity import MembercardActivity
from ...models.membercard_activity_create_request import MembercardActivityCreateRequest
from ...types import Response

OPERATION_ID = "create_membercard_activity"


def _get_kwargs(
    *,
    body: MembercardActivityCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/membercard-activity/activities",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardActivityCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardActivity:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardActivity)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MembercardActivity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MembercardActivityCreateRequest,
) -> Response[MembercardActivity]:
    """创建活动

    创建会员有礼活动 — sets up a gift activity for a WeChat membership card (`card_id`). Four
    kinds exist (`activity_type`): after-payment gifts for new members
    (`NON_MEMBER_AFTERPAY`) or existing members (`MEMBER_AFTERPAY`), shown on the payment
    result page, and before-payment gifts in the card-opening component of a QR code or mini
    program (`NON_MEMBER_MINIPROGRAM`, `MEMBER_MINIPROGRAM`). The gifts are coupon batches
    (`stock_list`) the merchant created beforehand.

    - The activity may start at most a year ahead and last at most 90 days (official page).
    - The after-payment kinds use `pay_activity_setting`, the before-payment kinds
      `miniprogram_activity_setting`.
    - The answer is the new activity with its `activity_id`, status `CREATED` until it starts.
    - Not documented as idempotent. `out_request_no` is the merchant's request number and is
      echoed in every activity read; after a timeout or 5XX, list the card's activities of
      that type (`list_membercard_activities`) and look for the same `out_request_no` before
      creating again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553030

    Operation: ``create_membercard_activity`` (POST /v3/marketing/membercard-activity/activities)

    Args:
        body (MembercardActivityCreateRequest): 创建活动请求 — a new member-gift activity. Use
            `pay_activity_setting` for the
            after-payment kinds and `miniprogram_activity_setting` for the before-payment kinds.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardActivity]
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
    body: MembercardActivityCreateRequest,
) -> MembercardActivity:
    """创建活动

    创建会员有礼活动 — sets up a gift activity for a WeChat membership card (`card_id`). Four
    kinds exist (`activity_type`): after-payment gifts for new members
    (`NON_MEMBER_AFTERPAY`) or existing members (`MEMBER_AFTERPAY`), shown on the payment
    result page, and before-payment gifts in the card-opening component of a QR code or mini
    program (`NON_MEMBER_MINIPROGRAM`, `MEMBER_MINIPROGRAM`). The gifts are coupon batches
    (`stock_list`) the merchant created beforehand.

    - The activity may start at most a year ahead and last at most 90 days (official page).
    - The after-payment kinds use `pay_activity_setting`, the before-payment kinds
      `miniprogram_activity_setting`.
    - The answer is the new activity with its `activity_id`, status `CREATED` until it starts.
    - Not documented as idempotent. `out_request_no` is the merchant's request number and is
      echoed in every activity read; after a timeout or 5XX, list the card's activities of
      that type (`list_membercard_activities`) and look for the same `out_request_no` before
      creating again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553030

    Operation: ``create_membercard_activity`` (POST /v3/marketing/membercard-activity/activities)

    Args:
        body (MembercardActivityCreateRequest): 创建活动请求 — a new member-gift activity. Use
            `pay_activity_setting` for the
            after-payment kinds and `miniprogram_activity_setting` for the before-payment kinds.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardActivity
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
    body: MembercardActivityCreateRequest,
) -> Response[MembercardActivity]:
    """创建活动

    创建会员有礼活动 — sets up a gift activity for a WeChat membership card (`card_id`). Four
    kinds exist (`activity_type`): after-payment gifts for new members
    (`NON_MEMBER_AFTERPAY`) or existing members (`MEMBER_AFTERPAY`), shown on the payment
    result page, and before-payment gifts in the card-opening component of a QR code or mini
    program (`NON_MEMBER_MINIPROGRAM`, `MEMBER_MINIPROGRAM`). The gifts are coupon batches
    (`stock_list`) the merchant created beforehand.

    - The activity may start at most a year ahead and last at most 90 days (official page).
    - The after-payment kinds use `pay_activity_setting`, the before-payment kinds
      `miniprogram_activity_setting`.
    - The answer is the new activity with its `activity_id`, status `CREATED` until it starts.
    - Not documented as idempotent. `out_request_no` is the merchant's request number and is
      echoed in every activity read; after a timeout or 5XX, list the card's activities of
      that type (`list_membercard_activities`) and look for the same `out_request_no` before
      creating again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553030

    Operation: ``create_membercard_activity`` (POST /v3/marketing/membercard-activity/activities)

    Args:
        body (MembercardActivityCreateRequest): 创建活动请求 — a new member-gift activity. Use
            `pay_activity_setting` for the
            after-payment kinds and `miniprogram_activity_setting` for the before-payment kinds.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardActivity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MembercardActivityCreateRequest,
) -> MembercardActivity:
    """创建活动

    创建会员有礼活动 — sets up a gift activity for a WeChat membership card (`card_id`). Four
    kinds exist (`activity_type`): after-payment gifts for new members
    (`NON_MEMBER_AFTERPAY`) or existing members (`MEMBER_AFTERPAY`), shown on the payment
    result page, and before-payment gifts in the card-opening component of a QR code or mini
    program (`NON_MEMBER_MINIPROGRAM`, `MEMBER_MINIPROGRAM`). The gifts are coupon batches
    (`stock_list`) the merchant created beforehand.

    - The activity may start at most a year ahead and last at most 90 days (official page).
    - The after-payment kinds use `pay_activity_setting`, the before-payment kinds
      `miniprogram_activity_setting`.
    - The answer is the new activity with its `activity_id`, status `CREATED` until it starts.
    - Not documented as idempotent. `out_request_no` is the merchant's request number and is
      echoed in every activity read; after a timeout or 5XX, list the card's activities of
      that type (`list_membercard_activities`) and look for the same `out_request_no` before
      creating again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553030

    Operation: ``create_membercard_activity`` (POST /v3/marketing/membercard-activity/activities)

    Args:
        body (MembercardActivityCreateRequest): 创建活动请求 — a new member-gift activity. Use
            `pay_activity_setting` for the
            after-payment kinds and `miniprogram_activity_setting` for the before-payment kinds.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardActivity
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
