# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_payafter_order import PayscorePayafterOrder
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_payafter_order"


def _get_kwargs(
    *,
    service_id: str | Unset = UNSET,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service_id"] = service_id

    params["out_order_no"] = out_order_no

    params["query_id"] = query_id

    params["appid"] = appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/payscore/payafter-orders",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscorePayafterOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscorePayafterOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscorePayafterOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
) -> Response[PayscorePayafterOrder]:
    """查询先享后付订单

    查询先享后付订单 — reads a 先享后付 order, by `out_order_no` or by the `query_id` that the
    mini program hands back when the user returns to the merchant, together with `service_id`
    and `appid`. `state` goes `CREATED` → `USER_ACCEPTED` → `FINISHED` → `USER_PAID`, or ends as
    `REVOKED` or `EXPIRED` (open set).

    Before the acceptance notification arrives the merchant may poll this. It is the lookup
    that settles an unclear outcome of every other operation of this tag. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_2&index=4

    Operation: ``query_payafter_order`` (GET /v3/payscore/payafter-orders)

    Args:
        service_id (str | Unset):
        out_order_no (str | Unset):
        query_id (str | Unset):
        appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePayafterOrder]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_order_no=out_order_no,
        query_id=query_id,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
) -> PayscorePayafterOrder:
    """查询先享后付订单

    查询先享后付订单 — reads a 先享后付 order, by `out_order_no` or by the `query_id` that the
    mini program hands back when the user returns to the merchant, together with `service_id`
    and `appid`. `state` goes `CREATED` → `USER_ACCEPTED` → `FINISHED` → `USER_PAID`, or ends as
    `REVOKED` or `EXPIRED` (open set).

    Before the acceptance notification arrives the merchant may poll this. It is the lookup
    that settles an unclear outcome of every other operation of this tag. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_2&index=4

    Operation: ``query_payafter_order`` (GET /v3/payscore/payafter-orders)

    Args:
        service_id (str | Unset):
        out_order_no (str | Unset):
        query_id (str | Unset):
        appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePayafterOrder
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_order_no=out_order_no,
        query_id=query_id,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
) -> Response[PayscorePayafterOrder]:
    """查询先享后付订单

    查询先享后付订单 — reads a 先享后付 order, by `out_order_no` or by the `query_id` that the
    mini program hands back when the user returns to the merchant, together with `service_id`
    and `appid`. `state` goes `CREATED` → `USER_ACCEPTED` → `FINISHED` → `USER_PAID`, or ends as
    `REVOKED` or `EXPIRED` (open set).

    Before the acceptance notification arrives the merchant may poll this. It is the lookup
    that settles an unclear outcome of every other operation of this tag. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_2&index=4

    Operation: ``query_payafter_order`` (GET /v3/payscore/payafter-orders)

    Args:
        service_id (str | Unset):
        out_order_no (str | Unset):
        query_id (str | Unset):
        appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePayafterOrder]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_order_no=out_order_no,
        query_id=query_id,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
) -> PayscorePayafterOrder:
    """查询先享后付订单

    查询先享后付订单 — reads a 先享后付 order, by `out_order_no` or by the `query_id` that the
    mini program hands back when the user returns to the merchant, together with `service_id`
    and `appid`. `state` goes `CREATED` → `USER_ACCEPTED` → `FINISHED` → `USER_PAID`, or ends as
    `REVOKED` or `EXPIRED` (open set).

    Before the acceptance notification arrives the merchant may poll this. It is the lookup
    that settles an unclear outcome of every other operation of this tag. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_2&index=4

    Operation: ``query_payafter_order`` (GET /v3/payscore/payafter-orders)

    Args:
        service_id (str | Unset):
        out_order_no (str | Unset):
        query_id (str | Unset):
        appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePayafterOrder
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_order_no=out_order_no,
        query_id=query_id,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
