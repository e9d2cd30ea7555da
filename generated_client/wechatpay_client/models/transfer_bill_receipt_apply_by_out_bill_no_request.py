# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferBillReceiptApplyByOutBillNoRequest")


@_attrs_define
class TransferBillReceiptApplyByOutBillNoRequest:
    """商户单号申请电子回单请求 — receipt request by merchant bill number."""

    out_bill_no: str
    """ 商户转账单号 — the merchant's transfer bill number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_bill_no = self.out_bill_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_bill_no": out_bill_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_bill_no = d.pop("out_bill_no")

        transfer_bill_receipt_apply_by_out_bill_no_request = cls(
            out_bill_no=out_bill_no,
        )

        transfer_bill_receipt_apply_by_out_bill_no_request.additional_properties = d
        return transfer_bill_receipt_apply_by_out_bill_no_request

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
