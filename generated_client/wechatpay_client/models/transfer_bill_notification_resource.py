# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBillNotificationResource")


@_attrs_define
class TransferBillNotificationResource:
    """商家转账回调 — the decrypted resource of `MCHTRANSFER.BILL.FINISHED` (original_type
    `mch_payment`), sent when a transfer bill reaches `SUCCESS`, `FAIL` or `CANCELLED`.
    Direct merchants get `mch_id`; the partner keys (`mchid`, `sub_mchid`) are listed too.
    Unknown keys are kept.

    """

    out_bill_no: str
    """ 商户单号 — merchant bill number. """
    transfer_bill_no: str
    """ 微信转账单号 — WeChat Pay's transfer bill number. """
    state: str
    """ 单据状态 — final state, `SUCCESS`, `FAIL` or `CANCELLED` (open set). """
    mch_id: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID (partner-mode spelling). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (partner mode). """
    transfer_amount: int | Unset = UNSET
    """ 转账金额 — amount in fen. """
    openid: str | Unset = UNSET
    """ 收款用户OpenID — the receiving user's OpenID. """
    fail_reason: str | Unset = UNSET
    """ 失败原因 — failure reason code when `FAIL` (open set, e.g. `ACCOUNT_FROZEN`,
    `NAME_NOT_CORRECT`, `OVERDUE_CLOSE`, `MCH_CANCEL`, `TRANSFER_RISK`).
     """
    create_time: datetime.datetime | Unset = UNSET
    """ 单据创建时间 — creation time (RFC 3339). """
    update_time: datetime.datetime | Unset = UNSET
    """ 最后一次状态变更时间 — last state change (RFC 3339). """
    payment_method_type: str | Unset = UNSET
    """ 收款方式类型 — how the user received it (known values `CFT`, `WPHK`; open set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_bill_no = self.out_bill_no

        transfer_bill_no = self.transfer_bill_no

        state = self.state

        mch_id = self.mch_id

        mchid = self.mchid

        sub_mchid = self.sub_mchid

        transfer_amount = self.transfer_amount

        openid = self.openid

        fail_reason = self.fail_reason

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        payment_method_type = self.payment_method_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_bill_no": out_bill_no,
                "transfer_bill_no": transfer_bill_no,
                "state": state,
            }
        )
        if mch_id is not UNSET:
            field_dict["mch_id"] = mch_id
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if transfer_amount is not UNSET:
            field_dict["transfer_amount"] = transfer_amount
        if openid is not UNSET:
            field_dict["openid"] = openid
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_bill_no = d.pop("out_bill_no")

        transfer_bill_no = d.pop("transfer_bill_no")

        state = d.pop("state")

        mch_id = d.pop("mch_id", UNSET)

        mchid = d.pop("mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        transfer_amount = d.pop("transfer_amount", UNSET)

        openid = d.pop("openid", UNSET)

        fail_reason = d.pop("fail_reason", UNSET)

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

        payment_method_type = d.pop("payment_method_type", UNSET)

        transfer_bill_notification_resource = cls(
            out_bill_no=out_bill_no,
            transfer_bill_no=transfer_bill_no,
            state=state,
            mch_id=mch_id,
            mchid=mchid,
            sub_mchid=sub_mchid,
            transfer_amount=transfer_amount,
            openid=openid,
            fail_reason=fail_reason,
            create_time=create_time,
            update_time=update_time,
            payment_method_type=payment_method_type,
        )

        transfer_bill_notification_resource.additional_properties = d
        return transfer_bill_notification_resource

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
