# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_plan_user_sign_plan_create_request import PayscorePlanUserSignPlanCreateRequest
from ...models.payscore_plan_user_sign_plan_create_response import PayscorePlanUserSignPlanCreateResponse
from ...types import Response

OPERATION_ID = "create_payscore_user_sign_plan"


def _get_kwargs(
    *,
    body: PayscorePlanUserSignPlanCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/sign-plan/user-sign-plans",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscorePlanUserSignPlanCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PayscorePlanUserSignPlanCreateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscorePlanUserSignPlanCreateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscorePlanUserSignPlanCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanUserSignPlanCreateRequest,
) -> Response[PayscorePlanUserSignPlanCreateResponse]:
    """创建用户的签约计划

    创建用户的签约计划 — prepares, for one user (`openid` under `appid`), a sign plan based on
    a plan of the merchant that is in effect, with the merchant's number for each plan item
    (`sign_plan_detail`). The answer carries `package`, which the front end passes to the
    Pay Score mini program where the user signs.

    - `merchant_plan_detail_no` later becomes the `out_order_no` of the item's service order,
      so it must be unique for the merchant.
    - When the user signs, `PAYSCORE.USER_SIGN_PLAN` is sent to `notify_url`; if the user
      later cancels (or revokes the service), `PAYSCORE.USER_CANCEL_SIGN_PLAN` follows (see
      `PayscorePlanSignNotificationResource`).
    - Not documented as idempotent. After a timeout or 5xx, look it up with
      `query_payscore_user_sign_plan` (same `merchant_sign_plan_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489420

    Operation: ``create_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans)

    Args:
        body (PayscorePlanUserSignPlanCreateRequest): 创建用户的签约计划请求 — a sign plan for one user.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePlanUserSignPlanCreateResponse]
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
    body: PayscorePlanUserSignPlanCreateRequest,
) -> PayscorePlanUserSignPlanCreateResponse:
    """创建用户的签约计划

    创建用户的签约计划 — prepares, for one user (`openid` under `appid`), a sign plan based on
    a plan of the merchant that is in effect, with the merchant's number for each plan item
    (`sign_plan_detail`). The answer carries `package`, which the front end passes to the
    Pay Score mini program where the user signs.

    - `merchant_plan_detail_no` later becomes the `out_order_no` of the item's service order,
      so it must be unique for the merchant.
    - When the user signs, `PAYSCORE.USER_SIGN_PLAN` is sent to `notify_url`; if the user
      later cancels (or revokes the service), `PAYSCORE.USER_CANCEL_SIGN_PLAN` follows (see
      `PayscorePlanSignNotificationResource`).
    - Not documented as idempotent. After a timeout or 5xx, look it up with
      `query_payscore_user_sign_plan` (same `merchant_sign_plan_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489420

    Operation: ``create_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans)

    Args:
        body (PayscorePlanUserSignPlanCreateRequest): 创建用户的签约计划请求 — a sign plan for one user.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePlanUserSignPlanCreateResponse
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
    body: PayscorePlanUserSignPlanCreateRequest,
) -> Response[PayscorePlanUserSignPlanCreateResponse]:
    """创建用户的签约计划

    创建用户的签约计划 — prepares, for one user (`openid` under `appid`), a sign plan based on
    a plan of the merchant that is in effect, with the merchant's number for each plan item
    (`sign_plan_detail`). The answer carries `package`, which the front end passes to the
    Pay Score mini program where the user signs.

    - `merchant_plan_detail_no` later becomes the `out_order_no` of the item's service order,
      so it must be unique for the merchant.
    - When the user signs, `PAYSCORE.USER_SIGN_PLAN` is sent to `notify_url`; if the user
      later cancels (or revokes the service), `PAYSCORE.USER_CANCEL_SIGN_PLAN` follows (see
      `PayscorePlanSignNotificationResource`).
    - Not documented as idempotent. After a timeout or 5xx, look it up with
      `query_payscore_user_sign_plan` (same `merchant_sign_plan_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489420

    Operation: ``create_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans)

    Args:
        body (PayscorePlanUserSignPlanCreateRequest): 创建用户的签约计划请求 — a sign plan for one user.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePlanUserSignPlanCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanUserSignPlanCreateRequest,
) -> PayscorePlanUserSignPlanCreateResponse:
    """创建用户的签约计划

    创建用户的签约计划 — prepares, for one user (`openid` under `appid`), a sign plan based on
    a plan of the merchant that is in effect, with the merchant's number for each plan item
    (`sign_plan_detail`). The answer carries `package`, which the front end passes to the
    Pay Score mini program where the user signs.

    - `merchant_plan_detail_no` later becomes the `out_order_no` of the item's service order,
      so it must be unique for the merchant.
    - When the user signs, `PAYSCORE.USER_SIGN_PLAN` is sent to `notify_url`; if the user
      later cancels (or revokes the service), `PAYSCORE.USER_CANCEL_SIGN_PLAN` follows (see
      `PayscorePlanSignNotificationResource`).
    - Not documented as idempotent. After a timeout or 5xx, look it up with
      `query_payscore_user_sign_plan` (same `merchant_sign_plan_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489420

    Operation: ``create_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans)

    Args:
        body (PayscorePlanUserSignPlanCreateRequest): 创建用户的签约计划请求 — a sign plan for one user.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePlanUserSignPlanCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
