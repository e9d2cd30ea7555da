# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_detail_receipt_apply_request_accept_type import (
    TransferDetailReceiptApplyRequestAcceptType,
    check_transfer_detail_receipt_apply_request_accept_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferDetailReceiptApplyRequest")


@_attrs_define
class TransferDetailReceiptApplyRequest:
    """转账明细电子回单受理请求 — detail receipt request."""

    accept_type: TransferDetailReceiptApplyRequestAcceptType
    """ 受理类型 — `BATCH_TRANSFER` for batch transfers (also `TRANSFER_TO_POCKET`, `TRANSFER_TO_BANK`). """
    out_detail_no: str
    """ 商家转账明细单号 — the merchant's detail number. """
    out_batch_no: str | Unset = UNSET
    """ 商家转账批次单号 — the merchant's batch number (needed for `BATCH_TRANSFER`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept_type: str = self.accept_type

        out_detail_no = self.out_detail_no

        out_batch_no = self.out_batch_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accept_type": accept_type,
                "out_detail_no": out_detail_no,
            }
        )
        if out_batch_no is not UNSET:
            field_dict["out_batch_no"] = out_batch_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accept_type = check_transfer_detail_receipt_apply_request_accept_type(d.pop("accept_type"))

        out_detail_no = d.pop("out_detail_no")

        out_batch_no = d.pop("out_batch_no", UNSET)

        transfer_detail_receipt_apply_request = cls(
            accept_type=accept_type,
            out_detail_no=out_detail_no,
            out_batch_no=out_batch_no,
        )

        transfer_detail_receipt_apply_request.additional_properties = d
        return transfer_detail_receipt_apply_request

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
