# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``pay_with_contract`` tag: one method per operation of ``api/pay_with_contract/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.password_exempt_contract import PasswordExemptContract
    from ..models.password_exempt_contract_ref import PasswordExemptContractRef
    from ..models.password_exempt_mini_program_pre_sign_request import PasswordExemptMiniProgramPreSignRequest
    from ..models.password_exempt_mini_program_pre_sign_response import PasswordExemptMiniProgramPreSignResponse
    from ..models.password_exempt_pay_redirect_pre_sign_request import PasswordExemptPayRedirectPreSignRequest
    from ..models.password_exempt_terminate_request import PasswordExemptTerminateRequest
    from ..models.pay_with_contract_app_request import PayWithContractAppRequest
    from ..models.pay_with_contract_jsapi_request import PayWithContractJsapiRequest
    from ..models.pay_with_contract_prepay_response import PayWithContractPrepayResponse
    from ..types import Response


class PayWithContractResource(SyncResource):
    """``pay_with_contract`` (typed results).

    免密支付 / 支付中签约 — password-exempt payment and sign-while-paying for direct merchants:
    pre-sign a password-exempt contract (mini program, after payment), query and terminate it,
    and place JSAPI/App orders that sign or use a contract. Paths under
    `/v3/password-exempt-contract/contracts/` and `/v3/pay/transactions/{jsapi,app}-with-contract`.
    """

    __slots__ = ()

    def create_app_transaction_with_contract(
        self, *, body: PayWithContractAppRequest | Mapping[str, Any]
    ) -> PayWithContractPrepayResponse:
        """APP下单并签约

        APP下单并签约 — place an App order that also asks the user to sign an entrusted-deduction
        contract (支付中签约): when the app starts the payment, WeChat guides the user through the
        signing as part of paying. Returns `prepay_id`. `contract_info` names the plan, the
        merchant's contract code and the request serial.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          once the user pays; `contract_info.contract_notify_url` receives the contract outcome.
        - Not documented as idempotent. After an unclear outcome, query the order with
          `query_transaction_by_out_trade_no` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017019923

        Operation: ``create_app_transaction_with_contract`` (POST /v3/pay/transactions/app-with-contract); function: ``api.pay_with_contract.create_app_transaction_with_contract``.
        """
        from ..api.pay_with_contract import create_app_transaction_with_contract as _op

        return self._invoker.call(_op.sync, body=body)

    def create_jsapi_transaction_with_contract(
        self, *, body: PayWithContractJsapiRequest | Mapping[str, Any]
    ) -> PayWithContractPrepayResponse:
        """JSAPI下单并授权/签约

        JSAPI下单并授权/签约 — place a JSAPI (official account / mini-program) order that also
        carries a contract: either a deduction-service pre-authorisation `token` obtained by a
        pre-sign, or the `password_free_contract_id` of a password-exempt contract the user has
        signed, or the plan fields of a contract to sign while paying. Returns `prepay_id`; the
        page then starts payment as for any JSAPI order.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          once the user pays; `contract_info.contract_notify_url` receives the contract outcome.
        - Not documented as idempotent. After an unclear outcome, query the order with
          `query_transaction_by_out_trade_no` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012530178

        Operation: ``create_jsapi_transaction_with_contract`` (POST /v3/pay/transactions/jsapi-with-contract); function: ``api.pay_with_contract.create_jsapi_transaction_with_contract``.
        """
        from ..api.pay_with_contract import create_jsapi_transaction_with_contract as _op

        return self._invoker.call(_op.sync, body=body)

    def create_password_exempt_mini_program_pre_sign(
        self, *, body: PasswordExemptMiniProgramPreSignRequest | Mapping[str, Any]
    ) -> PasswordExemptMiniProgramPreSignResponse:
        """直连商户模式小程序场景预签约API

        免密支付小程序预签约 — prepare a password-exempt payment contract before the merchant's mini
        program opens the WeChat signing mini program. Returns `pre_entrustweb_id` with the
        AppID and path of the signing mini program to open; the user then confirms there and comes
        back. The signing session is valid for 2 hours.

        - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent when the user
          gives up or signing fails.
        - Not documented as idempotent. After an unclear outcome, check with
          `query_password_exempt_contract` whether a contract already exists for
          `out_contract_code`; if not, pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472870

        Operation: ``create_password_exempt_mini_program_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program); function: ``api.pay_with_contract.create_password_exempt_mini_program_pre_sign``.
        """
        from ..api.pay_with_contract import create_password_exempt_mini_program_pre_sign as _op

        return self._invoker.call(_op.sync, body=body)

    def create_password_exempt_pay_redirect_pre_sign(
        self, *, body: PasswordExemptPayRedirectPreSignRequest | Mapping[str, Any]
    ) -> PasswordExemptContractRef:
        """直连商户模式支付后场景预签约API

        免密支付支付后预签约 — after placing an order and receiving its `prepay_id`, register a
        password-exempt contract offer for that payment: if the user pays within the 2-hour session
        and nothing else prevents it, WeChat offers to open password-exempt payment after the
        payment. When the pre-sign fails the user is simply not offered the contract.

        - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent otherwise.
        - Not documented as idempotent. After an unclear outcome, check with
          `query_password_exempt_contract`; a resend for the same `prepay_id` is the only way to
          be sure the offer is registered.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472874

        Operation: ``create_password_exempt_pay_redirect_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign); function: ``api.pay_with_contract.create_password_exempt_pay_redirect_pre_sign``.
        """
        from ..api.pay_with_contract import create_password_exempt_pay_redirect_pre_sign as _op

        return self._invoker.call(_op.sync, body=body)

    def query_password_exempt_contract(self, service_id: int, out_contract_code: str) -> PasswordExemptContract:
        """商户通过商户协议号查询协议API

        查询免密支付协议 — look up a password-exempt payment contract by the service ID and the
        merchant's contract code: its state (`contract_state`), the user, when it was signed and,
        for a terminated contract, how and when it ended.

        This is the lookup that resolves an unclear outcome of the two pre-sign operations and of
        `terminate_password_exempt_contract`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472855

        Operation: ``query_password_exempt_contract`` (GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}); function: ``api.pay_with_contract.query_password_exempt_contract``.
        """
        from ..api.pay_with_contract import query_password_exempt_contract as _op

        return self._invoker.call(_op.sync, service_id=service_id, out_contract_code=out_contract_code)

    def terminate_password_exempt_contract(
        self, service_id: int, out_contract_code: str, *, body: PasswordExemptTerminateRequest | Mapping[str, Any]
    ) -> PasswordExemptContractRef:
        """商户通过商户协议号解约协议API

        解约免密支付协议 — terminate an active password-exempt payment contract, identified by the
        service ID and the merchant's contract code, with a remark saying why.

        - Not documented as idempotent. After an unclear outcome, check `contract_state` with
          `query_password_exempt_contract` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472858

        Operation: ``terminate_password_exempt_contract`` (POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate); function: ``api.pay_with_contract.terminate_password_exempt_contract``.
        """
        from ..api.pay_with_contract import terminate_password_exempt_contract as _op

        return self._invoker.call(_op.sync, service_id=service_id, out_contract_code=out_contract_code, body=body)


