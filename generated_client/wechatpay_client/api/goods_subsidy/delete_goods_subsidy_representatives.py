# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_representative_delete_request import GoodsSubsidyRepresentativeDeleteRequest
from ...models.goods_subsidy_representative_delete_response import GoodsSubsidyRepresentativeDeleteResponse
from ...types import Response

OPERATION_ID = "delete_goods_subsidy_representatives"


def _get_kwargs(
    activity_id: str,
    *,
    body: GoodsSubsidyRepresentativeDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GoodsSubsidyRepresentativeDeleteRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsSubsidyRepresentativeDeleteResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyRepresentativeDeleteResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyRepresentativeDeleteResponse]:
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
    body: GoodsSubsidyRepresentativeDeleteRequest,
) -> Response[GoodsSubsidyRepresentativeDeleteResponse]:
    """删除零售小店活动业务代理

    删除零售小店活动业务代理 — removes business representatives (by the OpenIDs used when
    they were added) from a retail small-shop activity. Same callers as
    `add_goods_subsidy_representatives`. Note the method: `DELETE` with a JSON body.

    - `out_request_no` must be unique on the merchant's side; set `delete_time` to the
      current time on every call.
    - Representatives that could not be removed come back in
      `failed_representative_info_list`.
    - After an unclear outcome, check with `list_goods_subsidy_representatives`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384344

    Operation: ``delete_goods_subsidy_representatives`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative)

    Args:
        activity_id (str):
        body (GoodsSubsidyRepresentativeDeleteRequest): 删除零售小店活动业务代理请求 — the representatives to
            remove.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyRepresentativeDeleteResponse]
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
    body: GoodsSubsidyRepresentativeDeleteRequest,
) -> GoodsSubsidyRepresentativeDeleteResponse:
    """删除零售小店活动业务代理

    删除零售小店活动业务代理 — removes business representatives (by the OpenIDs used when
    they were added) from a retail small-shop activity. Same callers as
    `add_goods_subsidy_representatives`. Note the method: `DELETE` with a JSON body.

    - `out_request_no` must be unique on the merchant's side; set `delete_time` to the
      current time on every call.
    - Representatives that could not be removed come back in
      `failed_representative_info_list`.
    - After an unclear outcome, check with `list_goods_subsidy_representatives`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384344

    Operation: ``delete_goods_subsidy_representatives`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative)

    Args:
        activity_id (str):
        body (GoodsSubsidyRepresentativeDeleteRequest): 删除零售小店活动业务代理请求 — the representatives to
            remove.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyRepresentativeDeleteResponse
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
    body: GoodsSubsidyRepresentativeDeleteRequest,
) -> Response[GoodsSubsidyRepresentativeDeleteResponse]:
    """删除零售小店活动业务代理

    删除零售小店活动业务代理 — removes business representatives (by the OpenIDs used when
    they were added) from a retail small-shop activity. Same callers as
    `add_goods_subsidy_representatives`. Note the method: `DELETE` with a JSON body.

    - `out_request_no` must be unique on the merchant's side; set `delete_time` to the
      current time on every call.
    - Representatives that could not be removed come back in
      `failed_representative_info_list`.
    - After an unclear outcome, check with `list_goods_subsidy_representatives`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384344

    Operation: ``delete_goods_subsidy_representatives`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative)

    Args:
        activity_id (str):
        body (GoodsSubsidyRepresentativeDeleteRequest): 删除零售小店活动业务代理请求 — the representatives to
            remove.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyRepresentativeDeleteResponse]
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
    body: GoodsSubsidyRepresentativeDeleteRequest,
) -> GoodsSubsidyRepresentativeDeleteResponse:
    """删除零售小店活动业务代理

    删除零售小店活动业务代理 — removes business representatives (by the OpenIDs used when
    they were added) from a retail small-shop activity. Same callers as
    `add_goods_subsidy_representatives`. Note the method: `DELETE` with a JSON body.

    - `out_request_no` must be unique on the merchant's side; set `delete_time` to the
      current time on every call.
    - Representatives that could not be removed come back in
      `failed_representative_info_list`.
    - After an unclear outcome, check with `list_goods_subsidy_representatives`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384344

    Operation: ``delete_goods_subsidy_representatives`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative)

    Args:
        activity_id (str):
        body (GoodsSubsidyRepresentativeDeleteRequest): 删除零售小店活动业务代理请求 — the representatives to
            remove.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyRepresentativeDeleteResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
