# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_representative_add_request import GoodsSubsidyRepresentativeAddRequest
from ...models.goods_subsidy_representative_add_response import GoodsSubsidyRepresentativeAddResponse
from ...types import Response

OPERATION_ID = "add_goods_subsidy_representatives"


def _get_kwargs(
    activity_id: str,
    *,
    body: GoodsSubsidyRepresentativeAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GoodsSubsidyRepresentativeAddRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsSubsidyRepresentativeAddResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyRepresentativeAddResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyRepresentativeAddResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyRepresentativeAddRequest,
) -> Response[GoodsSubsidyRepresentativeAddResponse]:
    """添加零售小店活动业务代理

    添加零售小店活动业务代理 — adds business representatives (业务代理, identified by
    OpenID) to a retail small-shop activity. Only the merchant that created the activity,
    the brand's main merchant or the brand's operating merchant may call it.

    - `out_request_no` identifies this request and must be unique on the merchant's side
      (letters, digits, `|_*-`).
    - To keep changes in order, set `add_time` to the current time on every call.
    - Representatives that could not be added come back in
      `failed_representative_info_list`.
    - After an unclear outcome, list the activity's representatives with
      `list_goods_subsidy_representatives` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384327

    Operation: ``add_goods_subsidy_representatives`` (PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative)

    Args:
        activity_id (str):
        body (GoodsSubsidyRepresentativeAddRequest): 添加零售小店活动业务代理请求 — the representatives to add.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyRepresentativeAddResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyRepresentativeAddRequest,
) -> GoodsSubsidyRepresentativeAddResponse:
    """添加零售小店活动业务代理

    添加零售小店活动业务代理 — adds business representatives (业务代理, identified by
    OpenID) to a retail small-shop activity. Only the merchant that created the activity,
    the brand's main merchant or the brand's operating merchant may call it.

    - `out_request_no` identifies this request and must be unique on the merchant's side
      (letters, digits, `|_*-`).
    - To keep changes in order, set `add_time` to the current time on every call.
    - Representatives that could not be added come back in
      `failed_representative_info_list`.
    - After an unclear outcome, list the activity's representatives with
      `list_goods_subsidy_representatives` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384327

    Operation: ``add_goods_subsidy_representatives`` (PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative)

    Args:
        activity_id (str):
        body (GoodsSubsidyRepresentativeAddRequest): 添加零售小店活动业务代理请求 — the representatives to add.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyRepresentativeAddResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyRepresentativeAddRequest,
) -> Response[GoodsSubsidyRepresentativeAddResponse]:
    """添加零售小店活动业务代理

    添加零售小店活动业务代理 — adds business representatives (业务代理, identified by
    OpenID) to a retail small-shop activity. Only the merchant that created the activity,
    the brand's main merchant or the brand's operating merchant may call it.

    - `out_request_no` identifies this request and must be unique on the merchant's side
      (letters, digits, `|_*-`).
    - To keep changes in order, set `add_time` to the current time on every call.
    - Representatives that could not be added come back in
      `failed_representative_info_list`.
    - After an unclear outcome, list the activity's representatives with
      `list_goods_subsidy_representatives` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384327

    Operation: ``add_goods_subsidy_representatives`` (PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative)

    Args:
        activity_id (str):
        body (GoodsSubsidyRepresentativeAddRequest): 添加零售小店活动业务代理请求 — the representatives to add.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyRepresentativeAddResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyRepresentativeAddRequest,
) -> GoodsSubsidyRepresentativeAddResponse:
    """添加零售小店活动业务代理

    添加零售小店活动业务代理 — adds business representatives (业务代理, identified by
    OpenID) to a retail small-shop activity. Only the merchant that created the activity,
    the brand's main merchant or the brand's operating merchant may call it.

    - `out_request_no` identifies this request and must be unique on the merchant's side
      (letters, digits, `|_*-`).
    - To keep changes in order, set `add_time` to the current time on every call.
    - Representatives that could not be added come back in
      `failed_representative_info_list`.
    - After an unclear outcome, list the activity's representatives with
      `list_goods_subsidy_representatives` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384327

    Operation: ``add_goods_subsidy_representatives`` (PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative)

    Args:
        activity_id (str):
        body (GoodsSubsidyRepresentativeAddRequest): 添加零售小店活动业务代理请求 — the representatives to add.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyRepresentativeAddResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
