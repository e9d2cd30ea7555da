# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaygiftActivityMerchantDeleteRequest")


@_attrs_define
class PaygiftActivityMerchantDeleteRequest:
    """删除活动发券商户号请求 — merchants to remove and the request number."""

    merchant_id_list: list[str]
    """ 删除的发券商户号 — merchant IDs to remove, 1 to 500. """
    delete_request_no: str
    """ 商户请求单号 — the merchant's unique number for this change (letters, digits, `|*_-`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_id_list = self.merchant_id_list

        delete_request_no = self.delete_request_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchant_id_list": merchant_id_list,
                "delete_request_no": delete_request_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        merchant_id_list = cast(list[str], d.pop("merchant_id_list"))

        delete_request_no = d.pop("delete_request_no")

        paygift_activity_merchant_delete_request = cls(
            merchant_id_list=merchant_id_list,
            delete_request_no=delete_request_no,
        )

        paygift_activity_merchant_delete_request.additional_properties = d
        return paygift_activity_merchant_delete_request

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
