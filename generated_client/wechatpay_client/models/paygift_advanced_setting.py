# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paygift_advanced_setting_delivery_user_category import (
    PaygiftAdvancedSettingDeliveryUserCategory,
    check_paygift_advanced_setting_delivery_user_category,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_payment_method_info import PaygiftPaymentMethodInfo
    from ..models.paygift_payment_mode import PaygiftPaymentMode


T = TypeVar("T", bound="PaygiftAdvancedSetting")


@_attrs_define
class PaygiftAdvancedSetting:
    """活动高级设置 — optional restrictions of an activity (request side)."""

    delivery_user_category: PaygiftAdvancedSettingDeliveryUserCategory | Unset = UNSET
    """ 投放用户类别 — `DELIVERY_ALL_PERSON` (all users) or `DELIVERY_MEMBER_PERSON` (members only). """
    merchant_member_appid: str | Unset = UNSET
    """ 商家会员appid — membership AppID; required for `DELIVERY_MEMBER_PERSON`. """
    payment_mode: PaygiftPaymentMode | Unset = UNSET
    """ 支付模式 — payment scenes (request side). """
    payment_method_information: PaygiftPaymentMethodInfo | Unset = UNSET
    """ 支付方式信息 — payment method restriction (request side). """
    goods_tags: list[str] | Unset = UNSET
    """ 订单优惠标记 — `goods_tag` values an order must carry for the prize. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_user_category: str | Unset = UNSET
        if not isinstance(self.delivery_user_category, Unset):
            delivery_user_category = self.delivery_user_category

        merchant_member_appid = self.merchant_member_appid

        payment_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_mode, Unset):
            payment_mode = self.payment_mode.to_dict()

        payment_method_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_information, Unset):
            payment_method_information = self.payment_method_information.to_dict()

        goods_tags: list[str] | Unset = UNSET
        if not isinstance(self.goods_tags, Unset):
            goods_tags = self.goods_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_user_category is not UNSET:
            field_dict["delivery_user_category"] = delivery_user_category
        if merchant_member_appid is not UNSET:
            field_dict["merchant_member_appid"] = merchant_member_appid
        if payment_mode is not UNSET:
            field_dict["payment_mode"] = payment_mode
        if payment_method_information is not UNSET:
            field_dict["payment_method_information"] = payment_method_information
        if goods_tags is not UNSET:
            field_dict["goods_tags"] = goods_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_payment_method_info import PaygiftPaymentMethodInfo
        from ..models.paygift_payment_mode import PaygiftPaymentMode

        d = dict(src_dict)
        _delivery_user_category = d.pop("delivery_user_category", UNSET)
        delivery_user_category: PaygiftAdvancedSettingDeliveryUserCategory | Unset
        if isinstance(_delivery_user_category, Unset):
            delivery_user_category = UNSET
        else:
            delivery_user_category = check_paygift_advanced_setting_delivery_user_category(_delivery_user_category)

        merchant_member_appid = d.pop("merchant_member_appid", UNSET)

        _payment_mode = d.pop("payment_mode", UNSET)
        payment_mode: PaygiftPaymentMode | Unset
        if isinstance(_payment_mode, Unset):
            payment_mode = UNSET
        else:
            payment_mode = PaygiftPaymentMode.from_dict(_payment_mode)

        _payment_method_information = d.pop("payment_method_information", UNSET)
        payment_method_information: PaygiftPaymentMethodInfo | Unset
        if isinstance(_payment_method_information, Unset):
            payment_method_information = UNSET
        else:
            payment_method_information = PaygiftPaymentMethodInfo.from_dict(_payment_method_information)

        goods_tags = cast(list[str], d.pop("goods_tags", UNSET))

        paygift_advanced_setting = cls(
            delivery_user_category=delivery_user_category,
            merchant_member_appid=merchant_member_appid,
            payment_mode=payment_mode,
            payment_method_information=payment_method_information,
            goods_tags=goods_tags,
        )

        paygift_advanced_setting.additional_properties = d
        return paygift_advanced_setting

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
