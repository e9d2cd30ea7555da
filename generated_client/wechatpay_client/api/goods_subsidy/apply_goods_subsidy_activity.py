# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_subsidy_apply_request import GoodsSubsidyApplyRequest
from ...models.goods_subsidy_apply_response import GoodsSubsidyApplyResponse
from ...types import Response

OPERATION_ID = "apply_goods_subsidy_activity"


def _get_kwargs(
    activity_id: str,
    *,
    body: GoodsSubsidyApplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GoodsSubsidyApplyRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GoodsSubsidyApplyResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GoodsSubsidyApplyResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsSubsidyApplyResponse]:
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
    body: GoodsSubsidyApplyRequest,
) -> Response[GoodsSubsidyApplyResponse]:
    """门店报名品牌加价购活动

    门店报名品牌加价购活动 — enrols one or more stores in a brand add-on-purchase activity.
    `caller_merchant_id` is the merchant making the call; each entry of `apply_infos`
    names the store (`store_id`), the merchant that receives the store's subsidy
    (`accounting_merchant_id`) and the store's own merchant ID, plus the goods' original
    price in fen (shown in the add-on-purchase mini-program plug-in).

    The answer splits the entries into `succeed_apply_infos` and `failed_apply_infos`
    (with `return_message`); a call can partly succeed. No lookup of enrolments is
    published, so an unclear outcome cannot be checked: resending enrols again or reports
    the stores as failed.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``apply_goods_subsidy_activity`` (POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply)

    Args:
        activity_id (str):
        body (GoodsSubsidyApplyRequest): 门店报名品牌加价购活动请求 — the stores to enrol.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyApplyResponse]
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
    body: GoodsSubsidyApplyRequest,
) -> GoodsSubsidyApplyResponse:
    """门店报名品牌加价购活动

    门店报名品牌加价购活动 — enrols one or more stores in a brand add-on-purchase activity.
    `caller_merchant_id` is the merchant making the call; each entry of `apply_infos`
    names the store (`store_id`), the merchant that receives the store's subsidy
    (`accounting_merchant_id`) and the store's own merchant ID, plus the goods' original
    price in fen (shown in the add-on-purchase mini-program plug-in).

    The answer splits the entries into `succeed_apply_infos` and `failed_apply_infos`
    (with `return_message`); a call can partly succeed. No lookup of enrolments is
    published, so an unclear outcome cannot be checked: resending enrols again or reports
    the stores as failed.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``apply_goods_subsidy_activity`` (POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply)

    Args:
        activity_id (str):
        body (GoodsSubsidyApplyRequest): 门店报名品牌加价购活动请求 — the stores to enrol.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyApplyResponse
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
    body: GoodsSubsidyApplyRequest,
) -> Response[GoodsSubsidyApplyResponse]:
    """门店报名品牌加价购活动

    门店报名品牌加价购活动 — enrols one or more stores in a brand add-on-purchase activity.
    `caller_merchant_id` is the merchant making the call; each entry of `apply_infos`
    names the store (`store_id`), the merchant that receives the store's subsidy
    (`accounting_merchant_id`) and the store's own merchant ID, plus the goods' original
    price in fen (shown in the add-on-purchase mini-program plug-in).

    The answer splits the entries into `succeed_apply_infos` and `failed_apply_infos`
    (with `return_message`); a call can partly succeed. No lookup of enrolments is
    published, so an unclear outcome cannot be checked: resending enrols again or reports
    the stores as failed.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``apply_goods_subsidy_activity`` (POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply)

    Args:
        activity_id (str):
        body (GoodsSubsidyApplyRequest): 门店报名品牌加价购活动请求 — the stores to enrol.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GoodsSubsidyApplyResponse]
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
    body: GoodsSubsidyApplyRequest,
) -> GoodsSubsidyApplyResponse:
    """门店报名品牌加价购活动

    门店报名品牌加价购活动 — enrols one or more stores in a brand add-on-purchase activity.
    `caller_merchant_id` is the merchant making the call; each entry of `apply_infos`
    names the store (`store_id`), the merchant that receives the store's subsidy
    (`accounting_merchant_id`) and the store's own merchant ID, plus the goods' original
    price in fen (shown in the add-on-purchase mini-program plug-in).

    The answer splits the entries into `succeed_apply_infos` and `failed_apply_infos`
    (with `return_message`); a call can partly succeed. No lookup of enrolments is
    published, so an unclear outcome cannot be checked: resending enrols again or reports
    the stores as failed.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

    Operation: ``apply_goods_subsidy_activity`` (POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply)

    Args:
        activity_id (str):
        body (GoodsSubsidyApplyRequest): 门店报名品牌加价购活动请求 — the stores to enrol.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GoodsSubsidyApplyResponse
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
