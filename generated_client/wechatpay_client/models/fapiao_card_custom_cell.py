# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoCardCustomCell")


@_attrs_define
class FapiaoCardCustomCell:
    """卡券自定义cell位配置 — a custom entry on the card detail page, opening a web page
    (`jump_url`) or a mini-program page (`miniprogram_user_name` + `miniprogram_path`). The
    jump carries `card_id` and an `encrypt_code` to decode with the card code-decrypt API.

    """

    words: str
    """ cell位文字 — text of the entry. """
    description: str
    """ cell位描述 — text on the right of the entry. """
    jump_url: str | Unset = UNSET
    """ 点击cell位跳转的地址 — web page opened by the entry. """
    miniprogram_user_name: str | Unset = UNSET
    """ 点击cell位跳转的小程序的用户名 — user name (`gh_...@app`) of the mini-program to open;
    it must be bound to the card AppID.
     """
    miniprogram_path: str | Unset = UNSET
    """ 点击cell位跳转的小程序的页面路径 — page path inside that mini-program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        words = self.words

        description = self.description

        jump_url = self.jump_url

        miniprogram_user_name = self.miniprogram_user_name

        miniprogram_path = self.miniprogram_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "words": words,
                "description": description,
            }
        )
        if jump_url is not UNSET:
            field_dict["jump_url"] = jump_url
        if miniprogram_user_name is not UNSET:
            field_dict["miniprogram_user_name"] = miniprogram_user_name
        if miniprogram_path is not UNSET:
            field_dict["miniprogram_path"] = miniprogram_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        words = d.pop("words")

        description = d.pop("description")

        jump_url = d.pop("jump_url", UNSET)

        miniprogram_user_name = d.pop("miniprogram_user_name", UNSET)

        miniprogram_path = d.pop("miniprogram_path", UNSET)

        fapiao_card_custom_cell = cls(
            words=words,
            description=description,
            jump_url=jump_url,
            miniprogram_user_name=miniprogram_user_name,
            miniprogram_path=miniprogram_path,
        )

        fapiao_card_custom_cell.additional_properties = d
        return fapiao_card_custom_cell

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
