# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_redpacket_batch_detail_item import BrandRedpacketBatchDetailItem


T = TypeVar("T", bound="BrandRedpacketBatch")


@_attrs_define
class BrandRedpacketBatch:
    """品牌红包批次单 — a batch as read back."""

    brand_mchid: str
    """ 品牌主商户号 — the brand's main merchant ID. """
    batch_no: str
    """ 微信支付品牌红包批次单号 — WeChat Pay's batch number. """
    out_batch_no: str
    """ 商家品牌红包批次单号 — the merchant's batch number. """
    batch_state: str
    """ 批次单状态 — `WAIT_PAY` (awaiting confirmation), `ACCEPTED` (accepted; still so after
    30 minutes may mean the balance is short), `PROCESSING` (details being sent),
    `FINISHED` or `CLOSED` (final states). Known values; open set.
     """
    batch_name: str
    """ 品牌红包批次名称 — batch name. """
    batch_remark: str
    """ 品牌红包批次备注 — batch remark. """
    total_amount: int
    """ 总金额 — batch total, in fen. """
    total_num: int
    """ 总笔数 — number of red packets. """
    create_time: datetime.datetime
    """ 品牌红包批次创建时间 — when the batch was accepted (RFC 3339). """
    success_amount: int
    """ 发放成功金额 — amount sent so far, in fen (may change while `PROCESSING`). """
    success_num: int
    """ 发放成功笔数 — red packets sent so far. """
    fail_amount: int
    """ 发放失败金额 — amount that failed, in fen. """
    fail_num: int
    """ 发放失败笔数 — red packets that failed. """
    brand_id: int | Unset = UNSET
    """ 品牌ID — the brand's ID. """
    template_id: str | Unset = UNSET
    """ 品牌红包模板ID — the red-packet template. """
    brand_appid: str | Unset = UNSET
    """ 品牌AppID — the brand's AppID. """
    close_reason: str | Unset = UNSET
    """ 品牌红包批次单关闭原因 — set when `CLOSED`: `MERCHANT_REVOCATION` (withdrawn by the
    merchant) or `SYSTEM_OVERDUE_CLOSE` (closed after the time limit). Known values.
     """
    update_time: datetime.datetime | Unset = UNSET
    """ 品牌红包批次更新时间 — last state change (RFC 3339). """
    detail_list: list[BrandRedpacketBatchDetailItem] | Unset = UNSET
    """ 品牌红包明细列表 — the details, only for a `FINISHED` batch queried with
    `need_query_detail=true`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_mchid = self.brand_mchid

        batch_no = self.batch_no

        out_batch_no = self.out_batch_no

        batch_state = self.batch_state

        batch_name = self.batch_name

        batch_remark = self.batch_remark

        total_amount = self.total_amount

        total_num = self.total_num

        create_time = self.create_time.isoformat()

        success_amount = self.success_amount

        success_num = self.success_num

        fail_amount = self.fail_amount

        fail_num = self.fail_num

        brand_id = self.brand_id

        template_id = self.template_id

        brand_appid = self.brand_appid

        close_reason = self.close_reason

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        detail_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail_list, Unset):
            detail_list = []
            for detail_list_item_data in self.detail_list:
                detail_list_item = detail_list_item_data.to_dict()
                detail_list.append(detail_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_mchid": brand_mchid,
                "batch_no": batch_no,
                "out_batch_no": out_batch_no,
                "batch_state": batch_state,
                "batch_name": batch_name,
                "batch_remark": batch_remark,
                "total_amount": total_amount,
                "total_num": total_num,
                "create_time": create_time,
                "success_amount": success_amount,
                "success_num": success_num,
                "fail_amount": fail_amount,
                "fail_num": fail_num,
            }
        )
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if brand_appid is not UNSET:
            field_dict["brand_appid"] = brand_appid
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if detail_list is not UNSET:
            field_dict["detail_list"] = detail_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_redpacket_batch_detail_item import BrandRedpacketBatchDetailItem

        d = dict(src_dict)
        brand_mchid = d.pop("brand_mchid")

        batch_no = d.pop("batch_no")

        out_batch_no = d.pop("out_batch_no")

        batch_state = d.pop("batch_state")

        batch_name = d.pop("batch_name")

        batch_remark = d.pop("batch_remark")

        total_amount = d.pop("total_amount")

        total_num = d.pop("total_num")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        success_amount = d.pop("success_amount")

        success_num = d.pop("success_num")

        fail_amount = d.pop("fail_amount")

        fail_num = d.pop("fail_num")

        brand_id = d.pop("brand_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        brand_appid = d.pop("brand_appid", UNSET)

        close_reason = d.pop("close_reason", UNSET)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        _detail_list = d.pop("detail_list", UNSET)
        detail_list: list[BrandRedpacketBatchDetailItem] | Unset = UNSET
        if _detail_list is not UNSET:
            detail_list = []
            for detail_list_item_data in _detail_list:
                detail_list_item = BrandRedpacketBatchDetailItem.from_dict(detail_list_item_data)

                detail_list.append(detail_list_item)

        brand_redpacket_batch = cls(
            brand_mchid=brand_mchid,
            batch_no=batch_no,
            out_batch_no=out_batch_no,
            batch_state=batch_state,
            batch_name=batch_name,
            batch_remark=batch_remark,
            total_amount=total_amount,
            total_num=total_num,
            create_time=create_time,
            success_amount=success_amount,
            success_num=success_num,
            fail_amount=fail_amount,
            fail_num=fail_num,
            brand_id=brand_id,
            template_id=template_id,
            brand_appid=brand_appid,
            close_reason=close_reason,
            update_time=update_time,
            detail_list=detail_list,
        )

        brand_redpacket_batch.additional_properties = d
        return brand_redpacket_batch

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
