# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``global_complaints`` tag: one method per operation of ``api/global_complaints/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    import datetime

    from ..models.global_complaint import GlobalComplaint
    from ..models.global_complaint_list_response import GlobalComplaintListResponse
    from ..models.list_global_complaints_mch_language import ListGlobalComplaintsMchLanguage
    from ..models.query_global_complaint_mch_language import QueryGlobalComplaintMchLanguage
    from ..types import Response, Unset


class GlobalComplaintsResource(SyncResource):
    """``global_complaints`` (typed results).

    跨境∙消费者投诉 — consumer complaints of cross-border merchants: list complaints and read one
    (the user's phone decrypted by the SDK, an optional translation). Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/merchant-service/complaints`.
    """

    __slots__ = ()

    def list_global_complaints(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        begin_date: datetime.date,
        end_date: datetime.date,
        complainted_mchid: str | Unset = UNSET,
        mch_language: ListGlobalComplaintsMchLanguage | Unset = UNSET,
    ) -> GlobalComplaintListResponse:
        """查询投诉单列表

        Lists the complaints users filed against a cross-border merchant between two dates, a
        page at a time (`limit`, `offset`; `total_count` tells how many there are). Each entry
        carries the complaint's state, the orders it concerns with their settlement and payment
        amounts and currencies, the user's phone number (`payer_phone`, sent encrypted for the
        merchant: the SDK decrypts it into the model) and attached media. `mch_language` asks
        for a translation of the complaint text (`complaint_detail_trans`). Served from the
        cross-border host. Read-only; safe to repeat.

        Official doc: https://docs.qq.com/doc/DTmZhV0pWT1Zmd2du

        Operation: ``list_global_complaints`` (GET /v3/global/merchant-service/complaints); function: ``api.global_complaints.list_global_complaints``.
        """
        from ..api.global_complaints import list_global_complaints as _op

        return self._invoker.call(
            _op.sync,
            limit=limit,
            offset=offset,
            begin_date=begin_date,
            end_date=end_date,
            complainted_mchid=complainted_mchid,
            mch_language=mch_language,
        )

    def query_global_complaint(
        self, complaint_id: str, *, mch_language: QueryGlobalComplaintMchLanguage | Unset = UNSET
    ) -> GlobalComplaint:
        """查询投诉单详情

        Reads one complaint of a cross-border merchant by its ID: the same fields as an entry of
        `list_global_complaints` (state, orders and amounts, media, the user's phone number
        decrypted by the SDK, the optional translation). Served from the cross-border host.
        Read-only; safe to repeat.

        Official doc: https://docs.qq.com/doc/DTlpKUmR4eHpXWU9v

        Operation: ``query_global_complaint`` (GET /v3/global/merchant-service/complaints/{complaint_id}); function: ``api.global_complaints.query_global_complaint``.
        """
        from ..api.global_complaints import query_global_complaint as _op

        return self._invoker.call(_op.sync, complaint_id=complaint_id, mch_language=mch_language)


