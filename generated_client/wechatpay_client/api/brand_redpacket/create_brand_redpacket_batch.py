# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.brand_redpacket_batch_create_request import BrandRedpacketBatchCreateRequest
from ...models.brand_redpacket_batch_create_response import BrandRedpacketBatchCreateResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_brand_redpacket_batch"


def _get_kwargs(
    *,
    body: BrandRedpacketBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/fund-app/brand-redpacket/brand-merchant-batches",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BrandRedpacketBatchCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BrandRedpacketBatchCreateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BrandRedpacketBatchCreateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BrandRedpacketBatchCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BrandRedpacketBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[BrandRedpacketBatchCreateResponse]:
    """品牌商户发放红包

    品牌商户发放红包 — sends brand red packets to 1 to 10 users in one batch, from the brand
    merchant's funds, using a red-packet template configured in the merchant platform
    (`template_id`) and the brand's AppID (`brand_appid`, bound to `brand_id`). A sent batch
    cannot be cancelled. The caller's IP must be on the merchant's API allow-list.

    - `total_amount` and `total_num` must equal the sum and the count of `detail_list`;
      amounts are in fen.
    - `user_name` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. A name is needed for a detail of 2,000 yuan or more, and either
      every detail of a batch carries one or none does.
    - The answer only says the batch was accepted (`batch_state`, often `ACCEPTED`; a batch
      that needs a merchant employee's confirmation is `WAIT_PAY`). WeChat Pay pays the
      details within about an hour; a batch not confirmed or not funded within 24 hours is
      closed. No callback is sent: poll `query_brand_redpacket_batch_by_out_batch_no` (at
      least a minute apart), then read the details once the batch is `FINISHED`.
    - WeChat Pay treats each new `out_batch_no` of the merchant as a new batch. After an
      error, a timeout or a 5XX, never switch to a new `out_batch_no`: look the batch up with
      `query_brand_redpacket_batch_by_out_batch_no` and resend only with the same
      `out_batch_no` and identical parameters, or change the number only once the batch is
      confirmed closed. The documented rate limit is 50 requests per second per merchant.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310358

    Operation: ``create_brand_redpacket_batch`` (POST /v3/fund-app/brand-redpacket/brand-merchant-batches)

    Args:
        wechatpay_serial (str | Unset):
        body (BrandRedpacketBatchCreateRequest): 品牌商户发放红包请求 — one batch of brand red packets.
            `detail_list[].user_name` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BrandRedpacketBatchCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BrandRedpacketBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> BrandRedpacketBatchCreateResponse:
    """品牌商户发放红包

    品牌商户发放红包 — sends brand red packets to 1 to 10 users in one batch, from the brand
    merchant's funds, using a red-packet template configured in the merchant platform
    (`template_id`) and the brand's AppID (`brand_appid`, bound to `brand_id`). A sent batch
    cannot be cancelled. The caller's IP must be on the merchant's API allow-list.

    - `total_amount` and `total_num` must equal the sum and the count of `detail_list`;
      amounts are in fen.
    - `user_name` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. A name is needed for a detail of 2,000 yuan or more, and either
      every detail of a batch carries one or none does.
    - The answer only says the batch was accepted (`batch_state`, often `ACCEPTED`; a batch
      that needs a merchant employee's confirmation is `WAIT_PAY`). WeChat Pay pays the
      details within about an hour; a batch not confirmed or not funded within 24 hours is
      closed. No callback is sent: poll `query_brand_redpacket_batch_by_out_batch_no` (at
      least a minute apart), then read the details once the batch is `FINISHED`.
    - WeChat Pay treats each new `out_batch_no` of the merchant as a new batch. After an
      error, a timeout or a 5XX, never switch to a new `out_batch_no`: look the batch up with
      `query_brand_redpacket_batch_by_out_batch_no` and resend only with the same
      `out_batch_no` and identical parameters, or change the number only once the batch is
      confirmed closed. The documented rate limit is 50 requests per second per merchant.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310358

    Operation: ``create_brand_redpacket_batch`` (POST /v3/fund-app/brand-redpacket/brand-merchant-batches)

    Args:
        wechatpay_serial (str | Unset):
        body (BrandRedpacketBatchCreateRequest): 品牌商户发放红包请求 — one batch of brand red packets.
            `detail_list[].user_name` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BrandRedpacketBatchCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BrandRedpacketBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[BrandRedpacketBatchCreateResponse]:
    """品牌商户发放红包

    品牌商户发放红包 — sends brand red packets to 1 to 10 users in one batch, from the brand
    merchant's funds, using a red-packet template configured in the merchant platform
    (`template_id`) and the brand's AppID (`brand_appid`, bound to `brand_id`). A sent batch
    cannot be cancelled. The caller's IP must be on the merchant's API allow-list.

    - `total_amount` and `total_num` must equal the sum and the count of `detail_list`;
      amounts are in fen.
    - `user_name` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. A name is needed for a detail of 2,000 yuan or more, and either
      every detail of a batch carries one or none does.
    - The answer only says the batch was accepted (`batch_state`, often `ACCEPTED`; a batch
      that needs a merchant employee's confirmation is `WAIT_PAY`). WeChat Pay pays the
      details within about an hour; a batch not confirmed or not funded within 24 hours is
      closed. No callback is sent: poll `query_brand_redpacket_batch_by_out_batch_no` (at
      least a minute apart), then read the details once the batch is `FINISHED`.
    - WeChat Pay treats each new `out_batch_no` of the merchant as a new batch. After an
      error, a timeout or a 5XX, never switch to a new `out_batch_no`: look the batch up with
      `query_brand_redpacket_batch_by_out_batch_no` and resend only with the same
      `out_batch_no` and identical parameters, or change the number only once the batch is
      confirmed closed. The documented rate limit is 50 requests per second per merchant.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310358

    Operation: ``create_brand_redpacket_batch`` (POST /v3/fund-app/brand-redpacket/brand-merchant-batches)

    Args:
        wechatpay_serial (str | Unset):
        body (BrandRedpacketBatchCreateRequest): 品牌商户发放红包请求 — one batch of brand red packets.
            `detail_list[].user_name` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BrandRedpacketBatchCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BrandRedpacketBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> BrandRedpacketBatchCreateResponse:
    """品牌商户发放红包

    品牌商户发放红包 — sends brand red packets to 1 to 10 users in one batch, from the brand
    merchant's funds, using a red-packet template configured in the merchant platform
    (`template_id`) and the brand's AppID (`brand_appid`, bound to `brand_id`). A sent batch
    cannot be cancelled. The caller's IP must be on the merchant's API allow-list.

    - `total_amount` and `total_num` must equal the sum and the count of `detail_list`;
      amounts are in fen.
    - `user_name` is sensitive: pass plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. A name is needed for a detail of 2,000 yuan or more, and either
      every detail of a batch carries one or none does.
    - The answer only says the batch was accepted (`batch_state`, often `ACCEPTED`; a batch
      that needs a merchant employee's confirmation is `WAIT_PAY`). WeChat Pay pays the
      details within about an hour; a batch not confirmed or not funded within 24 hours is
      closed. No callback is sent: poll `query_brand_redpacket_batch_by_out_batch_no` (at
      least a minute apart), then read the details once the batch is `FINISHED`.
    - WeChat Pay treats each new `out_batch_no` of the merchant as a new batch. After an
      error, a timeout or a 5XX, never switch to a new `out_batch_no`: look the batch up with
      `query_brand_redpacket_batch_by_out_batch_no` and resend only with the same
      `out_batch_no` and identical parameters, or change the number only once the batch is
      confirmed closed. The documented rate limit is 50 requests per second per merchant.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014310358

    Operation: ``create_brand_redpacket_batch`` (POST /v3/fund-app/brand-redpacket/brand-merchant-batches)

    Args:
        wechatpay_serial (str | Unset):
        body (BrandRedpacketBatchCreateRequest): 品牌商户发放红包请求 — one batch of brand red packets.
            `detail_list[].user_name` is encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BrandRedpacketBatchCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
