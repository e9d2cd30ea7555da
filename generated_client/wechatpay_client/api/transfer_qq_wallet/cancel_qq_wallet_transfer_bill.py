# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_qq_wallet_bill_cancel_response import TransferQqWalletBillCancelResponse
from ...types import Response

OPERATION_ID = "cancel_qq_wallet_transfer_bill"


def _get_kwargs(
    out_bill_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel".format(
            out_bill_no=quote(str(out_bill_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransferQqWalletBillCancelResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferQqWalletBillCancelResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferQqWalletBillCancelResponse]:
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
) -> Response[TransferQqWalletBillCancelResponse]:
    """撤销转账到QQ钱包

    撤销转账到QQ钱包 — withdraws a QQ-wallet transfer that has not succeeded yet. Success only
    means the cancellation was taken on (`CANCELING`); the refund follows, and the final
    state comes from `query_qq_wallet_transfer_bill` (or the notification). No request body
    is needed. After an unclear outcome, read the bill before trying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297396

    Operation: ``cancel_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel)

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
        Response[TransferQqWalletBillCancelResponse]
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
) -> TransferQqWalletBillCancelResponse:
    """撤销转账到QQ钱包

    撤销转账到QQ钱包 — withdraws a QQ-wallet transfer that has not succeeded yet. Success only
    means the cancellation was taken on (`CANCELING`); the refund follows, and the final
    state comes from `query_qq_wallet_transfer_bill` (or the notification). No request body
    is needed. After an unclear outcome, read the bill before trying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297396

    Operation: ``cancel_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel)

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
        TransferQqWalletBillCancelResponse
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
) -> Response[TransferQqWalletBillCancelResponse]:
    """撤销转账到QQ钱包

    撤销转账到QQ钱包 — withdraws a QQ-wallet transfer that has not succeeded yet. Success only
    means the cancellation was taken on (`CANCELING`); the refund follows, and the final
    state comes from `query_qq_wallet_transfer_bill` (or the notification). No request body
    is needed. After an unclear outcome, read the bill before trying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297396

    Operation: ``cancel_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel)

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
        Response[TransferQqWalletBillCancelResponse]
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
) -> TransferQqWalletBillCancelResponse:
    """撤销转账到QQ钱包

    撤销转账到QQ钱包 — withdraws a QQ-wallet transfer that has not succeeded yet. Success only
    means the cancellation was taken on (`CANCELING`); the refund follows, and the final
    state comes from `query_qq_wallet_transfer_bill` (or the notification). No request body
    is needed. After an unclear outcome, read the bill before trying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297396

    Operation: ``cancel_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel)

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
        TransferQqWalletBillCancelResponse
    """

    kwargs = _get_kwargs(
        out_bill_no=out_bill_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
