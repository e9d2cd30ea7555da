# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_issue_request import FapiaoIssueRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "issue_fapiao"


def _get_kwargs(
    *,
    body: FapiaoIssueRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/new-tax-control-fapiao/fapiao-applications",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FapiaoIssueRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 202:
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
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoIssueRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[None]:
    """开具电子发票

    开具电子发票 — asks WeChat Pay to issue up to five fapiao for one application
    (`fapiao_apply_id`) after the merchant has been paid, and to put them into the buyer's
    card wallet.

    - `scene = WITH_WECHATPAY`: `fapiao_apply_id` is the WeChat Pay order number
      (`transaction_id`) of an order of this merchant; no title link is needed.
      `scene = WITHOUT_WECHATPAY` (paid outside WeChat Pay): first get a title link with
      `query_fapiao_user_title_url` using a `fapiao_apply_id` of your own, wait until the
      buyer has filled in the title (`FAPIAO.USER_APPLIED`), then issue with that same
      number.
    - `buyer_information` is the invoice title; read the buyer's own entry with
      `query_fapiao_user_title` or collect it yourself. `phone` and `email` are sensitive:
      give plaintext; the SDK encrypts them and fills `Wechatpay-Serial`.
    - The sum of `fapiao_information[].total_amount` may not exceed the paid amount (or
      the `total_amount` given to `query_fapiao_user_title_url`). The pages in the stored
      copies limit each fapiao to 8 lines; items use integer fen, quantities in units of
      10^-8 (100000000 = 1) and tax rates in units of 1/10000 (1300 = 13%).
    - WeChat Pay answers `202 Accepted` with no body: the request is only queued. The
      result arrives as a `FAPIAO.ISSUED` notification (`FapiaoNotificationResource`) and can
      be read with `query_fapiao`. After a timeout or 5xx, look the application up with
      `query_fapiao` before sending again; a failed fapiao may be retried under a new
      `fapiao_id` (the pages allow a few retries per application).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538301

    Operation: ``issue_fapiao`` (POST /v3/new-tax-control-fapiao/fapiao-applications)

    Args:
        wechatpay_serial (str | Unset):
        body (FapiaoIssueRequest): 开具电子发票请求 — one fapiao application with up to five fapiao.

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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoIssueRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[None]:
    """开具电子发票

    开具电子发票 — asks WeChat Pay to issue up to five fapiao for one application
    (`fapiao_apply_id`) after the merchant has been paid, and to put them into the buyer's
    card wallet.

    - `scene = WITH_WECHATPAY`: `fapiao_apply_id` is the WeChat Pay order number
      (`transaction_id`) of an order of this merchant; no title link is needed.
      `scene = WITHOUT_WECHATPAY` (paid outside WeChat Pay): first get a title link with
      `query_fapiao_user_title_url` using a `fapiao_apply_id` of your own, wait until the
      buyer has filled in the title (`FAPIAO.USER_APPLIED`), then issue with that same
      number.
    - `buyer_information` is the invoice title; read the buyer's own entry with
      `query_fapiao_user_title` or collect it yourself. `phone` and `email` are sensitive:
      give plaintext; the SDK encrypts them and fills `Wechatpay-Serial`.
    - The sum of `fapiao_information[].total_amount` may not exceed the paid amount (or
      the `total_amount` given to `query_fapiao_user_title_url`). The pages in the stored
      copies limit each fapiao to 8 lines; items use integer fen, quantities in units of
      10^-8 (100000000 = 1) and tax rates in units of 1/10000 (1300 = 13%).
    - WeChat Pay answers `202 Accepted` with no body: the request is only queued. The
      result arrives as a `FAPIAO.ISSUED` notification (`FapiaoNotificationResource`) and can
      be read with `query_fapiao`. After a timeout or 5xx, look the application up with
      `query_fapiao` before sending again; a failed fapiao may be retried under a new
      `fapiao_id` (the pages allow a few retries per application).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538301

    Operation: ``issue_fapiao`` (POST /v3/new-tax-control-fapiao/fapiao-applications)

    Args:
        wechatpay_serial (str | Unset):
        body (FapiaoIssueRequest): 开具电子发票请求 — one fapiao application with up to five fapiao.

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
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
