# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_bill_create_request import TransferBillCreateRequest
from ...models.transfer_bill_create_response import TransferBillCreateResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_transfer_bill"


def _get_kwargs(
    *,
    body: TransferBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/fund-app/mch-transfer/transfer-bills",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, TransferBillCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferBillCreateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferBillCreateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferBillCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferBillCreateResponse]:
    """发起转账

    发起转账 — creates a transfer bill that moves money from the merchant to one user
    (`openid` under `appid`). In this mode the user normally has to accept the money: when
    the answer says `state: WAIT_USER_CONFIRM`, hand `package_info` to the client
    (`wx.requestMerchantTransfer` and its equivalents) so that the user can confirm.

    - `transfer_scene_id` must be a scene the merchant has been granted, and
      `transfer_scene_report_infos` must carry exactly the `info_type` entries that scene
      asks for (fixed Chinese labels such as 活动名称 / 奖励说明).
    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. It is needed from 2,000 yuan upwards, and WeChat Pay checks it
      against the user's real name.
    - The final result (`SUCCESS`, `FAIL` or `CANCELLED`) is sent to `notify_url` as
      `MCHTRANSFER.BILL.FINISHED` (see `TransferBillNotificationResource`); an unconfirmed
      bill is closed and refunded after about 24 hours.
    - An error answer does not mean that no bill exists. After a timeout, a 5XX or an unknown
      error, look the bill up with `query_transfer_bill_by_out_bill_no` and resend only with
      the same `out_bill_no` and identical parameters; a new `out_bill_no` could pay twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716434

    Operation: ``create_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-bills)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillCreateRequest): 发起转账请求 — transfer bill request. `user_name` is sensitive
            (the SDK encrypts it).
            Amounts are in fen (分).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBillCreateResponse]
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
    body: TransferBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferBillCreateResponse:
    """发起转账

    发起转账 — creates a transfer bill that moves money from the merchant to one user
    (`openid` under `appid`). In this mode the user normally has to accept the money: when
    the answer says `state: WAIT_USER_CONFIRM`, hand `package_info` to the client
    (`wx.requestMerchantTransfer` and its equivalents) so that the user can confirm.

    - `transfer_scene_id` must be a scene the merchant has been granted, and
      `transfer_scene_report_infos` must carry exactly the `info_type` entries that scene
      asks for (fixed Chinese labels such as 活动名称 / 奖励说明).
    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. It is needed from 2,000 yuan upwards, and WeChat Pay checks it
      against the user's real name.
    - The final result (`SUCCESS`, `FAIL` or `CANCELLED`) is sent to `notify_url` as
      `MCHTRANSFER.BILL.FINISHED` (see `TransferBillNotificationResource`); an unconfirmed
      bill is closed and refunded after about 24 hours.
    - An error answer does not mean that no bill exists. After a timeout, a 5XX or an unknown
      error, look the bill up with `query_transfer_bill_by_out_bill_no` and resend only with
      the same `out_bill_no` and identical parameters; a new `out_bill_no` could pay twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716434

    Operation: ``create_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-bills)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillCreateRequest): 发起转账请求 — transfer bill request. `user_name` is sensitive
            (the SDK encrypts it).
            Amounts are in fen (分).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBillCreateResponse
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
    body: TransferBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[TransferBillCreateResponse]:
    """发起转账

    发起转账 — creates a transfer bill that moves money from the merchant to one user
    (`openid` under `appid`). In this mode the user normally has to accept the money: when
    the answer says `state: WAIT_USER_CONFIRM`, hand `package_info` to the client
    (`wx.requestMerchantTransfer` and its equivalents) so that the user can confirm.

    - `transfer_scene_id` must be a scene the merchant has been granted, and
      `transfer_scene_report_infos` must carry exactly the `info_type` entries that scene
      asks for (fixed Chinese labels such as 活动名称 / 奖励说明).
    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. It is needed from 2,000 yuan upwards, and WeChat Pay checks it
      against the user's real name.
    - The final result (`SUCCESS`, `FAIL` or `CANCELLED`) is sent to `notify_url` as
      `MCHTRANSFER.BILL.FINISHED` (see `TransferBillNotificationResource`); an unconfirmed
      bill is closed and refunded after about 24 hours.
    - An error answer does not mean that no bill exists. After a timeout, a 5XX or an unknown
      error, look the bill up with `query_transfer_bill_by_out_bill_no` and resend only with
      the same `out_bill_no` and identical parameters; a new `out_bill_no` could pay twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716434

    Operation: ``create_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-bills)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillCreateRequest): 发起转账请求 — transfer bill request. `user_name` is sensitive
            (the SDK encrypts it).
            Amounts are in fen (分).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBillCreateResponse]
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
    body: TransferBillCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> TransferBillCreateResponse:
    """发起转账

    发起转账 — creates a transfer bill that moves money from the merchant to one user
    (`openid` under `appid`). In this mode the user normally has to accept the money: when
    the answer says `state: WAIT_USER_CONFIRM`, hand `package_info` to the client
    (`wx.requestMerchantTransfer` and its equivalents) so that the user can confirm.

    - `transfer_scene_id` must be a scene the merchant has been granted, and
      `transfer_scene_report_infos` must carry exactly the `info_type` entries that scene
      asks for (fixed Chinese labels such as 活动名称 / 奖励说明).
    - `user_name` is sensitive: pass the plaintext; the SDK encrypts it and sets
      `Wechatpay-Serial`. It is needed from 2,000 yuan upwards, and WeChat Pay checks it
      against the user's real name.
    - The final result (`SUCCESS`, `FAIL` or `CANCELLED`) is sent to `notify_url` as
      `MCHTRANSFER.BILL.FINISHED` (see `TransferBillNotificationResource`); an unconfirmed
      bill is closed and refunded after about 24 hours.
    - An error answer does not mean that no bill exists. After a timeout, a 5XX or an unknown
      error, look the bill up with `query_transfer_bill_by_out_bill_no` and resend only with
      the same `out_bill_no` and identical parameters; a new `out_bill_no` could pay twice.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716434

    Operation: ``create_transfer_bill`` (POST /v3/fund-app/mch-transfer/transfer-bills)

    Args:
        wechatpay_serial (str | Unset):
        body (TransferBillCreateRequest): 发起转账请求 — transfer bill request. `user_name` is sensitive
            (the SDK encrypts it).
            Amounts are in fen (分).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBillCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
