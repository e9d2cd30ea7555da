# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_stock_goods_modify_request import FavorStockGoodsModifyRequest
from ...models.favor_stock_goods_modify_response import FavorStockGoodsModifyResponse
from ...types import Response

OPERATION_ID = "modify_favor_stock_goods"


def _get_kwargs(
    stock_id: str,
    *,
    body: FavorStockGoodsModifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/favor/stocks/{stock_id}/modify-goods-id".format(
            stock_id=quote(str(stock_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FavorStockGoodsModifyRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorStockGoodsModifyResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorStockGoodsModifyResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FavorStockGoodsModifyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockGoodsModifyRequest,
) -> Response[FavorStockGoodsModifyResponse]:
    """修改可用单品编码

    修改可用单品编码 — adds goods codes to, and removes goods codes from, a single-item
    batch. The batch must keep at least one goods code after the change. Direct merchants
    only.

    Not documented as idempotent (adding a code twice or removing an absent one may be
    refused). After an unclear outcome read the codes with `list_favor_stock_items` and
    resend only the part that is missing.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164667

    Operation: ``modify_favor_stock_goods`` (POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id)

    Args:
        stock_id (str):
        body (FavorStockGoodsModifyRequest): 修改可用单品编码请求 — goods codes to add and remove (at least
            one code must remain).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockGoodsModifyResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockGoodsModifyRequest,
) -> FavorStockGoodsModifyResponse:
    """修改可用单品编码

    修改可用单品编码 — adds goods codes to, and removes goods codes from, a single-item
    batch. The batch must keep at least one goods code after the change. Direct merchants
    only.

    Not documented as idempotent (adding a code twice or removing an absent one may be
    refused). After an unclear outcome read the codes with `list_favor_stock_items` and
    resend only the part that is missing.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164667

    Operation: ``modify_favor_stock_goods`` (POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id)

    Args:
        stock_id (str):
        body (FavorStockGoodsModifyRequest): 修改可用单品编码请求 — goods codes to add and remove (at least
            one code must remain).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockGoodsModifyResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockGoodsModifyRequest,
) -> Response[FavorStockGoodsModifyResponse]:
    """修改可用单品编码

    修改可用单品编码 — adds goods codes to, and removes goods codes from, a single-item
    batch. The batch must keep at least one goods code after the change. Direct merchants
    only.

    Not documented as idempotent (adding a code twice or removing an absent one may be
    refused). After an unclear outcome read the codes with `list_favor_stock_items` and
    resend only the part that is missing.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164667

    Operation: ``modify_favor_stock_goods`` (POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id)

    Args:
        stock_id (str):
        body (FavorStockGoodsModifyRequest): 修改可用单品编码请求 — goods codes to add and remove (at least
            one code must remain).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorStockGoodsModifyResponse]
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorStockGoodsModifyRequest,
) -> FavorStockGoodsModifyResponse:
    """修改可用单品编码

    修改可用单品编码 — adds goods codes to, and removes goods codes from, a single-item
    batch. The batch must keep at least one goods code after the change. Direct merchants
    only.

    Not documented as idempotent (adding a code twice or removing an absent one may be
    refused). After an unclear outcome read the codes with `list_favor_stock_items` and
    resend only the part that is missing.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164667

    Operation: ``modify_favor_stock_goods`` (POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id)

    Args:
        stock_id (str):
        body (FavorStockGoodsModifyRequest): 修改可用单品编码请求 — goods codes to add and remove (at least
            one code must remain).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorStockGoodsModifyResponse
    """

    kwargs = _get_kwargs(
        stock_id=stock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
