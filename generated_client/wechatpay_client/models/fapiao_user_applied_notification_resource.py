# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoUserAppliedNotificationResource")


@_attrs_define
class FapiaoUserAppliedNotificationResource:
    """用户发票抬头填写完成通知 — the decrypted resource of `FAPIAO.USER_APPLIED`, sent when the
    buyer has submitted the title (after `query_fapiao_user_title_url`, or through the fapiao
    entry of a WeChat Pay order). Read the title with `query_fapiao_user_title`. The
    `original_type` is not documented. Unknown keys are kept.

    """

    mchid: str
    """ 商户号 — merchant ID. """
    fapiao_apply_id: str
    """ 发票申请单号 — the `transaction_id` for a WeChat Pay order, else the number given to
    `query_fapiao_user_title_url`.
     """
    apply_time: str
    """ 用户完成发票抬头填写的时间 — when the buyer submitted the title (format not documented). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (service-provider mode only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        fapiao_apply_id = self.fapiao_apply_id

        apply_time = self.apply_time

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "fapiao_apply_id": fapiao_apply_id,
                "apply_time": apply_time,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        fapiao_apply_id = d.pop("fapiao_apply_id")

        apply_time = d.pop("apply_time")

        sub_mchid = d.pop("sub_mchid", UNSET)

        fapiao_user_applied_notification_resource = cls(
            mchid=mchid,
            fapiao_apply_id=fapiao_apply_id,
            apply_time=apply_time,
            sub_mchid=sub_mchid,
        )

        fapiao_user_applied_notification_resource.additional_properties = d
        return fapiao_user_applied_notification_resource

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
