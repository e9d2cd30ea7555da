# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.papay_deduct_duration import PapayDeductDuration
    from ..models.papay_estimated_amount import PapayEstimatedAmount


T = TypeVar("T", bound="PapayPreDeductNoticeRequest")


@_attrs_define
class PapayPreDeductNoticeRequest:
    """预扣费通知请求 — pre-deduction notice request."""

    mchid: str
    """ 直连商户号 — the direct merchant's ID. """
    appid: str
    """ 应用ID — AppID bound to the merchant (the sources call it 公众号ID). """
    estimated_amount: PapayEstimatedAmount
    """ 预计扣费金额信息 — estimated amount of a pre-deduction notice, in fen (分). """
    deduct_duration: PapayDeductDuration | Unset = UNSET
    """ 扣费持续时间 — duration of the deduction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        appid = self.appid

        estimated_amount = self.estimated_amount.to_dict()

        deduct_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deduct_duration, Unset):
            deduct_duration = self.deduct_duration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "appid": appid,
                "estimated_amount": estimated_amount,
            }
        )
        if deduct_duration is not UNSET:
            field_dict["deduct_duration"] = deduct_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.papay_deduct_duration import PapayDeductDuration
        from ..models.papay_estimated_amount import PapayEstimatedAmount

        d = dict(src_dict)
        mchid = d.pop("mchid")

        appid = d.pop("appid")

        estimated_amount = PapayEstimatedAmount.from_dict(d.pop("estimated_amount"))

        _deduct_duration = d.pop("deduct_duration", UNSET)
        deduct_duration: PapayDeductDuration | Unset
        if isinstance(_deduct_duration, Unset):
            deduct_duration = UNSET
        else:
            deduct_duration = PapayDeductDuration.from_dict(_deduct_duration)

        papay_pre_deduct_notice_request = cls(
            mchid=mchid,
            appid=appid,
            estimated_amount=estimated_amount,
            deduct_duration=deduct_duration,
        )

        papay_pre_deduct_notice_request.additional_properties = d
        return papay_pre_deduct_notice_request

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
