# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.merchant_store import MerchantStore
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_merchant_store"


def _get_kwargs(
    store_id: int,
    *,
    sub_mchid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/merchant-store/stores/{store_id}".format(
            store_id=quote(str(store_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MerchantStore:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MerchantStore)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MerchantStore]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_id: int,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> Response[MerchantStore]:
    """查询品牌门店

    查询品牌门店 — reads one brand store by the store ID WeChat Pay assigned to it: basic data
    (reference number, brand, name, branch), address and coordinates, phone and opening hours,
    the merchant ID that receives its payments, and its review status (with the reason when
    the address check failed). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014085769

    Operation: ``query_merchant_store`` (GET /v3/merchant-store/stores/{store_id})

    Args:
        store_id (int):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MerchantStore]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: int,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> MerchantStore:
    """查询品牌门店

    查询品牌门店 — reads one brand store by the store ID WeChat Pay assigned to it: basic data
    (reference number, brand, name, branch), address and coordinates, phone and opening hours,
    the merchant ID that receives its payments, and its review status (with the reason when
    the address check failed). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014085769

    Operation: ``query_merchant_store`` (GET /v3/merchant-store/stores/{store_id})

    Args:
        store_id (int):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MerchantStore
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    store_id: int,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> Response[MerchantStore]:
    """查询品牌门店

    查询品牌门店 — reads one brand store by the store ID WeChat Pay assigned to it: basic data
    (reference number, brand, name, branch), address and coordinates, phone and opening hours,
    the merchant ID that receives its payments, and its review status (with the reason when
    the address check failed). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014085769

    Operation: ``query_merchant_store`` (GET /v3/merchant-store/stores/{store_id})

    Args:
        store_id (int):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MerchantStore]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: int,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> MerchantStore:
    """查询品牌门店

    查询品牌门店 — reads one brand store by the store ID WeChat Pay assigned to it: basic data
    (reference number, brand, name, branch), address and coordinates, phone and opening hours,
    the merchant ID that receives its payments, and its review status (with the reason when
    the address check failed). Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014085769

    Operation: ``query_merchant_store`` (GET /v3/merchant-store/stores/{store_id})

    Args:
        store_id (int):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MerchantStore
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
