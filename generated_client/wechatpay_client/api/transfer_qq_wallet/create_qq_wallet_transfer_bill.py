# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_qq_wallet_bill import TransferQqWalletBill
from ...models.transfer_qq_wallet_bill_create_request import TransferQqWalletBillCreateRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_qq_wallet_transfer_bill"


def _get_kwargs(
    *,
    body: TransferQqWalletBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, TransferQqWalletBillCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: TransferQqWalletBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferQqWalletBill]:
    """发起转账到QQ钱包

    发起转账到QQ钱包 — creates a transfer from the merchant to a QQ user's QQ wallet. The
    `appid` is a QQ Connect (QQ互联) AppID bound to the merchant; name the user by `openid`
    under that AppID or by `user_qq` (one of the two is needed, although the schema marks
    neither required). The user receives the money in the QQ client.

    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. It is needed above 2,000 yuan and refused below 0.3 yuan.
    - The final state is sent to `notify_url` as `MCHTRANSFER.QQWALLETBILL.FINISHED` (see
      `TransferQqWalletBillNotificationResource`); a bill not completed within 24 hours is
      closed and refunded.
    - After a timeout, a 5XX or `SYSTEM_ERROR`, look the bill up with
      `query_qq_wallet_transfer_bill` and resend only with the same `out_bill_no` and
      identical parameters; a new number could pay twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297386

    Operation: ``create_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferQqWalletBillCreateRequest): 发起转账到QQ钱包请求 — QQ-wallet transfer request.
            Exactly one of `openid` and
            `user_qq` names the user. `user_name` is sensitive (the SDK encrypts it). Amounts in fen.

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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TransferQqWalletBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferQqWalletBill:
    """发起转账到QQ钱包

    发起转账到QQ钱包 — creates a transfer from the merchant to a QQ user's QQ wallet. The
    `appid` is a QQ Connect (QQ互联) AppID bound to the merchant; name the user by `openid`
    under that AppID or by `user_qq` (one of the two is needed, although the schema marks
    neither required). The user receives the money in the QQ client.

    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. It is needed above 2,000 yuan and refused below 0.3 yuan.
    - The final state is sent to `notify_url` as `MCHTRANSFER.QQWALLETBILL.FINISHED` (see
      `TransferQqWalletBillNotificationResource`); a bill not completed within 24 hours is
      closed and refunded.
    - After a timeout, a 5XX or `SYSTEM_ERROR`, look the bill up with
      `query_qq_wallet_transfer_bill` and resend only with the same `out_bill_no` and
      identical parameters; a new number could pay twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297386

    Operation: ``create_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferQqWalletBillCreateRequest): 发起转账到QQ钱包请求 — QQ-wallet transfer request.
            Exactly one of `openid` and
            `user_qq` names the user. `user_name` is sensitive (the SDK encrypts it). Amounts in fen.

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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferQqWalletBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferQqWalletBill]:
    """发起转账到QQ钱包

    发起转账到QQ钱包 — creates a transfer from the merchant to a QQ user's QQ wallet. The
    `appid` is a QQ Connect (QQ互联) AppID bound to the merchant; name the user by `openid`
    under that AppID or by `user_qq` (one of the two is needed, although the schema marks
    neither required). The user receives the money in the QQ client.

    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. It is needed above 2,000 yuan and refused below 0.3 yuan.
    - The final state is sent to `notify_url` as `MCHTRANSFER.QQWALLETBILL.FINISHED` (see
      `TransferQqWalletBillNotificationResource`); a bill not completed within 24 hours is
      closed and refunded.
    - After a timeout, a 5XX or `SYSTEM_ERROR`, look the bill up with
      `query_qq_wallet_transfer_bill` and resend only with the same `out_bill_no` and
      identical parameters; a new number could pay twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297386

    Operation: ``create_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferQqWalletBillCreateRequest): 发起转账到QQ钱包请求 — QQ-wallet transfer request.
            Exactly one of `openid` and
            `user_qq` names the user. `user_name` is sensitive (the SDK encrypts it). Amounts in fen.

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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferQqWalletBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferQqWalletBill:
    """发起转账到QQ钱包

    发起转账到QQ钱包 — creates a transfer from the merchant to a QQ user's QQ wallet. The
    `appid` is a QQ Connect (QQ互联) AppID bound to the merchant; name the user by `openid`
    under that AppID or by `user_qq` (one of the two is needed, although the schema marks
    neither required). The user receives the money in the QQ client.

    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. It is needed above 2,000 yuan and refused below 0.3 yuan.
    - The final state is sent to `notify_url` as `MCHTRANSFER.QQWALLETBILL.FINISHED` (see
      `TransferQqWalletBillNotificationResource`); a bill not completed within 24 hours is
      closed and refunded.
    - After a timeout, a 5XX or `SYSTEM_ERROR`, look the bill up with
      `query_qq_wallet_transfer_bill` and resend only with the same `out_bill_no` and
      identical parameters; a new number could pay twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014297386

    Operation: ``create_qq_wallet_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferQqWalletBillCreateRequest): 发起转账到QQ钱包请求 — QQ-wallet transfer request.
            Exactly one of `openid` and
            `user_qq` names the user. `user_name` is sensitive (the SDK encrypts it). Amounts in fen.

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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
