# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``insurance_policy`` tag: one method per operation of ``api/insurance_policy/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.insurance_policy import InsurancePolicy
    from ..models.insurance_policy_authorization import InsurancePolicyAuthorization
    from ..models.insurance_policy_authorization_request import InsurancePolicyAuthorizationRequest
    from ..models.insurance_policy_update_request import InsurancePolicyUpdateRequest
    from ..models.insurance_policy_upload_request import InsurancePolicyUploadRequest
    from ..types import Response, Unset


class InsurancePolicyResource(SyncResource):
    """``insurance_policy`` (typed results).

    微信保单服务 — insurance policy service for direct merchants of insurance deduction:
    request the user's authorisation to show a policy in WeChat Pay, then upload, update and
    query the policy. Paths under `/v3/inspolicymgr/deduct/`.
    """

    __slots__ = ()

    def query_policy(self, out_insurance_no: str) -> InsurancePolicy:
        """查询保单

        查询保单 — reads the policy record WeChat Pay holds for `out_insurance_no`. Merchants are
        expected to use it for periodic checks that WeChat Pay's copy still matches their own,
        and it settles an unclear outcome of `upload_policy` or `update_policy`. The names in
        `insured_name_list` come back encrypted. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617422

        Operation: ``query_policy`` (GET /v3/inspolicymgr/deduct/policies/{out_insurance_no}); function: ``api.insurance_policy.query_policy``.
        """
        from ..api.insurance_policy import query_policy as _op

        return self._invoker.call(_op.sync, out_insurance_no=out_insurance_no)

    def query_policy_authorization(self, out_insurance_no: str) -> InsurancePolicyAuthorization:
        """查询保单授权信息

        查询保单授权信息 — reads the consent record of one policy, by `out_insurance_no`: its
        `auth_state` and, once the user has agreed, `user_auth_time`. Also the way to settle an
        unclear outcome of `submit_policy_authorization`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617415

        Operation: ``query_policy_authorization`` (GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no}); function: ``api.insurance_policy.query_policy_authorization``.
        """
        from ..api.insurance_policy import query_policy_authorization as _op

        return self._invoker.call(_op.sync, out_insurance_no=out_insurance_no)

    def submit_policy_authorization(
        self, *, body: InsurancePolicyAuthorizationRequest | Mapping[str, Any]
    ) -> InsurancePolicyAuthorization:
        """提交保单授权信息

        提交保单授权信息 — registers, while an insurance-deduction contract is being pre-signed,
        that the merchant wants the user's consent for WeChat Pay to show this policy. After the
        contract is signed the record moves to `AUTH_STATE_PENDING`; it becomes
        `AUTH_STATE_GRANTED` only once the user agrees inside the WeChat Pay client (announced by
        the `INSURANCE_POLICY_MANAGEMENT.GRANTED` notification). Uploading the policy
        (`upload_policy`) comes after that consent.

        - `out_insurance_no` is the merchant's own key for the policy; `plan_id` and
          `out_contract_code` name the deduction contract it belongs to.
        - Not documented as idempotent. After a timeout or 5xx, read the record with
          `query_policy_authorization` (same `out_insurance_no`) before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617408

        Operation: ``submit_policy_authorization`` (POST /v3/inspolicymgr/deduct/authorizations); function: ``api.insurance_policy.submit_policy_authorization``.
        """
        from ..api.insurance_policy import submit_policy_authorization as _op

        return self._invoker.call(_op.sync, body=body)

    def update_policy(
        self,
        out_insurance_no: str,
        *,
        body: InsurancePolicyUpdateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> InsurancePolicy:
        """更新保单信息

        更新保单信息 — changes an uploaded policy, e.g. when it is issued, surrendered or lapses
        (`policy_state`). `PATCH` semantics: the body carries only the fields to change, so every
        body field is optional.

        - `insured_name_list` items are sensitive: give plaintext names; the SDK encrypts each
          one and fills `Wechatpay-Serial`.
        - Not documented as idempotent. After a timeout or 5xx, read the policy with
          `query_policy` before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617424

        Operation: ``update_policy`` (PATCH /v3/inspolicymgr/deduct/policies/{out_insurance_no}); function: ``api.insurance_policy.update_policy``.
        """
        from ..api.insurance_policy import update_policy as _op

        return self._invoker.call(
            _op.sync, out_insurance_no=out_insurance_no, body=body, wechatpay_serial=wechatpay_serial
        )

    def upload_policy(
        self, *, body: InsurancePolicyUploadRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePolicy:
        """上传保单

        上传保单 — sends the full policy record to WeChat Pay. Call it only after the user's
        consent is in place (`auth_state` `AUTH_STATE_GRANTED`, seen through
        `query_policy_authorization` or the consent notification).

        - `insured_name_list` items are sensitive: give plaintext names; the SDK encrypts each
          one and fills `Wechatpay-Serial`.
        - Not documented as idempotent. After a timeout or 5xx, read the policy with
          `query_policy` (same `out_insurance_no`) before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617421

        Operation: ``upload_policy`` (POST /v3/inspolicymgr/deduct/policies); function: ``api.insurance_policy.upload_policy``.
        """
        from ..api.insurance_policy import upload_policy as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)


class AsyncInsurancePolicyResource(AsyncResource):
    """``insurance_policy`` (async, typed results).

    微信保单服务 — insurance policy service for direct merchants of insurance deduction:
    request the user's authorisation to show a policy in WeChat Pay, then upload, update and
    query the policy. Paths under `/v3/inspolicymgr/deduct/`.
    """

    __slots__ = ()

    async def query_policy(self, out_insurance_no: str) -> InsurancePolicy:
        """查询保单

        查询保单 — reads the policy record WeChat Pay holds for `out_insurance_no`. Merchants are
        expected to use it for periodic checks that WeChat Pay's copy still matches their own,
        and it settles an unclear outcome of `upload_policy` or `update_policy`. The names in
        `insured_name_list` come back encrypted. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617422

        Operation: ``query_policy`` (GET /v3/inspolicymgr/deduct/policies/{out_insurance_no}); function: ``api.insurance_policy.query_policy``.
        """
        from ..api.insurance_policy import query_policy as _op

        return await self._invoker.call(_op.asyncio, out_insurance_no=out_insurance_no)

    async def query_policy_authorization(self, out_insurance_no: str) -> InsurancePolicyAuthorization:
        """查询保单授权信息

        查询保单授权信息 — reads the consent record of one policy, by `out_insurance_no`: its
        `auth_state` and, once the user has agreed, `user_auth_time`. Also the way to settle an
        unclear outcome of `submit_policy_authorization`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617415

        Operation: ``query_policy_authorization`` (GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no}); function: ``api.insurance_policy.query_policy_authorization``.
        """
        from ..api.insurance_policy import query_policy_authorization as _op

        return await self._invoker.call(_op.asyncio, out_insurance_no=out_insurance_no)

    async def submit_policy_authorization(
        self, *, body: InsurancePolicyAuthorizationRequest | Mapping[str, Any]
    ) -> InsurancePolicyAuthorization:
        """提交保单授权信息

        提交保单授权信息 — registers, while an insurance-deduction contract is being pre-signed,
        that the merchant wants the user's consent for WeChat Pay to show this policy. After the
        contract is signed the record moves to `AUTH_STATE_PENDING`; it becomes
        `AUTH_STATE_GRANTED` only once the user agrees inside the WeChat Pay client (announced by
        the `INSURANCE_POLICY_MANAGEMENT.GRANTED` notification). Uploading the policy
        (`upload_policy`) comes after that consent.

        - `out_insurance_no` is the merchant's own key for the policy; `plan_id` and
          `out_contract_code` name the deduction contract it belongs to.
        - Not documented as idempotent. After a timeout or 5xx, read the record with
          `query_policy_authorization` (same `out_insurance_no`) before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617408

        Operation: ``submit_policy_authorization`` (POST /v3/inspolicymgr/deduct/authorizations); function: ``api.insurance_policy.submit_policy_authorization``.
        """
        from ..api.insurance_policy import submit_policy_authorization as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def update_policy(
        self,
        out_insurance_no: str,
        *,
        body: InsurancePolicyUpdateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> InsurancePolicy:
        """更新保单信息

        更新保单信息 — changes an uploaded policy, e.g. when it is issued, surrendered or lapses
        (`policy_state`). `PATCH` semantics: the body carries only the fields to change, so every
        body field is optional.

        - `insured_name_list` items are sensitive: give plaintext names; the SDK encrypts each
          one and fills `Wechatpay-Serial`.
        - Not documented as idempotent. After a timeout or 5xx, read the policy with
          `query_policy` before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617424

        Operation: ``update_policy`` (PATCH /v3/inspolicymgr/deduct/policies/{out_insurance_no}); function: ``api.insurance_policy.update_policy``.
        """
        from ..api.insurance_policy import update_policy as _op

        return await self._invoker.call(
            _op.asyncio, out_insurance_no=out_insurance_no, body=body, wechatpay_serial=wechatpay_serial
        )

    async def upload_policy(
        self, *, body: InsurancePolicyUploadRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> InsurancePolicy:
        """上传保单

        上传保单 — sends the full policy record to WeChat Pay. Call it only after the user's
        consent is in place (`auth_state` `AUTH_STATE_GRANTED`, seen through
        `query_policy_authorization` or the consent notification).

        - `insured_name_list` items are sensitive: give plaintext names; the SDK encrypts each
          one and fills `Wechatpay-Serial`.
        - Not documented as idempotent. After a timeout or 5xx, read the policy with
          `query_policy` (same `out_insurance_no`) before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617421

        Operation: ``upload_policy`` (POST /v3/inspolicymgr/deduct/policies); function: ``api.insurance_policy.upload_policy``.
        """
        from ..api.insurance_policy import upload_policy as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)


class InsurancePolicyResourceWithRawResponse(SyncResource):
    """``insurance_policy`` (raw responses).

    微信保单服务 — insurance policy service for direct merchants of insurance deduction:
    request the user's authorisation to show a policy in WeChat Pay, then upload, update and
    query the policy. Paths under `/v3/inspolicymgr/deduct/`.
    """

    __slots__ = ()

    def query_policy(self, out_insurance_no: str) -> Response[InsurancePolicy]:
        """``query_policy`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询保单
        """
        from ..api.insurance_policy import query_policy as _op

        return self._invoker.call(_op.sync_detailed, out_insurance_no=out_insurance_no)

    def query_policy_authorization(self, out_insurance_no: str) -> Response[InsurancePolicyAuthorization]:
        """``query_policy_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询保单授权信息
        """
        from ..api.insurance_policy import query_policy_authorization as _op

        return self._invoker.call(_op.sync_detailed, out_insurance_no=out_insurance_no)

    def submit_policy_authorization(
        self, *, body: InsurancePolicyAuthorizationRequest | Mapping[str, Any]
    ) -> Response[InsurancePolicyAuthorization]:
        """``submit_policy_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        提交保单授权信息
        """
        from ..api.insurance_policy import submit_policy_authorization as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def update_policy(
        self,
        out_insurance_no: str,
        *,
        body: InsurancePolicyUpdateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[InsurancePolicy]:
        """``update_policy`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        更新保单信息
        """
        from ..api.insurance_policy import update_policy as _op

        return self._invoker.call(
            _op.sync_detailed, out_insurance_no=out_insurance_no, body=body, wechatpay_serial=wechatpay_serial
        )

    def upload_policy(
        self, *, body: InsurancePolicyUploadRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePolicy]:
        """``upload_policy`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上传保单
        """
        from ..api.insurance_policy import upload_policy as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)


class AsyncInsurancePolicyResourceWithRawResponse(AsyncResource):
    """``insurance_policy`` (async, raw responses).

    微信保单服务 — insurance policy service for direct merchants of insurance deduction:
    request the user's authorisation to show a policy in WeChat Pay, then upload, update and
    query the policy. Paths under `/v3/inspolicymgr/deduct/`.
    """

    __slots__ = ()

    async def query_policy(self, out_insurance_no: str) -> Response[InsurancePolicy]:
        """``query_policy`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询保单
        """
        from ..api.insurance_policy import query_policy as _op

        return await self._invoker.call(_op.asyncio_detailed, out_insurance_no=out_insurance_no)

    async def query_policy_authorization(self, out_insurance_no: str) -> Response[InsurancePolicyAuthorization]:
        """``query_policy_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询保单授权信息
        """
        from ..api.insurance_policy import query_policy_authorization as _op

        return await self._invoker.call(_op.asyncio_detailed, out_insurance_no=out_insurance_no)

    async def submit_policy_authorization(
        self, *, body: InsurancePolicyAuthorizationRequest | Mapping[str, Any]
    ) -> Response[InsurancePolicyAuthorization]:
        """``submit_policy_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        提交保单授权信息
        """
        from ..api.insurance_policy import submit_policy_authorization as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def update_policy(
        self,
        out_insurance_no: str,
        *,
        body: InsurancePolicyUpdateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[InsurancePolicy]:
        """``update_policy`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        更新保单信息
        """
        from ..api.insurance_policy import update_policy as _op

        return await self._invoker.call(
            _op.asyncio_detailed, out_insurance_no=out_insurance_no, body=body, wechatpay_serial=wechatpay_serial
        )

    async def upload_policy(
        self, *, body: InsurancePolicyUploadRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[InsurancePolicy]:
        """``upload_policy`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上传保单
        """
        from ..api.insurance_policy import upload_policy as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)
