# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_store import GoodsSubsidyStore
from ...types import Response

OPERATION_ID = "query_goods_subsidy_store"


def _get_kwargs(
    brand_id: str,
    store_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}".format(
            brand_id=quote(str(brand_id), safe=""),
            store_code=quote(str(store_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GoodsSubsidyStore:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyStore)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GoodsSubsidyStore]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: str,
    store_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GoodsSubsidyStore]:
    """查询小店活动门店详情

    查询小店活动门店详情 — reads one store of a brand's retail small-shop activity by its
    store code. Same callers as `add_goods_subsidy_stores`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384379

    Operation: ``query_goods_subsidy_store`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code})

    Args:
        brand_id (str):
        store_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyStore]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        store_code=store_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_id: str,
    store_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> GoodsSubsidyStore:
    """查询小店活动门店详情

    查询小店活动门店详情 — reads one store of a brand's retail small-shop activity by its
    store code. Same callers as `add_goods_subsidy_stores`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384379

    Operation: ``query_goods_subsidy_store`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code})

    Args:
        brand_id (str):
        store_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyStore
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        store_code=store_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    brand_id: str,
    store_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GoodsSubsidyStore]:
    """查询小店活动门店详情

    查询小店活动门店详情 — reads one store of a brand's retail small-shop activity by its
    store code. Same callers as `add_goods_subsidy_stores`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384379

    Operation: ``query_goods_subsidy_store`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code})

    Args:
        brand_id (str):
        store_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyStore]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        store_code=store_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_id: str,
    store_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> GoodsSubsidyStore:
    """查询小店活动门店详情

    查询小店活动门店详情 — reads one store of a brand's retail small-shop activity by its
    store code. Same callers as `add_goods_subsidy_stores`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384379

    Operation: ``query_goods_subsidy_store`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code})

    Args:
        brand_id (str):
        store_code (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyStore
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        store_code=store_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
