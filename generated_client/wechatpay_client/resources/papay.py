# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``papay`` tag: one method per operation of ``api/papay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.papay_apply_transaction_request import PapayApplyTransactionRequest
    from ..models.papay_apply_transaction_response import PapayApplyTransactionResponse
    from ..models.papay_contract import PapayContract
    from ..models.papay_deduct_fail_notice_request import PapayDeductFailNoticeRequest
    from ..models.papay_harmony_apply_transaction_request import PapayHarmonyApplyTransactionRequest
    from ..models.papay_harmony_contract import PapayHarmonyContract
    from ..models.papay_harmony_pre_sign_request import PapayHarmonyPreSignRequest
    from ..models.papay_harmony_pre_sign_response import PapayHarmonyPreSignResponse
    from ..models.papay_pre_deduct_notice_request import PapayPreDeductNoticeRequest
    from ..models.papay_schedule_request import PapayScheduleRequest
    from ..models.papay_schedule_state import PapayScheduleState
    from ..models.papay_scheduled_deduct_pre_sign_app_response import PapayScheduledDeductPreSignAppResponse
    from ..models.papay_scheduled_deduct_pre_sign_h5_request import PapayScheduledDeductPreSignH5Request
    from ..models.papay_scheduled_deduct_pre_sign_h5_response import PapayScheduledDeductPreSignH5Response
    from ..models.papay_scheduled_deduct_pre_sign_jsapi_response import PapayScheduledDeductPreSignJsapiResponse
    from ..models.papay_scheduled_deduct_pre_sign_mini_program_response import (
        PapayScheduledDeductPreSignMiniProgramResponse,
    )
    from ..models.papay_scheduled_deduct_pre_sign_request import PapayScheduledDeductPreSignRequest
    from ..models.papay_terminate_contract_request import PapayTerminateContractRequest
    from ..types import Response


