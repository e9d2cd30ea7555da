# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBatch")


@_attrs_define
class TransferBatch:
    """转账批次单 — a transfer batch. Amounts in fen."""

    mchid: str
    """ 商户号 — merchant ID. """
    out_batch_no: str
    """ 商家批次单号 — merchant batch number. """
    batch_id: str
    """ 微信批次单号 — WeChat Pay's batch number. """
    appid: str
    """ 商户appid — the AppID. """
    batch_status: str
    """ 批次状态 — open set; known values: `WAIT_PAY` (waiting for the merchant's payment
    confirmation), `ACCEPTED`, `PROCESSING`, `FINISHED`, `CLOSED`.
     """
    batch_type: str
    """ 批次类型 — `API` or `WEB` (open set). """
    batch_name: str
    """ 批次名称 — batch name. """
    batch_remark: str
    """ 批次备注 — batch remark. """
    total_amount: int
    """ 转账总金额 — total, in fen. """
    total_num: int
    """ 转账总笔数 — number of details. """
    close_reason: str | Unset = UNSET
    """ 批次关闭原因 — present when `CLOSED`; open set, known values `OVERDUE_CLOSE`,
    `TRANSFER_SCENE_INVALID`.
     """
    create_time: datetime.datetime | Unset = UNSET
    """ 批次创建时间 — acceptance time (RFC 3339). """
    update_time: datetime.datetime | Unset = UNSET
    """ 批次更新时间 — last state change (RFC 3339). """
    success_amount: int | Unset = UNSET
    """ 转账成功金额 — amount paid so far, in fen (changes while `PROCESSING`). """
    success_num: int | Unset = UNSET
    """ 转账成功笔数 — details paid so far. """
    fail_amount: int | Unset = UNSET
    """ 转账失败金额 — amount that failed, in fen. """
    fail_num: int | Unset = UNSET
    """ 转账失败笔数 — details that failed. """
    transfer_scene_id: str | Unset = UNSET
    """ 转账场景ID — the scene of the batch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_batch_no = self.out_batch_no

        batch_id = self.batch_id

        appid = self.appid

        batch_status = self.batch_status

        batch_type = self.batch_type

        batch_name = self.batch_name

        batch_remark = self.batch_remark

        total_amount = self.total_amount

        total_num = self.total_num

        close_reason = self.close_reason

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        success_amount = self.success_amount

        success_num = self.success_num

        fail_amount = self.fail_amount

        fail_num = self.fail_num

        transfer_scene_id = self.transfer_scene_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "out_batch_no": out_batch_no,
                "batch_id": batch_id,
                "appid": appid,
                "batch_status": batch_status,
                "batch_type": batch_type,
                "batch_name": batch_name,
                "batch_remark": batch_remark,
                "total_amount": total_amount,
                "total_num": total_num,
            }
        )
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if success_amount is not UNSET:
            field_dict["success_amount"] = success_amount
        if success_num is not UNSET:
            field_dict["success_num"] = success_num
        if fail_amount is not UNSET:
            field_dict["fail_amount"] = fail_amount
        if fail_num is not UNSET:
            field_dict["fail_num"] = fail_num
        if transfer_scene_id is not UNSET:
            field_dict["transfer_scene_id"] = transfer_scene_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        out_batch_no = d.pop("out_batch_no")

        batch_id = d.pop("batch_id")

        appid = d.pop("appid")

        batch_status = d.pop("batch_status")

        batch_type = d.pop("batch_type")

        batch_name = d.pop("batch_name")

        batch_remark = d.pop("batch_remark")

        total_amount = d.pop("total_amount")

        total_num = d.pop("total_num")

        close_reason = d.pop("close_reason", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        success_amount = d.pop("success_amount", UNSET)

        success_num = d.pop("success_num", UNSET)

        fail_amount = d.pop("fail_amount", UNSET)

        fail_num = d.pop("fail_num", UNSET)

        transfer_scene_id = d.pop("transfer_scene_id", UNSET)

        transfer_batch = cls(
            mchid=mchid,
            out_batch_no=out_batch_no,
            batch_id=batch_id,
            appid=appid,
            batch_status=batch_status,
            batch_type=batch_type,
            batch_name=batch_name,
            batch_remark=batch_remark,
            total_amount=total_amount,
            total_num=total_num,
            close_reason=close_reason,
            create_time=create_time,
            update_time=update_time,
            success_amount=success_amount,
            success_num=success_num,
            fail_amount=fail_amount,
            fail_num=fail_num,
            transfer_scene_id=transfer_scene_id,
        )

        transfer_batch.additional_properties = d
        return transfer_batch

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
