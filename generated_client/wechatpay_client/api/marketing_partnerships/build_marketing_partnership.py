# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.marketing_partnership_build_request import MarketingPartnershipBuildRequest
from ...models.marketing_partnership_build_response import MarketingPartnershipBuildResponse
from ...types import Response

OPERATION_ID = "build_marketing_partnership"


def _get_kwargs(
    *,
    body: MarketingPartnershipBuildRequest,
    idempotency_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/partnerships/build",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MarketingPartnershipBuildRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketingPartnershipBuildResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MarketingPartnershipBuildResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarketingPartnershipBuildResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MarketingPartnershipBuildRequest,
    idempotency_key: str,
) -> Response[MarketingPartnershipBuildResponse]:
    """建立合作关系

    建立合作关系 — authorises a partner to use one of the merchant's marketing resources: a
    代金券 batch (`FAVOR_STOCK`) or a 商家券 batch (`BUSIFAVOR_STOCK`), given to another
    merchant (`type: MERCHANT` with `merchant_id`) or to a mini program / official account
    (`type: APPID` with `appid`). The answer is the relation with `state: ESTABLISHED`.

    - `Idempotency-Key` (header, required) is the merchant's own unique key for this
      request (letters, digits, `|_*-`). WeChat Pay treats requests with the same key as one
      request, so a resend with the same key and body does not build a second relation;
      this is why the operation is marked safe to resend. Use a new key for each new
      relation.
    - If an outcome stays unclear, `list_marketing_partnerships` filtered on the same
      `partner` and `authorized_data` shows whether the relation exists.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380498

    Operation: ``build_marketing_partnership`` (POST /v3/marketing/partnerships/build)

    Args:
        idempotency_key (str):
        body (MarketingPartnershipBuildRequest): 建立合作关系请求 — who gets access to which resource.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MarketingPartnershipBuildResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MarketingPartnershipBuildRequest,
    idempotency_key: str,
) -> MarketingPartnershipBuildResponse:
    """建立合作关系

    建立合作关系 — authorises a partner to use one of the merchant's marketing resources: a
    代金券 batch (`FAVOR_STOCK`) or a 商家券 batch (`BUSIFAVOR_STOCK`), given to another
    merchant (`type: MERCHANT` with `merchant_id`) or to a mini program / official account
    (`type: APPID` with `appid`). The answer is the relation with `state: ESTABLISHED`.

    - `Idempotency-Key` (header, required) is the merchant's own unique key for this
      request (letters, digits, `|_*-`). WeChat Pay treats requests with the same key as one
      request, so a resend with the same key and body does not build a second relation;
      this is why the operation is marked safe to resend. Use a new key for each new
      relation.
    - If an outcome stays unclear, `list_marketing_partnerships` filtered on the same
      `partner` and `authorized_data` shows whether the relation exists.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380498

    Operation: ``build_marketing_partnership`` (POST /v3/marketing/partnerships/build)

    Args:
        idempotency_key (str):
        body (MarketingPartnershipBuildRequest): 建立合作关系请求 — who gets access to which resource.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MarketingPartnershipBuildResponse
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MarketingPartnershipBuildRequest,
    idempotency_key: str,
) -> Response[MarketingPartnershipBuildResponse]:
    """建立合作关系

    建立合作关系 — authorises a partner to use one of the merchant's marketing resources: a
    代金券 batch (`FAVOR_STOCK`) or a 商家券 batch (`BUSIFAVOR_STOCK`), given to another
    merchant (`type: MERCHANT` with `merchant_id`) or to a mini program / official account
    (`type: APPID` with `appid`). The answer is the relation with `state: ESTABLISHED`.

    - `Idempotency-Key` (header, required) is the merchant's own unique key for this
      request (letters, digits, `|_*-`). WeChat Pay treats requests with the same key as one
      request, so a resend with the same key and body does not build a second relation;
      this is why the operation is marked safe to resend. Use a new key for each new
      relation.
    - If an outcome stays unclear, `list_marketing_partnerships` filtered on the same
      `partner` and `authorized_data` shows whether the relation exists.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380498

    Operation: ``build_marketing_partnership`` (POST /v3/marketing/partnerships/build)

    Args:
        idempotency_key (str):
        body (MarketingPartnershipBuildRequest): 建立合作关系请求 — who gets access to which resource.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MarketingPartnershipBuildResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MarketingPartnershipBuildRequest,
    idempotency_key: str,
) -> MarketingPartnershipBuildResponse:
    """建立合作关系

    建立合作关系 — authorises a partner to use one of the merchant's marketing resources: a
    代金券 batch (`FAVOR_STOCK`) or a 商家券 batch (`BUSIFAVOR_STOCK`), given to another
    merchant (`type: MERCHANT` with `merchant_id`) or to a mini program / official account
    (`type: APPID` with `appid`). The answer is the relation with `state: ESTABLISHED`.

    - `Idempotency-Key` (header, required) is the merchant's own unique key for this
      request (letters, digits, `|_*-`). WeChat Pay treats requests with the same key as one
      request, so a resend with the same key and body does not build a second relation;
      this is why the operation is marked safe to resend. Use a new key for each new
      relation.
    - If an outcome stays unclear, `list_marketing_partnerships` filtered on the same
      `partner` and `authorized_data` shows whether the relation exists.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380498

    Operation: ``build_marketing_partnership`` (POST /v3/marketing/partnerships/build)

    Args:
        idempotency_key (str):
        body (MarketingPartnershipBuildRequest): 建立合作关系请求 — who gets access to which resource.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MarketingPartnershipBuildResponse
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
