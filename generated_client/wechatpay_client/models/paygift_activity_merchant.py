# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftActivityMerchant")


@_attrs_define
class PaygiftActivityMerchant:
    """活动发券商户 — one issuing merchant of an activity."""

    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    merchant_name: str | Unset = UNSET
    """ 商户名称 — merchant name. """
    create_time: datetime.datetime | Unset = UNSET
    """ 创建时间 — when it was added (RFC 3339). """
    update_time: datetime.datetime | Unset = UNSET
    """ 更新时间 — last update (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        merchant_name = self.merchant_name

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if merchant_name is not UNSET:
            field_dict["merchant_name"] = merchant_name
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid", UNSET)

        merchant_name = d.pop("merchant_name", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        paygift_activity_merchant = cls(
            mchid=mchid,
            merchant_name=merchant_name,
            create_time=create_time,
            update_time=update_time,
        )

        paygift_activity_merchant.additional_properties = d
        return paygift_activity_merchant

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
