# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferQqWalletBillNotificationResource")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class TransferQqWalletBillNotificationResource:
    """转账到QQ钱包通知 — the decrypted resource of `MCHTRANSFER.QQWALLETBILL.FINISHED`
    (original_type `mch_payment`), sent when a QQ-wallet bill reaches `SUCCESS`, `FAIL` or
    `CANCELLED`. `user_name` is encrypted with the merchant's own key. Unknown keys are kept.

    """

    out_bill_no: str
    """ 商户单号 — merchant bill number. """
    transfer_bill_no: str
    """ 微信转账单号 — WeChat Pay's transfer bill number. """
    state: str
    """ 单据状态 — final state (open set). """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    appid: str | Unset = UNSET
    """ QQ互联开放平台AppID — the QQ Connect AppID. """
    transfer_amount: int | Unset = UNSET
    """ 转账金额 — amount in fen. """
    transfer_remark: str | Unset = UNSET
    """ 转账备注 — remark. """
    openid: str | Unset = UNSET
    """ 收款用户OpenID — the user's OpenID. """
    user_qq: str | Unset = UNSET
    """ 收款用户QQ号 — the user's QQ number. """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户姓名 — the name sent in the request, encrypted with the merchant's own key. """
    fail_reason: str | Unset = UNSET
    """ 失败原因 — failure reason code (open set). """
    create_time: datetime.datetime | Unset = UNSET
    """ 单据创建时间 — creation time (RFC 3339). """
    update_time: datetime.datetime | Unset = UNSET
    """ 最后一次状态变更时间 — last state change (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_bill_no = self.out_bill_no

        transfer_bill_no = self.transfer_bill_no

        state = self.state

        mchid = self.mchid

        appid = self.appid

        transfer_amount = self.transfer_amount

        transfer_remark = self.transfer_remark

        openid = self.openid

        user_qq = self.user_qq

        user_name = self.user_name

        fail_reason = self.fail_reason

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_bill_no": out_bill_no,
                "transfer_bill_no": transfer_bill_no,
                "state": state,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if transfer_amount is not UNSET:
            field_dict["transfer_amount"] = transfer_amount
        if transfer_remark is not UNSET:
            field_dict["transfer_remark"] = transfer_remark
        if openid is not UNSET:
            field_dict["openid"] = openid
        if user_qq is not UNSET:
            field_dict["user_qq"] = user_qq
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_bill_no = d.pop("out_bill_no")

        transfer_bill_no = d.pop("transfer_bill_no")

        state = d.pop("state")

        mchid = d.pop("mchid", UNSET)

        appid = d.pop("appid", UNSET)

        transfer_amount = d.pop("transfer_amount", UNSET)

        transfer_remark = d.pop("transfer_remark", UNSET)

        openid = d.pop("openid", UNSET)

        user_qq = d.pop("user_qq", UNSET)

        user_name = d.pop("user_name", UNSET)

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

        transfer_qq_wallet_bill_notification_resource = cls(
            out_bill_no=out_bill_no,
            transfer_bill_no=transfer_bill_no,
            state=state,
            mchid=mchid,
            appid=appid,
            transfer_amount=transfer_amount,
            transfer_remark=transfer_remark,
            openid=openid,
            user_qq=user_qq,
            user_name=user_name,
            fail_reason=fail_reason,
            create_time=create_time,
            update_time=update_time,
        )

        transfer_qq_wallet_bill_notification_resource.additional_properties = d
        return transfer_qq_wallet_bill_notification_resource

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
