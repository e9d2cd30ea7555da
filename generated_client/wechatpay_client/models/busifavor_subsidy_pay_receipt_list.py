# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_subsidy_pay_receipt import BusifavorSubsidyPayReceipt


T = TypeVar("T", bound="BusifavorSubsidyPayReceiptList")


@_attrs_define
class BusifavorSubsidyPayReceiptList:
    """营销补差付款单列表 — the coupon's subsidy receipts."""

    pay_receipt_list: list[BusifavorSubsidyPayReceipt] | Unset = UNSET
    """ 补差付款单据列表 — the receipts (absent when the coupon has none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pay_receipt_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pay_receipt_list, Unset):
            pay_receipt_list = []
            for pay_receipt_list_item_data in self.pay_receipt_list:
                pay_receipt_list_item = pay_receipt_list_item_data.to_dict()
                pay_receipt_list.append(pay_receipt_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pay_receipt_list is not UNSET:
            field_dict["pay_receipt_list"] = pay_receipt_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_subsidy_pay_receipt import BusifavorSubsidyPayReceipt

        d = dict(src_dict)
        _pay_receipt_list = d.pop("pay_receipt_list", UNSET)
        pay_receipt_list: list[BusifavorSubsidyPayReceipt] | Unset = UNSET
        if _pay_receipt_list is not UNSET:
            pay_receipt_list = []
            for pay_receipt_list_item_data in _pay_receipt_list:
                pay_receipt_list_item = BusifavorSubsidyPayReceipt.from_dict(pay_receipt_list_item_data)

                pay_receipt_list.append(pay_receipt_list_item)

        busifavor_subsidy_pay_receipt_list = cls(
            pay_receipt_list=pay_receipt_list,
        )

        busifavor_subsidy_pay_receipt_list.additional_properties = d
        return busifavor_subsidy_pay_receipt_list

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
