# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recharge_bank_transfer import RechargeBankTransfer
from ...types import Response

OPERATION_ID = "query_bank_transfer_recharge"


def _get_kwargs(
    out_recharge_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}".format(
            out_recharge_no=quote(str(out_recharge_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RechargeBankTransfer:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, RechargeBankTransfer)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RechargeBankTransfer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_recharge_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RechargeBankTransfer]:
    """查询银行转账充值结果

    查询银行转账充值结果 — look up a bank-transfer top-up by the merchant's top-up number: its
    state (`RECHARGING`, `SUCCESS`, `CLOSED`), amount, the payer's bank details and, when the
    transfer was sent back, when and why.

    This is the lookup that resolves an unclear outcome of `apply_bank_transfer_recharge`.
    Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585430

    Operation: ``query_bank_transfer_recharge`` (GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no})

    Args:
        out_recharge_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RechargeBankTransfer]
    """

    kwargs = _get_kwargs(
        out_recharge_no=out_recharge_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_recharge_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> RechargeBankTransfer:
    """查询银行转账充值结果

    查询银行转账充值结果 — look up a bank-transfer top-up by the merchant's top-up number: its
    state (`RECHARGING`, `SUCCESS`, `CLOSED`), amount, the payer's bank details and, when the
    transfer was sent back, when and why.

    This is the lookup that resolves an unclear outcome of `apply_bank_transfer_recharge`.
    Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585430

    Operation: ``query_bank_transfer_recharge`` (GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no})

    Args:
        out_recharge_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RechargeBankTransfer
    """

    kwargs = _get_kwargs(
        out_recharge_no=out_recharge_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_recharge_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RechargeBankTransfer]:
    """查询银行转账充值结果

    查询银行转账充值结果 — look up a bank-transfer top-up by the merchant's top-up number: its
    state (`RECHARGING`, `SUCCESS`, `CLOSED`), amount, the payer's bank details and, when the
    transfer was sent back, when and why.

    This is the lookup that resolves an unclear outcome of `apply_bank_transfer_recharge`.
    Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585430

    Operation: ``query_bank_transfer_recharge`` (GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no})

    Args:
        out_recharge_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[RechargeBankTransfer]
    """

    kwargs = _get_kwargs(
        out_recharge_no=out_recharge_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_recharge_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> RechargeBankTransfer:
    """查询银行转账充值结果

    查询银行转账充值结果 — look up a bank-transfer top-up by the merchant's top-up number: its
    state (`RECHARGING`, `SUCCESS`, `CLOSED`), amount, the payer's bank details and, when the
    transfer was sent back, when and why.

    This is the lookup that resolves an unclear outcome of `apply_bank_transfer_recharge`.
    Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012585430

    Operation: ``query_bank_transfer_recharge`` (GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no})

    Args:
        out_recharge_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        RechargeBankTransfer
    """

    kwargs = _get_kwargs(
        out_recharge_no=out_recharge_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
