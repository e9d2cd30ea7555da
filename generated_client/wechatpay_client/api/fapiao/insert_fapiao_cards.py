# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_insert_cards_request import FapiaoInsertCardsRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "insert_fapiao_cards"


def _get_kwargs(
    fapiao_apply_id: str,
    *,
    body: FapiaoInsertCardsRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards".format(
            fapiao_apply_id=quote(str(fapiao_apply_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FapiaoInsertCardsRequest)
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
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoInsertCardsRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[None]:
    """将电子发票插入微信用户卡包

    将电子发票插入微信用户卡包 — puts fapiao that the merchant issued itself into the
    buyer's WeChat card wallet. Upload each file first with `upload_fapiao_file` (its
    `fapiao_media_id` is valid for three days) and describe each fapiao in
    `fapiao_card_information` (at most five).

    - `scene = WITH_WECHATPAY`: `fapiao_apply_id` is the paid WeChat Pay order number;
      `WITHOUT_WECHATPAY` needs the title link flow first (`query_fapiao_user_title_url`).
    - `buyer_information.phone` and `.email` are sensitive: give plaintext; the SDK
      encrypts them and fills `Wechatpay-Serial`.
    - One WeChat Pay order can be inserted once; the pages say repeated calls are checked
      for idempotency. WeChat Pay answers `202 Accepted` with no body; the result arrives
      as `FAPIAO.CARD_INSERTED` (`FapiaoNotificationResource`) and can be read with
      `query_fapiao` (`card_information`), which is also the lookup after an unclear
      outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538365

    Operation: ``insert_fapiao_cards`` (POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards)

    Args:
        fapiao_apply_id (str):
        wechatpay_serial (str | Unset):
        body (FapiaoInsertCardsRequest): 将电子发票插入微信用户卡包请求 — the buyer and up to five self-issued
            fapiao.

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
        fapiao_apply_id=fapiao_apply_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FapiaoInsertCardsRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[None]:
    """将电子发票插入微信用户卡包

    将电子发票插入微信用户卡包 — puts fapiao that the merchant issued itself into the
    buyer's WeChat card wallet. Upload each file first with `upload_fapiao_file` (its
    `fapiao_media_id` is valid for three days) and describe each fapiao in
    `fapiao_card_information` (at most five).

    - `scene = WITH_WECHATPAY`: `fapiao_apply_id` is the paid WeChat Pay order number;
      `WITHOUT_WECHATPAY` needs the title link flow first (`query_fapiao_user_title_url`).
    - `buyer_information.phone` and `.email` are sensitive: give plaintext; the SDK
      encrypts them and fills `Wechatpay-Serial`.
    - One WeChat Pay order can be inserted once; the pages say repeated calls are checked
      for idempotency. WeChat Pay answers `202 Accepted` with no body; the result arrives
      as `FAPIAO.CARD_INSERTED` (`FapiaoNotificationResource`) and can be read with
      `query_fapiao` (`card_information`), which is also the lookup after an unclear
      outcome.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538365

    Operation: ``insert_fapiao_cards`` (POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards)

    Args:
        fapiao_apply_id (str):
        wechatpay_serial (str | Unset):
        body (FapiaoInsertCardsRequest): 将电子发票插入微信用户卡包请求 — the buyer and up to five self-issued
            fapiao.

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
        fapiao_apply_id=fapiao_apply_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
