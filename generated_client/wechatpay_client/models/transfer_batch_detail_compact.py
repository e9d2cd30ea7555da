# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferBatchDetailCompact")


@_attrs_define
class TransferBatchDetailCompact:
    """转账明细单 (简要) — one detail in a batch query page."""

    detail_id: str
    """ 微信明细单号 — WeChat Pay's detail number. """
    out_detail_no: str
    """ 商家明细单号 — merchant detail number. """
    detail_status: str
    """ 明细状态 — `INIT`, `WAIT_PAY`, `PROCESSING`, `SUCCESS` or `FAIL` (open set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail_id = self.detail_id

        out_detail_no = self.out_detail_no

        detail_status = self.detail_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail_id": detail_id,
                "out_detail_no": out_detail_no,
                "detail_status": detail_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        detail_id = d.pop("detail_id")

        out_detail_no = d.pop("out_detail_no")

        detail_status = d.pop("detail_status")

        transfer_batch_detail_compact = cls(
            detail_id=detail_id,
            out_detail_no=out_detail_no,
            detail_status=detail_status,
        )

        transfer_batch_detail_compact.additional_properties = d
        return transfer_batch_detail_compact

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
