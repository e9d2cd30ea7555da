# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``payscore_permissions`` tag: one method per operation of ``api/payscore_permissions/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.payscore_permission import PayscorePermission
    from ..models.payscore_permission_apply_request import PayscorePermissionApplyRequest
    from ..models.payscore_permission_apply_response import PayscorePermissionApplyResponse
    from ..models.payscore_permission_direct_complete_request import PayscorePermissionDirectCompleteRequest
    from ..models.payscore_permission_direct_complete_response import PayscorePermissionDirectCompleteResponse
    from ..models.payscore_permission_risk_assess_request import PayscorePermissionRiskAssessRequest
    from ..models.payscore_permission_risk_assess_response import PayscorePermissionRiskAssessResponse
    from ..models.payscore_permission_terminate_by_code_request import PayscorePermissionTerminateByCodeRequest
    from ..models.payscore_permission_terminate_by_openid_request import PayscorePermissionTerminateByOpenidRequest
    from ..models.payscore_user_permission_terminate_request import PayscoreUserPermissionTerminateRequest
    from ..models.payscore_user_service_state import PayscoreUserServiceState
    from ..types import Response


class PayscorePermissionsResource(SyncResource):
    """``payscore_permissions`` (typed results).

    支付分∙免确认模式 — WeChat Pay Score without order confirmation: pre-authorisation (预授权:
    apply, assess the user's tier, query and end an authorisation by agreement number or OpenID),
    plain authorisation (普通授权: query the user's state, end the authorisation) and the
    combined create-and-complete order (创单结单合并). Paths under `/v3/payscore/permissions`,
    `/v3/payscore/user-service-state`, `/v3/payscore/users/` and
    `/v3/payscore/serviceorder/direct-complete`.
    """

    __slots__ = ()

    def apply_payscore_permissions(
        self, *, body: PayscorePermissionApplyRequest | Mapping[str, Any]
    ) -> PayscorePermissionApplyResponse:
        """商户预授权

        商户预授权 — starts the pre-authorisation flow of 支付分 免确认模式. The merchant picks its own
        `authorization_code` (agreement number, unique per merchant) and gets back an
        `apply_permissions_token`, which the merchant's mini program or app passes to the WeChat Pay
        Score mini program (`wxpayScoreEnable`) so that the user can grant the authorisation. The token
        is short-lived (about an hour, per the field docs of the jump API).

        - When the user has authorised, WeChat Pay sends `PAYSCORE.USER_OPEN_SERVICE` to `notify_url`
          (see `PayscorePermissionNotificationResource`); a later revocation by the user is sent as
          `PAYSCORE.USER_CLOSE_SERVICE`.
        - Not documented as idempotent. After an unclear outcome, look the agreement up with
          `query_payscore_permission_by_authorization_code`; if it is not `AVAILABLE`, call again
          with the same `authorization_code` to get a fresh token.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647349

        Operation: ``apply_payscore_permissions`` (POST /v3/payscore/permissions); function: ``api.payscore_permissions.apply_payscore_permissions``.
        """
        from ..api.payscore_permissions import apply_payscore_permissions as _op

        return self._invoker.call(_op.sync, body=body)

    def assess_payscore_user_risk_level(
        self, *, body: PayscorePermissionRiskAssessRequest | Mapping[str, Any]
    ) -> PayscorePermissionRiskAssessResponse:
        """商户评估用户分层

        商户评估用户分层 — asks WeChat Pay Score which risk tier (`user_risk_level`, with its
        `risk_level_version`) a user falls in for a service, identified by `openid` or by the
        pre-authorisation `authorization_code`. For the 先用后付 (pay on delivery) scene the merchant may
        describe the goods the user is about to take in `shopping_info`.

        The answer also repeats the user's authorisation record (`authorization_state` and its
        times). The call changes nothing on the WeChat Pay side, so it is safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856611

        Operation: ``assess_payscore_user_risk_level`` (POST /v3/payscore/permissions/assess-user-risk-level); function: ``api.payscore_permissions.assess_payscore_user_risk_level``.
        """
        from ..api.payscore_permissions import assess_payscore_user_risk_level as _op

        return self._invoker.call(_op.sync, body=body)

    def direct_complete_payscore_order(
        self, *, body: PayscorePermissionDirectCompleteRequest | Mapping[str, Any]
    ) -> PayscorePermissionDirectCompleteResponse:
        """创单结单合并

        创单结单合并 — for services that need no Pay Score risk check of the order: after the service
        is over, one call creates the service order and completes it, and WeChat Pay then deducts
        the amount from the user without a password. The user must have authorised the service
        first (免确认模式: `apply_payscore_permissions` or the plain authorisation).

        - `post_payments` (what was charged) and `post_discounts` (merchant discounts) make up the
          amount; `total_amount` is the sum to collect, in fen.
        - The answer carries the order's `state` and `state_description`; the deduction result is
          sent to `notify_url` as `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`
          of the `payscore` tag).
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_payscore_service_order` (by `out_order_no`) before resending with the same
          `out_order_no`.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_9.shtml

        Operation: ``direct_complete_payscore_order`` (POST /v3/payscore/serviceorder/direct-complete); function: ``api.payscore_permissions.direct_complete_payscore_order``.
        """
        from ..api.payscore_permissions import direct_complete_payscore_order as _op

        return self._invoker.call(_op.sync, body=body)

    def query_payscore_permission_by_authorization_code(
        self, authorization_code: str, *, service_id: str
    ) -> PayscorePermission:
        """查询与用户授权记录（授权协议号）

        查询与用户授权记录（授权协议号） — reads the authorisation record that belongs to a
        pre-authorisation agreement number (`authorization_code`) of a service: whether the user has
        authorised (`authorization_state` `AVAILABLE`), has not or no longer has (`UNAVAILABLE`), or
        the agreement is not bound to a user yet (`UNBINDUSER`), with the last authorisation and
        revocation times.

        This lookup settles an unclear outcome of `apply_payscore_permissions` and
        `terminate_payscore_permission_by_authorization_code`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647401

        Operation: ``query_payscore_permission_by_authorization_code`` (GET /v3/payscore/permissions/authorization-code/{authorization_code}); function: ``api.payscore_permissions.query_payscore_permission_by_authorization_code``.
        """
        from ..api.payscore_permissions import query_payscore_permission_by_authorization_code as _op

        return self._invoker.call(_op.sync, authorization_code=authorization_code, service_id=service_id)

    def query_payscore_permission_by_openid(self, openid: str, *, service_id: str, appid: str) -> PayscorePermission:
        """查询与用户授权记录（openid）

        查询与用户授权记录（openid） — reads a user's authorisation record for a service, the user
        being given by `openid` under `appid`. The answer carries `authorization_state`
        (`AVAILABLE`, `UNAVAILABLE`, `UNBINDUSER`; open set), the pre-authorisation
        `authorization_code` when there is one, and the last authorisation and revocation times.

        This lookup settles an unclear outcome of `terminate_payscore_permission_by_openid`. Safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647404

        Operation: ``query_payscore_permission_by_openid`` (GET /v3/payscore/permissions/openid/{openid}); function: ``api.payscore_permissions.query_payscore_permission_by_openid``.
        """
        from ..api.payscore_permissions import query_payscore_permission_by_openid as _op

        return self._invoker.call(_op.sync, openid=openid, service_id=service_id, appid=appid)

    def query_payscore_user_service_state(
        self, *, appid: str, service_id: str, openid: str
    ) -> PayscoreUserServiceState:
        """查询用户授权状态

        查询用户授权状态 — the plain-authorisation (普通授权) check: before a user starts a service,
        the merchant asks whether this user (`openid` under `appid`) has authorised the service
        (`use_service_state` `AVAILABLE`) or not (`UNAVAILABLE`; open set). Only an authorised user
        can use the service without confirming each order.

        This lookup settles an unclear outcome of `terminate_payscore_user_permission`. Safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_8.shtml

        Operation: ``query_payscore_user_service_state`` (GET /v3/payscore/user-service-state); function: ``api.payscore_permissions.query_payscore_user_service_state``.
        """
        from ..api.payscore_permissions import query_payscore_user_service_state as _op

        return self._invoker.call(_op.sync, appid=appid, service_id=service_id, openid=openid)

    def terminate_payscore_permission_by_authorization_code(
        self, authorization_code: str, *, body: PayscorePermissionTerminateByCodeRequest | Mapping[str, Any]
    ) -> None:
        """解除用户授权关系（授权协议号）

        解除用户授权关系（授权协议号） — the merchant ends the user's pre-authorisation that belongs to
        `authorization_code`, giving a `reason`. Answers `204` with no body. After it the user has to
        authorise again before orders without confirmation can be placed.

        Not documented as idempotent. After an unclear outcome, read the record with
        `query_payscore_permission_by_authorization_code`: `UNAVAILABLE` means the revocation took
        effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647410

        Operation: ``terminate_payscore_permission_by_authorization_code`` (POST /v3/payscore/permissions/authorization-code/{authorization_code}/terminate); function: ``api.payscore_permissions.terminate_payscore_permission_by_authorization_code``.
        """
        from ..api.payscore_permissions import terminate_payscore_permission_by_authorization_code as _op

        self._invoker.call(_op.sync_detailed, authorization_code=authorization_code, body=body)

    def terminate_payscore_permission_by_openid(
        self, openid: str, *, body: PayscorePermissionTerminateByOpenidRequest | Mapping[str, Any]
    ) -> None:
        """解除用户授权关系（openid）

        解除用户授权关系（openid） — the merchant ends a user's authorisation of a service, the user
        being given by `openid` under `appid`, with a `reason`. Answers `204` with no body.

        Not documented as idempotent. After an unclear outcome, read the record with
        `query_payscore_permission_by_openid`: `UNAVAILABLE` means the revocation took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647413

        Operation: ``terminate_payscore_permission_by_openid`` (POST /v3/payscore/permissions/openid/{openid}/terminate); function: ``api.payscore_permissions.terminate_payscore_permission_by_openid``.
        """
        from ..api.payscore_permissions import terminate_payscore_permission_by_openid as _op

        self._invoker.call(_op.sync_detailed, openid=openid, body=body)

    def terminate_payscore_user_permission(
        self, openid: str, service_id: str, *, body: PayscoreUserPermissionTerminateRequest | Mapping[str, Any]
    ) -> None:
        """商户解除用户授权关系

        商户解除用户授权关系 — in the plain-authorisation (普通授权) mode, the merchant itself ends
        the user's earlier authorisation of `service_id` (user given by `openid` under `appid` in
        the body), with a `reason`. Answers `204` with no body.

        Not documented as idempotent. After an unclear outcome, check with
        `query_payscore_user_service_state`: `UNAVAILABLE` means the authorisation is gone.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_1.shtml

        Operation: ``terminate_payscore_user_permission`` (POST /v3/payscore/users/{openid}/permissions/{service_id}/terminate); function: ``api.payscore_permissions.terminate_payscore_user_permission``.
        """
        from ..api.payscore_permissions import terminate_payscore_user_permission as _op

        self._invoker.call(_op.sync_detailed, openid=openid, service_id=service_id, body=body)


