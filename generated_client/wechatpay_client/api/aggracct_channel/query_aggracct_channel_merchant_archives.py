# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggracct_channel_merchant_archives import AggracctChannelMerchantArchives
from ...models.query_aggracct_channel_merchant_archives_req_scene import (
    QueryAggracctChannelMerchantArchivesReqScene,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_aggracct_channel_merchant_archives"


def _get_kwargs(
    *,
    mchid: str,
    bal_account_no: str,
    card_no: str | Unset = UNSET,
    sgn_no: str | Unset = UNSET,
    req_scene: QueryAggracctChannelMerchantArchivesReqScene | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    params: dict[str, Any] = {}

    params["mchid"] = mchid

    params["bal_account_no"] = bal_account_no

    params["card_no"] = card_no

    params["sgn_no"] = sgn_no

    json_req_scene: str | Unset = UNSET
    if not isinstance(req_scene, Unset):
        json_req_scene = req_scene

    params["req_scene"] = json_req_scene

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/aggracct-bc/wb-channel/account/mch_archives",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggracctChannelMerchantArchives:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, AggracctChannelMerchantArchives)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AggracctChannelMerchantArchives]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
    bal_account_no: str,
    card_no: str | Unset = UNSET,
    sgn_no: str | Unset = UNSET,
    req_scene: QueryAggracctChannelMerchantArchivesReqScene | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelMerchantArchives]:
    """查询商户资料

    查询商户资料 — reads the latest registration data WeChat Pay holds for the merchant behind
    a WeBank ledger account: the legal entity, its certificate, the legal representative and
    the beneficial owners. Read-only; safe to repeat. Limited to about 10 calls per minute per
    merchant.

    - `bal_account_no` (and `card_no`) go encrypted in the query string; pass the plaintext,
      the SDK encrypts them.
    - Names, certificate numbers and addresses in the answer arrive encrypted with the
      merchant's key; the SDK decrypts them after verifying the answer.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016642632

    Operation: ``query_aggracct_channel_merchant_archives`` (GET /v3/aggracct-bc/wb-channel/account/mch_archives)

    Args:
        mchid (str):
        bal_account_no (str):
        card_no (str | Unset):
        sgn_no (str | Unset):
        req_scene (QueryAggracctChannelMerchantArchivesReqScene | Unset):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelMerchantArchives]
    """

    kwargs = _get_kwargs(
        mchid=mchid,
        bal_account_no=bal_account_no,
        card_no=card_no,
        sgn_no=sgn_no,
        req_scene=req_scene,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
    bal_account_no: str,
    card_no: str | Unset = UNSET,
    sgn_no: str | Unset = UNSET,
    req_scene: QueryAggracctChannelMerchantArchivesReqScene | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelMerchantArchives:
    """查询商户资料

    查询商户资料 — reads the latest registration data WeChat Pay holds for the merchant behind
    a WeBank ledger account: the legal entity, its certificate, the legal representative and
    the beneficial owners. Read-only; safe to repeat. Limited to about 10 calls per minute per
    merchant.

    - `bal_account_no` (and `card_no`) go encrypted in the query string; pass the plaintext,
      the SDK encrypts them.
    - Names, certificate numbers and addresses in the answer arrive encrypted with the
      merchant's key; the SDK decrypts them after verifying the answer.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016642632

    Operation: ``query_aggracct_channel_merchant_archives`` (GET /v3/aggracct-bc/wb-channel/account/mch_archives)

    Args:
        mchid (str):
        bal_account_no (str):
        card_no (str | Unset):
        sgn_no (str | Unset):
        req_scene (QueryAggracctChannelMerchantArchivesReqScene | Unset):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelMerchantArchives
    """

    kwargs = _get_kwargs(
        mchid=mchid,
        bal_account_no=bal_account_no,
        card_no=card_no,
        sgn_no=sgn_no,
        req_scene=req_scene,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
    bal_account_no: str,
    card_no: str | Unset = UNSET,
    sgn_no: str | Unset = UNSET,
    req_scene: QueryAggracctChannelMerchantArchivesReqScene | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelMerchantArchives]:
    """查询商户资料

    查询商户资料 — reads the latest registration data WeChat Pay holds for the merchant behind
    a WeBank ledger account: the legal entity, its certificate, the legal representative and
    the beneficial owners. Read-only; safe to repeat. Limited to about 10 calls per minute per
    merchant.

    - `bal_account_no` (and `card_no`) go encrypted in the query string; pass the plaintext,
      the SDK encrypts them.
    - Names, certificate numbers and addresses in the answer arrive encrypted with the
      merchant's key; the SDK decrypts them after verifying the answer.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016642632

    Operation: ``query_aggracct_channel_merchant_archives`` (GET /v3/aggracct-bc/wb-channel/account/mch_archives)

    Args:
        mchid (str):
        bal_account_no (str):
        card_no (str | Unset):
        sgn_no (str | Unset):
        req_scene (QueryAggracctChannelMerchantArchivesReqScene | Unset):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelMerchantArchives]
    """

    kwargs = _get_kwargs(
        mchid=mchid,
        bal_account_no=bal_account_no,
        card_no=card_no,
        sgn_no=sgn_no,
        req_scene=req_scene,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
    bal_account_no: str,
    card_no: str | Unset = UNSET,
    sgn_no: str | Unset = UNSET,
    req_scene: QueryAggracctChannelMerchantArchivesReqScene | Unset = UNSET,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelMerchantArchives:
    """查询商户资料

    查询商户资料 — reads the latest registration data WeChat Pay holds for the merchant behind
    a WeBank ledger account: the legal entity, its certificate, the legal representative and
    the beneficial owners. Read-only; safe to repeat. Limited to about 10 calls per minute per
    merchant.

    - `bal_account_no` (and `card_no`) go encrypted in the query string; pass the plaintext,
      the SDK encrypts them.
    - Names, certificate numbers and addresses in the answer arrive encrypted with the
      merchant's key; the SDK decrypts them after verifying the answer.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016642632

    Operation: ``query_aggracct_channel_merchant_archives`` (GET /v3/aggracct-bc/wb-channel/account/mch_archives)

    Args:
        mchid (str):
        bal_account_no (str):
        card_no (str | Unset):
        sgn_no (str | Unset):
        req_scene (QueryAggracctChannelMerchantArchivesReqScene | Unset):
        wechatpay_serial (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelMerchantArchives
    """

    kwargs = _get_kwargs(
        mchid=mchid,
        bal_account_no=bal_account_no,
        card_no=card_no,
        sgn_no=sgn_no,
        req_scene=req_scene,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
