# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_user_title import FapiaoUserTitle
from ...models.query_fapiao_user_title_scene import QueryFapiaoUserTitleScene
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_fapiao_user_title"


def _get_kwargs(
    *,
    sub_mchid: str | Unset = UNSET,
    scene: QueryFapiaoUserTitleScene,
    fapiao_apply_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    json_scene: str = scene
    params["scene"] = json_scene

    params["fapiao_apply_id"] = fapiao_apply_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/new-tax-control-fapiao/user-title",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FapiaoUserTitle:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FapiaoUserTitle)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FapiaoUserTitle]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    scene: QueryFapiaoUserTitleScene,
    fapiao_apply_id: str,
) -> Response[FapiaoUserTitle]:
    """获取用户填写的抬头

    获取用户填写的抬头 — checks whether the buyer has filled in the invoice title for an
    application and returns it (type, name, taxpayer ID, address, bank, phone, email, and
    for the newer pages the order amount and the requested fapiao type). Works for the
    title-link flow (`WITHOUT_WECHATPAY`, after `FAPIAO.USER_APPLIED`) and for WeChat Pay
    orders whose payment voucher offered the fapiao entry (`WITH_WECHATPAY`, where
    `fapiao_apply_id` is the `transaction_id`).

    `phone` and `email` come back encrypted with the merchant's key; the SDK decrypts them
    after verifying the answer. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538112

    Operation: ``query_fapiao_user_title`` (GET /v3/new-tax-control-fapiao/user-title)

    Args:
        sub_mchid (str | Unset):
        scene (QueryFapiaoUserTitleScene):
        fapiao_apply_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoUserTitle]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        scene=scene,
        fapiao_apply_id=fapiao_apply_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    scene: QueryFapiaoUserTitleScene,
    fapiao_apply_id: str,
) -> FapiaoUserTitle:
    """获取用户填写的抬头

    获取用户填写的抬头 — checks whether the buyer has filled in the invoice title for an
    application and returns it (type, name, taxpayer ID, address, bank, phone, email, and
    for the newer pages the order amount and the requested fapiao type). Works for the
    title-link flow (`WITHOUT_WECHATPAY`, after `FAPIAO.USER_APPLIED`) and for WeChat Pay
    orders whose payment voucher offered the fapiao entry (`WITH_WECHATPAY`, where
    `fapiao_apply_id` is the `transaction_id`).

    `phone` and `email` come back encrypted with the merchant's key; the SDK decrypts them
    after verifying the answer. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538112

    Operation: ``query_fapiao_user_title`` (GET /v3/new-tax-control-fapiao/user-title)

    Args:
        sub_mchid (str | Unset):
        scene (QueryFapiaoUserTitleScene):
        fapiao_apply_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoUserTitle
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        scene=scene,
        fapiao_apply_id=fapiao_apply_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    scene: QueryFapiaoUserTitleScene,
    fapiao_apply_id: str,
) -> Response[FapiaoUserTitle]:
    """获取用户填写的抬头

    获取用户填写的抬头 — checks whether the buyer has filled in the invoice title for an
    application and returns it (type, name, taxpayer ID, address, bank, phone, email, and
    for the newer pages the order amount and the requested fapiao type). Works for the
    title-link flow (`WITHOUT_WECHATPAY`, after `FAPIAO.USER_APPLIED`) and for WeChat Pay
    orders whose payment voucher offered the fapiao entry (`WITH_WECHATPAY`, where
    `fapiao_apply_id` is the `transaction_id`).

    `phone` and `email` come back encrypted with the merchant's key; the SDK decrypts them
    after verifying the answer. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538112

    Operation: ``query_fapiao_user_title`` (GET /v3/new-tax-control-fapiao/user-title)

    Args:
        sub_mchid (str | Unset):
        scene (QueryFapiaoUserTitleScene):
        fapiao_apply_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoUserTitle]
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        scene=scene,
        fapiao_apply_id=fapiao_apply_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    scene: QueryFapiaoUserTitleScene,
    fapiao_apply_id: str,
) -> FapiaoUserTitle:
    """获取用户填写的抬头

    获取用户填写的抬头 — checks whether the buyer has filled in the invoice title for an
    application and returns it (type, name, taxpayer ID, address, bank, phone, email, and
    for the newer pages the order amount and the requested fapiao type). Works for the
    title-link flow (`WITHOUT_WECHATPAY`, after `FAPIAO.USER_APPLIED`) and for WeChat Pay
    orders whose payment voucher offered the fapiao entry (`WITH_WECHATPAY`, where
    `fapiao_apply_id` is the `transaction_id`).

    `phone` and `email` come back encrypted with the merchant's key; the SDK decrypts them
    after verifying the answer. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538112

    Operation: ``query_fapiao_user_title`` (GET /v3/new-tax-control-fapiao/user-title)

    Args:
        sub_mchid (str | Unset):
        scene (QueryFapiaoUserTitleScene):
        fapiao_apply_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoUserTitle
    """

    kwargs = _get_kwargs(
        sub_mchid=sub_mchid,
        scene=scene,
        fapiao_apply_id=fapiao_apply_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
