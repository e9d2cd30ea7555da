# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_qualification_request import GoodsSubsidyQualificationRequest
from ...models.goods_subsidy_qualification_response import GoodsSubsidyQualificationResponse
from ...types import Response

OPERATION_ID = "lock_goods_subsidy_qualification"


def _get_kwargs(
    *,
    body: GoodsSubsidyQualificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/goods-subsidy-activity/qualification/lock",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GoodsSubsidyQualificationRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsSubsidyQualificationResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyQualificationResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyQualificationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyQualificationRequest,
) -> Response[GoodsSubsidyQualificationResponse]:
    """锁定品牌加价购活动资格

    锁定品牌加价购活动资格 — reserves a user's add-on-purchase qualifications for one order,
    so they cannot be used twice while the order is being paid. `order_information`
    identifies the order (payer OpenID, merchant order number, order total in fen, store
    and store merchant); `qualification_ids` lists the qualifications to reserve.

    The answer lists `succeed_qualification_ids` and `failed_qualification_ids`. If the
    order is not completed, release the reservation with
    `unlock_goods_subsidy_qualification`. No query of qualification state is published.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``lock_goods_subsidy_qualification`` (POST /v3/marketing/goods-subsidy-activity/qualification/lock)

    Args:
        body (GoodsSubsidyQualificationRequest): 锁定/解锁品牌加价购活动资格请求 — the order and the
            qualifications to lock or unlock.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyQualificationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyQualificationRequest,
) -> GoodsSubsidyQualificationResponse:
    """锁定品牌加价购活动资格

    锁定品牌加价购活动资格 — reserves a user's add-on-purchase qualifications for one order,
    so they cannot be used twice while the order is being paid. `order_information`
    identifies the order (payer OpenID, merchant order number, order total in fen, store
    and store merchant); `qualification_ids` lists the qualifications to reserve.

    The answer lists `succeed_qualification_ids` and `failed_qualification_ids`. If the
    order is not completed, release the reservation with
    `unlock_goods_subsidy_qualification`. No query of qualification state is published.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``lock_goods_subsidy_qualification`` (POST /v3/marketing/goods-subsidy-activity/qualification/lock)

    Args:
        body (GoodsSubsidyQualificationRequest): 锁定/解锁品牌加价购活动资格请求 — the order and the
            qualifications to lock or unlock.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyQualificationResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyQualificationRequest,
) -> Response[GoodsSubsidyQualificationResponse]:
    """锁定品牌加价购活动资格

    锁定品牌加价购活动资格 — reserves a user's add-on-purchase qualifications for one order,
    so they cannot be used twice while the order is being paid. `order_information`
    identifies the order (payer OpenID, merchant order number, order total in fen, store
    and store merchant); `qualification_ids` lists the qualifications to reserve.

    The answer lists `succeed_qualification_ids` and `failed_qualification_ids`. If the
    order is not completed, release the reservation with
    `unlock_goods_subsidy_qualification`. No query of qualification state is published.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``lock_goods_subsidy_qualification`` (POST /v3/marketing/goods-subsidy-activity/qualification/lock)

    Args:
        body (GoodsSubsidyQualificationRequest): 锁定/解锁品牌加价购活动资格请求 — the order and the
            qualifications to lock or unlock.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyQualificationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GoodsSubsidyQualificationRequest,
) -> GoodsSubsidyQualificationResponse:
    """锁定品牌加价购活动资格

    锁定品牌加价购活动资格 — reserves a user's add-on-purchase qualifications for one order,
    so they cannot be used twice while the order is being paid. `order_information`
    identifies the order (payer OpenID, merchant order number, order total in fen, store
    and store merchant); `qualification_ids` lists the qualifications to reserve.

    The answer lists `succeed_qualification_ids` and `failed_qualification_ids`. If the
    order is not completed, release the reservation with
    `unlock_goods_subsidy_qualification`. No query of qualification state is published.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``lock_goods_subsidy_qualification`` (POST /v3/marketing/goods-subsidy-activity/qualification/lock)

    Args:
        body (GoodsSubsidyQualificationRequest): 锁定/解锁品牌加价购活动资格请求 — the order and the
            qualifications to lock or unlock.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyQualificationResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