class AsyncGlobalComplaintsResource(AsyncResource):
    """``global_complaints`` (async, typed results).

    跨境∙消费者投诉 — consumer complaints of cross-border merchants: list complaints and read one
    (the user's phone decrypted by the SDK, an optional translation). Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/merchant-service/complaints`.
    """

    __slots__ = ()

    async def list_global_complaints(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        begin_date: datetime.date,
        end_date: datetime.date,
        complainted_mchid: str | Unset = UNSET,
        mch_language: ListGlobalComplaintsMchLanguage | Unset = UNSET,
    ) -> GlobalComplaintListResponse:
        """查询投诉单列表

        Lists the complaints users filed against a cross-border merchant between two dates, a
        page at a time (`limit`, `offset`; `total_count` tells how many there are). Each entry
        carries the complaint's state, the orders it concerns with their settlement and payment
        amounts and currencies, the user's phone number (`payer_phone`, sent encrypted for the
        merchant: the SDK decrypts it into the model) and attached media. `mch_language` asks
        for a translation of the complaint text (`complaint_detail_trans`). Served from the
        cross-border host. Read-only; safe to repeat.

        Official doc: https://docs.qq.com/doc/DTmZhV0pWT1Zmd2du

        Operation: ``list_global_complaints`` (GET /v3/global/merchant-service/complaints); function: ``api.global_complaints.list_global_complaints``.
        """
        from ..api.global_complaints import list_global_complaints as _op

        return await self._invoker.call(
            _op.asyncio,
            limit=limit,
            offset=offset,
            begin_date=begin_date,
            end_date=end_date,
            complainted_mchid=complainted_mchid,
            mch_language=mch_language,
        )

    async def query_global_complaint(
        self, complaint_id: str, *, mch_language: QueryGlobalComplaintMchLanguage | Unset = UNSET
    ) -> GlobalComplaint:
        """查询投诉单详情

        Reads one complaint of a cross-border merchant by its ID: the same fields as an entry of
        `list_global_complaints` (state, orders and amounts, media, the user's phone number
        decrypted by the SDK, the optional translation). Served from the cross-border host.
        Read-only; safe to repeat.

        Official doc: https://docs.qq.com/doc/DTlpKUmR4eHpXWU9v

        Operation: ``query_global_complaint`` (GET /v3/global/merchant-service/complaints/{complaint_id}); function: ``api.global_complaints.query_global_complaint``.
        """
        from ..api.global_complaints import query_global_complaint as _op

        return await self._invoker.call(_op.asyncio, complaint_id=complaint_id, mch_language=mch_language)


class GlobalComplaintsResourceWithRawResponse(SyncResource):
    """``global_complaints`` (raw responses).

    跨境∙消费者投诉 — consumer complaints of cross-border merchants: list complaints and read one
    (the user's phone decrypted by the SDK, an optional translation). Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/merchant-service/complaints`.
    """

    __slots__ = ()

    def list_global_complaints(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        begin_date: datetime.date,
        end_date: datetime.date,
        complainted_mchid: str | Unset = UNSET,
        mch_language: ListGlobalComplaintsMchLanguage | Unset = UNSET,
    ) -> Response[GlobalComplaintListResponse]:
        """``list_global_complaints`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单列表
        """
        from ..api.global_complaints import list_global_complaints as _op

        return self._invoker.call(
            _op.sync_detailed,
            limit=limit,
            offset=offset,
            begin_date=begin_date,
            end_date=end_date,
            complainted_mchid=complainted_mchid,
            mch_language=mch_language,
        )

    def query_global_complaint(
        self, complaint_id: str, *, mch_language: QueryGlobalComplaintMchLanguage | Unset = UNSET
    ) -> Response[GlobalComplaint]:
        """``query_global_complaint`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单详情
        """
        from ..api.global_complaints import query_global_complaint as _op

        return self._invoker.call(_op.sync_detailed, complaint_id=complaint_id, mch_language=mch_language)


class AsyncGlobalComplaintsResourceWithRawResponse(AsyncResource):
    """``global_complaints`` (async, raw responses).

    跨境∙消费者投诉 — consumer complaints of cross-border merchants: list complaints and read one
    (the user's phone decrypted by the SDK, an optional translation). Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/merchant-service/complaints`.
    """

    __slots__ = ()

    async def list_global_complaints(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        begin_date: datetime.date,
        end_date: datetime.date,
        complainted_mchid: str | Unset = UNSET,
        mch_language: ListGlobalComplaintsMchLanguage | Unset = UNSET,
    ) -> Response[GlobalComplaintListResponse]:
        """``list_global_complaints`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单列表
        """
        from ..api.global_complaints import list_global_complaints as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            limit=limit,
            offset=offset,
            begin_date=begin_date,
            end_date=end_date,
            complainted_mchid=complainted_mchid,
            mch_language=mch_language,
        )

    async def query_global_complaint(
        self, complaint_id: str, *, mch_language: QueryGlobalComplaintMchLanguage | Unset = UNSET
    ) -> Response[GlobalComplaint]:
        """``query_global_complaint`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单详情
        """
        from ..api.global_complaints import query_global_complaint as _op

        return await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id, mch_language=mch_language)
