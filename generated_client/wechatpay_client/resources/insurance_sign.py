# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``insurance_sign`` tag: one method per operation of ``api/insurance_sign/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.insurance_contract import InsuranceContract
    from ..models.insurance_contract_query_response import InsuranceContractQueryResponse
    from ..models.insurance_modify_policy_periods_request import InsuranceModifyPolicyPeriodsRequest
    from ..models.insurance_modify_policy_periods_response import InsuranceModifyPolicyPeriodsResponse
    from ..models.insurance_policy_period_list_response import InsurancePolicyPeriodListResponse
    from ..models.insurance_pre_sign_app_request import InsurancePreSignAppRequest
    from ..models.insurance_pre_sign_app_response import InsurancePreSignAppResponse
    from ..models.insurance_pre_sign_h5_request import InsurancePreSignH5Request
    from ..models.insurance_pre_sign_h5_response import InsurancePreSignH5Response
    from ..models.insurance_pre_sign_jsapi_request import InsurancePreSignJsapiRequest
    from ..models.insurance_pre_sign_jsapi_response import InsurancePreSignJsapiResponse
    from ..models.insurance_pre_sign_mini_program_request import InsurancePreSignMiniProgramRequest
    from ..models.insurance_pre_sign_mini_program_response import InsurancePreSignMiniProgramResponse
    from ..models.insurance_renew_contract_request import InsuranceRenewContractRequest
    from ..models.insurance_terminate_contract_request import InsuranceTerminateContractRequest
    from ..types import Response, Unset


