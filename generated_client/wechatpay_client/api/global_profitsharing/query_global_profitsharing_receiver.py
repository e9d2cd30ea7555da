# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_receiver import GlobalProfitsharingReceiver
from ...models.query_global_profitsharing_receiver_type import (
    QueryGlobalProfitsharingReceiverType,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_global_profitsharing_receiver"


def _get_kwargs(
    account: str,
    *,
    sub_mchid: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    type_: QueryGlobalProfitsharingReceiverType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["transaction_id"] = transaction_id

    params["appid"] = appid

    params["sub_appid"] = sub_appid

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/profit-sharing/receivers/{account}".format(
            account=quote(str(account), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalProfitsharingReceiver:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalProfitsharingReceiver)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalProfitsharingReceiver]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    type_: QueryGlobalProfitsharingReceiverType,
) -> Response[GlobalProfitsharingReceiver]:
    """查询分账接收方添加结果

    查询分账接收方添加结果 — reads the review result of an added receiver (`account` in the
    path, `type` in the query). Splits to the receiver are accepted only when `state` is
    `EFFECTIVE`; `fail_reason` explains a refusal. This is also how an unclear outcome of
    `add_global_profitsharing_receiver` is settled. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024912

    Operation: ``query_global_profitsharing_receiver`` (GET /v3/global/profit-sharing/receivers/{account})

    Args:
        account (str):
        sub_mchid (str | Unset):
        transaction_id (str | Unset):
        appid (str | Unset):
        sub_appid (str | Unset):
        type_ (QueryGlobalProfitsharingReceiverType):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingReceiver]
    """

    kwargs = _get_kwargs(
        account=account,
        sub_mchid=sub_mchid,
        transaction_id=transaction_id,
        appid=appid,
        sub_appid=sub_appid,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    type_: QueryGlobalProfitsharingReceiverType,
) -> GlobalProfitsharingReceiver:
    """查询分账接收方添加结果

    查询分账接收方添加结果 — reads the review result of an added receiver (`account` in the
    path, `type` in the query). Splits to the receiver are accepted only when `state` is
    `EFFECTIVE`; `fail_reason` explains a refusal. This is also how an unclear outcome of
    `add_global_profitsharing_receiver` is settled. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024912

    Operation: ``query_global_profitsharing_receiver`` (GET /v3/global/profit-sharing/receivers/{account})

    Args:
        account (str):
        sub_mchid (str | Unset):
        transaction_id (str | Unset):
        appid (str | Unset):
        sub_appid (str | Unset):
        type_ (QueryGlobalProfitsharingReceiverType):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingReceiver
    """

    kwargs = _get_kwargs(
        account=account,
        sub_mchid=sub_mchid,
        transaction_id=transaction_id,
        appid=appid,
        sub_appid=sub_appid,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    account: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    type_: QueryGlobalProfitsharingReceiverType,
) -> Response[GlobalProfitsharingReceiver]:
    """查询分账接收方添加结果

    查询分账接收方添加结果 — reads the review result of an added receiver (`account` in the
    path, `type` in the query). Splits to the receiver are accepted only when `state` is
    `EFFECTIVE`; `fail_reason` explains a refusal. This is also how an unclear outcome of
    `add_global_profitsharing_receiver` is settled. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024912

    Operation: ``query_global_profitsharing_receiver`` (GET /v3/global/profit-sharing/receivers/{account})

    Args:
        account (str):
        sub_mchid (str | Unset):
        transaction_id (str | Unset):
        appid (str | Unset):
        sub_appid (str | Unset):
        type_ (QueryGlobalProfitsharingReceiverType):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalProfitsharingReceiver]
    """

    kwargs = _get_kwargs(
        account=account,
        sub_mchid=sub_mchid,
        transaction_id=transaction_id,
        appid=appid,
        sub_appid=sub_appid,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    appid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    type_: QueryGlobalProfitsharingReceiverType,
) -> GlobalProfitsharingReceiver:
    """查询分账接收方添加结果

    查询分账接收方添加结果 — reads the review result of an added receiver (`account` in the
    path, `type` in the query). Splits to the receiver are accepted only when `state` is
    `EFFECTIVE`; `fail_reason` explains a refusal. This is also how an unclear outcome of
    `add_global_profitsharing_receiver` is settled. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024912

    Operation: ``query_global_profitsharing_receiver`` (GET /v3/global/profit-sharing/receivers/{account})

    Args:
        account (str):
        sub_mchid (str | Unset):
        transaction_id (str | Unset):
        appid (str | Unset):
        sub_appid (str | Unset):
        type_ (QueryGlobalProfitsharingReceiverType):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalProfitsharingReceiver
    """

    kwargs = _get_kwargs(
        account=account,
        sub_mchid=sub_mchid,
        transaction_id=transaction_id,
        appid=appid,
        sub_appid=sub_appid,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
