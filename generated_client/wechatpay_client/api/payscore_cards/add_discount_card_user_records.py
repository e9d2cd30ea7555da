# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_card_user_records_request import PayscoreCardUserRecordsRequest
from ...types import Response

OPERATION_ID = "add_discount_card_user_records"


def _get_kwargs(
    out_card_code: str,
    *,
    body: PayscoreCardUserRecordsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/discount-card/cards/{out_card_code}/add-user-records".format(
            out_card_code=quote(str(out_card_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscoreCardUserRecordsRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    out_card_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreCardUserRecordsRequest,
) -> Response[None]:
    """增加用户记录API

    增加用户记录 — reports what the user did with the card at the merchant: goals completed
    (`objective_completion_records`) and rewards used (`reward_usage_records`). WeChat Pay
    shows them in the discount-card mini program and uses them to settle the card when its
    term ends. No content in the answer (`204`).

    - Each record carries the merchant's serial number (`objective_completion_serial_no`,
      `reward_usage_serial_no`).
    - Not documented as idempotent. After a timeout or 5xx, check the card's records with
      `query_discount_card` (by serial number) before resending.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_2.shtml

    Operation: ``add_discount_card_user_records`` (POST /v3/discount-card/cards/{out_card_code}/add-user-records)

    Args:
        out_card_code (str):
        body (PayscoreCardUserRecordsRequest): 增加用户记录请求 — goal completions and reward usages of a
            card.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        out_card_code=out_card_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    out_card_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PayscoreCardUserRecordsRequest,
) -> Response[None]:
    """增加用户记录API

    增加用户记录 — reports what the user did with the card at the merchant: goals completed
    (`objective_completion_records`) and rewards used (`reward_usage_records`). WeChat Pay
    shows them in the discount-card mini program and uses them to settle the card when its
    term ends. No content in the answer (`204`).

    - Each record carries the merchant's serial number (`objective_completion_serial_no`,
      `reward_usage_serial_no`).
    - Not documented as idempotent. After a timeout or 5xx, check the card's records with
      `query_discount_card` (by serial number) before resending.

    Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_2.shtml

    Operation: ``add_discount_card_user_records`` (POST /v3/discount-card/cards/{out_card_code}/add-user-records)

    Args:
        out_card_code (str):
        body (PayscoreCardUserRecordsRequest): 增加用户记录请求 — goal completions and reward usages of a
            card.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        out_card_code=out_card_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
