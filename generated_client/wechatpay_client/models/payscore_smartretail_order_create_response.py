# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreSmartretailOrderCreateResponse")


@_attrs_define
class PayscoreSmartretailOrderCreateResponse:
    """创建智慧零售订单应答 — the created order and the mini-program jump data."""

    appid: str | Unset = UNSET
    """ 公众账号ID — the AppID. """
    mchid: str | Unset = UNSET
    """ 商户号 — the merchant ID. """
    out_order_no: str | Unset = UNSET
    """ 商户服务订单号 — the merchant's order number. """
    service_id: str | Unset = UNSET
    """ 服务ID — the Pay Score service ID. """
    order_id: str | Unset = UNSET
    """ 微信支付服务订单号 — WeChat Pay's order number. """
    miniprogram_businesstype: str | Unset = UNSET
    """ 小程序跳转businessType — business type for the jump (e.g. `wxpayScoreUse`). """
    miniprogram_appid: str | Unset = UNSET
    """ 小程序跳转appid — AppID to jump to from the merchant's mini program. """
    miniprogram_path: str | Unset = UNSET
    """ 小程序跳转路径 — path to jump to. """
    miniprogram_username: str | Unset = UNSET
    """ 小程序跳转username — username to jump to from the merchant's app. """
    package: str | Unset = UNSET
    """ 跳转数据 — order data passed to the WeChat Pay Score mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        out_order_no = self.out_order_no

        service_id = self.service_id

        order_id = self.order_id

        miniprogram_businesstype = self.miniprogram_businesstype

        miniprogram_appid = self.miniprogram_appid

        miniprogram_path = self.miniprogram_path

        miniprogram_username = self.miniprogram_username

        package = self.package

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if out_order_no is not UNSET:
            field_dict["out_order_no"] = out_order_no
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if miniprogram_businesstype is not UNSET:
            field_dict["miniprogram_businesstype"] = miniprogram_businesstype
        if miniprogram_appid is not UNSET:
            field_dict["miniprogram_appid"] = miniprogram_appid
        if miniprogram_path is not UNSET:
            field_dict["miniprogram_path"] = miniprogram_path
        if miniprogram_username is not UNSET:
            field_dict["miniprogram_username"] = miniprogram_username
        if package is not UNSET:
            field_dict["package"] = package

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        mchid = d.pop("mchid", UNSET)

        out_order_no = d.pop("out_order_no", UNSET)

        service_id = d.pop("service_id", UNSET)

        order_id = d.pop("order_id", UNSET)

        miniprogram_businesstype = d.pop("miniprogram_businesstype", UNSET)

        miniprogram_appid = d.pop("miniprogram_appid", UNSET)

        miniprogram_path = d.pop("miniprogram_path", UNSET)

        miniprogram_username = d.pop("miniprogram_username", UNSET)

        package = d.pop("package", UNSET)

        payscore_smartretail_order_create_response = cls(
            appid=appid,
            mchid=mchid,
            out_order_no=out_order_no,
            service_id=service_id,
            order_id=order_id,
            miniprogram_businesstype=miniprogram_businesstype,
            miniprogram_appid=miniprogram_appid,
            miniprogram_path=miniprogram_path,
            miniprogram_username=miniprogram_username,
            package=package,
        )

        payscore_smartretail_order_create_response.additional_properties = d
        return payscore_smartretail_order_create_response

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
