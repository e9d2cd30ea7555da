# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lovefeast_brand import LovefeastBrand
from ...types import Response

OPERATION_ID = "query_lovefeast_brand"


def _get_kwargs(
    brand_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/lovefeast/brands/{brand_id}".format(
            brand_id=quote(str(brand_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LovefeastBrand:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, LovefeastBrand)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LovefeastBrand]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LovefeastBrand]:
    """查询爱心餐品牌信息

    查询爱心餐品牌信息 — reads the charity-meal totals of a brand: how many donations its users
    made and, for participating brands, how many meals were served to sanitation workers.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``query_lovefeast_brand`` (GET /v3/lovefeast/brands/{brand_id})

    Args:
        brand_id (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[LovefeastBrand]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> LovefeastBrand:
    """查询爱心餐品牌信息

    查询爱心餐品牌信息 — reads the charity-meal totals of a brand: how many donations its users
    made and, for participating brands, how many meals were served to sanitation workers.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``query_lovefeast_brand`` (GET /v3/lovefeast/brands/{brand_id})

    Args:
        brand_id (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        LovefeastBrand
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    brand_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LovefeastBrand]:
    """查询爱心餐品牌信息

    查询爱心餐品牌信息 — reads the charity-meal totals of a brand: how many donations its users
    made and, for participating brands, how many meals were served to sanitation workers.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``query_lovefeast_brand`` (GET /v3/lovefeast/brands/{brand_id})

    Args:
        brand_id (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[LovefeastBrand]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> LovefeastBrand:
    """查询爱心餐品牌信息

    查询爱心餐品牌信息 — reads the charity-meal totals of a brand: how many donations its users
    made and, for participating brands, how many meals were served to sanitation workers.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

    Operation: ``query_lovefeast_brand`` (GET /v3/lovefeast/brands/{brand_id})

    Args:
        brand_id (int):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        LovefeastBrand
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
