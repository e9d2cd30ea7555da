# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCouponCode")


@_attrs_define
class BusifavorCouponCode:
    """预存code信息 — an uploaded code."""

    code: str | Unset = UNSET
    """ 商户上传code — the uploaded code. """
    code_status: str | Unset = UNSET
    """ 商户上传code分配状态 — `AVAILABLE` or `DISPATCHED` (open set). """
    upload_time: datetime.datetime | Unset = UNSET
    """ 上传时间 — when it was uploaded. """
    dispatched_time: datetime.datetime | Unset = UNSET
    """ 被分配时间 — when it was dispatched to a user. """
    openid: str | Unset = UNSET
    """ 领券用户的OpenID — receiving user. """
    unionid: str | Unset = UNSET
    """ 领券用户的UnionID — receiving user's UnionID. """
    coupon_code: str | Unset = UNSET
    """ 用户券code — the user's coupon code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        code_status = self.code_status

        upload_time: str | Unset = UNSET
        if not isinstance(self.upload_time, Unset):
            upload_time = self.upload_time.isoformat()

        dispatched_time: str | Unset = UNSET
        if not isinstance(self.dispatched_time, Unset):
            dispatched_time = self.dispatched_time.isoformat()

        openid = self.openid

        unionid = self.unionid

        coupon_code = self.coupon_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if code_status is not UNSET:
            field_dict["code_status"] = code_status
        if upload_time is not UNSET:
            field_dict["upload_time"] = upload_time
        if dispatched_time is not UNSET:
            field_dict["dispatched_time"] = dispatched_time
        if openid is not UNSET:
            field_dict["openid"] = openid
        if unionid is not UNSET:
            field_dict["unionid"] = unionid
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        code_status = d.pop("code_status", UNSET)

        _upload_time = d.pop("upload_time", UNSET)
        upload_time: datetime.datetime | Unset
        if isinstance(_upload_time, Unset):
            upload_time = UNSET
        else:
            upload_time = datetime.datetime.fromisoformat(_upload_time)

        _dispatched_time = d.pop("dispatched_time", UNSET)
        dispatched_time: datetime.datetime | Unset
        if isinstance(_dispatched_time, Unset):
            dispatched_time = UNSET
        else:
            dispatched_time = datetime.datetime.fromisoformat(_dispatched_time)

        openid = d.pop("openid", UNSET)

        unionid = d.pop("unionid", UNSET)

        coupon_code = d.pop("coupon_code", UNSET)

        busifavor_coupon_code = cls(
            code=code,
            code_status=code_status,
            upload_time=upload_time,
            dispatched_time=dispatched_time,
            openid=openid,
            unionid=unionid,
            coupon_code=coupon_code,
        )

        busifavor_coupon_code.additional_properties = d
        return busifavor_coupon_code

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