class InsuranceSignResource(SyncResource):
    """``insurance_sign`` (typed results).

    委托代扣∙保险业 — 签约与扣费周期管理 (insurance entrusted deduction: pre-sign, query,
    terminate and renew the auto-renewal contract; list and modify its policy periods).
    Paths under `/v3/papay/insurance-sign/`.
    """

    __slots__ = ()

    def list_policy_periods(
        self, plan_id: int, out_contract_code: str, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> InsurancePolicyPeriodListResponse:
        """保险商户查询保险扣费周期列表

        Lists the policy periods (扣费周期) of a contract, found by `plan_id` and
        `out_contract_code`, with each period's state and amounts. Paged with `limit` and
        `offset`.

        The path segment is `policy_periods` with an UNDERSCORE, while the modify and schedule
        paths use `policy-periods` with a hyphen; every source spells it this way, so it is
        kept.

        `modify_policy_periods` is documented to be checked against this list, before the
        change and again after an unclear outcome. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489530

        Operation: ``list_policy_periods`` (GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}); function: ``api.insurance_sign.list_policy_periods``.
        """
        from ..api.insurance_sign import list_policy_periods as _op

        return self._invoker.call(
            _op.sync, plan_id=plan_id, out_contract_code=out_contract_code, limit=limit, offset=offset
        )

    def modify_policy_periods(
        self, plan_id: int, contract_id: str, *, body: InsuranceModifyPolicyPeriodsRequest | Mapping[str, Any]
    ) -> InsuranceModifyPolicyPeriodsResponse:
        """保险商户修改保险扣费周期列表

        Changes the estimated amounts of a contract's policy periods.

        - Only periods in state `NO_SCHEDULED` or `SCHEDULED` can change, and an amount can
          only go down.
        - One request may lower one amount at most; send every other period exactly as it is.
        - `allow_cancel_scheduled` (是否允许取消预约) presumably lets WeChat Pay drop an existing
          schedule of the changed period; `cancel_scheduled_policy_period_id` then names that
          period.
        - The docs ask for a `list_policy_periods` check before the change and again when the
          outcome is unclear. Not idempotent.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012987596

        Operation: ``modify_policy_periods`` (POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify); function: ``api.insurance_sign.modify_policy_periods``.
        """
        from ..api.insurance_sign import modify_policy_periods as _op

        return self._invoker.call(_op.sync, plan_id=plan_id, contract_id=contract_id, body=body)

    def pre_sign_app(
        self, *, body: InsurancePreSignAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePreSignAppResponse:
        """保险商户App预签约

        App pre-sign: registers the contract terms (and, if wanted, the first deduction) with
        WeChat Pay ahead of signing and returns a pre-sign ID, `pre_entrustweb_id`, that stays
        usable for 10 minutes. The public docs do not say how the App hands
        `pre_entrustweb_id` to the WeChat client.

        - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
          side. `policy_periods` needs at least one period.
        - Optional trade block (sign and pay the first period in one flow): `amount`,
          `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
        - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
          `Wechatpay-Serial` itself.
        - The App page lists no `policy_periods[].policy_coverage_detail`, so the periods here
          are `InsuranceRenewPolicyPeriodPlan` (decision D3).
        - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
          `contract_notify_url`; when the trade block was sent, the first deduction's result
          follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
        - Idempotency is not documented. If the outcome is unclear, look the contract up with
          `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013005766

        Operation: ``pre_sign_app`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app); function: ``api.insurance_sign.pre_sign_app``.
        """
        from ..api.insurance_sign import pre_sign_app as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def pre_sign_h5(
        self, *, body: InsurancePreSignH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePreSignH5Response:
        """保险商户H5预签约

        H5 pre-sign for a mobile browser outside WeChat: registers the contract terms (and, if
        wanted, the first deduction) and returns `redirect_url`. Opening that URL in the same
        browser hands the user over to the signing page in the WeChat client. A 10-minute
        validity is documented for the App and JSAPI pre-signs only; it is assumed here.

        - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
          side. `policy_periods` needs at least one period.
        - Optional trade block (sign and pay the first period in one flow): `amount`,
          `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
        - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
          `Wechatpay-Serial` itself.
        - `jump_control.jump_appid` (the App to return to after signing) exists on H5 only.
        - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
          `contract_notify_url`; when the trade block was sent, the first deduction's result
          follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
        - Idempotency is not documented. If the outcome is unclear, look the contract up with
          `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529050

        Operation: ``pre_sign_h5`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5); function: ``api.insurance_sign.pre_sign_h5``.
        """
        from ..api.insurance_sign import pre_sign_h5 as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def pre_sign_jsapi(
        self, *, body: InsurancePreSignJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePreSignJsapiResponse:
        """保险商户JSAPI预签约

        JSAPI pre-sign for a web page opened inside WeChat (official account): registers the
        contract terms (and, if wanted, the first deduction) and returns `redirect_url`, the
        sign-and-pay page the user is sent to. The result stays usable for 10 minutes.

        - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
          side. `policy_periods` needs at least one period.
        - Optional trade block (sign and pay the first period in one flow): `amount`,
          `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
        - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
          `Wechatpay-Serial` itself.
        - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
          `contract_notify_url`; when the trade block was sent, the first deduction's result
          follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
        - Idempotency is not documented. If the outcome is unclear, look the contract up with
          `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528600

        Operation: ``pre_sign_jsapi`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi); function: ``api.insurance_sign.pre_sign_jsapi``.
        """
        from ..api.insurance_sign import pre_sign_jsapi as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def pre_sign_mini_program(
        self, *, body: InsurancePreSignMiniProgramRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePreSignMiniProgramResponse:
        """保险商户小程序预签约

        Mini-program pre-sign: registers the contract terms (and, if wanted, the first
        deduction) and returns `pre_entrustweb_id` plus the signing mini program's
        `redirect_appid` and `redirect_path`. The merchant's mini program opens it with
        `wx.navigateToMiniProgram` (`appId` = `redirect_appid`, `path` = `redirect_path`,
        `pre_entrustweb_id` inside `extraData`); no client-side signature is needed. A
        10-minute validity is documented for the App and JSAPI pre-signs only; it is assumed
        here.

        - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
          side. `policy_periods` needs at least one period.
        - Optional trade block (sign and pay the first period in one flow): `amount`,
          `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
        - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
          `Wechatpay-Serial` itself.
        - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
          `contract_notify_url`; when the trade block was sent, the first deduction's result
          follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
        - Idempotency is not documented. If the outcome is unclear, look the contract up with
          `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528950

        Operation: ``pre_sign_mini_program`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program); function: ``api.insurance_sign.pre_sign_mini_program``.
        """
        from ..api.insurance_sign import pre_sign_mini_program as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def query_contract(self, plan_id: int, out_contract_code: str) -> InsuranceContractQueryResponse:
        """保险商户查询保险自动续费协议

        Looks up an insurance auto-renewal contract by `plan_id` and the merchant's
        `out_contract_code`. It only finds a contract once the user has completed signing.

        Use it to settle an unclear outcome of a pre-sign, `terminate_contract` or
        `renew_contract` (`contract_state`, `contract_terminate_info`). Safe to repeat. While
        a termination is pending, `revoke_terminate_contract_redirect_appid` and
        `revoke_terminate_contract_redirect_url` name the mini-program page where the user
        can withdraw it.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472641

        Operation: ``query_contract`` (GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}); function: ``api.insurance_sign.query_contract``.
        """
        from ..api.insurance_sign import query_contract as _op

        return self._invoker.call(_op.sync, plan_id=plan_id, out_contract_code=out_contract_code)

    def renew_contract(
        self, plan_id: int, contract_id: str, *, body: InsuranceRenewContractRequest | Mapping[str, Any]
    ) -> None:
        """保险商户受理续期自动续费协议

        Renews (续期) an expired insurance auto-renewal contract by giving it a new list of
        policy periods.

        - Allowed only after the contract has expired, and only if the pre-sign set
          `can_auto_insure` or `can_auto_reinsure` to true.
        - Success is `204 No Content`; the empty answer is still signed.
        - WeChat Pay then sends `INSURANCE_ENTRUST.RENEW` to the callback URL configured on the
          plan template.
        - Idempotency is not documented. If the outcome is unclear, check the contract with
          `query_contract` (and its periods with `list_policy_periods`) before calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489588

        Operation: ``renew_contract`` (POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew); function: ``api.insurance_sign.renew_contract``.
        """
        from ..api.insurance_sign import renew_contract as _op

        self._invoker.call(_op.sync_detailed, plan_id=plan_id, contract_id=contract_id, body=body)

    def terminate_contract(
        self, plan_id: int, out_contract_code: str, *, body: InsuranceTerminateContractRequest | Mapping[str, Any]
    ) -> InsuranceContract:
        """保险商户通过商户协议号解除保险自动续费协议

        Ends an insurance auto-renewal contract, identified by `plan_id` and
        `out_contract_code`. Only a contract that is currently in effect can be terminated;
        `contract_termination_remark` (at most 256 characters) records the reason.

        - WeChat Pay then sends `INSURANCE_ENTRUST.TERMINATE` to the termination callback URL
          configured on the plan template; this request carries no URL of its own.
        - Idempotency is not documented, and a second call is not described. If the outcome
          is unclear, read `contract_state` with `query_contract` before calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472767

        Operation: ``terminate_contract`` (POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate); function: ``api.insurance_sign.terminate_contract``.
        """
        from ..api.insurance_sign import terminate_contract as _op

        return self._invoker.call(_op.sync, plan_id=plan_id, out_contract_code=out_contract_code, body=body)


class AsyncInsuranceSignResource(AsyncResource):
    """``insurance_sign`` (async, typed results).

    委托代扣∙保险业 — 签约与扣费周期管理 (insurance entrusted deduction: pre-sign, query,
    terminate and renew the auto-renewal contract; list and modify its policy periods).
    Paths under `/v3/papay/insurance-sign/`.
    """

    __slots__ = ()

    async def list_policy_periods(
        self, plan_id: int, out_contract_code: str, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> InsurancePolicyPeriodListResponse:
        """保险商户查询保险扣费周期列表

        Lists the policy periods (扣费周期) of a contract, found by `plan_id` and
        `out_contract_code`, with each period's state and amounts. Paged with `limit` and
        `offset`.

        The path segment is `policy_periods` with an UNDERSCORE, while the modify and schedule
        paths use `policy-periods` with a hyphen; every source spells it this way, so it is
        kept.

        `modify_policy_periods` is documented to be checked against this list, before the
        change and again after an unclear outcome. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489530

        Operation: ``list_policy_periods`` (GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}); function: ``api.insurance_sign.list_policy_periods``.
        """
        from ..api.insurance_sign import list_policy_periods as _op

        return await self._invoker.call(
            _op.asyncio, plan_id=plan_id, out_contract_code=out_contract_code, limit=limit, offset=offset
        )

    async def modify_policy_periods(
        self, plan_id: int, contract_id: str, *, body: InsuranceModifyPolicyPeriodsRequest | Mapping[str, Any]
    ) -> InsuranceModifyPolicyPeriodsResponse:
        """保险商户修改保险扣费周期列表

        Changes the estimated amounts of a contract's policy periods.

        - Only periods in state `NO_SCHEDULED` or `SCHEDULED` can change, and an amount can
          only go down.
        - One request may lower one amount at most; send every other period exactly as it is.
        - `allow_cancel_scheduled` (是否允许取消预约) presumably lets WeChat Pay drop an existing
          schedule of the changed period; `cancel_scheduled_policy_period_id` then names that
          period.
        - The docs ask for a `list_policy_periods` check before the change and again when the
          outcome is unclear. Not idempotent.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012987596

        Operation: ``modify_policy_periods`` (POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify); function: ``api.insurance_sign.modify_policy_periods``.
        """
        from ..api.insurance_sign import modify_policy_periods as _op

        return await self._invoker.call(_op.asyncio, plan_id=plan_id, contract_id=contract_id, body=body)

    async def pre_sign_app(
        self, *, body: InsurancePreSignAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePreSignAppResponse:
        """保险商户App预签约

        App pre-sign: registers the contract terms (and, if wanted, the first deduction) with
        WeChat Pay ahead of signing and returns a pre-sign ID, `pre_entrustweb_id`, that stays
        usable for 10 minutes. The public docs do not say how the App hands
        `pre_entrustweb_id` to the WeChat client.

        - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
          side. `policy_periods` needs at least one period.
        - Optional trade block (sign and pay the first period in one flow): `amount`,
          `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
        - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
          `Wechatpay-Serial` itself.
        - The App page lists no `policy_periods[].policy_coverage_detail`, so the periods here
          are `InsuranceRenewPolicyPeriodPlan` (decision D3).
        - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
          `contract_notify_url`; when the trade block was sent, the first deduction's result
          follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
        - Idempotency is not documented. If the outcome is unclear, look the contract up with
          `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013005766

        Operation: ``pre_sign_app`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app); function: ``api.insurance_sign.pre_sign_app``.
        """
        from ..api.insurance_sign import pre_sign_app as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def pre_sign_h5(
        self, *, body: InsurancePreSignH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePreSignH5Response:
        """保险商户H5预签约

        H5 pre-sign for a mobile browser outside WeChat: registers the contract terms (and, if
        wanted, the first deduction) and returns `redirect_url`. Opening that URL in the same
        browser hands the user over to the signing page in the WeChat client. A 10-minute
        validity is documented for the App and JSAPI pre-signs only; it is assumed here.

        - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
          side. `policy_periods` needs at least one period.
        - Optional trade block (sign and pay the first period in one flow): `amount`,
          `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
        - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
          `Wechatpay-Serial` itself.
        - `jump_control.jump_appid` (the App to return to after signing) exists on H5 only.
        - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
          `contract_notify_url`; when the trade block was sent, the first deduction's result
          follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
        - Idempotency is not documented. If the outcome is unclear, look the contract up with
          `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529050

        Operation: ``pre_sign_h5`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5); function: ``api.insurance_sign.pre_sign_h5``.
        """
        from ..api.insurance_sign import pre_sign_h5 as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def pre_sign_jsapi(
        self, *, body: InsurancePreSignJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePreSignJsapiResponse:
        """保险商户JSAPI预签约

        JSAPI pre-sign for a web page opened inside WeChat (official account): registers the
        contract terms (and, if wanted, the first deduction) and returns `redirect_url`, the
        sign-and-pay page the user is sent to. The result stays usable for 10 minutes.

        - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
          side. `policy_periods` needs at least one period.
        - Optional trade block (sign and pay the first period in one flow): `amount`,
          `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
        - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
          `Wechatpay-Serial` itself.
        - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
          `contract_notify_url`; when the trade block was sent, the first deduction's result
          follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
        - Idempotency is not documented. If the outcome is unclear, look the contract up with
          `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528600

        Operation: ``pre_sign_jsapi`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi); function: ``api.insurance_sign.pre_sign_jsapi``.
        """
        from ..api.insurance_sign import pre_sign_jsapi as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def pre_sign_mini_program(
        self, *, body: InsurancePreSignMiniProgramRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePreSignMiniProgramResponse:
        """保险商户小程序预签约

        Mini-program pre-sign: registers the contract terms (and, if wanted, the first
        deduction) and returns `pre_entrustweb_id` plus the signing mini program's
        `redirect_appid` and `redirect_path`. The merchant's mini program opens it with
        `wx.navigateToMiniProgram` (`appId` = `redirect_appid`, `path` = `redirect_path`,
        `pre_entrustweb_id` inside `extraData`); no client-side signature is needed. A
        10-minute validity is documented for the App and JSAPI pre-signs only; it is assumed
        here.

        - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
          side. `policy_periods` needs at least one period.
        - Optional trade block (sign and pay the first period in one flow): `amount`,
          `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
        - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
          `Wechatpay-Serial` itself.
        - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
          `contract_notify_url`; when the trade block was sent, the first deduction's result
          follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
        - Idempotency is not documented. If the outcome is unclear, look the contract up with
          `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528950

        Operation: ``pre_sign_mini_program`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program); function: ``api.insurance_sign.pre_sign_mini_program``.
        """
        from ..api.insurance_sign import pre_sign_mini_program as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def query_contract(self, plan_id: int, out_contract_code: str) -> InsuranceContractQueryResponse:
        """保险商户查询保险自动续费协议

        Looks up an insurance auto-renewal contract by `plan_id` and the merchant's
        `out_contract_code`. It only finds a contract once the user has completed signing.

        Use it to settle an unclear outcome of a pre-sign, `terminate_contract` or
        `renew_contract` (`contract_state`, `contract_terminate_info`). Safe to repeat. While
        a termination is pending, `revoke_terminate_contract_redirect_appid` and
        `revoke_terminate_contract_redirect_url` name the mini-program page where the user
        can withdraw it.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472641

        Operation: ``query_contract`` (GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}); function: ``api.insurance_sign.query_contract``.
        """
        from ..api.insurance_sign import query_contract as _op

        return await self._invoker.call(_op.asyncio, plan_id=plan_id, out_contract_code=out_contract_code)

    async def renew_contract(
        self, plan_id: int, contract_id: str, *, body: InsuranceRenewContractRequest | Mapping[str, Any]
    ) -> None:
        """保险商户受理续期自动续费协议

        Renews (续期) an expired insurance auto-renewal contract by giving it a new list of
        policy periods.

        - Allowed only after the contract has expired, and only if the pre-sign set
          `can_auto_insure` or `can_auto_reinsure` to true.
        - Success is `204 No Content`; the empty answer is still signed.
        - WeChat Pay then sends `INSURANCE_ENTRUST.RENEW` to the callback URL configured on the
          plan template.
        - Idempotency is not documented. If the outcome is unclear, check the contract with
          `query_contract` (and its periods with `list_policy_periods`) before calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489588

        Operation: ``renew_contract`` (POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew); function: ``api.insurance_sign.renew_contract``.
        """
        from ..api.insurance_sign import renew_contract as _op

        await self._invoker.call(_op.asyncio_detailed, plan_id=plan_id, contract_id=contract_id, body=body)

    async def terminate_contract(
        self, plan_id: int, out_contract_code: str, *, body: InsuranceTerminateContractRequest | Mapping[str, Any]
    ) -> InsuranceContract:
        """保险商户通过商户协议号解除保险自动续费协议

        Ends an insurance auto-renewal contract, identified by `plan_id` and
        `out_contract_code`. Only a contract that is currently in effect can be terminated;
        `contract_termination_remark` (at most 256 characters) records the reason.

        - WeChat Pay then sends `INSURANCE_ENTRUST.TERMINATE` to the termination callback URL
          configured on the plan template; this request carries no URL of its own.
        - Idempotency is not documented, and a second call is not described. If the outcome
          is unclear, read `contract_state` with `query_contract` before calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472767

        Operation: ``terminate_contract`` (POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate); function: ``api.insurance_sign.terminate_contract``.
        """
        from ..api.insurance_sign import terminate_contract as _op

        return await self._invoker.call(_op.asyncio, plan_id=plan_id, out_contract_code=out_contract_code, body=body)


class InsuranceSignResourceWithRawResponse(SyncResource):
    """``insurance_sign`` (raw responses).

    委托代扣∙保险业 — 签约与扣费周期管理 (insurance entrusted deduction: pre-sign, query,
    terminate and renew the auto-renewal contract; list and modify its policy periods).
    Paths under `/v3/papay/insurance-sign/`.
    """

    __slots__ = ()

    def list_policy_periods(
        self, plan_id: int, out_contract_code: str, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> Response[InsurancePolicyPeriodListResponse]:
        """``list_policy_periods`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户查询保险扣费周期列表
        """
        from ..api.insurance_sign import list_policy_periods as _op

        return self._invoker.call(
            _op.sync_detailed, plan_id=plan_id, out_contract_code=out_contract_code, limit=limit, offset=offset
        )

    def modify_policy_periods(
        self, plan_id: int, contract_id: str, *, body: InsuranceModifyPolicyPeriodsRequest | Mapping[str, Any]
    ) -> Response[InsuranceModifyPolicyPeriodsResponse]:
        """``modify_policy_periods`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户修改保险扣费周期列表
        """
        from ..api.insurance_sign import modify_policy_periods as _op

        return self._invoker.call(_op.sync_detailed, plan_id=plan_id, contract_id=contract_id, body=body)

    def pre_sign_app(
        self, *, body: InsurancePreSignAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePreSignAppResponse]:
        """``pre_sign_app`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户App预签约
        """
        from ..api.insurance_sign import pre_sign_app as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def pre_sign_h5(
        self, *, body: InsurancePreSignH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePreSignH5Response]:
        """``pre_sign_h5`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户H5预签约
        """
        from ..api.insurance_sign import pre_sign_h5 as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def pre_sign_jsapi(
        self, *, body: InsurancePreSignJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePreSignJsapiResponse]:
        """``pre_sign_jsapi`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户JSAPI预签约
        """
        from ..api.insurance_sign import pre_sign_jsapi as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def pre_sign_mini_program(
        self, *, body: InsurancePreSignMiniProgramRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePreSignMiniProgramResponse]:
        """``pre_sign_mini_program`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户小程序预签约
        """
        from ..api.insurance_sign import pre_sign_mini_program as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def query_contract(self, plan_id: int, out_contract_code: str) -> Response[InsuranceContractQueryResponse]:
        """``query_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户查询保险自动续费协议
        """
        from ..api.insurance_sign import query_contract as _op

        return self._invoker.call(_op.sync_detailed, plan_id=plan_id, out_contract_code=out_contract_code)

    def renew_contract(
        self, plan_id: int, contract_id: str, *, body: InsuranceRenewContractRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``renew_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户受理续期自动续费协议
        """
        from ..api.insurance_sign import renew_contract as _op

        return self._invoker.call(_op.sync_detailed, plan_id=plan_id, contract_id=contract_id, body=body)

    def terminate_contract(
        self, plan_id: int, out_contract_code: str, *, body: InsuranceTerminateContractRequest | Mapping[str, Any]
    ) -> Response[InsuranceContract]:
        """``terminate_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户通过商户协议号解除保险自动续费协议
        """
        from ..api.insurance_sign import terminate_contract as _op

        return self._invoker.call(_op.sync_detailed, plan_id=plan_id, out_contract_code=out_contract_code, body=body)


class AsyncInsuranceSignResourceWithRawResponse(AsyncResource):
    """``insurance_sign`` (async, raw responses).

    委托代扣∙保险业 — 签约与扣费周期管理 (insurance entrusted deduction: pre-sign, query,
    terminate and renew the auto-renewal contract; list and modify its policy periods).
    Paths under `/v3/papay/insurance-sign/`.
    """

    __slots__ = ()

    async def list_policy_periods(
        self, plan_id: int, out_contract_code: str, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> Response[InsurancePolicyPeriodListResponse]:
        """``list_policy_periods`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户查询保险扣费周期列表
        """
        from ..api.insurance_sign import list_policy_periods as _op

        return await self._invoker.call(
            _op.asyncio_detailed, plan_id=plan_id, out_contract_code=out_contract_code, limit=limit, offset=offset
        )

    async def modify_policy_periods(
        self, plan_id: int, contract_id: str, *, body: InsuranceModifyPolicyPeriodsRequest | Mapping[str, Any]
    ) -> Response[InsuranceModifyPolicyPeriodsResponse]:
        """``modify_policy_periods`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户修改保险扣费周期列表
        """
        from ..api.insurance_sign import modify_policy_periods as _op

        return await self._invoker.call(_op.asyncio_detailed, plan_id=plan_id, contract_id=contract_id, body=body)

    async def pre_sign_app(
        self, *, body: InsurancePreSignAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePreSignAppResponse]:
        """``pre_sign_app`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户App预签约
        """
        from ..api.insurance_sign import pre_sign_app as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def pre_sign_h5(
        self, *, body: InsurancePreSignH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePreSignH5Response]:
        """``pre_sign_h5`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户H5预签约
        """
        from ..api.insurance_sign import pre_sign_h5 as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def pre_sign_jsapi(
        self, *, body: InsurancePreSignJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePreSignJsapiResponse]:
        """``pre_sign_jsapi`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户JSAPI预签约
        """
        from ..api.insurance_sign import pre_sign_jsapi as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def pre_sign_mini_program(
        self, *, body: InsurancePreSignMiniProgramRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePreSignMiniProgramResponse]:
        """``pre_sign_mini_program`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户小程序预签约
        """
        from ..api.insurance_sign import pre_sign_mini_program as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def query_contract(self, plan_id: int, out_contract_code: str) -> Response[InsuranceContractQueryResponse]:
        """``query_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户查询保险自动续费协议
        """
        from ..api.insurance_sign import query_contract as _op

        return await self._invoker.call(_op.asyncio_detailed, plan_id=plan_id, out_contract_code=out_contract_code)

    async def renew_contract(
        self, plan_id: int, contract_id: str, *, body: InsuranceRenewContractRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``renew_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户受理续期自动续费协议
        """
        from ..api.insurance_sign import renew_contract as _op

        return await self._invoker.call(_op.asyncio_detailed, plan_id=plan_id, contract_id=contract_id, body=body)

    async def terminate_contract(
        self, plan_id: int, out_contract_code: str, *, body: InsuranceTerminateContractRequest | Mapping[str, Any]
    ) -> Response[InsuranceContract]:
        """``terminate_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户通过商户协议号解除保险自动续费协议
        """
        from ..api.insurance_sign import terminate_contract as _op

        return await self._invoker.call(
            _op.asyncio_detailed, plan_id=plan_id, out_contract_code=out_contract_code, body=body
        )
