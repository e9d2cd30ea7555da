# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_plan import PayscorePlan
from ...models.payscore_plan_create_request import PayscorePlanCreateRequest
from ...types import Response

OPERATION_ID = "create_payscore_plan"


def _get_kwargs(
    *,
    body: PayscorePlanCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/plan/payscore-plans",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscorePlanCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscorePlan:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscorePlan)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PayscorePlan]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanCreateRequest,
) -> Response[PayscorePlan]:
    """创建支付分计划

    创建支付分计划 — defines a Pay Score plan: a package of `deduction_quantity` services
    (for example 10 lessons) valid for `plan_duration` days, with an original and an actual
    total price and, optionally, one entry per service in `plan_detail_list`. The service
    (`service_id`) must have the "confirm by plan" (按计划确认) permission. Users then sign
    the plan through `create_payscore_user_sign_plan`.

    - `merchant_plan_no` is the merchant's plan number and the key of
      `query_payscore_plan`.
    - Not documented as idempotent. After a timeout or 5xx, look the plan up with
      `query_payscore_plan` (same `merchant_plan_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467232

    Operation: ``create_payscore_plan`` (POST /v3/payscore/plan/payscore-plans)

    Args:
        body (PayscorePlanCreateRequest): 创建支付分计划请求 — a new Pay Score plan. Amounts in fen (分).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePlan]
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
    body: PayscorePlanCreateRequest,
) -> PayscorePlan:
    """创建支付分计划

    创建支付分计划 — defines a Pay Score plan: a package of `deduction_quantity` services
    (for example 10 lessons) valid for `plan_duration` days, with an original and an actual
    total price and, optionally, one entry per service in `plan_detail_list`. The service
    (`service_id`) must have the "confirm by plan" (按计划确认) permission. Users then sign
    the plan through `create_payscore_user_sign_plan`.

    - `merchant_plan_no` is the merchant's plan number and the key of
      `query_payscore_plan`.
    - Not documented as idempotent. After a timeout or 5xx, look the plan up with
      `query_payscore_plan` (same `merchant_plan_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467232

    Operation: ``create_payscore_plan`` (POST /v3/payscore/plan/payscore-plans)

    Args:
        body (PayscorePlanCreateRequest): 创建支付分计划请求 — a new Pay Score plan. Amounts in fen (分).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePlan
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
    body: PayscorePlanCreateRequest,
) -> Response[PayscorePlan]:
    """创建支付分计划

    创建支付分计划 — defines a Pay Score plan: a package of `deduction_quantity` services
    (for example 10 lessons) valid for `plan_duration` days, with an original and an actual
    total price and, optionally, one entry per service in `plan_detail_list`. The service
    (`service_id`) must have the "confirm by plan" (按计划确认) permission. Users then sign
    the plan through `create_payscore_user_sign_plan`.

    - `merchant_plan_no` is the merchant's plan number and the key of
      `query_payscore_plan`.
    - Not documented as idempotent. After a timeout or 5xx, look the plan up with
      `query_payscore_plan` (same `merchant_plan_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467232

    Operation: ``create_payscore_plan`` (POST /v3/payscore/plan/payscore-plans)

    Args:
        body (PayscorePlanCreateRequest): 创建支付分计划请求 — a new Pay Score plan. Amounts in fen (分).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePlan]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePlanCreateRequest,
) -> PayscorePlan:
    """创建支付分计划

    创建支付分计划 — defines a Pay Score plan: a package of `deduction_quantity` services
    (for example 10 lessons) valid for `plan_duration` days, with an original and an actual
    total price and, optionally, one entry per service in `plan_detail_list`. The service
    (`service_id`) must have the "confirm by plan" (按计划确认) permission. Users then sign
    the plan through `create_payscore_user_sign_plan`.

    - `merchant_plan_no` is the merchant's plan number and the key of
      `query_payscore_plan`.
    - Not documented as idempotent. After a timeout or 5xx, look the plan up with
      `query_payscore_plan` (same `merchant_plan_no`) before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467232

    Operation: ``create_payscore_plan`` (POST /v3/payscore/plan/payscore-plans)

    Args:
        body (PayscorePlanCreateRequest): 创建支付分计划请求 — a new Pay Score plan. Amounts in fen (分).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePlan
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