class AsyncPayWithContractResource(AsyncResource):
    """``pay_with_contract`` (async, typed results).

    免密支付 / 支付中签约 — password-exempt payment and sign-while-paying for direct merchants:
    pre-sign a password-exempt contract (mini program, after payment), query and terminate it,
    and place JSAPI/App orders that sign or use a contract. Paths under
    `/v3/password-exempt-contract/contracts/` and `/v3/pay/transactions/{jsapi,app}-with-contract`.
    """

    __slots__ = ()

    async def create_app_transaction_with_contract(
        self, *, body: PayWithContractAppRequest | Mapping[str, Any]
    ) -> PayWithContractPrepayResponse:
        """APP下单并签约

        APP下单并签约 — place an App order that also asks the user to sign an entrusted-deduction
        contract (支付中签约): when the app starts the payment, WeChat guides the user through the
        signing as part of paying. Returns `prepay_id`. `contract_info` names the plan, the
        merchant's contract code and the request serial.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          once the user pays; `contract_info.contract_notify_url` receives the contract outcome.
        - Not documented as idempotent. After an unclear outcome, query the order with
          `query_transaction_by_out_trade_no` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017019923

        Operation: ``create_app_transaction_with_contract`` (POST /v3/pay/transactions/app-with-contract); function: ``api.pay_with_contract.create_app_transaction_with_contract``.
        """
        from ..api.pay_with_contract import create_app_transaction_with_contract as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_jsapi_transaction_with_contract(
        self, *, body: PayWithContractJsapiRequest | Mapping[str, Any]
    ) -> PayWithContractPrepayResponse:
        """JSAPI下单并授权/签约

        JSAPI下单并授权/签约 — place a JSAPI (official account / mini-program) order that also
        carries a contract: either a deduction-service pre-authorisation `token` obtained by a
        pre-sign, or the `password_free_contract_id` of a password-exempt contract the user has
        signed, or the plan fields of a contract to sign while paying. Returns `prepay_id`; the
        page then starts payment as for any JSAPI order.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          once the user pays; `contract_info.contract_notify_url` receives the contract outcome.
        - Not documented as idempotent. After an unclear outcome, query the order with
          `query_transaction_by_out_trade_no` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012530178

        Operation: ``create_jsapi_transaction_with_contract`` (POST /v3/pay/transactions/jsapi-with-contract); function: ``api.pay_with_contract.create_jsapi_transaction_with_contract``.
        """
        from ..api.pay_with_contract import create_jsapi_transaction_with_contract as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_password_exempt_mini_program_pre_sign(
        self, *, body: PasswordExemptMiniProgramPreSignRequest | Mapping[str, Any]
    ) -> PasswordExemptMiniProgramPreSignResponse:
        """直连商户模式小程序场景预签约API

        免密支付小程序预签约 — prepare a password-exempt payment contract before the merchant's mini
        program opens the WeChat signing mini program. Returns `pre_entrustweb_id` with the
        AppID and path of the signing mini program to open; the user then confirms there and comes
        back. The signing session is valid for 2 hours.

        - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent when the user
          gives up or signing fails.
        - Not documented as idempotent. After an unclear outcome, check with
          `query_password_exempt_contract` whether a contract already exists for
          `out_contract_code`; if not, pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472870

        Operation: ``create_password_exempt_mini_program_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program); function: ``api.pay_with_contract.create_password_exempt_mini_program_pre_sign``.
        """
        from ..api.pay_with_contract import create_password_exempt_mini_program_pre_sign as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_password_exempt_pay_redirect_pre_sign(
        self, *, body: PasswordExemptPayRedirectPreSignRequest | Mapping[str, Any]
    ) -> PasswordExemptContractRef:
        """直连商户模式支付后场景预签约API

        免密支付支付后预签约 — after placing an order and receiving its `prepay_id`, register a
        password-exempt contract offer for that payment: if the user pays within the 2-hour session
        and nothing else prevents it, WeChat offers to open password-exempt payment after the
        payment. When the pre-sign fails the user is simply not offered the contract.

        - When the user signs, WeChat Pay notifies `notify_url`; nothing is sent otherwise.
        - Not documented as idempotent. After an unclear outcome, check with
          `query_password_exempt_contract`; a resend for the same `prepay_id` is the only way to
          be sure the offer is registered.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472874

        Operation: ``create_password_exempt_pay_redirect_pre_sign`` (POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign); function: ``api.pay_with_contract.create_password_exempt_pay_redirect_pre_sign``.
        """
        from ..api.pay_with_contract import create_password_exempt_pay_redirect_pre_sign as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_password_exempt_contract(self, service_id: int, out_contract_code: str) -> PasswordExemptContract:
        """商户通过商户协议号查询协议API

        查询免密支付协议 — look up a password-exempt payment contract by the service ID and the
        merchant's contract code: its state (`contract_state`), the user, when it was signed and,
        for a terminated contract, how and when it ended.

        This is the lookup that resolves an unclear outcome of the two pre-sign operations and of
        `terminate_password_exempt_contract`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472855

        Operation: ``query_password_exempt_contract`` (GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}); function: ``api.pay_with_contract.query_password_exempt_contract``.
        """
        from ..api.pay_with_contract import query_password_exempt_contract as _op

        return await self._invoker.call(_op.asyncio, service_id=service_id, out_contract_code=out_contract_code)

    async def terminate_password_exempt_contract(
        self, service_id: int, out_contract_code: str, *, body: PasswordExemptTerminateRequest | Mapping[str, Any]
    ) -> PasswordExemptContractRef:
        """商户通过商户协议号解约协议API

        解约免密支付协议 — terminate an active password-exempt payment contract, identified by the
        service ID and the merchant's contract code, with a remark saying why.

        - Not documented as idempotent. After an unclear outcome, check `contract_state` with
          `query_password_exempt_contract` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472858

        Operation: ``terminate_password_exempt_contract`` (POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate); function: ``api.pay_with_contract.terminate_password_exempt_contract``.
        """
        from ..api.pay_with_contract import terminate_password_exempt_contract as _op

        return await self._invoker.call(
            _op.asyncio, service_id=service_id, out_contract_code=out_contract_code, body=body
        )


