# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.profitsharing_order import ProfitsharingOrder
from ...models.profitsharing_order_create_request import ProfitsharingOrderCreateRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_profitsharing_order"


def _get_kwargs(
    *,
    body: ProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/profitsharing/orders",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ProfitsharingOrderCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProfitsharingOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ProfitsharingOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProfitsharingOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[ProfitsharingOrder]:
    """请求分账

    请求分账 — moves money from a paid order to one or more receivers. The order must have
    been placed with `settle_info.profit_sharing = true`, and its funds must have settled.
    WeChat Pay accepts the request first and does the transfers later, so the answer may
    still say `state: PROCESSING`; each entry of `receivers` carries its own `result`.

    - Each receiver must be on the merchant's list (`add_profitsharing_receiver`). Up to 50
      receivers per call and up to 50 calls per paid order.
    - `receivers[].name` is sensitive: give the plaintext name; the SDK encrypts it and fills
      `Wechatpay-Serial`.
    - With `unfreeze_unsplit = true`, whatever is left of the order after this call goes back
      to the merchant and no further split is possible.
    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5xx, look the order up
      with `query_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
      only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524936

    Operation: ``create_profitsharing_order`` (POST /v3/profitsharing/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (ProfitsharingOrderCreateRequest): 请求分账请求 — profit-sharing request.
            `receivers[].name` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingOrder]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> ProfitsharingOrder:
    """请求分账

    请求分账 — moves money from a paid order to one or more receivers. The order must have
    been placed with `settle_info.profit_sharing = true`, and its funds must have settled.
    WeChat Pay accepts the request first and does the transfers later, so the answer may
    still say `state: PROCESSING`; each entry of `receivers` carries its own `result`.

    - Each receiver must be on the merchant's list (`add_profitsharing_receiver`). Up to 50
      receivers per call and up to 50 calls per paid order.
    - `receivers[].name` is sensitive: give the plaintext name; the SDK encrypts it and fills
      `Wechatpay-Serial`.
    - With `unfreeze_unsplit = true`, whatever is left of the order after this call goes back
      to the merchant and no further split is possible.
    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5xx, look the order up
      with `query_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
      only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524936

    Operation: ``create_profitsharing_order`` (POST /v3/profitsharing/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (ProfitsharingOrderCreateRequest): 请求分账请求 — profit-sharing request.
            `receivers[].name` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingOrder
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[ProfitsharingOrder]:
    """请求分账

    请求分账 — moves money from a paid order to one or more receivers. The order must have
    been placed with `settle_info.profit_sharing = true`, and its funds must have settled.
    WeChat Pay accepts the request first and does the transfers later, so the answer may
    still say `state: PROCESSING`; each entry of `receivers` carries its own `result`.

    - Each receiver must be on the merchant's list (`add_profitsharing_receiver`). Up to 50
      receivers per call and up to 50 calls per paid order.
    - `receivers[].name` is sensitive: give the plaintext name; the SDK encrypts it and fills
      `Wechatpay-Serial`.
    - With `unfreeze_unsplit = true`, whatever is left of the order after this call goes back
      to the merchant and no further split is possible.
    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5xx, look the order up
      with `query_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
      only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524936

    Operation: ``create_profitsharing_order`` (POST /v3/profitsharing/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (ProfitsharingOrderCreateRequest): 请求分账请求 — profit-sharing request.
            `receivers[].name` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingOrder]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingOrderCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> ProfitsharingOrder:
    """请求分账

    请求分账 — moves money from a paid order to one or more receivers. The order must have
    been placed with `settle_info.profit_sharing = true`, and its funds must have settled.
    WeChat Pay accepts the request first and does the transfers later, so the answer may
    still say `state: PROCESSING`; each entry of `receivers` carries its own `result`.

    - Each receiver must be on the merchant's list (`add_profitsharing_receiver`). Up to 50
      receivers per call and up to 50 calls per paid order.
    - `receivers[].name` is sensitive: give the plaintext name; the SDK encrypts it and fills
      `Wechatpay-Serial`.
    - With `unfreeze_unsplit = true`, whatever is left of the order after this call goes back
      to the merchant and no further split is possible.
    - The field docs say a repeated `out_order_no` counts as the same request; the spec still
      treats the call as unsafe to resend blindly. After a timeout or 5xx, look the order up
      with `query_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
      only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524936

    Operation: ``create_profitsharing_order`` (POST /v3/profitsharing/orders)

    Args:
        wechatpay_serial (str | Unset):
        body (ProfitsharingOrderCreateRequest): 请求分账请求 — profit-sharing request.
            `receivers[].name` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingOrder
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
