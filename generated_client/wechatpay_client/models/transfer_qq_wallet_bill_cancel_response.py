# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferQqWalletBillCancelResponse")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class TransferQqWalletBillCancelResponse:
    """撤销转账到QQ钱包应答 — the bill after the cancellation was accepted."""

    out_bill_no: str
    """ 商户单号 — merchant bill number. """
    transfer_bill_no: str
    """ 微信转账单号 — WeChat Pay's transfer bill number. """
    state: str
    """ 单据状态 — `CANCELING` or `CANCELLED` (open set). """
    update_time: datetime.datetime
    """ 最后一次状态变更时间 — last state change (RFC 3339). """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    appid: str | Unset = UNSET
    """ QQ互联开放平台AppID — the QQ Connect AppID. """
    transfer_amount: int | Unset = UNSET
    """ 转账金额 — amount in fen. """
    transfer_remark: str | Unset = UNSET
    """ 转账备注 — remark. """
    fail_reason: str | Unset = UNSET
    """ 失败原因 — failure reason code (open set). """
    openid: str | Unset = UNSET
    """ 收款用户OpenID — the user's OpenID. """
    user_qq: str | Unset = UNSET
    """ 收款用户QQ号 — the user's QQ number. """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户姓名 — the name sent in the request, encrypted with the merchant's own key. """
    create_time: datetime.datetime | Unset = UNSET
    """ 单据创建时间 — creation time (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_bill_no = self.out_bill_no

        transfer_bill_no = self.transfer_bill_no

        state = self.state

        update_time = self.update_time.isoformat()

        mchid = self.mchid

        appid = self.appid

        transfer_amount = self.transfer_amount

        transfer_remark = self.transfer_remark

        fail_reason = self.fail_reason

        openid = self.openid

        user_qq = self.user_qq

        user_name = self.user_name

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_bill_no": out_bill_no,
                "transfer_bill_no": transfer_bill_no,
                "state": state,
                "update_time": update_time,
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
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if openid is not UNSET:
            field_dict["openid"] = openid
        if user_qq is not UNSET:
            field_dict["user_qq"] = user_qq
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if create_time is not UNSET:
            field_dict["create_time"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_bill_no = d.pop("out_bill_no")

        transfer_bill_no = d.pop("transfer_bill_no")

        state = d.pop("state")

        update_time = datetime.datetime.fromisoformat(d.pop("update_time"))

        mchid = d.pop("mchid", UNSET)

        appid = d.pop("appid", UNSET)

        transfer_amount = d.pop("transfer_amount", UNSET)

        transfer_remark = d.pop("transfer_remark", UNSET)

        fail_reason = d.pop("fail_reason", UNSET)

        openid = d.pop("openid", UNSET)

        user_qq = d.pop("user_qq", UNSET)

        user_name = d.pop("user_name", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        transfer_qq_wallet_bill_cancel_response = cls(
            out_bill_no=out_bill_no,
            transfer_bill_no=transfer_bill_no,
            state=state,
            update_time=update_time,
            mchid=mchid,
            appid=appid,
            transfer_amount=transfer_amount,
            transfer_remark=transfer_remark,
            fail_reason=fail_reason,
            openid=openid,
            user_qq=user_qq,
            user_name=user_name,
            create_time=create_time,
        )

        transfer_qq_wallet_bill_cancel_response.additional_properties = d
        return transfer_qq_wallet_bill_cancel_response

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
