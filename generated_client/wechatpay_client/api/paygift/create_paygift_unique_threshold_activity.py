# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paygift_activity_create_request import PaygiftActivityCreateRequest
from ...models.paygift_activity_create_response import PaygiftActivityCreateResponse
from ...types import Response

OPERATION_ID = "create_paygift_unique_threshold_activity"


def _get_kwargs(
    *,
    body: PaygiftActivityCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/paygiftactivity/unique-threshold-activity",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PaygiftActivityCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaygiftActivityCreateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PaygiftActivityCreateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaygiftActivityCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaygiftActivityCreateRequest,
) -> Response[PaygiftActivityCreateResponse]:
    """创建全场满额送活动

    创建全场满额送活动 — sets up a 支付有礼 activity of the store-wide spend-threshold kind:
    a user whose payment reaches `award_send_rule.transaction_amount_minimum` (fen) gets the
    activity's coupons (one coupon, or a package of 3 to 5). The prizes are 商家券 batches
    (`award_type: BUSIFAVOR`), issued by the merchant IDs of `merchant_id_list`
    (`MANUAL_INPUT_MERCHANT`; 商家券 only supports manual input).

    - `activity_base_info.out_request_no` is the merchant's unique number for this
      creation; an activity may run for at most 90 days and be scheduled up to a year
      ahead.
    - With `delivery_purpose: JUMP_MINI_APP`, `mini_programs_appid` and
      `mini_programs_path` are needed; with `delivery_user_category:
      DELIVERY_MEMBER_PERSON`, `merchant_member_appid` is needed.
    - The answer is the new `activity_id`. Creation is not documented as idempotent: after
      an unclear outcome, look for the activity with `list_paygift_activities` (each entry
      carries its `activity_base_info.out_request_no`) before creating it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487898

    Operation: ``create_paygift_unique_threshold_activity`` (POST /v3/marketing/paygiftactivity/unique-threshold-activity)

    Args:
        body (PaygiftActivityCreateRequest): 创建全场满额送活动请求 — the activity's basics, prize rule and
            advanced settings.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityCreateResponse]
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
    body: PaygiftActivityCreateRequest,
) -> PaygiftActivityCreateResponse:
    """创建全场满额送活动

    创建全场满额送活动 — sets up a 支付有礼 activity of the store-wide spend-threshold kind:
    a user whose payment reaches `award_send_rule.transaction_amount_minimum` (fen) gets the
    activity's coupons (one coupon, or a package of 3 to 5). The prizes are 商家券 batches
    (`award_type: BUSIFAVOR`), issued by the merchant IDs of `merchant_id_list`
    (`MANUAL_INPUT_MERCHANT`; 商家券 only supports manual input).

    - `activity_base_info.out_request_no` is the merchant's unique number for this
      creation; an activity may run for at most 90 days and be scheduled up to a year
      ahead.
    - With `delivery_purpose: JUMP_MINI_APP`, `mini_programs_appid` and
      `mini_programs_path` are needed; with `delivery_user_category:
      DELIVERY_MEMBER_PERSON`, `merchant_member_appid` is needed.
    - The answer is the new `activity_id`. Creation is not documented as idempotent: after
      an unclear outcome, look for the activity with `list_paygift_activities` (each entry
      carries its `activity_base_info.out_request_no`) before creating it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487898

    Operation: ``create_paygift_unique_threshold_activity`` (POST /v3/marketing/paygiftactivity/unique-threshold-activity)

    Args:
        body (PaygiftActivityCreateRequest): 创建全场满额送活动请求 — the activity's basics, prize rule and
            advanced settings.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityCreateResponse
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
    body: PaygiftActivityCreateRequest,
) -> Response[PaygiftActivityCreateResponse]:
    """创建全场满额送活动

    创建全场满额送活动 — sets up a 支付有礼 activity of the store-wide spend-threshold kind:
    a user whose payment reaches `award_send_rule.transaction_amount_minimum` (fen) gets the
    activity's coupons (one coupon, or a package of 3 to 5). The prizes are 商家券 batches
    (`award_type: BUSIFAVOR`), issued by the merchant IDs of `merchant_id_list`
    (`MANUAL_INPUT_MERCHANT`; 商家券 only supports manual input).

    - `activity_base_info.out_request_no` is the merchant's unique number for this
      creation; an activity may run for at most 90 days and be scheduled up to a year
      ahead.
    - With `delivery_purpose: JUMP_MINI_APP`, `mini_programs_appid` and
      `mini_programs_path` are needed; with `delivery_user_category:
      DELIVERY_MEMBER_PERSON`, `merchant_member_appid` is needed.
    - The answer is the new `activity_id`. Creation is not documented as idempotent: after
      an unclear outcome, look for the activity with `list_paygift_activities` (each entry
      carries its `activity_base_info.out_request_no`) before creating it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487898

    Operation: ``create_paygift_unique_threshold_activity`` (POST /v3/marketing/paygiftactivity/unique-threshold-activity)

    Args:
        body (PaygiftActivityCreateRequest): 创建全场满额送活动请求 — the activity's basics, prize rule and
            advanced settings.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PaygiftActivityCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaygiftActivityCreateRequest,
) -> PaygiftActivityCreateResponse:
    """创建全场满额送活动

    创建全场满额送活动 — sets up a 支付有礼 activity of the store-wide spend-threshold kind:
    a user whose payment reaches `award_send_rule.transaction_amount_minimum` (fen) gets the
    activity's coupons (one coupon, or a package of 3 to 5). The prizes are 商家券 batches
    (`award_type: BUSIFAVOR`), issued by the merchant IDs of `merchant_id_list`
    (`MANUAL_INPUT_MERCHANT`; 商家券 only supports manual input).

    - `activity_base_info.out_request_no` is the merchant's unique number for this
      creation; an activity may run for at most 90 days and be scheduled up to a year
      ahead.
    - With `delivery_purpose: JUMP_MINI_APP`, `mini_programs_appid` and
      `mini_programs_path` are needed; with `delivery_user_category:
      DELIVERY_MEMBER_PERSON`, `merchant_member_appid` is needed.
    - The answer is the new `activity_id`. Creation is not documented as idempotent: after
      an unclear outcome, look for the activity with `list_paygift_activities` (each entry
      carries its `activity_base_info.out_request_no`) before creating it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487898

    Operation: ``create_paygift_unique_threshold_activity`` (POST /v3/marketing/paygiftactivity/unique-threshold-activity)

    Args:
        body (PaygiftActivityCreateRequest): 创建全场满额送活动请求 — the activity's basics, prize rule and
            advanced settings.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PaygiftActivityCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
