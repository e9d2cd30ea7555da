# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreServiceOrderCollectRequest")


@_attrs_define
class PayscoreServiceOrderCollectRequest:
    """商户发起催收扣款请求 — collect an unpaid order. Both fields are optional in every source;
    send the values the order was created with.

    """

    appid: str | Unset = UNSET
    """ 公众账号ID — the AppID the order was created with. """
    service_id: str | Unset = UNSET
    """ 服务ID — the service ID the order was created with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        service_id = d.pop("service_id", UNSET)

        payscore_service_order_collect_request = cls(
            appid=appid,
            service_id=service_id,
        )

        payscore_service_order_collect_request.additional_properties = d
        return payscore_service_order_collect_request

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
