# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payscore_merchant_bill_part import PayscoreMerchantBillPart


T = TypeVar("T", bound="PayscoreMerchantBill")


@_attrs_define
class PayscoreMerchantBill:
    """对账单下载信息 — download information of a Pay Score bill."""

    download_bill_count: int
    """ 下载信息总数 — number of parts. """
    download_bill_list: list[PayscoreMerchantBillPart]
    """ 下载信息明细 — one entry per part; concatenate them by `bill_sequence`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_bill_count = self.download_bill_count

        download_bill_list = []
        for download_bill_list_item_data in self.download_bill_list:
            download_bill_list_item = download_bill_list_item_data.to_dict()
            download_bill_list.append(download_bill_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_bill_count": download_bill_count,
                "download_bill_list": download_bill_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_merchant_bill_part import PayscoreMerchantBillPart

        d = dict(src_dict)
        download_bill_count = d.pop("download_bill_count")

        download_bill_list = []
        _download_bill_list = d.pop("download_bill_list")
        for download_bill_list_item_data in _download_bill_list:
            download_bill_list_item = PayscoreMerchantBillPart.from_dict(download_bill_list_item_data)

            download_bill_list.append(download_bill_list_item)

        payscore_merchant_bill = cls(
            download_bill_count=download_bill_count,
            download_bill_list=download_bill_list,
        )

        payscore_merchant_bill.additional_properties = d
        return payscore_merchant_bill

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
