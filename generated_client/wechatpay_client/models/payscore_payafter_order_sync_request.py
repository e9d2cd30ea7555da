# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payscore_payafter_order_sync_request_type import (
    PayscorePayafterOrderSyncRequestType,
    check_payscore_payafter_order_sync_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_payafter_sync_detail import PayscorePayafterSyncDetail


T = TypeVar("T", bound="PayscorePayafterOrderSyncRequest")


@_attrs_define
class PayscorePayafterOrderSyncRequest:
    """支付分订单同步请求 — report an order state change made outside WeChat Pay."""

    appid: str | Unset = UNSET
    """ 公众账号ID — the AppID the order was created with. """
    service_id: str | Unset = UNSET
    """ 服务ID — the Pay Score service ID. """
    type_: PayscorePayafterOrderSyncRequestType | Unset = UNSET
    """ 场景类型 — `Order_Paid` (the user paid by other means). """
    detail: PayscorePayafterSyncDetail | Unset = UNSET
    """ 内容信息详情 — details of an `Order_Paid` sync. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_payafter_sync_detail import PayscorePayafterSyncDetail

        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        service_id = d.pop("service_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PayscorePayafterOrderSyncRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_payscore_payafter_order_sync_request_type(_type_)

        _detail = d.pop("detail", UNSET)
        detail: PayscorePayafterSyncDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = PayscorePayafterSyncDetail.from_dict(_detail)

        payscore_payafter_order_sync_request = cls(
            appid=appid,
            service_id=service_id,
            type_=type_,
            detail=detail,
        )

        payscore_payafter_order_sync_request.additional_properties = d
        return payscore_payafter_order_sync_request

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
