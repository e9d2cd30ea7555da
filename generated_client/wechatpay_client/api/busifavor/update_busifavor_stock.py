# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_stock_update_request import BusifavorStockUpdateRequest
from ...types import Response

OPERATION_ID = "update_busifavor_stock"


def _get_kwargs(
    stock_id: str,
    *,
    body: BusifavorStockUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/marketing/busifavor/stocks/{stock_id}".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorStockUpdateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorStockUpdateRequest,
) -> Response[None]:
    """修改商家券基本信息

    修改商家券基本信息 — changes the descriptive parts of a batch: entrances, display style,
    redemption method, anti-abuse switches, notification AppID, comment and goods name. Only
    the fields sent are changed; `out_request_no` identifies the change. Some fields are
    documented as not yet changeable (`stock_name`, the logo and merchant name, the
    natural-person limit). Success is `204 No Content`.

    After an unclear outcome, read the batch with `query_busifavor_stock` and compare.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535020

    Operation: ``update_busifavor_stock`` (PATCH /v3/marketing/busifavor/stocks/{stock_id})

    Args:
        stock_id (str):
        body (BusifavorStockUpdateRequest): 修改商家券基本信息请求 — only the fields sent are changed.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorStockUpdateRequest,
) -> Response[None]:
    """修改商家券基本信息

    修改商家券基本信息 — changes the descriptive parts of a batch: entrances, display style,
    redemption method, anti-abuse switches, notification AppID, comment and goods name. Only
    the fields sent are changed; `out_request_no` identifies the change. Some fields are
    documented as not yet changeable (`stock_name`, the logo and merchant name, the
    natural-person limit). Success is `204 No Content`.

    After an unclear outcome, read the batch with `query_busifavor_stock` and compare.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535020

    Operation: ``update_busifavor_stock`` (PATCH /v3/marketing/busifavor/stocks/{stock_id})

    Args:
        stock_id (str):
        body (BusifavorStockUpdateRequest): 修改商家券基本信息请求 — only the fields sent are changed.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