class PayWithContractResourceWithRawResponse(SyncResource):
    """``pay_with_contract`` (raw responses).

    免密支付 / 支付中签约 — password-exempt payment and sign-while-paying for direct merchants:
    pre-sign a password-exempt contract (mini program, after payment), query and terminate it,
    and place JSAPI/App orders that sign or use a contract. Paths under
    `/v3/password-exempt-contract/contracts/` and `/v3/pay/transactions/{jsapi,app}-with-contract`.
    """

    __slots__ = ()

    def create_app_transaction_with_contract(
        self, *, body: PayWithContractAppRequest | Mapping[str, Any]
    ) -> Response[PayWithContractPrepayResponse]:
        """``create_app_transaction_with_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        APP下单并签约
        """
        from ..api.pay_with_contract import create_app_transaction_with_contract as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_jsapi_transaction_with_contract(
        self, *, body: PayWithContractJsapiRequest | Mapping[str, Any]
    ) -> Response[PayWithContractPrepayResponse]:
        """``create_jsapi_transaction_with_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI下单并授权/签约
        """
        from ..api.pay_with_contract import create_jsapi_transaction_with_contract as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_password_exempt_mini_program_pre_sign(
        self, *, body: PasswordExemptMiniProgramPreSignRequest | Mapping[str, Any]
    ) -> Response[PasswordExemptMiniProgramPreSignResponse]:
        """``create_password_exempt_mini_program_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        直连商户模式小程序场景预签约API
        """
        from ..api.pay_with_contract import create_password_exempt_mini_program_pre_sign as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_password_exempt_pay_redirect_pre_sign(
        self, *, body: PasswordExemptPayRedirectPreSignRequest | Mapping[str, Any]
    ) -> Response[PasswordExemptContractRef]:
        """``create_password_exempt_pay_redirect_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        直连商户模式支付后场景预签约API
        """
        from ..api.pay_with_contract import create_password_exempt_pay_redirect_pre_sign as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_password_exempt_contract(
        self, service_id: int, out_contract_code: str
    ) -> Response[PasswordExemptContract]:
        """``query_password_exempt_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户通过商户协议号查询协议API
        """
        from ..api.pay_with_contract import query_password_exempt_contract as _op

        return self._invoker.call(_op.sync_detailed, service_id=service_id, out_contract_code=out_contract_code)

    def terminate_password_exempt_contract(
        self, service_id: int, out_contract_code: str, *, body: PasswordExemptTerminateRequest | Mapping[str, Any]
    ) -> Response[PasswordExemptContractRef]:
        """``terminate_password_exempt_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户通过商户协议号解约协议API
        """
        from ..api.pay_with_contract import terminate_password_exempt_contract as _op

        return self._invoker.call(
            _op.sync_detailed, service_id=service_id, out_contract_code=out_contract_code, body=body
        )


