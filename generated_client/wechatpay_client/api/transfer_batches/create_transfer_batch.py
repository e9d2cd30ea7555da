# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_batch_create_request import TransferBatchCreateRequest
from ...models.transfer_batch_create_response import TransferBatchCreateResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_transfer_batch"


def _get_kwargs(
    *,
    body: TransferBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/transfer/batches",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, TransferBatchCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferBatchCreateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferBatchCreateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferBatchCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferBatchCreateResponse]:
    """发起批量转账API

    发起批量转账API — pays up to 1,000 users' WeChat balances in one batch. The answer only
    says the batch was accepted; details are paid later (those above the merchant's
    password-free amount wait for a merchant employee to confirm in 商家助手). Merchants that
    have moved to the newer transfer product get `NO_AUTH` here and use
    `create_transfer_bill` instead.

    - `total_amount` and `total_num` must equal the sum and count of `transfer_detail_list`.
    - `user_name` and `user_id_card` are sensitive: pass plaintext; the SDK encrypts them
      and sets `Wechatpay-Serial`. A name must not be sent for details below 0.3 yuan, is
      needed from 2,000 yuan upwards, and either all details of a batch carry one or none.
    - The final state goes to `notify_url` as `MCHTRANSFER.BATCH.FINISHED` or
      `MCHTRANSFER.BATCH.CLOSED` (see `TransferBatchNotificationResource`).
    - WeChat Pay treats a new `out_batch_no` as a new batch. After an error, a timeout or a
      5XX, keep the same `out_batch_no`: look the batch up with
      `query_transfer_batch_by_out_batch_no`, and resend only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458841

    Operation: ``create_transfer_batch`` (POST /v3/transfer/batches)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBatchCreateRequest): 发起批量转账请求 — batch transfer request. Amounts in fen;
            `total_amount`/`total_num`
            must match the details. `user_name` and `user_id_card` are sensitive.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBatchCreateResponse]
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
    body: TransferBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferBatchCreateResponse:
    """发起批量转账API

    发起批量转账API — pays up to 1,000 users' WeChat balances in one batch. The answer only
    says the batch was accepted; details are paid later (those above the merchant's
    password-free amount wait for a merchant employee to confirm in 商家助手). Merchants that
    have moved to the newer transfer product get `NO_AUTH` here and use
    `create_transfer_bill` instead.

    - `total_amount` and `total_num` must equal the sum and count of `transfer_detail_list`.
    - `user_name` and `user_id_card` are sensitive: pass plaintext; the SDK encrypts them
      and sets `Wechatpay-Serial`. A name must not be sent for details below 0.3 yuan, is
      needed from 2,000 yuan upwards, and either all details of a batch carry one or none.
    - The final state goes to `notify_url` as `MCHTRANSFER.BATCH.FINISHED` or
      `MCHTRANSFER.BATCH.CLOSED` (see `TransferBatchNotificationResource`).
    - WeChat Pay treats a new `out_batch_no` as a new batch. After an error, a timeout or a
      5XX, keep the same `out_batch_no`: look the batch up with
      `query_transfer_batch_by_out_batch_no`, and resend only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458841

    Operation: ``create_transfer_batch`` (POST /v3/transfer/batches)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBatchCreateRequest): 发起批量转账请求 — batch transfer request. Amounts in fen;
            `total_amount`/`total_num`
            must match the details. `user_name` and `user_id_card` are sensitive.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBatchCreateResponse
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
    body: TransferBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferBatchCreateResponse]:
    """发起批量转账API

    发起批量转账API — pays up to 1,000 users' WeChat balances in one batch. The answer only
    says the batch was accepted; details are paid later (those above the merchant's
    password-free amount wait for a merchant employee to confirm in 商家助手). Merchants that
    have moved to the newer transfer product get `NO_AUTH` here and use
    `create_transfer_bill` instead.

    - `total_amount` and `total_num` must equal the sum and count of `transfer_detail_list`.
    - `user_name` and `user_id_card` are sensitive: pass plaintext; the SDK encrypts them
      and sets `Wechatpay-Serial`. A name must not be sent for details below 0.3 yuan, is
      needed from 2,000 yuan upwards, and either all details of a batch carry one or none.
    - The final state goes to `notify_url` as `MCHTRANSFER.BATCH.FINISHED` or
      `MCHTRANSFER.BATCH.CLOSED` (see `TransferBatchNotificationResource`).
    - WeChat Pay treats a new `out_batch_no` as a new batch. After an error, a timeout or a
      5XX, keep the same `out_batch_no`: look the batch up with
      `query_transfer_batch_by_out_batch_no`, and resend only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458841

    Operation: ``create_transfer_batch`` (POST /v3/transfer/batches)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBatchCreateRequest): 发起批量转账请求 — batch transfer request. Amounts in fen;
            `total_amount`/`total_num`
            must match the details. `user_name` and `user_id_card` are sensitive.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBatchCreateResponse]
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
    body: TransferBatchCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferBatchCreateResponse:
    """发起批量转账API

    发起批量转账API — pays up to 1,000 users' WeChat balances in one batch. The answer only
    says the batch was accepted; details are paid later (those above the merchant's
    password-free amount wait for a merchant employee to confirm in 商家助手). Merchants that
    have moved to the newer transfer product get `NO_AUTH` here and use
    `create_transfer_bill` instead.

    - `total_amount` and `total_num` must equal the sum and count of `transfer_detail_list`.
    - `user_name` and `user_id_card` are sensitive: pass plaintext; the SDK encrypts them
      and sets `Wechatpay-Serial`. A name must not be sent for details below 0.3 yuan, is
      needed from 2,000 yuan upwards, and either all details of a batch carry one or none.
    - The final state goes to `notify_url` as `MCHTRANSFER.BATCH.FINISHED` or
      `MCHTRANSFER.BATCH.CLOSED` (see `TransferBatchNotificationResource`).
    - WeChat Pay treats a new `out_batch_no` as a new batch. After an error, a timeout or a
      5XX, keep the same `out_batch_no`: look the batch up with
      `query_transfer_batch_by_out_batch_no`, and resend only with identical parameters.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458841

    Operation: ``create_transfer_batch`` (POST /v3/transfer/batches)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBatchCreateRequest): 发起批量转账请求 — batch transfer request. Amounts in fen;
            `total_amount`/`total_num`
            must match the details. `user_name` and `user_id_card` are sensitive.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBatchCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
