# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_service_order import PayscoreServiceOrder
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_payscore_service_order"


def _get_kwargs(
    *,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    service_id: str,
    appid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["out_order_no"] = out_order_no

    params["query_id"] = query_id

    params["service_id"] = service_id

    params["appid"] = appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/payscore/serviceorder",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreServiceOrder:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreServiceOrder)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreServiceOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    service_id: str,
    appid: str,
) -> Response[PayscoreServiceOrder]:
    """查询支付分订单

    查询支付分订单 — reads one Pay Score service order: its state (`CREATED`, `DOING`,
    `DONE`, `REVOKED`, `EXPIRED`), the items, the risk fund and, once completed, the
    collection (`collection.state` `USER_PAYING` or `USER_PAID`, payments and promotions).

    - Name the order by `out_order_no` or by `query_id` (the ID the Pay Score mini program
      hands back to the merchant front end after the confirmation page): exactly one of the
      two. Both are optional in the schema because OpenAPI unions are avoided here.
      `service_id` and `appid` are required.
    - This is the lookup that settles an unclear outcome of every write operation of the
      family (create, cancel, modify, complete, collect, sync), and the fallback when the
      `PAYSCORE.USER_CONFIRM` / `PAYSCORE.USER_PAID` notifications do not arrive.
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587902

    Operation: ``query_payscore_service_order`` (GET /v3/payscore/serviceorder)

    Args:
        out_order_no (str | Unset):
        query_id (str | Unset):
        service_id (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreServiceOrder]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        query_id=query_id,
        service_id=service_id,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    service_id: str,
    appid: str,
) -> PayscoreServiceOrder:
    """查询支付分订单

    查询支付分订单 — reads one Pay Score service order: its state (`CREATED`, `DOING`,
    `DONE`, `REVOKED`, `EXPIRED`), the items, the risk fund and, once completed, the
    collection (`collection.state` `USER_PAYING` or `USER_PAID`, payments and promotions).

    - Name the order by `out_order_no` or by `query_id` (the ID the Pay Score mini program
      hands back to the merchant front end after the confirmation page): exactly one of the
      two. Both are optional in the schema because OpenAPI unions are avoided here.
      `service_id` and `appid` are required.
    - This is the lookup that settles an unclear outcome of every write operation of the
      family (create, cancel, modify, complete, collect, sync), and the fallback when the
      `PAYSCORE.USER_CONFIRM` / `PAYSCORE.USER_PAID` notifications do not arrive.
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587902

    Operation: ``query_payscore_service_order`` (GET /v3/payscore/serviceorder)

    Args:
        out_order_no (str | Unset):
        query_id (str | Unset):
        service_id (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreServiceOrder
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        query_id=query_id,
        service_id=service_id,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    service_id: str,
    appid: str,
) -> Response[PayscoreServiceOrder]:
    """查询支付分订单

    查询支付分订单 — reads one Pay Score service order: its state (`CREATED`, `DOING`,
    `DONE`, `REVOKED`, `EXPIRED`), the items, the risk fund and, once completed, the
    collection (`collection.state` `USER_PAYING` or `USER_PAID`, payments and promotions).

    - Name the order by `out_order_no` or by `query_id` (the ID the Pay Score mini program
      hands back to the merchant front end after the confirmation page): exactly one of the
      two. Both are optional in the schema because OpenAPI unions are avoided here.
      `service_id` and `appid` are required.
    - This is the lookup that settles an unclear outcome of every write operation of the
      family (create, cancel, modify, complete, collect, sync), and the fallback when the
      `PAYSCORE.USER_CONFIRM` / `PAYSCORE.USER_PAID` notifications do not arrive.
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587902

    Operation: ``query_payscore_service_order`` (GET /v3/payscore/serviceorder)

    Args:
        out_order_no (str | Unset):
        query_id (str | Unset):
        service_id (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreServiceOrder]
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        query_id=query_id,
        service_id=service_id,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    out_order_no: str | Unset = UNSET,
    query_id: str | Unset = UNSET,
    service_id: str,
    appid: str,
) -> PayscoreServiceOrder:
    """查询支付分订单

    查询支付分订单 — reads one Pay Score service order: its state (`CREATED`, `DOING`,
    `DONE`, `REVOKED`, `EXPIRED`), the items, the risk fund and, once completed, the
    collection (`collection.state` `USER_PAYING` or `USER_PAID`, payments and promotions).

    - Name the order by `out_order_no` or by `query_id` (the ID the Pay Score mini program
      hands back to the merchant front end after the confirmation page): exactly one of the
      two. Both are optional in the schema because OpenAPI unions are avoided here.
      `service_id` and `appid` are required.
    - This is the lookup that settles an unclear outcome of every write operation of the
      family (create, cancel, modify, complete, collect, sync), and the fallback when the
      `PAYSCORE.USER_CONFIRM` / `PAYSCORE.USER_PAID` notifications do not arrive.
      Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587902

    Operation: ``query_payscore_service_order`` (GET /v3/payscore/serviceorder)

    Args:
        out_order_no (str | Unset):
        query_id (str | Unset):
        service_id (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreServiceOrder
    """

    kwargs = _get_kwargs(
        out_order_no=out_order_no,
        query_id=query_id,
        service_id=service_id,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
