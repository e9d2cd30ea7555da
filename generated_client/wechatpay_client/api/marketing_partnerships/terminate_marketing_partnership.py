# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.marketing_partnership_terminate_request import MarketingPartnershipTerminateRequest
from ...models.marketing_partnership_terminate_response import MarketingPartnershipTerminateResponse
from ...types import Response

OPERATION_ID = "terminate_marketing_partnership"


def _get_kwargs(
    *,
    body: MarketingPartnershipTerminateRequest,
    idempotency_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/partnerships/terminate",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MarketingPartnershipTerminateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketingPartnershipTerminateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MarketingPartnershipTerminateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarketingPartnershipTerminateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MarketingPartnershipTerminateRequest,
    idempotency_key: str,
) -> Response[MarketingPartnershipTerminateResponse]:
    """终止合作关系

    终止合作关系 — withdraws an authorisation given with `build_marketing_partnership`: name
    the same `partner` and `authorized_data`; the answer is the time the relation ended.

    - `Idempotency-Key` (header, required) is the merchant's unique key for this request;
      a resend with the same key and body counts as the same request, hence safe to resend.
    - `list_marketing_partnerships` shows an ended relation with its `terminate_time`,
      which settles an outcome that stays unclear.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164460

    Operation: ``terminate_marketing_partnership`` (POST /v3/marketing/partnerships/terminate)

    Args:
        idempotency_key (str):
        body (MarketingPartnershipTerminateRequest): 终止合作关系请求 — the relation to end, named by its
            partner and resource.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MarketingPartnershipTerminateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MarketingPartnershipTerminateRequest,
    idempotency_key: str,
) -> MarketingPartnershipTerminateResponse:
    """终止合作关系

    终止合作关系 — withdraws an authorisation given with `build_marketing_partnership`: name
    the same `partner` and `authorized_data`; the answer is the time the relation ended.

    - `Idempotency-Key` (header, required) is the merchant's unique key for this request;
      a resend with the same key and body counts as the same request, hence safe to resend.
    - `list_marketing_partnerships` shows an ended relation with its `terminate_time`,
      which settles an outcome that stays unclear.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164460

    Operation: ``terminate_marketing_partnership`` (POST /v3/marketing/partnerships/terminate)

    Args:
        idempotency_key (str):
        body (MarketingPartnershipTerminateRequest): 终止合作关系请求 — the relation to end, named by its
            partner and resource.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MarketingPartnershipTerminateResponse
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MarketingPartnershipTerminateRequest,
    idempotency_key: str,
) -> Response[MarketingPartnershipTerminateResponse]:
    """终止合作关系

    终止合作关系 — withdraws an authorisation given with `build_marketing_partnership`: name
    the same `partner` and `authorized_data`; the answer is the time the relation ended.

    - `Idempotency-Key` (header, required) is the merchant's unique key for this request;
      a resend with the same key and body counts as the same request, hence safe to resend.
    - `list_marketing_partnerships` shows an ended relation with its `terminate_time`,
      which settles an outcome that stays unclear.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164460

    Operation: ``terminate_marketing_partnership`` (POST /v3/marketing/partnerships/terminate)

    Args:
        idempotency_key (str):
        body (MarketingPartnershipTerminateRequest): 终止合作关系请求 — the relation to end, named by its
            partner and resource.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MarketingPartnershipTerminateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MarketingPartnershipTerminateRequest,
    idempotency_key: str,
) -> MarketingPartnershipTerminateResponse:
    """终止合作关系

    终止合作关系 — withdraws an authorisation given with `build_marketing_partnership`: name
    the same `partner` and `authorized_data`; the answer is the time the relation ended.

    - `Idempotency-Key` (header, required) is the merchant's unique key for this request;
      a resend with the same key and body counts as the same request, hence safe to resend.
    - `list_marketing_partnerships` shows an ended relation with its `terminate_time`,
      which settles an outcome that stays unclear.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164460

    Operation: ``terminate_marketing_partnership`` (POST /v3/marketing/partnerships/terminate)

    Args:
        idempotency_key (str):
        body (MarketingPartnershipTerminateRequest): 终止合作关系请求 — the relation to end, named by its
            partner and resource.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MarketingPartnershipTerminateResponse
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
