# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recharge_bank_transfer_info import RechargeBankTransferInfo
    from ..models.recharge_response_amount import RechargeResponseAmount


T = TypeVar("T", bound="RechargeBankTransfer")


@_attrs_define
class RechargeBankTransfer:
    """银行转账充值 — a bank-transfer top-up. Required: the fields OA and IM both mark required."""

    mchid: str
    """ 充值商户号 — merchant ID. """
    recharge_id: str
    """ 微信支付充值单号 — the top-up ID assigned by WeChat Pay. """
    out_recharge_no: str
    """ 商户充值单号 — the merchant's top-up number. """
    account_type: str
    """ 充值入账账户 — `BASIC`, `OPERATION`, `FEES` (the OA example also shows `DEPOSIT`). Open set. """
    recharge_state: str
    """ 充值状态 — `RECHARGING`, `SUCCESS`, `CLOSED`. Open set. """
    recharge_scene: str
    """ 充值场景 — the scene; OA and IM list `ECOMMERCE_BANK_TRANSFER` here although the apply
    request takes `NORMAL_BANK_TRANSFER`. Open set.
     """
    recharge_amount: RechargeResponseAmount
    """ 充值金额 — top-up amount in fen (response side). """
    recharge_state_desc: str | Unset = UNSET
    """ 充值状态描述 — explanation of the state (e.g. why it was closed). """
    bank_transfer_info: RechargeBankTransferInfo | Unset = UNSET
    """ 转账充值的付款信息 — payer details of the bank transfer. """
    accept_time: datetime.datetime | Unset = UNSET
    """ 受理充值时间 — when the top-up was accepted (RFC 3339). """
    success_time: datetime.datetime | Unset = UNSET
    """ 充值成功时间 — when it succeeded (RFC 3339). """
    close_time: datetime.datetime | Unset = UNSET
    """ 关闭充值时间 — when it was closed (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        recharge_id = self.recharge_id

        out_recharge_no = self.out_recharge_no

        account_type = self.account_type

        recharge_state = self.recharge_state

        recharge_scene = self.recharge_scene

        recharge_amount = self.recharge_amount.to_dict()

        recharge_state_desc = self.recharge_state_desc

        bank_transfer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_transfer_info, Unset):
            bank_transfer_info = self.bank_transfer_info.to_dict()

        accept_time: str | Unset = UNSET
        if not isinstance(self.accept_time, Unset):
            accept_time = self.accept_time.isoformat()

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        close_time: str | Unset = UNSET
        if not isinstance(self.close_time, Unset):
            close_time = self.close_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "recharge_id": recharge_id,
                "out_recharge_no": out_recharge_no,
                "account_type": account_type,
                "recharge_state": recharge_state,
                "recharge_scene": recharge_scene,
                "recharge_amount": recharge_amount,
            }
        )
        if recharge_state_desc is not UNSET:
            field_dict["recharge_state_desc"] = recharge_state_desc
        if bank_transfer_info is not UNSET:
            field_dict["bank_transfer_info"] = bank_transfer_info
        if accept_time is not UNSET:
            field_dict["accept_time"] = accept_time
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if close_time is not UNSET:
            field_dict["close_time"] = close_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recharge_bank_transfer_info import RechargeBankTransferInfo
        from ..models.recharge_response_amount import RechargeResponseAmount

        d = dict(src_dict)
        mchid = d.pop("mchid")

        recharge_id = d.pop("recharge_id")

        out_recharge_no = d.pop("out_recharge_no")

        account_type = d.pop("account_type")

        recharge_state = d.pop("recharge_state")

        recharge_scene = d.pop("recharge_scene")

        recharge_amount = RechargeResponseAmount.from_dict(d.pop("recharge_amount"))

        recharge_state_desc = d.pop("recharge_state_desc", UNSET)

        _bank_transfer_info = d.pop("bank_transfer_info", UNSET)
        bank_transfer_info: RechargeBankTransferInfo | Unset
        if isinstance(_bank_transfer_info, Unset):
            bank_transfer_info = UNSET
        else:
            bank_transfer_info = RechargeBankTransferInfo.from_dict(_bank_transfer_info)

        _accept_time = d.pop("accept_time", UNSET)
        accept_time: datetime.datetime | Unset
        if isinstance(_accept_time, Unset):
            accept_time = UNSET
        else:
            accept_time = datetime.datetime.fromisoformat(_accept_time)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        _close_time = d.pop("close_time", UNSET)
        close_time: datetime.datetime | Unset
        if isinstance(_close_time, Unset):
            close_time = UNSET
        else:
            close_time = datetime.datetime.fromisoformat(_close_time)

        recharge_bank_transfer = cls(
            mchid=mchid,
            recharge_id=recharge_id,
            out_recharge_no=out_recharge_no,
            account_type=account_type,
            recharge_state=recharge_state,
            recharge_scene=recharge_scene,
            recharge_amount=recharge_amount,
            recharge_state_desc=recharge_state_desc,
            bank_transfer_info=bank_transfer_info,
            accept_time=accept_time,
            success_time=success_time,
            close_time=close_time,
        )

        recharge_bank_transfer.additional_properties = d
        return recharge_bank_transfer

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
