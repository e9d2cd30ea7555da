# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggracct_channel_merchant_media import AggracctChannelMerchantMedia
from ...models.query_aggracct_channel_merchant_media_business_scene import (
    QueryAggracctChannelMerchantMediaBusinessScene,
)
from ...models.query_aggracct_channel_merchant_media_mch_media_type import (
    QueryAggracctChannelMerchantMediaMchMediaType,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_aggracct_channel_merchant_media"


def _get_kwargs(
    *,
    mchid: str | Unset = UNSET,
    platform_trx_id: str | Unset = UNSET,
    business_scene: QueryAggracctChannelMerchantMediaBusinessScene,
    mch_media_type: QueryAggracctChannelMerchantMediaMchMediaType | Unset = UNSET,
    media_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mchid"] = mchid

    params["platform_trx_id"] = platform_trx_id

    json_business_scene: str = business_scene
    params["business_scene"] = json_business_scene

    json_mch_media_type: str | Unset = UNSET
    if not isinstance(mch_media_type, Unset):
        json_mch_media_type = mch_media_type

    params["mch_media_type"] = json_mch_media_type

    params["media_id"] = media_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/aggracct-bc/wb-channel/account/mch_media",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AggracctChannelMerchantMedia:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, AggracctChannelMerchantMedia)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AggracctChannelMerchantMedia]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mchid: str | Unset = UNSET,
    platform_trx_id: str | Unset = UNSET,
    business_scene: QueryAggracctChannelMerchantMediaBusinessScene,
    mch_media_type: QueryAggracctChannelMerchantMediaMchMediaType | Unset = UNSET,
    media_id: str | Unset = UNSET,
) -> Response[AggracctChannelMerchantMedia]:
    """查询商户影像件资料

    查询商户影像件资料 — downloads one image of a merchant's registration file (an ID card side
    or a shop photo) as JSON: the content, its type, an SM3 digest and the SM4 key that goes
    with it. Pick the image by `business_scene` plus `platform_trx_id`/`mch_media_type`, or
    directly by `media_id` with `business_scene=GET_BY_MEDIA_ID`. Read-only; safe to repeat
    (about 100 calls per minute in total).

    This is a query that returns a JSON body, not a multipart upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4025779210

    Operation: ``query_aggracct_channel_merchant_media`` (GET /v3/aggracct-bc/wb-channel/account/mch_media)

    Args:
        mchid (str | Unset):
        platform_trx_id (str | Unset):
        business_scene (QueryAggracctChannelMerchantMediaBusinessScene):
        mch_media_type (QueryAggracctChannelMerchantMediaMchMediaType | Unset):
        media_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelMerchantMedia]
    """

    kwargs = _get_kwargs(
        mchid=mchid,
        platform_trx_id=platform_trx_id,
        business_scene=business_scene,
        mch_media_type=mch_media_type,
        media_id=media_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mchid: str | Unset = UNSET,
    platform_trx_id: str | Unset = UNSET,
    business_scene: QueryAggracctChannelMerchantMediaBusinessScene,
    mch_media_type: QueryAggracctChannelMerchantMediaMchMediaType | Unset = UNSET,
    media_id: str | Unset = UNSET,
) -> AggracctChannelMerchantMedia:
    """查询商户影像件资料

    查询商户影像件资料 — downloads one image of a merchant's registration file (an ID card side
    or a shop photo) as JSON: the content, its type, an SM3 digest and the SM4 key that goes
    with it. Pick the image by `business_scene` plus `platform_trx_id`/`mch_media_type`, or
    directly by `media_id` with `business_scene=GET_BY_MEDIA_ID`. Read-only; safe to repeat
    (about 100 calls per minute in total).

    This is a query that returns a JSON body, not a multipart upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4025779210

    Operation: ``query_aggracct_channel_merchant_media`` (GET /v3/aggracct-bc/wb-channel/account/mch_media)

    Args:
        mchid (str | Unset):
        platform_trx_id (str | Unset):
        business_scene (QueryAggracctChannelMerchantMediaBusinessScene):
        mch_media_type (QueryAggracctChannelMerchantMediaMchMediaType | Unset):
        media_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelMerchantMedia
    """

    kwargs = _get_kwargs(
        mchid=mchid,
        platform_trx_id=platform_trx_id,
        business_scene=business_scene,
        mch_media_type=mch_media_type,
        media_id=media_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mchid: str | Unset = UNSET,
    platform_trx_id: str | Unset = UNSET,
    business_scene: QueryAggracctChannelMerchantMediaBusinessScene,
    mch_media_type: QueryAggracctChannelMerchantMediaMchMediaType | Unset = UNSET,
    media_id: str | Unset = UNSET,
) -> Response[AggracctChannelMerchantMedia]:
    """查询商户影像件资料

    查询商户影像件资料 — downloads one image of a merchant's registration file (an ID card side
    or a shop photo) as JSON: the content, its type, an SM3 digest and the SM4 key that goes
    with it. Pick the image by `business_scene` plus `platform_trx_id`/`mch_media_type`, or
    directly by `media_id` with `business_scene=GET_BY_MEDIA_ID`. Read-only; safe to repeat
    (about 100 calls per minute in total).

    This is a query that returns a JSON body, not a multipart upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4025779210

    Operation: ``query_aggracct_channel_merchant_media`` (GET /v3/aggracct-bc/wb-channel/account/mch_media)

    Args:
        mchid (str | Unset):
        platform_trx_id (str | Unset):
        business_scene (QueryAggracctChannelMerchantMediaBusinessScene):
        mch_media_type (QueryAggracctChannelMerchantMediaMchMediaType | Unset):
        media_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelMerchantMedia]
    """

    kwargs = _get_kwargs(
        mchid=mchid,
        platform_trx_id=platform_trx_id,
        business_scene=business_scene,
        mch_media_type=mch_media_type,
        media_id=media_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mchid: str | Unset = UNSET,
    platform_trx_id: str | Unset = UNSET,
    business_scene: QueryAggracctChannelMerchantMediaBusinessScene,
    mch_media_type: QueryAggracctChannelMerchantMediaMchMediaType | Unset = UNSET,
    media_id: str | Unset = UNSET,
) -> AggracctChannelMerchantMedia:
    """查询商户影像件资料

    查询商户影像件资料 — downloads one image of a merchant's registration file (an ID card side
    or a shop photo) as JSON: the content, its type, an SM3 digest and the SM4 key that goes
    with it. Pick the image by `business_scene` plus `platform_trx_id`/`mch_media_type`, or
    directly by `media_id` with `business_scene=GET_BY_MEDIA_ID`. Read-only; safe to repeat
    (about 100 calls per minute in total).

    This is a query that returns a JSON body, not a multipart upload.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4025779210

    Operation: ``query_aggracct_channel_merchant_media`` (GET /v3/aggracct-bc/wb-channel/account/mch_media)

    Args:
        mchid (str | Unset):
        platform_trx_id (str | Unset):
        business_scene (QueryAggracctChannelMerchantMediaBusinessScene):
        mch_media_type (QueryAggracctChannelMerchantMediaMchMediaType | Unset):
        media_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelMerchantMedia
    """

    kwargs = _get_kwargs(
        mchid=mchid,
        platform_trx_id=platform_trx_id,
        business_scene=business_scene,
        mch_media_type=mch_media_type,
        media_id=media_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
