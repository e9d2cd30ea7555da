# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_activity_activate_setting import MembercardActivityActivateSetting
    from ..models.membercard_activity_payment_setting import MembercardActivityPaymentSetting


T = TypeVar("T", bound="MembercardActivityPaySetting")


@_attrs_define
class MembercardActivityPaySetting:
    """支付后活动设置 — settings of an after-payment activity."""

    logo_url: str
    """ 商户logo — logo URL (an image uploaded through the marketing image upload). """
    activity_second_title: str
    """ 支付结果页活动副标题 — subtitle shown on the payment result page. """
    mchid_list: list[str] | Unset = UNSET
    """ 活动曝光商户号 — merchant IDs whose payments show the activity. """
    activate_setting: MembercardActivityActivateSetting | Unset = UNSET
    """ 激活方式设置 — how a card received through the activity is activated. """
    payment_setting: MembercardActivityPaymentSetting | Unset = UNSET
    """ 支付设置 — which payments show an after-payment activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logo_url = self.logo_url

        activity_second_title = self.activity_second_title

        mchid_list: list[str] | Unset = UNSET
        if not isinstance(self.mchid_list, Unset):
            mchid_list = self.mchid_list

        activate_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activate_setting, Unset):
            activate_setting = self.activate_setting.to_dict()

        payment_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_setting, Unset):
            payment_setting = self.payment_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logo_url": logo_url,
                "activity_second_title": activity_second_title,
            }
        )
        if mchid_list is not UNSET:
            field_dict["mchid_list"] = mchid_list
        if activate_setting is not UNSET:
            field_dict["activate_setting"] = activate_setting
        if payment_setting is not UNSET:
            field_dict["payment_setting"] = payment_setting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_activity_activate_setting import MembercardActivityActivateSetting
        from ..models.membercard_activity_payment_setting import MembercardActivityPaymentSetting

        d = dict(src_dict)
        logo_url = d.pop("logo_url")

        activity_second_title = d.pop("activity_second_title")

        mchid_list = cast(list[str], d.pop("mchid_list", UNSET))

        _activate_setting = d.pop("activate_setting", UNSET)
        activate_setting: MembercardActivityActivateSetting | Unset
        if isinstance(_activate_setting, Unset):
            activate_setting = UNSET
        else:
            activate_setting = MembercardActivityActivateSetting.from_dict(_activate_setting)

        _payment_setting = d.pop("payment_setting", UNSET)
        payment_setting: MembercardActivityPaymentSetting | Unset
        if isinstance(_payment_setting, Unset):
            payment_setting = UNSET
        else:
            payment_setting = MembercardActivityPaymentSetting.from_dict(_payment_setting)

        membercard_activity_pay_setting = cls(
            logo_url=logo_url,
            activity_second_title=activity_second_title,
            mchid_list=mchid_list,
            activate_setting=activate_setting,
            payment_setting=payment_setting,
        )

        membercard_activity_pay_setting.additional_properties = d
        return membercard_activity_pay_setting

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