class AsyncPayscorePermissionsResource(AsyncResource):
    """``payscore_permissions`` (async, typed results).

    支付分∙免确认模式 — WeChat Pay Score without order confirmation: pre-authorisation (预授权:
    apply, assess the user's tier, query and end an authorisation by agreement number or OpenID),
    plain authorisation (普通授权: query the user's state, end the authorisation) and the
    combined create-and-complete order (创单结单合并). Paths under `/v3/payscore/permissions`,
    `/v3/payscore/user-service-state`, `/v3/payscore/users/` and
    `/v3/payscore/serviceorder/direct-complete`.
    """

    __slots__ = ()

    async def apply_payscore_permissions(
        self, *, body: PayscorePermissionApplyRequest | Mapping[str, Any]
    ) -> PayscorePermissionApplyResponse:
        """商户预授权

        商户预授权 — starts the pre-authorisation flow of 支付分 免确认模式. The merchant picks its own
        `authorization_code` (agreement number, unique per merchant) and gets back an
        `apply_permissions_token`, which the merchant's mini program or app passes to the WeChat Pay
        Score mini program (`wxpayScoreEnable`) so that the user can grant the authorisation. The token
        is short-lived (about an hour, per the field docs of the jump API).

        - When the user has authorised, WeChat Pay sends `PAYSCORE.USER_OPEN_SERVICE` to `notify_url`
          (see `PayscorePermissionNotificationResource`); a later revocation by the user is sent as
          `PAYSCORE.USER_CLOSE_SERVICE`.
        - Not documented as idempotent. After an unclear outcome, look the agreement up with
          `query_payscore_permission_by_authorization_code`; if it is not `AVAILABLE`, call again
          with the same `authorization_code` to get a fresh token.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647349

        Operation: ``apply_payscore_permissions`` (POST /v3/payscore/permissions); function: ``api.payscore_permissions.apply_payscore_permissions``.
        """
        from ..api.payscore_permissions import apply_payscore_permissions as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def assess_payscore_user_risk_level(
        self, *, body: PayscorePermissionRiskAssessRequest | Mapping[str, Any]
    ) -> PayscorePermissionRiskAssessResponse:
        """商户评估用户分层

        商户评估用户分层 — asks WeChat Pay Score which risk tier (`user_risk_level`, with its
        `risk_level_version`) a user falls in for a service, identified by `openid` or by the
        pre-authorisation `authorization_code`. For the 先用后付 (pay on delivery) scene the merchant may
        describe the goods the user is about to take in `shopping_info`.

        The answer also repeats the user's authorisation record (`authorization_state` and its
        times). The call changes nothing on the WeChat Pay side, so it is safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856611

        Operation: ``assess_payscore_user_risk_level`` (POST /v3/payscore/permissions/assess-user-risk-level); function: ``api.payscore_permissions.assess_payscore_user_risk_level``.
        """
        from ..api.payscore_permissions import assess_payscore_user_risk_level as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def direct_complete_payscore_order(
        self, *, body: PayscorePermissionDirectCompleteRequest | Mapping[str, Any]
    ) -> PayscorePermissionDirectCompleteResponse:
        """创单结单合并

        创单结单合并 — for services that need no Pay Score risk check of the order: after the service
        is over, one call creates the service order and completes it, and WeChat Pay then deducts
        the amount from the user without a password. The user must have authorised the service
        first (免确认模式: `apply_payscore_permissions` or the plain authorisation).

        - `post_payments` (what was charged) and `post_discounts` (merchant discounts) make up the
          amount; `total_amount` is the sum to collect, in fen.
        - The answer carries the order's `state` and `state_description`; the deduction result is
          sent to `notify_url` as `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`
          of the `payscore` tag).
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_payscore_service_order` (by `out_order_no`) before resending with the same
          `out_order_no`.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_9.shtml

        Operation: ``direct_complete_payscore_order`` (POST /v3/payscore/serviceorder/direct-complete); function: ``api.payscore_permissions.direct_complete_payscore_order``.
        """
        from ..api.payscore_permissions import direct_complete_payscore_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_payscore_permission_by_authorization_code(
        self, authorization_code: str, *, service_id: str
    ) -> PayscorePermission:
        """查询与用户授权记录（授权协议号）

        查询与用户授权记录（授权协议号） — reads the authorisation record that belongs to a
        pre-authorisation agreement number (`authorization_code`) of a service: whether the user has
        authorised (`authorization_state` `AVAILABLE`), has not or no longer has (`UNAVAILABLE`), or
        the agreement is not bound to a user yet (`UNBINDUSER`), with the last authorisation and
        revocation times.

        This lookup settles an unclear outcome of `apply_payscore_permissions` and
        `terminate_payscore_permission_by_authorization_code`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647401

        Operation: ``query_payscore_permission_by_authorization_code`` (GET /v3/payscore/permissions/authorization-code/{authorization_code}); function: ``api.payscore_permissions.query_payscore_permission_by_authorization_code``.
        """
        from ..api.payscore_permissions import query_payscore_permission_by_authorization_code as _op

        return await self._invoker.call(_op.asyncio, authorization_code=authorization_code, service_id=service_id)

    async def query_payscore_permission_by_openid(
        self, openid: str, *, service_id: str, appid: str
    ) -> PayscorePermission:
        """查询与用户授权记录（openid）

        查询与用户授权记录（openid） — reads a user's authorisation record for a service, the user
        being given by `openid` under `appid`. The answer carries `authorization_state`
        (`AVAILABLE`, `UNAVAILABLE`, `UNBINDUSER`; open set), the pre-authorisation
        `authorization_code` when there is one, and the last authorisation and revocation times.

        This lookup settles an unclear outcome of `terminate_payscore_permission_by_openid`. Safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647404

        Operation: ``query_payscore_permission_by_openid`` (GET /v3/payscore/permissions/openid/{openid}); function: ``api.payscore_permissions.query_payscore_permission_by_openid``.
        """
        from ..api.payscore_permissions import query_payscore_permission_by_openid as _op

        return await self._invoker.call(_op.asyncio, openid=openid, service_id=service_id, appid=appid)

    async def query_payscore_user_service_state(
        self, *, appid: str, service_id: str, openid: str
    ) -> PayscoreUserServiceState:
        """查询用户授权状态

        查询用户授权状态 — the plain-authorisation (普通授权) check: before a user starts a service,
        the merchant asks whether this user (`openid` under `appid`) has authorised the service
        (`use_service_state` `AVAILABLE`) or not (`UNAVAILABLE`; open set). Only an authorised user
        can use the service without confirming each order.

        This lookup settles an unclear outcome of `terminate_payscore_user_permission`. Safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_8.shtml

        Operation: ``query_payscore_user_service_state`` (GET /v3/payscore/user-service-state); function: ``api.payscore_permissions.query_payscore_user_service_state``.
        """
        from ..api.payscore_permissions import query_payscore_user_service_state as _op

        return await self._invoker.call(_op.asyncio, appid=appid, service_id=service_id, openid=openid)

    async def terminate_payscore_permission_by_authorization_code(
        self, authorization_code: str, *, body: PayscorePermissionTerminateByCodeRequest | Mapping[str, Any]
    ) -> None:
        """解除用户授权关系（授权协议号）

        解除用户授权关系（授权协议号） — the merchant ends the user's pre-authorisation that belongs to
        `authorization_code`, giving a `reason`. Answers `204` with no body. After it the user has to
        authorise again before orders without confirmation can be placed.

        Not documented as idempotent. After an unclear outcome, read the record with
        `query_payscore_permission_by_authorization_code`: `UNAVAILABLE` means the revocation took
        effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647410

        Operation: ``terminate_payscore_permission_by_authorization_code`` (POST /v3/payscore/permissions/authorization-code/{authorization_code}/terminate); function: ``api.payscore_permissions.terminate_payscore_permission_by_authorization_code``.
        """
        from ..api.payscore_permissions import terminate_payscore_permission_by_authorization_code as _op

        await self._invoker.call(_op.asyncio_detailed, authorization_code=authorization_code, body=body)

    async def terminate_payscore_permission_by_openid(
        self, openid: str, *, body: PayscorePermissionTerminateByOpenidRequest | Mapping[str, Any]
    ) -> None:
        """解除用户授权关系（openid）

        解除用户授权关系（openid） — the merchant ends a user's authorisation of a service, the user
        being given by `openid` under `appid`, with a `reason`. Answers `204` with no body.

        Not documented as idempotent. After an unclear outcome, read the record with
        `query_payscore_permission_by_openid`: `UNAVAILABLE` means the revocation took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647413

        Operation: ``terminate_payscore_permission_by_openid`` (POST /v3/payscore/permissions/openid/{openid}/terminate); function: ``api.payscore_permissions.terminate_payscore_permission_by_openid``.
        """
        from ..api.payscore_permissions import terminate_payscore_permission_by_openid as _op

        await self._invoker.call(_op.asyncio_detailed, openid=openid, body=body)

    async def terminate_payscore_user_permission(
        self, openid: str, service_id: str, *, body: PayscoreUserPermissionTerminateRequest | Mapping[str, Any]
    ) -> None:
        """商户解除用户授权关系

        商户解除用户授权关系 — in the plain-authorisation (普通授权) mode, the merchant itself ends
        the user's earlier authorisation of `service_id` (user given by `openid` under `appid` in
        the body), with a `reason`. Answers `204` with no body.

        Not documented as idempotent. After an unclear outcome, check with
        `query_payscore_user_service_state`: `UNAVAILABLE` means the authorisation is gone.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_1.shtml

        Operation: ``terminate_payscore_user_permission`` (POST /v3/payscore/users/{openid}/permissions/{service_id}/terminate); function: ``api.payscore_permissions.terminate_payscore_user_permission``.
        """
        from ..api.payscore_permissions import terminate_payscore_user_permission as _op

        await self._invoker.call(_op.asyncio_detailed, openid=openid, service_id=service_id, body=body)


