# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorBankMultiActivityEnrollRequest")


@_attrs_define
class FavorBankMultiActivityEnrollRequest:
    """报名多笔立减活动请求 — the enrolment (the user is the path's `openid`)."""

    stock_id: str
    """ 批次号 — batch ID of the activity. """
    activity_id: str
    """ 活动ID — the multi-use instant-discount activity. """
    out_request_no: str
    """ 发券凭证 — the merchant's unique number for this enrolment. """
    appid: str
    """ 公众账号ID — AppID the user's `openid` belongs to. """
    stock_creator_mchid: str
    """ 创建批次的商户号 — merchant that created the batch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        activity_id = self.activity_id

        out_request_no = self.out_request_no

        appid = self.appid

        stock_creator_mchid = self.stock_creator_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "activity_id": activity_id,
                "out_request_no": out_request_no,
                "appid": appid,
                "stock_creator_mchid": stock_creator_mchid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        activity_id = d.pop("activity_id")

        out_request_no = d.pop("out_request_no")

        appid = d.pop("appid")

        stock_creator_mchid = d.pop("stock_creator_mchid")

        favor_bank_multi_activity_enroll_request = cls(
            stock_id=stock_id,
            activity_id=activity_id,
            out_request_no=out_request_no,
            appid=appid,
            stock_creator_mchid=stock_creator_mchid,
        )

        favor_bank_multi_activity_enroll_request.additional_properties = d
        return favor_bank_multi_activity_enroll_request

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