class PapayResource(SyncResource):
    """``papay`` (typed results).

    委托代扣 — entrusted deduction for direct merchants (普通商户): pre-sign (Harmony/QR code
    and the scheduled-deduction App/H5/JSAPI/mini-program flows), query and terminate
    contracts, schedule and apply deductions, and send pre-deduction / retry notices to the
    user. Paths under `/v3/papay/sign/`, `/v3/papay/scheduled-deduct-sign/`,
    `/v3/papay/pay/` and `/v3/papay/contracts/`.
    """

    __slots__ = ()

    def apply_harmony_papay_transaction(
        self, *, body: PapayHarmonyApplyTransactionRequest | Mapping[str, Any]
    ) -> PapayApplyTransactionResponse:
        """代扣受理扣款

        The Harmony variant of the deduction request: charges the user under a contract created
        through `pre_sign_harmony_contract`. Besides the fields of `apply_papay_transaction` it
        takes the user's `harmony_account_id` (required) and an optional merchant category code
        `mcc`.

        - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
          The charge itself happens later; its result arrives at `transaction_notify_url` as
          `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
        - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
          with `query_transaction_by_out_trade_no` (this page names the order query as the way to
          learn the state) or wait for the notification before applying again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013388429

        Operation: ``apply_harmony_papay_transaction`` (POST /v3/papay/pay/harmony/transactions/apply); function: ``api.papay.apply_harmony_papay_transaction``.
        """
        from ..api.papay import apply_harmony_papay_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def apply_papay_transaction(
        self, *, body: PapayApplyTransactionRequest | Mapping[str, Any]
    ) -> PapayApplyTransactionResponse:
        """受理扣款

        Asks WeChat Pay to take money from the user under a signed contract (`contract_id`). On a
        scheduled-deduction plan this works only after `schedule_papay_deduction` succeeded, and
        only inside the window it returned; `amount` must then match the scheduled amount.

        - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
          The charge itself happens later; its result arrives at `transaction_notify_url` as
          `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
        - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
          with `query_transaction_by_out_trade_no` (the Harmony variant's page points to this query)
          or wait for the notification before applying again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467087

        Operation: ``apply_papay_transaction`` (POST /v3/papay/pay/transactions/apply); function: ``api.papay.apply_papay_transaction``.
        """
        from ..api.papay import apply_papay_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def pre_sign_harmony_contract(
        self, *, body: PapayHarmonyPreSignRequest | Mapping[str, Any]
    ) -> PapayHarmonyPreSignResponse:
        """代扣预签约

        Harmony / QR-code pre-sign (鸿蒙/扫码签约). The merchant registers the contract details
        first; WeChat Pay answers with what is needed to bring the user to its signing page. In the
        HarmonyOS app scene (`SIGN_SCENE_APP`) the app opens the signing mini program named by
        `mini_program_username` / `mini_program_path`; in the QR-code scene (`SIGN_SCENE_QRCODE`)
        the merchant renders `redirect_url` as a QR code for the user to scan. `device_info`
        carries facts about the user's device that WeChat Pay uses for risk control.

        - Use a fresh `out_contract_code` for every contract; the code is the merchant's key for
          the contract.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_harmony_contract` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

        Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign); function: ``api.papay.pre_sign_harmony_contract``.
        """
        from ..api.papay import pre_sign_harmony_contract as _op

        return self._invoker.call(_op.sync, body=body)

    def pre_sign_scheduled_deduct_app(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> PapayScheduledDeductPreSignAppResponse:
        """App场景预约扣费类型签约的预签约

        Scheduled-deduction (预约扣费) contracts, App scene: the merchant's server registers the
        contract details and receives a `pre_entrustweb_id` (valid for about ten minutes). The app
        hands that ID to the WeChat OpenSDK, which shows WeChat Pay's signing page; where the
        answer names a signing mini program (`miniprogram_username` / `miniprogram_path`), the app
        may open that instead.

        - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
          scheduled-deduction plans; it sets the first deduction the user sees.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_contract_by_out_contract_code` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524934

        Operation: ``pre_sign_scheduled_deduct_app`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app); function: ``api.papay.pre_sign_scheduled_deduct_app``.
        """
        from ..api.papay import pre_sign_scheduled_deduct_app as _op

        return self._invoker.call(_op.sync, body=body)

    def pre_sign_scheduled_deduct_h5(
        self, *, body: PapayScheduledDeductPreSignH5Request | Mapping[str, Any]
    ) -> PapayScheduledDeductPreSignH5Response:
        """H5场景预约扣费类型签约的预签约

        Scheduled-deduction contracts, H5 scene (a mobile browser other than WeChat): the answer is
        a `redirect_url`; loading it in the browser the user is already in switches to the WeChat
        client and its signing page. Only this scene accepts `jump_control.jump_appid` (the app to
        return to after signing).

        - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
          scheduled-deduction plans; it sets the first deduction the user sees.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_contract_by_out_contract_code` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489208

        Operation: ``pre_sign_scheduled_deduct_h5`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5); function: ``api.papay.pre_sign_scheduled_deduct_h5``.
        """
        from ..api.papay import pre_sign_scheduled_deduct_h5 as _op

        return self._invoker.call(_op.sync, body=body)

    def pre_sign_scheduled_deduct_jsapi(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> PapayScheduledDeductPreSignJsapiResponse:
        """JSAPI场景预约扣费类型签约的预签约

        Scheduled-deduction contracts, JSAPI scene (a web page opened inside WeChat): the answer
        is a `redirect_url`; the page navigates to it and the user lands in WeChat Pay's signing
        flow.

        - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
          scheduled-deduction plans; it sets the first deduction the user sees. `openid` is
          expected in this scene.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_contract_by_out_contract_code` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525133

        Operation: ``pre_sign_scheduled_deduct_jsapi`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi); function: ``api.papay.pre_sign_scheduled_deduct_jsapi``.
        """
        from ..api.papay import pre_sign_scheduled_deduct_jsapi as _op

        return self._invoker.call(_op.sync, body=body)

    def pre_sign_scheduled_deduct_mini_program(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> PapayScheduledDeductPreSignMiniProgramResponse:
        """小程序场景预约扣费类型签约的预签约

        Scheduled-deduction contracts, mini-program scene: the merchant's mini program switches to
        WeChat Pay's signing mini program with `wx.navigateToMiniProgram`, passing
        `appId = redirect_appid`, `path = redirect_path` and the returned `pre_entrustweb_id` in
        `extraData`.

        - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
          scheduled-deduction plans; it sets the first deduction the user sees. `openid` is
          expected in this scene.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_contract_by_out_contract_code` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525209

        Operation: ``pre_sign_scheduled_deduct_mini_program`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program); function: ``api.papay.pre_sign_scheduled_deduct_mini_program``.
        """
        from ..api.papay import pre_sign_scheduled_deduct_mini_program as _op

        return self._invoker.call(_op.sync, body=body)

    def query_contract_by_out_contract_code(self, plan_id: int, out_contract_code: str) -> PapayContract:
        """通过商户协议号查询委托代扣签约协议

        Looks up one signed entrusted-deduction contract by its plan (`plan_id`) and the
        merchant's contract code. For plans of the scheduled-deduction (预约扣费) type the answer
        also holds the current schedule (`deduct_schedule`).

        Use it to settle an unclear outcome of the scheduled-deduction pre-signs and of
        `terminate_contract_by_out_contract_code`. A read: safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489245

        Operation: ``query_contract_by_out_contract_code`` (GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}); function: ``api.papay.query_contract_by_out_contract_code``.
        """
        from ..api.papay import query_contract_by_out_contract_code as _op

        return self._invoker.call(_op.sync, plan_id=plan_id, out_contract_code=out_contract_code)

    def query_harmony_contract(self, plan_id: int, out_contract_code: str) -> PapayHarmonyContract:
        """通过商户协议号查询委托代扣签约协议

        The Harmony variant of the contract lookup (path segment `harmony-plan-id`): reads a
        contract created through `pre_sign_harmony_contract`, by plan and merchant contract code.
        It only finds contracts the user has actually signed. Compared with
        `query_contract_by_out_contract_code` the answer has no `deduct_schedule` and adds
        `mask_wxid` (the user's WeChat ID, masked). The official name is the same as that of the
        generic lookup.

        Use it to settle an unclear outcome of `pre_sign_harmony_contract`. A read: safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013844122

        Operation: ``query_harmony_contract`` (GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}); function: ``api.papay.query_harmony_contract``.
        """
        from ..api.papay import query_harmony_contract as _op

        return self._invoker.call(_op.sync, plan_id=plan_id, out_contract_code=out_contract_code)

    def query_papay_schedule(self, contract_id: str) -> PapayScheduleState:
        """查询扣费预约

        Reads the schedule (扣费预约) of a scheduled-deduction contract: its state, the deduction
        window and, once paid, the amount and date actually charged. The documentation presents
        it as the way to find out what happened when a `schedule_papay_deduction` call ended
        without a clear answer. A read: safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466997

        Operation: ``query_papay_schedule`` (GET /v3/papay/pay/schedules/contract-id/{contract_id}); function: ``api.papay.query_papay_schedule``.
        """
        from ..api.papay import query_papay_schedule as _op

        return self._invoker.call(_op.sync, contract_id=contract_id)

    def schedule_papay_deduction(
        self, contract_id: str, *, body: PapayScheduleRequest | Mapping[str, Any]
    ) -> PapayScheduleState:
        """预约扣费

        Books (预约) the next deduction of a scheduled-deduction contract with WeChat Pay. Without
        a successful booking `apply_papay_transaction` is refused; with one, it may be called
        within the window the answer returns (`deduct_start_date` .. `deduct_end_date`).

        - The request key is `schedule_amount`; the answer spells it `scheduled_amount`.
        - If the outcome is unclear (timeout, system error), read the state with
          `query_papay_schedule`, as the documentation advises, rather than booking again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467036

        Operation: ``schedule_papay_deduction`` (POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule); function: ``api.papay.schedule_papay_deduction``.
        """
        from ..api.papay import schedule_papay_deduction as _op

        return self._invoker.call(_op.sync, contract_id=contract_id, body=body)

    def send_deduct_fail_notice(
        self, contract_id: str, *, body: PapayDeductFailNoticeRequest | Mapping[str, Any]
    ) -> None:
        """重试扣费通知

        Optional reminder after a deduction inside the deduction window has failed: WeChat Pay
        tells the user to add funds so that the next attempt can succeed. It may only be sent
        during the periods in which notices are allowed. Success is `204 No Content` (still
        signed).

        No idempotency is documented and no query shows whether a reminder went out; a second call
        may remind the user twice, so the SDK does not resend it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml

        Operation: ``send_deduct_fail_notice`` (POST /v3/papay/contracts/{contract_id}/fail-notify); function: ``api.papay.send_deduct_fail_notice``.
        """
        from ..api.papay import send_deduct_fail_notice as _op

        self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)

    def send_pre_deduct_notice(
        self, contract_id: str, *, body: PapayPreDeductNoticeRequest | Mapping[str, Any]
    ) -> None:
        """直连商户预扣费通知

        Has WeChat Pay warn the user that a deduction is coming. The warning goes out ahead of the
        charge and is followed by a waiting day on which the user can still stop the service; only
        after that may the merchant deduct (for a charge on day 3: warn on day 1, day 2 is the
        waiting day). `estimated_amount` is the amount announced and `deduct_duration` (1 to 3
        days) how long the deduction may take. Success is `204 No Content` (still signed).

        No idempotency is documented and no query shows whether a notice went out; a second call
        may warn the user twice, so the SDK does not resend it.

        Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011987402

        Operation: ``send_pre_deduct_notice`` (POST /v3/papay/contracts/{contract_id}/notify); function: ``api.papay.send_pre_deduct_notice``.
        """
        from ..api.papay import send_pre_deduct_notice as _op

        self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)

    def terminate_contract_by_out_contract_code(
        self, plan_id: int, out_contract_code: str, *, body: PapayTerminateContractRequest | Mapping[str, Any]
    ) -> PapayContract:
        """通过商户协议号解除委托代扣签约协议

        Ends (解约) an entrusted-deduction contract, identified by its plan and the merchant's
        contract code; a remark giving the reason is mandatory. The answer is the contract as it
        stands after the termination.

        - WeChat Pay also sends `ENTRUST.TERMINATE` to the termination callback URL configured for
          the plan.
        - No idempotency is documented. If the outcome is unclear, read `contract_state` with
          `query_contract_by_out_contract_code` before sending the request again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489295

        Operation: ``terminate_contract_by_out_contract_code`` (POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate); function: ``api.papay.terminate_contract_by_out_contract_code``.
        """
        from ..api.papay import terminate_contract_by_out_contract_code as _op

        return self._invoker.call(_op.sync, plan_id=plan_id, out_contract_code=out_contract_code, body=body)


class AsyncPapayResource(AsyncResource):
    """``papay`` (async, typed results).

    委托代扣 — entrusted deduction for direct merchants (普通商户): pre-sign (Harmony/QR code
    and the scheduled-deduction App/H5/JSAPI/mini-program flows), query and terminate
    contracts, schedule and apply deductions, and send pre-deduction / retry notices to the
    user. Paths under `/v3/papay/sign/`, `/v3/papay/scheduled-deduct-sign/`,
    `/v3/papay/pay/` and `/v3/papay/contracts/`.
    """

    __slots__ = ()

    async def apply_harmony_papay_transaction(
        self, *, body: PapayHarmonyApplyTransactionRequest | Mapping[str, Any]
    ) -> PapayApplyTransactionResponse:
        """代扣受理扣款

        The Harmony variant of the deduction request: charges the user under a contract created
        through `pre_sign_harmony_contract`. Besides the fields of `apply_papay_transaction` it
        takes the user's `harmony_account_id` (required) and an optional merchant category code
        `mcc`.

        - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
          The charge itself happens later; its result arrives at `transaction_notify_url` as
          `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
        - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
          with `query_transaction_by_out_trade_no` (this page names the order query as the way to
          learn the state) or wait for the notification before applying again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013388429

        Operation: ``apply_harmony_papay_transaction`` (POST /v3/papay/pay/harmony/transactions/apply); function: ``api.papay.apply_harmony_papay_transaction``.
        """
        from ..api.papay import apply_harmony_papay_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def apply_papay_transaction(
        self, *, body: PapayApplyTransactionRequest | Mapping[str, Any]
    ) -> PapayApplyTransactionResponse:
        """受理扣款

        Asks WeChat Pay to take money from the user under a signed contract (`contract_id`). On a
        scheduled-deduction plan this works only after `schedule_papay_deduction` succeeded, and
        only inside the window it returned; `amount` must then match the scheduled amount.

        - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
          The charge itself happens later; its result arrives at `transaction_notify_url` as
          `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
        - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
          with `query_transaction_by_out_trade_no` (the Harmony variant's page points to this query)
          or wait for the notification before applying again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467087

        Operation: ``apply_papay_transaction`` (POST /v3/papay/pay/transactions/apply); function: ``api.papay.apply_papay_transaction``.
        """
        from ..api.papay import apply_papay_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def pre_sign_harmony_contract(
        self, *, body: PapayHarmonyPreSignRequest | Mapping[str, Any]
    ) -> PapayHarmonyPreSignResponse:
        """代扣预签约

        Harmony / QR-code pre-sign (鸿蒙/扫码签约). The merchant registers the contract details
        first; WeChat Pay answers with what is needed to bring the user to its signing page. In the
        HarmonyOS app scene (`SIGN_SCENE_APP`) the app opens the signing mini program named by
        `mini_program_username` / `mini_program_path`; in the QR-code scene (`SIGN_SCENE_QRCODE`)
        the merchant renders `redirect_url` as a QR code for the user to scan. `device_info`
        carries facts about the user's device that WeChat Pay uses for risk control.

        - Use a fresh `out_contract_code` for every contract; the code is the merchant's key for
          the contract.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_harmony_contract` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012978414

        Operation: ``pre_sign_harmony_contract`` (POST /v3/papay/sign/contracts/pre-entrust-sign); function: ``api.papay.pre_sign_harmony_contract``.
        """
        from ..api.papay import pre_sign_harmony_contract as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def pre_sign_scheduled_deduct_app(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> PapayScheduledDeductPreSignAppResponse:
        """App场景预约扣费类型签约的预签约

        Scheduled-deduction (预约扣费) contracts, App scene: the merchant's server registers the
        contract details and receives a `pre_entrustweb_id` (valid for about ten minutes). The app
        hands that ID to the WeChat OpenSDK, which shows WeChat Pay's signing page; where the
        answer names a signing mini program (`miniprogram_username` / `miniprogram_path`), the app
        may open that instead.

        - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
          scheduled-deduction plans; it sets the first deduction the user sees.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_contract_by_out_contract_code` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524934

        Operation: ``pre_sign_scheduled_deduct_app`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app); function: ``api.papay.pre_sign_scheduled_deduct_app``.
        """
        from ..api.papay import pre_sign_scheduled_deduct_app as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def pre_sign_scheduled_deduct_h5(
        self, *, body: PapayScheduledDeductPreSignH5Request | Mapping[str, Any]
    ) -> PapayScheduledDeductPreSignH5Response:
        """H5场景预约扣费类型签约的预签约

        Scheduled-deduction contracts, H5 scene (a mobile browser other than WeChat): the answer is
        a `redirect_url`; loading it in the browser the user is already in switches to the WeChat
        client and its signing page. Only this scene accepts `jump_control.jump_appid` (the app to
        return to after signing).

        - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
          scheduled-deduction plans; it sets the first deduction the user sees.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_contract_by_out_contract_code` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489208

        Operation: ``pre_sign_scheduled_deduct_h5`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5); function: ``api.papay.pre_sign_scheduled_deduct_h5``.
        """
        from ..api.papay import pre_sign_scheduled_deduct_h5 as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def pre_sign_scheduled_deduct_jsapi(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> PapayScheduledDeductPreSignJsapiResponse:
        """JSAPI场景预约扣费类型签约的预签约

        Scheduled-deduction contracts, JSAPI scene (a web page opened inside WeChat): the answer
        is a `redirect_url`; the page navigates to it and the user lands in WeChat Pay's signing
        flow.

        - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
          scheduled-deduction plans; it sets the first deduction the user sees. `openid` is
          expected in this scene.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_contract_by_out_contract_code` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525133

        Operation: ``pre_sign_scheduled_deduct_jsapi`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi); function: ``api.papay.pre_sign_scheduled_deduct_jsapi``.
        """
        from ..api.papay import pre_sign_scheduled_deduct_jsapi as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def pre_sign_scheduled_deduct_mini_program(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> PapayScheduledDeductPreSignMiniProgramResponse:
        """小程序场景预约扣费类型签约的预签约

        Scheduled-deduction contracts, mini-program scene: the merchant's mini program switches to
        WeChat Pay's signing mini program with `wx.navigateToMiniProgram`, passing
        `appId = redirect_appid`, `path = redirect_path` and the returned `pre_entrustweb_id` in
        `extraData`.

        - Use a fresh `out_contract_code` for every contract. `deduct_schedule` is needed for
          scheduled-deduction plans; it sets the first deduction the user sees. `openid` is
          expected in this scene.
        - When the user signs, WeChat Pay posts `ENTRUST.SIGN` to `contract_notify_url` (decrypted
          resource: `PapayContractNotificationResource`).
        - No idempotency is documented. If the outcome is unclear, look the contract up with
          `query_contract_by_out_contract_code` before pre-signing again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525209

        Operation: ``pre_sign_scheduled_deduct_mini_program`` (POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program); function: ``api.papay.pre_sign_scheduled_deduct_mini_program``.
        """
        from ..api.papay import pre_sign_scheduled_deduct_mini_program as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_contract_by_out_contract_code(self, plan_id: int, out_contract_code: str) -> PapayContract:
        """通过商户协议号查询委托代扣签约协议

        Looks up one signed entrusted-deduction contract by its plan (`plan_id`) and the
        merchant's contract code. For plans of the scheduled-deduction (预约扣费) type the answer
        also holds the current schedule (`deduct_schedule`).

        Use it to settle an unclear outcome of the scheduled-deduction pre-signs and of
        `terminate_contract_by_out_contract_code`. A read: safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489245

        Operation: ``query_contract_by_out_contract_code`` (GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}); function: ``api.papay.query_contract_by_out_contract_code``.
        """
        from ..api.papay import query_contract_by_out_contract_code as _op

        return await self._invoker.call(_op.asyncio, plan_id=plan_id, out_contract_code=out_contract_code)

    async def query_harmony_contract(self, plan_id: int, out_contract_code: str) -> PapayHarmonyContract:
        """通过商户协议号查询委托代扣签约协议

        The Harmony variant of the contract lookup (path segment `harmony-plan-id`): reads a
        contract created through `pre_sign_harmony_contract`, by plan and merchant contract code.
        It only finds contracts the user has actually signed. Compared with
        `query_contract_by_out_contract_code` the answer has no `deduct_schedule` and adds
        `mask_wxid` (the user's WeChat ID, masked). The official name is the same as that of the
        generic lookup.

        Use it to settle an unclear outcome of `pre_sign_harmony_contract`. A read: safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013844122

        Operation: ``query_harmony_contract`` (GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}); function: ``api.papay.query_harmony_contract``.
        """
        from ..api.papay import query_harmony_contract as _op

        return await self._invoker.call(_op.asyncio, plan_id=plan_id, out_contract_code=out_contract_code)

    async def query_papay_schedule(self, contract_id: str) -> PapayScheduleState:
        """查询扣费预约

        Reads the schedule (扣费预约) of a scheduled-deduction contract: its state, the deduction
        window and, once paid, the amount and date actually charged. The documentation presents
        it as the way to find out what happened when a `schedule_papay_deduction` call ended
        without a clear answer. A read: safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466997

        Operation: ``query_papay_schedule`` (GET /v3/papay/pay/schedules/contract-id/{contract_id}); function: ``api.papay.query_papay_schedule``.
        """
        from ..api.papay import query_papay_schedule as _op

        return await self._invoker.call(_op.asyncio, contract_id=contract_id)

    async def schedule_papay_deduction(
        self, contract_id: str, *, body: PapayScheduleRequest | Mapping[str, Any]
    ) -> PapayScheduleState:
        """预约扣费

        Books (预约) the next deduction of a scheduled-deduction contract with WeChat Pay. Without
        a successful booking `apply_papay_transaction` is refused; with one, it may be called
        within the window the answer returns (`deduct_start_date` .. `deduct_end_date`).

        - The request key is `schedule_amount`; the answer spells it `scheduled_amount`.
        - If the outcome is unclear (timeout, system error), read the state with
          `query_papay_schedule`, as the documentation advises, rather than booking again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467036

        Operation: ``schedule_papay_deduction`` (POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule); function: ``api.papay.schedule_papay_deduction``.
        """
        from ..api.papay import schedule_papay_deduction as _op

        return await self._invoker.call(_op.asyncio, contract_id=contract_id, body=body)

    async def send_deduct_fail_notice(
        self, contract_id: str, *, body: PapayDeductFailNoticeRequest | Mapping[str, Any]
    ) -> None:
        """重试扣费通知

        Optional reminder after a deduction inside the deduction window has failed: WeChat Pay
        tells the user to add funds so that the next attempt can succeed. It may only be sent
        during the periods in which notices are allowed. Success is `204 No Content` (still
        signed).

        No idempotency is documented and no query shows whether a reminder went out; a second call
        may remind the user twice, so the SDK does not resend it.

        Official doc: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml

        Operation: ``send_deduct_fail_notice`` (POST /v3/papay/contracts/{contract_id}/fail-notify); function: ``api.papay.send_deduct_fail_notice``.
        """
        from ..api.papay import send_deduct_fail_notice as _op

        await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)

    async def send_pre_deduct_notice(
        self, contract_id: str, *, body: PapayPreDeductNoticeRequest | Mapping[str, Any]
    ) -> None:
        """直连商户预扣费通知

        Has WeChat Pay warn the user that a deduction is coming. The warning goes out ahead of the
        charge and is followed by a waiting day on which the user can still stop the service; only
        after that may the merchant deduct (for a charge on day 3: warn on day 1, day 2 is the
        waiting day). `estimated_amount` is the amount announced and `deduct_duration` (1 to 3
        days) how long the deduction may take. Success is `204 No Content` (still signed).

        No idempotency is documented and no query shows whether a notice went out; a second call
        may warn the user twice, so the SDK does not resend it.

        Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011987402

        Operation: ``send_pre_deduct_notice`` (POST /v3/papay/contracts/{contract_id}/notify); function: ``api.papay.send_pre_deduct_notice``.
        """
        from ..api.papay import send_pre_deduct_notice as _op

        await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)

    async def terminate_contract_by_out_contract_code(
        self, plan_id: int, out_contract_code: str, *, body: PapayTerminateContractRequest | Mapping[str, Any]
    ) -> PapayContract:
        """通过商户协议号解除委托代扣签约协议

        Ends (解约) an entrusted-deduction contract, identified by its plan and the merchant's
        contract code; a remark giving the reason is mandatory. The answer is the contract as it
        stands after the termination.

        - WeChat Pay also sends `ENTRUST.TERMINATE` to the termination callback URL configured for
          the plan.
        - No idempotency is documented. If the outcome is unclear, read `contract_state` with
          `query_contract_by_out_contract_code` before sending the request again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489295

        Operation: ``terminate_contract_by_out_contract_code`` (POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate); function: ``api.papay.terminate_contract_by_out_contract_code``.
        """
        from ..api.papay import terminate_contract_by_out_contract_code as _op

        return await self._invoker.call(_op.asyncio, plan_id=plan_id, out_contract_code=out_contract_code, body=body)


class PapayResourceWithRawResponse(SyncResource):
    """``papay`` (raw responses).

    委托代扣 — entrusted deduction for direct merchants (普通商户): pre-sign (Harmony/QR code
    and the scheduled-deduction App/H5/JSAPI/mini-program flows), query and terminate
    contracts, schedule and apply deductions, and send pre-deduction / retry notices to the
    user. Paths under `/v3/papay/sign/`, `/v3/papay/scheduled-deduct-sign/`,
    `/v3/papay/pay/` and `/v3/papay/contracts/`.
    """

    __slots__ = ()

    def apply_harmony_papay_transaction(
        self, *, body: PapayHarmonyApplyTransactionRequest | Mapping[str, Any]
    ) -> Response[PapayApplyTransactionResponse]:
        """``apply_harmony_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        代扣受理扣款
        """
        from ..api.papay import apply_harmony_papay_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def apply_papay_transaction(
        self, *, body: PapayApplyTransactionRequest | Mapping[str, Any]
    ) -> Response[PapayApplyTransactionResponse]:
        """``apply_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        受理扣款
        """
        from ..api.papay import apply_papay_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def pre_sign_harmony_contract(
        self, *, body: PapayHarmonyPreSignRequest | Mapping[str, Any]
    ) -> Response[PapayHarmonyPreSignResponse]:
        """``pre_sign_harmony_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        代扣预签约
        """
        from ..api.papay import pre_sign_harmony_contract as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def pre_sign_scheduled_deduct_app(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> Response[PapayScheduledDeductPreSignAppResponse]:
        """``pre_sign_scheduled_deduct_app`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        App场景预约扣费类型签约的预签约
        """
        from ..api.papay import pre_sign_scheduled_deduct_app as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def pre_sign_scheduled_deduct_h5(
        self, *, body: PapayScheduledDeductPreSignH5Request | Mapping[str, Any]
    ) -> Response[PapayScheduledDeductPreSignH5Response]:
        """``pre_sign_scheduled_deduct_h5`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        H5场景预约扣费类型签约的预签约
        """
        from ..api.papay import pre_sign_scheduled_deduct_h5 as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def pre_sign_scheduled_deduct_jsapi(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> Response[PapayScheduledDeductPreSignJsapiResponse]:
        """``pre_sign_scheduled_deduct_jsapi`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI场景预约扣费类型签约的预签约
        """
        from ..api.papay import pre_sign_scheduled_deduct_jsapi as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def pre_sign_scheduled_deduct_mini_program(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> Response[PapayScheduledDeductPreSignMiniProgramResponse]:
        """``pre_sign_scheduled_deduct_mini_program`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        小程序场景预约扣费类型签约的预签约
        """
        from ..api.papay import pre_sign_scheduled_deduct_mini_program as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_contract_by_out_contract_code(self, plan_id: int, out_contract_code: str) -> Response[PapayContract]:
        """``query_contract_by_out_contract_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过商户协议号查询委托代扣签约协议
        """
        from ..api.papay import query_contract_by_out_contract_code as _op

        return self._invoker.call(_op.sync_detailed, plan_id=plan_id, out_contract_code=out_contract_code)

    def query_harmony_contract(self, plan_id: int, out_contract_code: str) -> Response[PapayHarmonyContract]:
        """``query_harmony_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过商户协议号查询委托代扣签约协议
        """
        from ..api.papay import query_harmony_contract as _op

        return self._invoker.call(_op.sync_detailed, plan_id=plan_id, out_contract_code=out_contract_code)

    def query_papay_schedule(self, contract_id: str) -> Response[PapayScheduleState]:
        """``query_papay_schedule`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询扣费预约
        """
        from ..api.papay import query_papay_schedule as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id)

    def schedule_papay_deduction(
        self, contract_id: str, *, body: PapayScheduleRequest | Mapping[str, Any]
    ) -> Response[PapayScheduleState]:
        """``schedule_papay_deduction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        预约扣费
        """
        from ..api.papay import schedule_papay_deduction as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)

    def send_deduct_fail_notice(
        self, contract_id: str, *, body: PapayDeductFailNoticeRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_deduct_fail_notice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        重试扣费通知
        """
        from ..api.papay import send_deduct_fail_notice as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)

    def send_pre_deduct_notice(
        self, contract_id: str, *, body: PapayPreDeductNoticeRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_pre_deduct_notice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        直连商户预扣费通知
        """
        from ..api.papay import send_pre_deduct_notice as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id, body=body)

    def terminate_contract_by_out_contract_code(
        self, plan_id: int, out_contract_code: str, *, body: PapayTerminateContractRequest | Mapping[str, Any]
    ) -> Response[PapayContract]:
        """``terminate_contract_by_out_contract_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过商户协议号解除委托代扣签约协议
        """
        from ..api.papay import terminate_contract_by_out_contract_code as _op

        return self._invoker.call(_op.sync_detailed, plan_id=plan_id, out_contract_code=out_contract_code, body=body)


class AsyncPapayResourceWithRawResponse(AsyncResource):
    """``papay`` (async, raw responses).

    委托代扣 — entrusted deduction for direct merchants (普通商户): pre-sign (Harmony/QR code
    and the scheduled-deduction App/H5/JSAPI/mini-program flows), query and terminate
    contracts, schedule and apply deductions, and send pre-deduction / retry notices to the
    user. Paths under `/v3/papay/sign/`, `/v3/papay/scheduled-deduct-sign/`,
    `/v3/papay/pay/` and `/v3/papay/contracts/`.
    """

    __slots__ = ()

    async def apply_harmony_papay_transaction(
        self, *, body: PapayHarmonyApplyTransactionRequest | Mapping[str, Any]
    ) -> Response[PapayApplyTransactionResponse]:
        """``apply_harmony_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        代扣受理扣款
        """
        from ..api.papay import apply_harmony_papay_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def apply_papay_transaction(
        self, *, body: PapayApplyTransactionRequest | Mapping[str, Any]
    ) -> Response[PapayApplyTransactionResponse]:
        """``apply_papay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        受理扣款
        """
        from ..api.papay import apply_papay_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def pre_sign_harmony_contract(
        self, *, body: PapayHarmonyPreSignRequest | Mapping[str, Any]
    ) -> Response[PapayHarmonyPreSignResponse]:
        """``pre_sign_harmony_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        代扣预签约
        """
        from ..api.papay import pre_sign_harmony_contract as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def pre_sign_scheduled_deduct_app(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> Response[PapayScheduledDeductPreSignAppResponse]:
        """``pre_sign_scheduled_deduct_app`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        App场景预约扣费类型签约的预签约
        """
        from ..api.papay import pre_sign_scheduled_deduct_app as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def pre_sign_scheduled_deduct_h5(
        self, *, body: PapayScheduledDeductPreSignH5Request | Mapping[str, Any]
    ) -> Response[PapayScheduledDeductPreSignH5Response]:
        """``pre_sign_scheduled_deduct_h5`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        H5场景预约扣费类型签约的预签约
        """
        from ..api.papay import pre_sign_scheduled_deduct_h5 as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def pre_sign_scheduled_deduct_jsapi(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> Response[PapayScheduledDeductPreSignJsapiResponse]:
        """``pre_sign_scheduled_deduct_jsapi`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI场景预约扣费类型签约的预签约
        """
        from ..api.papay import pre_sign_scheduled_deduct_jsapi as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def pre_sign_scheduled_deduct_mini_program(
        self, *, body: PapayScheduledDeductPreSignRequest | Mapping[str, Any]
    ) -> Response[PapayScheduledDeductPreSignMiniProgramResponse]:
        """``pre_sign_scheduled_deduct_mini_program`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        小程序场景预约扣费类型签约的预签约
        """
        from ..api.papay import pre_sign_scheduled_deduct_mini_program as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_contract_by_out_contract_code(
        self, plan_id: int, out_contract_code: str
    ) -> Response[PapayContract]:
        """``query_contract_by_out_contract_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过商户协议号查询委托代扣签约协议
        """
        from ..api.papay import query_contract_by_out_contract_code as _op

        return await self._invoker.call(_op.asyncio_detailed, plan_id=plan_id, out_contract_code=out_contract_code)

    async def query_harmony_contract(self, plan_id: int, out_contract_code: str) -> Response[PapayHarmonyContract]:
        """``query_harmony_contract`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过商户协议号查询委托代扣签约协议
        """
        from ..api.papay import query_harmony_contract as _op

        return await self._invoker.call(_op.asyncio_detailed, plan_id=plan_id, out_contract_code=out_contract_code)

    async def query_papay_schedule(self, contract_id: str) -> Response[PapayScheduleState]:
        """``query_papay_schedule`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询扣费预约
        """
        from ..api.papay import query_papay_schedule as _op

        return await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id)

    async def schedule_papay_deduction(
        self, contract_id: str, *, body: PapayScheduleRequest | Mapping[str, Any]
    ) -> Response[PapayScheduleState]:
        """``schedule_papay_deduction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        预约扣费
        """
        from ..api.papay import schedule_papay_deduction as _op

        return await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)

    async def send_deduct_fail_notice(
        self, contract_id: str, *, body: PapayDeductFailNoticeRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_deduct_fail_notice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        重试扣费通知
        """
        from ..api.papay import send_deduct_fail_notice as _op

        return await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)

    async def send_pre_deduct_notice(
        self, contract_id: str, *, body: PapayPreDeductNoticeRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_pre_deduct_notice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        直连商户预扣费通知
        """
        from ..api.papay import send_pre_deduct_notice as _op

        return await self._invoker.call(_op.asyncio_detailed, contract_id=contract_id, body=body)

    async def terminate_contract_by_out_contract_code(
        self, plan_id: int, out_contract_code: str, *, body: PapayTerminateContractRequest | Mapping[str, Any]
    ) -> Response[PapayContract]:
        """``terminate_contract_by_out_contract_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过商户协议号解除委托代扣签约协议
        """
        from ..api.papay import terminate_contract_by_out_contract_code as _op

        return await self._invoker.call(
            _op.asyncio_detailed, plan_id=plan_id, out_contract_code=out_contract_code, body=body
        )
