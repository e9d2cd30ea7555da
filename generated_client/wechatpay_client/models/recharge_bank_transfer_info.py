# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RechargeBankTransferInfo")


@_attrs_define
class RechargeBankTransferInfo:
    """转账充值的付款信息 — payer details of the bank transfer."""

    memo: str | Unset = UNSET
    """ 转账充值附言 — transfer remark. """
    return_time: datetime.datetime | Unset = UNSET
    """ 银行转账退回时间 — when the transfer was sent back (RFC 3339). """
    return_reason: str | Unset = UNSET
    """ 银行转账退回原因 — why the transfer was sent back. """
    bank_name: str | Unset = UNSET
    """ 开户银行名称 — payer's bank name. """
    bank_card_tail: str | Unset = UNSET
    """ 银行卡号后四位 — last four digits of the payer's account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

        return_time: str | Unset = UNSET
        if not isinstance(self.return_time, Unset):
            return_time = self.return_time.isoformat()

        return_reason = self.return_reason

        bank_name = self.bank_name

        bank_card_tail = self.bank_card_tail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memo is not UNSET:
            field_dict["memo"] = memo
        if return_time is not UNSET:
            field_dict["return_time"] = return_time
        if return_reason is not UNSET:
            field_dict["return_reason"] = return_reason
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if bank_card_tail is not UNSET:
            field_dict["bank_card_tail"] = bank_card_tail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        memo = d.pop("memo", UNSET)

        _return_time = d.pop("return_time", UNSET)
        return_time: datetime.datetime | Unset
        if isinstance(_return_time, Unset):
            return_time = UNSET
        else:
            return_time = datetime.datetime.fromisoformat(_return_time)

        return_reason = d.pop("return_reason", UNSET)

        bank_name = d.pop("bank_name", UNSET)

        bank_card_tail = d.pop("bank_card_tail", UNSET)

        recharge_bank_transfer_info = cls(
            memo=memo,
            return_time=return_time,
            return_reason=return_reason,
            bank_name=bank_name,
            bank_card_tail=bank_card_tail,
        )

        recharge_bank_transfer_info.additional_properties = d
        return recharge_bank_transfer_info

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
