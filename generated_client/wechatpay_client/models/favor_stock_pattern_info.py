# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.favor_stock_pattern_info_background_color import (
    FavorStockPatternInfoBackgroundColor,
    check_favor_stock_pattern_info_background_color,
)
from ..models.favor_stock_pattern_info_jump_target import (
    FavorStockPatternInfoJumpTarget,
    check_favor_stock_pattern_info_jump_target,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorStockPatternInfo")


@_attrs_define
class FavorStockPatternInfo:
    """样式信息 — how the coupon looks in the user's card wallet."""

    description: str
    """ 使用说明 — the rules shown on the coupon page (at most 1000 characters). """
    merchant_logo: str | Unset = UNSET
    """ 商户logo — URL from `upload_marketing_image` (120 x 120 px, JPG/JPEG/PNG, under 1 MB).
     """
    merchant_name: str | Unset = UNSET
    """ 商户名称 — brand name shown in the wallet (at most 12 Chinese characters or 36 letters). """
    background_color: FavorStockPatternInfoBackgroundColor | Unset = UNSET
    """ 背景颜色 — background colour name from the coupon colour chart; omit rather than send empty. """
    coupon_image: str | Unset = UNSET
    """ 券详情图片 — URL from `upload_marketing_image` (850 x 350 px, JPG/PNG, at most 2 MB).
     """
    jump_target: FavorStockPatternInfoJumpTarget | Unset = UNSET
    """ 卡包跳转目标 — where "use now" leads: the payment code, a mini program
    (`mini_program_appid` and `mini_program_path` then required) or the default page
    (the default).
     """
    mini_program_appid: str | Unset = UNSET
    """ 小程序appid — mini program to open; it must be bound to at least one merchant where
    the coupon can be used.
     """
    mini_program_path: str | Unset = UNSET
    """ 小程序path — page of that mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        merchant_logo = self.merchant_logo

        merchant_name = self.merchant_name

        background_color: str | Unset = UNSET
        if not isinstance(self.background_color, Unset):
            background_color = self.background_color

        coupon_image = self.coupon_image

        jump_target: str | Unset = UNSET
        if not isinstance(self.jump_target, Unset):
            jump_target = self.jump_target

        mini_program_appid = self.mini_program_appid

        mini_program_path = self.mini_program_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
            }
        )
        if merchant_logo is not UNSET:
            field_dict["merchant_logo"] = merchant_logo
        if merchant_name is not UNSET:
            field_dict["merchant_name"] = merchant_name
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if coupon_image is not UNSET:
            field_dict["coupon_image"] = coupon_image
        if jump_target is not UNSET:
            field_dict["jump_target"] = jump_target
        if mini_program_appid is not UNSET:
            field_dict["mini_program_appid"] = mini_program_appid
        if mini_program_path is not UNSET:
            field_dict["mini_program_path"] = mini_program_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        merchant_logo = d.pop("merchant_logo", UNSET)

        merchant_name = d.pop("merchant_name", UNSET)

        _background_color = d.pop("background_color", UNSET)
        background_color: FavorStockPatternInfoBackgroundColor | Unset
        if isinstance(_background_color, Unset):
            background_color = UNSET
        else:
            background_color = check_favor_stock_pattern_info_background_color(_background_color)

        coupon_image = d.pop("coupon_image", UNSET)

        _jump_target = d.pop("jump_target", UNSET)
        jump_target: FavorStockPatternInfoJumpTarget | Unset
        if isinstance(_jump_target, Unset):
            jump_target = UNSET
        else:
            jump_target = check_favor_stock_pattern_info_jump_target(_jump_target)

        mini_program_appid = d.pop("mini_program_appid", UNSET)

        mini_program_path = d.pop("mini_program_path", UNSET)

        favor_stock_pattern_info = cls(
            description=description,
            merchant_logo=merchant_logo,
            merchant_name=merchant_name,
            background_color=background_color,
            coupon_image=coupon_image,
            jump_target=jump_target,
            mini_program_appid=mini_program_appid,
            mini_program_path=mini_program_path,
        )

        favor_stock_pattern_info.additional_properties = d
        return favor_stock_pattern_info

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
