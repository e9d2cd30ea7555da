# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBatchNotificationResource")


@_attrs_define
class TransferBatchNotificationResource:
    """商家转账批次回调 — the decrypted resource of `MCHTRANSFER.BATCH.FINISHED` (all details
    processed) and `MCHTRANSFER.BATCH.CLOSED` (batch closed, with `close_reason`),
    original_type `mch_payment`. Amounts in fen. Unknown keys are kept.

    """

    out_batch_no: str
    """ 商家批次单号 — merchant batch number. """
    batch_id: str
    """ 微信批次单号 — WeChat Pay's batch number. """
    batch_status: str
    """ 批次状态 — `FINISHED` or `CLOSED` here (open set). """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID (documented for `CLOSED`). """
    total_num: int | Unset = UNSET
    """ 批次总笔数 — number of details. """
    total_amount: int | Unset = UNSET
    """ 批次总金额 — total, in fen. """
    success_amount: int | Unset = UNSET
    """ 转账成功金额 — amount paid, in fen (`FINISHED`). """
    success_num: int | Unset = UNSET
    """ 转账成功笔数 — details paid (`FINISHED`). """
    fail_amount: int | Unset = UNSET
    """ 转账失败金额 — amount that failed, in fen (`FINISHED`). """
    fail_num: int | Unset = UNSET
    """ 转账失败笔数 — details that failed (`FINISHED`). """
    close_reason: str | Unset = UNSET
    """ 批次关闭原因 — `OVERDUE_CLOSE`, `TRANSFER_SCENE_INVALID` … (`CLOSED`; open set). """
    update_time: datetime.datetime | Unset = UNSET
    """ 批次更新时间 — last state change (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_batch_no = self.out_batch_no

        batch_id = self.batch_id

        batch_status = self.batch_status

        mchid = self.mchid

        total_num = self.total_num

        total_amount = self.total_amount

        success_amount = self.success_amount

        success_num = self.success_num

        fail_amount = self.fail_amount

        fail_num = self.fail_num

        close_reason = self.close_reason

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_batch_no": out_batch_no,
                "batch_id": batch_id,
                "batch_status": batch_status,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if total_num is not UNSET:
            field_dict["total_num"] = total_num
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if success_amount is not UNSET:
            field_dict["success_amount"] = success_amount
        if success_num is not UNSET:
            field_dict["success_num"] = success_num
        if fail_amount is not UNSET:
            field_dict["fail_amount"] = fail_amount
        if fail_num is not UNSET:
            field_dict["fail_num"] = fail_num
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_batch_no = d.pop("out_batch_no")

        batch_id = d.pop("batch_id")

        batch_status = d.pop("batch_status")

        mchid = d.pop("mchid", UNSET)

        total_num = d.pop("total_num", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        success_amount = d.pop("success_amount", UNSET)

        success_num = d.pop("success_num", UNSET)

        fail_amount = d.pop("fail_amount", UNSET)

        fail_num = d.pop("fail_num", UNSET)

        close_reason = d.pop("close_reason", UNSET)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        transfer_batch_notification_resource = cls(
            out_batch_no=out_batch_no,
            batch_id=batch_id,
            batch_status=batch_status,
            mchid=mchid,
            total_num=total_num,
            total_amount=total_amount,
            success_amount=success_amount,
            success_num=success_num,
            fail_amount=fail_amount,
            fail_num=fail_num,
            close_reason=close_reason,
            update_time=update_time,
        )

        transfer_batch_notification_resource.additional_properties = d
        return transfer_batch_notification_resource

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
