# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_plan_user_sign_plan import PayscorePlanUserSignPlan
from ...models.payscore_plan_user_sign_plan_stop_request import PayscorePlanUserSignPlanStopRequest
from ...types import Response

OPERATION_ID = "stop_payscore_user_sign_plan"


def _get_kwargs(
    merchant_sign_plan_no: str,
    *,
    body: PayscorePlanUserSignPlanStopRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop".format(
            merchant_sign_plan_no=quote(str(merchant_sign_plan_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscorePlanUserSignPlanStopRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscorePlanUserSignPlan:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscorePlanUserSignPlan)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscorePlanUserSignPlan]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    merchant_sign_plan_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanUserSignPlanStopRequest,
) -> Response[PayscorePlanUserSignPlan]:
    """直连商户取消用户的签约计划

    直连商户取消用户的签约计划 — the merchant ends a user's sign plan, giving a
    `stop_reason`. Only the merchant that created the sign plan can stop it; the answer is
    the sign plan with its cancellation fields set.

    - Not documented as idempotent. After a timeout or 5xx, check `sign_state` with
      `query_payscore_user_sign_plan` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471050

    Operation: ``stop_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop)

    Args:
        merchant_sign_plan_no (str):
        body (PayscorePlanUserSignPlanStopRequest): 取消用户的签约计划请求 — stop a user's sign plan.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePlanUserSignPlan]
    """

    kwargs = _get_kwargs(
        merchant_sign_plan_no=merchant_sign_plan_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    merchant_sign_plan_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanUserSignPlanStopRequest,
) -> PayscorePlanUserSignPlan:
    """直连商户取消用户的签约计划

    直连商户取消用户的签约计划 — the merchant ends a user's sign plan, giving a
    `stop_reason`. Only the merchant that created the sign plan can stop it; the answer is
    the sign plan with its cancellation fields set.

    - Not documented as idempotent. After a timeout or 5xx, check `sign_state` with
      `query_payscore_user_sign_plan` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471050

    Operation: ``stop_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop)

    Args:
        merchant_sign_plan_no (str):
        body (PayscorePlanUserSignPlanStopRequest): 取消用户的签约计划请求 — stop a user's sign plan.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePlanUserSignPlan
    """

    kwargs = _get_kwargs(
        merchant_sign_plan_no=merchant_sign_plan_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    merchant_sign_plan_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanUserSignPlanStopRequest,
) -> Response[PayscorePlanUserSignPlan]:
    """直连商户取消用户的签约计划

    直连商户取消用户的签约计划 — the merchant ends a user's sign plan, giving a
    `stop_reason`. Only the merchant that created the sign plan can stop it; the answer is
    the sign plan with its cancellation fields set.

    - Not documented as idempotent. After a timeout or 5xx, check `sign_state` with
      `query_payscore_user_sign_plan` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471050

    Operation: ``stop_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop)

    Args:
        merchant_sign_plan_no (str):
        body (PayscorePlanUserSignPlanStopRequest): 取消用户的签约计划请求 — stop a user's sign plan.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePlanUserSignPlan]
    """

    kwargs = _get_kwargs(
        merchant_sign_plan_no=merchant_sign_plan_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    merchant_sign_plan_no: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanUserSignPlanStopRequest,
) -> PayscorePlanUserSignPlan:
    """直连商户取消用户的签约计划

    直连商户取消用户的签约计划 — the merchant ends a user's sign plan, giving a
    `stop_reason`. Only the merchant that created the sign plan can stop it; the answer is
    the sign plan with its cancellation fields set.

    - Not documented as idempotent. After a timeout or 5xx, check `sign_state` with
      `query_payscore_user_sign_plan` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471050

    Operation: ``stop_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop)

    Args:
        merchant_sign_plan_no (str):
        body (PayscorePlanUserSignPlanStopRequest): 取消用户的签约计划请求 — stop a user's sign plan.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePlanUserSignPlan
    """

    kwargs = _get_kwargs(
        merchant_sign_plan_no=merchant_sign_plan_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
