# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_merchant_base_information import FapiaoMerchantBaseInformation
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_fapiao_merchant_base_information"


def _get_kwargs(
    *,
    sub_mchid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/new-tax-control-fapiao/merchant/base-information",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FapiaoMerchantBaseInformation:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FapiaoMerchantBaseInformation)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FapiaoMerchantBaseInformation]:
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
) -> Response[FapiaoMerchantBaseInformation]:
    """获取商户开票基础信息

    获取商户开票基础信息 — reads the invoicing settings the merchant keeps in the merchant
    platform: the seller details printed on its fapiao (name, taxpayer ID, address, phone,
    bank) and the payee, reviewer and drawer names. Useful to fill `seller_information` and
    `extra_information` of `insert_fapiao_cards`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538180

    Operation: ``query_fapiao_merchant_base_information`` (GET /v3/new-tax-control-fapiao/merchant/base-information)

    Args:
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoMerchantBaseInformation]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> FapiaoMerchantBaseInformation:
    """获取商户开票基础信息

    获取商户开票基础信息 — reads the invoicing settings the merchant keeps in the merchant
    platform: the seller details printed on its fapiao (name, taxpayer ID, address, phone,
    bank) and the payee, reviewer and drawer names. Useful to fill `seller_information` and
    `extra_information` of `insert_fapiao_cards`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538180

    Operation: ``query_fapiao_merchant_base_information`` (GET /v3/new-tax-control-fapiao/merchant/base-information)

    Args:
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoMerchantBaseInformation
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> Response[FapiaoMerchantBaseInformation]:
    """获取商户开票基础信息

    获取商户开票基础信息 — reads the invoicing settings the merchant keeps in the merchant
    platform: the seller details printed on its fapiao (name, taxpayer ID, address, phone,
    bank) and the payee, reviewer and drawer names. Useful to fill `seller_information` and
    `extra_information` of `insert_fapiao_cards`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538180

    Operation: ``query_fapiao_merchant_base_information`` (GET /v3/new-tax-control-fapiao/merchant/base-information)

    Args:
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoMerchantBaseInformation]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> FapiaoMerchantBaseInformation:
    """获取商户开票基础信息

    获取商户开票基础信息 — reads the invoicing settings the merchant keeps in the merchant
    platform: the seller details printed on its fapiao (name, taxpayer ID, address, phone,
    bank) and the payee, reviewer and drawer names. Useful to fill `seller_information` and
    `extra_information` of `insert_fapiao_cards`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538180

    Operation: ``query_fapiao_merchant_base_information`` (GET /v3/new-tax-control-fapiao/merchant/base-information)

    Args:
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoMerchantBaseInformation
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