class PayscorePermissionsResourceWithRawResponse(SyncResource):
    """``payscore_permissions`` (raw responses).

    支付分∙免确认模式 — WeChat Pay Score without order confirmation: pre-authorisation (预授权:
    apply, assess the user's tier, query and end an authorisation by agreement number or OpenID),
    plain authorisation (普通授权: query the user's state, end the authorisation) and the
    combined create-and-complete order (创单结单合并). Paths under `/v3/payscore/permissions`,
    `/v3/payscore/user-service-state`, `/v3/payscore/users/` and
    `/v3/payscore/serviceorder/direct-complete`.
    """

    __slots__ = ()

    def apply_payscore_permissions(
        self, *, body: PayscorePermissionApplyRequest | Mapping[str, Any]
    ) -> Response[PayscorePermissionApplyResponse]:
        """``apply_payscore_permissions`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户预授权
        """
        from ..api.payscore_permissions import apply_payscore_permissions as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def assess_payscore_user_risk_level(
        self, *, body: PayscorePermissionRiskAssessRequest | Mapping[str, Any]
    ) -> Response[PayscorePermissionRiskAssessResponse]:
        """``assess_payscore_user_risk_level`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户评估用户分层
        """
        from ..api.payscore_permissions import assess_payscore_user_risk_level as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def direct_complete_payscore_order(
        self, *, body: PayscorePermissionDirectCompleteRequest | Mapping[str, Any]
    ) -> Response[PayscorePermissionDirectCompleteResponse]:
        """``direct_complete_payscore_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创单结单合并
        """
        from ..api.payscore_permissions import direct_complete_payscore_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_payscore_permission_by_authorization_code(
        self, authorization_code: str, *, service_id: str
    ) -> Response[PayscorePermission]:
        """``query_payscore_permission_by_authorization_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询与用户授权记录（授权协议号）
        """
        from ..api.payscore_permissions import query_payscore_permission_by_authorization_code as _op

        return self._invoker.call(_op.sync_detailed, authorization_code=authorization_code, service_id=service_id)

    def query_payscore_permission_by_openid(
        self, openid: str, *, service_id: str, appid: str
    ) -> Response[PayscorePermission]:
        """``query_payscore_permission_by_openid`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询与用户授权记录（openid）
        """
        from ..api.payscore_permissions import query_payscore_permission_by_openid as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, service_id=service_id, appid=appid)

    def query_payscore_user_service_state(
        self, *, appid: str, service_id: str, openid: str
    ) -> Response[PayscoreUserServiceState]:
        """``query_payscore_user_service_state`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户授权状态
        """
        from ..api.payscore_permissions import query_payscore_user_service_state as _op

        return self._invoker.call(_op.sync_detailed, appid=appid, service_id=service_id, openid=openid)

    def terminate_payscore_permission_by_authorization_code(
        self, authorization_code: str, *, body: PayscorePermissionTerminateByCodeRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``terminate_payscore_permission_by_authorization_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解除用户授权关系（授权协议号）
        """
        from ..api.payscore_permissions import terminate_payscore_permission_by_authorization_code as _op

        return self._invoker.call(_op.sync_detailed, authorization_code=authorization_code, body=body)

    def terminate_payscore_permission_by_openid(
        self, openid: str, *, body: PayscorePermissionTerminateByOpenidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``terminate_payscore_permission_by_openid`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解除用户授权关系（openid）
        """
        from ..api.payscore_permissions import terminate_payscore_permission_by_openid as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, body=body)

    def terminate_payscore_user_permission(
        self, openid: str, service_id: str, *, body: PayscoreUserPermissionTerminateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``terminate_payscore_user_permission`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户解除用户授权关系
        """
        from ..api.payscore_permissions import terminate_payscore_user_permission as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, service_id=service_id, body=body)


class AsyncPayscorePermissionsResourceWithRawResponse(AsyncResource):
    """``payscore_permissions`` (async, raw responses).

    支付分∙免确认模式 — WeChat Pay Score without order confirmation: pre-authorisation (预授权:
    apply, assess the user's tier, query and end an authorisation by agreement number or OpenID),
    plain authorisation (普通授权: query the user's state, end the authorisation) and the
    combined create-and-complete order (创单结单合并). Paths under `/v3/payscore/permissions`,
    `/v3/payscore/user-service-state`, `/v3/payscore/users/` and
    `/v3/payscore/serviceorder/direct-complete`.
    """

    __slots__ = ()

    async def apply_payscore_permissions(
        self, *, body: PayscorePermissionApplyRequest | Mapping[str, Any]
    ) -> Response[PayscorePermissionApplyResponse]:
        """``apply_payscore_permissions`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户预授权
        """
        from ..api.payscore_permissions import apply_payscore_permissions as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def assess_payscore_user_risk_level(
        self, *, body: PayscorePermissionRiskAssessRequest | Mapping[str, Any]
    ) -> Response[PayscorePermissionRiskAssessResponse]:
        """``assess_payscore_user_risk_level`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户评估用户分层
        """
        from ..api.payscore_permissions import assess_payscore_user_risk_level as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def direct_complete_payscore_order(
        self, *, body: PayscorePermissionDirectCompleteRequest | Mapping[str, Any]
    ) -> Response[PayscorePermissionDirectCompleteResponse]:
        """``direct_complete_payscore_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创单结单合并
        """
        from ..api.payscore_permissions import direct_complete_payscore_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_payscore_permission_by_authorization_code(
        self, authorization_code: str, *, service_id: str
    ) -> Response[PayscorePermission]:
        """``query_payscore_permission_by_authorization_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询与用户授权记录（授权协议号）
        """
        from ..api.payscore_permissions import query_payscore_permission_by_authorization_code as _op

        return await self._invoker.call(
            _op.asyncio_detailed, authorization_code=authorization_code, service_id=service_id
        )

    async def query_payscore_permission_by_openid(
        self, openid: str, *, service_id: str, appid: str
    ) -> Response[PayscorePermission]:
        """``query_payscore_permission_by_openid`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询与用户授权记录（openid）
        """
        from ..api.payscore_permissions import query_payscore_permission_by_openid as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, service_id=service_id, appid=appid)

    async def query_payscore_user_service_state(
        self, *, appid: str, service_id: str, openid: str
    ) -> Response[PayscoreUserServiceState]:
        """``query_payscore_user_service_state`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户授权状态
        """
        from ..api.payscore_permissions import query_payscore_user_service_state as _op

        return await self._invoker.call(_op.asyncio_detailed, appid=appid, service_id=service_id, openid=openid)

    async def terminate_payscore_permission_by_authorization_code(
        self, authorization_code: str, *, body: PayscorePermissionTerminateByCodeRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``terminate_payscore_permission_by_authorization_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解除用户授权关系（授权协议号）
        """
        from ..api.payscore_permissions import terminate_payscore_permission_by_authorization_code as _op

        return await self._invoker.call(_op.asyncio_detailed, authorization_code=authorization_code, body=body)

    async def terminate_payscore_permission_by_openid(
        self, openid: str, *, body: PayscorePermissionTerminateByOpenidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``terminate_payscore_permission_by_openid`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解除用户授权关系（openid）
        """
        from ..api.payscore_permissions import terminate_payscore_permission_by_openid as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, body=body)

    async def terminate_payscore_user_permission(
        self, openid: str, service_id: str, *, body: PayscoreUserPermissionTerminateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``terminate_payscore_user_permission`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户解除用户授权关系
        """
        from ..api.payscore_permissions import terminate_payscore_user_permission as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, service_id=service_id, body=body)
