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

OPERATION_ID = "query_global_papay_contract_by_out_contract_code"


def _get_kwargs(
    out_contract_code: str,
    *,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["sub_mchid"] = sub_mchid

    params["sp_appid"] = sp_appid

    params["sp_mchid"] = sp_mchid

    params["sub_appid"] = sub_appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/papay/contracts/out-contract-code/{out_contract_code}".format(
            out_contract_code=quote(str(out_contract_code), safe=""),
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
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> Response[GlobalPapayContract]:
    """商户协议号查询签约

    商户协议号查询签约 — reads one cross-border contract by the merchant's
    `out_contract_code`. This is how the outcome of a pre-sign is checked when no
    `PAPAY.SIGN` notification arrived, and how an unclear pre-sign is settled. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015477

    Operation: ``query_global_papay_contract_by_out_contract_code`` (GET /v3/global/papay/contracts/out-contract-code/{out_contract_code})

    Args:
        out_contract_code (str):
        appid (str | Unset):
        sub_mchid (str | Unset):
        sp_appid (str | Unset):
        sp_mchid (str | Unset):
        sub_appid (str | Unset):

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
        out_contract_code=out_contract_code,
        appid=appid,
        sub_mchid=sub_mchid,
        sp_appid=sp_appid,
        sp_mchid=sp_mchid,
        sub_appid=sub_appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> GlobalPapayContract:
    """商户协议号查询签约

    商户协议号查询签约 — reads one cross-border contract by the merchant's
    `out_contract_code`. This is how the outcome of a pre-sign is checked when no
    `PAPAY.SIGN` notification arrived, and how an unclear pre-sign is settled. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015477

    Operation: ``query_global_papay_contract_by_out_contract_code`` (GET /v3/global/papay/contracts/out-contract-code/{out_contract_code})

    Args:
        out_contract_code (str):
        appid (str | Unset):
        sub_mchid (str | Unset):
        sp_appid (str | Unset):
        sp_mchid (str | Unset):
        sub_appid (str | Unset):

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
        out_contract_code=out_contract_code,
        appid=appid,
        sub_mchid=sub_mchid,
        sp_appid=sp_appid,
        sp_mchid=sp_mchid,
        sub_appid=sub_appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> Response[GlobalPapayContract]:
    """商户协议号查询签约

    商户协议号查询签约 — reads one cross-border contract by the merchant's
    `out_contract_code`. This is how the outcome of a pre-sign is checked when no
    `PAPAY.SIGN` notification arrived, and how an unclear pre-sign is settled. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015477

    Operation: ``query_global_papay_contract_by_out_contract_code`` (GET /v3/global/papay/contracts/out-contract-code/{out_contract_code})

    Args:
        out_contract_code (str):
        appid (str | Unset):
        sub_mchid (str | Unset):
        sp_appid (str | Unset):
        sp_mchid (str | Unset):
        sub_appid (str | Unset):

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
        out_contract_code=out_contract_code,
        appid=appid,
        sub_mchid=sub_mchid,
        sp_appid=sp_appid,
        sp_mchid=sp_mchid,
        sub_appid=sub_appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str | Unset = UNSET,
    sub_mchid: str | Unset = UNSET,
    sp_appid: str | Unset = UNSET,
    sp_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> GlobalPapayContract:
    """商户协议号查询签约

    商户协议号查询签约 — reads one cross-border contract by the merchant's
    `out_contract_code`. This is how the outcome of a pre-sign is checked when no
    `PAPAY.SIGN` notification arrived, and how an unclear pre-sign is settled. Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015477

    Operation: ``query_global_papay_contract_by_out_contract_code`` (GET /v3/global/papay/contracts/out-contract-code/{out_contract_code})

    Args:
        out_contract_code (str):
        appid (str | Unset):
        sub_mchid (str | Unset):
        sp_appid (str | Unset):
        sp_mchid (str | Unset):
        sub_appid (str | Unset):

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
        out_contract_code=out_contract_code,
        appid=appid,
        sub_mchid=sub_mchid,
        sp_appid=sp_appid,
        sp_mchid=sp_mchid,
        sub_appid=sub_appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
