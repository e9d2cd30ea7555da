# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBill")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class TransferBill:
    """转账单 — a transfer bill (response of both bill queries and of
    `create_transfer_bill_by_authorization`). Amounts in fen.

    """

    mch_id: str
    """ 商户号 — merchant ID. """
    out_bill_no: str
    """ 商户单号 — merchant bill number. """
    transfer_bill_no: str
    """ 微信转账单号 — WeChat Pay's transfer bill number. """
    state: str
    """ 单据状态 — bill state. Open set; known values: `ACCEPTED`, `PROCESSING`,
    `WAIT_USER_CONFIRM`, `TRANSFERING`, `SUCCESS`, `FAIL`, `CANCELING`, `CANCELLED`.
     """
    transfer_amount: int
    """ 转账金额 — amount in fen. """
    transfer_remark: str
    """ 转账备注 — remark. """
    create_time: datetime.datetime
    """ 单据创建时间 — creation time (RFC 3339). """
    appid: str | Unset = UNSET
    """ 商户AppID — the AppID of the transfer. """
    fail_reason: str | Unset = UNSET
    """ 失败原因 — failure reason code when `state` is `FAIL` (open set). """
    openid: str | Unset = UNSET
    """ 收款用户OpenID — the receiving user's OpenID. """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户姓名 — the user's name as given in the request, encrypted with the
    merchant's own key (RSA-OAEP); present when a name was sent.
     """
    update_time: datetime.datetime | Unset = UNSET
    """ 最后一次状态变更时间 — last state change (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mch_id = self.mch_id

        out_bill_no = self.out_bill_no

        transfer_bill_no = self.transfer_bill_no

        state = self.state

        transfer_amount = self.transfer_amount

        transfer_remark = self.transfer_remark

        create_time = self.create_time.isoformat()

        appid = self.appid

        fail_reason = self.fail_reason

        openid = self.openid

        user_name = self.user_name

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mch_id": mch_id,
                "out_bill_no": out_bill_no,
                "transfer_bill_no": transfer_bill_no,
                "state": state,
                "transfer_amount": transfer_amount,
                "transfer_remark": transfer_remark,
                "create_time": create_time,
            }
        )
        if appid is not UNSET:
            field_dict["appid"] = appid
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if openid is not UNSET:
            field_dict["openid"] = openid
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mch_id = d.pop("mch_id")

        out_bill_no = d.pop("out_bill_no")

        transfer_bill_no = d.pop("transfer_bill_no")

        state = d.pop("state")

        transfer_amount = d.pop("transfer_amount")

        transfer_remark = d.pop("transfer_remark")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        appid = d.pop("appid", UNSET)

        fail_reason = d.pop("fail_reason", UNSET)

        openid = d.pop("openid", UNSET)

        user_name = d.pop("user_name", UNSET)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        transfer_bill = cls(
            mch_id=mch_id,
            out_bill_no=out_bill_no,
            transfer_bill_no=transfer_bill_no,
            state=state,
            transfer_amount=transfer_amount,
            transfer_remark=transfer_remark,
            create_time=create_time,
            appid=appid,
            fail_reason=fail_reason,
            openid=openid,
            user_name=user_name,
            update_time=update_time,
        )

        transfer_bill.additional_properties = d
        return transfer_bill

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
