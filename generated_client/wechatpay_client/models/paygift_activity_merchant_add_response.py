# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_invalid_merchant import PaygiftInvalidMerchant


T = TypeVar("T", bound="PaygiftActivityMerchantAddResponse")


@_attrs_define
class PaygiftActivityMerchantAddResponse:
    """新增活动发券商户号应答 — when the merchants were added, and those refused."""

    activity_id: str | Unset = UNSET
    """ 活动id — the activity ID. """
    add_time: datetime.datetime | Unset = UNSET
    """ 添加时间 — when the merchants were added (RFC 3339). """
    invalid_merchant_id_list: list[PaygiftInvalidMerchant] | Unset = UNSET
    """ 未通过规则校验的发券商户号列表 — merchant IDs that were not added. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        add_time: str | Unset = UNSET
        if not isinstance(self.add_time, Unset):
            add_time = self.add_time.isoformat()

        invalid_merchant_id_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_merchant_id_list, Unset):
            invalid_merchant_id_list = []
            for invalid_merchant_id_list_item_data in self.invalid_merchant_id_list:
                invalid_merchant_id_list_item = invalid_merchant_id_list_item_data.to_dict()
                invalid_merchant_id_list.append(invalid_merchant_id_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if add_time is not UNSET:
            field_dict["add_time"] = add_time
        if invalid_merchant_id_list is not UNSET:
            field_dict["invalid_merchant_id_list"] = invalid_merchant_id_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_invalid_merchant import PaygiftInvalidMerchant

        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        _add_time = d.pop("add_time", UNSET)
        add_time: datetime.datetime | Unset
        if isinstance(_add_time, Unset):
            add_time = UNSET
        else:
            add_time = datetime.datetime.fromisoformat(_add_time)

        _invalid_merchant_id_list = d.pop("invalid_merchant_id_list", UNSET)
        invalid_merchant_id_list: list[PaygiftInvalidMerchant] | Unset = UNSET
        if _invalid_merchant_id_list is not UNSET:
            invalid_merchant_id_list = []
            for invalid_merchant_id_list_item_data in _invalid_merchant_id_list:
                invalid_merchant_id_list_item = PaygiftInvalidMerchant.from_dict(invalid_merchant_id_list_item_data)

                invalid_merchant_id_list.append(invalid_merchant_id_list_item)

        paygift_activity_merchant_add_response = cls(
            activity_id=activity_id,
            add_time=add_time,
            invalid_merchant_id_list=invalid_merchant_id_list,
        )

        paygift_activity_merchant_add_response.additional_properties = d
        return paygift_activity_merchant_add_response

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
