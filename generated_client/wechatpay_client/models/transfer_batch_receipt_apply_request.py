# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferBatchReceiptApplyRequest")


@_attrs_define
class TransferBatchReceiptApplyRequest:
    """转账电子回单申请请求 — batch receipt request."""

    out_batch_no: str
    """ 商家批次单号 — the merchant's batch number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_batch_no = self.out_batch_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_batch_no": out_batch_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_batch_no = d.pop("out_batch_no")

        transfer_batch_receipt_apply_request = cls(
            out_batch_no=out_batch_no,
        )

        transfer_batch_receipt_apply_request.additional_properties = d
        return transfer_batch_receipt_apply_request

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
