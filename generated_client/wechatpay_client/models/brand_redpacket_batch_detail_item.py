# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrandRedpacketBatchDetailItem")


@_attrs_define
class BrandRedpacketBatchDetailItem:
    """品牌红包明细 — one red packet as listed in a batch."""

    transfer_detail_no: str
    """ 微信支付品牌红包明细单号 — WeChat Pay's number of the red packet (the `detail_no` of the detail query). """
    out_detail_no: str
    """ 商家品牌红包明细单号 — the merchant's number of the red packet. """
    detail_state: str
    """ 品牌红包明细单状态 — `DETAIL_INIT`, `DETAIL_WAIT_PAY`, `DETAIL_PROCESSING`,
    `DETAIL_SUCCESS` or `DETAIL_FAIL` (known values; open set).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_detail_no = self.transfer_detail_no

        out_detail_no = self.out_detail_no

        detail_state = self.detail_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_detail_no": transfer_detail_no,
                "out_detail_no": out_detail_no,
                "detail_state": detail_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transfer_detail_no = d.pop("transfer_detail_no")

        out_detail_no = d.pop("out_detail_no")

        detail_state = d.pop("detail_state")

        brand_redpacket_batch_detail_item = cls(
            transfer_detail_no=transfer_detail_no,
            out_detail_no=out_detail_no,
            detail_state=detail_state,
        )

        brand_redpacket_batch_detail_item.additional_properties = d
        return brand_redpacket_batch_detail_item

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
