# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_qq_wallet_bill import TransferQqWalletBill
from ...types import Response

OPERATION_ID = "query_qq_wallet_transfer_bill"


def _get_kwargs(
    out_bill_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}".format(
            out_bill_no=quote(str(out_bill_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferQqWalletBill:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferQqWalletBill)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferQqWalletBill]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_bill_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TransferQqWalletBill]:
    """查询转账到QQ钱包的结果

    查询转账到QQ钱包的结果 — reads a QQ-wallet transfer bill by the merchant's `out_bill_no`
    (bills of the last 30 days). It settles an unclear outcome of
    `create_qq_wallet_transfer_bill` and `cancel_qq_wallet_transfer_bill`. A bill the user
    has not completed is closed automatically after about 24 hours (sometimes later): check
    here that it is closed before paying the same user with a new bill. `user_name`, when
    present, is encrypted with the merchant's own key. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297440

    Operation: ``query_qq_wallet_transfer_bill`` (GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no})

    Args:
        out_bill_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferQqWalletBill]
    """

    kwargs = _get_kwargs(
        out_bill_no=out_bill_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_bill_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransferQqWalletBill:
    """查询转账到QQ钱包的结果

    查询转账到QQ钱包的结果 — reads a QQ-wallet transfer bill by the merchant's `out_bill_no`
    (bills of the last 30 days). It settles an unclear outcome of
    `create_qq_wallet_transfer_bill` and `cancel_qq_wallet_transfer_bill`. A bill the user
    has not completed is closed automatically after about 24 hours (sometimes later): check
    here that it is closed before paying the same user with a new bill. `user_name`, when
    present, is encrypted with the merchant's own key. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297440

    Operation: ``query_qq_wallet_transfer_bill`` (GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no})

    Args:
        out_bill_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferQqWalletBill
    """

    kwargs = _get_kwargs(
        out_bill_no=out_bill_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_bill_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TransferQqWalletBill]:
    """查询转账到QQ钱包的结果

    查询转账到QQ钱包的结果 — reads a QQ-wallet transfer bill by the merchant's `out_bill_no`
    (bills of the last 30 days). It settles an unclear outcome of
    `create_qq_wallet_transfer_bill` and `cancel_qq_wallet_transfer_bill`. A bill the user
    has not completed is closed automatically after about 24 hours (sometimes later): check
    here that it is closed before paying the same user with a new bill. `user_name`, when
    present, is encrypted with the merchant's own key. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297440

    Operation: ``query_qq_wallet_transfer_bill`` (GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no})

    Args:
        out_bill_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferQqWalletBill]
    """

    kwargs = _get_kwargs(
        out_bill_no=out_bill_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_bill_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransferQqWalletBill:
    """查询转账到QQ钱包的结果

    查询转账到QQ钱包的结果 — reads a QQ-wallet transfer bill by the merchant's `out_bill_no`
    (bills of the last 30 days). It settles an unclear outcome of
    `create_qq_wallet_transfer_bill` and `cancel_qq_wallet_transfer_bill`. A bill the user
    has not completed is closed automatically after about 24 hours (sometimes later): check
    here that it is closed before paying the same user with a new bill. `user_name`, when
    present, is encrypted with the merchant's own key. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297440

    Operation: ``query_qq_wallet_transfer_bill`` (GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no})

    Args:
        out_bill_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferQqWalletBill
    """

    kwargs = _get_kwargs(
        out_bill_no=out_bill_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
