# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``smartguide`` tag: one method per operation of ``api/smartguide/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.smartguide_guide_assign_request import SmartguideGuideAssignRequest
    from ..models.smartguide_guide_page import SmartguideGuidePage
    from ..models.smartguide_guide_register_request import SmartguideGuideRegisterRequest
    from ..models.smartguide_guide_register_response import SmartguideGuideRegisterResponse
    from ..models.smartguide_guide_update_request import SmartguideGuideUpdateRequest
    from ..types import Response, Unset


class SmartguideResource(SyncResource):
    """``smartguide`` (typed results).

    经营工具∙支付即服务 — service staff shown to the user after payment: register, list and
    update staff, and assign one to an order. Paths under `/v3/smartguide/guides`.
    """

    __slots__ = ()

    def assign_smartguide_guide(self, guide_id: str, *, body: SmartguideGuideAssignRequest | Mapping[str, Any]) -> None:
        """服务人员分配

        服务人员分配 (listed as 服务人员分配API) — links a member of staff to an order: call it after
        creating the order (`out_trade_no`) and before the user pays, so that the payment result
        shows that person's card. Answers `204` with no body.

        No API reads an assignment back. Assigning the same person to the same order again has
        the same effect, so after an unclear outcome send the same call again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535161

        Operation: ``assign_smartguide_guide`` (POST /v3/smartguide/guides/{guide_id}/assign); function: ``api.smartguide.assign_smartguide_guide``.
        """
        from ..api.smartguide import assign_smartguide_guide as _op

        self._invoker.call(_op.sync_detailed, guide_id=guide_id, body=body)

    def list_smartguide_guides(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        store_id: int,
        userid: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        work_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> SmartguideGuidePage:
        """服务人员查询

        服务人员查询 (listed as 服务人员查询API) — lists the registered staff of a store
        (`store_id`, at most 10 per page with `limit`/`offset`), or finds one person by `userid`
        (Enterprise WeChat merchants), `work_id` (personal-WeChat merchants) or `mobile`. Same
        path as the registration, but a GET with query parameters. Read-only; safe to repeat.

        - `mobile` goes encrypted in the query string: pass the plaintext; the SDK encrypts it
          and sets `Wechatpay-Serial` before signing.
        - `name` and `mobile` in the answer arrive encrypted with the merchant's key; the SDK
          decrypts them after verifying the answer.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535123

        Operation: ``list_smartguide_guides`` (GET /v3/smartguide/guides); function: ``api.smartguide.list_smartguide_guides``.
        """
        from ..api.smartguide import list_smartguide_guides as _op

        return self._invoker.call(
            _op.sync,
            sub_mchid=sub_mchid,
            store_id=store_id,
            userid=userid,
            mobile=mobile,
            work_id=work_id,
            limit=limit,
            offset=offset,
            wechatpay_serial=wechatpay_serial,
        )

    def register_smartguide_guide(
        self, *, body: SmartguideGuideRegisterRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> SmartguideGuideRegisterResponse:
        """服务人员注册

        服务人员注册 (listed as 服务人员注册API) — registers a member of staff of a store (an
        Enterprise WeChat employee: `corpid` + `userid`) for 支付即服务, so that WeChat Pay can
        show that person's card to users after payment. The answer is the `guide_id` to use with
        `assign_smartguide_guide` and `update_smartguide_guide`; keep it with the staff record.
        The product must have been activated and set up on the merchant platform first.

        - `name` and `mobile` are sensitive: pass plaintext; the SDK encrypts them and sets
          `Wechatpay-Serial`.
        - Not documented as idempotent. After an unclear outcome, look the person up with
          `list_smartguide_guides` (`store_id` + `userid`) before registering again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535138

        Operation: ``register_smartguide_guide`` (POST /v3/smartguide/guides); function: ``api.smartguide.register_smartguide_guide``.
        """
        from ..api.smartguide import register_smartguide_guide as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def update_smartguide_guide(
        self,
        guide_id: str,
        *,
        body: SmartguideGuideUpdateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> None:
        """服务人员信息更新

        服务人员信息更新 (listed as 服务人员信息更新API) — changes the name, phone number, QR
        codes or avatar of a registered member of staff; send only what changes. Works for
        Enterprise WeChat and personal-WeChat merchants. Answers `204` with no body.

        - `name` and `mobile` are sensitive: pass plaintext (at most 64 and 32 bytes); the SDK
          encrypts them and sets `Wechatpay-Serial`.
        - Setting the same values twice has the same effect. After an unclear outcome read the
          person with `list_smartguide_guides` and send again if it differs.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535160

        Operation: ``update_smartguide_guide`` (PATCH /v3/smartguide/guides/{guide_id}); function: ``api.smartguide.update_smartguide_guide``.
        """
        from ..api.smartguide import update_smartguide_guide as _op

        self._invoker.call(_op.sync_detailed, guide_id=guide_id, body=body, wechatpay_serial=wechatpay_serial)


class AsyncSmartguideResource(AsyncResource):
    """``smartguide`` (async, typed results).

    经营工具∙支付即服务 — service staff shown to the user after payment: register, list and
    update staff, and assign one to an order. Paths under `/v3/smartguide/guides`.
    """

    __slots__ = ()

    async def assign_smartguide_guide(
        self, guide_id: str, *, body: SmartguideGuideAssignRequest | Mapping[str, Any]
    ) -> None:
        """服务人员分配

        服务人员分配 (listed as 服务人员分配API) — links a member of staff to an order: call it after
        creating the order (`out_trade_no`) and before the user pays, so that the payment result
        shows that person's card. Answers `204` with no body.

        No API reads an assignment back. Assigning the same person to the same order again has
        the same effect, so after an unclear outcome send the same call again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535161

        Operation: ``assign_smartguide_guide`` (POST /v3/smartguide/guides/{guide_id}/assign); function: ``api.smartguide.assign_smartguide_guide``.
        """
        from ..api.smartguide import assign_smartguide_guide as _op

        await self._invoker.call(_op.asyncio_detailed, guide_id=guide_id, body=body)

    async def list_smartguide_guides(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        store_id: int,
        userid: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        work_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> SmartguideGuidePage:
        """服务人员查询

        服务人员查询 (listed as 服务人员查询API) — lists the registered staff of a store
        (`store_id`, at most 10 per page with `limit`/`offset`), or finds one person by `userid`
        (Enterprise WeChat merchants), `work_id` (personal-WeChat merchants) or `mobile`. Same
        path as the registration, but a GET with query parameters. Read-only; safe to repeat.

        - `mobile` goes encrypted in the query string: pass the plaintext; the SDK encrypts it
          and sets `Wechatpay-Serial` before signing.
        - `name` and `mobile` in the answer arrive encrypted with the merchant's key; the SDK
          decrypts them after verifying the answer.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535123

        Operation: ``list_smartguide_guides`` (GET /v3/smartguide/guides); function: ``api.smartguide.list_smartguide_guides``.
        """
        from ..api.smartguide import list_smartguide_guides as _op

        return await self._invoker.call(
            _op.asyncio,
            sub_mchid=sub_mchid,
            store_id=store_id,
            userid=userid,
            mobile=mobile,
            work_id=work_id,
            limit=limit,
            offset=offset,
            wechatpay_serial=wechatpay_serial,
        )

    async def register_smartguide_guide(
        self, *, body: SmartguideGuideRegisterRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> SmartguideGuideRegisterResponse:
        """服务人员注册

        服务人员注册 (listed as 服务人员注册API) — registers a member of staff of a store (an
        Enterprise WeChat employee: `corpid` + `userid`) for 支付即服务, so that WeChat Pay can
        show that person's card to users after payment. The answer is the `guide_id` to use with
        `assign_smartguide_guide` and `update_smartguide_guide`; keep it with the staff record.
        The product must have been activated and set up on the merchant platform first.

        - `name` and `mobile` are sensitive: pass plaintext; the SDK encrypts them and sets
          `Wechatpay-Serial`.
        - Not documented as idempotent. After an unclear outcome, look the person up with
          `list_smartguide_guides` (`store_id` + `userid`) before registering again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535138

        Operation: ``register_smartguide_guide`` (POST /v3/smartguide/guides); function: ``api.smartguide.register_smartguide_guide``.
        """
        from ..api.smartguide import register_smartguide_guide as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def update_smartguide_guide(
        self,
        guide_id: str,
        *,
        body: SmartguideGuideUpdateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> None:
        """服务人员信息更新

        服务人员信息更新 (listed as 服务人员信息更新API) — changes the name, phone number, QR
        codes or avatar of a registered member of staff; send only what changes. Works for
        Enterprise WeChat and personal-WeChat merchants. Answers `204` with no body.

        - `name` and `mobile` are sensitive: pass plaintext (at most 64 and 32 bytes); the SDK
          encrypts them and sets `Wechatpay-Serial`.
        - Setting the same values twice has the same effect. After an unclear outcome read the
          person with `list_smartguide_guides` and send again if it differs.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535160

        Operation: ``update_smartguide_guide`` (PATCH /v3/smartguide/guides/{guide_id}); function: ``api.smartguide.update_smartguide_guide``.
        """
        from ..api.smartguide import update_smartguide_guide as _op

        await self._invoker.call(_op.asyncio_detailed, guide_id=guide_id, body=body, wechatpay_serial=wechatpay_serial)


class SmartguideResourceWithRawResponse(SyncResource):
    """``smartguide`` (raw responses).

    经营工具∙支付即服务 — service staff shown to the user after payment: register, list and
    update staff, and assign one to an order. Paths under `/v3/smartguide/guides`.
    """

    __slots__ = ()

    def assign_smartguide_guide(
        self, guide_id: str, *, body: SmartguideGuideAssignRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``assign_smartguide_guide`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        服务人员分配
        """
        from ..api.smartguide import assign_smartguide_guide as _op

        return self._invoker.call(_op.sync_detailed, guide_id=guide_id, body=body)

    def list_smartguide_guides(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        store_id: int,
        userid: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        work_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[SmartguideGuidePage]:
        """``list_smartguide_guides`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        服务人员查询
        """
        from ..api.smartguide import list_smartguide_guides as _op

        return self._invoker.call(
            _op.sync_detailed,
            sub_mchid=sub_mchid,
            store_id=store_id,
            userid=userid,
            mobile=mobile,
            work_id=work_id,
            limit=limit,
            offset=offset,
            wechatpay_serial=wechatpay_serial,
        )

    def register_smartguide_guide(
        self, *, body: SmartguideGuideRegisterRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[SmartguideGuideRegisterResponse]:
        """``register_smartguide_guide`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        服务人员注册
        """
        from ..api.smartguide import register_smartguide_guide as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def update_smartguide_guide(
        self,
        guide_id: str,
        *,
        body: SmartguideGuideUpdateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[None]:
        """``update_smartguide_guide`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        服务人员信息更新
        """
        from ..api.smartguide import update_smartguide_guide as _op

        return self._invoker.call(_op.sync_detailed, guide_id=guide_id, body=body, wechatpay_serial=wechatpay_serial)


class AsyncSmartguideResourceWithRawResponse(AsyncResource):
    """``smartguide`` (async, raw responses).

    经营工具∙支付即服务 — service staff shown to the user after payment: register, list and
    update staff, and assign one to an order. Paths under `/v3/smartguide/guides`.
    """

    __slots__ = ()

    async def assign_smartguide_guide(
        self, guide_id: str, *, body: SmartguideGuideAssignRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``assign_smartguide_guide`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        服务人员分配
        """
        from ..api.smartguide import assign_smartguide_guide as _op

        return await self._invoker.call(_op.asyncio_detailed, guide_id=guide_id, body=body)

    async def list_smartguide_guides(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        store_id: int,
        userid: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        work_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[SmartguideGuidePage]:
        """``list_smartguide_guides`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        服务人员查询
        """
        from ..api.smartguide import list_smartguide_guides as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            sub_mchid=sub_mchid,
            store_id=store_id,
            userid=userid,
            mobile=mobile,
            work_id=work_id,
            limit=limit,
            offset=offset,
            wechatpay_serial=wechatpay_serial,
        )

    async def register_smartguide_guide(
        self, *, body: SmartguideGuideRegisterRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[SmartguideGuideRegisterResponse]:
        """``register_smartguide_guide`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        服务人员注册
        """
        from ..api.smartguide import register_smartguide_guide as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def update_smartguide_guide(
        self,
        guide_id: str,
        *,
        body: SmartguideGuideUpdateRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[None]:
        """``update_smartguide_guide`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        服务人员信息更新
        """
        from ..api.smartguide import update_smartguide_guide as _op

        return await self._invoker.call(
            _op.asyncio_detailed, guide_id=guide_id, body=body, wechatpay_serial=wechatpay_serial
        )
