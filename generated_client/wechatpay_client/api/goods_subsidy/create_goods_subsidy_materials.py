# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_materials_create_request import GoodsSubsidyMaterialsCreateRequest
from ...models.goods_subsidy_materials_response import GoodsSubsidyMaterialsResponse
from ...types import Response

OPERATION_ID = "create_goods_subsidy_materials"


def _get_kwargs(
    brand_id: str,
    *,
    body: GoodsSubsidyMaterialsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials".format(
            brand_id=quote(str(brand_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GoodsSubsidyMaterialsCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GoodsSubsidyMaterialsResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyMaterialsResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyMaterialsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyMaterialsCreateRequest,
) -> Response[GoodsSubsidyMaterialsResponse]:
    """生成小店活动物料码

    生成小店活动物料码 — generates `material_num` material codes for a brand's retail
    small-shop activity; each code comes back with its ID and the link to turn into the
    activity's QR code. Only the brand's main merchant or the brand's service provider may
    call it.

    `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`). No
    lookup of generated codes is published, and a resend with a new `out_request_no`
    creates more codes.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384337

    Operation: ``create_goods_subsidy_materials`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials)

    Args:
        brand_id (str):
        body (GoodsSubsidyMaterialsCreateRequest): 生成小店活动物料码请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyMaterialsResponse]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyMaterialsCreateRequest,
) -> GoodsSubsidyMaterialsResponse:
    """生成小店活动物料码

    生成小店活动物料码 — generates `material_num` material codes for a brand's retail
    small-shop activity; each code comes back with its ID and the link to turn into the
    activity's QR code. Only the brand's main merchant or the brand's service provider may
    call it.

    `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`). No
    lookup of generated codes is published, and a resend with a new `out_request_no`
    creates more codes.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384337

    Operation: ``create_goods_subsidy_materials`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials)

    Args:
        brand_id (str):
        body (GoodsSubsidyMaterialsCreateRequest): 生成小店活动物料码请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyMaterialsResponse
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyMaterialsCreateRequest,
) -> Response[GoodsSubsidyMaterialsResponse]:
    """生成小店活动物料码

    生成小店活动物料码 — generates `material_num` material codes for a brand's retail
    small-shop activity; each code comes back with its ID and the link to turn into the
    activity's QR code. Only the brand's main merchant or the brand's service provider may
    call it.

    `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`). No
    lookup of generated codes is published, and a resend with a new `out_request_no`
    creates more codes.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384337

    Operation: ``create_goods_subsidy_materials`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials)

    Args:
        brand_id (str):
        body (GoodsSubsidyMaterialsCreateRequest): 生成小店活动物料码请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyMaterialsResponse]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyMaterialsCreateRequest,
) -> GoodsSubsidyMaterialsResponse:
    """生成小店活动物料码

    生成小店活动物料码 — generates `material_num` material codes for a brand's retail
    small-shop activity; each code comes back with its ID and the link to turn into the
    activity's QR code. Only the brand's main merchant or the brand's service provider may
    call it.

    `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`). No
    lookup of generated codes is published, and a resend with a new `out_request_no`
    creates more codes.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384337

    Operation: ``create_goods_subsidy_materials`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials)

    Args:
        brand_id (str):
        body (GoodsSubsidyMaterialsCreateRequest): 生成小店活动物料码请求.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyMaterialsResponse
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
