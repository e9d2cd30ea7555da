# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_bill_receipt import TransferBillReceipt
from ...types import Response

OPERATION_ID = "query_transfer_bill_receipt_by_transfer_bill_no"


def _get_kwargs(
    transfer_bill_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}".format(
            transfer_bill_no=quote(str(transfer_bill_no), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TransferBillReceipt:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, TransferBillReceipt)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TransferBillReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_bill_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TransferBillReceipt]:
    """微信单号查询电子回单

    微信单号查询电子回单 — reads the progress of a receipt request by `transfer_bill_no`;
    otherwise as `query_transfer_bill_receipt_by_out_bill_no` (download with
    `download_transfer_bill_receipt` within 10 minutes and check `hash_value`). Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716455

    Operation: ``query_transfer_bill_receipt_by_transfer_bill_no`` (GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no})

    Args:
        transfer_bill_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBillReceipt]
    """

    kwargs = _get_kwargs(
        transfer_bill_no=transfer_bill_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_bill_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransferBillReceipt:
    """微信单号查询电子回单

    微信单号查询电子回单 — reads the progress of a receipt request by `transfer_bill_no`;
    otherwise as `query_transfer_bill_receipt_by_out_bill_no` (download with
    `download_transfer_bill_receipt` within 10 minutes and check `hash_value`). Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716455

    Operation: ``query_transfer_bill_receipt_by_transfer_bill_no`` (GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no})

    Args:
        transfer_bill_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBillReceipt
    """

    kwargs = _get_kwargs(
        transfer_bill_no=transfer_bill_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    transfer_bill_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TransferBillReceipt]:
    """微信单号查询电子回单

    微信单号查询电子回单 — reads the progress of a receipt request by `transfer_bill_no`;
    otherwise as `query_transfer_bill_receipt_by_out_bill_no` (download with
    `download_transfer_bill_receipt` within 10 minutes and check `hash_value`). Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716455

    Operation: ``query_transfer_bill_receipt_by_transfer_bill_no`` (GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no})

    Args:
        transfer_bill_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[TransferBillReceipt]
    """

    kwargs = _get_kwargs(
        transfer_bill_no=transfer_bill_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_bill_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransferBillReceipt:
    """微信单号查询电子回单

    微信单号查询电子回单 — reads the progress of a receipt request by `transfer_bill_no`;
    otherwise as `query_transfer_bill_receipt_by_out_bill_no` (download with
    `download_transfer_bill_receipt` within 10 minutes and check `hash_value`). Read-only;
    safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012716455

    Operation: ``query_transfer_bill_receipt_by_transfer_bill_no`` (GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no})

    Args:
        transfer_bill_no (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        TransferBillReceipt
    """

    kwargs = _get_kwargs(
        transfer_bill_no=transfer_bill_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
