# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edu_papay_contract import EduPapayContract
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_edu_papay_contract"


def _get_kwargs(
    contract_id: str,
    *,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["sub_mchid"] = sub_mchid

    params["sub_appid"] = sub_appid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/edu-papay/contracts/id/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EduPapayContract:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, EduPapayContract)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EduPapayContract]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> Response[EduPapayContract]:
    """通过协议号查询签约

    通过协议号查询签约 — reads one education renewal contract by the `contract_id` WeChat Pay
    assigned when the user signed. The answer carries the user, the template and, in
    `contract_information`, the contract state (`ADD` signed, `DELETE` terminated). A contract
    that does not exist gives an error code (the older page says the same of a terminated
    one). Read-only; it also settles an unclear outcome of `terminate_edu_papay_contract`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522951

    Operation: ``query_edu_papay_contract`` (GET /v3/edu-papay/contracts/id/{contract_id})

    Args:
        contract_id (str):
        appid (str):
        sub_mchid (str | Unset):
        sub_appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduPapayContract]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_mchid=sub_mchid,
        sub_appid=sub_appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> EduPapayContract:
    """通过协议号查询签约

    通过协议号查询签约 — reads one education renewal contract by the `contract_id` WeChat Pay
    assigned when the user signed. The answer carries the user, the template and, in
    `contract_information`, the contract state (`ADD` signed, `DELETE` terminated). A contract
    that does not exist gives an error code (the older page says the same of a terminated
    one). Read-only; it also settles an unclear outcome of `terminate_edu_papay_contract`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522951

    Operation: ``query_edu_papay_contract`` (GET /v3/edu-papay/contracts/id/{contract_id})

    Args:
        contract_id (str):
        appid (str):
        sub_mchid (str | Unset):
        sub_appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduPapayContract
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_mchid=sub_mchid,
        sub_appid=sub_appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> Response[EduPapayContract]:
    """通过协议号查询签约

    通过协议号查询签约 — reads one education renewal contract by the `contract_id` WeChat Pay
    assigned when the user signed. The answer carries the user, the template and, in
    `contract_information`, the contract state (`ADD` signed, `DELETE` terminated). A contract
    that does not exist gives an error code (the older page says the same of a terminated
    one). Read-only; it also settles an unclear outcome of `terminate_edu_papay_contract`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522951

    Operation: ``query_edu_papay_contract`` (GET /v3/edu-papay/contracts/id/{contract_id})

    Args:
        contract_id (str):
        appid (str):
        sub_mchid (str | Unset):
        sub_appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[EduPapayContract]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_mchid=sub_mchid,
        sub_appid=sub_appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    sub_mchid: str | Unset = UNSET,
    sub_appid: str | Unset = UNSET,
) -> EduPapayContract:
    """通过协议号查询签约

    通过协议号查询签约 — reads one education renewal contract by the `contract_id` WeChat Pay
    assigned when the user signed. The answer carries the user, the template and, in
    `contract_information`, the contract state (`ADD` signed, `DELETE` terminated). A contract
    that does not exist gives an error code (the older page says the same of a terminated
    one). Read-only; it also settles an unclear outcome of `terminate_edu_papay_contract`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012522951

    Operation: ``query_edu_papay_contract`` (GET /v3/edu-papay/contracts/id/{contract_id})

    Args:
        contract_id (str):
        appid (str):
        sub_mchid (str | Unset):
        sub_appid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        EduPapayContract
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        appid=appid,
        sub_mchid=sub_mchid,
        sub_appid=sub_appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
