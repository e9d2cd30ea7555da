# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_papay_contract import GlobalPapayContract
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_global_papay_contract"


def _get_kwargs(
    contract_id: str,
    *,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    plan_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["sub_mchid"] = sub_mchid

    params["sp_appid"] = sp_appid

    params["sp_mchid"] = sp_mchid

    params["sub_appid"] = sub_appid

    params["plan_id"] = plan_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/papay/contracts/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalPapayContract:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalPapayContract)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GlobalPapayContract]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    plan_id: int | Unset = UNSET,
) -> Response[GlobalPapayContract]:
    """代扣协议ID查询签约

    代扣协议ID查询签约 — reads one cross-border contract by the `contract_id` WeChat Pay
    assigned at signing. Settles an unclear outcome of `terminate_global_papay_contract`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015470

    Operation: ``query_global_papay_contract`` (GET /v3/global/papay/contracts/{contract_id})

    Args:
        contract_id (str):
        appid (str | Unset):
        sub_mchid (str | Unset):
        sp_appid (str | Unset):
        sp_mchid (str | Unset):
        sub_appid (str | Unset):
        plan_id (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPapayContract]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_mchid=sub_mchid,
        sp_appid=sp_appid,
        sp_mchid=sp_mchid,
        sub_appid=sub_appid,
        plan_id=plan_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    plan_id: int | Unset = UNSET,
) -> GlobalPapayContract:
    """代扣协议ID查询签约

    代扣协议ID查询签约 — reads one cross-border contract by the `contract_id` WeChat Pay
    assigned at signing. Settles an unclear outcome of `terminate_global_papay_contract`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015470

    Operation: ``query_global_papay_contract`` (GET /v3/global/papay/contracts/{contract_id})

    Args:
        contract_id (str):
        appid (str | Unset):
        sub_mchid (str | Unset):
        sp_appid (str | Unset):
        sp_mchid (str | Unset):
        sub_appid (str | Unset):
        plan_id (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPapayContract
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_mchid=sub_mchid,
        sp_appid=sp_appid,
        sp_mchid=sp_mchid,
        sub_appid=sub_appid,
        plan_id=plan_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    plan_id: int | Unset = UNSET,
) -> Response[GlobalPapayContract]:
    """代扣协议ID查询签约

    代扣协议ID查询签约 — reads one cross-border contract by the `contract_id` WeChat Pay
    assigned at signing. Settles an unclear outcome of `terminate_global_papay_contract`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015470

    Operation: ``query_global_papay_contract`` (GET /v3/global/papay/contracts/{contract_id})

    Args:
        contract_id (str):
        appid (str | Unset):
        sub_mchid (str | Unset):
        sp_appid (str | Unset):
        sp_mchid (str | Unset):
        sub_appid (str | Unset):
        plan_id (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPapayContract]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_mchid=sub_mchid,
        sp_appid=sp_appid,
        sp_mchid=sp_mchid,
        sub_appid=sub_appid,
        plan_id=plan_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
    plan_id: int | Unset = UNSET,
) -> GlobalPapayContract:
    """代扣协议ID查询签约

    代扣协议ID查询签约 — reads one cross-border contract by the `contract_id` WeChat Pay
    assigned at signing. Settles an unclear outcome of `terminate_global_papay_contract`.
    Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015470

    Operation: ``query_global_papay_contract`` (GET /v3/global/papay/contracts/{contract_id})

    Args:
        contract_id (str):
        appid (str | Unset):
        sub_mchid (str | Unset):
        sp_appid (str | Unset):
        sp_mchid (str | Unset):
        sub_appid (str | Unset):
        plan_id (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPapayContract
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_mchid=sub_mchid,
        sp_appid=sp_appid,
        sp_mchid=sp_mchid,
        sub_appid=sub_appid,
        plan_id=plan_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
