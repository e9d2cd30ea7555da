# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProfitsharingOrder:
    if response.status_code == 200:
        response_200 = ProfitsharingOrder.from_dict(response.json())

        return response_200

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

    请求分账 — after a paid order (placed with `settle_info.profit_sharing = true`) has
    settled, split part of its funds to the listed receivers. The split runs asynchronously:
    the response shows `state` `PROCESSING` or `FINISHED` and per-receiver `result`.

    - Receivers must have been added with `add_profitsharing_receiver`. `receivers[].name` is
      sensitive: pass plaintext, the SDK encrypts it and sets `Wechatpay-Serial`.
    - `unfreeze_unsplit = true` unfreezes the remaining funds after this split.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_profitsharing_order` (same `out_order_no`) before resending with the same
      parameters.

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
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

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

    请求分账 — after a paid order (placed with `settle_info.profit_sharing = true`) has
    settled, split part of its funds to the listed receivers. The split runs asynchronously:
    the response shows `state` `PROCESSING` or `FINISHED` and per-receiver `result`.

    - Receivers must have been added with `add_profitsharing_receiver`. `receivers[].name` is
      sensitive: pass plaintext, the SDK encrypts it and sets `Wechatpay-Serial`.
    - `unfreeze_unsplit = true` unfreezes the remaining funds after this split.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_profitsharing_order` (same `out_order_no`) before resending with the same
      parameters.

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
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

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

    请求分账 — after a paid order (placed with `settle_info.profit_sharing = true`) has
    settled, split part of its funds to the listed receivers. The split runs asynchronously:
    the response shows `state` `PROCESSING` or `FINISHED` and per-receiver `result`.

    - Receivers must have been added with `add_profitsharing_receiver`. `receivers[].name` is
      sensitive: pass plaintext, the SDK encrypts it and sets `Wechatpay-Serial`.
    - `unfreeze_unsplit = true` unfreezes the remaining funds after this split.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_profitsharing_order` (same `out_order_no`) before resending with the same
      parameters.

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
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

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

    请求分账 — after a paid order (placed with `settle_info.profit_sharing = true`) has
    settled, split part of its funds to the listed receivers. The split runs asynchronously:
    the response shows `state` `PROCESSING` or `FINISHED` and per-receiver `result`.

    - Receivers must have been added with `add_profitsharing_receiver`. `receivers[].name` is
      sensitive: pass plaintext, the SDK encrypts it and sets `Wechatpay-Serial`.
    - `unfreeze_unsplit = true` unfreezes the remaining funds after this split.
    - Not documented as idempotent. After an unclear outcome, check with
      `query_profitsharing_order` (same `out_order_no`) before resending with the same
      parameters.

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
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        ProfitsharingOrder
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
