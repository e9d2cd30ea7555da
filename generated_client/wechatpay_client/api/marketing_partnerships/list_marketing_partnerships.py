# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.marketing_partnership_list_response import MarketingPartnershipListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_marketing_partnerships"


def _get_kwargs(
    *,
    partner: str | Unset = UNSET,
    authorized_data: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["partner"] = partner

    params["authorized_data"] = authorized_data

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/partnerships",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketingPartnershipListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MarketingPartnershipListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarketingPartnershipListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    partner: str | Unset = UNSET,
    authorized_data: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[MarketingPartnershipListResponse]:
    """查询合作关系列表

    查询合作关系列表 — pages through the partnerships (委托营销合作关系) this merchant has
    built: which partner (an AppID or a merchant ID) may use which coupon batch, when the
    relation was built and, if so, when it ended.

    - `partner` and `authorized_data` are filters passed as JSON text in the query string
      (e.g. `{"type":"APPID","appid":"wx..."}` and
      `{"business_type":"FAVOR_STOCK","stock_id":"..."}`); the SDK URL-encodes them.
    - Page with `offset` and `limit`.
    - This is the read that shows the effect of `build_marketing_partnership` and
      `terminate_marketing_partnership` (an ended relation carries `terminate_time`).
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380536

    Operation: ``list_marketing_partnerships`` (GET /v3/marketing/partnerships)

    Args:
        partner (str | Unset):
        authorized_data (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MarketingPartnershipListResponse]
    """

    kwargs = _get_kwargs(
        partner=partner,
        authorized_data=authorized_data,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    partner: str | Unset = UNSET,
    authorized_data: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> MarketingPartnershipListResponse:
    """查询合作关系列表

    查询合作关系列表 — pages through the partnerships (委托营销合作关系) this merchant has
    built: which partner (an AppID or a merchant ID) may use which coupon batch, when the
    relation was built and, if so, when it ended.

    - `partner` and `authorized_data` are filters passed as JSON text in the query string
      (e.g. `{"type":"APPID","appid":"wx..."}` and
      `{"business_type":"FAVOR_STOCK","stock_id":"..."}`); the SDK URL-encodes them.
    - Page with `offset` and `limit`.
    - This is the read that shows the effect of `build_marketing_partnership` and
      `terminate_marketing_partnership` (an ended relation carries `terminate_time`).
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380536

    Operation: ``list_marketing_partnerships`` (GET /v3/marketing/partnerships)

    Args:
        partner (str | Unset):
        authorized_data (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MarketingPartnershipListResponse
    """

    kwargs = _get_kwargs(
        partner=partner,
        authorized_data=authorized_data,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    partner: str | Unset = UNSET,
    authorized_data: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[MarketingPartnershipListResponse]:
    """查询合作关系列表

    查询合作关系列表 — pages through the partnerships (委托营销合作关系) this merchant has
    built: which partner (an AppID or a merchant ID) may use which coupon batch, when the
    relation was built and, if so, when it ended.

    - `partner` and `authorized_data` are filters passed as JSON text in the query string
      (e.g. `{"type":"APPID","appid":"wx..."}` and
      `{"business_type":"FAVOR_STOCK","stock_id":"..."}`); the SDK URL-encodes them.
    - Page with `offset` and `limit`.
    - This is the read that shows the effect of `build_marketing_partnership` and
      `terminate_marketing_partnership` (an ended relation carries `terminate_time`).
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380536

    Operation: ``list_marketing_partnerships`` (GET /v3/marketing/partnerships)

    Args:
        partner (str | Unset):
        authorized_data (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MarketingPartnershipListResponse]
    """

    kwargs = _get_kwargs(
        partner=partner,
        authorized_data=authorized_data,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    partner: str | Unset = UNSET,
    authorized_data: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> MarketingPartnershipListResponse:
    """查询合作关系列表

    查询合作关系列表 — pages through the partnerships (委托营销合作关系) this merchant has
    built: which partner (an AppID or a merchant ID) may use which coupon batch, when the
    relation was built and, if so, when it ended.

    - `partner` and `authorized_data` are filters passed as JSON text in the query string
      (e.g. `{"type":"APPID","appid":"wx..."}` and
      `{"business_type":"FAVOR_STOCK","stock_id":"..."}`); the SDK URL-encodes them.
    - Page with `offset` and `limit`.
    - This is the read that shows the effect of `build_marketing_partnership` and
      `terminate_marketing_partnership` (an ended relation carries `terminate_time`).
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380536

    Operation: ``list_marketing_partnerships`` (GET /v3/marketing/partnerships)

    Args:
        partner (str | Unset):
        authorized_data (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MarketingPartnershipListResponse
    """

    kwargs = _get_kwargs(
        partner=partner,
        authorized_data=authorized_data,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