class AsyncPayWithContractResourceWithRawResponse(AsyncResource):
    """``pay_with_contract`` (async, raw responses).

    免密支付 / 支付中签约 — password-exempt payment and sign-while-paying for direct merchants:
    pre-sign a password-exempt contract (mini program, after payment), query and terminate it,
    and place JSAPI/App orders that sign or use a contract. Paths under
    `/v3/password-exempt-contract/contracts/` and `/v3/pay/transactions/{jsapi,app}-with-contract`.
    """

    __slots__ = ()

    async def create_app_transaction_with_contract(
        self, *, body: PayWithContractAppRequest | Mapping[str, Any]
    ) -> Response[PayWithContractPrepayResponse]:
        """``create_app_transaction_with_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        APP下单并签约
        """
        from ..api.pay_with_contract import create_app_transaction_with_contract as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_jsapi_transaction_with_contract(
        self, *, body: PayWithContractJsapiRequest | Mapping[str, Any]
    ) -> Response[PayWithContractPrepayResponse]:
        """``create_jsapi_transaction_with_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI下单并授权/签约
        """
        from ..api.pay_with_contract import create_jsapi_transaction_with_contract as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_password_exempt_mini_program_pre_sign(
        self, *, body: PasswordExemptMiniProgramPreSignRequest | Mapping[str, Any]
    ) -> Response[PasswordExemptMiniProgramPreSignResponse]:
        """``create_password_exempt_mini_program_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        直连商户模式小程序场景预签约API
        """
        from ..api.pay_with_contract import create_password_exempt_mini_program_pre_sign as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_password_exempt_pay_redirect_pre_sign(
        self, *, body: PasswordExemptPayRedirectPreSignRequest | Mapping[str, Any]
    ) -> Response[PasswordExemptContractRef]:
        """``create_password_exempt_pay_redirect_pre_sign`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        直连商户模式支付后场景预签约API
        """
        from ..api.pay_with_contract import create_password_exempt_pay_redirect_pre_sign as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_password_exempt_contract(
        self, service_id: int, out_contract_code: str
    ) -> Response[PasswordExemptContract]:
        """``query_password_exempt_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户通过商户协议号查询协议API
        """
        from ..api.pay_with_contract import query_password_exempt_contract as _op

        return await self._invoker.call(
            _op.asyncio_detailed, service_id=service_id, out_contract_code=out_contract_code
        )

    async def terminate_password_exempt_contract(
        self, service_id: int, out_contract_code: str, *, body: PasswordExemptTerminateRequest | Mapping[str, Any]
    ) -> Response[PasswordExemptContractRef]:
        """``terminate_password_exempt_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户通过商户协议号解约协议API
        """
        from ..api.pay_with_contract import terminate_password_exempt_contract as _op

        return await self._invoker.call(
            _op.asyncio_detailed, service_id=service_id, out_contract_code=out_contract_code, body=body
        )
