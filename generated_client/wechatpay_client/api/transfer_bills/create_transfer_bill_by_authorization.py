# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_bill import TransferBill
from ...models.transfer_bill_by_authorization_request import TransferBillByAuthorizationRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_transfer_bill_by_authorization"


def _get_kwargs(
    *,
    body: TransferBillByAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/fund-app/mch-transfer/transfer-bills/transfer",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, TransferBillByAuthorizationRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferBill:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferBill)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TransferBill]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBillByAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferBill]:
    """用户授权后转账

    用户授权后转账 — pays a user who has granted the merchant a no-confirmation
    authorisation (state `TAKING_EFFECT`): name the authorisation by `authorization_id` or
    `out_authorization_no`. The money goes to the user without a confirmation page, so
    the answer carries no `package_info`; the outcome is notified as
    `MCHTRANSFER.BILL.FINISHED`.

    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`.
    - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
      resend only with the same `out_bill_no` and identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399371

    Operation: ``create_transfer_bill_by_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/transfer)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillByAuthorizationRequest): 用户授权后转账请求 — transfer to a user with an
            authorisation in force; name it by
            `authorization_id` or `out_authorization_no`. `user_name` is sensitive.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBill]
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
    body: TransferBillByAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferBill:
    """用户授权后转账

    用户授权后转账 — pays a user who has granted the merchant a no-confirmation
    authorisation (state `TAKING_EFFECT`): name the authorisation by `authorization_id` or
    `out_authorization_no`. The money goes to the user without a confirmation page, so
    the answer carries no `package_info`; the outcome is notified as
    `MCHTRANSFER.BILL.FINISHED`.

    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`.
    - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
      resend only with the same `out_bill_no` and identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399371

    Operation: ``create_transfer_bill_by_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/transfer)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillByAuthorizationRequest): 用户授权后转账请求 — transfer to a user with an
            authorisation in force; name it by
            `authorization_id` or `out_authorization_no`. `user_name` is sensitive.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBill
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
    body: TransferBillByAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferBill]:
    """用户授权后转账

    用户授权后转账 — pays a user who has granted the merchant a no-confirmation
    authorisation (state `TAKING_EFFECT`): name the authorisation by `authorization_id` or
    `out_authorization_no`. The money goes to the user without a confirmation page, so
    the answer carries no `package_info`; the outcome is notified as
    `MCHTRANSFER.BILL.FINISHED`.

    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`.
    - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
      resend only with the same `out_bill_no` and identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399371

    Operation: ``create_transfer_bill_by_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/transfer)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillByAuthorizationRequest): 用户授权后转账请求 — transfer to a user with an
            authorisation in force; name it by
            `authorization_id` or `out_authorization_no`. `user_name` is sensitive.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBill]
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
    body: TransferBillByAuthorizationRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferBill:
    """用户授权后转账

    用户授权后转账 — pays a user who has granted the merchant a no-confirmation
    authorisation (state `TAKING_EFFECT`): name the authorisation by `authorization_id` or
    `out_authorization_no`. The money goes to the user without a confirmation page, so
    the answer carries no `package_info`; the outcome is notified as
    `MCHTRANSFER.BILL.FINISHED`.

    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`.
    - After an unclear outcome, read the bill with `query_transfer_bill_by_out_bill_no` and
      resend only with the same `out_bill_no` and identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014399371

    Operation: ``create_transfer_bill_by_authorization`` (POST /v3/fund-app/mch-transfer/transfer-bills/transfer)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillByAuthorizationRequest): 用户授权后转账请求 — transfer to a user with an
            authorisation in force; name it by
            `authorization_id` or `out_authorization_no`. `user_name` is sensitive.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBill
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
