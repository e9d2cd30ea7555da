# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_customs_order import GlobalCustomsOrder
from ...models.global_customs_order_modify_request import GlobalCustomsOrderModifyRequest
from ...types import Response

OPERATION_ID = "modify_global_customs_order"


def _get_kwargs(
    *,
    body: GlobalCustomsOrderModifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/global/customs/orders",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalCustomsOrderModifyRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalCustomsOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalCustomsOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GlobalCustomsOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalCustomsOrderModifyRequest,
) -> Response[GlobalCustomsOrder]:
    """报关信息修改

    报关信息修改 — corrects the fees or registration of a declaration that was already sent
    (same order, customs office and, for split orders, `sub_order_no`). The answer gives the
    declaration's new `state`. Not documented as idempotent; after a timeout or 5XX, check
    with `query_global_customs_orders` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025136

    Operation: ``modify_global_customs_order`` (PATCH /v3/global/customs/orders)

    Args:
        body (GlobalCustomsOrderModifyRequest): 报关信息修改请求 — declaration correction. Fees are
            integers in the smallest currency unit.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalCustomsOrder]
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
    body: GlobalCustomsOrderModifyRequest,
) -> GlobalCustomsOrder:
    """报关信息修改

    报关信息修改 — corrects the fees or registration of a declaration that was already sent
    (same order, customs office and, for split orders, `sub_order_no`). The answer gives the
    declaration's new `state`. Not documented as idempotent; after a timeout or 5XX, check
    with `query_global_customs_orders` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025136

    Operation: ``modify_global_customs_order`` (PATCH /v3/global/customs/orders)

    Args:
        body (GlobalCustomsOrderModifyRequest): 报关信息修改请求 — declaration correction. Fees are
            integers in the smallest currency unit.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalCustomsOrder
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
    body: GlobalCustomsOrderModifyRequest,
) -> Response[GlobalCustomsOrder]:
    """报关信息修改

    报关信息修改 — corrects the fees or registration of a declaration that was already sent
    (same order, customs office and, for split orders, `sub_order_no`). The answer gives the
    declaration's new `state`. Not documented as idempotent; after a timeout or 5XX, check
    with `query_global_customs_orders` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025136

    Operation: ``modify_global_customs_order`` (PATCH /v3/global/customs/orders)

    Args:
        body (GlobalCustomsOrderModifyRequest): 报关信息修改请求 — declaration correction. Fees are
            integers in the smallest currency unit.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalCustomsOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalCustomsOrderModifyRequest,
) -> GlobalCustomsOrder:
    """报关信息修改

    报关信息修改 — corrects the fees or registration of a declaration that was already sent
    (same order, customs office and, for split orders, `sub_order_no`). The answer gives the
    declaration's new `state`. Not documented as idempotent; after a timeout or 5XX, check
    with `query_global_customs_orders` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025136

    Operation: ``modify_global_customs_order`` (PATCH /v3/global/customs/orders)

    Args:
        body (GlobalCustomsOrderModifyRequest): 报关信息修改请求 — declaration correction. Fees are
            integers in the smallest currency unit.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalCustomsOrder
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
