# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_tax_code_list import FapiaoTaxCodeList
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_fapiao_tax_codes"


def _get_kwargs(
    *,
    sub_mchid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/new-tax-control-fapiao/merchant/tax-codes",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FapiaoTaxCodeList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FapiaoTaxCodeList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FapiaoTaxCodeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> Response[FapiaoTaxCodeList]:
    """获取商户可开具的商品和服务税收分类编码对照表

    获取商户可开具的商品和服务税收分类编码对照表 — pages through the goods the merchant
    configured in the fapiao merchant platform, each with its tax classification code
    (`tax_code`), tax rate (units of 1/10000) and tax-preference mark. A line of
    `issue_fapiao` that uses a configured good takes its `tax_code` and `goods_id` from
    here. Paginated by `offset`/`limit`; follow `links.next` or raise `offset` until
    `total_count` is reached. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538236

    Operation: ``list_fapiao_tax_codes`` (GET /v3/new-tax-control-fapiao/merchant/tax-codes)

    Args:
        sub_mchid (str | Unset):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoTaxCodeList]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> FapiaoTaxCodeList:
    """获取商户可开具的商品和服务税收分类编码对照表

    获取商户可开具的商品和服务税收分类编码对照表 — pages through the goods the merchant
    configured in the fapiao merchant platform, each with its tax classification code
    (`tax_code`), tax rate (units of 1/10000) and tax-preference mark. A line of
    `issue_fapiao` that uses a configured good takes its `tax_code` and `goods_id` from
    here. Paginated by `offset`/`limit`; follow `links.next` or raise `offset` until
    `total_count` is reached. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538236

    Operation: ``list_fapiao_tax_codes`` (GET /v3/new-tax-control-fapiao/merchant/tax-codes)

    Args:
        sub_mchid (str | Unset):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoTaxCodeList
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> Response[FapiaoTaxCodeList]:
    """获取商户可开具的商品和服务税收分类编码对照表

    获取商户可开具的商品和服务税收分类编码对照表 — pages through the goods the merchant
    configured in the fapiao merchant platform, each with its tax classification code
    (`tax_code`), tax rate (units of 1/10000) and tax-preference mark. A line of
    `issue_fapiao` that uses a configured good takes its `tax_code` and `goods_id` from
    here. Paginated by `offset`/`limit`; follow `links.next` or raise `offset` until
    `total_count` is reached. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538236

    Operation: ``list_fapiao_tax_codes`` (GET /v3/new-tax-control-fapiao/merchant/tax-codes)

    Args:
        sub_mchid (str | Unset):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoTaxCodeList]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    offset: int,
    limit: int,
) -> FapiaoTaxCodeList:
    """获取商户可开具的商品和服务税收分类编码对照表

    获取商户可开具的商品和服务税收分类编码对照表 — pages through the goods the merchant
    configured in the fapiao merchant platform, each with its tax classification code
    (`tax_code`), tax rate (units of 1/10000) and tax-preference mark. A line of
    `issue_fapiao` that uses a configured good takes its `tax_code` and `goods_id` from
    here. Paginated by `offset`/`limit`; follow `links.next` or raise `offset` until
    `total_count` is reached. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538236

    Operation: ``list_fapiao_tax_codes`` (GET /v3/new-tax-control-fapiao/merchant/tax-codes)

    Args:
        sub_mchid (str | Unset):
        offset (int):
        limit (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoTaxCodeList
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
