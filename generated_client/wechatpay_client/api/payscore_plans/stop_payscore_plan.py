# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_plan import PayscorePlan
from ...types import Response

OPERATION_ID = "stop_payscore_plan"


def _get_kwargs(
    merchant_plan_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop".format(
            merchant_plan_no=quote(str(merchant_plan_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

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
    merchant_plan_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PayscorePlan]:
    """停止支付分计划

    停止支付分计划 — stops a plan that is in effect, so that no new user can sign it. A
    merchant can only stop its own plans. The request has no body; the answer is the plan
    with `stop_mchid` and `stop_time` set.

    - Not documented as idempotent. After a timeout or 5xx, check the plan's state with
      `query_payscore_plan` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470851

    Operation: ``stop_payscore_plan`` (POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop)

    Args:
        merchant_plan_no (str):

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
        merchant_plan_no=merchant_plan_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    merchant_plan_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> PayscorePlan:
    """停止支付分计划

    停止支付分计划 — stops a plan that is in effect, so that no new user can sign it. A
    merchant can only stop its own plans. The request has no body; the answer is the plan
    with `stop_mchid` and `stop_time` set.

    - Not documented as idempotent. After a timeout or 5xx, check the plan's state with
      `query_payscore_plan` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470851

    Operation: ``stop_payscore_plan`` (POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop)

    Args:
        merchant_plan_no (str):

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
        merchant_plan_no=merchant_plan_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    merchant_plan_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PayscorePlan]:
    """停止支付分计划

    停止支付分计划 — stops a plan that is in effect, so that no new user can sign it. A
    merchant can only stop its own plans. The request has no body; the answer is the plan
    with `stop_mchid` and `stop_time` set.

    - Not documented as idempotent. After a timeout or 5xx, check the plan's state with
      `query_payscore_plan` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470851

    Operation: ``stop_payscore_plan`` (POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop)

    Args:
        merchant_plan_no (str):

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
        merchant_plan_no=merchant_plan_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    merchant_plan_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> PayscorePlan:
    """停止支付分计划

    停止支付分计划 — stops a plan that is in effect, so that no new user can sign it. A
    merchant can only stop its own plans. The request has no body; the answer is the plan
    with `stop_mchid` and `stop_time` set.

    - Not documented as idempotent. After a timeout or 5xx, check the plan's state with
      `query_payscore_plan` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470851

    Operation: ``stop_payscore_plan`` (POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop)

    Args:
        merchant_plan_no (str):

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
        merchant_plan_no=merchant_plan_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
